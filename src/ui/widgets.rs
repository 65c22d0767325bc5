//! Small shared widgets.

/// A button showing a short word ("Remove") that screen readers, tooltips
/// and tests know by a full description ("Remove “Listening”"), so that a
/// list of identical buttons stays tellable apart.
pub fn action(ui: &mut egui::Ui, enabled: bool, text: &str, described: &str) -> egui::Response {
    let response = ui.add_enabled(enabled, egui::Button::new(text).small());
    response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, enabled, described));
    response.on_hover_text(described)
}
