//! Turning an organisation's competency framework, as a table from a
//! spreadsheet or CSV file, into a recommended list. The table's columns
//! may come in any order; a [`Mapping`] says which is which (guessed from
//! the headings, then confirmed by the person). Reading the file is done at
//! the edge (`crate::sheets`); this is the pure part, tested without files.
//!
//! A real framework is rarely tidy, so rows are read the way a person
//! would read them: blank rows are skipped, a row whose skill cell is blank
//! continues the skill above it (as a merged cell looks once saved), short
//! rows are filled with blanks, and several strategies or prompts may share
//! a cell, one per line or (in a cell of one line) separated by `;`.

use std::collections::BTreeSet;

use super::catalog::{Catalog, CatalogId, LevelText, Skill, slug};
use super::level::{Level, Scale};
use super::profile::{MAX_ITEM_CHARS, MAX_NAME_CHARS};
use super::text::{clean_line, clean_multiline};

/// The most skills a list may have (a framework of every trade in a
/// company still fits; a sheet of 100,000 rows is a wrong sheet).
pub const MAX_SKILLS: usize = 2_000;
/// The longest description of a skill or a level, in characters.
pub const MAX_TEXT_CHARS: usize = 4_000;

/// The cells of one sheet, as text. `rows[0]` is the sheet's row
/// `first_row` (1 for a sheet that starts at the top).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Table {
    pub sheet: String,
    pub first_row: usize,
    pub rows: Vec<Vec<String>>,
}

impl Table {
    /// The widest row's number of cells.
    #[must_use]
    pub fn width(&self) -> usize {
        self.rows.iter().map(Vec::len).max().unwrap_or(0)
    }

    fn cell(&self, row: usize, col: usize) -> &str {
        self.rows
            .get(row)
            .and_then(|r| r.get(col))
            .map_or("", String::as_str)
    }
}

/// What a column holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Column {
    Ignore,
    Skill,
    /// The skill's id (a list exported by Lodestar has it, so ratings and
    /// roles keep pointing at the same skills when it comes back).
    Id,
    Description,
    Keywords,
    /// The description of one level, 1 up to 7.
    Level(u8),
    /// Short examples of one level, one per line, each "Workplace: text".
    Examples(u8),
    Strategies,
    Prompts,
    /// The level a role of the ladder expects (the role named in
    /// [`Mapping::role_names`] at this index).
    Role(u8),
}

impl Column {
    /// Every choice the mapping step offers, in order.
    #[must_use]
    pub fn choices(mapping: &Mapping) -> Vec<Column> {
        let mut all = vec![
            Column::Ignore,
            Column::Skill,
            Column::Id,
            Column::Description,
            Column::Keywords,
        ];
        all.extend((1..=Scale::MAX_LEVELS).map(Column::Level));
        all.extend((1..=Scale::MAX_LEVELS).map(Column::Examples));
        all.extend([Column::Strategies, Column::Prompts]);
        all.extend(
            (0..mapping.role_names.len()).filter_map(|i| u8::try_from(i).ok().map(Column::Role)),
        );
        all
    }

    /// As the mapping step names it.
    #[must_use]
    pub fn label(self, mapping: &Mapping) -> String {
        match self {
            Column::Ignore => crate::t!("sheet-col-ignore"),
            Column::Role(i) => heading_in(
                crate::i18n::current(),
                "sheet-col-role",
                mapping
                    .role_names
                    .get(usize::from(i))
                    .map_or("?", String::as_str),
            ),
            other => other.heading(crate::i18n::current()),
        }
    }
}

/// Which column is what, whether the first row holds headings, and the
/// names of the scale's levels.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Mapping {
    pub headings: bool,
    /// One per column of the table; missing ones are ignored.
    pub columns: Vec<Column>,
    /// The names of the levels, one per level column (filled from the
    /// headings; the person may change them).
    pub level_names: Vec<String>,
    /// The roles of the ladder, from headings such as "Role: Team lead".
    pub role_names: Vec<String>,
}

/// Why a table could not become a list. Every message names where.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FrameworkError {
    #[error("{at}: {problem}")]
    Cell { at: String, problem: String },
    #[error("sheet \"{sheet}\": {problem}")]
    Sheet { sheet: String, problem: String },
    #[error("{0}")]
    Mapping(String),
}

/// "A", "B", … "Z", "AA": the column as a spreadsheet names it.
#[must_use]
pub fn column_letter(index: usize) -> String {
    let mut n = index + 1;
    let mut out = Vec::new();
    while n > 0 {
        let rem = (n - 1) % 26;
        out.push(char::from(b'A' + u8::try_from(rem).unwrap_or(0)));
        n = (n - 1) / 26;
    }
    out.iter().rev().collect()
}

