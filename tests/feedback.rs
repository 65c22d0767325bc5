//! Feedback from colleagues (360), end to end: the form made by the CLI,
//! filled in and saved in a real headless Chromium from a `file://` URL,
//! and the saved file taken in by `lodestar import`; a hostile name and a
//! tampered answer file; and the answers staying on the coach's computer
//! while the pooled view travels with the profile.

use std::path::Path;
use std::process::{Command, Output};

use lodestar::model::colleagues::{self, Added};
use lodestar::model::feedback::{ANSWER_KIND, AnswerFile, FeedbackRequest, SkillAnswer};
use lodestar::model::{Profile, ProfileId, SkillId};
use lodestar::store::{Recipient, Store};

#[path = "support/webdriver.rs"]
mod webdriver;
use webdriver::{Browser, downloaded};

fn lodestar(config: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lodestar"))
        .arg("--config-dir")
        .arg(config)
        .args(args)
        .env_remove("LODESTAR_CONFIG_DIR")
        // The language of the test, whatever the machine's.
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE")
        .output()
        .expect("the binary runs")
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

fn sample(config: &Path) -> Profile {
    let store = Store::open(config).expect("store");
    let id = store.find("sample").expect("the sample").id;
    store.open_profile(&id).expect("opens").profile
}

#[test]
fn a_colleague_fills_the_form_in_chromium_and_the_coach_takes_it_in() {
    let dir = tempfile::tempdir().expect("temp");
    let config = dir.path().join("config");
    let form = dir.path().join("form for Sam.html");
    let made = lodestar(
        &config,
        &[
            "feedback-request",
            "sample",
            "--out",
            &form.to_string_lossy(),
        ],
    );
    assert!(made.status.success(), "{}", text(&made));
    assert!(
        text(&made).contains("Wrote the feedback form"),
        "{}",
        text(&made)
    );
    let request = sample(&config).feedback[0].clone();

    let downloads = dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).expect("folder");
    let browser = Browser::start(&downloads);
    browser.open(&form);
    assert_eq!(
        browser.run("return document.title"),
        "Feedback for Sample technician"
    );
    // Nothing chosen: the page says so and saves nothing.
    browser.click("button[type=submit]");
    assert!(browser.displayed("#empty"));
    assert!(!browser.displayed("#saved"));
    // A level and an example for the first skill, "haven't seen" for the
    // second, a level for the third, and a signature.
    browser.click("input[name=s0][value='4']");
    browser.type_into(
        "#x0",
        "Explained the outage to the ward manager in plain words.",
    );
    browser.click("input[name=s1][value=unseen]");
    browser.click("input[name=s2][value='2']");
    browser.type_into("#signed", "Dana Whitfield");
    browser.click("button[type=submit]");
    let saved = downloaded(&downloads, 20);
    assert!(browser.displayed("#saved"));
    assert!(!browser.displayed("#empty"));
    assert_eq!(browser.text("#file-name"), "feedback-answers-sample.json");
    assert_eq!(
        saved.file_name().and_then(|n| n.to_str()),
        Some("feedback-answers-sample.json")
    );
    // The page never reached for anything outside itself.
    let outside = browser.run(
        "return performance.getEntriesByType('resource').map(function (e) { return e.name; })",
    );
    assert_eq!(outside, serde_json::json!([]), "no resource was loaded");
    // To look at: LODESTAR_SHOTS=DIR keeps a picture of the saved form.
    if let Some(shots) = std::env::var_os("LODESTAR_SHOTS") {
        browser.screenshot(&Path::new(&shots).join("feedback-form-saved.png"));
    }
    drop(browser);

    let taken = lodestar(&config, &["import", &saved.to_string_lossy()]);
    assert!(taken.status.success(), "{}", text(&taken));
    assert!(
        text(&taken).contains("Dana Whitfield's answers were added to the feedback for Sample technician: 1 answer so far"),
        "{}",
        text(&taken)
    );
    let profile = sample(&config);
    let [answer] = profile.colleague_answers.as_slice() else {
        panic!("one answer: {:?}", profile.colleague_answers)
    };
    let skill = |i: usize| request.skills[i].clone();
    assert_eq!(answer.request, request.id);
    assert_eq!(answer.signed, "Dana Whitfield");
    assert_eq!(answer.ratings.get(&skill(0)).map(|l| l.get()), Some(4));
    assert_eq!(answer.ratings.get(&skill(2)).map(|l| l.get()), Some(2));
    assert_eq!(answer.not_seen, [skill(1)]);
    assert!(answer.examples[&skill(0)].contains("ward manager"));
    // The same file again changes nothing.
    let again = lodestar(&config, &["import", &saved.to_string_lossy()]);
    assert!(text(&again).contains("taken in before"), "{}", text(&again));
    assert_eq!(sample(&config).colleague_answers.len(), 1);
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one hostile name through the browser, then each way to tamper with its answers"
)]
fn a_hostile_name_shows_as_text_and_a_tampered_answer_file_is_refused() {
    let dir = tempfile::tempdir().expect("temp");
    let config = dir.path().join("config");
    let store = Store::open(&config).expect("store");
    let hostile = "<script>window.pwned=1</script><img src=x onerror=\"window.pwned=2\"> Rīma אבי";
    let handle = store.create(hostile).expect("created");
    let id = handle.profile.id.clone();
    drop(handle);
    let form = dir.path().join("form.html");
    let made = lodestar(
        &config,
        &[
            "feedback-request",
            id.as_str(),
            "--out",
            &form.to_string_lossy(),
        ],
    );
    assert!(made.status.success(), "{}", text(&made));

    let downloads = dir.path().join("downloads");
    std::fs::create_dir_all(&downloads).expect("folder");
    let browser = Browser::start(&downloads);
    browser.open(&form);
    assert_eq!(
        browser.run("return typeof window.pwned"),
        "undefined",
        "nothing in the name ran"
    );
    let heading = browser.text("h1");
    assert!(
        heading.contains("<script>window.pwned=1</script>"),
        "{heading}"
    );
    assert!(heading.contains("אבי"), "{heading}");
    assert_eq!(browser.run("return document.images.length"), 0);
    browser.click("input[name=s0][value='3']");
    browser.click("button[type=submit]");
    let saved = downloaded(&downloads, 20);
    drop(browser);
    let original = std::fs::read_to_string(&saved).expect("saved");
    let doc: serde_json::Value = serde_json::from_str(&original).expect("JSON");

    let refused = |what: &str, change: &dyn Fn(&mut serde_json::Value), says: &str| {
        let mut changed = doc.clone();
        change(&mut changed);
        let file = dir.path().join(format!("{what}.json"));
        std::fs::write(&file, changed.to_string()).expect("written");
        let out = lodestar(&config, &["import", &file.to_string_lossy()]);
        assert!(!out.status.success(), "{what}: {}", text(&out));
        assert!(text(&out).contains(says), "{what}: {}", text(&out));
    };
    refused(
        "level",
        &|d| d["skills"][0]["level"] = 9.into(),
        "the level 9",
    );
    refused(
        "skill",
        &|d| d["skills"][0]["skill"] = "golf-handicap".into(),
        "the skill \"golf-handicap\"",
    );
    refused(
        "request",
        &|d| d["request"] = 12345.into(),
        "belong to a feedback request that is not in",
    );
    refused(
        "key",
        &|d| d["key"] = "0123456789abcdef0123456789ab".into(),
        "belong to a feedback request that is not in",
    );
    refused(
        "profile",
        &|d| d["profile"] = "p-nobody".into(),
        "no profile here asked for them",
    );
    refused(
        "text",
        &|d| d["skills"][0]["level"] = "high".into(),
        "changed after the form saved it",
    );
    let cut = dir.path().join("cut.json");
    std::fs::write(&cut, &original[..original.len() / 2]).expect("written");
    let out = lodestar(&config, &["import", &cut.to_string_lossy()]);
    assert!(
        text(&out).contains("damaged or cut short"),
        "{}",
        text(&out)
    );
    let store = Store::open(&config).expect("store");
    assert!(
        store
            .open_profile(&id)
            .expect("opens")
            .profile
            .colleague_answers
            .is_empty(),
        "nothing was taken in"
    );
    // The untouched file is taken in.
    let ok = lodestar(&config, &["import", &saved.to_string_lossy()]);
    assert!(ok.status.success(), "{}", text(&ok));
    assert!(
        text(&ok).contains("An unsigned colleague's answers were added"),
        "{}",
        text(&ok)
    );
}

