//! The command line: `lodestar` alone opens the app; the subcommands work
//! without a window, for scripts, batch work and quick looks.

use std::io::{IsTerminal as _, Write};
use std::path::{Path, PathBuf};

use anyhow::{Context as _, Result};
use clap::{Parser, Subcommand};

use crate::exports;
use crate::model::{Catalog, CatalogId, Matcher, compare};
use crate::store::Store;

/// Lodestar: leadership coaching for technicians.
#[derive(Debug, Parser)]
#[command(name = "lodestar", version, about, long_about = None)]
pub struct Cli {
    /// Use this folder for profiles and lists instead of the OS config
    /// folder (also: the `LODESTAR_CONFIG_DIR` environment variable).
    #[arg(long, global = true, value_name = "DIR")]
    pub config_dir: Option<PathBuf>,

    /// Speak this language for this run (a tag: en, de, fr, es, pt-BR),
    /// instead of the one chosen in the app or the system's.
    #[arg(long, global = true, value_name = "TAG")]
    pub lang: Option<String>,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Open the app (the default).
    Gui,
    /// Open the app and take in a profile file (what a double click on a
    /// `.lodestar` file does; `lodestar FILE` alone does the same), or a
    /// spreadsheet (.xlsx, .ods, .csv): its list import step.
    Open { file: PathBuf },
    /// List the profiles.
    Profiles,
    /// Compare a profile's have and want checklists with its recommended list.
    Compare {
        /// Profile id or name (or the start of either).
        profile: String,
        /// Compare with this list instead of the profile's own.
        #[arg(long, value_name = "ID")]
        catalog: Option<String>,
    },
    /// Take in a profile file (sent from the other computer, or exported):
    /// merged into the same profile when it is here, added otherwise. Or a
    /// colleague's answer file from a feedback form: added to the profile
    /// whose request it answers.
    Import {
        file: PathBuf,
        /// Add it as a separate profile even if it is here already.
        #[arg(long)]
        as_new: bool,
        /// Where both sides changed the same field, take theirs (default:
        /// keep yours).
        #[arg(long)]
        take_theirs: bool,
    },
    /// Write a profile to one file to send to the technician (never with
    /// the coach's private notes) or to the coach.
    Send {
        /// Profile id or name.
        profile: String,
        #[arg(long, value_enum)]
        to: RecipientArg,
        /// Where to write it (a name ending in .lodestar).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Export a profile to a single JSON file.
    ExportProfile {
        /// Profile id or name.
        profile: String,
        file: PathBuf,
    },
    /// List the recommended lists (built-in and your own).
    Catalogs,
    /// Import a competency framework from a spreadsheet (.xlsx, .ods) or
    /// CSV file. The columns are found from the headings (Skill,
    /// Description, Keywords, Level 1…Level 7, Strategies, Prompts) in any
    /// order, or given with --columns.
    ImportCatalog {
        file: PathBuf,
        /// The list's title (default: the file name).
        #[arg(long)]
        title: Option<String>,
        /// The sheet to read (default: the first with text).
        #[arg(long)]
        sheet: Option<String>,
        /// What each column holds, left to right, separated by commas:
        /// skill, description, keywords, level1 … level7, strategies,
        /// prompts, or - for a column to leave out. The first row is then
        /// read as headings unless --no-headings is given.
        #[arg(long, value_name = "LIST")]
        columns: Option<String>,
        /// With --columns: the first row is a skill, not headings.
        #[arg(long, requires = "columns")]
        no_headings: bool,
        /// The names of the levels, lowest first, separated by commas
        /// (default: from the headings).
        #[arg(long, value_name = "NAMES")]
        levels: Option<String>,
    },
    /// Draw a profile's radar chart to an SVG or PNG file.
    Chart {
        /// Profile id or name.
        profile: String,
        /// Where to write it; the name ends in .svg or .png.
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Whose ratings lead: yours ("self") or your coach's ("coach").
        #[arg(long, value_enum, default_value_t = RaterArg::SelfRating)]
        rater: RaterArg,
        /// The growth chart instead: each skill's ratings over time, with
        /// evidence and actions done (needs two assessments).
        #[arg(long, conflicts_with = "rater")]
        growth: bool,
    },
    /// Write a profile's development plan as PDF, Markdown or HTML.
    Plan {
        /// Profile id or name.
        profile: String,
        /// Where to write it (.pdf, .md or .html).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Paper size for PDF and HTML.
        #[arg(long, value_enum, default_value_t = PaperArg::A4)]
        paper: PaperArg,
        /// The format (default: from the file name's ending, else PDF).
        #[arg(long, value_enum)]
        format: Option<FormatArg>,
    },
    /// Export a profile's ratings history, actions and plan for a
    /// spreadsheet: one .xlsx workbook (a sheet each), or CSV files.
    Export {
        /// Profile id or name.
        profile: String,
        /// The format (default: from the file name's ending, else xlsx).
        #[arg(long, value_enum)]
        format: Option<SheetArg>,
        /// Where to write it (.xlsx, or .csv: the actions and the plan
        /// go beside it, "NAME – actions.csv" and "NAME – plan.csv").
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Export the whole team as one sheet: technicians × skills, latest
    /// levels with targets.
    ExportTeam {
        #[arg(long, value_enum)]
        format: Option<SheetArg>,
        /// Where to write it (.xlsx or .csv).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Export a recommended list as a spreadsheet another coach can import.
    ExportCatalog {
        /// The list's id (see `lodestar catalogs`).
        catalog: String,
        #[arg(long, value_enum)]
        format: Option<SheetArg>,
        /// Where to write it (.xlsx or .csv).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Write a calendar file (.ics) to import into any calendar program:
    /// for one profile, its next session, the due dates of open actions
    /// and the plan's review; without a profile, the next sessions of
    /// every technician. Each event has a reminder the day before, and
    /// importing a newer file updates the events instead of doubling them.
    Calendar {
        /// Profile id or name (default: every profile's next session).
        profile: Option<String>,
        /// Where to write it (.ics).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
    },
    /// Make a feedback form for a technician's colleagues (360): one HTML
    /// file to send by email, which opens in any browser without internet.
    /// Each colleague saves an answer file and sends it back; take those in
    /// with `lodestar import ANSWERS`.
    FeedbackRequest {
        /// Profile id or name.
        profile: String,
        /// Where to write the form (.html).
        #[arg(long, value_name = "FILE")]
        out: PathBuf,
        /// Write the newest request's form again instead of starting a new
        /// round of feedback.
        #[arg(long)]
        again: bool,
    },
    /// Print where Lodestar keeps its files.
    Where,
    /// Show the profiles folder, or move the profiles to DIR (e.g. inside
    /// a synced folder) and remember it; `--back` moves them back.
    ProfilesFolder {
        /// The folder to keep the profiles in.
        dir: Option<PathBuf>,
        /// Move the profiles back into Lodestar's own folder.
        #[arg(long, conflicts_with = "dir")]
        back: bool,
    },
}

/// Spreadsheet formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum SheetArg {
    Xlsx,
    Csv,
}

impl From<SheetArg> for exports::SheetFormat {
    fn from(f: SheetArg) -> Self {
        match f {
            SheetArg::Xlsx => exports::SheetFormat::Xlsx,
            SheetArg::Csv => exports::SheetFormat::Csv,
        }
    }
}

/// Paper sizes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum PaperArg {
    A4,
    Letter,
}

/// Plan formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum FormatArg {
    Pdf,
    Md,
    Html,
}

/// Who a profile is sent to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RecipientArg {
    Technician,
    Coach,
}

