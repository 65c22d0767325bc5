//! Small shared widgets.

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

/// The most a notes field takes in: about forty pages.
pub const NOTES_FIELD_MAX: usize = 100_000;

/// A one-line text field, capped at [`LINE_FIELD_MAX`] characters.
pub fn line_edit(text: &mut String) -> egui::TextEdit<'_> {
    egui::TextEdit::singleline(text).char_limit(LINE_FIELD_MAX)
}

/// A notes field, capped at [`NOTES_FIELD_MAX`] characters.
pub fn notes_edit(text: &mut String) -> egui::TextEdit<'_> {
    egui::TextEdit::multiline(text).char_limit(NOTES_FIELD_MAX)
}