fn answer_file(p: &Profile, r: &FeedbackRequest, id: u64, level: i64) -> AnswerFile {
    AnswerFile {
        kind: ANSWER_KIND.into(),
        format: 1,
        profile: p.id.as_str().into(),
        request: r.id.0,
        key: r.key.clone(),
        answer: id,
        signed: if id == 1 {
            "Dana".into()
        } else {
            String::new()
        },
        skills: r
            .skills
            .iter()
            .map(|s| SkillAnswer {
                skill: s.as_str().into(),
                level: Some(level),
                seen: Some(true),
                example: format!("Example {id}"),
            })
            .collect(),
    }
}

#[test]
fn answers_stay_with_the_coach_and_the_pooled_view_travels() {
    let coach_dir = tempfile::tempdir().expect("temp");
    let tech_dir = tempfile::tempdir().expect("temp");
    let coach = Store::open(coach_dir.path()).expect("store");
    let tech = Store::open(tech_dir.path()).expect("store");
    let mut handle = coach.add_sample().expect("sample");
    let catalog = coach.catalogs().catalogs[0].clone();
    let request = FeedbackRequest::new(&catalog, jiff::civil::date(2026, 11, 20));
    handle.profile.feedback.push(request.clone());
    let day = jiff::civil::date(2026, 11, 25);
    for (id, level) in [(1, 3), (2, 4), (3, 4)] {
        let file = answer_file(&handle.profile, &request, id, level);
        let ok = colleagues::accept(&handle.profile, &file, day).expect("fits");
        assert_eq!(
            colleagues::add_answer(&mut handle.profile, ok.answer),
            Added::New
        );
    }
    handle.save().expect("saved");
    let pooled = handle.profile.feedback[0].pooled.clone();
    assert_eq!(pooled.answers, 3);
    assert_eq!(pooled.skills[&request.skills[0]].text(), "3.7");

    let sent = tech_dir.path().join("to-tech.lodestar");
    coach
        .send(&handle.profile, Recipient::Technician, &sent)
        .expect("sent");
    let bytes = std::fs::read_to_string(&sent).expect("read");
    assert!(
        !bytes.contains("colleague_answers")
            && !bytes.contains("Example 1")
            && !bytes.contains("Dana")
    );
    let incoming = tech.read_incoming(&sent).expect("reads");
    let mut theirs = tech.add_incoming(&incoming, false).expect("added");
    assert_eq!(
        theirs.profile.feedback[0].pooled, pooled,
        "the pooled view travels"
    );
    assert!(theirs.profile.colleague_answers.is_empty());
    assert!(colleagues::latest(&theirs.profile).is_some());
    // A colleague who answers the technician instead: not taken in there.
    let to_tech = answer_file(&handle.profile, &request, 4, 2);
    assert_eq!(
        colleagues::accept(&theirs.profile, &to_tech, day).map(|_| ()),
        Err(lodestar::model::feedback::AnswerError::NotTheCoachs)
    );

    // The technician adds a Have item and sends it back: the coach keeps
    // every answer.
    theirs
        .profile
        .add_item(lodestar::model::ListKind::Have, "Calm on the phone", None)
        .expect("added");
    // A hand-edited pool and a made-up answer in it change nothing here.
    if let Some(p) = theirs.profile.feedback[0].pooled.skills.values_mut().next() {
        p.tenths = 50;
    }
    let mut fake = handle.profile.colleague_answers[0].clone();
    fake.id = lodestar::model::RecordId(99);
    theirs.profile.colleague_answers.push(fake);
    theirs.save().expect("saved");
    let back = coach_dir.path().join("back.lodestar");
    tech.send(&theirs.profile, Recipient::Coach, &back)
        .expect("sent");
    let incoming = coach.read_incoming(&back).expect("reads");
    drop(handle);
    let received = coach.merge_incoming(&incoming, false).expect("merged");
    assert_eq!(received.handle.profile.colleague_answers.len(), 3);
    assert_eq!(received.handle.profile.feedback[0].pooled, pooled);
    assert!(received.conflicts.is_empty(), "{:?}", received.conflicts);
    assert!(
        received
            .handle
            .profile
            .have
            .iter()
            .any(|i| i.text == "Calm on the phone")
    );
    let _ = (ProfileId::parse("x"), SkillId::new("x"));
}

