//! Calendar files as a calendar program reads them: written by the
//! library and the `calendar` command, read back with a real iCalendar
//! parser (the `icalendar` crate's), with stable UIDs, times converted
//! from the person's time zone, and a reminder the day before.

use std::path::Path;
use std::process::Command;

use icalendar::{Calendar, CalendarComponent, CalendarDateTime, Component as _, DatePerhapsTime};
use jiff::civil::{date, time};
use lodestar::model::calendar::{self, When};
use lodestar::model::session::Action;
use lodestar::model::{Profile, Session};
use lodestar::store::Store;

fn parse(text: &str) -> Calendar {
    text.parse::<Calendar>().expect("a calendar a parser reads")
}

fn events(cal: &Calendar) -> Vec<&icalendar::Event> {
    cal.components
        .iter()
        .filter_map(|c| match c {
            CalendarComponent::Event(e) => Some(e),
            _ => None,
        })
        .collect()
}

/// A profile with a next session at 09:30 for 45 minutes, an open action
/// due, a done one, and a plan review.
fn coached(store: &Store, name: &str, year: i16) -> Profile {
    let mut handle = store.create(name).expect("created");
    let p = &mut handle.profile;
    p.coach = "Sam Okafor".into();
    let mut s = Session::new(date(year, 2, 1));
    s.next_date = Some(date(year, 3, 10));
    s.next_time = Some(time(9, 30, 0, 0));
    s.next_minutes = 45;
    let mut a = Action::new("Run the Monday stand-up");
    a.due = Some(date(year, 3, 3));
    let mut done = Action::new("Read the rota");
    done.due = Some(date(year, 2, 20));
    done.status = lodestar::model::session::ActionStatus::Done;
    s.actions = vec![a, done];
    p.sessions.push(s);
    p.plan.review_date = Some(date(year, 6, 30));
    p.ensure_ids();
    handle.save().expect("saved");
    handle.profile.clone()
}

