//! Session mode: the meeting itself, full window and in large type for a
//! shared screen, with the agenda on one side and the notes on the other
//! (one above the other when the window is narrow).

use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use jiff::civil::Date;

use super::{LiveSession, agenda, notes};
use crate::model::{Catalog, Profile, Session};
use crate::t;
use crate::ui::command::{Command, Tab};
use crate::ui::theme;

/// Makes every text style `factor` times larger inside `ui`.
fn enlarge(ui: &mut egui::Ui, factor: f32) {
    let style = ui.style_mut();
    for font in style.text_styles.values_mut() {
        font.size *= factor;
    }
    style.spacing.interact_size.y *= factor;
}

/// Session mode: the meeting, full window.
pub fn live(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    today: Date,
    live: &mut LiveSession,
    commands: &mut Vec<Command>,
) {
    let Some(session) = profile.sessions.get(live.index) else {
        // Undone while open: nothing to show.
        commands.push(Command::LeaveSession);
        return;
    };
    let add_action = ui
        .input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter)));
    enlarge(ui, theme::SESSION_ZOOM);
    ui.add_space(theme::ROW_GAP);
    top_line(ui, profile, session, live, commands);
    ui.separator();

    let index = live.index;
    if ui.available_width() >= theme::SESSION_TWO_COLUMNS {
        ui.columns(2, |cols| {
            egui::ScrollArea::vertical()
                .id_salt("agenda")
                .auto_shrink([false, false])
                .show(&mut cols[0], |ui| {
                    column(ui, |ui| {
                        agenda::agenda(ui, profile, catalog, today, index, commands);
                    });
                });
            egui::ScrollArea::vertical()
                .id_salt("notes")
                .auto_shrink([false, false])
                .show(&mut cols[1], |ui| {
                    column(ui, |ui| {
                        notes::notes(ui, profile, catalog, today, live, add_action, commands);
                    });
                });
        });
    } else {
        egui::ScrollArea::vertical()
            .id_salt("session")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Narrow (or zoomed in for a shared screen): what is typed
                // comes first, the agenda follows.
                notes::notes(ui, profile, catalog, today, live, add_action, commands);
                ui.separator();
                agenda::agenda(ui, profile, catalog, today, index, commands);
            });
    }
}

/// One column of the session: text aligned left (a column is justified,
/// which would stretch the spaces of wrapped lines) and clear of the
/// scroll bar that floats over its right edge.
fn column(ui: &mut egui::Ui, add: impl FnOnce(&mut egui::Ui)) {
    let scroll = &ui.spacing().scroll;
    let bar = scroll.bar_width + scroll.bar_inner_margin + scroll.bar_outer_margin;
    let width = (ui.available_width() - bar).max(0.0);
    ui.with_layout(egui::Layout::top_down(egui::Align::Min), |ui| {
        ui.set_max_width(width);
        add(ui);
    });
}

/// Who, when, a quiet clock, and the ways out.
fn top_line(
    ui: &mut egui::Ui,
    profile: &Profile,
    session: &Session,
    live: &LiveSession,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.heading(t!("session-with", name = profile.name.as_str()));
        ui.label(RichText::new(crate::i18n::date(session.date)).color(palette.muted));
        let minutes = live.minutes();
        ui.label(RichText::new(t!("sessions-minutes", n = minutes)).color(palette.muted))
            .on_hover_text(t!("session-minutes-hint"));
        // The clock changes once a minute: one repaint then, none in between.
        let into_minute = live.started.elapsed().as_secs() % 60;
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs(60 - into_minute));
        ui.separator();
        if ui
            .button(RichText::new(t!("session-end")).strong())
            .on_hover_text(t!("session-end-hint"))
            .clicked()
        {
            commands.push(Command::EndSession);
        }
        if ui
            .button(t!("session-back"))
            .on_hover_text(t!("session-back-hint"))
            .clicked()
        {
            commands.push(Command::LeaveSession);
        }
        if ui
            .button(t!("session-rate"))
            .on_hover_text(t!("session-rate-hint"))
            .clicked()
        {
            commands.push(Command::LeaveSession);
            commands.push(Command::SetTab(Tab::Rate));
        }
    });
}
