//! One path for every export: the development plan (PDF, Markdown, HTML),
//! the radar chart (SVG, PNG) and the tables for spreadsheets (a profile,
//! the team, a list: `.xlsx` or CSV), for the command line and the app
//! alike.
//! Both call these functions, so a file made from either is the same file.
//!
//! A new export format goes here (its name ending in `*_target`, its
//! bytes from `report` or `chart`), and both the CLI and the app have it.

use std::path::{Path, PathBuf};

use jiff::civil::Date;

use crate::chart::export::{self as chart_export, Format as ChartFormat};
use crate::chart::layers::{self, Choice};
use crate::model::Profile;
use crate::report::{self, Format as PlanFormat, Paper, Rendered};
use crate::store::{CatalogSet, Store, StoreError};

/// Why an export made no file.
#[derive(Debug)]
pub enum ExportError {
    NoCatalog,
    Ending {
        what: &'static str,
        endings: &'static str,
        path: PathBuf,
    },
    Store(StoreError),
    Pdf(report::pdf::PdfError),
    NoGrowth {
        name: String,
    },
    NoChart {
        name: String,
        why: layers::NoChart,
    },
    Chart(crate::chart::ChartError),
    Sheet(String),
    Calendar(report::ics::IcsError),
}

impl From<StoreError> for ExportError {
    fn from(e: StoreError) -> Self {
        ExportError::Store(e)
    }
}

impl From<report::pdf::PdfError> for ExportError {
    fn from(e: report::pdf::PdfError) -> Self {
        ExportError::Pdf(e)
    }
}

impl From<crate::chart::ChartError> for ExportError {
    fn from(e: crate::chart::ChartError) -> Self {
        ExportError::Chart(e)
    }
}

impl From<report::ics::IcsError> for ExportError {
    fn from(e: report::ics::IcsError) -> Self {
        ExportError::Calendar(e)
    }
}

impl std::error::Error for ExportError {}

impl std::fmt::Display for ExportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        f.write_str(&match self {
            ExportError::NoCatalog => t!("export-no-list"),
            ExportError::Ending {
                what,
                endings,
                path,
            } => t!(
                "export-ending",
                what = what.replace(' ', "-"),
                endings = *endings,
                path = path.display().to_string()
            ),
            ExportError::Store(e) => e.to_string(),
            ExportError::Pdf(e) => e.to_string(),
            ExportError::NoGrowth { name } => t!("export-no-growth", name = name.clone()),
            ExportError::NoChart { name, why } => t!(
                "export-no-chart",
                name = name.clone(),
                reason = why.to_string()
            ),
            ExportError::Chart(e) => e.to_string(),
            ExportError::Sheet(reason) => t!("export-sheet", reason = reason.clone()),
            ExportError::Calendar(e) => t!("export-calendar", reason = e.to_string()),
        })
    }
}

/// Spreadsheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SheetFormat {
    /// One workbook, a sheet per table.
    Xlsx,
    /// One CSV file per table.
    Csv,
}

/// The file and format a spreadsheet export writes: the format given, else
/// the name's ending; a name without an ending gets `.xlsx`.
///
/// # Errors
/// [`ExportError::Ending`] for an ending that is not a spreadsheet format.
pub fn sheet_target(
    path: &Path,
    format: Option<SheetFormat>,
) -> Result<(PathBuf, SheetFormat), ExportError> {
    let mut path = path.to_path_buf();
    if path.extension().is_none() {
        path.set_extension(match format {
            Some(SheetFormat::Csv) => "csv",
            _ => "xlsx",
        });
    }
    let ending = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    match (format, ending.as_str()) {
        (Some(SheetFormat::Xlsx), "csv") => Ok((path.with_extension("xlsx"), SheetFormat::Xlsx)),
        (Some(SheetFormat::Csv), "xlsx") => Ok((path.with_extension("csv"), SheetFormat::Csv)),
        (Some(f), _) => Ok((path, f)),
        (None, "xlsx") => Ok((path, SheetFormat::Xlsx)),
        (None, "csv") => Ok((path, SheetFormat::Csv)),
        _ => Err(ExportError::Ending {
            what: "spreadsheet",
            endings: ".xlsx, .csv",
            path,
        }),
    }
}