/// Guesses the mapping from the first row: "Skill", "Competency",
/// "Description", "Keywords", "Level 2", "L3 – Leading", "Strategies",
/// "Prompts"… Without recognisable headings, the first column is the skill
/// and the second its description.
#[must_use]
pub fn guess(table: &Table) -> Mapping {
    let first: Vec<String> = (0..table.width())
        .map(|c| clean_line(table.cell(0, c)))
        .collect();
    let mut columns: Vec<Column> = first.iter().map(|h| column_for(h)).collect();
    // "Role: Team lead" columns, numbered in order.
    let mut role_names = Vec::new();
    for (c, h) in columns.iter_mut().zip(&first) {
        if let Some(name) = role_heading(h)
            && let Ok(i) = u8::try_from(role_names.len())
        {
            role_names.push(name);
            *c = Column::Role(i);
        }
    }
    let headings = columns.iter().any(|c| *c != Column::Ignore);
    if !headings {
        columns = (0..table.width())
            .map(|c| match c {
                0 => Column::Skill,
                1 => Column::Description,
                2 => Column::Keywords,
                _ => Column::Ignore,
            })
            .collect();
    }
    // One column per meaning: a second "Skill" heading is not used.
    let mut seen = BTreeSet::new();
    for c in &mut columns {
        if !seen.insert(*c) && !matches!(c, Column::Ignore) {
            *c = Column::Ignore;
        }
    }
    let mut mapping = Mapping {
        headings,
        columns,
        level_names: Vec::new(),
        role_names,
    };
    mapping.level_names = default_level_names(&mapping, table);
    mapping
}

/// "Team lead" from "Role: Team lead" or "Expected: Team lead" (or the
/// role heading of another language: "Rolle: Teamleitung").
fn role_heading(heading: &str) -> Option<String> {
    let lower = heading.to_lowercase();
    let theirs: Vec<String> = crate::i18n::Lang::all()
        .map(|lang| heading_in(lang, "sheet-col-role", "").trim().to_lowercase())
        .filter(|p| !p.is_empty())
        .collect();
    ["role:", "expected:", "role -", "role –"]
        .iter()
        .map(|p| (*p).to_owned())
        .chain(theirs)
        .find(|p| lower.starts_with(p.as_str()))
        .and_then(|p| heading.get(p.len()..))
        .map(clean_line)
        .filter(|n| !n.is_empty())
}

/// A heading with a placeholder `$name` (a role's, a level's number) in
/// `lang`.
fn heading_in(lang: crate::i18n::Lang, id: &str, name: &str) -> String {
    let mut args = crate::i18n::FluentArgs::new();
    args.set("name", name.to_owned());
    crate::i18n::text_in(lang, id, Some(&args))
}

impl Column {
    /// The heading of this column in a spreadsheet in `lang` (for a role,
    /// see [`Column::label`]).
    #[must_use]
    pub fn heading(self, lang: crate::i18n::Lang) -> String {
        let plain = |id: &str| crate::i18n::text_in(lang, id, None);
        match self {
            Column::Ignore => plain("sheet-col-ignore"),
            Column::Skill => plain("sheet-col-skill"),
            Column::Id => plain("sheet-col-id"),
            Column::Description => plain("sheet-col-description"),
            Column::Keywords => plain("sheet-col-keywords"),
            Column::Level(n) => heading_in(lang, "sheet-col-level", &n.to_string()),
            Column::Examples(n) => heading_in(lang, "sheet-col-examples", &n.to_string()),
            Column::Strategies => plain("sheet-col-strategies"),
            Column::Prompts => plain("sheet-col-prompts"),
            Column::Role(_) => heading_in(lang, "sheet-col-role", ""),
        }
    }
}

/// The column a heading names in any language Lodestar speaks (as its
/// own export writes them: "Beschreibung", "Stufe 2 – Im Aufbau").
fn column_in_any_language(heading: &str) -> Option<Column> {
    let h = heading.to_lowercase();
    let same = |a: &str| a.to_lowercase() == h;
    for lang in crate::i18n::Lang::all() {
        for column in [
            Column::Skill,
            Column::Id,
            Column::Description,
            Column::Keywords,
            Column::Strategies,
            Column::Prompts,
        ] {
            if same(&column.heading(lang)) {
                return Some(column);
            }
        }
        for n in 1..=Scale::MAX_LEVELS {
            let level = Column::Level(n).heading(lang).to_lowercase();
            if same(&Column::Examples(n).heading(lang)) {
                return Some(Column::Examples(n));
            }
            // "Stufe 2" or "Stufe 2 – Im Aufbau".
            if h == level
                || h.strip_prefix(&level)
                    .is_some_and(|rest| rest.starts_with([' ', '–', '-', ':']))
            {
                return Some(Column::Level(n));
            }
        }
    }
    None
}

