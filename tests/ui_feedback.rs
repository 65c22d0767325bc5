//! Feedback from colleagues in the real app, driven through
//! `egui_kittest`: the coach asks (the form saved), answer files come in
//! by drag and drop and by Take in answers…, and the Colleagues layer, its
//! table and calibration appear with the third answer and not before; an
//! answer left out and brought back; a tampered file refused; answers for
//! a profile that is not open open it.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use lodestar::chart::LayerKind;
use lodestar::chart::layers::{Choice, build};
use lodestar::model::feedback::FeedbackRequest;
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

mod common;
use common::{app_on, click};

#[derive(Debug)]
struct Dropped(PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

fn drop_file(h: &mut Harness<'static, LodestarApp>, path: &Path) {
    h.input_mut()
        .dropped_files
        .push(Arc::new(Dropped(path.to_path_buf())));
    h.run();
    h.run();
}

fn shown(h: &Harness<'static, LodestarApp>, part: &str) -> bool {
    h.query_all_by_label_contains(part).next().is_some()
}

fn status(h: &Harness<'static, LodestarApp>) -> String {
    h.state().status.text.clone()
}

/// An answer file as the form saves it: every skill at `level`.
fn answers(
    dir: &Path,
    profile: &str,
    request: &FeedbackRequest,
    id: u64,
    level: u8,
    signed: &str,
) -> PathBuf {
    let skills: Vec<serde_json::Value> = request
        .skills
        .iter()
        .map(|s| serde_json::json!({"skill": s.as_str(), "level": level, "example": format!("Seen by {id}")}))
        .collect();
    let doc = serde_json::json!({
        "kind": "lodestar-feedback-answers", "format": 1, "profile": profile,
        "request": request.id.0, "key": request.key, "answer": id, "saved": "2026-12-01T10:00:00Z",
        "signed": signed, "skills": skills,
    });
    let path = dir.join(format!("answers-{id}.json"));
    std::fs::write(&path, doc.to_string()).expect("written");
    path
}

fn colleagues_layer(h: &Harness<'static, LodestarApp>) -> Option<Vec<Option<f64>>> {
    let app = h.state();
    let open = app.open.as_ref().expect("open");
    let catalogs = app.store().catalogs();
    let (catalog, _) = catalogs
        .for_profile(&open.profile().catalog)
        .expect("its list");
    build(open.profile(), catalog, &Choice::default())
        .expect("a chart")
        .layers
        .into_iter()
        .find(|l| l.kind == LayerKind::Colleagues)
        .map(|l| l.values)
}

#[test]
#[expect(
    clippy::too_many_lines,
    reason = "one coach's way through a round of feedback"
)]
fn the_colleagues_layer_appears_with_the_third_answer() {
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let sample = store.add_sample().expect("sample");
    let pid = sample.profile.id.as_str().to_owned();
    drop(sample);
    let mut h = app_on(&store);
    h.run();
    click(&mut h, "Sample technician");
    click(&mut h, "5  Progress");
    assert!(shown(&h, "Feedback from colleagues"));
    assert!(
        h.query_all_by_label("Take in answers…").next().is_none(),
        "nothing to answer yet"
    );

    // The coach asks: the form is saved and the round is in the profile.
    let form = dir.path().join("form.html");
    h.state_mut().dialog_answer = Some(form.clone());
    click(&mut h, "Ask colleagues for feedback…");
    assert!(form.exists(), "{}", status(&h));
    assert!(
        status(&h).contains("Saved the feedback form"),
        "{}",
        status(&h)
    );
    let request = h.state().open.as_ref().expect("open").profile().feedback[0].clone();
    assert!(
        std::fs::read_to_string(&form)
            .expect("form")
            .contains(&request.id.0.to_string())
    );
    assert!(shown(&h, "0 answers so far; 3 more before it shows."));
    // The same round's form again, for one more colleague: no new round.
    let again = dir.path().join("again.html");
    h.state_mut().dialog_answer = Some(again.clone());
    click(&mut h, "Save its form again…");
    let html = std::fs::read_to_string(&again).expect("saved again");
    assert!(html.contains(&format!("data-request=\"{}\"", request.id.0)));
    assert!(html.contains(&format!("data-key=\"{}\"", request.key)));
    assert_eq!(
        h.state()
            .open
            .as_ref()
            .expect("open")
            .profile()
            .feedback
            .len(),
        1
    );

    // Two answers: counted, not shown.
    drop_file(
        &mut h,
        &answers(dir.path(), &pid, &request, 11, 2, "Dana Whitfield"),
    );
    assert!(
        status(&h).contains("Dana Whitfield's answers were added"),
        "{}",
        status(&h)
    );
    assert!(status(&h).contains("1 answer so far"), "{}", status(&h));
    drop_file(&mut h, &answers(dir.path(), &pid, &request, 12, 3, ""));
    assert!(status(&h).contains("2 answers so far"), "{}", status(&h));
    assert!(colleagues_layer(&h).is_none(), "not with two answers");
    assert!(!shown(&h, "Colleagues (pooled)"));
    assert!(shown(&h, "2 answers so far; 1 more before it shows."));

    // The third, through Take in answers…: the layer, its switch, its table.
    h.state_mut().dialog_answer = Some(answers(dir.path(), &pid, &request, 13, 5, ""));
    click(&mut h, "Take in answers…");
    assert!(
        status(&h).contains("3 answers, so the colleagues' view shows"),
        "{}",
        status(&h)
    );
    let values = colleagues_layer(&h).expect("the Colleagues layer with three answers");
    assert!(
        values
            .iter()
            .all(|v| (v.expect("every skill") - 10.0 / 3.0).abs() < 0.051),
        "{values:?}"
    );
    assert!(shown(&h, "Colleagues (3 answers)"), "its switch");
    assert!(shown(&h, "Colleagues (pooled)"), "its table");
    assert!(shown(&h, "3.3"));
    assert!(shown(&h, "3 answers: on the chart and in the table."));

    // One by one, for the coach: named only when signed.
    click(&mut h, "Answers one by one (3), for the coach's eyes");
    assert!(shown(&h, "Dana Whitfield"));
    assert_eq!(
        h.query_all_by_label_contains("A colleague (unsigned)")
            .count(),
        2
    );
    assert!(shown(&h, "Seen by 12"));

    // Left out: the view is pooled again (two left: hidden); undone: back.
    h.query_all_by_label("Leave out")
        .next()
        .expect("a button")
        .click();
    h.run();
    h.run();
    assert!(colleagues_layer(&h).is_none(), "two answers left");
    h.key_press_modifiers(egui::Modifiers::COMMAND, egui::Key::Z);
    h.run();
    assert!(colleagues_layer(&h).is_some(), "undone");

    // A tampered file: refused, with the reason, nothing added.
    let tampered = answers(dir.path(), &pid, &request, 14, 9, "");
    drop_file(&mut h, &tampered);
    assert!(status(&h).contains("the level 9"), "{}", status(&h));
    assert_eq!(
        h.state()
            .open
            .as_ref()
            .expect("open")
            .profile()
            .colleague_answers
            .len(),
        3
    );

    // Saved to disk; answers for a profile that is not open open it.
    click(&mut h, "All profiles");
    assert!(h.state().open.is_none());
    let stored = store
        .open_profile(&request_profile(&pid))
        .expect("opens")
        .profile;
    assert_eq!(stored.colleague_answers.len(), 3);
    drop_file(&mut h, &answers(dir.path(), &pid, &request, 15, 4, "Kim"));
    let open = h.state().open.as_ref().expect("opened for the answers");
    assert_eq!(open.profile().colleague_answers.len(), 4);
    assert!(
        status(&h).contains("Kim's answers were added"),
        "{}",
        status(&h)
    );
    assert!(shown(&h, "Feedback from colleagues"), "on Progress");
}

fn request_profile(pid: &str) -> lodestar::model::ProfileId {
    lodestar::model::ProfileId::parse(pid).expect("id")
}