/// Whose ratings a chart is drawn from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum RaterArg {
    #[value(name = "self")]
    SelfRating,
    Coach,
}

/// The whole program: parses the command line, then opens the app or runs
/// a headless command. Errors end up here, once, on stderr.
#[must_use]
pub fn main() -> std::process::ExitCode {
    crate::mark_process_start();
    // On Windows the answer (and clap's help and errors) go to the console
    // the command was typed in; the window does not keep it.
    #[cfg(windows)]
    let attached = crate::console::attach();
    env_logger::Builder::from_env(env_logger::Env::default().default_filter_or("warn")).init();
    let cli = Cli::parse_from(with_open(std::env::args_os().collect()));
    #[cfg(windows)]
    if let Some(attached) = attached
        && matches!(
            cli.command,
            None | Some(Command::Gui | Command::Open { .. })
        )
    {
        crate::console::detach(attached);
    }
    let result = open_store(&cli).and_then(|store| match &cli.command {
        None | Some(Command::Gui) => crate::ui::run(&store, None),
        Some(Command::Open { file }) => crate::ui::run(&store, Some(file)),
        Some(command) => {
            // Conflict copies a sync program made are merged before any
            // profile is read, and said on stderr (stdout stays the answer).
            for report in store.settle_copies(None) {
                if let Some(message) = report.message() {
                    eprintln!("{message}");
                }
            }
            run(&store, command, &mut std::io::stdout().lock())
        }
    });
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e:#}");
            std::process::ExitCode::FAILURE
        }
    }
}

