//! The window's chrome around the screens: the profile bar (the way back,
//! whose profile it is, undo, redo, export, the seven steps) and the status
//! line (messages, conflicts, About, theme and zoom).

use super::command::{Command, Tab};
use super::open::OpenProfile;
use super::status::StatusLine;
use super::theme;
use crate::t;

/// The bar above an open profile's screens.
pub fn profile_bar(ui: &mut egui::Ui, open: &OpenProfile, commands: &mut Vec<Command>) {
    ui.add_space(theme::SMALL_GAP);
    // First row: the way back and whose profile this is on the left, undo,
    // redo and export on the right. A long name is cut short (in full on
    // hover), so the row never wraps, whatever the window's width.
    let (back, right) = egui::Sides::new().shrink_left().truncate().show(
        ui,
        |ui| {
            let back = ui
                .button(t!("bar-all-profiles"))
                .on_hover_text(t!("bar-all-profiles-hint"))
                .clicked();
            ui.separator();
            name_and_role(ui, open.profile());
            back.then_some(Command::Close)
        },
        |ui| {
            let mut clicked = evidence_button(ui);
            ui.menu_button(t!("bar-export"), |ui| {
                if ui
                    .button(t!("bar-export-profile"))
                    .on_hover_text(t!("bar-export-profile-hint"))
                    .clicked()
                {
                    clicked = Some(Command::Export);
                }
                if ui
                    .button(t!("bar-export-sheet"))
                    .on_hover_text(t!("bar-export-sheet-hint"))
                    .clicked()
                {
                    clicked = Some(Command::ExportSheet);
                }
            })
            .response
            .on_hover_text(t!("bar-export-hint"));
            ui.menu_button(t!("bar-send"), |ui| {
                use crate::store::Recipient;
                if ui
                    .button(t!("bar-send-technician"))
                    .on_hover_text(t!("bar-send-technician-hint"))
                    .clicked()
                {
                    clicked = Some(Command::Send(Recipient::Technician));
                }
                if ui
                    .button(t!("bar-send-coach"))
                    .on_hover_text(t!("bar-send-coach-hint"))
                    .clicked()
                {
                    clicked = Some(Command::Send(Recipient::Coach));
                }
            })
            .response
            .on_hover_text(t!("bar-send-hint"));
            if ui
                .add_enabled(open.can_redo(), egui::Button::new(t!("bar-redo")))
                .on_hover_text("Ctrl+Shift+Z")
                .clicked()
            {
                clicked = Some(Command::Redo);
            }
            if ui
                .add_enabled(open.can_undo(), egui::Button::new(t!("bar-undo")))
                .on_hover_text("Ctrl+Z")
                .clicked()
            {
                clicked = Some(Command::Undo);
            }
            clicked
        },
    );
    commands.extend(back.into_iter().chain(right));
    // Second row: the seven steps, in order.
    ui.add_space(theme::TINY_GAP);
    ui.horizontal_wrapped(|ui| {
        for tab in Tab::ALL {
            if ui.selectable_label(open.tab == tab, tab.label()).clicked() {
                commands.push(Command::SetTab(tab));
            }
        }
    });
    ui.add_space(theme::SMALL_GAP);
}

/// The profile's name and role as one label, cut short together with "…"
/// (the whole of it on hover); the role only where it fits whole.
fn name_and_role(ui: &mut egui::Ui, profile: &crate::model::Profile) {
    // Name and role as one label: cut short together, with "…" and
    // the whole of it on hover (egui does that for a cut label).
    let style = ui.style().clone();
    let mut job = egui::text::LayoutJob::default();
    egui::RichText::new(&profile.name).heading().append_to(
        &mut job,
        &style,
        egui::FontSelection::Default,
        egui::Align::Center,
    );
    // The role only where it fits whole beside the name: a stub of
    // it ("Tec…") says nothing (German and French run long).
    let width = |text: &str, style: egui::TextStyle| {
        ui.painter()
            .layout_no_wrap(
                text.to_owned(),
                style.resolve(ui.style()),
                egui::Color32::WHITE,
            )
            .size()
            .x
    };
    let role = format!("   {}", profile.role);
    let fits = width(&profile.name, egui::TextStyle::Heading) + width(&role, egui::TextStyle::Body)
        <= ui.available_width();
    if !profile.role.is_empty() && fits {
        egui::RichText::new(role).weak().append_to(
            &mut job,
            &style,
            egui::FontSelection::Default,
            egui::Align::Center,
        );
    }
    ui.add(egui::Label::new(job).truncate());
}

