//! The plan as PDF: the typst template (`assets/templates/plan.typ`, or a
//! coach's own `<config>/templates/plan.typ`) compiled in-process with the
//! embedded fonts, so it prints the same on every machine.

use std::sync::OnceLock;

use typst::diag::{FileError, FileResult, SourceDiagnostic};
use typst::foundations::{Bytes, Datetime};
use typst::syntax::{FileId, RootedPath, Source, VirtualPath, VirtualRoot};
use typst::text::{Font, FontBook};
use typst::utils::LazyHash;
use typst::{Library, LibraryExt as _, World};

use super::{Document, Paper};

/// The built-in template.
pub const TEMPLATE: &str = include_str!("../../assets/templates/plan.typ");

/// The embedded fonts: Latin/Greek/Cyrillic, Arabic, and CJK.
const FONT_FILES: [&[u8]; 5] = [
    include_bytes!("../../assets/fonts/NotoSans-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSans-Bold.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Regular.ttf"),
    include_bytes!("../../assets/fonts/NotoSansArabic-Bold.ttf"),
    include_bytes!("../../assets/fonts/DroidSansFallbackFull.ttf"),
];

/// The family the chart's text is set in, inside the PDF.
const CHART_FONT: &str = "Noto Sans";

/// Why no PDF was made.
#[derive(Debug)]
pub enum PdfError {
    Template(String),
    Export(String),
}

impl std::error::Error for PdfError {}

impl std::fmt::Display for PdfError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            PdfError::Template(reason) => crate::t!("pdf-template", reason = reason.clone()),
            PdfError::Export(reason) => crate::t!("pdf-export", reason = reason.clone()),
        })
    }
}

// The layout engine's standard library and the fonts are made at the
// first print or export, never at start-up: a person who never prints pays
// no memory for them (their pages of the program are never mapped in).
static FONTS: OnceLock<(LazyHash<FontBook>, Vec<Font>)> = OnceLock::new();
static LIBRARY: OnceLock<LazyHash<Library>> = OnceLock::new();

/// Whether the plan's layout engine (its library or its fonts) has been
/// loaded in this process: only a PDF print or export does.
#[must_use]
pub fn engine_loaded() -> bool {
    FONTS.get().is_some() || LIBRARY.get().is_some()
}

fn fonts() -> &'static (LazyHash<FontBook>, Vec<Font>) {
    FONTS.get_or_init(|| {
        let fonts: Vec<Font> = FONT_FILES
            .iter()
            .flat_map(|data| Font::iter(Bytes::new(*data)))
            .collect();
        (LazyHash::new(FontBook::from_fonts(&fonts)), fonts)
    })
}

fn library() -> &'static LazyHash<Library> {
    LIBRARY.get_or_init(|| LazyHash::new(Library::default()))
}

fn file_id(path: &str) -> Option<FileId> {
    VirtualPath::new(path)
        .ok()
        .map(|p| RootedPath::new(VirtualRoot::Project, p).intern())
}

/// The world the template sees: itself, `data.json`, `chart.svg`,
/// `growth.svg`, fonts.
struct PlanWorld {
    main: Source,
    data: Bytes,
    chart: Bytes,
    growth: Bytes,
    today: jiff::civil::Date,
}

impl World for PlanWorld {
    fn library(&self) -> &LazyHash<Library> {
        library()
    }
    fn book(&self) -> &LazyHash<FontBook> {
        &fonts().0
    }
    fn main(&self) -> FileId {
        self.main.id()
    }
    fn source(&self, id: FileId) -> FileResult<Source> {
        if id == self.main.id() {
            Ok(self.main.clone())
        } else {
            Err(FileError::NotFound(id.vpath().get_with_slash().into()))
        }
    }
    fn file(&self, id: FileId) -> FileResult<Bytes> {
        match id.vpath().get_with_slash() {
            "/data.json" => Ok(self.data.clone()),
            "/chart.svg" => Ok(self.chart.clone()),
            "/growth.svg" => Ok(self.growth.clone()),
            other => Err(FileError::NotFound(other.into())),
        }
    }
    fn font(&self, index: usize) -> Option<Font> {
        fonts().1.get(index).cloned()
    }
    fn today(&self, _offset: Option<typst::foundations::Duration>) -> Option<Datetime> {
        Datetime::from_ymd(
            i32::from(self.today.year()),
            u8::try_from(self.today.month()).ok()?,
            u8::try_from(self.today.day()).ok()?,
        )
    }
}

