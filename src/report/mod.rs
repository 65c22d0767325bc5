//! The development plan as a document: Markdown (to paste anywhere), HTML
//! (printable from a browser, with the radar chart inline) and, later in
//! `pdf`, a PDF laid out by a typst template.
//!
//! Everything comes from [`Document`], built once from the profile, so
//! every format says the same thing. Private coach notes never appear.

use std::fmt::Write as _;

use jiff::civil::Date;

use crate::model::coaching::{current_level, status_word};
use crate::model::{Action, Catalog, Level, Profile, SkillId, compare};

pub mod feedback_form;
pub mod ics;
pub mod pdf;
pub mod tables;

/// Paper sizes for printing.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    #[default]
    A4,
    Letter,
}

impl Paper {
    /// The CSS/typst name.
    #[must_use]
    pub fn css(self) -> &'static str {
        match self {
            Paper::A4 => "A4",
            Paper::Letter => "letter",
        }
    }
}

/// One action as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActionRow {
    pub text: String,
    pub owner: String,
    pub due: String,
    pub status: String,
    /// The date of the session it was agreed in; empty for a focus skill's action.
    pub agreed: String,
    /// Past its due date and not done.
    pub overdue: bool,
}

impl ActionRow {
    fn of(a: &Action) -> Self {
        ActionRow {
            text: a.text.clone(),
            owner: a.owner.clone(),
            due: a.due.map(crate::i18n::date).unwrap_or_default(),
            status: status_word(a.status),
            agreed: String::new(),
            overdue: false,
        }
    }
}

/// The headings of an actions table: with "Agreed" for actions from
/// sessions.
fn action_heads(agreed: bool) -> Vec<String> {
    let mut heads = vec![
        crate::t!("plan-col-action"),
        crate::t!("plan-col-owner"),
        crate::t!("plan-col-due"),
    ];
    if agreed {
        heads.push(crate::t!("plan-col-agreed"));
    }
    heads.push(crate::t!("plan-col-status"));
    heads
}

/// One focus skill as printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FocusBlock {
    pub skill: String,
    pub status: String,
    pub target_date: String,
    pub goal: String,
    pub actions: Vec<ActionRow>,
    pub resources: Vec<String>,
    pub measure: String,
    /// What the current level means ("2 (Emerging): …"); empty when unrated.
    pub now: String,
    /// What the target level means; empty without a target.
    pub aim: String,
    /// An example of the target level, the person's workplace first,
    /// and the workplace it is from.
    pub aim_example: String,
    pub aim_example_place: String,
    /// The evidence logged for the skill, newest first, a line each.
    pub evidence: Vec<String>,
}

/// An evidence entry as one printed line: date, what happened (a STAR
/// note's parts joined), who saw it.
#[must_use]
pub fn evidence_line(e: &crate::model::Evidence) -> String {
    use crate::model::Witness;
    let text = e
        .text
        .lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join(" · ");
    let date = crate::i18n::date(e.date);
    match (e.seen_by, e.who.as_str()) {
        (Witness::Myself, _) => crate::t!("plan-evidence-line", date = date, text = text),
        (w, "") => crate::t!(
            "plan-evidence-seen",
            date = date,
            text = text,
            who = w.in_sentence()
        ),
        (w, name) => crate::t!(
            "plan-evidence-seen-named",
            date = date,
            text = text,
            who = w.in_sentence(),
            name = name
        ),
    }
}

/// A word before the focus skills, printed in every plan.
#[must_use]
pub fn simple_not_easy() -> String {
    crate::t!("plan-simple-not-easy")
}

impl FocusBlock {
    /// Its status and target date in one line.
    #[must_use]
    pub fn facts(&self) -> String {
        if self.target_date.is_empty() {
            crate::t!("plan-focus-status", status = self.status.clone())
        } else {
            crate::t!(
                "plan-focus-status-date",
                status = self.status.clone(),
                date = self.target_date.clone()
            )
        }
    }

