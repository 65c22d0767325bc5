//! Reading a spreadsheet or CSV file a person picks (an organisation's
//! competency framework) into tables of text, one per sheet: `.xlsx`,
//! `.xlsm`, `.xls` and `.ods` through `calamine`, `.csv`, `.tsv` and `.txt`
//! through `csv`. What the cells mean is decided later, in
//! `model::framework`; this is only the file.
//!
//! A CSV file is read the way spreadsheet programs write them: UTF-8 with
//! or without a byte order mark, or Windows-1252 (what Excel's plain "CSV"
//! saves on Western Windows); commas, semicolons (European Excel) or tabs,
//! found from the first line; CRLF or LF.

use std::path::Path;

use calamine::{Data, Reader};

use super::error::{Result, StoreError};
use crate::model::framework::Table;

/// The largest file read as a framework: a real one is well under 1 MB.
pub const MAX_SHEET_BYTES: u64 = 50 * 1024 * 1024;
/// The most rows read from one sheet.
pub const MAX_ROWS: usize = 100_000;

fn problem(path: &Path, message: impl Into<String>) -> StoreError {
    StoreError::Catalog {
        file: path.to_path_buf(),
        line: None,
        message: message.into(),
    }
}

/// The file's sheets as tables, in the file's order (a CSV file is one
/// sheet, named after the file). Sheets without any text are left out.
///
/// # Errors
/// The file cannot be read, is too large, is not a spreadsheet or CSV
/// file, or holds no text at all.
pub fn read_tables(path: &Path) -> Result<Vec<Table>> {
    let size = std::fs::metadata(path)
        .map_err(StoreError::io("read", path))?
        .len();
    if size > MAX_SHEET_BYTES {
        return Err(problem(
            path,
            format!(
                "it is {} MB; a list is read from files of at most {} MB",
                size / (1024 * 1024),
                MAX_SHEET_BYTES / (1024 * 1024)
            ),
        ));
    }
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let tables = match ext.as_str() {
        "xlsx" | "xlsm" | "xlsb" | "xls" | "ods" => workbook(path)?,
        "csv" | "tsv" | "txt" => {
            let bytes = std::fs::read(path).map_err(StoreError::io("read", path))?;
            let sheet = path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default();
            vec![
                csv_table(&bytes, &sheet).map_err(|(line, message)| StoreError::Catalog {
                    file: path.to_path_buf(),
                    line,
                    message,
                })?,
            ]
        }
        _ => {
            return Err(problem(path, crate::t!("sheet-kinds")));
        }
    };
    let tables: Vec<Table> = tables
        .into_iter()
        .filter(|t| t.rows.iter().flatten().any(|c| !c.trim().is_empty()))
        .collect();
    if tables.is_empty() {
        return Err(problem(path, "it holds no text: every sheet is empty"));
    }
    Ok(tables)
}

fn workbook(path: &Path) -> Result<Vec<Table>> {
    let mut book = calamine::open_workbook_auto(path).map_err(|e| {
        problem(
            path,
            format!("it could not be read as a spreadsheet ({e}); is it saved as .xlsx or .ods, and not protected by a password?"),
        )
    })?;
    let mut tables = Vec::new();
    for name in book.sheet_names() {
        let range = book
            .worksheet_range(&name)
            .map_err(|e| problem(path, format!("sheet \"{name}\" could not be read ({e})")))?;
        let Some((top, left)) = range.start() else {
            continue;
        };
        if range.height() > MAX_ROWS {
            return Err(problem(
                path,
                format!(
                    "sheet \"{name}\" has {} rows; a list is read from at most {MAX_ROWS}",
                    range.height()
                ),
            ));
        }
        // Blank columns on the left are kept, so that column letters in
        // messages are the ones the spreadsheet shows.
        let pad = usize::try_from(left).unwrap_or(0);
        let rows = range
            .rows()
            .map(|row| {
                std::iter::repeat_n(String::new(), pad)
                    .chain(row.iter().map(cell_text))
                    .collect()
            })
            .collect();
        tables.push(Table {
            sheet: name.clone(),
            first_row: usize::try_from(top).unwrap_or(0) + 1,
            rows,
        });
    }
    Ok(tables)
}

