//! What is due, across every profile: sessions today and in the coming
//! week, actions due today or past their due date, plans whose review date has passed.
//! A short list a person can act on at a glance, soonest and most
//! pressing first.

use jiff::civil::Date;

use super::ProfileId;
use super::calendar::{CalEvent, Kind, When};
use crate::t;

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
            DueWhat::SessionToday(Some(t)) => {
                t!(
                    "due-session-today-at",
                    time = t.strftime("%H:%M").to_string()
                )
            }
            DueWhat::SessionToday(None) => t!("due-session-today"),
            DueWhat::SessionSoon(d) => t!(
                "due-session-soon",
                weekday = crate::i18n::weekday(*d),
                date = crate::i18n::date(*d)
            ),
            DueWhat::SessionMissed(d) => t!("due-session-missed", date = crate::i18n::date(*d)),
            DueWhat::ActionsOverdue(n, d) => {
                t!("due-actions-overdue", n = *n, date = crate::i18n::date(*d))
            }
            DueWhat::ReviewPassed(d) => t!("due-review-passed", date = crate::i18n::date(*d)),
            DueWhat::ActionsToday(n) => t!("due-actions-today", n = *n),
        };
        t!("due-line", name = self.name.as_str(), what = what)
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
