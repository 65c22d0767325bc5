//! The shell's side of the calendar: a date of the open profile written as
//! an `.ics` file in the config folder (`calendar/`, one file per date, so
//! adding it again replaces the file and updates the event) and opened
//! with the system's calendar program; the coach's upcoming sessions saved
//! where the coach picks.

use super::{Command, LodestarApp};
use crate::model::calendar::{self, CalEvent};
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
            self.status
                .fail("There is no date to add yet: set the date first.");
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
            self.status
                .fail(format!("Could not make the folder {}: {e}", dir.display()));
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
                .fail(format!("The calendar file could not be written: {e}"));
            return;
        }
        let what = format!("“{}” on {}", event.title, event.when.date());
        if !open_it {
            self.status
                .ok(format!("Saved {what} as {}.", path.display()));
        } else if let Err(e) = opener::open(&path) {
            self.status.fail(format!(
                "Saved {what} as {}, but no calendar program opened it ({e}). Import that file into your calendar.",
                path.display()
            ));
        } else {
            self.status.ok(format!(
                "Sent {what} to your calendar program, with a reminder the day before. Adding it again updates it."
            ));
        }
    }

    fn team_calendar(&mut self) {
        let today = self.today();
        let events = crate::exports::team_sessions(&self.listing, today);
        if events.is_empty() {
            self.status.fail(
                "No technician has a next session on the calendar yet: set one at the end of a session.",
            );
            return;
        }
        let given = self.dialog_answer.take();
        let dialog = crate::ui::files::SaveDialog {
            title: "Save the upcoming sessions as a calendar file",
            name_end: ".ics".to_owned(),
            filters: &[("Calendar", &["ics"])],
        };
        let Some(path) = dialog.ask_named(given, "Coaching sessions") else {
            return;
        };
        let path = match crate::exports::calendar_target(&path) {
            Ok(path) => path,
            Err(e) => {
                self.status.fail(format!("Nothing was saved: {e}"));
                return;
            }
        };
        let tz = jiff::tz::TimeZone::system();
        match crate::exports::write_calendar(&events, &path, &tz, jiff::Timestamp::now()) {
            Ok(()) => self.status.ok(format!(
                "Saved {} upcoming session(s) as {}: import it into your calendar (again later to update them).",
                events.len(),
                path.display()
            )),
            Err(e) => self
                .status
                .fail(format!("The calendar file could not be written: {e}")),
        }
    }
}
