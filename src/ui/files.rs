//! Everything the app reads or writes at the person's request: the file
//! dialogs, and the exports (plan, chart, summary, profile). The bytes of
//! a plan or a chart come from `crate::exports`, the same functions the
//! command line uses; this module adds the dialogs and the words for the
//! status line.
//!
//! A new kind of file to save goes here: a [`SaveDialog`] for it, and a
//! function returning what to [`Said`] about how it went.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use super::status::Said;
use crate::chart::layers::Choice;
use crate::exports;
use crate::model::Profile;
use crate::model::catalog::slug;
use crate::report::Paper;
use crate::store::{CatalogSet, Recipient, Store};
use crate::t;

/// A "Save as" dialog: its title, the file name it suggests after the
/// profile's name, and the kinds of file it offers.
pub struct SaveDialog {
    pub title: String,
    /// The end of the suggested name, after the profile's name: " plan.pdf".
    pub name_end: String,
    /// Each kind of file offered: its name, and its endings.
    pub filters: Vec<(String, &'static [&'static str])>,
}

impl SaveDialog {
    /// Asks where to save, suggesting a name made from the profile's name
    /// (never a path: a name with `/` or `..` in it stays one file name).
    #[must_use]
    pub fn ask(&self, profile: &Profile) -> Option<PathBuf> {
        self.ask_or(None, profile)
    }

    /// As [`Self::ask`], unless the answer is given already (a test driving
    /// the app answers the dialog this way).
    #[must_use]
    pub fn ask_or(&self, given: Option<PathBuf>, profile: &Profile) -> Option<PathBuf> {
        self.ask_named(given, &profile.name)
    }

    /// As [`Self::ask_or`], the suggested name made from `name`.
    #[must_use]
    pub fn ask_named(&self, given: Option<PathBuf>, name: &str) -> Option<PathBuf> {
        if given.is_some() {
            return given;
        }
        let mut dialog = rfd::FileDialog::new()
            .set_title(&self.title)
            .set_file_name(format!("{}{}", slug(name, "lodestar"), self.name_end));
        for (name, endings) in &self.filters {
            dialog = dialog.add_filter(name, endings);
        }
        dialog.save_file()
    }
}

/// The dialog for a spreadsheet export ("Export the ratings…").
#[must_use]
pub fn sheet_dialog(title: String, name_end: &str) -> SaveDialog {
    SaveDialog {
        title,
        name_end: name_end.to_owned(),
        filters: vec![(t!("filter-xlsx"), &["xlsx"]), (t!("filter-csv"), &["csv"])],
    }
}

/// What a spreadsheet export holds, for what is said about it.
#[derive(Clone, Copy)]
pub enum Sheet {
    /// A profile's ratings, actions and plan.
    Profile,
    /// The team's sheet.
    Team,
    /// A recommended list.
    List,
}

/// Writes a spreadsheet export to `path` (its ending says the format) and
/// says where it went.
#[must_use]
pub fn export_sheet(
    path: &Path,
    what: Sheet,
    write: impl FnOnce((&Path, exports::SheetFormat)) -> Result<Vec<PathBuf>, exports::ExportError>,
) -> Said {
    let written =
        exports::sheet_target(path, None).and_then(|(path, format)| write((&path, format)));
    match written {
        Ok(files) => {
            let names: Vec<String> = files.iter().map(|f| f.display().to_string()).collect();
            let files = names.join(", ");
            Said::Done(match what {
                Sheet::Profile => t!("sheet-profile-saved", files = files),
                Sheet::Team => t!("sheet-team-saved", files = files),
                Sheet::List => t!("sheet-list-saved", files = files),
            })
        }
        Err(e) => {
            let reason = e.to_string();
            Said::Failed(sentence(&match what {
                Sheet::Profile => t!("sheet-profile-not-saved", reason = reason),
                Sheet::Team => t!("sheet-team-not-saved", reason = reason),
                Sheet::List => t!("sheet-list-not-saved", reason = reason),
            }))
        }
    }
}

/// The dialog for exporting the plan.
#[must_use]
pub fn plan_dialog() -> SaveDialog {
    SaveDialog {
        title: t!("dialog-plan-title"),
        name_end: t!("dialog-plan-file-end"),
        filters: vec![
            ("PDF".to_owned(), &["pdf"]),
            ("Markdown".to_owned(), &["md"]),
            (t!("filter-html"), &["html"]),
        ],
    }
}

