//! Profiles and lists on a real disk (a temporary config folder).

use std::fs;
use std::path::Path;

use lodestar::model::{ListKind, SkillId};
use lodestar::store::{Access, BACKUPS_KEPT, Store, StoreError};

fn store() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("config")).expect("store opens");
    (dir, store)
}

fn profile_files(store: &Store) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(store.profiles_dir())
        .expect("profiles folder")
        .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

#[test]
fn a_profile_round_trips_with_unknown_fields_kept() {
    let (_d, store) = store();
    let mut h = store.create("Dana Reyes").expect("created");
    h.profile.role = "Lab technician".into();
    h.profile
        .add_item(
            ListKind::Have,
            "Listening",
            Some(SkillId::new("communication")),
        )
        .expect("ok");
    h.profile
        .extra
        .insert("from_the_future".into(), serde_json::json!({"x": [1, 2]}));
    h.save().expect("saved");
    let id = h.profile.id.clone();
    let before = h.profile.clone();
    drop(h);

    // Add an unknown field by hand, as a newer minor version or a script might.
    let path = store.profile_path(&id);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&fs::read(&path).expect("read")).expect("json");
    doc["have"][0]["colour"] = serde_json::json!("blue");
    fs::write(&path, serde_json::to_vec_pretty(&doc).expect("json")).expect("write");

    let mut h = store.open_profile(&id).expect("opens");
    assert_eq!(h.profile.name, before.name);
    assert_eq!(h.profile.have[0].text, "Listening");
    assert_eq!(
        h.profile.extra["from_the_future"],
        serde_json::json!({"x": [1, 2]})
    );
    h.profile.role = "Senior lab technician".into();
    h.save().expect("saved");
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.contains("\"from_the_future\""),
        "unknown top-level field dropped"
    );
    assert!(
        text.contains("\"colour\": \"blue\""),
        "unknown item field dropped"
    );
    assert!(text.contains(&format!(
        "\"schema_version\": {}",
        lodestar::model::SCHEMA_VERSION
    )));
    assert!(text.contains("Senior lab technician"));
}

#[test]
fn a_v0_file_is_migrated() {
    let (_d, store) = store();
    let path = store.profiles_dir().join("p-old.json");
    fs::copy(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v0-profile.json"),
        &path,
    )
    .expect("copy");
    let listing = store.list();
    assert!(listing.problems.is_empty(), "{:?}", listing.problems);
    assert_eq!(listing.profiles[0].name, "Old Timer");
    let mut h = store.open_profile(&listing.profiles[0].id).expect("opens");
    let p = &h.profile;
    assert_eq!(p.id.as_str(), "p-old");
    assert_eq!(
        p.have.iter().map(|i| i.text.as_str()).collect::<Vec<_>>(),
        ["Listening", "Keeping the lab spotless"]
    );
    assert_eq!(p.want.len(), 2);
    assert_eq!(p.assessments.len(), 1);
    assert_eq!(p.assessments[0].date.to_string(), "2025-01-10");
    assert_eq!(
        p.assessments[0].ratings[&SkillId::new("communication")].get(),
        3
    );
    assert_eq!(p.extra["favourite_tool"], "oscilloscope");
    h.save().expect("saves in the current format");
    let text = fs::read_to_string(&path).expect("read");
    assert!(
        text.contains(&format!(
            "\"schema_version\": {}",
            lodestar::model::SCHEMA_VERSION
        )) && text.contains("oscilloscope")
    );
}

