//! Small shared widgets.

use crate::t;

/// A button showing a short word ("Remove") that screen readers, tooltips
/// and tests know by a full description ("Remove “Listening”"), so that a
/// list of identical buttons stays tellable apart.
pub fn action(ui: &mut egui::Ui, enabled: bool, text: &str, described: &str) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::Button::new(text).small());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, described));
    response.on_hover_text(described)
}

/// The most a one-line field takes in: well above every length the model
/// accepts (so a "too long" message still counts what was typed), low
/// enough that a megabyte pasted by mistake cannot freeze the window while
/// it is laid out and matched, frame after frame.
pub const LINE_FIELD_MAX: usize = 2_000;

/// The most a notes field takes in: exactly what a note may hold, so that a
/// note being typed is never one that cannot be saved (and lost when the
/// session or the screen is left).
pub const NOTES_FIELD_MAX: usize = crate::model::profile::MAX_NOTE_CHARS;

/// A one-line text field, capped at [`LINE_FIELD_MAX`] characters.
pub fn line_edit(text: &mut String) -> egui::TextEdit<'_> {
    egui::TextEdit::singleline(text).char_limit(LINE_FIELD_MAX)
}

/// A notes field the full width, `rows` high, capped at
/// [`NOTES_FIELD_MAX`] characters. When an edit fills it to the limit (most
/// often a long paste, whose end the field left out), it says so instead of
/// letting the text end without a word.
pub fn notes_field(
    ui: &mut egui::Ui,
    text: &mut String,
    rows: usize,
    hint: &str,
    commands: &mut Vec<super::command::Command>,
) -> egui::Response {
    let response = ui.add(
        egui::TextEdit::multiline(text)
            .char_limit(NOTES_FIELD_MAX)
            .desired_rows(rows)
            .desired_width(f32::INFINITY)
            .hint_text(hint),
    );
    if response.changed() && text.chars().count() >= NOTES_FIELD_MAX {
        commands.push(super::command::Command::Notice(t!(
            "app-note-full",
            n = thousands(NOTES_FIELD_MAX)
        )));
    }
    response
}

/// What is typed in a date field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TypedDate {
    Empty,
    Date(jiff::civil::Date),
    NotADate,
}

impl TypedDate {
    /// Reads a date typed as year-month-day (spaces around it ignored).
    #[must_use]
    pub fn of(text: &str) -> Self {
        let text = text.trim();
        if text.is_empty() {
            TypedDate::Empty
        } else {
            text.parse().map_or(TypedDate::NotADate, TypedDate::Date)
        }
    }

    /// The date to store: none when emptied, the date typed, or `current`
    /// while what is typed is not a date (yet).
    #[must_use]
    pub fn or_keep(self, current: Option<jiff::civil::Date>) -> Option<jiff::civil::Date> {
        match self {
            TypedDate::Empty => None,
            TypedDate::Date(d) => Some(d),
            TypedDate::NotADate => current,
        }
    }
}

/// A labelled field for a date typed as year-month-day, which says at once
/// when what is typed is not a date. The text lives with the caller, so a
/// date half typed stays as it is between frames.
pub fn date_field(
    ui: &mut egui::Ui,
    label: impl Into<egui::WidgetText>,
    text: &mut String,
) -> (egui::Response, TypedDate) {
    let l = ui.label(label);
    let em = ui.style().text_styles[&egui::TextStyle::Body].size;
    let response = ui
        .add(
            line_edit(text)
                .hint_text(crate::t!("date-hint"))
                .desired_width(em * super::theme::DATE_FIELD_EMS),
        )
        .labelled_by(l.id);
    let typed = TypedDate::of(text);
    if typed == TypedDate::NotADate {
        ui.colored_label(
            super::theme::palette(ui.visuals()).error,
            "year-month-day, please",
        );
    }
    (response, typed)
}