/// What a heading names, if anything.
fn column_for(heading: &str) -> Column {
    if let Some(column) = column_in_any_language(heading.trim()) {
        return column;
    }
    let h = heading.to_lowercase();
    let h = h.trim_matches(|c: char| !c.is_alphanumeric());
    match h {
        "skill" | "skills" | "name" | "skill name" | "competency" | "competence"
        | "competencies" | "quality" | "behaviour" | "behavior" => return Column::Skill,
        "description" | "summary" | "definition" | "what it means" | "meaning" => {
            return Column::Description;
        }
        "keywords" | "keyword" | "tags" | "synonyms" | "also called" => return Column::Keywords,
        "id" | "skill id" => return Column::Id,
        "strategies"
        | "strategy"
        | "development"
        | "how to grow"
        | "actions"
        | "development actions"
        | "ideas" => return Column::Strategies,
        "prompts" | "prompt" | "questions" | "coaching questions" | "reflection" => {
            return Column::Prompts;
        }
        _ => {}
    }
    if let Some(level) = h.strip_suffix("examples").map(str::trim_end) {
        let level = level
            .split(['–', '-', ':', '('])
            .next()
            .unwrap_or("")
            .trim();
        return level_number(level).map_or(Column::Ignore, Column::Examples);
    }
    level_number(h).map_or(Column::Ignore, Column::Level)
}

/// 2 from "level 2", "l2", "2", "level 2 – doing", "2: doing".
fn level_number(h: &str) -> Option<u8> {
    let rest = h
        .strip_prefix("level")
        .or_else(|| h.strip_prefix("lvl"))
        .or_else(|| h.strip_prefix('l'))
        .unwrap_or(h)
        .trim_start();
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    let after = &rest[digits.len()..];
    if !(after.is_empty() || after.starts_with(|c: char| !c.is_alphanumeric())) {
        return None;
    }
    let n: u8 = digits.parse().ok()?;
    (1..=Scale::MAX_LEVELS).contains(&n).then_some(n)
}

/// The level names the headings give: "Level 2 – Doing" names level 2
/// "Doing"; a bare "Level 2" leaves the standard name for a five-level
/// scale and "Level 2" otherwise.
#[must_use]
pub fn default_level_names(mapping: &Mapping, table: &Table) -> Vec<String> {
    let levels = level_columns(mapping);
    let standard = Scale::standard();
    levels
        .iter()
        .map(|&(n, col)| {
            let heading = if mapping.headings {
                clean_line(table.cell(0, col))
            } else {
                String::new()
            };
            let named = heading_name(&heading);
            if !named.is_empty() {
                named
            } else if levels.len() == 5 {
                Level::new(n).map_or_else(String::new, |l| standard.name(l))
            } else {
                heading_in(crate::i18n::current(), "sheet-col-level", &n.to_string())
            }
        })
        .collect()
}

/// "Doing" from "Level 2 – Doing" or "2: Doing"; "Doing" from "Doing"; ""
/// from "Level 2".
fn heading_name(heading: &str) -> String {
    let lower = heading.to_lowercase();
    // "Stufe 2 – Im Aufbau": a level heading of any language Lodestar
    // speaks (as its own export writes it), then the name.
    for lang in crate::i18n::Lang::all() {
        for n in 1..=Scale::MAX_LEVELS {
            let level = Column::Level(n).heading(lang).to_lowercase();
            if let Some(rest) = lower.trim().strip_prefix(&level)
                && (rest.is_empty() || rest.starts_with([' ', '–', '-', ':']))
            {
                let name_len = rest.trim_start_matches([' ', '–', '-', ':']).len();
                let trimmed = heading.trim();
                return trimmed
                    .get(trimmed.len().saturating_sub(name_len)..)
                    .unwrap_or_default()
                    .trim_matches(|c: char| !c.is_alphanumeric())
                    .to_owned();
            }
        }
    }
    if level_number(lower.trim()).is_none() {
        return heading.trim().to_owned();
    }
    let skip = heading
        .char_indices()
        .find(|(_, c)| c.is_ascii_digit())
        .map_or(0, |(i, _)| i);
    let after_digits = heading[skip..].trim_start_matches(|c: char| c.is_ascii_digit());
    after_digits
        .trim_matches(|c: char| !c.is_alphanumeric())
        .to_owned()
}