/// Speaks the language asked for with `--lang`, else the one chosen in
/// the app, else the system's.
///
/// # Errors
/// A `--lang` Lodestar does not speak.
fn choose_language(cli: &Cli, store: &Store) -> Result<()> {
    use crate::i18n::{self, Lang};
    let lang = match cli.lang.as_deref() {
        Some(tag) => Lang::find(tag).with_context(|| {
            let known: Vec<&str> = Lang::all().map(Lang::tag).collect();
            crate::t!("cli-unknown-language", tag = tag, known = known.join(", "))
        })?,
        None => store
            .language()
            .and_then(|tag| Lang::find(&tag))
            .unwrap_or_else(i18n::from_system),
    };
    i18n::set(lang);
    Ok(())
}

/// Opens the store for a command, adding the sample on a fresh folder.
///
/// # Errors
/// When no config folder can be found or created.
pub fn open_store(cli: &Cli) -> Result<Store> {
    // Until the settings are read: the language asked for, or the system's.
    crate::i18n::set(
        cli.lang
            .as_deref()
            .and_then(crate::i18n::Lang::find)
            .unwrap_or_else(crate::i18n::from_system),
    );
    let dir = crate::store::config_dir(cli.config_dir.as_deref())
        .with_context(|| crate::t!("cli-no-config-folder"))?;
    // The config folder's own settings: its "Profiles folder…" choice.
    // --config-dir and LODESTAR_CONFIG_DIR pick another config folder
    // (with its own settings), never the default one's profiles folder.
    let store = Store::open_following_settings(&dir)?;
    // The language before anything is said or the sample is added (a
    // fresh folder gets the sample in the language spoken).
    choose_language(cli, &store)?;
    if let Some(problem) = store.problem() {
        eprintln!("{problem}");
    }
    if let Err(e) = store.seed_sample_if_new() {
        log::warn!("could not add the sample profile: {e}");
    }
    Ok(store)
}

/// Runs a headless command, writing to `out`.
///
/// # Errors
/// Anything that went wrong, worded for the person at the terminal.
pub fn run(store: &Store, command: &Command, out: &mut dyn Write) -> Result<()> {
    run_on(store, command, jiff::ZonedDateTime::now().date(), out)
}

/// Runs a headless command as of `today` (the date a plan is printed with).
///
/// # Errors
/// As [`run`].
#[expect(
    clippy::too_many_lines,
    reason = "the dispatcher: one short arm per command"
)]
pub fn run_on(
    store: &Store,
    command: &Command,
    today: jiff::civil::Date,
    out: &mut dyn Write,
) -> Result<()> {
    match command {
        Command::Gui | Command::Open { .. } => unreachable!("the GUI is started by main"),
        Command::Profiles => profiles(store, out),
        Command::Compare { profile, catalog } => {
            compare_cmd(store, profile, catalog.as_deref(), out)
        }
        Command::Import {
            file,
            as_new,
            take_theirs,
        } => import(store, file, (*as_new, *take_theirs, today), out),
        Command::Send {
            profile,
            to,
            out: dest,
        } => {
            let summary = store.find(profile)?;
            let handle = store.open_profile(&summary.id)?;
            let to = match to {
                RecipientArg::Technician => crate::store::Recipient::Technician,
                RecipientArg::Coach => crate::store::Recipient::Coach,
            };
            let left_out = store.send(&handle.profile, to, dest)?;
            if !left_out.is_empty() {
                writeln!(
                    out,
                    "{}",
                    crate::t!("send-files-left-out", files = left_out.join(", "))
                )?;
            }
            let (name, file) = (handle.profile.name.clone(), dest.display().to_string());
            let said = if to == crate::store::Recipient::Technician {
                crate::t!("cli-sent-technician", name = name, file = file)
            } else {
                crate::t!("cli-sent-coach", name = name, file = file)
            };
            writeln!(out, "{said}")?;
            Ok(())
        }
        Command::ExportProfile { profile, file } => {
            let summary = store.find(profile)?;
            let handle = store.open_profile(&summary.id)?;
            store.export(&handle.profile, file)?;
            writeln!(
                out,
                "{}",
                crate::t!(
                    "cli-exported",
                    name = handle.profile.name.clone(),
                    file = file.display().to_string()
                )
            )?;
            Ok(())
        }
        Command::Catalogs => catalogs(store, out),
        Command::ImportCatalog {
            file,
            title,
            sheet,
            columns,
            no_headings,
            levels,
        } => {
            let mapping = import_mapping(
                file,
                sheet.as_deref(),
                columns.as_deref(),
                *no_headings,
                levels.as_deref(),
            )?;
            let catalog =
                store.import_catalog(file, title.as_deref(), sheet.as_deref(), mapping.as_ref())?;
            let scale: Vec<&str> = catalog.scale.names().collect();
            writeln!(
                out,
                "{}",
                crate::t!(
                    "cli-list-imported",
                    title = catalog.title.clone(),
                    n = catalog.skills.len(),
                    levels = scale.join(" / "),
                    id = catalog.id.to_string()
                )
            )?;
            Ok(())
        }
        Command::Chart {
            profile,
            out: file,
            rater,
            growth,
        } => chart_cmd(store, profile, file, (*rater, *growth), out),
        Command::Plan {
            profile,
            out: file,
            paper,
            format,
        } => plan_cmd(store, profile, (file, *paper, *format), today, out),
        Command::Export { .. } | Command::ExportTeam { .. } | Command::ExportCatalog { .. } => {
            sheet_cmd(store, command, out)
        }
        Command::Calendar { profile, out: file } => {
            calendar_cmd(store, profile.as_deref(), file, today, out)
        }
        Command::FeedbackRequest {
            profile,
            out: file,
            again,
        } => feedback_request_cmd(store, profile, file, (*again, today), out),
        Command::Where => {
            writeln!(out, "{}", store.root().display())?;
            Ok(())
        }
        Command::ProfilesFolder { dir, back } => profiles_folder(store, dir.as_deref(), *back, out),
    }
}

