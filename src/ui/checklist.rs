//! Steps 1 and 2 of the method: the checklist of qualities you *have* and
//! of those you *want*. Type freely or pick from the recommended list; as
//! you type, Lodestar suggests the matching skill, and links only when you
//! say so.

use super::command::Command;
use super::theme;
use super::widgets::{self, action};
use crate::model::Edit;
use crate::model::{Catalog, CatalogId, ItemId, ListKind, Matcher, Profile, SkillId};
use crate::t;

/// Text being typed, kept between frames.
#[derive(Default)]
pub struct Drafts {
    pub have: String,
    pub want: String,
    /// The item whose text is being edited, and the text so far.
    pub editing: Option<(ItemId, String)>,
    /// The item whose note is open, and the note so far.
    pub note: Option<(ItemId, String)>,
    /// The matcher of a list in a language (a list's words change with the
    /// language).
    matcher: Option<((CatalogId, crate::i18n::Lang), Matcher)>,
    /// Best suggestion per item text, for the current catalog: items are
    /// drawn every frame, their text rarely changes.
    suggestions: std::collections::HashMap<String, Option<crate::model::Suggestion>>,
}

impl Drafts {
    /// Empties the "add" field of a list (after its text was added).
    pub fn clear_typed(&mut self, kind: ListKind) {
        match kind {
            ListKind::Have => self.have.clear(),
            ListKind::Want => self.want.clear(),
        }
    }

    fn best_suggestion(
        &mut self,
        catalog: &Catalog,
        text: &str,
    ) -> Option<crate::model::Suggestion> {
        self.matcher(catalog);
        if let Some(hit) = self.suggestions.get(text) {
            return hit.clone();
        }
        let best = self.matcher(catalog).suggest(text).into_iter().next();
        if self.suggestions.len() > 1000 {
            self.suggestions.clear();
        }
        self.suggestions.insert(text.to_owned(), best.clone());
        best
    }

    fn matcher(&mut self, catalog: &Catalog) -> &Matcher {
        let key = (catalog.id.clone(), crate::i18n::current());
        if self.matcher.as_ref().is_none_or(|(k, _)| *k != key) {
            self.matcher = Some((key, Matcher::new(catalog)));
            // Suggestions were for the list (or language) before.
            self.suggestions.clear();
        }
        match &self.matcher {
            Some((_, m)) => m,
            None => unreachable!("set just above"),
        }
    }
}

/// The step's title, what it asks, the add field's label and its hint.
fn guidance(kind: ListKind) -> [String; 4] {
    match kind {
        ListKind::Have => [
            t!("have-heading"),
            t!("have-intro"),
            t!("have-add"),
            t!("have-add-hint"),
        ],
        ListKind::Want => [
            t!("want-heading"),
            t!("want-intro"),
            t!("want-add"),
            t!("want-add-hint"),
        ],
    }
}

/// Draws the Have or Want step.
pub fn show(
    ui: &mut egui::Ui,
    kind: ListKind,
    profile: &Profile,
    catalog: &Catalog,
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    let [title, intro, add_label, add_hint] = guidance(kind);
    ui.add_space(theme::PARAGRAPH_GAP);
    ui.heading(title);
    ui.label(intro);
    questions(ui);
    ui.add_space(theme::SECTION_GAP);

    // Typing a new item.
    let mut draft = std::mem::take(match kind {
        ListKind::Have => &mut drafts.have,
        ListKind::Want => &mut drafts.want,
    });
    let mut add = None;
    ui.horizontal(|ui| {
        let label = ui.label(add_label);
        let edit = ui
            .add(
                widgets::line_edit(&mut draft)
                    .hint_text(add_hint)
                    .desired_width(ui.available_width().min(420.0)),
            )
            .labelled_by(label.id);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(t!("list-add")).clicked() || enter {
            add = Some(None);
            if enter {
                edit.request_focus();
            }
        }
    });
    let suggestion = drafts.best_suggestion(catalog, &draft);
    if let Some(s) = &suggestion
        && let Some(skill) = catalog.skill(&s.skill)
    {
        ui.horizontal_wrapped(|ui| {
            ui.label(
                egui::RichText::new(t!(
                    "list-looks-like-sure",
                    skill = skill.name.as_str(),
                    percent = s.percent()
                ))
                .color(palette.right_track),
            );
            if ui
                .button(t!("list-add-and-link", skill = skill.name.as_str()))
                .clicked()
            {
                add = Some(Some(skill.id.clone()));
            }
        });
    }
    if let Some(skill) = add {
        // The shell clears the field once the item is added; a refused
        // text (too long) stays here to be shortened.
        commands.push(Command::Edit(Edit::Add {
            kind,
            text: draft.clone(),
            skill,
        }));
    }
    *match kind {
        ListKind::Have => &mut drafts.have,
        ListKind::Want => &mut drafts.want,
    } = draft;

    ui.add_space(theme::SECTION_GAP);
    let items = profile.list(kind);
    if items.is_empty() {
        ui.label(egui::RichText::new(t!("list-empty")).color(palette.muted));
    }
    let count = items.len();
    for (pos, item) in items.iter().enumerate() {
        theme::card(ui.visuals()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            item_row(ui, item, pos, count, catalog, drafts, commands);
        });
        ui.add_space(theme::SMALL_GAP);
    }

    ui.add_space(theme::SECTION_GAP);
    ui.strong(t!("list-pick-from", list = catalog.title.as_str()));
    ui.label(egui::RichText::new(t!("list-pick-hint")).color(palette.muted));
    ui.horizontal_wrapped(|ui| {
        for skill in &catalog.skills {
            let already = items.iter().any(|i| i.skill.as_ref() == Some(&skill.id));
            let r = ui
                .add_enabled(!already, egui::Button::new(format!("+ {}", skill.name)))
                .on_hover_text(&skill.summary);
            if r.clicked() {
                commands.push(Command::Edit(Edit::Add {
                    kind,
                    text: skill.name.clone(),
                    skill: Some(skill.id.clone()),
                }));
            }
        }
    });
}

