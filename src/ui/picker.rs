//! The profile picker: the first screen. Recent profiles, create a new one,
//! open the sample, import; rename, duplicate and delete (with undo).

use super::command::Command;
use super::theme;
use super::widgets::{self, action};
use crate::model::ProfileId;
use crate::store::ProfileSummary;
use crate::t;

/// What the picker remembers between frames.
#[derive(Debug, Default)]
pub struct PickerState {
    pub new_name: String,
    /// The profile being renamed, and the name typed so far.
    pub renaming: Option<(ProfileId, String)>,
    /// Show the coach view (who to see next) instead of the list.
    pub coach_view: bool,
    /// The coach whose technicians are shown (`None`: everyone).
    pub coach: Option<String>,
    /// Every technician in the coach view, not only the most urgent.
    pub all_technicians: bool,
    /// The coach view shows the skills (heat map) instead of the sessions.
    pub skills_view: bool,
    pub heat: super::heatmap::HeatState,
    pub due: super::due::DueView,
}

/// Draws the picker.
pub fn show(
    ui: &mut egui::Ui,
    (profiles, catalogs): (&[ProfileSummary], &crate::store::CatalogSet),
    problems: &[String],
    state: &mut PickerState,
    fixed_today: Option<jiff::civil::Date>,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.add_space(theme::SECTION_GAP);
    ui.heading("Lodestar");
    ui.label(t!("picker-what"));
    ui.add_space(theme::SECTION_GAP);

    for problem in problems {
        ui.colored_label(palette.error, problem);
    }

    new_profile_row(ui, state, commands);
    ui.add_space(theme::SECTION_GAP);

    if profiles.is_empty() {
        ui.label(t!("picker-none-yet"));
        return;
    }
    let today = fixed_today.unwrap_or_else(|| jiff::ZonedDateTime::now().date());
    let mine: Vec<&ProfileSummary> = profiles
        .iter()
        .filter(|p| {
            !state.coach_view || state.coach.as_deref().is_none_or(|c| p.coaching.coach == c)
        })
        .collect();
    super::due::show(ui, &super::due::of(&mine, today), &mut state.due, commands);
    ui.horizontal(|ui| {
        ui.selectable_value(
            &mut state.coach_view,
            false,
            t!("picker-profiles", n = profiles.len()),
        );
        ui.selectable_value(&mut state.coach_view, true, t!("picker-coach-view"));
    });
    if state.coach_view {
        let members = coach_bar(ui, profiles, state, commands);
        if state.skills_view {
            egui::ScrollArea::vertical()
                .auto_shrink([false, false])
                .show(ui, |ui| {
                    super::heatmap::show(ui, &members, catalogs, &mut state.heat, commands);
                });
        } else {
            coach_view(ui, members, state, today, commands);
        }
        return;
    }
    ui.label(egui::RichText::new(t!("picker-recent-first")).color(palette.muted));
    let mut profiles: Vec<&ProfileSummary> = profiles.iter().collect();
    profiles.sort_by(|a, b| {
        b.modified
            .cmp(&a.modified)
            .then_with(|| a.name.cmp(&b.name))
    });
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            for p in profiles {
                profile_card(ui, p, state, commands);
                ui.add_space(theme::SMALL_GAP);
            }
        });
}

/// "New profile:", Create, Open the sample, Import….
fn new_profile_row(ui: &mut egui::Ui, state: &mut PickerState, commands: &mut Vec<Command>) {
    ui.horizontal(|ui| {
        let label = ui.label(t!("picker-new-profile"));
        let edit = ui
            .add(
                widgets::line_edit(&mut state.new_name)
                    .hint_text(t!("picker-name-hint"))
                    .desired_width(theme::PROFILE_NAME_WIDTH),
            )
            .labelled_by(label.id);
        let enter = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(t!("picker-create")).clicked() || enter {
            commands.push(Command::Create(state.new_name.clone()));
        }
        ui.separator();
        if ui
            .button(t!("picker-sample"))
            .on_hover_text(t!("picker-sample-hint"))
            .clicked()
        {
            commands.push(Command::AddSample);
        }
        if ui.button(t!("picker-import")).clicked() {
            commands.push(Command::Import);
        }
        super::list_import::lists_menu(ui, None, commands);
    });
}