/// `lodestar profiles-folder [DIR | --back]`: shows the profiles folder,
/// or moves the profiles and remembers the folder.
fn profiles_folder(
    store: &Store,
    dir: Option<&std::path::Path>,
    back: bool,
    out: &mut dyn Write,
) -> Result<()> {
    if dir.is_none() && !back {
        writeln!(out, "{}", store.profiles_dir().display())?;
        return Ok(());
    }
    let mut store = store.clone();
    let moved = store.move_profiles(dir)?;
    let mut how = vec![crate::t!("cli-moved-count", n = moved.moved)];
    if moved.same > 0 {
        how.push(crate::t!("cli-moved-same", n = moved.same));
    }
    if moved.beside > 0 {
        how.push(crate::t!("cli-moved-merged", n = moved.beside));
    }
    writeln!(
        out,
        "{}",
        crate::t!(
            "cli-moved",
            folder = store.profiles_dir().display().to_string(),
            how = how.join(", ")
        )
    )?;
    if moved.left_behind {
        writeln!(out, "{}", crate::t!("folder-moved-copies-stay"))?;
    }
    for report in store.settle_copies(None) {
        if let Some(message) = report.message() {
            eprintln!("{message}");
        }
    }
    Ok(())
}

fn profiles(store: &Store, out: &mut dyn Write) -> Result<()> {
    let listing = store.list();
    for problem in &listing.problems {
        eprintln!("warning: {problem}");
    }
    if listing.profiles.is_empty() {
        writeln!(
            out,
            "{}",
            crate::t!(
                "cli-no-profiles",
                folder = store.profiles_dir().display().to_string()
            )
        )?;
    }
    for p in &listing.profiles {
        let newer = if p.newer_format.is_some() {
            "  (newer format: read-only)"
        } else {
            ""
        };
        let role = if p.role.is_empty() {
            String::new()
        } else {
            format!(" — {}", within_limit(&p.role))
        };
        writeln!(out, "{}  {}{role}{newer}", p.id, within_limit(&p.name))?;
    }
    Ok(())
}

/// A name as a line of the listing: a file written by hand (or by another
/// program) may hold one far over the limit typing has; it is cut there.
fn within_limit(text: &str) -> std::borrow::Cow<'_, str> {
    let max = crate::model::profile::MAX_NAME_CHARS;
    match text.char_indices().nth(max) {
        None => std::borrow::Cow::Borrowed(text),
        Some((at, _)) => std::borrow::Cow::Owned(format!("{}…", &text[..at])),
    }
}

fn catalogs(store: &Store, out: &mut dyn Write) -> Result<()> {
    let set = store.catalogs();
    for c in &set.catalogs {
        writeln!(out, "{}  {} ({} skills)", c.id, c.title, c.skills.len())?;
    }
    for problem in &set.problems {
        eprintln!("warning: {problem}");
    }
    Ok(())
}

/// The profile a command names, and the recommended lists to read it with.
fn open_with_catalogs(
    store: &Store,
    query: &str,
) -> Result<(crate::store::ProfileHandle, crate::store::CatalogSet)> {
    let summary = store.find(query)?;
    Ok((store.open_profile(&summary.id)?, store.catalogs()))
}