/// The list a table and its mapping make.
///
/// # Errors
/// A [`FrameworkError`] naming the sheet, row and column at fault, or what
/// is wrong with the mapping.
pub fn build(table: &Table, mapping: &Mapping, title: &str) -> Result<Catalog, FrameworkError> {
    let title = checked_title(title)?;
    let col_of = |want: Column| mapping.columns.iter().position(|c| *c == want);
    let Some(skill_col) = col_of(Column::Skill) else {
        return Err(FrameworkError::Mapping(crate::t!("import-no-skill-column")));
    };
    let level_cols = level_columns(mapping);
    let scale = scale_of(&level_cols, &mapping.level_names)?;
    let cell_err = |row, col, problem: String| FrameworkError::Cell {
        at: place(table, mapping, row, col),
        problem,
    };
    let start = usize::from(mapping.headings);
    let mut skills: Vec<Skill> = Vec::new();
    // Where each skill's row is, to name it in later problems.
    let mut rows_of: Vec<usize> = Vec::new();
    // Names (lowercase) to their rows, and the ids taken: a sheet of
    // thousands of rows is checked in one pass.
    let mut by_name: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut ids: std::collections::HashSet<String> = std::collections::HashSet::new();
    for r in start..table.rows.len() {
        let mapped = |c: usize| mapping.columns.get(c).is_some_and(|m| *m != Column::Ignore);
        let blank = (0..table.width()).all(|c| !mapped(c) || table.cell(r, c).trim().is_empty());
        if blank {
            continue;
        }
        let name = clean_line(table.cell(r, skill_col));
        if name.chars().count() > MAX_NAME_CHARS {
            return Err(cell_err(
                r,
                skill_col,
                format!("the skill's name is too long: at most {MAX_NAME_CHARS} characters fit"),
            ));
        }
        if name.is_empty() {
            // A merged-looking cell: this row goes on with the skill above.
            let Some(skill) = skills.last_mut() else {
                return Err(cell_err(
                    r,
                    skill_col,
                    "the skill's name is empty, and there is no skill above it to add to".into(),
                ));
            };
            fill(skill, table, mapping, r, &cell_err, true)?;
            continue;
        }
        if let Some(first) = by_name.get(&name.to_lowercase()) {
            return Err(cell_err(
                r,
                skill_col,
                format!(
                    "\"{name}\" is listed twice (also in row {})",
                    first + table.first_row
                ),
            ));
        }
        if skills.len() == MAX_SKILLS {
            return Err(cell_err(
                r,
                skill_col,
                format!("a list holds at most {MAX_SKILLS} skills"),
            ));
        }
        let given = col_of(Column::Id).map(|c| clean_line(table.cell(r, c)));
        let id = free_skill_id(
            given.as_deref().filter(|g| !g.is_empty()).unwrap_or(&name),
            &mut ids,
        );
        by_name.insert(name.to_lowercase(), r);
        let mut skill = Skill::named(&id, &name);
        skill.levels = vec![LevelText::plain(""); level_cols.len()];
        fill(&mut skill, table, mapping, r, &cell_err, false)?;
        skills.push(skill);
        rows_of.push(r);
    }
    if skills.is_empty() {
        return Err(FrameworkError::Sheet {
            sheet: table.sheet.clone(),
            problem: format!(
                "no skills found in column {}; is it the right sheet and column?",
                column_letter(skill_col)
            ),
        });
    }
    all_levels_or_none(&mut skills, &rows_of, &level_cols, &cell_err)?;
    let scale = scale.unwrap_or_default();
    let roles = roles_of(table, mapping, (&skills, &rows_of), &scale, &cell_err)?;
    let catalog = Catalog {
        id: CatalogId::new(slug(&title, "imported")),
        version: 1,
        title,
        description: String::new(),
        scale,
        skills,
        roles,
    };
    catalog.validate().map_err(|e| {
        FrameworkError::Mapping(crate::t!("import-unusable", reason = e.to_string()))
    })?;
    Ok(catalog)
}