/// The dialog for exporting the chart.
#[must_use]
pub fn chart_dialog() -> SaveDialog {
    SaveDialog {
        title: t!("dialog-chart-title"),
        name_end: t!("dialog-chart-file-end"),
        filters: vec![(t!("filter-svg"), &["svg"]), (t!("filter-png"), &["png"])],
    }
}

/// The dialog for saving a session's summary.
#[must_use]
pub fn summary_dialog(date: &str) -> SaveDialog {
    SaveDialog {
        title: t!("dialog-summary-title"),
        name_end: t!("dialog-summary-file-end", date = date),
        filters: vec![("Markdown".to_owned(), &["md"])],
    }
}

/// The dialog for exporting a profile.
#[must_use]
pub fn profile_dialog() -> SaveDialog {
    SaveDialog {
        title: t!("dialog-profile-title"),
        name_end: ".json".to_owned(),
        filters: vec![(t!("filter-profile"), &["json"])],
    }
}

/// Asks for a profile file to import: one sent from another computer
/// (`.lodestar`) or exported (`.json`).
#[must_use]
pub fn pick_profile() -> Option<PathBuf> {
    rfd::FileDialog::new()
        .set_title(t!("dialog-import-title"))
        .add_filter(t!("filter-import"), &["lodestar", "json"])
        .pick_file()
}

/// The dialog for sending a profile.
#[must_use]
pub fn send_dialog(to: Recipient) -> SaveDialog {
    let (title, name_end) = match to {
        Recipient::Technician => (
            t!("dialog-send-technician-title"),
            t!("dialog-send-technician-file-end"),
        ),
        Recipient::Coach => (
            t!("dialog-send-coach-title"),
            t!("dialog-send-coach-file-end"),
        ),
    };
    SaveDialog {
        title,
        name_end,
        filters: vec![(t!("filter-send"), &["lodestar"])],
    }
}

/// Writes the file to send, then opens the folder it is in, ready to
/// attach to an email or a chat message.
#[must_use]
pub fn send_profile(
    store: &Store,
    profile: &Profile,
    to: Recipient,
    (path, show_folder): (&Path, bool),
) -> Said {
    let left_out = match store.send(profile, to, path) {
        Ok(left_out) => left_out,
        Err(e) => return Said::Failed(e.to_string()),
    };
    let shown = show_folder && path.parent().is_some_and(|dir| opener::open(dir).is_ok());
    // The folder is open: the name is enough. Else the whole path.
    let file = if shown {
        path.file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default()
    } else {
        path.display().to_string()
    };
    let mut said = match to {
        Recipient::Technician => t!("send-saved-technician", file = file),
        Recipient::Coach => t!("send-saved-coach", file = file),
    };
    if !left_out.is_empty() {
        said.push(' ');
        said.push_str(&t!("send-files-left-out", files = left_out.join(", ")));
    }
    Said::Done(said)
}

/// What the app needs to make a plan: where the coach's template is, the
/// lists, the profile and the date it is made on.
pub struct PlanSource<'a> {
    pub store: &'a Store,
    pub catalogs: &'a CatalogSet,
    pub profile: &'a Profile,
    pub today: Date,
    pub paper: Paper,
}

/// Saves the plan to `path` as PDF, Markdown or HTML by its ending (no
/// ending: PDF).
#[must_use]
pub fn export_plan(source: &PlanSource<'_>, path: &Path) -> Said {
    let written = exports::plan_target(path, None).and_then(|(path, format)| {
        let warning = exports::write_plan(
            source.store,
            source.catalogs,
            source.profile,
            source.today,
            (&path, format),
            source.paper,
        )?;
        Ok((path, warning))
    });
    match written {
        Ok((path, None)) => Said::Done(t!("plan-saved", path = path.display().to_string())),
        Ok((path, Some(w))) => Said::Warning(t!(
            "plan-saved-warning",
            path = path.display().to_string(),
            warning = w
        )),
        Err(e) => Said::Failed(sentence(&t!("plan-not-saved", reason = e.to_string()))),
    }
}