fn plan_cmd(
    store: &Store,
    query: &str,
    (file, paper, format): (&std::path::Path, PaperArg, Option<FormatArg>),
    today: jiff::civil::Date,
    out: &mut dyn Write,
) -> Result<()> {
    use crate::report::{Format, Paper};
    let format = format.map(|f| match f {
        FormatArg::Pdf => Format::Pdf,
        FormatArg::Md => Format::Markdown,
        FormatArg::Html => Format::Html,
    });
    let paper = match paper {
        PaperArg::A4 => Paper::A4,
        PaperArg::Letter => Paper::Letter,
    };
    let (path, format) = exports::plan_target(file, format)?;
    let (handle, set) = open_with_catalogs(store, query)?;
    let profile = &handle.profile;
    let warning = exports::write_plan(store, &set, profile, today, (&path, format), paper)?;
    if let Some(w) = &warning {
        eprintln!("warning: {w}");
    }
    writeln!(
        out,
        "{}",
        crate::t!(
            "cli-wrote-plan",
            name = profile.name.clone(),
            file = path.display().to_string()
        )
    )?;
    Ok(())
}

fn chart_cmd(
    store: &Store,
    query: &str,
    file: &std::path::Path,
    (rater, growth): (RaterArg, bool),
    out: &mut dyn Write,
) -> Result<()> {
    let target = exports::chart_target(file)?;
    let (handle, set) = open_with_catalogs(store, query)?;
    let profile = &handle.profile;
    if growth {
        exports::write_growth_chart(&set, profile, (&target.0, target.1))?;
        writeln!(
            out,
            "{}",
            crate::t!(
                "cli-wrote-growth",
                name = profile.name.clone(),
                file = target.0.display().to_string()
            )
        )?;
        return Ok(());
    }
    let choice = crate::chart::layers::Choice {
        rater: match rater {
            RaterArg::SelfRating => crate::model::Rater::SelfRating,
            RaterArg::Coach => crate::model::Rater::Coach,
        },
        ..crate::chart::layers::Choice::default()
    };
    exports::write_chart(&set, profile, &choice, (&target.0, target.1))?;
    writeln!(
        out,
        "{}",
        crate::t!(
            "cli-wrote-chart",
            name = profile.name.clone(),
            file = target.0.display().to_string()
        )
    )?;
    Ok(())
}

/// A titled list of lines; nothing when there are none.
fn section(out: &mut dyn Write, title: &str, lines: Vec<String>) -> std::io::Result<()> {
    if lines.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n{title}")?;
    for l in lines {
        writeln!(out, "  {l}")?;
    }
    Ok(())
}

/// Struck through on a terminal, between tildes elsewhere (Markdown).
fn crossed_out(text: &str, strike: bool) -> String {
    if strike {
        format!("\x1b[9m{text}\x1b[0m")
    } else {
        format!("~~{text}~~")
    }
}

/// The list a comparison is made with: the one asked for, else the
/// profile's own (or the default one, with a warning, when it is missing).
fn chosen_catalog<'a>(
    set: &'a crate::store::CatalogSet,
    profile: &crate::model::Profile,
    asked: Option<&str>,
) -> Result<&'a Catalog> {
    Ok(if let Some(id) = asked {
        set.get(&CatalogId::new(id))
            .with_context(|| crate::t!("cli-no-such-list", id = id))?
    } else {
        let (c, fell_back) = set
            .for_profile(&profile.catalog)
            .with_context(|| crate::t!("cli-no-list-at-all"))?;
        if fell_back {
            eprintln!(
                "{}",
                crate::t!(
                    "cli-list-missing",
                    missing = profile.catalog.to_string(),
                    used = c.id.to_string()
                )
            );
        }
        c
    })
}

/// Items not linked to the list, with the skill each looks like.
fn link_suggestions(profile: &crate::model::Profile, catalog: &Catalog) -> Vec<String> {
    let name = |id: &crate::model::SkillId| {
        catalog
            .skill(id)
            .map_or(id.as_str(), |s| s.name.as_str())
            .to_owned()
    };
    let matcher = Matcher::new(catalog);
    profile
        .have
        .iter()
        .chain(&profile.want)
        .filter(|i| i.skill.as_ref().is_none_or(|s| !catalog.contains(s)))
        .filter_map(|i| {
            matcher.suggest(&i.text).first().map(|s| {
                format!(
                    "\"{}\" looks like {} ({}% sure)",
                    i.text,
                    name(&s.skill),
                    s.percent()
                )
            })
        })
        .collect()
}