/// A long list of rows of any height, `gap` apart, of which only those
/// within a screen of what is in view are laid out: the others take the
/// room they took when last drawn. Short lists (up to `LAZY_FROM` rows) are
/// drawn whole. (Rows not laid out are not in the accessibility tree.)
///
/// Rows a screen away are still drawn, so Tab reaches the next ones and
/// scrolls them into view; heights are measured again whenever a row is
/// drawn, and forgotten when the width changes.
pub fn lazy_rows(
    ui: &mut egui::Ui,
    (id, count): (egui::Id, usize),
    gap: f32,
    mut row: impl FnMut(&mut egui::Ui, usize),
) {
    if count <= LAZY_FROM {
        for i in 0..count {
            row(ui, i);
            ui.add_space(gap);
        }
        return;
    }
    let width = ui.available_width();
    let (mut heights, was_width) = ui
        .data(|d| d.get_temp::<(Vec<f32>, f32)>(id))
        .unwrap_or_default();
    if (was_width - width).abs() > 0.5 {
        heights.clear();
    }
    heights.resize(count, 0.0);
    let clip = ui.clip_rect();
    let (near_top, near_bottom) = (clip.top() - clip.height(), clip.bottom() + clip.height());
    let spacing = ui.spacing().item_spacing.y;
    for (i, height) in heights.iter_mut().enumerate() {
        let top = ui.cursor().top();
        if *height > 0.0 && (top > near_bottom || top + *height < near_top) {
            ui.add_space(*height + spacing + gap);
        } else {
            // Each row keeps its own id, whichever rows above were skipped.
            *height = ui.push_id(i, |ui| row(ui, i)).response.rect.height();
            ui.add_space(gap);
        }
    }
    ui.data_mut(|d| d.insert_temp(id, (heights, width)));
}

/// A table of text cells: the widths of its columns, each as wide as its
/// widest cell (worked out once, then kept while the rows stay the same).
#[must_use]
pub fn column_widths(ui: &egui::Ui, header: &[&str], rows: &[Vec<egui::RichText>]) -> Vec<f32> {
    let font = egui::TextStyle::Body.resolve(ui.style());
    let width = |text: &str| {
        ui.painter()
            .layout_no_wrap(text.to_owned(), font.clone(), egui::Color32::WHITE)
            .size()
            .x
    };
    let mut widths: Vec<f32> = header.iter().map(|h| width(h)).collect();
    for row in rows {
        for (w, cell) in widths.iter_mut().zip(row) {
            *w = w.max(width(cell.text()));
        }
    }
    widths
}

/// A striped table of text cells, left-aligned in columns of `widths`
/// (see [`column_widths`]), whose rows are laid out only near the view
/// (see [`lazy_rows`]): the columns stay put while it scrolls. A row's
/// `hovers` text (if any) shows when the pointer rests on it.
pub fn text_table(
    ui: &mut egui::Ui,
    id: egui::Id,
    (header, widths): (&[&str], &[f32]),
    (rows, hovers): (&[Vec<egui::RichText>], &[String]),
) {
    let cells = |ui: &mut egui::Ui, texts: &mut dyn Iterator<Item = egui::RichText>| {
        ui.horizontal(|ui| {
            ui.spacing_mut().item_spacing.x = super::theme::TABLE_COLUMN_GAP;
            for (w, text) in widths.iter().zip(texts) {
                let size = egui::vec2(*w, ui.spacing().interact_size.y);
                let layout = egui::Layout::left_to_right(egui::Align::Center);
                ui.allocate_ui_with_layout(size, layout, |ui| {
                    // The whole column's width, however short the text.
                    ui.set_min_size(size);
                    ui.label(text);
                });
            }
        })
        .response
        .rect
    };
    cells(
        ui,
        &mut header.iter().map(|h| egui::RichText::new(*h).strong()),
    );
    let stripe = ui.visuals().faint_bg_color;
    lazy_rows(ui, (id, rows.len()), 0.0, |ui, i| {
        let background = ui.painter().add(egui::Shape::Noop);
        let rect = cells(ui, &mut rows[i].iter().cloned());
        if i % 2 == 0 {
            ui.painter()
                .set(background, egui::Shape::rect_filled(rect, 0.0, stripe));
        }
        if let Some(hover) = hovers.get(i).filter(|h| !h.is_empty()) {
            ui.interact(rect, id.with(("row", i)), egui::Sense::hover())
                .on_hover_text(hover);
        }
    });
}