/// One profile of the list: its name (to open), role, and its buttons.
fn profile_card(
    ui: &mut egui::Ui,
    p: &ProfileSummary,
    state: &mut PickerState,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal(|ui| {
            if rename_row(ui, p, state, commands) {
                return;
            }
            // The name and role get what the buttons leave, cut short with
            // "…" however long a file made them (the full name on hover).
            let room = (ui.available_width() - buttons_width(ui)).max(60.0);
            ui.scope(|ui| {
                ui.set_max_width(room);
                let open = ui
                    .add(
                        egui::Button::new(
                            egui::RichText::new(&p.name)
                                .strong()
                                .size(theme::CARD_TITLE_SIZE),
                        )
                        .frame(false)
                        .truncate(),
                    )
                    .on_hover_text(&p.name);
                if open.clicked() {
                    commands.push(Command::Open(p.id.clone()));
                }
                if !p.role.is_empty() {
                    ui.add(
                        egui::Label::new(egui::RichText::new(&p.role).color(palette.muted))
                            .truncate(),
                    );
                }
                if p.newer_format.is_some() {
                    ui.colored_label(palette.error, t!("picker-newer"));
                }
            });
            ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                if action(
                    ui,
                    true,
                    &t!("picker-delete"),
                    &t!("picker-delete-hint", name = p.name.as_str()),
                )
                .clicked()
                {
                    commands.push(Command::Delete(p.id.clone()));
                }
                if action(
                    ui,
                    true,
                    &t!("picker-duplicate"),
                    &t!("picker-duplicate-hint", name = p.name.as_str()),
                )
                .clicked()
                {
                    commands.push(Command::Duplicate(p.id.clone()));
                }
                if action(
                    ui,
                    true,
                    &t!("picker-rename"),
                    &t!("picker-rename-hint", name = p.name.as_str()),
                )
                .clicked()
                {
                    state.renaming = Some((p.id.clone(), p.name.clone()));
                }
                if action(
                    ui,
                    true,
                    &t!("picker-open"),
                    &t!("picker-open-hint", name = p.name.as_str()),
                )
                .clicked()
                {
                    commands.push(Command::Open(p.id.clone()));
                }
            });
        });
    });
}

/// The width the four buttons of a profile's row take.
fn buttons_width(ui: &egui::Ui) -> f32 {
    let font = egui::TextStyle::Button.resolve(ui.style());
    let spacing = ui.spacing();
    let pad = spacing.button_padding.x * 2.0 + spacing.item_spacing.x;
    [
        t!("picker-open"),
        t!("picker-rename"),
        t!("picker-duplicate"),
        t!("picker-delete"),
    ]
    .iter()
    .map(|t| {
        let galley = ui
            .painter()
            .layout_no_wrap(t.clone(), font.clone(), egui::Color32::WHITE);
        galley.size().x + pad
    })
    .sum::<f32>()
        + spacing.item_spacing.x
}

/// The name field while a profile is renamed; whether it is shown.
fn rename_row(
    ui: &mut egui::Ui,
    p: &ProfileSummary,
    state: &mut PickerState,
    commands: &mut Vec<Command>,
) -> bool {
    let renaming = state.renaming.as_mut().filter(|(id, _)| id == &p.id);
    let Some((_, name)) = renaming else {
        return false;
    };
    let label = ui.label(t!("picker-new-name"));
    let r = ui
        .add(widgets::line_edit(name).desired_width(theme::PROFILE_NAME_WIDTH))
        .labelled_by(label.id);
    if !r.has_focus() && !r.lost_focus() {
        r.request_focus();
    }
    if ui.button(t!("picker-save-name")).clicked()
        || (r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)))
    {
        commands.push(Command::Rename(p.id.clone(), name.clone()));
        state.renaming = None;
    } else if ui.button(t!("picker-cancel")).clicked()
        || ui.input(|i| i.key_pressed(egui::Key::Escape))
    {
        state.renaming = None;
    }
    true
}