#[test]
fn the_cli_says_what_is_wrong() {
    let dir = tempfile::tempdir().expect("temp");
    let config = dir.path().join("config");
    let out = lodestar(&config, &["feedback-request", "nobody", "--out", "x.html"]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("No profile matches \"nobody\""),
        "{}",
        text(&out)
    );
    let pdf = dir.path().join("x.pdf");
    let out = lodestar(
        &config,
        &[
            "feedback-request",
            "sample",
            "--out",
            &pdf.to_string_lossy(),
        ],
    );
    assert!(
        text(&out).contains("one of these endings: .html"),
        "{}",
        text(&out)
    );
    // --again writes the newest request's form; without it, a new round.
    let form = dir.path().join("f");
    for again in [false, true, false] {
        let mut args = vec!["feedback-request", "sample", "--out"];
        let f = form.to_string_lossy().into_owned();
        args.push(&f);
        if again {
            args.push("--again");
        }
        let out = lodestar(&config, &args);
        assert!(out.status.success(), "{}", text(&out));
    }
    assert!(dir.path().join("f.html").exists());
    assert_eq!(sample(&config).feedback.len(), 2);
}

#[test]
fn an_oversized_or_foreign_answer_file_is_said_clearly() {
    let dir = tempfile::tempdir().expect("temp");
    let config = dir.path().join("config");
    let _ = lodestar(&config, &["profiles"]);
    // Says it is answers, but is 3 MB: refused before it is read whole.
    let big = dir.path().join("big.json");
    let mut padded = String::from("{\"kind\": \"lodestar-feedback-answers\", \"pad\": \"");
    padded.push_str(&"x".repeat(3 * 1024 * 1024));
    padded.push_str("\"}");
    std::fs::write(&big, padded).expect("written");
    let out = lodestar(&config, &["import", &big.to_string_lossy()]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("a colleague's answers are at most 2048 KB"),
        "{}",
        text(&out)
    );
    // A JSON file of something else is not taken for answers.
    let other = dir.path().join("other.json");
    std::fs::write(&other, "{\"kind\": \"something-else\"}").expect("written");
    let out = lodestar(&config, &["import", &other.to_string_lossy()]);
    assert!(!out.status.success());
    assert!(
        text(&out).contains("is not a Lodestar profile"),
        "{}",
        text(&out)
    );
    // Answers from a newer form: update Lodestar.
    let newer = dir.path().join("newer.json");
    let id = sample(&config).id;
    std::fs::write(
        &newer,
        format!(
            "{{\"kind\": \"lodestar-feedback-answers\", \"format\": 9, \"profile\": \"{id}\", \"request\": 1, \"answer\": 2}}"
        ),
    )
    .expect("written");
    let out = lodestar(&config, &["import", &newer.to_string_lossy()]);
    assert!(!out.status.success());
    assert!(text(&out).contains("newer Lodestar form"), "{}", text(&out));
}