fn compare_cmd(
    store: &Store,
    query: &str,
    catalog: Option<&str>,
    out: &mut dyn Write,
) -> Result<()> {
    let summary = store.find(query)?;
    let handle = store.open_profile(&summary.id)?;
    let profile = &handle.profile;
    let set = store.catalogs();
    for problem in &set.problems {
        eprintln!("warning: {problem}");
    }
    let catalog = chosen_catalog(&set, profile, catalog)?;
    let cmp = compare(&profile.have, &profile.want, catalog);
    let strike = std::io::stdout().is_terminal();
    let name = |id: &crate::model::SkillId| {
        catalog
            .skill(id)
            .map_or(id.as_str(), |s| s.name.as_str())
            .to_owned()
    };
    let item = |id: crate::model::ItemId| {
        profile
            .item(id)
            .map(|(_, i)| i.text.clone())
            .unwrap_or_default()
    };

    writeln!(
        out,
        "{}",
        crate::t!(
            "cli-compared",
            name = profile.name.clone(),
            list = catalog.title.clone()
        )
    )?;
    writeln!(out, "{}", cmp.summary())?;
    let crossed = |text: String| crossed_out(&text, strike);
    section(
        out,
        &crate::t!("cli-section-strengths"),
        cmp.strengths
            .iter()
            .map(|s| format!("✓ {}", crossed(name(s))))
            .collect(),
    )?;
    section(
        out,
        &crate::t!("cli-section-deepen"),
        cmp.deepen
            .iter()
            .map(|s| format!("✓ {}", name(s)))
            .collect(),
    )?;
    section(
        out,
        &crate::t!("cli-section-right-track"),
        cmp.right_track
            .iter()
            .map(|s| format!("★ {}", name(s)))
            .collect(),
    )?;
    section(
        out,
        &crate::t!("cli-section-blind-spots"),
        cmp.blind_spots
            .iter()
            .map(|s| {
                let summary = catalog
                    .skill(s)
                    .map(|k| k.summary.as_str())
                    .unwrap_or_default();
                format!("? {} — {summary}", name(s))
            })
            .collect(),
    )?;
    section(
        out,
        &crate::t!("cli-section-own-strengths"),
        cmp.own_strengths
            .iter()
            .map(|&i| format!("• {}", item(i)))
            .collect(),
    )?;
    section(
        out,
        &crate::t!("cli-section-own-goals"),
        cmp.own_goals
            .iter()
            .map(|&i| format!("• {}", item(i)))
            .collect(),
    )?;
    section(
        out,
        &crate::t!("cli-section-own-deepen"),
        cmp.own_deepen
            .iter()
            .map(|&(h, _)| format!("• {}", item(h)))
            .collect(),
    )?;

    let suggestions = link_suggestions(profile, catalog);
    section(out, &crate::t!("cli-section-links"), suggestions)?;
    Ok(())
}

/// `lodestar import`: merged into the profile it came from when that is
/// here (what changed and any conflict printed), added otherwise.
fn import(
    store: &Store,
    file: &std::path::Path,
    (as_new, take_theirs, today): (bool, bool, jiff::civil::Date),
    out: &mut dyn Write,
) -> Result<()> {
    if let Some(answers) = crate::store::feedback::read_answers(file)? {
        let taken = store.take_answers(&answers, today)?;
        writeln!(out, "{}", taken.words)?;
        return Ok(());
    }
    let incoming = store.read_incoming(file)?;
    for line in &incoming.adjusted {
        writeln!(out, "{}", crate::t!("cli-note", line = line.clone()))?;
    }
    if as_new || !store.has_profile(&incoming.profile.id) {
        let handle = store.add_incoming(&incoming, as_new)?;
        writeln!(
            out,
            "{}",
            crate::t!(
                "cli-imported",
                name = handle.profile.name.clone(),
                id = handle.profile.id.to_string()
            )
        )?;
        return Ok(());
    }
    let received = store.merge_incoming(&incoming, take_theirs)?;
    let p = &received.handle.profile;
    writeln!(
        out,
        "{}",
        crate::t!(
            "cli-updated",
            name = p.name.clone(),
            what = received.summary.words()
        )
    )?;
    let shown = |v: &serde_json::Value| match v {
        serde_json::Value::String(s) => format!("\"{s}\""),
        other => other.to_string(),
    };
    for c in &received.conflicts {
        writeln!(
            out,
            "  {}",
            crate::t!(
                "cli-conflict-kept",
                field = c.label(p),
                mine = shown(&c.mine),
                theirs = shown(&c.theirs)
            )
        )?;
    }
    if !received.conflicts.is_empty() {
        writeln!(out, "{}", crate::t!("cli-conflicts-hint"))?;
    }
    Ok(())
}

