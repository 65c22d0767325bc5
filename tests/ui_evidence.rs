//! The evidence log in the real app, driven through `egui_kittest`: an
//! entry added from the Have step with Ctrl+E (a file attached, a STAR
//! note), found on Rate under its skill and on Progress, refused with a
//! reason when it names no skill, changed and removed with undo.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

mod common;
use common::{app_on, click};

fn type_into(h: &mut Harness<'static, LodestarApp>, label: &str, text: &str) {
    h.get_by_label(label).focus();
    h.run();
    h.get_by_label(label).type_text(text);
    h.run();
}

fn shown(h: &Harness<'static, LodestarApp>, part: &str) -> bool {
    h.query_all_by_label_contains(part).next().is_some()
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one person's way through the log: add, refuse, find, change, undo"
)]
fn evidence_added_from_have_is_found_on_rate_and_progress() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    drop(store.create("Noor Haddad").expect("created"));
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Noor Haddad");
    assert!(shown(&h, "1  Have"));

    // Ctrl+E from the Have step opens the dialog.
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::E);
    h.run();
    assert!(h.state().open.as_ref().expect("open").evidence.is_some());
    type_into(
        &mut h,
        "What happened",
        "Talked a worried customer through the outage 🚀",
    );
    // No skill yet: refused, with the reason, and nothing typed is lost.
    click(&mut h, "Add to the log");
    assert!(shown(&h, "Say which skill this shows"));
    let open = h.state().open.as_ref().expect("open");
    assert!(open.profile().evidence.is_empty());
    assert!(open.evidence.is_some(), "the dialog stays open");

    click(&mut h, "Effective communication");
    click(&mut h, "A customer");
    type_into(&mut h, "Their name (optional)", "Mrs. Okafor");
    let file = dir.path().join("thank-you.txt");
    std::fs::write(&file, "Thank you for keeping us posted.").expect("write");
    h.state_mut().dialog_answer = Some(file.clone());
    click(&mut h, "Attach a file…");
    click(&mut h, "Add to the log");
    let app = h.state();
    let open = app.open.as_ref().expect("open");
    assert!(open.evidence.is_none(), "the dialog closed");
    let entry = open.profile().evidence.first().expect("logged").clone();
    assert_eq!(
        entry.text,
        "Talked a worried customer through the outage 🚀"
    );
    assert_eq!(entry.who, "Mrs. Okafor");
    assert_eq!(entry.file, "thank-you.txt");
    let kept = app
        .store()
        .attachment(&open.profile().id, &entry)
        .expect("copied");
    assert_ne!(kept, file, "a copy beside the profile, not the original");
    assert!(app.status.text.contains("Evidence added"));

    // On Rate, under its skill (nothing rated yet: all of it).
    click(&mut h, "4  Rate");
    assert!(shown(&h, "Evidence: 1"));
    assert!(shown(
        &h,
        "Talked a worried customer through the outage 🚀 · seen by Mrs. Okafor"
    ));

    // A second entry as a STAR note, from the Rate card of another skill.
    h.get_by_label_contains("Prioritising: 1 –").scroll_to_me();
    h.run();
    h.get_by_label_contains("Prioritising: 1 –").click();
    h.run();
    click(&mut h, "Save assessment");
    click(&mut h, "Add evidence for Prioritising");
    click(&mut h, "Write it as STAR");
    type_into(&mut h, "Situation", "Three jobs due at once");
    type_into(&mut h, "Action", "Ranked them with the dispatcher");
    type_into(&mut h, "Result", "All done by Friday");
    click(&mut h, "Add to the log");
    let p = h.state().open.as_ref().expect("open").profile().clone();
    assert_eq!(p.evidence.len(), 2);
    assert_eq!(
        p.evidence[1].text,
        "Situation: Three jobs due at once\nAction: Ranked them with the dispatcher\nResult: All done by Friday"
    );
    assert_eq!(p.evidence[1].skills[0].as_str(), "prioritizing");

    // On Progress, grouped by skill.
    click(&mut h, "5  Progress");
    assert!(shown(&h, "Effective communication (1)"));
    assert!(shown(&h, "Prioritising (1)"));
    assert!(shown(&h, "Situation: Three jobs due at once"));

    // Changed, then removed, then brought back with undo.
    click(
        &mut h,
        "Change the evidence “Talked a worried customer through the outage 🚀”",
    );
    assert!(shown(&h, "Change this evidence"));
    click(&mut h, "Remove from the log");
    assert_eq!(
        h.state()
            .open
            .as_ref()
            .expect("open")
            .profile()
            .evidence
            .len(),
        1
    );
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert_eq!(
        h.state()
            .open
            .as_ref()
            .expect("open")
            .profile()
            .evidence
            .len(),
        2
    );

    // Saved to disk with the profile.
    h.state_mut().save_now();
    let id = h.state().open.as_ref().expect("open").profile().id.clone();
    drop(h);
    let on_disk = store.open_profile(&id).expect("open").profile;
    assert_eq!(on_disk.evidence.len(), 2);
}
