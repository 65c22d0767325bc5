//! What is due, across every profile: sessions today and in the coming
//! week, actions due today or past their due date, plans whose review date has passed.
//! A short list a person can act on at a glance, soonest and most
//! pressing first.

use jiff::civil::Date;

use super::ProfileId;
use super::calendar::{CalEvent, Kind, When};

/// One thing to act on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub profile: ProfileId,
    pub name: String,
    pub what: DueWhat,
}

/// What is due.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DueWhat {
    /// A session today (at a time, when agreed).
    SessionToday(Option<jiff::civil::Time>),
    /// A session in the next six days.
    SessionSoon(Date),
    /// A session whose date passed with no session held since.
    SessionMissed(Date),
    /// Open actions past their due date, and the earliest.
    ActionsOverdue(usize, Date),
    /// Open actions due today.
    ActionsToday(usize),
    /// The plan's review date passed.
    ReviewPassed(Date),
}

impl Due {
    /// In words, for the line: "Dana Ortiz: session today at 09:30".
    #[must_use]
    pub fn words(&self) -> String {
        let what = match &self.what {
            DueWhat::SessionToday(Some(t)) => format!("session today at {}", t.strftime("%H:%M")),
            DueWhat::SessionToday(None) => "session today".to_owned(),
            DueWhat::SessionSoon(d) => format!("session on {} {d}", weekday(*d)),
            DueWhat::SessionMissed(d) => format!("session of {d} not held yet"),
            DueWhat::ActionsOverdue(1, d) => format!("1 action overdue (due {d})"),
            DueWhat::ActionsOverdue(n, d) => format!("{n} actions overdue (since {d})"),
            DueWhat::ReviewPassed(d) => format!("plan review was due {d}"),
            DueWhat::ActionsToday(1) => "1 action due today".to_owned(),
            DueWhat::ActionsToday(n) => format!("{n} actions due today"),
        };
        format!("{}: {what}", self.name)
    }

    fn rank(&self) -> (u8, Date) {
        match &self.what {
            DueWhat::SessionToday(_) => (0, Date::MIN),
            DueWhat::ActionsOverdue(_, d) => (1, *d),
            DueWhat::ActionsToday(_) => (1, Date::MAX),
            DueWhat::SessionMissed(d) => (2, *d),
            DueWhat::ReviewPassed(d) => (3, *d),
            DueWhat::SessionSoon(d) => (4, *d),
        }
    }
}

fn weekday(d: Date) -> &'static str {
    use jiff::civil::Weekday;
    match d.weekday() {
        Weekday::Monday => "Monday",
        Weekday::Tuesday => "Tuesday",
        Weekday::Wednesday => "Wednesday",
        Weekday::Thursday => "Thursday",
        Weekday::Friday => "Friday",
        Weekday::Saturday => "Saturday",
        Weekday::Sunday => "Sunday",
    }
}

/// What is due on `today` for each profile (`id`, name, its dated
/// events), most pressing first.
#[must_use]
pub fn due<'a>(
    profiles: impl IntoIterator<Item = (&'a ProfileId, &'a str, &'a [CalEvent])>,
    today: Date,
) -> Vec<Due> {
    let week_end = today
        .checked_add(jiff::Span::new().days(6))
        .unwrap_or(today);
    let mut found = Vec::new();
    for (id, name, events) in profiles {
        let mut push = |what| {
            found.push(Due {
                profile: id.clone(),
                name: name.to_owned(),
                what,
            });
        };
        let mut overdue: Option<(usize, Date)> = None;
        let mut today_count = 0;
        for e in events {
            let date = e.when.date();
            match e.kind {
                Kind::Session if date == today => push(DueWhat::SessionToday(match e.when {
                    When::At { time, .. } => Some(time),
                    When::AllDay(_) => None,
                })),
                Kind::Session if date > today && date <= week_end => {
                    push(DueWhat::SessionSoon(date));
                }
                Kind::Session if date < today => push(DueWhat::SessionMissed(date)),
                Kind::ActionDue if date < today => {
                    overdue = Some(overdue.map_or((1, date), |(n, d)| (n + 1, d.min(date))));
                }
                Kind::ActionDue if date == today => today_count += 1,
                Kind::Review if date < today => push(DueWhat::ReviewPassed(date)),
                _ => {}
            }
        }
        if let Some((n, d)) = overdue {
            push(DueWhat::ActionsOverdue(n, d));
        }
        if today_count > 0 {
            push(DueWhat::ActionsToday(today_count));
        }
    }
    found.sort_by(|a, b| a.rank().cmp(&b.rank()).then(a.name.cmp(&b.name)));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::calendar::{CalEvent, Kind, When};
    use jiff::civil::{date, time};

    fn ev(kind: Kind, when: When) -> CalEvent {
        CalEvent {
            uid: String::new(),
            kind,
            title: String::new(),
            description: String::new(),
            when,
            profile: ProfileId::parse("x").expect("id"),
        }
    }

    #[test]
    fn what_is_due_comes_most_pressing_first_in_words() {
        let today = date(2026, 12, 1); // a Tuesday
        let (a, b, c) = (
            ProfileId::parse("a").expect("id"),
            ProfileId::parse("b").expect("id"),
            ProfileId::parse("c").expect("id"),
        );
        let dana = vec![
            ev(
                Kind::Session,
                When::At {
                    date: today,
                    time: time(9, 30, 0, 0),
                    minutes: 60,
                },
            ),
            ev(Kind::ActionDue, When::AllDay(date(2026, 11, 20))),
            ev(Kind::ActionDue, When::AllDay(date(2026, 11, 25))),
            ev(Kind::ActionDue, When::AllDay(date(2026, 12, 10))),
            ev(Kind::ActionDue, When::AllDay(today)),
        ];
        let kwame = vec![
            ev(Kind::Session, When::AllDay(date(2026, 12, 4))),
            ev(Kind::Review, When::AllDay(date(2026, 11, 30))),
        ];
        let lee = vec![
            ev(Kind::Session, When::AllDay(date(2026, 12, 20))),
            ev(Kind::Review, When::AllDay(date(2027, 1, 5))),
        ];
        let all = due(
            [
                (&a, "Dana", dana.as_slice()),
                (&b, "Kwame", kwame.as_slice()),
                (&c, "Lee", lee.as_slice()),
            ],
            today,
        );
        let words: Vec<String> = all.iter().map(Due::words).collect();
        assert_eq!(
            words,
            [
                "Dana: session today at 09:30",
                "Dana: 2 actions overdue (since 2026-11-20)",
                "Dana: 1 action due today",
                "Kwame: plan review was due 2026-11-30",
                "Kwame: session on Friday 2026-12-04",
            ]
        );
        assert_eq!(all[3].profile, b);
    }
}