    /// The level lines to print, labelled, those without text left out.
    #[must_use]
    pub fn levels(&self) -> Vec<(String, &str)> {
        let example = crate::t!("plan-for-example", place = self.aim_example_place.clone());
        [
            (crate::t!("plan-now-at"), self.now.as_str()),
            (crate::t!("plan-aiming-for"), self.aim.as_str()),
            (example, self.aim_example.as_str()),
        ]
        .into_iter()
        .filter(|(_, t)| !t.is_empty())
        .collect()
    }
}

/// Everything the plan document shows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Document {
    pub name: String,
    pub role: String,
    pub team: String,
    pub coach: String,
    pub date: Date,
    pub review_date: Option<Date>,
    pub summary: String,
    /// "Growing into Team lead: at or above the expectation on 5 of 8
    /// skills; …", when a role of the list's ladder is aimed for.
    pub readiness: Option<String>,
    pub strengths: Vec<String>,
    pub growing: Vec<String>,
    pub to_talk_about: Vec<String>,
    pub own_strengths: Vec<String>,
    pub own_goals: Vec<String>,
    pub focus: Vec<FocusBlock>,
    /// The latest session's date and the actions agreed in it (for
    /// custom templates written before `open_actions`).
    pub latest_session: Option<(Date, Vec<ActionRow>)>,
    /// Every action agreed in a session and still open, overdue first,
    /// then by due date: the plan's to-do list, however old the session.
    pub open_actions: Vec<ActionRow>,
    /// The radar chart as SVG, when there are ratings to draw.
    pub chart_svg: Option<String>,
    /// The growth chart (ratings over time) as SVG, with two assessments
    /// or more.
    pub growth_svg: Option<String>,
}

/// The plan's focus skills as printed, each with what its current and
/// target level mean and an example of the target (the person's workplace
/// first).
fn focus_blocks(profile: &Profile, catalog: &Catalog) -> Vec<FocusBlock> {
    let meaning = |skill: Option<&crate::model::Skill>, level: Option<Level>| {
        skill
            .zip(level)
            .map(|(skill, level)| skill.described_level(&catalog.scale, level))
            .unwrap_or_default()
    };
    let example = |skill: Option<&crate::model::Skill>, level: Option<Level>| {
        skill
            .zip(level)
            .and_then(|(skill, level)| {
                skill
                    .level_examples(level, profile.workplace)
                    .first()
                    .map(|e| (e.workplace.label(), e.text.clone()))
            })
            .unwrap_or_default()
    };
    profile
        .plan
        .focus
        .iter()
        .map(|f| {
            let skill = catalog.skill(&f.skill);
            let target = profile.targets.get(&f.skill).copied();
            let (aim_example_place, aim_example) = example(skill, target);
            FocusBlock {
                skill: skill.map_or_else(|| f.skill.as_str().to_owned(), |s| s.name.clone()),
                status: f.status.label(),
                target_date: f.target_date.map(crate::i18n::date).unwrap_or_default(),
                goal: f.goal.clone(),
                actions: f.actions.iter().map(ActionRow::of).collect(),
                resources: f.resources.clone(),
                measure: f.measure.clone(),
                now: meaning(skill, current_level(profile, &f.skill)),
                aim: meaning(skill, target),
                aim_example,
                aim_example_place,
                evidence: crate::model::evidence::for_skill(&profile.evidence, &f.skill, None)
                    .into_iter()
                    .map(evidence_line)
                    .collect(),
            }
        })
        .collect()
}

