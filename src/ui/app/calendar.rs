//! The shell's side of the calendar: a date of the open profile written as
//! an `.ics` file in the config folder (`calendar/`, one file per date, so
//! adding it again replaces the file and updates the event) and opened
//! with the system's calendar program; the coach's upcoming sessions saved
//! where the coach picks.

use super::{Command, LodestarApp};
use crate::model::calendar::{self, CalEvent};
use crate::t;
use crate::ui::command::CalendarItem;

impl LodestarApp {
    pub(super) fn run_calendar(&mut self, command: &Command) {
        match command {
            Command::AddToCalendar(item) => self.add_to_calendar(*item),
            Command::TeamCalendar => self.team_calendar(),
            _ => {}
        }
    }

    fn add_to_calendar(&mut self, item: CalendarItem) {
        let Some(open) = &self.open else { return };
        let profile = open.profile();
        let event: Option<CalEvent> = match item {
            CalendarItem::NextSession => calendar::next_session(profile),
            CalendarItem::Review => calendar::review(profile),
            CalendarItem::Action(id) => calendar::actions_due(profile)
                .into_iter()
                .find(|e| e.uid.starts_with(&format!("action-{}.", id.0))),
        };
        let Some(event) = event else {
            self.status.fail(t!("calendar-no-date"));
            return;
        };
        // A test (or a caller that chose) gives the file: written, not opened.
        let (path, open_it) = if let Some(path) = self.dialog_answer.take() {
            (path, false)
        } else {
            let name = event.uid.split('@').next().unwrap_or("event").to_owned();
            let path = self.store.root().join("calendar");
            (path.join(format!("{name}.ics")), true)
        };
        if let Some(dir) = path.parent()
            && let Err(e) = std::fs::create_dir_all(dir)
        {
            self.status.fail(t!(
                "calendar-no-folder",
                path = dir.display().to_string(),
                reason = e.to_string()
            ));
            return;
        }
        let tz = jiff::tz::TimeZone::system();
        if let Err(e) = crate::exports::write_calendar(
            std::slice::from_ref(&event),
            &path,
            &tz,
            jiff::Timestamp::now(),
        ) {
            self.status
                .fail(t!("calendar-not-written", reason = e.to_string()));
            return;
        }
        let what = t!(
            "calendar-event",
            title = event.title.as_str(),
            date = event.when.date().to_string()
        );
        let shown = path.display().to_string();
        if !open_it {
            self.status
                .ok(t!("calendar-saved", what = what, path = shown));
        } else if let Err(e) = opener::open(&path) {
            self.status.fail(t!(
                "calendar-saved-not-opened",
                what = what,
                path = shown,
                reason = e.to_string()
            ));
        } else {
            self.status.ok(t!("calendar-sent", what = what));
        }
    }

    fn team_calendar(&mut self) {
        let today = self.today();
        let events = crate::exports::team_sessions(&self.listing, today);
        if events.is_empty() {
            self.status.fail(t!("calendar-team-none"));
            return;
        }
        let given = self.dialog_answer.take();
        let dialog = crate::ui::files::SaveDialog {
            title: t!("dialog-team-calendar-title"),
            name_end: ".ics".to_owned(),
            filters: vec![(t!("filter-calendar"), &["ics"])],
        };
        let Some(path) = dialog.ask_named(given, &t!("dialog-team-calendar-name")) else {
            return;
        };
        let path = match crate::exports::calendar_target(&path) {
            Ok(path) => path,
            Err(e) => {
                self.status
                    .fail(t!("calendar-nothing-saved", reason = e.to_string()));
                return;
            }
        };
        let tz = jiff::tz::TimeZone::system();
        match crate::exports::write_calendar(&events, &path, &tz, jiff::Timestamp::now()) {
            Ok(()) => self.status.ok(t!(
                "calendar-team-saved",
                n = events.len(),
                path = path.display().to_string()
            )),
            Err(e) => self
                .status
                .fail(t!("calendar-not-written", reason = e.to_string())),
        }
    }
}