/// A cell as the spreadsheet shows it: whole numbers without ".0".
fn cell_text(cell: &Data) -> String {
    match cell {
        Data::Empty | Data::Error(_) => String::new(),
        Data::String(s) | Data::DateTimeIso(s) | Data::DurationIso(s) => s.clone(),
        #[expect(
            clippy::cast_possible_truncation,
            reason = "checked to be whole and small"
        )]
        Data::Float(f) if f.fract() == 0.0 && f.abs() < 1e15 => (*f as i64).to_string(),
        Data::Float(f) => f.to_string(),
        Data::Int(i) => i.to_string(),
        Data::Bool(b) => if *b { "TRUE" } else { "FALSE" }.to_owned(),
        Data::DateTime(d) => {
            let (y, m, day, ..) = d.to_ymd_hms_milli();
            format!("{y:04}-{m:02}-{day:02}")
        }
    }
}

/// A CSV file as one table whose row numbers are the file's line numbers.
///
/// # Errors
/// The line and what is wrong: a quoted value never closed, a file that
/// is not text.
pub fn csv_table(bytes: &[u8], sheet: &str) -> std::result::Result<Table, (Option<usize>, String)> {
    let text = decode(bytes)?;
    let delimiter = sniff_delimiter(&text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(delimiter)
        .from_reader(text.as_bytes());
    let newlines: Vec<usize> = text
        .bytes()
        .enumerate()
        .filter_map(|(i, b)| (b == b'\n').then_some(i))
        .collect();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut last_start = 0;
    for record in reader.records() {
        let record = record.map_err(|e| {
            let line = e.position().map(|p| usize::try_from(p.line()).unwrap_or(0));
            (line, format!("it could not be read as CSV ({e})"))
        })?;
        // The csv crate's position is where the previous record ended
        // (blank lines included); the record starts past the line breaks.
        let line = record.position().map_or(rows.len() + 1, |p| {
            let from = usize::try_from(p.byte())
                .unwrap_or(usize::MAX)
                .min(text.len());
            let start = from
                + text.as_bytes()[from..]
                    .iter()
                    .take_while(|b| matches!(b, b'\r' | b'\n'))
                    .count();
            newlines.partition_point(|&n| n < start) + 1
        });
        if line > MAX_ROWS {
            return Err((
                Some(line),
                format!("a list is read from at most {MAX_ROWS} rows"),
            ));
        }
        while rows.len() + 1 < line {
            rows.push(Vec::new());
        }
        rows.push(record.iter().map(str::to_owned).collect());
        last_start = line;
    }
    // The csv crate reads a quote that is never closed to the end of the
    // file; a spreadsheet would not have written that, so say where it is.
    let quotes = text.bytes().filter(|b| *b == b'"').count();
    let last_spans_lines = rows
        .last()
        .is_some_and(|r| r.iter().any(|c| c.contains('\n')));
    if quotes % 2 == 1 && last_spans_lines {
        return Err((
            Some(last_start),
            "a quoted value opened on this line is never closed".to_owned(),
        ));
    }
    // A spreadsheet's `'` before a text that looks like a formula (as our
    // own CSV export writes it) is not part of the text.
    for cell in rows.iter_mut().flatten() {
        if cell.starts_with('\'') && cell[1..].starts_with(['=', '+', '-', '@']) {
            cell.remove(0);
        }
    }
    // Blank lines above the first row of text are not the heading row.
    let blank = rows
        .iter()
        .take_while(|r| r.iter().all(|c| c.trim().is_empty()))
        .count();
    rows.drain(..blank);
    Ok(Table {
        sheet: sheet.to_owned(),
        first_row: 1 + blank,
        rows,
    })
}

/// UTF-8 (a byte order mark dropped), else Windows-1252. Bytes that are
/// neither (a binary file, UTF-16) are refused.
fn decode(bytes: &[u8]) -> std::result::Result<String, (Option<usize>, String)> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if bytes.starts_with(b"\xFF\xFE") || bytes.starts_with(b"\xFE\xFF") || bytes.contains(&0) {
        return Err((
            None,
            "it is not a text file (or it is UTF-16); save it as \"CSV UTF-8\"".to_owned(),
        ));
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_owned()),
        Err(_) => Ok(bytes.iter().map(|&b| windows_1252(b)).collect()),
    }
}