/// `lodestar FILE` (how the system opens a file with Lodestar: a double
/// click) is `lodestar open FILE`: an argument that is no command and no
/// option but an existing file.
fn with_open(mut args: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    use clap::CommandFactory as _;
    let command = Cli::command();
    let known = |a: &std::ffi::OsStr| {
        command
            .get_subcommands()
            .any(|c| Some(c.get_name()) == a.to_str() || a == "help")
    };
    // Skip `--config-dir DIR` (or `--config-dir=DIR`) before it.
    let mut i = 1;
    while let Some(a) = args.get(i) {
        if a == "--config-dir" {
            i += 2;
        } else if a.to_str().is_some_and(|s| s.starts_with("--config-dir=")) {
            i += 1;
        } else {
            break;
        }
    }
    let lone_file = args.len() == i + 1
        && !known(&args[i])
        && !args[i].to_string_lossy().starts_with('-')
        && std::path::Path::new(&args[i]).is_file();
    if lone_file {
        args.insert(i, "open".into());
    }
    args
}

/// The mapping `import-catalog` was given, if any: `--columns` read as
/// column meanings, `--levels` as the levels' names (on the guessed
/// mapping when only they are given).
fn import_mapping(
    file: &Path,
    sheet: Option<&str>,
    columns: Option<&str>,
    no_headings: bool,
    levels: Option<&str>,
) -> Result<Option<crate::model::framework::Mapping>> {
    use crate::model::framework::{self, Column};
    if columns.is_none() && levels.is_none() {
        return Ok(None);
    }
    let tables = crate::store::sheets::read_tables(file)?;
    let table = sheet
        .and_then(|s| tables.iter().find(|t| t.sheet == s))
        .unwrap_or(&tables[0]);
    let mut mapping = framework::guess(table);
    if let Some(columns) = columns {
        mapping.headings = !no_headings;
        mapping.columns = columns
            .split(',')
            .map(|c| {
                let c = c.trim().to_lowercase().replace([' ', '_'], "");
                Ok(match c.as_str() {
                    "-" | "" | "ignore" => Column::Ignore,
                    "skill" | "name" => Column::Skill,
                    "description" | "summary" => Column::Description,
                    "keywords" => Column::Keywords,
                    "strategies" => Column::Strategies,
                    "prompts" => Column::Prompts,
                    other => other
                        .strip_prefix("level")
                        .and_then(|n| n.parse::<u8>().ok())
                        .filter(|n| (1..=7).contains(n))
                        .map(Column::Level)
                        .ok_or_else(|| {
                            anyhow::anyhow!(
                                "--columns: \"{other}\" is not a column kind; use skill, description, keywords, level1 to level7, strategies, prompts or -"
                            )
                        })?,
                })
            })
            .collect::<Result<Vec<Column>>>()?;
        mapping.level_names = framework::default_level_names(&mapping, table);
    }
    if let Some(levels) = levels {
        mapping.level_names = levels.split(',').map(|n| n.trim().to_owned()).collect();
    }
    Ok(Some(mapping))
}

/// `export`, `export-team` and `export-catalog`: tables for spreadsheets.
fn sheet_cmd(store: &Store, command: &Command, out: &mut dyn Write) -> Result<()> {
    match command {
        Command::Export {
            profile,
            format,
            out: file,
        } => {
            let (path, format) = exports::sheet_target(file, format.map(Into::into))?;
            let (handle, set) = open_with_catalogs(store, profile)?;
            let written = exports::write_profile_sheet(&set, &handle.profile, (&path, format))?;
            said_written(
                out,
                &crate::t!("cli-what-profile-sheet", name = handle.profile.name.clone()),
                &written,
            )
        }
        Command::ExportTeam { format, out: file } => {
            let (path, format) = exports::sheet_target(file, format.map(Into::into))?;
            let written = exports::write_team_sheet(store, &store.catalogs(), (&path, format))?;
            let n = store.list().profiles.len();
            said_written(out, &crate::t!("cli-what-team", n = n), &written)
        }
        Command::ExportCatalog {
            catalog,
            format,
            out: file,
        } => {
            let (path, format) = exports::sheet_target(file, format.map(Into::into))?;
            let set = store.catalogs();
            let list = set.get(&CatalogId::new(catalog.as_str())).ok_or_else(|| {
                anyhow::anyhow!(crate::t!("cli-no-such-list", id = catalog.clone()))
            })?;
            let written = exports::write_list_sheet(list, (&path, format))?;
            said_written(
                out,
                &crate::t!("cli-what-list", title = list.title.clone()),
                &written,
            )
        }
        _ => Ok(()),
    }
}