/// The ladder the role columns make: each cell a level's number or name,
/// blank where the role expects nothing of the skill.
fn roles_of(
    table: &Table,
    mapping: &Mapping,
    (skills, rows_of): (&[Skill], &[usize]),
    scale: &Scale,
    cell_err: &dyn Fn(usize, usize, String) -> FrameworkError,
) -> Result<Vec<crate::model::Role>, FrameworkError> {
    let mut roles = Vec::new();
    for (col, column) in mapping.columns.iter().enumerate() {
        let Column::Role(i) = column else { continue };
        let name = mapping
            .role_names
            .get(usize::from(*i))
            .map(|n| clean_line(n))
            .unwrap_or_default();
        let mut role = crate::model::Role {
            name,
            expects: std::collections::BTreeMap::new(),
            also_named: Vec::new(),
        };
        for (skill, &row) in skills.iter().zip(rows_of) {
            let raw = clean_line(table.cell(row, col));
            if raw.is_empty() {
                continue;
            }
            let level = raw
                .parse::<u8>()
                .ok()
                .and_then(Level::new)
                .or_else(|| {
                    scale
                        .levels()
                        .find(|l| scale.name(*l).eq_ignore_ascii_case(&raw))
                })
                .filter(|l| scale.contains(*l))
                .ok_or_else(|| {
                    cell_err(
                        row,
                        col,
                        format!(
                            "\"{raw}\" is not a level: write 1 to {} or a level's name",
                            scale.top().get()
                        ),
                    )
                })?;
            role.expects.insert(skill.id.clone(), level);
        }
        roles.push(role);
    }
    Ok(roles)
}

/// Every level described, or none: a half-described skill would rate some
/// levels against the framework's words and others against nothing.
fn all_levels_or_none(
    skills: &mut [Skill],
    rows_of: &[usize],
    level_cols: &[(u8, usize)],
    cell_err: &dyn Fn(usize, usize, String) -> FrameworkError,
) -> Result<(), FrameworkError> {
    for (skill, &row) in skills.iter_mut().zip(rows_of) {
        let described = skill.levels.iter().filter(|l| !l.text.is_empty()).count();
        if described == 0 {
            skill.levels.clear();
        } else if described < skill.levels.len() {
            let (i, _) = skill
                .levels
                .iter()
                .enumerate()
                .find(|(_, l)| l.text.is_empty())
                .unwrap_or((0, &skill.levels[0]));
            let col = level_cols[i].1;
            return Err(cell_err(
                row,
                col,
                format!(
                    "\"{}\" describes {described} of the {} levels; describe this one too, or none",
                    skill.name,
                    skill.levels.len()
                ),
            ));
        }
    }
    Ok(())
}