/// The template's own words in the language in use (`data.words.…`): a
/// coach's template may use them too, or write its own.
fn words(name: &str) -> serde_json::Value {
    let mut words = serde_json::Map::new();
    for (key, id) in [
        ("title", "plan-title"),
        ("where_i_stand", "plan-where-i-stand"),
        ("focus_skills", "plan-focus-skills"),
        ("no_focus", "plan-print-no-focus"),
        ("goal", "plan-print-goal"),
        ("now_at", "plan-now-at"),
        ("aiming_for", "plan-aiming-for"),
        ("evidence_so_far", "plan-evidence-so-far"),
        ("resources", "plan-print-resources"),
        ("success", "plan-success"),
        ("growth", "plan-growth"),
        ("growth_note", "plan-growth-note"),
        ("open_actions", "plan-open-actions"),
        ("action", "plan-col-action"),
        ("owner", "plan-col-owner"),
        ("due", "plan-col-due"),
        ("agreed", "plan-col-agreed"),
        ("status", "plan-col-status"),
        ("technician", "plan-technician"),
        ("coach", "plan-coach"),
        ("date", "plan-date"),
        ("page", "plan-page"),
        ("page_of", "plan-page-of"),
    ] {
        words.insert(key.to_owned(), crate::i18n::text(id, None).into());
    }
    words.insert(
        "title_of".to_owned(),
        crate::t!("plan-title-of", name = name.to_owned()).into(),
    );
    serde_json::Value::Object(words)
}

/// The data the template reads, as JSON.
fn data_json(doc: &Document, paper: Paper) -> Vec<u8> {
    let lists: Vec<serde_json::Value> = doc
        .lists()
        .iter()
        .map(|(title, items)| serde_json::json!({ "title": title, "items": items }))
        .collect();
    let rows = |rows: &[super::ActionRow]| -> Vec<serde_json::Value> {
        rows.iter()
            .map(|a| {
                serde_json::json!({
                    "text": a.text, "owner": a.owner, "due": a.due, "status": a.status, "agreed": a.agreed,
                    "overdue": a.overdue,
                })
            })
            .collect()
    };
    let focus: Vec<serde_json::Value> = doc
        .focus
        .iter()
        .map(|f| {
            serde_json::json!({
                "skill": f.skill, "status": f.status, "target_date": f.target_date,
                "goal": f.goal, "actions": rows(&f.actions), "resources": f.resources,
                "measure": f.measure, "now": f.now, "aim": f.aim, "aim_example": f.aim_example,
                "aim_example_place": f.aim_example_place, "evidence": f.evidence,
                "facts": f.facts(),
                "example_label": crate::t!("plan-for-example", place = f.aim_example_place.clone()),
            })
        })
        .collect();
    let (session_date, session_actions) = doc
        .latest_session
        .as_ref()
        .map_or((String::new(), Vec::new()), |(d, a)| {
            (crate::i18n::date(*d), rows(a))
        });
    let value = serde_json::json!({
        "paper": match paper { Paper::A4 => "a4", Paper::Letter => "us-letter" },
        "name": doc.name,
        "lang": crate::i18n::current().tag().split('-').next().unwrap_or("en"),
        "coach": doc.coach,
        "date": crate::i18n::date(doc.date),
        "facts": doc.facts(),
        "summary": doc.summary,
        "readiness": doc.readiness.clone().unwrap_or_default(),
        "has_chart": doc.chart_svg.is_some(),
        "has_growth": doc.growth_svg.is_some(),
        "lists": lists,
        "focus": focus,
        "focus_note": super::simple_not_easy(),
        "words": words(&doc.name),
        "session_date": session_date,
        "session_actions": session_actions,
        "open_actions": rows(&doc.open_actions),
    });
    serde_json::to_vec(&value).unwrap_or_default()
}

/// Compiles `template` (typst source) with the plan's data into a PDF.
pub fn render(doc: &Document, paper: Paper, template: &str) -> Result<Vec<u8>, PdfError> {
    let main = file_id("/plan.typ").ok_or_else(|| PdfError::Template("bad file name".into()))?;
    let svg = |svg: Option<&str>| {
        svg.unwrap_or("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"1\" height=\"1\"/>")
            .replace(
                "font-family=\"sans-serif\"",
                &format!("font-family=\"{CHART_FONT}\""),
            )
    };
    let chart = svg(doc.chart_svg.as_deref());
    let growth = svg(doc.growth_svg.as_deref());
    let world = PlanWorld {
        main: Source::new(main, template.to_owned()),
        data: Bytes::new(data_json(doc, paper)),
        chart: Bytes::new(chart.into_bytes()),
        growth: Bytes::new(growth.into_bytes()),
        today: doc.date,
    };
    let document = typst::compile::<typst_layout::PagedDocument>(&world)
        .output
        .map_err(|errors| PdfError::Template(describe(&world, &errors)))?;
    let options = typst_pdf::PdfOptions {
        ident: typst::foundations::Smart::Custom(format!("lodestar-plan-{}", doc.name)),
        ..typst_pdf::PdfOptions::default()
    };
    typst_pdf::pdf(&document, &options)
        .map_err(|errors| PdfError::Export(describe(&world, &errors)))
}

/// Diagnostics in words, with the template line where there is one.
fn describe(world: &PlanWorld, errors: &[SourceDiagnostic]) -> String {
    use typst::WorldExt as _;
    errors
        .iter()
        .take(3)
        .map(|e| {
            let line = world
                .range(e.span)
                .and_then(|r| world.main.lines().byte_to_line(r.start))
                .map(|l| format!("line {}: ", l + 1))
                .unwrap_or_default();
            format!("{line}{}", e.message)
        })
        .collect::<Vec<_>>()
        .join("; ")
}
