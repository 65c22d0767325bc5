//! The shell's commands that write files at the person's request: the
//! profile, the chart, the plan (printed or exported), a session's summary.
//! The dialogs and the words are in `ui::files`, the bytes in `exports`.

use std::path::{Path, PathBuf};

use super::LodestarApp;
use crate::model::coaching::{self, SummaryFormat};
use crate::t;
use crate::ui::command::Command;
use crate::ui::files::{self, PlanSource};
use crate::ui::open::OpenProfile;

impl LodestarApp {
    /// The commands that ask where to save something, or open something.
    pub(super) fn run_files(&mut self, command: &Command) {
        let Some(open) = &self.open else {
            if *command == Command::OpenDataFolder
                && let Some(said) = files::open_folder(self.store.root())
            {
                self.status.say(said);
            }
            return;
        };
        let profile = open.profile();
        let given = self.dialog_answer.take();
        let shown_folder = given.is_none();
        let said = match command {
            Command::Export => files::profile_dialog()
                .ask_or(given, profile)
                .map(|path| files::export_profile(&self.store, profile, &path)),
            Command::Send(to) => files::send_dialog(*to)
                .ask_or(given, profile)
                .map(|path| files::send_profile(&self.store, profile, *to, (&path, shown_folder))),
            Command::ExportChart => files::chart_dialog().ask_or(given, profile).map(|path| {
                files::export_chart(&self.catalogs, profile, &open.progress.choice, &path)
            }),
            Command::ExportGrowthChart => files::chart_dialog()
                .ask_or(given, profile)
                .map(|path| files::export_growth_chart(&self.catalogs, profile, &path)),
            Command::PrintPlan => Some(files::print_plan(&self.plan_source(open))),
            Command::ExportPlan => files::plan_dialog()
                .ask_or(given, profile)
                .map(|path| files::export_plan(&self.plan_source(open), &path)),
            Command::SaveSummary => {
                let date = open
                    .session
                    .as_ref()
                    .and_then(|live| profile.sessions.get(live.index))
                    .map(|s| s.date.to_string())
                    .unwrap_or_default();
                let text = self.summary_text(SummaryFormat::Markdown);
                text.and_then(|text| {
                    let path = files::summary_dialog(&date).ask_or(given, profile)?;
                    Some(files::save_summary(&text, &path))
                })
            }
            Command::OpenDataFolder => files::open_folder(self.store.root()),
            Command::ExportSheet => {
                files::sheet_dialog(t!("dialog-sheet-title"), &t!("dialog-sheet-file-end"))
                    .ask_or(given, profile)
                    .map(|path| {
                        files::export_sheet(&path, files::Sheet::Profile, |target| {
                            crate::exports::write_profile_sheet(&self.catalogs, profile, target)
                        })
                    })
            }
            _ => None,
        };
        if let Some(said) = said {
            self.status.say(said);
        }
    }

    fn plan_source<'a>(&'a self, open: &'a OpenProfile) -> PlanSource<'a> {
        PlanSource {
            store: &self.store,
            catalogs: &self.catalogs,
            profile: open.profile(),
            today: self.today(),
            paper: open.plan.paper,
        }
    }

    /// Saves the plan to `path` as PDF, Markdown or HTML by its ending (no
    /// ending: PDF). Says how it went in the status line.
    pub fn export_plan_to(&mut self, path: &Path) {
        let Some(open) = &self.open else { return };
        let said = files::export_plan(&self.plan_source(open), path);
        self.status.say(said);
    }

    /// Writes the plan's PDF next to the profiles (`<config>/printed/`) and
    /// returns where.
    ///
    /// # Errors
    /// What went wrong, in words.
    pub fn print_plan_file(&mut self) -> Result<PathBuf, String> {
        let open = self.open.as_ref().ok_or_else(String::new)?;
        let (path, warning) = files::print_plan_file(&self.plan_source(open))?;
        if let Some(w) = warning {
            self.status.fail(w);
        }
        Ok(path)
    }

    /// Saves the Progress chart, with the layers now shown, to `path`: SVG
    /// or PNG by the name's ending (no ending: SVG is added).
    pub fn export_chart_to(&mut self, path: &Path) {
        let Some(open) = &self.open else { return };
        let said = files::export_chart(&self.catalogs, open.profile(), &open.progress.choice, path);
        self.status.say(said);
    }

    /// Saves the shown session's summary as Markdown to `path`.
    pub fn save_summary_to(&mut self, path: &Path) {
        if let Some(text) = self.summary_text(SummaryFormat::Markdown) {
            self.status.say(files::save_summary(&text, path));
        }
    }

    pub(super) fn summary_text(&self, format: SummaryFormat) -> Option<String> {
        let (open, catalog) = self.open_with_catalog()?;
        let live = open.session.as_ref()?;
        Some(coaching::summary(
            open.profile(),
            catalog,
            live.index,
            live.include_private,
            format,
        ))
    }
}