#[test]
fn a_v1_file_gets_record_ids_the_same_on_every_computer() {
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/v1-profile.json");
    let bytes = fs::read(&fixture).expect("fixture");
    let before: serde_json::Value = serde_json::from_slice(&bytes).expect("json");
    assert_eq!(before["schema_version"], 1);
    // Two computers open the same old file: the same ids on both.
    let one = lodestar::store::parse_profile_bytes(&bytes).expect("reads");
    let two = lodestar::store::parse_profile_bytes(&bytes).expect("reads");
    assert_eq!(one, two);
    let mut ids = std::collections::BTreeSet::new();
    let mut count = 0;
    for id in one
        .assessments
        .iter()
        .map(|a| a.id)
        .chain(one.sessions.iter().map(|s| s.id))
        .chain(
            one.sessions
                .iter()
                .flat_map(|s| s.actions.iter().map(|a| a.id)),
        )
        .chain(
            one.sessions
                .iter()
                .flat_map(|s| s.prompts.iter().map(|p| p.id)),
        )
        .chain(
            one.plan
                .focus
                .iter()
                .flat_map(|f| f.actions.iter().map(|a| a.id)),
        )
    {
        assert!(!id.is_none());
        ids.insert(id);
        count += 1;
    }
    assert_eq!(ids.len(), count, "every record has its own id");
    assert_eq!(count, 3 + 2 + 3 + 1 + 2);
    // The sessions still name their assessments: June's the coach's of
    // 2026-06-02 (the first in the file), September's the self-rating.
    let linked = |s: usize| {
        let id = one.sessions[s].assessment.expect("linked");
        one.assessments.iter().position(|a| a.id == id)
    };
    assert_eq!(linked(0), Some(0));
    assert_eq!(linked(1), Some(2));
    // Nothing lost: every text of the old file is in the new one.
    let after = serde_json::to_value(&one).expect("json");
    let texts = |v: &serde_json::Value| {
        let mut out = Vec::new();
        collect_strings(v, &mut out);
        out.sort();
        out
    };
    assert_eq!(texts(&before), texts(&after));

    // Saved, it is a v2 file that reads back the same.
    let (_d, store) = store();
    let path = store.profiles_dir().join("sample.json");
    fs::write(&path, &bytes).expect("write");
    let mut h = store.open_profile(&one.id).expect("opens");
    h.save().expect("saves");
    let saved = fs::read(&path).expect("read");
    let again = lodestar::store::parse_profile_bytes(&saved).expect("reads");
    assert_eq!(again, one);
    let saved: serde_json::Value = serde_json::from_slice(&saved).expect("json");
    assert_eq!(saved["schema_version"], lodestar::model::SCHEMA_VERSION);
    assert!(saved["sessions"][0].get("assessment").is_none());
}

/// Every non-empty string in a JSON value (keys aside).
fn collect_strings(v: &serde_json::Value, out: &mut Vec<String>) {
    match v {
        serde_json::Value::String(s) if !s.is_empty() => out.push(s.clone()),
        serde_json::Value::Array(items) => items.iter().for_each(|i| collect_strings(i, out)),
        serde_json::Value::Object(map) => map.values().for_each(|i| collect_strings(i, out)),
        _ => {}
    }
}

#[test]
fn corrupt_files_are_set_aside_and_the_rest_still_list() {
    let (_d, store) = store();
    let good = store.create("Good one").expect("created");
    let good_id = good.profile.id.clone();
    drop(good);
    let full = fs::read(store.profile_path(&good_id)).expect("read");
    let truncated = store.profiles_dir().join("p-truncated.json");
    fs::write(&truncated, &full[..full.len() / 2]).expect("write");
    let random = store.profiles_dir().join("p-random.json");
    let bytes: Vec<u8> = (0..4096u32)
        .map(|i| i.wrapping_mul(2_654_435_761).to_le_bytes()[1])
        .collect();
    fs::write(&random, &bytes).expect("write");

    let listing = store.list();
    assert_eq!(listing.profiles.len(), 1);
    assert_eq!(listing.profiles[0].id, good_id);
    assert_eq!(listing.problems.len(), 2);
    for problem in &listing.problems {
        let StoreError::Corrupt { set_aside, .. } = problem else {
            panic!("expected Corrupt, got {problem:?}")
        };
        assert!(set_aside.exists(), "the set-aside copy exists");
        let msg = problem.to_string();
        assert!(
            msg.contains("set aside") && msg.contains("other profiles are fine"),
            "{msg}"
        );
    }
    assert!(
        !truncated.exists() && !random.exists(),
        "moved out of the way"
    );
    // The set-aside file holds the exact original bytes.
    let aside = profile_files(&store)
        .into_iter()
        .find(|n| n.starts_with("p-truncated.json.corrupt-"))
        .expect("aside");
    assert_eq!(
        fs::read(store.profiles_dir().join(aside)).expect("read"),
        &full[..full.len() / 2]
    );
    let truncated_msg = listing
        .problems
        .iter()
        .map(ToString::to_string)
        .find(|m| m.contains("p-truncated"))
        .expect("msg");
    assert!(truncated_msg.contains("cut off"), "{truncated_msg}");
    // Listing again finds no new problems: nothing is set aside twice.
    assert!(store.list().problems.is_empty());
}