#[test]
fn a_profile_s_dates_read_back_with_uids_times_in_utc_and_reminders() {
    let dir = tempfile::tempdir().expect("temp");
    let store = Store::open(dir.path()).expect("store");
    let p = coached(&store, "Dana Ortiz", 2027);
    let found = calendar::upcoming(&p, date(2027, 2, 15));
    assert_eq!(found.len(), 3, "{found:?}");
    let berlin = jiff::tz::TimeZone::get("Europe/Berlin").expect("tzdb");
    let now = jiff::Timestamp::from_second(1_800_000_000).expect("time");
    let text = lodestar::report::ics::calendar(&found, &berlin, now).expect("ics");
    let cal = parse(&text);
    let evs = events(&cal);
    assert_eq!(evs.len(), 3);

    let session = evs
        .iter()
        .find(|e| e.get_summary() == Some("Coaching session: Dana Ortiz with Sam Okafor"))
        .expect("the session");
    // 09:30 in Berlin in March (UTC+1) is 08:30 UTC; 45 minutes long.
    let start = match session.get_start().expect("start") {
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(dt)) => dt,
        other => panic!("a timed event, not {other:?}"),
    };
    assert_eq!(start.to_rfc3339(), "2027-03-10T08:30:00+00:00");
    let end = match session.get_end().expect("end") {
        DatePerhapsTime::DateTime(CalendarDateTime::Utc(dt)) => dt,
        other => panic!("a timed event, not {other:?}"),
    };
    assert_eq!((end - start).num_minutes(), 45);
    assert!(
        session
            .get_uid()
            .is_some_and(|u| u.starts_with("next-session-") && u.ends_with("@lodestar"))
    );

    let due = evs
        .iter()
        .find(|e| e.get_summary() == Some("Due: Run the Monday stand-up (Dana Ortiz)"))
        .expect("the action");
    assert_eq!(
        due.get_start(),
        Some(DatePerhapsTime::Date(
            chrono::NaiveDate::from_ymd_opt(2027, 3, 3).expect("date")
        ))
    );
    assert!(
        evs.iter()
            .any(|e| e.get_summary() == Some("Review the development plan: Dana Ortiz"))
    );
    assert!(
        !text.contains("Read the rota"),
        "a done action is not in the calendar"
    );

    // Every event reminds the day before: a day ahead of a session, at
    // 09:00 the day before a whole-day date (15 hours before midnight).
    for e in &evs {
        let alarm = e
            .components()
            .iter()
            .find(|c| c.component_kind() == "VALARM");
        let alarm = alarm.expect("a reminder");
        let timed = matches!(e.get_start(), Some(DatePerhapsTime::DateTime(_)));
        let ahead = if timed { "-PT86400S" } else { "-PT54000S" };
        assert_eq!(alarm.property_value("TRIGGER"), Some(ahead));
        assert_eq!(alarm.property_value("ACTION"), Some("DISPLAY"));
    }

    // Exported again after the session moved: the same UID, a later time,
    // and a higher sequence, so the calendar updates the event.
    let mut moved = p.clone();
    moved.sessions[0].next_time = Some(time(14, 0, 0, 0));
    let later = now
        .checked_add(jiff::SignedDuration::from_hours(2))
        .expect("t");
    let again = lodestar::report::ics::calendar(
        &calendar::upcoming(&moved, date(2027, 2, 15)),
        &berlin,
        later,
    )
    .expect("ics");
    let again = parse(&again);
    let moved_session = events(&again)
        .into_iter()
        .find(|e| e.get_uid() == session.get_uid())
        .expect("the same event");
    assert!(moved_session.get_sequence() > session.get_sequence());
    match moved_session.get_start() {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(dt))) => {
            assert_eq!(dt.to_rfc3339(), "2027-03-10T13:00:00+00:00");
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_session_with_no_time_yet_is_a_whole_day() {
    let mut p =
        Profile::new(lodestar::model::ProfileId::parse("p-1").expect("id"), "Lee").expect("name");
    let mut s = Session::new(date(2027, 1, 5));
    s.next_date = Some(date(2027, 1, 19));
    p.sessions.push(s);
    let e = calendar::next_session(&p).expect("one");
    assert_eq!(e.when, When::AllDay(date(2027, 1, 19)));
    let text = lodestar::report::ics::calendar(
        &[e],
        &jiff::tz::TimeZone::UTC,
        jiff::Timestamp::UNIX_EPOCH,
    )
    .expect("ics");
    assert!(text.contains("DTSTART;VALUE=DATE:20270119"), "{text}");
    assert!(
        text.contains("DTEND;VALUE=DATE:20270120"),
        "a whole day ends the next day (exclusive): {text}"
    );
}

fn lodestar_cli(config: &Path, args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_lodestar"))
        .arg("--config-dir")
        .arg(config)
        .args(args)
        .env("TZ", "America/New_York")
        .env_remove("LODESTAR_CONFIG_DIR")
        // The language of the test, whatever the machine's.
        .env("LC_ALL", "C")
        .env_remove("LANGUAGE")
        .output()
        .expect("the binary runs")
}

#[test]
fn the_calendar_command_writes_one_profile_or_every_next_session() {
    let dir = tempfile::tempdir().expect("temp");
    let cfg = dir.path().join("cfg");
    let store = Store::open(&cfg).expect("store");
    // Far ahead, so "upcoming" holds whatever day the test runs.
    coached(&store, "Dana Ortiz", 2099);
    coached(&store, "Kwame Mensah", 2098);
    drop(store);

    let one = dir.path().join("dana");
    let o = lodestar_cli(
        &cfg,
        &["calendar", "Dana", "--out", one.to_str().expect("utf-8")],
    );
    let said = String::from_utf8_lossy(&o.stdout);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(
        said.contains("(1 session, 1 action due, 1 plan review)"),
        "{said}"
    );
    let text = std::fs::read_to_string(dir.path().join("dana.ics")).expect("written as .ics");
    let cal = parse(&text);
    assert_eq!(events(&cal).len(), 3);
    // 09:30 in New York in March 2099 (after the clock change, UTC-4).
    assert!(text.contains("DTSTART:20990310T133000Z"), "{text}");

    let team = dir.path().join("team.ics");
    let o = lodestar_cli(&cfg, &["calendar", "--out", team.to_str().expect("utf-8")]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let cal = parse(&std::fs::read_to_string(&team).expect("written"));
    let titles: Vec<String> = events(&cal)
        .iter()
        .filter_map(|e| e.get_summary().map(str::to_owned))
        .collect();
    assert_eq!(
        titles,
        [
            "Coaching session: Kwame Mensah with Sam Okafor",
            "Coaching session: Dana Ortiz with Sam Okafor"
        ],
        "the sessions only, soonest first"
    );

    let bad = lodestar_cli(&cfg, &["calendar", "--out", "x.txt"]);
    assert!(!bad.status.success());
    assert!(
        String::from_utf8_lossy(&bad.stderr).contains(".ics"),
        "{}",
        String::from_utf8_lossy(&bad.stderr)
    );
}