impl Document {
    /// The plan of `profile` against `catalog`, dated `date`.
    #[must_use]
    pub fn build(profile: &Profile, catalog: &Catalog, date: Date) -> Self {
        let name = |id: &SkillId| {
            catalog
                .skill(id)
                .map_or_else(|| id.as_str().to_owned(), |s| s.name.clone())
        };
        let item = |id: crate::model::ItemId| {
            profile
                .item(id)
                .map(|(_, i)| i.text.clone())
                .unwrap_or_default()
        };
        let cmp = compare(&profile.have, &profile.want, catalog);
        let latest_session = profile
            .sessions
            .iter()
            .enumerate()
            .max_by_key(|(i, s)| (s.date, *i))
            .map(|(_, s)| (s.date, s.actions.iter().map(ActionRow::of).collect()));
        let open_actions = crate::model::coaching::open_actions(profile, None, date)
            .into_iter()
            .filter_map(|r| {
                let a = r.get(profile)?;
                let mut row = ActionRow::of(a);
                if a.is_overdue(date) {
                    row.status = crate::t!("plan-overdue");
                    row.overdue = true;
                }
                row.agreed = crate::i18n::date(profile.sessions.get(r.session)?.date);
                Some(row)
            })
            .collect();
        let coach = latest_session_coach(profile);
        let chart_svg = crate::chart::layers::build(
            profile,
            catalog,
            &crate::chart::layers::Choice {
                baseline: true,
                previous: false,
                ..crate::chart::layers::Choice::default()
            },
        )
        .ok()
        .and_then(|mut chart| {
            chart.title = None;
            // Printed at about 14 cm wide: larger type than on screen.
            let options = crate::chart::Options {
                font_size: 19.0,
                ..crate::chart::Options::export()
            };
            crate::chart::export::svg(&chart, &options).ok()
        });
        Document {
            name: profile.name.clone(),
            role: profile.role.clone(),
            team: profile.team.clone(),
            coach,
            date,
            review_date: profile.plan.review_date,
            summary: cmp.summary(),
            readiness: profile
                .aiming_for
                .as_deref()
                .and_then(|r| catalog.role(r))
                .map(|role| {
                    let ready = crate::model::readiness(profile, catalog, role);
                    crate::t!("plan-growing-into", what = ready.words(catalog))
                }),
            strengths: cmp.strengths.iter().chain(&cmp.deepen).map(name).collect(),
            growing: cmp
                .right_track
                .iter()
                .chain(&cmp.deepen)
                .map(name)
                .collect(),
            to_talk_about: cmp.blind_spots.iter().map(name).collect(),
            own_strengths: cmp.own_strengths.iter().map(|i| item(*i)).collect(),
            own_goals: cmp.own_goals.iter().map(|i| item(*i)).collect(),
            focus: focus_blocks(profile, catalog),
            latest_session,
            open_actions,
            chart_svg,
            growth_svg: crate::chart::growth::build(profile, catalog)
                .and_then(|g| crate::chart::export::growth_svg(&g, 720.0).ok()),
        }
    }