/// "Add evidence…", on every step.
fn evidence_button(ui: &mut egui::Ui) -> Option<Command> {
    ui.button(t!("bar-add-evidence"))
        .on_hover_text(t!("bar-add-evidence-hint"))
        .clicked()
        .then_some(Command::Evidence(super::command::EvidenceChoice::New(None)))
}

/// What the status line shows besides the message.
pub struct StatusView<'a> {
    pub status: &'a StatusLine,
    pub open: Option<&'a OpenProfile>,
    /// A profile was just deleted: offer to bring it back.
    pub can_undo_delete: bool,
}

/// The line at the bottom: a conflict to resolve or why the profile is
/// read-only, the message, Undo delete; About and the theme on the right.
pub fn status_line(ui: &mut egui::Ui, app: &StatusView<'_>, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui.visuals());
    // The controls on the right are laid out first; the message wraps in
    // what is left, so a long one never runs under them.
    let (left, right) = egui::Sides::new().shrink_left().wrap().show(
        ui,
        |ui| {
            let mut clicked = Vec::new();
            if let Some(open) = app.open {
                if open.conflict {
                    ui.colored_label(palette.error, t!("status-changed-elsewhere"));
                    if ui.button(t!("status-keep-mine")).clicked() {
                        clicked.push(Command::KeepMine);
                    }
                    if ui.button(t!("status-load-theirs")).clicked() {
                        clicked.push(Command::TakeTheirs);
                    }
                } else if !open.conflicts.is_empty() {
                    let n = open.conflicts.len();
                    ui.colored_label(palette.error, t!("status-to-settle", n = n));
                    if ui.button(t!("status-settle")).clicked() {
                        clicked.push(Command::ShowConflicts(true));
                    }
                } else if let Some(reason) = open.handle.access().reason() {
                    ui.colored_label(palette.error, t!("status-read-only", reason = reason));
                }
            }
            let color = if app.status.error {
                palette.error
            } else {
                palette.muted
            };
            ui.add(egui::Label::new(egui::RichText::new(&app.status.text).color(color)).wrap());
            if app.can_undo_delete
                && app.open.is_none()
                && ui.button(t!("status-undo-delete")).clicked()
            {
                clicked.push(Command::UndoDelete);
            }
            clicked
        },
        |ui| {
            let mut clicked = Vec::new();
            if ui
                .button(t!("status-about"))
                .on_hover_text(t!("status-about-hint"))
                .clicked()
            {
                clicked.push(Command::About(true));
            }
            theme_switch(ui, &mut clicked);
            language_menu(ui, &mut clicked);
            clicked
        },
    );
    commands.extend(left.into_iter().chain(right));
}

fn theme_switch(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    let current = ui.ctx().options(|o| o.theme_preference);
    for (pref, label, hint) in [
        (
            egui::ThemePreference::Dark,
            t!("status-theme-dark"),
            t!("status-theme-dark-hint"),
        ),
        (
            egui::ThemePreference::Light,
            t!("status-theme-light"),
            t!("status-theme-light-hint"),
        ),
        (
            egui::ThemePreference::System,
            t!("status-theme-system"),
            t!("status-theme-system-hint"),
        ),
    ] {
        let r = ui
            .selectable_label(current == pref, label)
            .on_hover_text(&hint);
        r.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::Button, true, current == pref, &hint)
        });
        if r.clicked() {
            commands.push(Command::SetTheme(pref));
        }
    }
    ui.label(egui::RichText::new(format!("{:.0}%", ui.ctx().zoom_factor() * 100.0)).weak())
        .on_hover_text(t!("status-zoom-hint"));
}

/// The language menu, when Lodestar speaks more than one: each language
/// in its own words; a choice takes effect at once and is remembered.
fn language_menu(ui: &mut egui::Ui, commands: &mut Vec<Command>) {
    use crate::i18n::{self, Lang};
    if Lang::all().nth(1).is_none() {
        return;
    }
    let current = i18n::current();
    egui::ComboBox::from_id_salt("language")
        .selected_text(current.name())
        .show_ui(ui, |ui| {
            for lang in Lang::all() {
                if ui.selectable_label(lang == current, lang.name()).clicked() && lang != current {
                    commands.push(Command::SetLanguage(lang.tag().to_owned()));
                }
            }
        })
        .response
        .on_hover_text(t!("status-language-hint"))
        // Named by the language it shows, in that language.
        .widget_info(|| egui::WidgetInfo::labeled(egui::Role::ComboBox, true, current.name()));
}