/// One Windows-1252 byte as a character.
fn windows_1252(b: u8) -> char {
    const HIGH: [char; 32] = [
        '€', '\u{81}', '‚', 'ƒ', '„', '…', '†', '‡', 'ˆ', '‰', 'Š', '‹', 'Œ', '\u{8d}', 'Ž',
        '\u{8f}', '\u{90}', '‘', '’', '“', '”', '•', '–', '—', '˜', '™', 'š', '›', 'œ', '\u{9d}',
        'ž', 'Ÿ',
    ];
    match b {
        0x80..=0x9f => HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

/// The separator the first line uses most, outside quotes: `,`, `;` or tab.
fn sniff_delimiter(text: &str) -> u8 {
    let mut counts = [0usize; 3];
    let mut quoted = false;
    for c in text.chars() {
        match c {
            '"' => quoted = !quoted,
            '\n' if !quoted => break,
            ',' if !quoted => counts[0] += 1,
            ';' if !quoted => counts[1] += 1,
            '\t' if !quoted => counts[2] += 1,
            _ => {}
        }
    }
    let best = (0..3)
        .max_by_key(|&i| (counts[i], std::cmp::Reverse(i)))
        .unwrap_or(0);
    [b',', b';', b'\t'][best]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bom_crlf_semicolon_file_reads_with_its_line_numbers() {
        let text = "\u{FEFF}Skill;Description\r\nSafety;\"Keeps; people\r\nsafe\"\r\n\r\nPlanning;Plans\r\n";
        let t = csv_table(text.as_bytes(), "f.csv").expect("reads");
        assert_eq!(t.rows[0], ["Skill", "Description"]);
        assert_eq!(t.rows[1], ["Safety", "Keeps; people\r\nsafe"]);
        assert!(t.rows[2].is_empty() && t.rows[3].is_empty(), "{:?}", t.rows);
        assert_eq!(t.rows[4], ["Planning", "Plans"], "row 5 is line 5");
    }

    #[test]
    fn windows_1252_is_read_and_binary_refused() {
        let t = csv_table(b"Skill\nF\xfchrung \x80\n", "f.csv").expect("reads");
        assert_eq!(t.rows[1], ["Führung €"]);
        assert!(csv_table(b"\xff\xfeS\x00", "f").is_err());
    }

    #[test]
    fn blank_lines_on_top_and_defused_formulas_read_as_meant() {
        let t = csv_table(b"\n\nSkill,Note\nSafety,'=not a formula\n", "f.csv").expect("reads");
        assert_eq!(t.first_row, 3);
        assert_eq!(t.rows[0], ["Skill", "Note"]);
        assert_eq!(t.rows[1], ["Safety", "=not a formula"]);
    }

    #[test]
    fn an_unclosed_quote_names_its_line() {
        let e =
            csv_table(b"skill,description\nA,\"never closed\nB,x\n", "f").expect_err("unclosed");
        assert_eq!(e.0, Some(2));
    }

    #[test]
    fn the_delimiter_is_found_from_the_first_line() {
        assert_eq!(sniff_delimiter("a,b,c\n"), b',');
        assert_eq!(sniff_delimiter("a;b;\"c,d,e\"\n"), b';');
        assert_eq!(sniff_delimiter("a\tb\n"), b'\t');
        assert_eq!(sniff_delimiter("single\n"), b',');
    }
}