/// `calendar`: one profile's dates, or every technician's next session.
/// `lodestar feedback-request`: a new request added to the profile (or
/// the newest again) and its form written.
fn feedback_request_cmd(
    store: &Store,
    query: &str,
    file: &std::path::Path,
    (again, today): (bool, jiff::civil::Date),
    out: &mut dyn Write,
) -> Result<()> {
    let path = exports::feedback_form_target(file)?;
    let summary = store.find(query)?;
    let mut handle = store.open_profile(&summary.id)?;
    let catalogs = store.catalogs();
    let catalog = catalogs
        .for_profile(&handle.profile.catalog)
        .map(|(c, _)| c)
        .ok_or(exports::ExportError::NoCatalog)?;
    let (request, new) = exports::feedback_request(&handle.profile, catalog, again, today);
    if new {
        if let Some(reason) = handle.access().reason() {
            return Err(crate::store::StoreError::ReadOnly {
                name: handle.profile.name.clone(),
                reason,
            }
            .into());
        }
        handle.profile.feedback.push(request.clone());
        handle.save()?;
    }
    exports::write_feedback_form(&handle.profile, catalog, &request, &path)?;
    writeln!(
        out,
        "{}",
        crate::t!(
            "cli-wrote-form",
            name = handle.profile.name.clone(),
            n = request.skills.len(),
            request = request.id.0.to_string(),
            file = path.display().to_string()
        )
    )?;
    Ok(())
}

fn calendar_cmd(
    store: &Store,
    profile: Option<&str>,
    file: &std::path::Path,
    today: jiff::civil::Date,
    out: &mut dyn Write,
) -> Result<()> {
    use crate::model::calendar::Kind;
    let path = exports::calendar_target(file)?;
    let (events, whose) = if let Some(query) = profile {
        let summary = store.find(query)?;
        let handle = store.open_profile(&summary.id)?;
        let events = crate::model::calendar::upcoming(&handle.profile, today);
        (
            events,
            crate::t!("cli-whose-one", name = handle.profile.name.clone()),
        )
    } else {
        let listing = store.list();
        let events = exports::team_sessions(&listing.profiles, today);
        (events, crate::t!("cli-whose-all"))
    };
    let tz = jiff::tz::TimeZone::system();
    exports::write_calendar(&events, &path, &tz, jiff::Timestamp::now())?;
    let count = |kind| events.iter().filter(|e| e.kind == kind).count();
    let parts: Vec<String> = [
        (count(Kind::Session), "cli-cal-sessions"),
        (count(Kind::ActionDue), "cli-cal-actions"),
        (count(Kind::Review), "cli-cal-reviews"),
    ]
    .into_iter()
    .filter(|(n, _)| *n > 0)
    .map(|(n, id)| {
        let mut args = crate::i18n::FluentArgs::new();
        args.set("n", n);
        crate::i18n::text(id, Some(&args))
    })
    .collect();
    let file = path.display().to_string();
    if parts.is_empty() {
        writeln!(
            out,
            "{}",
            crate::t!(
                "cli-cal-empty",
                whose = whose,
                today = crate::i18n::date(today),
                file = file
            )
        )?;
    } else {
        writeln!(
            out,
            "{}",
            crate::t!(
                "cli-cal-written",
                whose = whose,
                what = parts.join(", "),
                file = file
            )
        )?;
    }
    Ok(())
}

/// "Wrote WHAT to FILE." (and the other files, one per line).
fn said_written(out: &mut dyn Write, what: &str, written: &[PathBuf]) -> Result<()> {
    let mut files = written.iter();
    if let Some(first) = files.next() {
        writeln!(
            out,
            "{}",
            crate::t!("cli-wrote", what = what, file = first.display().to_string())
        )?;
    }
    for f in files {
        writeln!(
            out,
            "  {}",
            crate::t!("cli-wrote-also", file = f.display().to_string())
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lone_file_opens_the_app_with_it() {
        let dir = tempfile::tempdir().expect("temp");
        let file = dir.path().join("dana.lodestar");
        std::fs::write(&file, "{}").expect("write");
        let args = |list: &[&str]| {
            list.iter()
                .map(std::ffi::OsString::from)
                .collect::<Vec<_>>()
        };
        let f = file.to_str().expect("utf-8");
        assert_eq!(
            with_open(args(&["lodestar", f])),
            args(&["lodestar", "open", f])
        );
        assert_eq!(
            with_open(args(&["lodestar", "--config-dir", "/x", f])),
            args(&["lodestar", "--config-dir", "/x", "open", f])
        );
        for same in [
            &["lodestar", "profiles"][..],
            &["lodestar", "import", f],
            &["lodestar", "/no/such/file.lodestar"],
            &["lodestar"],
        ] {
            assert_eq!(with_open(args(same)), args(same));
        }
    }
}