/// Room kept at the right of an item for its buttons.
const ITEM_BUTTONS_WIDTH: f32 = 300.0;

fn item_row(
    ui: &mut egui::Ui,
    item: &crate::model::ChecklistItem,
    pos: usize,
    count: usize,
    catalog: &Catalog,
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    item_editor(ui, item, drafts, commands);
    let text_part = |ui: &mut egui::Ui, drafts: &mut Drafts, commands: &mut Vec<Command>| {
        item_text(ui, item, catalog, drafts, commands);
    };
    let buttons = |ui: &mut egui::Ui, drafts: &mut Drafts, commands: &mut Vec<Command>| {
        item_buttons(ui, item, (pos, count), drafts, commands);
    };
    if drafts
        .editing
        .as_ref()
        .is_some_and(|(id, _)| *id == item.id)
    {
        // The editor above has the row.
    } else if ui.available_width() > ITEM_BUTTONS_WIDTH + 260.0 {
        ui.horizontal(|ui| {
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                buttons(ui, drafts, commands);
                ui.with_layout(
                    egui::Layout::left_to_right(egui::Align::Center).with_main_wrap(true),
                    |ui| text_part(ui, drafts, commands),
                );
            });
        });
    } else {
        // Narrow window: the text gets the whole width, the buttons a row of their own.
        ui.horizontal_wrapped(|ui| text_part(ui, drafts, commands));
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            buttons(ui, drafts, commands);
        });
    }
    if let Some((_, note)) = drafts.note.as_mut().filter(|(id, _)| *id == item.id) {
        let hint = t!("list-note-hint");
        let r = widgets::notes_field(ui, note, 2, &hint, commands);
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, t!("list-note")));
        if r.lost_focus() {
            commands.push(Command::Edit(Edit::SetNote(item.id, note.clone())));
        }
    } else if !item.note.is_empty() {
        ui.label(
            egui::RichText::new(note_preview(&item.note))
                .italics()
                .color(palette.muted),
        );
    }
}

/// The text of an item being edited, with Done (Enter) and Escape.
fn item_editor(
    ui: &mut egui::Ui,
    item: &crate::model::ChecklistItem,
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    if let Some((_, text)) = drafts.editing.as_mut().filter(|(id, _)| *id == item.id) {
        let mut finished = false;
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("list-edit-quality"));
            let r = ui
                .add(widgets::line_edit(text).desired_width(ui.available_width().min(420.0)))
                .labelled_by(label.id);
            if !r.has_focus() && !r.lost_focus() {
                r.request_focus();
            }
            let done = ui.button(t!("list-done")).clicked()
                || (r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)));
            if done {
                // The editor closes once the text is taken (the shell does
                // that); a refused text stays here to be fixed.
                commands.push(Command::Edit(Edit::SetText(item.id, text.clone())));
            } else if ui.input(|i| i.key_pressed(egui::Key::Escape)) {
                finished = true;
            }
        });
        if finished {
            drafts.editing = None;
        }
    }
}