#[test]
fn a_newer_format_opens_read_only_and_is_never_written() {
    let (_d, store) = store();
    let h = store.create("Future").expect("created");
    let id = h.profile.id.clone();
    drop(h);
    let path = store.profile_path(&id);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&fs::read(&path).expect("read")).expect("json");
    doc["schema_version"] = serde_json::json!(99);
    doc["hologram"] = serde_json::json!(true);
    let text = serde_json::to_vec_pretty(&doc).expect("json");
    fs::write(&path, &text).expect("write");

    let listing = store.list();
    assert_eq!(listing.profiles[0].newer_format, Some(99));
    let mut h = store.open_profile(&id).expect("opens");
    assert_eq!(h.access(), &Access::NewerFormat(99));
    h.profile.name = "Changed".into();
    let err = h.save().expect_err("read-only");
    assert!(matches!(err, StoreError::ReadOnly { .. }));
    assert!(err.to_string().contains("newer Lodestar"), "{err}");
    assert_eq!(fs::read(&path).expect("read"), text, "file untouched");

    // A newer file whose shape this version cannot read at all is left alone too.
    fs::write(&path, br#"{"schema_version": 7, "name": 5}"#).expect("write");
    let listing = store.list();
    assert!(matches!(
        listing.problems[0],
        StoreError::TooNew { found: 7, .. }
    ));
    assert!(path.exists(), "a newer file is not set aside as corrupt");
}

#[test]
fn a_second_handle_cannot_write() {
    let (_d, store) = store();
    let mut first = store.create("Shared").expect("created");
    let id = first.profile.id.clone();
    let mut second = store.open_profile(&id).expect("opens read-only");
    assert_eq!(second.access(), &Access::OpenElsewhere);
    second.profile.role = "from the second window".into();
    let err = second.save().expect_err("locked");
    assert!(
        err.to_string().contains("open in another Lodestar window"),
        "{err}"
    );
    first.profile.role = "from the first window".into();
    first.save().expect("the first window still saves");
    drop(first);
    drop(second);
    let mut third = store.open_profile(&id).expect("opens");
    assert_eq!(
        third.access(),
        &Access::ReadWrite,
        "the lock is released on close"
    );
    assert_eq!(third.profile.role, "from the first window");
    third.save().expect("saves");
}

#[test]
fn a_save_after_an_outside_edit_is_refused() {
    let (_d, store) = store();
    let mut h = store.create("Synced").expect("created");
    let path = store.profile_path(&h.profile.id);
    let mut doc: serde_json::Value =
        serde_json::from_slice(&fs::read(&path).expect("read")).expect("json");
    doc["role"] = serde_json::json!("edited on the laptop");
    let outside = serde_json::to_vec_pretty(&doc).expect("json");
    fs::write(&path, &outside).expect("write");

    h.profile.team = "edited here".into();
    let err = h.save().expect_err("conflict");
    assert!(matches!(err, StoreError::ChangedOnDisk { .. }));
    assert!(
        err.to_string().contains("changed or removed on disk"),
        "{err}"
    );
    assert_eq!(
        fs::read(&path).expect("read"),
        outside,
        "the other version is intact"
    );

    // Keeping ours replaces it, and the other version goes to the backups.
    h.save_replacing().expect("replaced");
    let backups = store.backups(&h.profile.id);
    assert!(
        backups
            .iter()
            .any(|b| fs::read(b).expect("read") == outside),
        "outside version backed up"
    );
    // Or reloading takes theirs.
    fs::write(&path, &outside).expect("write");
    h.reload().expect("reloads");
    assert_eq!(h.profile.role, "edited on the laptop");
    h.profile.team = "after reload".into();
    h.save().expect("saves after reload");
}

