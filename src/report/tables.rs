//! A profile, a team and a list as tables for spreadsheets: the ratings
//! history, the actions and the plan of one technician; the team's latest
//! ratings against targets (technicians × skills); a list's skills in the
//! columns the framework import reads, so a list goes out and back in
//! whole. Written as `.xlsx` (one sheet per table, `rust_xlsxwriter`) or as
//! CSV (one file per table).

use std::fmt::Write as _;

use crate::model::coaching::{current_level, status_word};
use crate::model::framework::Column;
use crate::model::team::Standing;
use crate::model::{Catalog, Level, Profile, SkillId};

/// One table: the sheet's name, the headings and the rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: String,
    pub header: Vec<String>,
    pub rows: Vec<Vec<Cell>>,
}

/// A cell: text, or a number a spreadsheet can sum and chart.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Text(String),
    Number(f64),
    Empty,
}

impl Cell {
    fn text(s: impl Into<String>) -> Self {
        let s = s.into();
        if s.is_empty() {
            Cell::Empty
        } else {
            Cell::Text(s)
        }
    }
    fn level(l: Option<Level>) -> Self {
        l.map_or(Cell::Empty, |l| Cell::Number(f64::from(l.get())))
    }
    fn date(d: Option<jiff::civil::Date>) -> Self {
        d.map_or(Cell::Empty, |d| Cell::Text(d.to_string()))
    }
    /// As CSV shows it.
    fn plain(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Number(n) => format!("{n}"),
            Cell::Empty => String::new(),
        }
    }
}

/// The headings of message ids, in the language in use.
fn heading(ids: &[&str]) -> Vec<String> {
    ids.iter().map(|id| crate::i18n::text(id, None)).collect()
}

fn skill_name(catalog: &Catalog, id: &SkillId) -> String {
    catalog
        .skill(id)
        .map_or_else(|| id.to_string(), |s| s.name.clone())
}

/// A profile's three tables: Ratings (one row per skill rated, oldest
/// first), Actions (every action agreed in a session or planned for a
/// focus skill) and Plan (one row per focus skill).
#[must_use]
pub fn profile_tables(profile: &Profile, catalog: &Catalog) -> Vec<Table> {
    let scale = &catalog.scale;
    let mut ratings = Table {
        name: crate::t!("sheet-ratings"),
        header: heading(&[
            "sheet-col-date",
            "sheet-col-rated-by",
            "sheet-col-skill",
            "sheet-col-level-number",
            "sheet-col-level-name",
            "sheet-col-target",
            "sheet-col-note",
        ]),
        rows: Vec::new(),
    };
    let mut assessments: Vec<_> = profile.assessments.iter().collect();
    assessments.sort_by_key(|a| a.date);
    for a in assessments {
        for skill in &catalog.skills {
            let level = a.ratings.get(&skill.id).copied();
            let na = a.not_applicable.contains(&skill.id);
            if level.is_none() && !na {
                continue;
            }
            ratings.rows.push(vec![
                Cell::Text(a.date.to_string()),
                Cell::text(a.rater.label()),
                Cell::text(&skill.name),
                Cell::level(level),
                Cell::text(if na {
                    crate::t!("sheet-not-applicable")
                } else {
                    level.map(|l| scale.name(l)).unwrap_or_default()
                }),
                Cell::level(profile.targets.get(&skill.id).copied()),
                Cell::text(&a.note),
            ]);
        }
    }
    let mut actions = Table {
        name: crate::t!("sheet-actions"),
        header: heading(&[
            "plan-col-agreed",
            "plan-col-action",
            "sheet-col-skill",
            "plan-col-owner",
            "plan-col-due",
            "plan-col-status",
        ]),
        rows: Vec::new(),
    };
    let mut row = |agreed: String, a: &crate::model::Action| {
        actions.rows.push(vec![
            Cell::text(agreed),
            Cell::text(&a.text),
            Cell::text(
                a.skill
                    .as_ref()
                    .map(|s| skill_name(catalog, s))
                    .unwrap_or_default(),
            ),
            Cell::text(&a.owner),
            Cell::date(a.due),
            Cell::text(status_word(a.status)),
        ]);
    };
    for s in &profile.sessions {
        for a in &s.actions {
            row(
                crate::t!("sheet-agreed-session", date = s.date.to_string()),
                a,
            );
        }
    }
    for f in &profile.plan.focus {
        for a in &f.actions {
            row(
                crate::t!("sheet-agreed-plan", skill = skill_name(catalog, &f.skill)),
                a,
            );
        }
    }
    vec![ratings, actions, plan_table(profile, catalog)]
}

