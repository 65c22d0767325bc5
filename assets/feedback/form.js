// The feedback form's only script: it reads the choices on the page and
// saves them as a small file. It sends nothing anywhere and uses no
// outside resources; all text it shows is already on the page.
(function () {
  "use strict";
  var form = document.getElementById("feedback");
  var ids = new Uint32Array(2);
  window.crypto.getRandomValues(ids);
  // One id per filled-in form (below 2^53, so it stays exact in JSON).
  var answerId = (ids[0] & 0x1fffff) * 4294967296 + ids[1] || 1;

  function show(which) {
    ["saved", "empty"].forEach(function (id) {
      document.getElementById(id).hidden = id !== which;
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var skills = [];
    var any = false;
    form.querySelectorAll("fieldset[data-skill]").forEach(function (set) {
      var picked = set.querySelector("input[type=radio]:checked");
      var example = set.querySelector("textarea").value.trim();
      var entry = { skill: set.getAttribute("data-skill") };
      if (picked && picked.value === "unseen") {
        entry.seen = false;
      } else if (picked) {
        entry.level = Number(picked.value);
        any = true;
      }
      if (example) {
        entry.example = example;
        any = true;
      }
      if (picked || example) {
        skills.push(entry);
      }
    });
    if (!any) {
      show("empty");
      document.getElementById("empty").focus();
      return;
    }
    var answers = {
      kind: "lodestar-feedback-answers",
      format: 1,
      profile: form.getAttribute("data-profile"),
      request: Number(form.getAttribute("data-request")),
      key: form.getAttribute("data-key"),
      answer: answerId,
      saved: new Date().toISOString(),
      signed: document.getElementById("signed").value.trim(),
      skills: skills
    };
    var blob = new Blob([JSON.stringify(answers, null, 2) + "\n"], {
      type: "application/json"
    });
    var link = document.createElement("a");
    link.href = URL.createObjectURL(blob);
    link.download = form.getAttribute("data-file");
    document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(function () {
      URL.revokeObjectURL(link.href);
    }, 60000);
    document.getElementById("file-name").textContent = link.download;
    show("saved");
    document.getElementById("saved").focus();
  });
})();