#[test]
fn hostile_names_never_reach_the_file_name() {
    let (_d, store) = store();
    let long = "x".repeat(10_000);
    let hostile = [
        "../x",
        "CON",
        "NUL.txt",
        "a/b\\c",
        "Zoë 🚀",
        "مريم",
        "name\0with nul",
        "..",
        "lpt1",
        "李雷",
    ];
    for name in hostile {
        let h = store
            .create(name)
            .expect("a hostile but non-empty name is fine");
        assert!(!h.profile.name.contains('\0'));
    }
    let err = store.create(&long).expect_err("too long");
    assert!(err.to_string().contains("too long"), "{err}");
    assert!(
        store.create("\0\0  ").is_err(),
        "nothing left after cleaning"
    );
    let files = profile_files(&store);
    assert_eq!(files.len(), hostile.len());
    for f in &files {
        let ok = f.starts_with("p-")
            && Path::new(f).extension().is_some_and(|e| e == "json")
            && f.bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.');
        assert!(ok, "unexpected file name {f:?}");
    }
    // Nothing escaped the profiles folder.
    assert!(!store.root().join("x").exists() && !store.root().join("x.json").exists());
    let names: Vec<String> = store.list().profiles.into_iter().map(|p| p.name).collect();
    assert!(names.contains(&"مريم".to_owned()) && names.contains(&"name with nul".to_owned()));
}

#[cfg(unix)]
#[test]
fn profile_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let (_d, store) = store();
    let mut h = store.create("Private").expect("created");
    let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
    assert_eq!(mode(h.path()), 0o600);
    h.profile.role = "x".into();
    h.save().expect("saved");
    assert_eq!(mode(h.path()), 0o600, "still private after a save");
    for b in store.backups(&h.profile.id) {
        assert_eq!(mode(&b), 0o600);
    }
    assert_eq!(mode(&store.profiles_dir()), 0o700);
}

#[test]
fn backups_roll_and_keep_the_last_twenty() {
    let (_d, store) = store();
    let h = store.create("Busy").expect("created");
    let id = h.profile.id.clone();
    drop(h);
    for i in 0..(BACKUPS_KEPT + 5) {
        // Each open starts a new editing session, whose first save backs up.
        let mut h = store.open_profile(&id).expect("opens");
        h.profile.role = format!("version {i}");
        h.save().expect("saved");
        // An unchanged save writes nothing and backs up nothing.
        h.save().expect("no-op");
    }
    let backups = store.backups(&id);
    assert_eq!(backups.len(), BACKUPS_KEPT);
    let newest = fs::read_to_string(backups.last().expect("one")).expect("read");
    assert!(
        newest.contains(&format!("version {}", BACKUPS_KEPT + 3)),
        "newest backup is the previous version"
    );
}

#[test]
fn export_then_import_makes_a_new_profile() {
    let (dir, store) = store();
    let mut h = store.create("Travelling").expect("created");
    h.profile
        .add_item(
            ListKind::Want,
            "Delegation",
            Some(SkillId::new("managing-vs-leading")),
        )
        .expect("ok");
    h.save().expect("saved");
    let out = dir.path().join("travelling.json");
    store.export(&h.profile, &out).expect("exported");
    let imported = store.import(&out).expect("imported");
    assert_ne!(
        imported.profile.id, h.profile.id,
        "import never overwrites an existing profile"
    );
    assert_eq!(imported.profile.want, h.profile.want);
    assert_eq!(store.list().profiles.len(), 2);

    let junk = dir.path().join("junk.json");
    fs::write(&junk, b"{ not json").expect("write");
    let err = store.import(&junk).expect_err("junk");
    assert!(
        err.to_string().contains("is not a Lodestar profile"),
        "{err}"
    );
    assert!(
        junk.exists(),
        "a file being imported is never moved or changed"
    );
    let missing = store
        .import(&dir.path().join("missing.json"))
        .expect_err("missing");
    assert!(missing.to_string().contains("does not exist"), "{missing}");
}

#[test]
fn the_sample_is_added_once_to_a_new_folder() {
    let (_d, store) = store();
    assert!(store.seed_sample_if_new().expect("seeded"));
    let listing = store.list();
    assert_eq!(listing.profiles.len(), 1);
    assert_eq!(listing.profiles[0].name, "Sample technician");
    let h = store.open_profile(&listing.profiles[0].id).expect("opens");
    assert!(
        h.profile.have.len() >= 3
            && h.profile.assessments.len() >= 3
            && !h.profile.sessions.is_empty()
    );
    assert!(!h.profile.plan.focus.is_empty());
    drop(h);
    fs::remove_file(&listing.profiles[0].path).expect("deleted by the user");
    assert!(
        !store.seed_sample_if_new().expect("ok"),
        "a deleted sample does not come back"
    );
}

