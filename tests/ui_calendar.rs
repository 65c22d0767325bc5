//! Between the meetings, in the real app: the next session gets a time and
//! a length and goes to the calendar, an action's due date and the plan's
//! review too, the coach saves everyone's next session, and "Due" on the
//! first screen says what needs doing, one click from the profile.

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable as _;
use icalendar::{Calendar, CalendarComponent, Component as _};
use jiff::civil::date;
use lodestar::model::session::Action;
use lodestar::store::Store;
use lodestar::ui::LodestarApp;

mod common;
use common::click;

const TODAY: jiff::civil::Date = date(2026, 12, 1);

fn app(store: &Store) -> Harness<'static, LodestarApp> {
    let mut h = common::app_on(store);
    h.state_mut().set_today(TODAY);
    h
}

fn summaries(path: &std::path::Path) -> Vec<String> {
    let text = std::fs::read_to_string(path).expect("written");
    let cal: Calendar = text.parse().expect("a calendar");
    cal.components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => e.get_summary().map(str::to_owned),
            _ => None,
        })
        .collect()
}

fn status(h: &Harness<'static, LodestarApp>) -> String {
    h.state().status.text.clone()
}

#[test]
fn a_session_sets_the_next_one_with_a_time_and_sends_it_to_the_calendar() {
    let dir = tempfile::tempdir().expect("temp");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let mut handle = store.create("Dana Ortiz").expect("created");
    handle.profile.coach = "Sam Okafor".into();
    handle.save().expect("saved");
    drop(handle);
    let mut h = app(&store);
    h.run();
    click(&mut h, "Dana Ortiz");
    click(&mut h, "6  Sessions");
    click(&mut h, "Start a coaching session");
    click(&mut h, "in 2 weeks");
    // The time and length appear once there is a date.
    h.get_by_label("at").focus();
    h.run();
    h.get_by_label("at").type_text("14:30");
    h.run();
    click(&mut h, "Length of the next session");
    click(&mut h, "for 90 minutes");
    let s = &h.state().open.as_ref().expect("open").profile().sessions[0];
    assert_eq!(s.next_date, Some(date(2026, 12, 15)));
    assert_eq!(s.next_time, Some(jiff::civil::time(14, 30, 0, 0)));
    assert_eq!(s.next_minutes, 90);

    // An action with a due date, to the calendar from its row.
    let ics = dir.path().join("action.ics");
    h.get_by_label("New action:").focus();
    h.run();
    h.get_by_label("New action:")
        .type_text("Plan the week with the dispatcher");
    h.run();
    h.get_by_label("Due:").focus();
    h.run();
    h.get_by_label("Due:").type_text("2026-12-10");
    h.run();
    click(&mut h, "Add action");
    h.state_mut().dialog_answer = Some(ics.clone());
    click(
        &mut h,
        "Add “Plan the week with the dispatcher” to the calendar",
    );
    assert_eq!(
        summaries(&ics),
        ["Due: Plan the week with the dispatcher (Dana Ortiz)"]
    );

    let next = dir.path().join("next.ics");
    h.state_mut().dialog_answer = Some(next.clone());
    click(&mut h, "Add to calendar");
    assert!(
        status(&h).contains("Saved “Coaching session: Dana Ortiz with Sam Okafor” on 2026-12-15"),
        "{}",
        status(&h)
    );
    let text = std::fs::read_to_string(&next).expect("written");
    assert!(text.contains("BEGIN:VALARM"), "{text}");
    assert_eq!(
        summaries(&next),
        ["Coaching session: Dana Ortiz with Sam Okafor"]
    );
}

#[test]
fn the_plan_s_review_date_goes_to_the_calendar() {
    let dir = tempfile::tempdir().expect("temp");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    let mut handle = store.create("Lee Park").expect("created");
    handle.profile.plan.review_date = Some(date(2027, 2, 1));
    handle.save().expect("saved");
    drop(handle);
    let mut h = app(&store);
    h.run();
    click(&mut h, "Lee Park");
    click(&mut h, "7  Plan");
    let ics = dir.path().join("review.ics");
    h.state_mut().dialog_answer = Some(ics.clone());
    click(&mut h, "Add to calendar");
    assert_eq!(summaries(&ics), ["Review the development plan: Lee Park"]);
    let text = std::fs::read_to_string(&ics).expect("written");
    assert!(text.contains("DTSTART;VALUE=DATE:20270201"), "{text}");
}

#[test]
fn due_says_what_needs_doing_and_the_coach_saves_every_next_session() {
    let dir = tempfile::tempdir().expect("temp");
    let store = Store::open(dir.path().join("cfg")).expect("store");
    for (name, next, overdue) in [
        ("Dana Ortiz", date(2026, 12, 1), None),
        ("Kwame Mensah", date(2026, 12, 3), Some(date(2026, 11, 20))),
        ("Lee Park", date(2027, 1, 12), None),
    ] {
        let mut handle = store.create(name).expect("created");
        let mut s = lodestar::model::Session::new(date(2026, 11, 10));
        s.next_date = Some(next);
        if let Some(due) = overdue {
            let mut a = Action::new("Shadow the dispatcher");
            a.due = Some(due);
            s.actions.push(a);
        }
        handle.profile.sessions.push(s);
        handle.profile.ensure_ids();
        handle.save().expect("saved");
    }
    let mut h = app(&store);
    h.run();
    h.get_by_label("Due");
    h.get_by_label("Dana Ortiz: session today");
    h.get_by_label("Kwame Mensah: 1 action overdue (due 2026-11-20)");
    h.get_by_label("Kwame Mensah: session on Thursday 2026-12-03");
    assert!(
        h.query_by_label_contains("Lee Park:").is_none(),
        "nothing due for Lee"
    );
    // One click opens the profile.
    click(&mut h, "Kwame Mensah: 1 action overdue (due 2026-11-20)");
    assert_eq!(
        h.state().open.as_ref().expect("open").profile().name,
        "Kwame Mensah"
    );
    click(&mut h, "All profiles");

    click(&mut h, "Coach view");
    let team = dir.path().join("team");
    h.state_mut().dialog_answer = Some(team.clone());
    click(&mut h, "Calendar…");
    assert!(
        status(&h).contains("Saved 3 upcoming sessions"),
        "{}",
        status(&h)
    );
    assert_eq!(
        summaries(&team.with_extension("ics")),
        [
            "Coaching session: Dana Ortiz",
            "Coaching session: Kwame Mensah",
            "Coaching session: Lee Park"
        ]
    );
}
