//! The evidence log on disk and between two computers: files copied in
//! beside the profile, carried by a sent profile, merged with the rest,
//! and bad files refused with a clear message.

use std::fs;

use jiff::civil::date;
use lodestar::model::{Edit, Evidence, Profile, SkillId, Witness, edit};
use lodestar::store::{Recipient, Store};

fn entry(text: &str, skill: &str) -> Evidence {
    let mut e = Evidence::new(date(2026, 11, 20), text, vec![SkillId::new(skill)]);
    e.seen_by = Witness::Customer;
    e.who = "Mrs. Okafor".into();
    e
}

/// A new profile with no evidence yet, saved.
fn sample(store: &Store) -> Profile {
    let handle = store.create("Dana Ortiz").expect("created");
    handle.profile.clone()
}

#[test]
fn a_sent_profile_keeps_its_evidence_and_its_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let tech = Store::open(dir.path().join("tech")).expect("store");
    let coach = Store::open(dir.path().join("coach")).expect("store");
    let mut profile = sample(&tech);

    // The technician logs a win and attaches the customer's thank-you.
    let mut e = entry("Talked the customer through the outage", "communication");
    let original = dir.path().join("thank you ✉.pdf");
    fs::write(&original, b"%PDF-1.4 thank you").expect("write");
    e.file = tech.attach(&profile.id, e.id, &original).expect("attach");
    assert_eq!(e.file, "thank you ✉.pdf");
    // Copied, not referenced: the original can go.
    fs::remove_file(&original).expect("remove");
    edit::apply(&mut profile, Edit::AddEvidence(e.clone())).expect("valid");
    let mut handle = tech.open_profile(&profile.id).expect("open");
    handle.profile = profile.clone();
    handle.save().expect("save");
    drop(handle);
    let kept = tech.attachment(&profile.id, &e).expect("kept");
    assert_eq!(fs::read(&kept).expect("read"), b"%PDF-1.4 thank you");

    // Sent to the coach, who has never seen this profile.
    let file = dir.path().join("to-coach.lodestar");
    let left_out = tech.send(&profile, Recipient::Coach, &file).expect("send");
    assert!(left_out.is_empty());
    let incoming = coach.read_incoming(&file).expect("read");
    assert!(incoming.adjusted.is_empty(), "{:?}", incoming.adjusted);
    let added = coach.add_incoming(&incoming, false).expect("add");
    let got = &added.profile.evidence;
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].text, e.text);
    assert_eq!(got[0].seen_by, Witness::Customer);
    let there = coach
        .attachment(&added.profile.id, &got[0])
        .expect("file came");
    assert_eq!(fs::read(there).expect("read"), b"%PDF-1.4 thank you");

    // The coach adds evidence of their own; the technician another; the
    // two files meet and both entries are kept.
    let mut coach_side = added.profile.clone();
    let mut c = entry("Ran the handover meeting calmly", "emotional-intelligence");
    c.seen_by = Witness::Coach;
    edit::apply(&mut coach_side, Edit::AddEvidence(c)).expect("valid");
    let mut h = added;
    h.profile = coach_side.clone();
    h.save().expect("save");
    let back = dir.path().join("to-tech.lodestar");
    coach
        .send(&coach_side, Recipient::Technician, &back)
        .expect("send");

    let mut tech_side = tech.open_profile(&profile.id).expect("open");
    edit::apply(
        &mut tech_side.profile,
        Edit::AddEvidence(entry("Wrote the shift checklist", "prioritizing")),
    )
    .expect("valid");
    tech_side.save().expect("save");
    let incoming = tech.read_incoming(&back).expect("read");
    drop(tech_side);
    let received = tech.merge_incoming(&incoming, false).expect("merge");
    assert!(received.conflicts.is_empty(), "{:?}", received.conflicts);
    assert_eq!(received.summary.evidence_added, 1);
    assert!(received.summary.words().contains("1 new piece of evidence"));
    let texts: Vec<&str> = received
        .handle
        .profile
        .evidence
        .iter()
        .map(|e| e.text.as_str())
        .collect();
    assert_eq!(texts.len(), 3, "{texts:?}");
    assert!(texts.contains(&"Ran the handover meeting calmly"));
    assert!(texts.contains(&"Wrote the shift checklist"));
}

#[test]
fn files_that_cannot_be_kept_are_refused_with_a_reason() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let profile = sample(&store);
    let id = lodestar::model::RecordId::fresh();

    let folder = dir.path().join("a folder");
    fs::create_dir(&folder).expect("dir");
    let e = store
        .attach(&profile.id, id, &folder)
        .expect_err("a folder");
    assert!(e.to_string().contains("is a folder"), "{e}");

    let huge = dir.path().join("video.mp4");
    let f = fs::File::create(&huge).expect("create");
    f.set_len(21 * 1024 * 1024).expect("sparse");
    let e = store.attach(&profile.id, id, &huge).expect_err("too large");
    assert!(e.to_string().contains("at most 20 MB"), "{e}");

    let e = store
        .attach(&profile.id, id, &dir.path().join("gone.txt"))
        .expect_err("missing");
    assert!(e.to_string().contains("gone.txt"), "{e}");

    // A device name or a path never becomes one.
    let con = dir.path().join("CON.txt");
    fs::write(&con, "x").expect("write");
    assert_eq!(store.attach(&profile.id, id, &con).expect("ok"), "_CON.txt");
}

#[test]
fn a_damaged_or_hostile_sent_file_loses_only_its_bad_parts() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let other = Store::open(dir.path().join("other")).expect("store");
    let mut profile = sample(&store);
    let mut e = entry("Calmed the night shift", "emotional-intelligence");
    e.file = "note.txt".into();
    e.link = "https://tickets.example/42".into();
    profile.evidence.push(e.clone());
    let file = dir.path().join("x.lodestar");
    store.send(&profile, Recipient::Coach, &file).expect("send");

    let mut doc: serde_json::Value =
        serde_json::from_slice(&fs::read(&file).expect("read")).expect("json");
    // Files that do not decode, a path for a name, a link that is a script.
    doc["files"] = serde_json::json!([
        { "evidence": e.id.0, "name": "../../evil.sh", "base64": "!!not base64!!" },
    ]);
    doc["profile"]["evidence"][0]["link"] = "javascript:alert(1)".into();
    doc["profile"]["evidence"][0]["file"] = "../../../etc/passwd".into();
    fs::write(&file, serde_json::to_vec(&doc).expect("json")).expect("write");

    let incoming = other.read_incoming(&file).expect("still a profile");
    let said = incoming.adjusted.join("\n");
    assert!(said.contains("could not be read"), "{said}");
    assert!(said.contains("not a web address"), "{said}");
    let got = &incoming.profile.evidence[0];
    assert_eq!(got.link, "");
    assert_eq!(got.file, "passwd");
    assert_eq!(got.text, "Calmed the night shift");
    other.add_incoming(&incoming, false).expect("add");
    assert!(!dir.path().join("evil.sh").exists());
}