/// The Plan table: one row per focus skill.
fn plan_table(profile: &Profile, catalog: &Catalog) -> Table {
    let mut plan = Table {
        name: crate::t!("sheet-plan"),
        header: heading(&[
            "sheet-col-focus-skill",
            "sheet-col-goal",
            "sheet-col-now",
            "sheet-col-target",
            "sheet-col-measure",
            "sheet-col-target-date",
            "plan-col-status",
            "sheet-col-resources",
        ]),
        rows: Vec::new(),
    };
    for f in &profile.plan.focus {
        plan.rows.push(vec![
            Cell::text(skill_name(catalog, &f.skill)),
            Cell::text(&f.goal),
            Cell::level(current_level(profile, &f.skill)),
            Cell::level(profile.targets.get(&f.skill).copied()),
            Cell::text(&f.measure),
            Cell::date(f.target_date),
            Cell::text(f.status.label()),
            Cell::text(f.resources.join("\n")),
        ]);
    }
    plan
}

/// One technician of the team sheet: name, role, where they stand, and
/// the list they follow.
pub struct Member<'a> {
    pub name: &'a str,
    pub role: &'a str,
    pub standing: &'a Standing,
    pub catalog: &'a Catalog,
}

/// The team: one row per technician, their latest level and target in
/// each skill (skills of every list the team follows, list by list).
#[must_use]
pub fn team_table(team: &[Member<'_>]) -> Table {
    // The skills, in the order their lists first appear.
    let mut columns: Vec<(&Catalog, &crate::model::Skill)> = Vec::new();
    let mut lists: Vec<&crate::model::CatalogId> = Vec::new();
    for m in team {
        if !lists.contains(&&m.catalog.id) {
            lists.push(&m.catalog.id);
            columns.extend(m.catalog.skills.iter().map(|s| (m.catalog, s)));
        }
    }
    let several = lists.len() > 1;
    let mut header = heading(&[
        "sheet-col-technician",
        "sheet-col-job-role",
        "sheet-col-team",
        "sheet-col-coach",
        "sheet-col-list",
        "sheet-col-last-rated",
    ]);
    for (catalog, skill) in &columns {
        let name = if several {
            format!("{} ({})", skill.name, catalog.title)
        } else {
            skill.name.clone()
        };
        header.push(name.clone());
        header.push(crate::t!("sheet-col-skill-target", skill = name.clone()));
    }
    let rows = team
        .iter()
        .map(|m| {
            let s = m.standing;
            let mut row = vec![
                Cell::text(m.name),
                Cell::text(m.role),
                Cell::text(&s.team),
                Cell::text(&s.coach),
                Cell::text(&m.catalog.title),
                Cell::date(s.last_rated),
            ];
            for (c, skill) in &columns {
                if c.id == m.catalog.id {
                    row.push(Cell::level(s.latest.get(&skill.id).copied()));
                    row.push(Cell::level(s.targets.get(&skill.id).copied()));
                } else {
                    row.extend([Cell::Empty, Cell::Empty]);
                }
            }
            row
        })
        .collect();
    Table {
        name: crate::t!("sheet-team"),
        header,
        rows,
    }
}

/// A list in the columns the framework import reads back: Skill,
/// Description, Keywords, one column per level (headed "Level n – name"),
/// Strategies, Prompts; several values in a cell one per line.
#[must_use]
pub fn list_table(catalog: &Catalog) -> Table {
    let mut header = heading(&[
        "sheet-col-skill",
        "sheet-col-description",
        "sheet-col-keywords",
    ]);
    let scale = &catalog.scale;
    let described = catalog.skills.iter().any(|s| !s.levels.is_empty());
    let own_scale = !scale.is_standard();
    let examples = catalog
        .skills
        .iter()
        .any(|s| s.levels.iter().any(|l| !l.examples.is_empty()));
    if described || own_scale {
        for level in scale.levels() {
            header.push(format!(
                "{} – {}",
                Column::Level(level.get()).heading(crate::i18n::current()),
                scale.name(level)
            ));
            if examples {
                header.push(Column::Examples(level.get()).heading(crate::i18n::current()));
            }
        }
    }
    header.extend(heading(&["sheet-col-strategies", "sheet-col-prompts"]));
    for role in &catalog.roles {
        header.push(crate::t!("sheet-col-role", name = role.name.clone()));
    }
    header.push(crate::t!("sheet-col-id"));
    let rows = catalog
        .skills
        .iter()
        .map(|s| {
            let mut row = vec![
                Cell::text(&s.name),
                Cell::text(&s.summary),
                Cell::text(s.keywords.join("; ")),
            ];
            if described || own_scale {
                for level in scale.levels() {
                    let described = s.levels.get(level.index());
                    row.push(Cell::text(described.map_or("", |l| l.text.as_str())));
                    if examples {
                        let lines: Vec<String> = described
                            .map(|l| {
                                l.examples
                                    .iter()
                                    .map(|e| format!("{}: {}", e.workplace.label(), e.text))
                                    .collect()
                            })
                            .unwrap_or_default();
                        row.push(Cell::text(lines.join("\n")));
                    }
                }
            }
            row.push(Cell::text(one_per_line(&s.strategies)));
            row.push(Cell::text(one_per_line(&s.prompts)));
            for role in &catalog.roles {
                row.push(Cell::level(role.expects.get(&s.id).copied()));
            }
            row.push(Cell::text(s.id.as_str()));
            row
        })
        .collect();
    Table {
        name: crate::t!("sheet-list"),
        header,
        rows,
    }
}

/// Several texts in one cell, one per line, as the import reads them back
/// (a single text with a `;` gets a line break after it, so that it is not
/// read as two).
fn one_per_line(texts: &[String]) -> String {
    let mut cell = texts.join("\n");
    if texts.len() == 1 && cell.contains(';') {
        cell.push('\n');
    }
    cell
}

/// The tables as one `.xlsx` workbook, a sheet each, headings bold and
/// frozen, columns wide enough to read.
///
/// # Errors
/// The writer's own error, in words.
pub fn xlsx(tables: &[Table]) -> Result<Vec<u8>, String> {
    use rust_xlsxwriter::{Format, Workbook};
    let mut book = Workbook::new();
    let bold = Format::new().set_bold();
    let wrap = Format::new().set_text_wrap();
    for table in tables {
        let sheet = book.add_worksheet();
        sheet
            .set_name(sheet_name(&table.name))
            .map_err(|e| e.to_string())?;
        for (c, h) in table.header.iter().enumerate() {
            let c = u16::try_from(c).map_err(|_| "too many columns".to_owned())?;
            sheet
                .write_string_with_format(0, c, h, &bold)
                .map_err(|e| e.to_string())?;
            let width = if h.len() > 24 { 28.0 } else { 16.0 };
            sheet
                .set_column_width(c, width)
                .map_err(|e| e.to_string())?;
        }
        for (r, row) in table.rows.iter().enumerate() {
            let r = u32::try_from(r + 1).map_err(|_| "too many rows".to_owned())?;
            for (c, cell) in row.iter().enumerate() {
                let c = u16::try_from(c).map_err(|_| "too many columns".to_owned())?;
                match cell {
                    Cell::Text(s) if s.contains('\n') => {
                        sheet.write_string_with_format(r, c, s, &wrap)
                    }
                    Cell::Text(s) => sheet.write_string(r, c, s),
                    Cell::Number(n) => sheet.write_number(r, c, *n),
                    Cell::Empty => continue,
                }
                .map_err(|e| e.to_string())?;
            }
        }
        sheet.set_freeze_panes(1, 0).map_err(|e| e.to_string())?;
    }
    book.save_to_buffer().map_err(|e| e.to_string())
}

/// A sheet name Excel accepts: at most 31 characters, none of `[]:*?/\`.
fn sheet_name(name: &str) -> String {
    let clean: String = name
        .chars()
        .map(|c| if "[]:*?/\\".contains(c) { ' ' } else { c })
        .take(31)
        .collect();
    if clean.trim().is_empty() {
        crate::t!("sheet-default-name")
    } else {
        clean
    }
}

/// One table as CSV (UTF-8 with a byte order mark, so Excel reads the
/// accents; CRLF line ends). A text that a spreadsheet would take for a
/// formula (`=`, `+`, `-`, `@` first) gets a leading `'`, as spreadsheets
/// themselves write it.
#[must_use]
pub fn csv(table: &Table) -> Vec<u8> {
    let mut out = String::from("\u{FEFF}");
    let line = |cells: Vec<String>| -> String {
        cells
            .iter()
            .map(|c| {
                let c = if c.starts_with(['=', '+', '-', '@', '\t', '\r']) {
                    format!("'{c}")
                } else {
                    c.clone()
                };
                if c.contains([',', '"', '\n', '\r', ';']) {
                    format!("\"{}\"", c.replace('"', "\"\""))
                } else {
                    c
                }
            })
            .collect::<Vec<_>>()
            .join(",")
    };
    let _ = write!(out, "{}\r\n", line(table.header.clone()));
    for row in &table.rows {
        let _ = write!(out, "{}\r\n", line(row.iter().map(Cell::plain).collect()));
    }
    out.into_bytes()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it_and_defuses_formulas() {
        let t = Table {
            name: "T".into(),
            header: vec!["A".into(), "B".into()],
            rows: vec![
                vec![Cell::Text("=HYPERLINK(\"x\")".into()), Cell::Number(3.0)],
                vec![Cell::Text("a, \"b\"\nc".into()), Cell::Empty],
            ],
        };
        let text = String::from_utf8(csv(&t)).expect("utf-8");
        assert_eq!(
            text,
            "\u{FEFF}A,B\r\n\"'=HYPERLINK(\"\"x\"\")\",3\r\n\"a, \"\"b\"\"\nc\",\r\n"
        );
    }

    #[test]
    fn sheet_names_are_ones_excel_accepts() {
        assert_eq!(sheet_name("Plan"), "Plan");
        assert_eq!(sheet_name("a/b:c"), "a b c");
        assert_eq!(sheet_name(&"x".repeat(40)).len(), 31);
        assert_eq!(sheet_name("///"), "Sheet");
    }
}