/// An id made from `text` that no skill has yet; noted as taken.
fn free_skill_id(text: &str, taken: &mut std::collections::HashSet<String>) -> String {
    let base = slug(text, "skill");
    let mut id = base.clone();
    let mut n = 2;
    while taken.contains(&id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    taken.insert(id.clone());
    id
}

/// The level columns as (level, column), lowest level first.
fn level_columns(mapping: &Mapping) -> Vec<(u8, usize)> {
    let mut levels: Vec<(u8, usize)> = mapping
        .columns
        .iter()
        .enumerate()
        .filter_map(|(i, c)| match c {
            Column::Level(n) => Some((*n, i)),
            _ => None,
        })
        .collect();
    levels.sort_unstable();
    levels
}

/// Where a cell is, as the spreadsheet names it: `sheet "Framework", row 4,
/// column C (Level 2)`.
fn place(table: &Table, mapping: &Mapping, row: usize, col: usize) -> String {
    let heading = if mapping.headings {
        clean_line(table.cell(0, col))
    } else {
        String::new()
    };
    let named = if heading.is_empty() {
        String::new()
    } else {
        format!(" ({heading})")
    };
    format!(
        "sheet \"{}\", row {}, column {}{named}",
        table.sheet,
        row + table.first_row,
        column_letter(col)
    )
}

fn checked_title(title: &str) -> Result<String, FrameworkError> {
    let title = clean_line(title);
    if title.is_empty() {
        return Err(FrameworkError::Mapping(crate::t!("list-editor-no-title")));
    }
    if title.chars().count() > MAX_NAME_CHARS {
        return Err(FrameworkError::Mapping(crate::t!(
            "import-title-long",
            max = MAX_NAME_CHARS
        )));
    }
    Ok(title)
}

/// The scale the level columns make: none (the standard five, generic
/// meanings) without level columns; otherwise levels 1 to n, each once,
/// with their names.
fn scale_of(level_cols: &[(u8, usize)], names: &[String]) -> Result<Option<Scale>, FrameworkError> {
    if level_cols.is_empty() {
        if names.iter().any(|n| !n.trim().is_empty()) {
            return Err(FrameworkError::Mapping(crate::t!("import-names-no-levels")));
        }
        return Ok(None);
    }
    for (i, (n, _)) in level_cols.iter().enumerate() {
        if usize::from(*n) != i + 1 {
            let missing = i + 1;
            return Err(FrameworkError::Mapping(if usize::from(*n) == i {
                crate::t!("import-level-twice", n = *n)
            } else {
                crate::t!("import-level-missing", n = missing)
            }));
        }
    }
    if names.len() > level_cols.len() {
        return Err(FrameworkError::Mapping(crate::t!(
            "import-too-many-names",
            names = names.len(),
            columns = level_cols.len()
        )));
    }
    let names: Vec<String> = (0..level_cols.len())
        .map(|i| names.get(i).map(|n| clean_line(n)).unwrap_or_default())
        .collect();
    if let Some(long) = names.iter().find(|n| n.chars().count() > 40) {
        return Err(FrameworkError::Mapping(crate::t!(
            "import-level-name-long",
            name = long.clone()
        )));
    }
    let scale = Scale::named(&names).map_err(|e| {
        FrameworkError::Mapping(crate::t!("import-level-names", reason = e.to_string()))
    })?;
    // The standard five by name are the standard scale, with its meanings
    // (a built-in list exported and imported again stays the same).
    let standard = Scale::standard();
    if scale.names().eq(standard.names()) {
        return Ok(Some(standard));
    }
    Ok(Some(scale))
}

/// Takes one row's cells into `skill`. `more` is a continuation row: texts
/// already there get the new one on a line of their own.
fn fill(
    skill: &mut Skill,
    table: &Table,
    mapping: &Mapping,
    row: usize,
    cell_err: &dyn Fn(usize, usize, String) -> FrameworkError,
    more: bool,
) -> Result<(), FrameworkError> {
    for (col, column) in mapping.columns.iter().enumerate() {
        let raw = table.cell(row, col);
        if raw.trim().is_empty() {
            continue;
        }
        let too_long = |max: usize| {
            cell_err(
                row,
                col,
                format!("the text is too long: at most {max} characters fit"),
            )
        };
        match column {
            // Roles are read once the skills are known (see `roles_of`).
            Column::Ignore | Column::Skill | Column::Id | Column::Role(_) => {}
            Column::Description => {
                let text = clean_multiline(raw);
                append(&mut skill.summary, &text, more);
                if skill.summary.chars().count() > MAX_TEXT_CHARS {
                    return Err(too_long(MAX_TEXT_CHARS));
                }
            }
            Column::Keywords => {
                for k in split(raw, &[';', '|', '\n', ',']) {
                    if k.chars().count() > MAX_ITEM_CHARS {
                        return Err(too_long(MAX_ITEM_CHARS));
                    }
                    let k = k.to_lowercase();
                    if !skill.keywords.contains(&k) {
                        skill.keywords.push(k);
                    }
                }
            }
            Column::Level(n) => {
                let text = clean_multiline(raw);
                let Some(level) = Level::new(*n).and_then(|l| skill.levels.get_mut(l.index()))
                else {
                    continue;
                };
                append(&mut level.text, &text, more);
                if level.text.chars().count() > MAX_TEXT_CHARS {
                    return Err(too_long(MAX_TEXT_CHARS));
                }
            }
            Column::Examples(n) => {
                let Some(level) = Level::new(*n).and_then(|l| skill.levels.get_mut(l.index()))
                else {
                    continue;
                };
                for line in raw.lines().map(clean_line).filter(|l| !l.is_empty()) {
                    if line.chars().count() > MAX_TEXT_CHARS {
                        return Err(too_long(MAX_TEXT_CHARS));
                    }
                    level.examples.push(example(&line));
                }
            }
            Column::Strategies | Column::Prompts => {
                let list = if *column == Column::Strategies {
                    &mut skill.strategies
                } else {
                    &mut skill.prompts
                };
                // One per line; `;` only separates in a cell of one line
                // (a strategy may hold a semicolon of its own).
                let by: &[char] = if raw.contains('\n') { &['\n'] } else { &[';'] };
                for s in split(raw, by) {
                    if s.chars().count() > MAX_TEXT_CHARS {
                        return Err(too_long(MAX_TEXT_CHARS));
                    }
                    list.push(s);
                }
            }
        }
    }
    Ok(())
}

/// "Field service: text" as an example of that workplace; a line that
/// names no workplace is kept whole, as Other.
fn example(line: &str) -> crate::model::Example {
    use crate::model::Workplace;
    let named = line.split_once(':').and_then(|(label, text)| {
        let label = label.trim();
        Workplace::ALL
            .into_iter()
            .find(|w| {
                crate::i18n::Lang::all()
                    .any(|lang| w.label_in(lang).to_lowercase() == label.to_lowercase())
            })
            .map(|w| (w, text.trim().to_owned()))
    });
    let (workplace, text) = named.unwrap_or((Workplace::Other, line.to_owned()));
    crate::model::Example { workplace, text }
}

fn append(to: &mut String, text: &str, more: bool) {
    if more && !to.is_empty() {
        to.push('\n');
    }
    to.push_str(text);
}

/// Several values in one cell, cleaned, blanks dropped.
fn split(raw: &str, by: &[char]) -> Vec<String> {
    raw.split(by)
        .map(clean_line)
        .filter(|s| !s.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(rows: &[&[&str]]) -> Table {
        Table {
            sheet: "Framework".into(),
            first_row: 1,
            rows: rows
                .iter()
                .map(|r| r.iter().map(|c| (*c).to_owned()).collect())
                .collect(),
        }
    }

    fn four_levels() -> Table {
        table(&[
            &[
                "Notes",
                "Competency",
                "L1 – Learning",
                "L2 – Doing",
                "L3 – Leading",
                "L4 – Shaping",
                "Strategies",
                "Definition",
            ],
            &[
                "",
                "Safety leadership 🦺",
                "Follows the rules",
                "Speaks up",
                "Coaches others",
                "Sets the standard",
                "Run a toolbox talk; Walk the site",
                "Keeps people safe",
            ],
            // A merged-looking cell: the strategy goes on with the skill above.
            &[
                "",
                "",
                "",
                "",
                "",
                "",
                "Ask a colleague to observe; then thank them\n",
                "",
            ],
            &[],
            &[
                "x",
                "Customer focus",
                "Listens",
                "Asks",
                "Anticipates",
                "Shapes the service",
                "",
                "Sees the job through the customer's eyes",
            ],
            // Ragged: shorter than the others.
            &["", "Planning"],
        ])
    }

    #[test]
    fn headings_are_recognised_in_any_order() {
        let m = guess(&four_levels());
        assert!(m.headings);
        assert_eq!(
            m.columns,
            [
                Column::Ignore,
                Column::Skill,
                Column::Level(1),
                Column::Level(2),
                Column::Level(3),
                Column::Level(4),
                Column::Strategies,
                Column::Description
            ]
        );
        assert_eq!(m.level_names, ["Learning", "Doing", "Leading", "Shaping"]);
    }

    #[test]
    fn a_four_level_framework_lands_whole() {
        let t = four_levels();
        let c = build(&t, &guess(&t), "Acme framework").expect("imports");
        assert_eq!(c.id.as_str(), "acme-framework");
        assert_eq!(c.scale.len(), 4);
        assert_eq!(
            c.scale.names().collect::<Vec<_>>(),
            ["Learning", "Doing", "Leading", "Shaping"]
        );
        assert_eq!(c.skills.len(), 3);
        let safety = &c.skills[0];
        assert_eq!(safety.name, "Safety leadership 🦺");
        assert_eq!(safety.summary, "Keeps people safe");
        let levels: Vec<&str> = safety.levels.iter().map(|l| l.text.as_str()).collect();
        assert_eq!(
            levels,
            [
                "Follows the rules",
                "Speaks up",
                "Coaches others",
                "Sets the standard"
            ]
        );
        assert_eq!(
            safety.strategies,
            [
                "Run a toolbox talk",
                "Walk the site",
                "Ask a colleague to observe; then thank them"
            ],
            "`;` separates in a cell of one line; in a cell of lines, lines do"
        );
        assert_eq!(c.skills[1].levels.len(), 4);
        assert!(
            c.skills[2].levels.is_empty(),
            "a skill with no level texts uses the scale alone"
        );
    }

    #[test]
    fn without_headings_the_first_columns_are_skill_description_keywords() {
        let t = table(&[
            &["Safety", "Keeps people safe", "lockout; permits"],
            &["Planning", "Plans the week", ""],
        ]);
        let m = guess(&t);
        assert!(!m.headings);
        let c = build(&t, &m, "X").expect("imports");
        assert_eq!(c.skills.len(), 2);
        assert_eq!(c.skills[0].keywords, ["lockout", "permits"]);
        assert!(c.scale.is_standard());
    }

    #[test]
    fn problems_name_the_sheet_row_and_column() {
        let t = table(&[
            &["Skill", "Level 1", "Level 2", "Level 3"],
            &["Safety", "a", "b", "c"],
            &["Planning", "a", "", "c"],
        ]);
        let e = build(&t, &guess(&t), "X").expect_err("a level is missing");
        assert_eq!(
            e.to_string(),
            "sheet \"Framework\", row 3, column C (Level 2): \"Planning\" describes 2 of the 3 levels; describe this one too, or none"
        );
        let t = table(&[&["Skill"], &["Safety"], &["safety"]]);
        let e = build(&t, &guess(&t), "X").expect_err("twice");
        assert!(
            e.to_string()
                .contains("row 3, column A (Skill): \"safety\" is listed twice (also in row 2)"),
            "{e}"
        );
        let t = table(&[
            &["Skill", "Description"],
            &["", "no name and nothing above"],
        ]);
        let e = build(&t, &guess(&t), "X").expect_err("no name");
        assert!(e.to_string().contains("row 2, column A"), "{e}");
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        let t = table(&[&["Skill"], &[long.as_str()]]);
        assert!(
            build(&t, &guess(&t), "X")
                .expect_err("long")
                .to_string()
                .contains("too long")
        );
    }

    #[test]
    fn the_mapping_is_checked() {
        let t = table(&[
            &["Skill", "Level 1", "Level 3", "Level 4"],
            &["S", "a", "b", "c"],
        ]);
        let e = build(&t, &guess(&t), "X").expect_err("gap");
        assert!(e.to_string().contains("No column is Level 2"), "{e}");
        let t = table(&[&["Skill", "Level 1", "Level 2"], &["S", "a", "b"]]);
        let e = build(&t, &guess(&t), "X").expect_err("two levels");
        assert!(e.to_string().contains("3 to 7 levels"), "{e}");
        let t = table(&[&["Description"], &["a"]]);
        let e = build(&t, &guess(&t), "X").expect_err("no skill column");
        assert!(
            e.to_string().contains("which column holds the skills"),
            "{e}"
        );
        let t = table(&[&["Skill"], &["S"]]);
        assert!(build(&t, &guess(&t), "  ").is_err(), "a title is needed");
        let e = build(
            &table(&[&["Skill"], &[""]]),
            &guess(&table(&[&["Skill"]])),
            "X",
        )
        .expect_err("empty");
        assert!(e.to_string().contains("no skills found in column A"), "{e}");
    }

    #[test]
    fn role_columns_make_the_ladder() {
        let t = table(&[
            &[
                "Skill",
                "Level 1",
                "Level 2",
                "Level 3",
                "Role: Technician",
                "Expected: Team lead",
            ],
            &["Safety", "a", "b", "c", "1", "Level 3"],
            &["Planning", "a", "b", "c", "", "2"],
        ]);
        let m = guess(&t);
        assert_eq!(m.role_names, ["Technician", "Team lead"]);
        let c = build(&t, &m, "X").expect("imports");
        let lead = c.role("Team lead").expect("role");
        assert_eq!(
            lead.expects[&crate::model::SkillId::new("safety")].get(),
            3,
            "a level's name"
        );
        assert_eq!(
            lead.expects[&crate::model::SkillId::new("planning")].get(),
            2
        );
        assert_eq!(
            c.role("Technician").expect("role").expects.len(),
            1,
            "blank: nothing expected"
        );
        let bad = table(&[
            &["Skill", "Level 1", "Level 2", "Level 3", "Role: Lead"],
            &["Safety", "a", "b", "c", "9"],
        ]);
        let e = build(&bad, &guess(&bad), "X").expect_err("no level 9");
        assert!(
            e.to_string()
                .contains("row 2, column E (Role: Lead): \"9\" is not a level: write 1 to 3"),
            "{e}"
        );
    }

    #[test]
    fn level_examples_are_read_per_workplace() {
        let t = table(&[
            &["Skill", "Level 1", "Level 1 examples", "Level 2", "Level 3"],
            &[
                "Safety",
                "a",
                "Field service: locks out the pump\nNight shift: checks twice",
                "b",
                "c",
            ],
        ]);
        let m = guess(&t);
        assert_eq!(m.columns[2], Column::Examples(1));
        let c = build(&t, &m, "X").expect("imports");
        let ex = &c.skills[0].levels[0].examples;
        assert_eq!(ex[0].workplace, crate::model::Workplace::FieldService);
        assert_eq!(ex[0].text, "locks out the pump");
        assert_eq!(ex[1].workplace, crate::model::Workplace::Other);
        assert_eq!(
            ex[1].text, "Night shift: checks twice",
            "no workplace named: kept whole"
        );
    }

    #[test]
    fn level_names_come_from_headings_or_the_standard_words() {
        let t = table(&[&[
            "Skill", "Level 1", "Level 2", "Level 3", "Level 4", "Level 5",
        ]]);
        assert_eq!(
            guess(&t).level_names,
            [
                "Starting",
                "Emerging",
                "Developing",
                "Consistent",
                "Helps others"
            ]
        );
        let t = table(&[&["Skill", "1", "2: Doing", "Level 3 (Leading)"]]);
        assert_eq!(guess(&t).level_names, ["Level 1", "Doing", "Leading"]);
        assert_eq!(column_letter(0), "A");
        assert_eq!(column_letter(25), "Z");
        assert_eq!(column_letter(26), "AA");
    }
}