#[test]
fn own_lists_load_and_a_bad_one_is_named_with_its_line() {
    let (_d, store) = store();
    let good =
        r#"{"id": "acme", "title": "Acme", "skills": [{"id": "safety", "name": "Safety first"}]}"#;
    fs::write(store.catalogs_dir().join("acme.json"), good).expect("write");
    fs::write(
        store.catalogs_dir().join("broken.json"),
        "{\n  \"id\": \"b\",\n  \"title\": \"B\"\n  \"skills\": []\n}",
    )
    .expect("write");
    fs::write(
        store.catalogs_dir().join("clash.json"),
        r#"{"id": "recommended", "title": "Mine", "skills": [{"id": "a", "name": "A"}]}"#,
    )
    .expect("write");
    let set = store.catalogs();
    assert!(set.catalogs.iter().any(|c| c.id.as_str() == "acme"));
    assert!(
        set.catalogs
            .iter()
            .any(|c| c.id.as_str() == "recommended" && c.skills.len() == 8)
    );
    assert_eq!(set.problems.len(), 2, "{:?}", set.problems);
    let broken = set
        .problems
        .iter()
        .find(|p| p.file.ends_with("broken.json"))
        .expect("named");
    assert_eq!(broken.line, Some(4));
    assert!(
        broken.to_string().contains("broken.json (line 4)"),
        "{broken}"
    );
}

#[test]
fn a_competency_csv_becomes_a_list() {
    let (dir, store) = store();
    let csv = dir.path().join("Acme_framework.csv");
    fs::write(&csv, "skill,description,keywords\nSafety leadership,\"Keeps people safe, always\",lockout;toolbox talks\nCustomer focus,Sees the job as the customer does,\n").expect("write");
    let c = store
        .import_catalog(&csv, None, None, None)
        .expect("imported");
    assert_eq!(
        (c.id.as_str(), c.title.as_str(), c.skills.len()),
        ("acme-framework", "Acme framework", 2)
    );
    assert!(
        store.catalogs().get(&c.id).is_some(),
        "it loads from the config folder"
    );
    let again = store
        .import_catalog(&csv, None, None, None)
        .expect_err("exists");
    assert!(again.to_string().contains("is there already"));
    let bad = dir.path().join("bad.csv");
    fs::write(&bad, "skill,description\nA,\"never closed\nB,x\n").expect("write");
    let err = store
        .import_catalog(&bad, None, None, None)
        .expect_err("bad");
    assert!(
        err.to_string().contains("bad.csv") && err.to_string().contains("line 2"),
        "{err}"
    );
    fs::write(&bad, [0xff, 0xfe, 0x00]).expect("write");
    assert!(
        store
            .import_catalog(&bad, None, None, None)
            .expect_err("binary")
            .to_string()
            .contains("UTF-8")
    );
}

#[test]
fn unsaved_changes_can_be_rescued_and_imported_back() {
    let (_d, store) = store();
    let mut h = store.create("Rescue me").expect("created");
    h.profile
        .add_item(ListKind::Want, "Delegation", None)
        .expect("ok");
    assert!(store.recovered().is_empty());
    let path = store.rescue(&h.profile).expect("rescued");
    assert!(path.starts_with(store.root().join("recovered")));
    assert_eq!(store.recovered(), vec![path.clone()]);
    let back = store.import(&path).expect("importable");
    assert_eq!(back.profile.want[0].text, "Delegation");
}

#[test]
fn rescues_in_quick_succession_are_all_kept_in_order() {
    let (_d, store) = store();
    let mut h = store.create("Rescue me").expect("created");
    // Many rescues fall in the same millisecond: none may replace another.
    let mut paths = Vec::new();
    for i in 0..30 {
        h.profile.role = format!("version {i}");
        paths.push(store.rescue(&h.profile).expect("rescued"));
    }
    assert_eq!(store.recovered(), paths, "every rescue kept, oldest first");
    let last = fs::read_to_string(paths.last().expect("one")).expect("read");
    assert!(last.contains("version 29"));
}

