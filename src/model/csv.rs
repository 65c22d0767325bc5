//! Turning an organisation's competency list, kept as a spreadsheet, into a
//! catalog. The expected columns are `skill`, `description` and, optionally,
//! `keywords` (separated by `;` or `|`). A header row is recognised and
//! skipped. Quoting follows RFC 4180, so descriptions may hold commas,
//! quotes and line breaks.

use super::catalog::{Catalog, CatalogError, CatalogId, Skill, SkillId, slug};
use super::text::{clean_line, clean_multiline};

/// Why a CSV file could not become a catalog.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CsvError {
    #[error("line {line}: a quoted value is never closed")]
    UnclosedQuote { line: usize },
    #[error("line {line}: the skill name is empty")]
    EmptySkill { line: usize },
    #[error("line {line}: \"{name}\" is listed twice")]
    Duplicate { line: usize, name: String },
    #[error("the file has no skills: expected rows of skill, description[, keywords]")]
    NoRows,
    #[error("{0}")]
    Invalid(#[from] CatalogError),
}

/// Splits CSV text into rows of fields, each with the line it starts on.
///
/// # Errors
/// [`CsvError::UnclosedQuote`] naming the line where the quote opened.
pub fn parse_rows(text: &str) -> Result<Vec<(usize, Vec<String>)>, CsvError> {
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    let mut rows = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut field = String::new();
    let mut in_quotes = false;
    let mut quote_line = 0;
    let mut line = 1;
    let mut row_line = 1;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        if in_quotes {
            match c {
                '"' if chars.peek() == Some(&'"') => {
                    chars.next();
                    field.push('"');
                }
                '"' => in_quotes = false,
                '\n' => {
                    line += 1;
                    field.push('\n');
                }
                _ => field.push(c),
            }
            continue;
        }
        match c {
            '"' if field.is_empty() => {
                in_quotes = true;
                quote_line = line;
            }
            ',' => row.push(std::mem::take(&mut field)),
            '\r' => {}
            '\n' => {
                row.push(std::mem::take(&mut field));
                if row.iter().any(|f| !f.trim().is_empty()) {
                    rows.push((row_line, std::mem::take(&mut row)));
                }
                row.clear();
                line += 1;
                row_line = line;
            }
            _ => field.push(c),
        }
    }
    if in_quotes {
        return Err(CsvError::UnclosedQuote { line: quote_line });
    }
    row.push(field);
    if row.iter().any(|f| !f.trim().is_empty()) {
        rows.push((row_line, row));
    }
    Ok(rows)
}

/// Builds a catalog from CSV text. Skill ids are made from the names.
///
/// # Errors
/// A [`CsvError`] naming the line at fault.
pub fn catalog_from_csv(text: &str, id: &str, title: &str) -> Result<Catalog, CsvError> {
    let mut rows = parse_rows(text)?;
    if rows.first().and_then(|(_, r)| r.first()).is_some_and(|f| {
        matches!(
            clean_line(f).to_lowercase().as_str(),
            "skill" | "skills" | "name" | "competency"
        )
    }) {
        rows.remove(0);
    }
    if rows.is_empty() {
        return Err(CsvError::NoRows);
    }
    let mut skills: Vec<Skill> = Vec::new();
    for (line, fields) in rows {
        let name = clean_line(fields.first().map_or("", String::as_str));
        if name.is_empty() {
            return Err(CsvError::EmptySkill { line });
        }
        let mut skill_id = slug(&name, "skill");
        if skills.iter().any(|s| s.name.eq_ignore_ascii_case(&name)) {
            return Err(CsvError::Duplicate { line, name });
        }
        let mut n = 2;
        while skills.iter().any(|s| s.id.0 == skill_id) {
            skill_id = format!("{}-{n}", slug(&name, "skill"));
            n += 1;
        }
        let keywords = fields
            .get(2)
            .map(|k| {
                k.split([';', '|'])
                    .map(clean_line)
                    .filter(|k| !k.is_empty())
                    .map(|k| k.to_lowercase())
                    .collect()
            })
            .unwrap_or_default();
        skills.push(Skill {
            id: SkillId::new(skill_id),
            name,
            summary: clean_multiline(fields.get(1).map_or("", String::as_str)),
            keywords,
            levels: Vec::new(),
            strategies: Vec::new(),
            prompts: Vec::new(),
        });
    }
    let catalog = Catalog {
        id: CatalogId::new(slug(id, "imported")),
        version: 1,
        title: clean_line(title),
        description: String::new(),
        scale: crate::model::Scale::default(),
        skills,
    };
    catalog.validate()?;
    Ok(catalog)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_fields_hold_commas_quotes_and_newlines() {
        let rows = parse_rows("a,\"b, \"\"c\"\"\nd\",e\r\n\r\nf,g").expect("valid csv");
        assert_eq!(rows.len(), 2);
        assert_eq!(rows[0].1, vec!["a", "b, \"c\"\nd", "e"]);
        assert_eq!(rows[1], (4, vec!["f".to_owned(), "g".to_owned()]));
    }

    #[test]
    fn unclosed_quote_names_its_line() {
        assert_eq!(
            parse_rows("a,b\nc,\"oops\nmore"),
            Err(CsvError::UnclosedQuote { line: 2 })
        );
    }

    #[test]
    fn catalog_from_csv_with_header_and_keywords() {
        let csv = "Skill,Description,Keywords\nSafety leadership,\"Keeps people safe, always\",lockout; permits|toolbox talks\nCustomer focus,Sees the job through the customer's eyes,\n";
        let c = catalog_from_csv(csv, "Acme Framework", "Acme framework").expect("imports");
        assert_eq!(c.id.as_str(), "acme-framework");
        assert_eq!(c.skills.len(), 2);
        assert_eq!(c.skills[0].id.as_str(), "safety-leadership");
        assert_eq!(
            c.skills[0].keywords,
            vec!["lockout", "permits", "toolbox talks"]
        );
        assert_eq!(c.skills[0].summary, "Keeps people safe, always");
        assert!(c.skills[1].keywords.is_empty());
    }

    #[test]
    fn csv_problems_name_the_line() {
        assert_eq!(
            catalog_from_csv("skill,description\n,no name\n", "x", "X"),
            Err(CsvError::EmptySkill { line: 2 })
        );
        assert!(matches!(
            catalog_from_csv("A,x\nB,y\na,z\n", "x", "X"),
            Err(CsvError::Duplicate { line: 3, .. })
        ));
        assert_eq!(
            catalog_from_csv("skill,description\n", "x", "X"),
            Err(CsvError::NoRows)
        );
        assert_eq!(catalog_from_csv("", "x", "X"), Err(CsvError::NoRows));
    }
}