/// Writes the plan's PDF next to the profiles (`<config>/printed/`);
/// where, and the template warning if there was one.
///
/// # Errors
/// What went wrong, in words.
pub fn print_plan_file(source: &PlanSource<'_>) -> Result<(PathBuf, Option<String>), String> {
    let name = format!(
        "{}{}",
        slug(&source.profile.name, "profile"),
        t!("print-file-end", date = source.today.to_string())
    );
    let dir = source.store.root().join("printed");
    std::fs::create_dir_all(&dir).map_err(|e| {
        t!(
            "print-no-folder",
            folder = dir.display().to_string(),
            reason = e.to_string()
        )
    })?;
    let path = dir.join(name);
    let warning = exports::write_plan(
        source.store,
        source.catalogs,
        source.profile,
        source.today,
        (&path, crate::report::Format::Pdf),
        source.paper,
    )
    .map_err(|e| e.to_string())?;
    Ok((path, warning))
}

/// Makes the plan's PDF and opens it in the system's viewer, to print.
#[must_use]
pub fn print_plan(source: &PlanSource<'_>) -> Said {
    match print_plan_file(source) {
        Ok((path, warning)) => {
            let path_text = path.display().to_string();
            match (opener::open(&path), warning) {
                (Ok(()), None) => Said::Done(t!("print-opened", path = path_text)),
                (Ok(()), Some(w)) => {
                    Said::Warning(format!("{} {w}", t!("print-opened", path = path_text)))
                }
                (Err(e), _) => Said::Failed(t!(
                    "print-no-viewer",
                    path = path_text,
                    reason = e.to_string()
                )),
            }
        }
        Err(e) => Said::Failed(t!("print-not-made", reason = e)),
    }
}

/// Saves the chart with the layers of `choice` to `path`: SVG or PNG by
/// the name's ending (no ending: SVG).
#[must_use]
pub fn export_chart(
    catalogs: &CatalogSet,
    profile: &Profile,
    choice: &Choice,
    path: &Path,
) -> Said {
    let written = exports::chart_target(path).and_then(|(path, format)| {
        exports::write_chart(catalogs, profile, choice, (&path, format))?;
        Ok(path)
    });
    match written {
        Ok(path) => Said::Done(t!("chart-saved", path = path.display().to_string())),
        Err(e) => Said::Failed(sentence(&t!("chart-not-saved", reason = e.to_string()))),
    }
}

/// Saves the growth chart to `path`: SVG or PNG by the name's ending.
#[must_use]
pub fn export_growth_chart(catalogs: &CatalogSet, profile: &Profile, path: &Path) -> Said {
    let written = exports::chart_target(path).and_then(|(path, format)| {
        exports::write_growth_chart(catalogs, profile, (&path, format))?;
        Ok(path)
    });
    match written {
        Ok(path) => Said::Done(t!("growth-saved", path = path.display().to_string())),
        Err(e) => Said::Failed(sentence(&t!("growth-not-saved", reason = e.to_string()))),
    }
}

/// `text` ending with one full stop, whether the error in it had one or not.
fn sentence(text: &str) -> String {
    format!("{}.", text.trim_end().trim_end_matches('.'))
}

/// Saves a session's summary (Markdown) to `path`.
#[must_use]
pub fn save_summary(text: &str, path: &Path) -> Said {
    match crate::store::save_file(path, text.as_bytes()) {
        Ok(()) => Said::Done(t!("summary-saved", path = path.display().to_string())),
        Err(e) => Said::Failed(t!("summary-not-saved", reason = e.to_string())),
    }
}

/// Writes a profile to `path` as one file to keep or send.
#[must_use]
pub fn export_profile(store: &Store, profile: &Profile, path: &Path) -> Said {
    match store.export(profile, path) {
        Ok(()) => Said::Done(t!("profile-exported", path = path.display().to_string())),
        Err(e) => Said::Failed(e.to_string()),
    }
}

/// Opens the data folder in the system's file manager; what to say if not.
#[must_use]
pub fn open_folder(root: &Path) -> Option<Said> {
    opener::open(root).err().map(|e| {
        Said::Failed(t!(
            "folder-not-opened",
            reason = e.to_string(),
            folder = root.display().to_string()
        ))
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_message_ends_with_one_full_stop() {
        assert_eq!(
            super::sentence("Not saved: the disk is full."),
            "Not saved: the disk is full."
        );
        assert_eq!(
            super::sentence("Not saved: no list "),
            "Not saved: no list."
        );
    }
}