/// Every technician with their last and next session and open actions,
/// the ones to see soonest first.
/// The coach view's bar: sessions or skills, whose technicians, Export the
/// team. Returns the technicians shown.
fn coach_bar<'a>(
    ui: &mut egui::Ui,
    profiles: &'a [ProfileSummary],
    state: &mut PickerState,
    commands: &mut Vec<Command>,
) -> Vec<&'a ProfileSummary> {
    let palette = theme::palette(ui.visuals());
    let mut coaches: Vec<&str> = profiles
        .iter()
        .map(|p| p.coaching.coach.as_str())
        .filter(|c| !c.is_empty())
        .collect();
    coaches.sort_unstable();
    coaches.dedup();
    ui.horizontal_wrapped(|ui| {
        ui.selectable_value(&mut state.skills_view, false, t!("coach-sessions"));
        ui.selectable_value(&mut state.skills_view, true, t!("coach-skills"));
        ui.separator();
        let shown = state.coach.clone().unwrap_or_else(|| t!("coach-all"));
        egui::ComboBox::from_id_salt("coach-filter")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut state.coach, None, t!("coach-all"));
                for c in &coaches {
                    ui.selectable_value(&mut state.coach, Some((*c).to_owned()), *c);
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("coach-filter"))
            });
        if ui
            .button(t!("coach-export-team"))
            .on_hover_text(t!("coach-export-team-hint"))
            .clicked()
        {
            commands.push(Command::ExportTeam);
        }
        if ui
            .button(t!("coach-calendar"))
            .on_hover_text(t!("coach-calendar-hint"))
            .clicked()
        {
            commands.push(Command::TeamCalendar);
        }
        if !state.skills_view {
            ui.label(egui::RichText::new(t!("coach-order")).color(palette.muted));
        }
    });
    profiles
        .iter()
        .filter(|p| state.coach.as_deref().is_none_or(|c| p.coaching.coach == c))
        .collect()
}

fn coach_view(
    ui: &mut egui::Ui,
    mut rows: Vec<&ProfileSummary>,
    state: &mut PickerState,
    today: jiff::civil::Date,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    rows.sort_by_cached_key(|p| (p.coaching.urgency(today), p.name.to_lowercase()));
    // The most urgent come first; a long list is one click away.
    let shown = if state.all_technicians {
        rows.len()
    } else {
        rows.len().min(COACH_VIEW_FIRST)
    };
    ui.add_space(theme::ROW_GAP);
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            egui::Grid::new("coach-view")
                .striped(true)
                .spacing([theme::TABLE_COLUMN_GAP, theme::ROW_GAP])
                .show(ui, |ui| {
                    for h in [
                        t!("coach-column-technician"),
                        t!("coach-column-coach"),
                        t!("coach-column-last"),
                        t!("coach-column-next"),
                        t!("coach-column-open"),
                        t!("coach-column-overdue"),
                    ] {
                        ui.label(egui::RichText::new(h).strong());
                    }
                    ui.end_row();
                    for p in rows.iter().take(shown) {
                        let c = &p.coaching;
                        let shown_name = widgets::short(&p.name, NAME_IN_TABLE);
                        if action(
                            ui,
                            true,
                            &shown_name,
                            &t!("picker-open-hint", name = p.name.as_str()),
                        )
                        .clicked()
                        {
                            commands.push(Command::Open(p.id.clone()));
                        }
                        ui.label(&c.coach);
                        ui.label(
                            c.last_session
                                .map_or_else(|| t!("coach-never"), crate::i18n::date),
                        );
                        match c.next_session {
                            Some(d) if d < today => {
                                ui.colored_label(
                                    palette.error,
                                    t!("coach-past", date = crate::i18n::date(d)),
                                );
                            }
                            Some(d) => {
                                ui.label(crate::i18n::date(d));
                            }
                            None => {
                                ui.label(
                                    egui::RichText::new(t!("coach-not-set")).color(palette.muted),
                                );
                            }
                        }
                        ui.label(c.open_action_dues.len().to_string());
                        let overdue = c.overdue(today);
                        if overdue > 0 {
                            ui.colored_label(palette.error, overdue.to_string());
                        } else {
                            ui.label("0");
                        }
                        ui.end_row();
                    }
                });
            if shown < rows.len() && ui.button(t!("coach-show-all", n = rows.len())).clicked() {
                state.all_technicians = true;
            }
        });
}

/// The coach view lists this many technicians, the most urgent, before
/// "Show all".
const COACH_VIEW_FIRST: usize = 50;
/// The longest name shown in the coach view's table, in characters.
const NAME_IN_TABLE: usize = 40;