    /// The plan as Markdown.
    #[must_use]
    pub fn markdown(&self) -> String {
        let mut out = String::new();
        let _ = writeln!(
            out,
            "# {}\n",
            md_line(&crate::t!("plan-title-of", name = self.name.clone()))
        );
        for line in self.facts() {
            let _ = writeln!(out, "{}  ", md_line(&line));
        }
        let _ = writeln!(
            out,
            "\n## {}\n\n{}\n",
            crate::t!("plan-where-i-stand"),
            self.summary
        );
        if let Some(ready) = &self.readiness {
            let _ = writeln!(out, "{}\n", md_line(ready));
        }
        for (title, list) in self.lists() {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "**{title}**\n");
            for x in list {
                let _ = writeln!(out, "- {}", md_line(x));
            }
            out.push('\n');
        }
        let _ = writeln!(out, "## {}\n", crate::t!("plan-focus-skills"));
        if self.focus.is_empty() {
            let _ = writeln!(out, "{}\n", crate::t!("plan-print-no-focus"));
        } else {
            let _ = writeln!(out, "{}\n", simple_not_easy());
        }
        for (i, f) in self.focus.iter().enumerate() {
            let _ = writeln!(out, "### {}. {}\n", i + 1, md_line(&f.skill));
            let _ = writeln!(out, "{}\n", f.facts());
            if !f.goal.is_empty() {
                let _ = writeln!(
                    out,
                    "**{}** {}\n",
                    crate::t!("plan-print-goal"),
                    md_line(&f.goal)
                );
            }
            for (label, text) in f.levels() {
                let _ = writeln!(out, "**{label}** {}\n", md_line(text));
            }
            md_actions(&mut out, &f.actions);
            if !f.evidence.is_empty() {
                let _ = writeln!(out, "**{}**\n", crate::t!("plan-evidence-so-far"));
                for e in &f.evidence {
                    let _ = writeln!(out, "- {}", md_line(e));
                }
                out.push('\n');
            }
            if !f.resources.is_empty() {
                let _ = writeln!(out, "**{}**\n", crate::t!("plan-print-resources"));
                for r in &f.resources {
                    let _ = writeln!(out, "- {}", md_line(r));
                }
                out.push('\n');
            }
            if !f.measure.is_empty() {
                let _ = writeln!(
                    out,
                    "**{}** {}\n",
                    crate::t!("plan-success"),
                    md_line(&f.measure)
                );
            }
        }
        if !self.open_actions.is_empty() {
            let _ = writeln!(out, "## {}\n", crate::t!("plan-open-actions"));
            md_actions(&mut out, &self.open_actions);
        }
        let _ = writeln!(
            out,
            "## {}\n\n{}: ______________________  {}: __________\n\n{}: ______________________  {}: __________",
            crate::t!("plan-signatures"),
            crate::t!("plan-technician"),
            crate::t!("plan-date"),
            crate::t!("plan-coach"),
            crate::t!("plan-date"),
        );
        out
    }

    /// The plan as a standalone HTML page, printable on `paper`.
    #[must_use]
    pub fn html(&self, paper: Paper) -> String {
        let mut out = String::new();
        let _ = write!(
            out,
            r#"<!DOCTYPE html>
<html lang="{lang}"><head><meta charset="utf-8">
<title>{title}</title>
<style>
@page {{ size: {paper}; margin: 18mm 16mm 20mm; }}
body {{ font-family: "Noto Sans", "DejaVu Sans", Arial, sans-serif; color: #1f2328; max-width: 46rem; margin: 2rem auto; line-height: 1.45; }}
h1 {{ font-size: 1.6rem; margin-bottom: .2rem; }}
h2 {{ font-size: 1.2rem; border-bottom: 2px solid #2f6fde; padding-bottom: .15rem; margin-top: 1.6rem; }}
h3 {{ font-size: 1.05rem; margin-bottom: .3rem; }}
.facts {{ color: #555; }}
table {{ border-collapse: collapse; width: 100%; margin: .4rem 0 .8rem; }}
th, td {{ border: 1px solid #d5d9df; padding: .25rem .45rem; text-align: left; vertical-align: top; }}
th {{ background: #f1f4f8; }}
tr {{ break-inside: avoid; }}
thead {{ display: table-header-group; }}
.chart svg {{ width: 100%; height: auto; max-width: 34rem; display: block; margin: 0 auto; }}
.focus {{ break-inside: avoid-page; }}
.sign {{ display: flex; gap: 3rem; margin-top: 2.5rem; }}
.sign div {{ flex: 1; border-top: 1px solid #1f2328; padding-top: .3rem; }}
@media print {{ body {{ margin: 0; max-width: none; }} }}
</style></head><body>
<h1>{title}</h1>
"#,
            lang = crate::i18n::current().tag(),
            title = esc(&crate::t!("plan-title-of", name = self.name.clone())),
            paper = paper.css()
        );
        let _ = writeln!(
            out,
            r#"<p class="facts">{}</p>"#,
            self.facts()
                .iter()
                .map(|f| esc(f))
                .collect::<Vec<_>>()
                .join("<br>")
        );
        let _ = writeln!(
            out,
            "<h2>{}</h2>\n<p>{}</p>",
            esc(&crate::t!("plan-where-i-stand")),
            esc(&self.summary)
        );
        if let Some(ready) = &self.readiness {
            let _ = writeln!(out, "<p><strong>{}</strong></p>", esc(ready));
        }
        if let Some(svg) = &self.chart_svg {
            // Our own SVG: plotters escapes the text it writes.
            let svg = svg.find("<svg").map_or(svg.as_str(), |i| &svg[i..]);
            let _ = writeln!(out, r#"<div class="chart">{svg}</div>"#);
        }
        for (title, list) in self.lists() {
            if list.is_empty() {
                continue;
            }
            let _ = writeln!(out, "<h3>{}</h3>\n<ul>", esc(&title));
            for x in list {
                let _ = writeln!(out, "<li>{}</li>", esc(x));
            }
            let _ = writeln!(out, "</ul>");
        }
        let _ = writeln!(out, "<h2>{}</h2>", esc(&crate::t!("plan-focus-skills")));
        if self.focus.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", esc(&crate::t!("plan-print-no-focus")));
        } else {
            let _ = writeln!(out, "<p>{}</p>", esc(&simple_not_easy()));
        }
        for (i, f) in self.focus.iter().enumerate() {
            html_focus(&mut out, i, f);
        }
        if let Some(svg) = &self.growth_svg {
            let svg = svg.find("<svg").map_or(svg.as_str(), |i| &svg[i..]);
            let _ = writeln!(
                out,
                r#"<h2>{}</h2><div class="chart">{svg}</div>"#,
                esc(&crate::t!("plan-growth"))
            );
        }
        if !self.open_actions.is_empty() {
            let _ = writeln!(out, "<h2>{}</h2>", esc(&crate::t!("plan-open-actions")));
            html_actions(&mut out, &self.open_actions);
        }
        let _ = writeln!(
            out,
            r#"<div class="sign"><div>{}</div><div>{}</div></div>
</body></html>"#,
            esc(&crate::t!("plan-sign-technician")),
            esc(&crate::t!("plan-sign-coach"))
        );
        out
    }

    fn facts(&self) -> Vec<String> {
        let mut facts = Vec::new();
        let mut who = Vec::new();
        if !self.role.is_empty() {
            who.push(self.role.clone());
        }
        if !self.team.is_empty() {
            who.push(self.team.clone());
        }
        if !who.is_empty() {
            facts.push(who.join(", "));
        }
        if !self.coach.is_empty() {
            facts.push(crate::t!("plan-fact-coach", coach = self.coach.clone()));
        }
        let date = crate::i18n::date(self.date);
        facts.push(if let Some(r) = self.review_date {
            crate::t!(
                "plan-fact-dates",
                date = date,
                review = crate::i18n::date(r)
            )
        } else {
            crate::t!("plan-fact-date", date = date)
        });
        facts
    }

    fn lists(&self) -> [(String, &Vec<String>); 5] {
        [
            (crate::t!("plan-list-strengths"), &self.strengths),
            (crate::t!("plan-list-growing"), &self.growing),
            (crate::t!("plan-list-talk"), &self.to_talk_about),
            (crate::t!("plan-list-own-strengths"), &self.own_strengths),
            (crate::t!("plan-list-own-goals"), &self.own_goals),
        ]
    }
}

fn latest_session_coach(profile: &Profile) -> String {
    profile
        .sessions
        .iter()
        .max_by_key(|s| s.date)
        .map(|s| s.coach.clone())
        .filter(|c| !c.is_empty())
        .unwrap_or_else(|| profile.coach.clone())
}

/// Text on one Markdown line, with the characters that would start markup
/// escaped.
fn md_line(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if matches!(
            c,
            '\\' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '#' | '|'
        ) {
            out.push('\\');
        }
        out.push(if c == '\n' { ' ' } else { c });
    }
    out
}

fn md_actions(out: &mut String, actions: &[ActionRow]) {
    if actions.is_empty() {
        return;
    }
    let agreed = actions.iter().any(|a| !a.agreed.is_empty());
    let heads = action_heads(agreed);
    let _ = writeln!(
        out,
        "| {} |\n|{}",
        heads.join(" | "),
        "---|".repeat(heads.len())
    );
    for a in actions {
        let when = if agreed {
            format!(" {} |", a.agreed)
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "| {} | {} | {} |{when} {} |",
            md_line(&a.text),
            md_line(&a.owner),
            a.due,
            a.status
        );
    }
    out.push('\n');
}

/// Text for HTML.
#[must_use]
pub fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// One focus skill as an HTML section.
fn html_focus(out: &mut String, i: usize, f: &FocusBlock) {
    let _ = writeln!(
        out,
        r#"<section class="focus"><h3>{}. {}</h3>"#,
        i + 1,
        esc(&f.skill)
    );
    let _ = writeln!(out, r#"<p class="facts">{}</p>"#, esc(&f.facts()));
    if !f.goal.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong> {}</p>",
            esc(&crate::t!("plan-print-goal")),
            esc(&f.goal)
        );
    }
    for (label, text) in f.levels() {
        let _ = writeln!(out, "<p><strong>{}</strong> {}</p>", esc(&label), esc(text));
    }
    html_actions(out, &f.actions);
    if !f.evidence.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p><ul>",
            esc(&crate::t!("plan-evidence-so-far"))
        );
        for e in &f.evidence {
            let _ = writeln!(out, "<li>{}</li>", esc(e));
        }
        let _ = writeln!(out, "</ul>");
    }
    if !f.resources.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong></p><ul>",
            esc(&crate::t!("plan-print-resources"))
        );
        for r in &f.resources {
            let _ = writeln!(out, "<li>{}</li>", esc(r));
        }
        let _ = writeln!(out, "</ul>");
    }
    if !f.measure.is_empty() {
        let _ = writeln!(
            out,
            "<p><strong>{}</strong> {}</p>",
            esc(&crate::t!("plan-success")),
            esc(&f.measure)
        );
    }
    let _ = writeln!(out, "</section>");
}

fn html_actions(out: &mut String, actions: &[ActionRow]) {
    if actions.is_empty() {
        return;
    }
    let agreed = actions.iter().any(|a| !a.agreed.is_empty());
    let heads = action_heads(agreed)
        .iter()
        .fold(String::new(), |mut row, h| {
            let _ = write!(row, "<th>{}</th>", esc(h));
            row
        });
    let _ = writeln!(out, "<table><thead><tr>{heads}</tr></thead><tbody>");
    for a in actions {
        let when = if agreed {
            format!("<td>{}</td>", esc(&a.agreed))
        } else {
            String::new()
        };
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td>{}</td>{when}<td>{}</td></tr>",
            esc(&a.text),
            esc(&a.owner),
            esc(&a.due),
            esc(&a.status)
        );
    }
    let _ = writeln!(out, "</tbody></table>");
}

/// The formats a plan is exported in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Pdf,
    Markdown,
    Html,
}

impl Format {
    /// The format a file name asks for by its ending.
    #[must_use]
    pub fn from_path(path: &std::path::Path) -> Option<Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "pdf" => Some(Format::Pdf),
            "md" | "markdown" => Some(Format::Markdown),
            "html" | "htm" => Some(Format::Html),
            _ => None,
        }
    }
}

/// A plan rendered to bytes, and a warning when a coach's own template
/// could not be used (the built-in layout was used instead).
#[derive(Debug)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    pub warning: Option<String>,
}