/// Writes `tables` to `path`: one workbook, or one CSV file per table (the
/// first at `path`, the others beside it, named "<name> – <table>.csv").
/// Returns every file written.
///
/// # Errors
/// A writer error, or a file that cannot be written.
pub fn write_tables(
    tables: &[report::tables::Table],
    (path, format): (&Path, SheetFormat),
) -> Result<Vec<PathBuf>, ExportError> {
    match format {
        SheetFormat::Xlsx => {
            let bytes = report::tables::xlsx(tables).map_err(ExportError::Sheet)?;
            crate::store::save_file(path, &bytes)?;
            Ok(vec![path.to_path_buf()])
        }
        SheetFormat::Csv => {
            let mut written = Vec::new();
            for (i, table) in tables.iter().enumerate() {
                let file = if i == 0 {
                    path.to_path_buf()
                } else {
                    let stem = path
                        .file_stem()
                        .map(|s| s.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    path.with_file_name(format!("{stem} – {}.csv", table.name.to_lowercase()))
                };
                crate::store::save_file(&file, &report::tables::csv(table))?;
                written.push(file);
            }
            Ok(written)
        }
    }
}

/// A profile's ratings history, actions and plan for a spreadsheet.
///
/// # Errors
/// No list to read the profile with, or as [`write_tables`].
pub fn write_profile_sheet(
    catalogs: &CatalogSet,
    profile: &Profile,
    target: (&Path, SheetFormat),
) -> Result<Vec<PathBuf>, ExportError> {
    let (catalog, _) = catalogs
        .for_profile(&profile.catalog)
        .ok_or(ExportError::NoCatalog)?;
    write_tables(&report::tables::profile_tables(profile, catalog), target)
}

/// The whole team (every profile here) as one sheet: technicians × skills,
/// latest levels with targets.
///
/// # Errors
/// As [`write_tables`] (a profile that cannot be read is left out, as in
/// the listing).
pub fn write_team_sheet(
    store: &Store,
    catalogs: &CatalogSet,
    target: (&Path, SheetFormat),
) -> Result<Vec<PathBuf>, ExportError> {
    let listing = store.list();
    write_tables(&[team_sheet(&listing.profiles, catalogs)], target)
}

/// The team sheet of the profiles listed.
#[must_use]
pub fn team_sheet(
    profiles: &[crate::store::ProfileSummary],
    catalogs: &CatalogSet,
) -> report::tables::Table {
    let team: Vec<report::tables::Member<'_>> = profiles
        .iter()
        .filter_map(|p| {
            let (catalog, _) = catalogs.for_profile(&p.standing.catalog)?;
            Some(report::tables::Member {
                name: &p.name,
                role: &p.role,
                standing: &p.standing,
                catalog,
            })
        })
        .collect();
    report::tables::team_table(&team)
}

/// A list in the columns the framework import reads, to share with
/// another coach.
///
/// # Errors
/// As [`write_tables`].
pub fn write_list_sheet(
    catalog: &crate::model::Catalog,
    target: (&Path, SheetFormat),
) -> Result<Vec<PathBuf>, ExportError> {
    write_tables(&[report::tables::list_table(catalog)], target)
}

/// The file and format a plan export writes: the format given, else the
/// one the name's ending asks for; a name without an ending gets `.pdf`.
///
/// # Errors
/// [`ExportError::Ending`] for an ending that is not a plan format.
pub fn plan_target(
    path: &Path,
    format: Option<PlanFormat>,
) -> Result<(PathBuf, PlanFormat), ExportError> {
    let mut path = path.to_path_buf();
    if let Some(format) = format {
        return Ok((path, format));
    }
    if path.extension().is_none() {
        path.set_extension("pdf");
    }
    match PlanFormat::from_path(&path) {
        Some(format) => Ok((path, format)),
        None => Err(ExportError::Ending {
            what: "plan",
            endings: ".pdf, .md, .html",
            path,
        }),
    }
}

/// The file and format a chart export writes: by the name's ending; a name
/// without one gets `.svg`.
///
/// # Errors
/// [`ExportError::Ending`] for an ending that is not a picture format.
pub fn chart_target(path: &Path) -> Result<(PathBuf, ChartFormat), ExportError> {
    let mut path = path.to_path_buf();
    if path.extension().is_none() {
        path.set_extension("svg");
    }
    match ChartFormat::from_path(&path) {
        Some(format) => Ok((path, format)),
        None => Err(ExportError::Ending {
            what: "chart",
            endings: ".svg, .png",
            path,
        }),
    }
}

/// The plan of `profile` as of `today`, laid out by the coach's own
/// template when there is one (a warning comes back when it failed and
/// the built-in layout was used).
///
/// # Errors
/// No list to read the profile with, an unreadable template, a PDF error.
pub fn plan(
    store: &Store,
    catalogs: &CatalogSet,
    profile: &Profile,
    today: Date,
    format: PlanFormat,
    paper: Paper,
) -> Result<Rendered, ExportError> {
    let (catalog, _) = catalogs
        .for_profile(&profile.catalog)
        .ok_or(ExportError::NoCatalog)?;
    let doc = report::Document::build(profile, catalog, today);
    let custom = store.custom_template()?;
    let template = store.template_path();
    Ok(report::render(
        &doc,
        format,
        paper,
        custom.as_deref().map(|t| (template.as_path(), t)),
    )?)
}

/// Writes the plan to `path` (see [`plan`]); returns the template warning.
///
/// # Errors
/// As [`plan`], and when the file cannot be written.
pub fn write_plan(
    store: &Store,
    catalogs: &CatalogSet,
    profile: &Profile,
    today: Date,
    (path, format): (&Path, PlanFormat),
    paper: Paper,
) -> Result<Option<String>, ExportError> {
    let rendered = plan(store, catalogs, profile, today, format, paper)?;
    crate::store::save_file(path, &rendered.bytes)?;
    Ok(rendered.warning)
}

/// The radar chart of `profile` with the layers of `choice`.
///
/// # Errors
/// No list, nothing rated, too few skills, a drawing error.
pub fn chart(
    catalogs: &CatalogSet,
    profile: &Profile,
    choice: &Choice,
    format: ChartFormat,
) -> Result<Vec<u8>, ExportError> {
    let (catalog, _) = catalogs
        .for_profile(&profile.catalog)
        .ok_or(ExportError::NoCatalog)?;
    let chart = layers::build(profile, catalog, choice).map_err(|why| ExportError::NoChart {
        name: profile.name.clone(),
        why,
    })?;
    Ok(chart_export::render(&chart, format)?)
}

/// Writes the chart to `path` (see [`chart`]).
///
/// # Errors
/// As [`chart`], and when the file cannot be written.
pub fn write_chart(
    catalogs: &CatalogSet,
    profile: &Profile,
    choice: &Choice,
    (path, format): (&Path, ChartFormat),
) -> Result<(), ExportError> {
    let bytes = chart(catalogs, profile, choice, format)?;
    crate::store::save_file(path, &bytes)?;
    Ok(())
}

/// The growth chart of `profile` (each skill's ratings over time) as a
/// file's bytes.
///
/// # Errors
/// No list, fewer than two assessments, or a drawing error.
pub fn growth_chart(
    catalogs: &CatalogSet,
    profile: &Profile,
    format: ChartFormat,
) -> Result<Vec<u8>, ExportError> {
    let (catalog, _) = catalogs
        .for_profile(&profile.catalog)
        .ok_or(ExportError::NoCatalog)?;
    let chart = crate::chart::growth::build(profile, catalog).ok_or(ExportError::NoGrowth {
        name: profile.name.clone(),
    })?;
    Ok(chart_export::render_growth(&chart, format)?)
}

/// Writes the growth chart to `path` (see [`growth_chart`]).
///
/// # Errors
/// As [`growth_chart`], and when the file cannot be written.
pub fn write_growth_chart(
    catalogs: &CatalogSet,
    profile: &Profile,
    (path, format): (&Path, ChartFormat),
) -> Result<(), ExportError> {
    let bytes = growth_chart(catalogs, profile, format)?;
    crate::store::save_file(path, &bytes)?;
    Ok(())
}

/// The file a calendar export writes: a name without an ending gets `.ics`.
///
/// # Errors
/// [`ExportError::Ending`] for another ending.
pub fn calendar_target(path: &Path) -> Result<PathBuf, ExportError> {
    let mut path = path.to_path_buf();
    if path.extension().is_none() {
        path.set_extension("ics");
    }
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ics"))
    {
        Ok(path)
    } else {
        Err(ExportError::Ending {
            what: "calendar file",
            endings: ".ics",
            path,
        })
    }
}

/// The next sessions of every profile listed, on or after `today`, soonest
/// first: the coach's calendar.
#[must_use]
pub fn team_sessions(
    profiles: &[crate::store::ProfileSummary],
    today: Date,
) -> Vec<crate::model::calendar::CalEvent> {
    let mut events: Vec<_> = profiles
        .iter()
        .flat_map(|p| &p.coaching.events)
        .filter(|e| e.kind == crate::model::calendar::Kind::Session && e.when.date() >= today)
        .cloned()
        .collect();
    events.sort_by_key(|e| e.when.date());
    events
}

/// Writes `events` as one calendar file (times agreed in `tz`, stamped
/// `now`). Writing it again with changes updates the same events.
///
/// # Errors
/// A date a calendar cannot hold, or the file cannot be written.
pub fn write_calendar(
    events: &[crate::model::calendar::CalEvent],
    path: &Path,
    tz: &jiff::tz::TimeZone,
    now: jiff::Timestamp,
) -> Result<(), ExportError> {
    let text = report::ics::calendar(events, tz, now)?;
    crate::store::save_file(path, text.as_bytes())?;
    Ok(())
}

/// `path` with the form's ending (.html added when it has none).
///
/// # Errors
/// Another ending.
pub fn feedback_form_target(path: &Path) -> Result<PathBuf, ExportError> {
    let mut path = path.to_path_buf();
    if path.extension().is_none() {
        path.set_extension("html");
    }
    if path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
    {
        Ok(path)
    } else {
        Err(ExportError::Ending {
            what: "feedback form",
            endings: ".html",
            path,
        })
    }
}

/// The request a form is made for: the newest one when `again` (and there
/// is one), else a new one for every skill of the profile's list, made
/// `today` (to be added to the profile).
#[must_use]
pub fn feedback_request(
    profile: &Profile,
    catalog: &crate::model::Catalog,
    again: bool,
    today: Date,
) -> (crate::model::feedback::FeedbackRequest, bool) {
    match crate::model::colleagues::newest_request(profile).filter(|_| again) {
        Some(r) => (r.clone(), false),
        None => (
            crate::model::feedback::FeedbackRequest::new(catalog, today),
            true,
        ),
    }
}

/// Writes the feedback form for `request` to `path`.
///
/// # Errors
/// When the file cannot be written.
pub fn write_feedback_form(
    profile: &Profile,
    catalog: &crate::model::Catalog,
    request: &crate::model::feedback::FeedbackRequest,
    path: &Path,
) -> Result<(), ExportError> {
    let html = report::feedback_form::form(profile, catalog, request);
    crate::store::save_file(path, html.as_bytes())?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn targets_add_the_default_ending_and_refuse_others() {
        let (p, f) = plan_target(Path::new("out/plan"), None).expect("pdf");
        assert_eq!(
            (p.as_path(), f),
            (Path::new("out/plan.pdf"), PlanFormat::Pdf)
        );
        let (_, f) = plan_target(Path::new("plan.HTM"), None).expect("html");
        assert_eq!(f, PlanFormat::Html);
        let (p, f) = plan_target(Path::new("plan.txt"), Some(PlanFormat::Markdown)).expect("given");
        assert_eq!(
            (p.as_path(), f),
            (Path::new("plan.txt"), PlanFormat::Markdown)
        );
        let e = plan_target(Path::new("plan.docx"), None).expect_err("not a plan format");
        assert!(e.to_string().contains(".pdf, .md, .html"), "{e}");
        let (p, f) = chart_target(Path::new("radar")).expect("svg");
        assert_eq!((p.as_path(), f), (Path::new("radar.svg"), ChartFormat::Svg));
        let e = chart_target(Path::new("radar.jpg")).expect_err("not a picture format");
        assert!(e.to_string().contains(".svg, .png"), "{e}");
    }
}
