//! Calendar files (iCalendar, RFC 5545) for the dates of
//! `model::calendar`: written with the `icalendar` crate, each event with
//! its stable UID, a reminder the day before (at 09:00 for a whole-day
//! date), and times in UTC converted
//! from the person's time zone (which every calendar program shows in its
//! own local time).

use icalendar::{Alarm, Calendar, Component as _, EventLike as _, Trigger};
use jiff::tz::TimeZone;

use crate::model::calendar::{CalEvent, When};

/// Why a calendar file could not be made.
#[derive(Debug, thiserror::Error)]
pub enum IcsError {
    #[error("the date {0} is out of the range a calendar can hold")]
    OutOfRange(String),
}

/// The events as one calendar file. `tz` is the time zone the times were
/// agreed in; `now` stamps the file (and orders re-exports, so a calendar
/// takes the newer one).
///
/// A time skipped by a clock change is taken as the time after it, as
/// calendar programs do.
///
/// # Errors
/// A date a calendar cannot hold.
pub fn calendar(
    events: &[CalEvent],
    tz: &TimeZone,
    now: jiff::Timestamp,
) -> Result<String, IcsError> {
    let mut cal = Calendar::new();
    cal.name(&crate::t!("cal-name"));
    let stamp = utc(now)?;
    // Newer exports carry a higher sequence, so a calendar that has the
    // event already takes the changes (minutes since 2026 fit in 32 bits
    // for thousands of years).
    let sequence = u32::try_from((now.as_second() - 1_767_225_600).max(0) / 60).unwrap_or(0);
    for e in events {
        let mut event = icalendar::Event::new();
        event
            .uid(&e.uid)
            .summary(&e.title)
            .description(&e.description)
            .timestamp(stamp)
            .sequence(sequence);
        match e.when {
            When::At {
                date,
                time,
                minutes,
            } => {
                let start = date
                    .to_datetime(time)
                    .to_zoned_datetime(tz.clone())
                    .map_err(|_| IcsError::OutOfRange(date.to_string()))?;
                let end = start
                    .checked_add(jiff::SignedDuration::from_mins(i64::from(minutes)))
                    .map_err(|_| IcsError::OutOfRange(date.to_string()))?;
                event
                    .starts(utc(start.timestamp())?)
                    .ends(utc(end.timestamp())?);
            }
            When::AllDay(date) => {
                // The end is the next day: RFC 5545's DTEND is exclusive
                // (the crate's `all_day` writes the same day, which some
                // calendars read as no length at all).
                let next = date
                    .tomorrow()
                    .map_err(|_| IcsError::OutOfRange(date.to_string()))?;
                event.starts(naive(date)?).ends(naive(next)?);
            }
        }
        // The day before: a day ahead of a session's time; at 09:00 the
        // day before a whole-day date (not at midnight).
        let ahead = match e.when {
            When::At { .. } => chrono::Duration::days(1),
            When::AllDay(_) => chrono::Duration::hours(15),
        };
        event.alarm(Alarm::display(
            &crate::t!("cal-tomorrow", title = e.title.clone()),
            Trigger::before_start(ahead),
        ));
        cal.push(event.done());
    }
    Ok(cal.done().to_string())
}

fn utc(t: jiff::Timestamp) -> Result<chrono::DateTime<chrono::Utc>, IcsError> {
    chrono::DateTime::from_timestamp(t.as_second(), 0)
        .ok_or_else(|| IcsError::OutOfRange(t.to_string()))
}

fn naive(d: jiff::civil::Date) -> Result<chrono::NaiveDate, IcsError> {
    chrono::NaiveDate::from_ymd_opt(
        i32::from(d.year()),
        u32::from(d.month().unsigned_abs()),
        u32::from(d.day().unsigned_abs()),
    )
    .ok_or_else(|| IcsError::OutOfRange(d.to_string()))
}