/// Renders `doc` as `format`. For PDF, `custom` is a coach's own template
/// (its path, for messages, and its text): when it fails, the built-in
/// template is used and the reason is returned as a warning.
pub fn render(
    doc: &Document,
    format: Format,
    paper: Paper,
    custom: Option<(&std::path::Path, &str)>,
) -> Result<Rendered, pdf::PdfError> {
    match format {
        Format::Markdown => Ok(Rendered {
            bytes: doc.markdown().into_bytes(),
            warning: None,
        }),
        Format::Html => Ok(Rendered {
            bytes: doc.html(paper).into_bytes(),
            warning: None,
        }),
        Format::Pdf => {
            if let Some((path, text)) = custom {
                match pdf::render(doc, paper, text) {
                    Ok(bytes) => {
                        return Ok(Rendered {
                            bytes,
                            warning: None,
                        });
                    }
                    Err(e) => {
                        let warning = crate::t!(
                            "plan-template-failed",
                            path = path.display().to_string(),
                            reason = e.to_string()
                        );
                        return pdf::render(doc, paper, pdf::TEMPLATE).map(|bytes| Rendered {
                            bytes,
                            warning: Some(warning),
                        });
                    }
                }
            }
            pdf::render(doc, paper, pdf::TEMPLATE).map(|bytes| Rendered {
                bytes,
                warning: None,
            })
        }
    }
}