/// The "Change" cell of a change table: up in the strength colour, down
/// in the error colour, the same muted, nothing when unknown.
#[must_use]
pub fn trend_cell(
    trend: crate::model::progress::Trend,
    palette: &super::theme::Palette,
) -> egui::RichText {
    use crate::model::progress::Trend;
    let (text, color) = match trend {
        Trend::Up => (t!("changes-trend-up"), palette.strength),
        Trend::Down => (t!("changes-trend-down"), palette.error),
        Trend::Same => (t!("changes-trend-same"), palette.muted),
        Trend::Unknown => (String::new(), palette.muted),
    };
    egui::RichText::new(text).color(color)
}

/// Lists up to this many rows are always drawn whole.
pub const LAZY_FROM: usize = 20;

/// 100000 as "100,000".
#[must_use]
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// What `level` of `skill` means, with its first example (the person's
/// workplace first): the hover text wherever a level is shown.
#[must_use]
pub fn level_hover(
    skill: &crate::model::Skill,
    scale: &crate::model::Scale,
    level: crate::model::Level,
    workplace: Option<crate::model::Workplace>,
) -> String {
    let meaning = skill.level_words(scale, level);
    match skill.level_examples(level, workplace).first() {
        Some(e) => format!(
            "{meaning}\n\n{} {}",
            crate::t!("plan-for-example", place = e.workplace.label()),
            e.text
        ),
        None => meaning,
    }
}

/// The examples of `level`, one muted line each, the person's workplace
/// first.
pub fn level_examples(
    ui: &mut egui::Ui,
    skill: &crate::model::Skill,
    level: crate::model::Level,
    workplace: Option<crate::model::Workplace>,
) {
    let muted = super::theme::palette(ui.visuals()).muted;
    for e in skill.level_examples(level, workplace) {
        ui.label(egui::RichText::new(format!("{}: {}", e.workplace.label(), e.text)).color(muted));
    }
}

/// `text` cut to `max` characters with "…" when longer.
#[must_use]
pub fn short(text: &str, max: usize) -> std::borrow::Cow<'_, str> {
    if text.chars().count() <= max {
        std::borrow::Cow::Borrowed(text)
    } else {
        let cut: String = text.chars().take(max.saturating_sub(1)).collect();
        std::borrow::Cow::Owned(format!("{}…", cut.trim_end()))
    }
}

#[cfg(test)]
mod tests {
    use super::TypedDate;

    #[test]
    fn dates_are_typed_as_year_month_day() {
        assert_eq!(TypedDate::of("  "), TypedDate::Empty);
        let day = jiff::civil::date(2026, 12, 8);
        assert_eq!(TypedDate::of(" 2026-12-08 "), TypedDate::Date(day));
        assert_eq!(TypedDate::of("next week"), TypedDate::NotADate);
        assert_eq!(TypedDate::of("2026-02-30").or_keep(Some(day)), Some(day));
        assert_eq!(TypedDate::Empty.or_keep(Some(day)), None);
    }

    #[test]
    fn thousands_are_grouped() {
        assert_eq!(super::thousands(0), "0");
        assert_eq!(super::thousands(999), "999");
        assert_eq!(super::thousands(1_000), "1,000");
        assert_eq!(super::thousands(100_000), "100,000");
        assert_eq!(super::thousands(1_234_567), "1,234,567");
    }
}