#[test]
fn a_profile_trashed_twice_keeps_both_copies() {
    let (_d, store) = store();
    let h = store.create("Twice").expect("created");
    let id = h.profile.id.clone();
    let original = store.profile_path(&id);
    drop(h);
    let first = store.trash(&id).expect("trashed");
    // The same profile comes back (from a sync folder, say) and is deleted again.
    fs::copy(&first, &original).expect("copy back");
    let second = store.trash(&id).expect("trashed again");
    assert_ne!(first, second);
    assert!(
        first.exists() && second.exists(),
        "the first copy is not replaced"
    );
    // The newer copy restores under the old id, the older one as a new profile.
    assert_eq!(store.restore(&second).expect("restored"), id);
    let other = store.restore(&first).expect("restored too");
    assert_ne!(other, id);
    assert_eq!(store.list().profiles.len(), 2);
}

#[test]
fn a_trashed_file_named_by_an_earlier_version_restores_under_its_id() {
    let (_d, store) = store();
    let h = store.create("Old trash").expect("created");
    let id = h.profile.id.clone();
    drop(h);
    for legacy in [
        format!("{id}.json"),
        format!("{id}-20261130T095500.123Z.json"),
    ] {
        let trashed = store.trash(&id).expect("trashed");
        let old = trashed.with_file_name(&legacy);
        fs::rename(&trashed, &old).expect("rename to the old name");
        assert_eq!(store.restore(&old).expect("restored"), id, "{legacy}");
    }
}

#[test]
fn files_that_cross_merge_against_the_version_they_were_built_on() {
    use lodestar::model::{ListKind, Session};
    use lodestar::store::Recipient;
    let dir = tempfile::tempdir().expect("temp dir");
    let coach = Store::open(dir.path().join("coach")).expect("store");
    let tech = Store::open(dir.path().join("tech")).expect("store");
    let mut h = coach.create("Dana").expect("created");
    assert!(coach.has_profile(&h.profile.id));
    h.profile.role = "Technician".into();
    h.save().expect("saved");
    let (a, b, t) = (
        dir.path().join("a"),
        dir.path().join("b"),
        dir.path().join("t"),
    );
    // The coach sends A, then works on and sends B: a session, a new role.
    coach
        .send(&h.profile, Recipient::Technician, &a)
        .expect("sent");
    let mut s = Session::new(jiff::civil::date(2026, 12, 4));
    s.private_notes = "Only for the coach.".into();
    h.profile.sessions.push(s);
    h.profile.role = "Senior technician".into();
    h.save().expect("saved");
    coach
        .send(&h.profile, Recipient::Technician, &b)
        .expect("sent");
    drop(h);
    // The technician only has A, adds to it and replies.
    let got = tech.read_incoming(&a).expect("reads");
    let mut th = tech.add_incoming(&got, false).expect("added");
    th.profile
        .add_item(ListKind::Have, "Calm on call-outs", None)
        .expect("added");
    th.save().expect("saved");
    tech.send(&th.profile, Recipient::Coach, &t).expect("sent");
    // The coach merges the reply against A, not B: nothing of B is undone.
    let reply = coach.read_incoming(&t).expect("reads");
    assert!(reply.based_on.is_some());
    let r = coach.merge_incoming(&reply, false).expect("merged");
    let p = &r.handle.profile;
    assert_eq!(p.sessions.len(), 1, "the session sent in B stays");
    assert_eq!(p.sessions[0].private_notes, "Only for the coach.");
    assert_eq!(p.role, "Senior technician", "not reverted to A's role");
    assert!(p.have.iter().any(|i| i.text == "Calm on call-outs"));
    assert!(r.conflicts.is_empty(), "{:?}", r.conflicts);
    // A file built on a version no longer known merges without a base:
    // nothing is dropped.
    let mut stranger = reply.clone();
    stranger.based_on = Some("0123456789abcdef".into());
    stranger.profile.sessions.clear();
    let again = coach.preview_incoming(&stranger, p).expect("merges");
    assert_eq!(again.profile.sessions.len(), 1, "no base: nothing deleted");
}
