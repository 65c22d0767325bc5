//! The Sessions step: start or continue a session, the open actions, and
//! the log of earlier sessions with their summaries.

use egui::RichText;
use jiff::civil::Date;

use crate::model::Profile;
use crate::model::coaching;
use crate::t;
use crate::ui::command::Command;
use crate::ui::theme;

/// The Sessions step.
pub fn sessions_tab(
    ui: &mut egui::Ui,
    profile: &Profile,
    today: Date,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.add_space(theme::STEP_TOP);
    ui.heading(t!("sessions-heading"));
    ui.label(t!("sessions-intro"));
    ui.add_space(theme::ROW_GAP);
    start_or_continue(ui, profile, commands);
    let open = coaching::open_actions(profile, None, today);
    let overdue = open
        .iter()
        .filter(|r| r.get(profile).is_some_and(|a| a.is_overdue(today)))
        .count();
    ui.add_space(theme::SMALL_GAP);
    ui.label(if overdue > 0 {
        t!(
            "sessions-open-actions-overdue",
            n = open.len(),
            overdue = overdue
        )
    } else {
        t!("sessions-open-actions", n = open.len())
    });
    ui.add_space(theme::SECTION_GAP);
    if profile.sessions.is_empty() {
        ui.label(RichText::new(t!("sessions-none")).color(palette.muted));
        return;
    }
    let mut order: Vec<usize> = (0..profile.sessions.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse((profile.sessions[i].date, i)));
    // Years of sessions are one click away rather than all laid out.
    let all = ui.make_persistent_id(("all-sessions", profile.id.as_str()));
    let show_all = ui.data(|d| d.get_temp::<bool>(all)).unwrap_or(false);
    let shown = if show_all {
        order.len()
    } else {
        order.len().min(SHOWN_AT_FIRST)
    };
    for &i in &order[..shown] {
        session_card(ui, profile, i, commands);
        ui.add_space(theme::SMALL_GAP);
    }
    if shown < order.len()
        && ui
            .button(t!("sessions-show-earlier", n = order.len() - shown))
            .clicked()
    {
        ui.data_mut(|d| d.insert_temp(all, true));
    }
}

/// How many sessions the log shows before "Show the earlier sessions".
const SHOWN_AT_FIRST: usize = 12;

fn start_or_continue(ui: &mut egui::Ui, profile: &Profile, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui.visuals());
    let in_progress = profile.sessions.iter().position(|s| s.in_progress);
    ui.horizontal(|ui| {
        if let Some(i) = in_progress {
            let date = profile.sessions[i].date;
            if ui
                .button(
                    RichText::new(t!("sessions-continue", date = crate::i18n::date(date))).strong(),
                )
                .clicked()
            {
                commands.push(Command::ContinueSession(i));
            }
            ui.label(RichText::new(t!("sessions-not-ended")).color(palette.muted));
        } else if ui
            .button(RichText::new(t!("sessions-start")).strong())
            .clicked()
        {
            commands.push(Command::StartSession);
        }
    });
}

/// One session of the log: date, facts, the summary button, the first line
/// of the notes.
fn session_card(ui: &mut egui::Ui, profile: &Profile, i: usize, commands: &mut Vec<Command>) {
    let palette = theme::palette(ui.visuals());
    let s = &profile.sessions[i];
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(crate::i18n::date(s.date))
                    .strong()
                    .size(theme::ITEM_SIZE),
            );
            let mut facts = Vec::new();
            if s.duration_minutes > 0 {
                facts.push(t!("sessions-minutes", n = s.duration_minutes));
            }
            if !s.coach.is_empty() {
                facts.push(t!("sessions-with", coach = s.coach.as_str()));
            }
            facts.push(t!("sessions-actions", n = s.actions.len()));
            if let Some(n) = s.next_date {
                facts.push(s.next_time.map_or_else(
                    || t!("sessions-next", date = crate::i18n::date(n)),
                    |t| {
                        t!(
                            "sessions-next-at",
                            date = crate::i18n::date(n),
                            time = t.strftime("%H:%M").to_string()
                        )
                    },
                ));
            }
            if s.in_progress {
                facts.push(t!("sessions-in-progress"));
            }
            ui.label(RichText::new(facts.join(" · ")).color(palette.muted));
            if ui
                .button(t!("sessions-summary"))
                .on_hover_text(t!("sessions-summary-hint"))
                .clicked()
            {
                commands.push(Command::ShowSummary(i));
            }
        });
        if !s.notes.is_empty() {
            let first: String = s
                .notes
                .lines()
                .next()
                .unwrap_or("")
                .chars()
                .take(160)
                .collect();
            ui.label(RichText::new(first).italics());
        }
    });
}
