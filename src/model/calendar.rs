//! The dates coaching keeps between meetings, as calendar events: the next
//! session (with its time and length when agreed), actions' due dates and
//! the plan's review date. Each event has an id that stays the same for the
//! same thing, so a calendar given the file again updates the event instead
//! of adding a second one. Writing them as `.ics` is `report::ics`.

use jiff::civil::{Date, Time};

use super::Profile;
use super::session::ActionStatus;

/// When an event happens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// At a time of day (the person's local time), for so many minutes.
    At {
        date: Date,
        time: Time,
        minutes: u32,
    },
    /// The whole day (a due date, a review, a session with no time yet).
    AllDay(Date),
}

impl When {
    #[must_use]
    pub fn date(self) -> Date {
        match self {
            When::At { date, .. } | When::AllDay(date) => date,
        }
    }
}

/// What kind of date it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    Session,
    ActionDue,
    Review,
}

/// One event for a calendar.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalEvent {
    /// The same for the same session, action or plan, every export.
    pub uid: String,
    pub kind: Kind,
    pub title: String,
    pub description: String,
    pub when: When,
    /// The profile it belongs to (for the coach's list of what is due).
    pub profile: super::ProfileId,
}

/// The next session agreed for `profile`: the date (and time, length) set
/// at its latest ended session (one in progress that has set its own
/// counts; one in progress that has not yet is passed over).
#[must_use]
pub fn next_session(profile: &Profile) -> Option<CalEvent> {
    let mut by_date: Vec<&super::Session> = profile.sessions.iter().collect();
    by_date.sort_by_key(|s| std::cmp::Reverse(s.date));
    let session = by_date
        .into_iter()
        .find(|s| !s.in_progress || s.next_date.is_some())?;
    let date = session.next_date?;
    let when = match session.next_time {
        Some(time) => When::At {
            date,
            time,
            minutes: session.next_minutes,
        },
        None => When::AllDay(date),
    };
    let title = if profile.coach.is_empty() {
        crate::t!("cal-session-title", name = profile.name.clone())
    } else {
        crate::t!(
            "cal-session-title-with",
            name = profile.name.clone(),
            coach = profile.coach.clone()
        )
    };
    Some(CalEvent {
        uid: format!("next-session-{}.{}@lodestar", session.id.0, profile.id),
        kind: Kind::Session,
        title,
        description: crate::t!(
            "cal-session-description",
            date = crate::i18n::date(session.date)
        ),
        when,
        profile: profile.id.clone(),
    })
}

/// Every open action with a due date, as an all-day event on that date.
#[must_use]
pub fn actions_due(profile: &Profile) -> Vec<CalEvent> {
    let in_sessions = profile.sessions.iter().flat_map(|s| &s.actions);
    let in_plan = profile.plan.focus.iter().flat_map(|f| &f.actions);
    in_sessions
        .chain(in_plan)
        .filter(|a| a.status == ActionStatus::Open)
        .filter_map(|a| {
            let due = a.due?;
            Some(CalEvent {
                uid: format!("action-{}.{}@lodestar", a.id.0, profile.id),
                kind: Kind::ActionDue,
                title: crate::t!(
                    "cal-due-title",
                    action = a.text.clone(),
                    name = profile.name.clone()
                ),
                description: if a.owner.is_empty() {
                    crate::t!("cal-due-description")
                } else {
                    crate::t!("cal-due-description-owner", owner = a.owner.clone())
                },
                when: When::AllDay(due),
                profile: profile.id.clone(),
            })
        })
        .collect()
}

/// The plan's review date, when set.
#[must_use]
pub fn review(profile: &Profile) -> Option<CalEvent> {
    let date = profile.plan.review_date?;
    Some(CalEvent {
        uid: format!("plan-review.{}@lodestar", profile.id),
        kind: Kind::Review,
        title: crate::t!("cal-review-title", name = profile.name.clone()),
        description: crate::t!("cal-review-description"),
        when: When::AllDay(date),
        profile: profile.id.clone(),
    })
}

/// Every dated thing of `profile`: the next session, open actions due,
/// the review; by date.
#[must_use]
pub fn all(profile: &Profile) -> Vec<CalEvent> {
    let mut all: Vec<CalEvent> = next_session(profile)
        .into_iter()
        .chain(actions_due(profile))
        .chain(review(profile))
        .collect();
    all.sort_by_key(|e| e.when.date());
    all
}

/// Everything of `profile` on or after `from`.
#[must_use]
pub fn upcoming(profile: &Profile, from: Date) -> Vec<CalEvent> {
    let mut all = all(profile);
    all.retain(|e| e.when.date() >= from);
    all
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProfileId, Session};
    use jiff::civil::{date, time};

    fn profile() -> Profile {
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "Dana").expect("name");
        p.coach = "Sam".into();
        p
    }

    #[test]
    fn the_next_session_comes_from_the_latest_session_and_keeps_its_uid() {
        let mut p = profile();
        assert!(next_session(&p).is_none());
        let mut first = Session::new(date(2026, 10, 1));
        first.next_date = Some(date(2026, 10, 15));
        let mut second = Session::new(date(2026, 10, 15));
        second.next_date = Some(date(2026, 11, 5));
        second.next_time = Some(time(9, 30, 0, 0));
        second.next_minutes = 45;
        p.sessions = vec![second.clone(), first];
        let e = next_session(&p).expect("one");
        assert_eq!(
            e.when,
            When::At {
                date: date(2026, 11, 5),
                time: time(9, 30, 0, 0),
                minutes: 45
            }
        );
        assert_eq!(e.title, "Coaching session: Dana with Sam");
        // Moved to another day: the same event, moved.
        p.sessions[0].next_date = Some(date(2026, 11, 6));
        let moved = next_session(&p).expect("one");
        assert_eq!(moved.uid, e.uid);
        assert_eq!(moved.when.date(), date(2026, 11, 6));
        // No time agreed: the whole day.
        p.sessions[0].next_time = None;
        assert_eq!(
            next_session(&p).expect("one").when,
            When::AllDay(date(2026, 11, 6))
        );
    }

    #[test]
    fn open_actions_with_due_dates_and_the_review_are_upcoming() {
        let mut p = profile();
        let mut s = Session::new(date(2026, 10, 1));
        let mut a = crate::model::session::Action::new("Run the stand-up");
        a.due = Some(date(2026, 10, 20));
        let mut done = crate::model::session::Action::new("Done already");
        done.due = Some(date(2026, 10, 21));
        done.status = ActionStatus::Done;
        let no_date = crate::model::session::Action::new("Someday");
        s.actions = vec![a, done, no_date];
        p.sessions.push(s);
        p.plan.review_date = Some(date(2027, 1, 15));
        let all = upcoming(&p, date(2026, 10, 1));
        let titles: Vec<&str> = all.iter().map(|e| e.title.as_str()).collect();
        assert_eq!(
            titles,
            [
                "Due: Run the stand-up (Dana)",
                "Review the development plan: Dana"
            ]
        );
        assert!(
            upcoming(&p, date(2026, 12, 1)).len() == 1,
            "past ones left out"
        );
        let uids: std::collections::HashSet<&str> = all.iter().map(|e| e.uid.as_str()).collect();
        assert_eq!(uids.len(), all.len(), "every uid its own");
    }
}