/// An item's text (double-click to edit), its link or a suggested one.
fn item_text(
    ui: &mut egui::Ui,
    item: &crate::model::ChecklistItem,
    catalog: &Catalog,
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    let label = ui.add(
        egui::Label::new(egui::RichText::new(&item.text).size(theme::ITEM_SIZE))
            .sense(egui::Sense::click()),
    );
    if label
        .on_hover_text(t!("list-double-click"))
        .double_clicked()
    {
        drafts.editing = Some((item.id, item.text.clone()));
    }
    if let Some(skill) = item.skill.as_ref().and_then(|s| catalog.skill(s)) {
        ui.label(
            egui::RichText::new(t!("list-linked-to", skill = skill.name.as_str()))
                .color(palette.strength),
        );
        if action(
            ui,
            true,
            &t!("list-unlink"),
            &t!(
                "list-unlink-hint",
                text = item.text.as_str(),
                skill = skill.name.as_str()
            ),
        )
        .clicked()
        {
            commands.push(Command::Edit(Edit::Link(item.id, None)));
        }
    } else {
        if let Some(other) = &item.skill {
            ui.label(
                egui::RichText::new(t!("list-linked-elsewhere", skill = other.to_string()))
                    .color(palette.muted),
            );
        }
        let suggestion = drafts.best_suggestion(catalog, &item.text);
        if let Some(s) = suggestion
            && let Some(skill) = catalog.skill(&s.skill)
        {
            ui.label(
                egui::RichText::new(t!("list-looks-like", skill = skill.name.as_str()))
                    .color(palette.right_track),
            );
            if ui
                .small_button(t!("list-link-to", skill = skill.name.as_str()))
                .clicked()
            {
                commands.push(Command::Edit(Edit::Link(
                    item.id,
                    Some(SkillId::clone(&skill.id)),
                )));
            }
        }
    }
}

/// Remove, Down, Up, Edit and Note for the item at `pos` of `count`.
fn item_buttons(
    ui: &mut egui::Ui,
    item: &crate::model::ChecklistItem,
    (pos, count): (usize, usize),
    drafts: &mut Drafts,
    commands: &mut Vec<Command>,
) {
    let text = item.text.as_str();
    let remove = action(
        ui,
        true,
        &t!("list-remove"),
        &t!("list-remove-hint", text = text),
    );
    if remove.clicked() || (remove.has_focus() && ui.input(|i| i.key_pressed(egui::Key::Delete))) {
        commands.push(Command::Edit(Edit::Remove(item.id)));
    }
    if action(
        ui,
        pos + 1 < count,
        &t!("list-down"),
        &t!("list-down-hint", text = text),
    )
    .clicked()
    {
        commands.push(Command::Edit(Edit::Move(item.id, pos + 1)));
    }
    if action(
        ui,
        pos > 0,
        &t!("list-up"),
        &t!("list-up-hint", text = text),
    )
    .clicked()
    {
        commands.push(Command::Edit(Edit::Move(item.id, pos.saturating_sub(1))));
    }
    if action(
        ui,
        true,
        &t!("list-edit"),
        &t!("list-edit-hint", text = text),
    )
    .clicked()
    {
        drafts.editing = Some((item.id, item.text.clone()));
    }
    let note_label = if item.note.is_empty() {
        t!("list-add-note")
    } else {
        t!("list-note")
    };
    if action(ui, true, &note_label, &t!("list-note-on", text = text)).clicked() {
        // The note open until now is kept first: its field may never
        // be drawn again to notice it lost the focus.
        let open_note = drafts.note.take();
        let toggled_off = open_note.as_ref().is_some_and(|(id, _)| *id == item.id);
        if let Some((id, note)) = open_note {
            commands.push(Command::Edit(Edit::SetNote(id, note)));
        }
        if !toggled_off {
            drafts.note = Some((item.id, item.note.clone()));
        }
    }
}

/// The most of a note shown under its item; the whole of it is one click
/// away (Note). A note of pages would otherwise push the list off screen.
const NOTE_PREVIEW_CHARS: usize = 400;

/// A note as shown under its item: whole when short, else its start and "…".
fn note_preview(note: &str) -> std::borrow::Cow<'_, str> {
    match note.char_indices().nth(NOTE_PREVIEW_CHARS) {
        None => note.into(),
        Some((end, _)) => t!("list-note-cut", start = note[..end].trim_end()).into(),
    }
}

fn questions(ui: &mut egui::Ui) {
    egui::CollapsingHeader::new(t!("list-questions"))
        .default_open(false)
        .show(ui, |ui| {
            for q in crate::ui::session::agenda::reflective_questions() {
                ui.strong(&q.question);
                for p in &q.prompts {
                    ui.label(format!("• {p}"));
                }
                ui.add_space(theme::SMALL_GAP);
            }
        });
}

#[cfg(test)]
mod tests {
    use super::{NOTE_PREVIEW_CHARS, note_preview};

    #[test]
    fn a_long_note_is_shown_by_its_start() {
        assert_eq!(note_preview("Short and calm."), "Short and calm.");
        let exact = "é".repeat(NOTE_PREVIEW_CHARS);
        assert_eq!(note_preview(&exact), exact);
        let long = "é".repeat(NOTE_PREVIEW_CHARS + 1);
        let shown = note_preview(&long);
        assert!(shown.starts_with(&exact));
        assert!(shown.ends_with("… (Note shows all of it)"));
    }
}
