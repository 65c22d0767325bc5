//! The development plan: a handful of focus skills, each with a goal,
//! actions, resources, how success will be seen and a target date; then
//! Print… and Export….
//!
//! The screen edits a copy of the plan; when the copy differs at the end of
//! the frame it is sent as one [`Edit::SetPlan`], with the text being typed
//! (a [`PlanField`]) so that a burst of typing is one undo step.

use std::collections::HashMap;

use egui::RichText;

use super::command::Command;
use super::theme;
use super::widgets::{self, action};
use crate::model::focus::{FocusReason, suggest_focus};
use crate::model::plan::RECOMMENDED_FOCUS;
use crate::model::{
    Action, ActionStatus, Catalog, Edit, FocusSkill, Plan, PlanField, PlanStatus, Profile, SkillId,
    TypingKey,
};
use crate::report::Paper;
use crate::t;

/// Which date field of the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
enum DateKey {
    Review,
    Focus(usize),
}

/// What the plan editor remembers between frames.
#[derive(Debug, Default)]
pub struct PlanView {
    pub paper: Paper,
    /// Dates as typed, until they are dates.
    dates: HashMap<DateKey, String>,
    new_action: HashMap<usize, String>,
    new_resource: HashMap<usize, String>,
}

/// What one frame of the editor did to its copy of the plan.
struct Changes {
    plan: Plan,
    typing: Option<TypingKey>,
    moved: Option<(usize, usize)>,
    removed: Option<usize>,
}

fn skill_name(catalog: &Catalog, id: &SkillId) -> String {
    catalog
        .skill(id)
        .map_or_else(|| id.as_str().to_owned(), |s| s.name.clone())
}

/// Draws the plan step.
pub fn show(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    view: &mut PlanView,
    commands: &mut Vec<Command>,
) {
    let original = &profile.plan;
    let mut changes = Changes {
        plan: original.clone(),
        typing: None,
        moved: None,
        removed: None,
    };
    ui.add_space(theme::STEP_TOP);
    ui.heading(t!("plan-heading"));
    ui.label(t!("plan-intro"));
    ui.label(
        RichText::new(crate::report::simple_not_easy()).color(theme::palette(ui.visuals()).muted),
    );
    ui.add_space(theme::ROW_GAP);
    print_bar(ui, original, view, &mut changes.plan, commands);
    ui.add_space(theme::SECTION_GAP);
    let suggestions = suggest_focus(profile, catalog);
    choose_focus(ui, catalog, &suggestions, &mut changes.plan);
    ui.add_space(theme::SECTION_GAP);

    if changes.plan.focus.is_empty() {
        let muted = theme::palette(ui.visuals()).muted;
        ui.label(RichText::new(t!("plan-no-focus")).color(muted));
    }
    for i in 0..changes.plan.focus.len() {
        focus_card(ui, profile, catalog, i, view, &mut changes);
        ui.add_space(theme::SMALL_GAP);
    }
    let Changes {
        mut plan,
        typing,
        moved,
        removed,
    } = changes;
    if let Some((from, to)) = moved {
        plan.focus.swap(from, to);
        view.dates.clear();
    }
    if let Some(i) = removed {
        plan.focus.remove(i);
        view.dates.clear();
        view.new_action.clear();
        view.new_resource.clear();
    }
    if plan != *original {
        commands.push(Command::Edit(Edit::SetPlan { plan, typing }));
    }
}

/// Print…, Export…, the paper size and the review date.
fn print_bar(
    ui: &mut egui::Ui,
    original: &Plan,
    view: &mut PlanView,
    plan: &mut Plan,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(RichText::new(t!("plan-print")).strong())
            .on_hover_text(t!("plan-print-hint"))
            .clicked()
        {
            commands.push(Command::PrintPlan);
        }
        if ui
            .button(t!("plan-export"))
            .on_hover_text(t!("plan-export-hint"))
            .clicked()
        {
            commands.push(Command::ExportPlan);
        }
        ui.label(t!("plan-paper"));
        ui.radio_value(&mut view.paper, Paper::A4, t!("plan-paper-a4"));
        ui.radio_value(&mut view.paper, Paper::Letter, t!("plan-paper-letter"));
        ui.separator();
        let shown = (DateKey::Review, original.review_date);
        plan_date(
            ui,
            &t!("plan-review-on"),
            shown,
            &mut plan.review_date,
            view,
        );
        if original.review_date.is_some()
            && ui
                .button(t!("plan-add-to-calendar"))
                .on_hover_text(t!("plan-add-to-calendar-hint"))
                .clicked()
        {
            commands.push(Command::AddToCalendar(super::command::CalendarItem::Review));
        }
    });
}

/// A date of the plan, shown from `shown` and typed into `slot`.
fn plan_date(
    ui: &mut egui::Ui,
    label: &str,
    (key, shown): (DateKey, Option<jiff::civil::Date>),
    slot: &mut Option<jiff::civil::Date>,
    view: &mut PlanView,
) {
    let text = view
        .dates
        .entry(key)
        .or_insert_with(|| shown.map(|d| d.to_string()).unwrap_or_default());
    let (response, typed) = widgets::date_field(ui, label, text);
    if response.changed() {
        *slot = typed.or_keep(*slot);
    }
}

/// The advice to keep it short, the suggested focus skills, any other skill.
fn choose_focus(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    suggestions: &[(SkillId, FocusReason)],
    plan: &mut Plan,
) {
    let palette = theme::palette(ui.visuals());
    let over = plan.focus.len() > RECOMMENDED_FOCUS;
    ui.label(
        RichText::new(if over {
            t!(
                "plan-keep-it-short-over",
                max = RECOMMENDED_FOCUS,
                n = plan.focus.len()
            )
        } else {
            t!("plan-keep-it-short", max = RECOMMENDED_FOCUS)
        })
        .color(if over {
            palette.blind_spot
        } else {
            palette.muted
        }),
    );
    if plan.focus.is_empty() && !suggestions.is_empty() {
        let top: Vec<String> = suggestions
            .iter()
            .take(RECOMMENDED_FOCUS)
            .map(|(id, _)| skill_name(catalog, id))
            .collect();
        if ui
            .button(RichText::new(t!("plan-start-with", skills = top.join(", "))).strong())
            .on_hover_text(t!("plan-start-with-hint"))
            .clicked()
        {
            for (id, _) in suggestions.iter().take(RECOMMENDED_FOCUS) {
                if let Some(skill) = catalog.skill(id) {
                    plan.focus.push(FocusSkill::suggested(skill));
                }
            }
        }
    }
    if !suggestions.is_empty() {
        ui.label(RichText::new(t!("plan-suggested")).strong())
            .on_hover_text(t!("plan-suggested-hint"));
        ui.horizontal_wrapped(|ui| {
            for (id, why) in suggestions {
                let name = skill_name(catalog, id);
                let r = action(
                    ui,
                    true,
                    &t!("plan-add-skill", skill = name.as_str()),
                    &t!("plan-add-skill-hint", skill = name.as_str()),
                )
                .on_hover_text(why.describe());
                if r.clicked()
                    && let Some(skill) = catalog.skill(id)
                {
                    plan.focus.push(FocusSkill::suggested(skill));
                }
            }
        });
    }
    other_skill(ui, catalog, suggestions, plan);
}

/// "Add another skill…": any skill of the list not in the plan or suggested.
fn other_skill(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    suggestions: &[(SkillId, FocusReason)],
    plan: &mut Plan,
) {
    let others: Vec<&crate::model::Skill> = catalog
        .skills
        .iter()
        .filter(|s| !plan.focus.iter().any(|f| f.skill == s.id))
        .filter(|s| !suggestions.iter().any(|(id, _)| *id == s.id))
        .collect();
    if others.is_empty() {
        return;
    }
    let mut chosen: Option<usize> = None;
    egui::ComboBox::from_id_salt("add-focus")
        .selected_text(t!("plan-add-another"))
        .show_ui(ui, |ui| {
            for (i, s) in others.iter().enumerate() {
                if ui.selectable_label(false, &s.name).clicked() {
                    chosen = Some(i);
                }
            }
        })
        .response
        .widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("plan-add-another-name"))
        });
    if let Some(i) = chosen {
        plan.focus.push(FocusSkill::suggested(others[i]));
    }
}

/// One focus skill: its header, goal and measure, actions and resources.
fn focus_card(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    i: usize,
    view: &mut PlanView,
    changes: &mut Changes,
) {
    let count = changes.plan.focus.len();
    let name = skill_name(catalog, &changes.plan.focus[i].skill);
    let target = profile.plan.focus.get(i).and_then(|f| f.target_date);
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        let focus = &mut changes.plan.focus[i];
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(t!("plan-focus-title", n = i + 1, skill = name.as_str()))
                    .strong()
                    .size(theme::CARD_TITLE_SIZE),
            );
            status_choice(ui, i, &name, &mut focus.status);
            let shown = (DateKey::Focus(i), target);
            plan_date(
                ui,
                &t!("plan-target-date"),
                shown,
                &mut focus.target_date,
                view,
            );
            let skill = name.as_str();
            if action(
                ui,
                i > 0,
                &t!("list-up"),
                &t!("plan-move-up-hint", skill = skill),
            )
            .clicked()
            {
                changes.moved = Some((i, i - 1));
            }
            if action(
                ui,
                i + 1 < count,
                &t!("list-down"),
                &t!("plan-move-down-hint", skill = skill),
            )
            .clicked()
            {
                changes.moved = Some((i, i + 1));
            }
            if action(
                ui,
                true,
                &t!("list-remove"),
                &t!("plan-remove-hint", skill = skill),
            )
            .clicked()
            {
                changes.removed = Some(i);
            }
        });
        levels_line(ui, profile, catalog, &focus.skill);
        let goal = t!("plan-goal-hint");
        if text_line(ui, &t!("plan-goal"), &mut focus.goal, &goal) {
            changes.typing = Some(TypingKey::Plan(i, PlanField::Goal));
        }
        let measure = t!("plan-measure-hint");
        if text_line(ui, &t!("plan-measure"), &mut focus.measure, &measure) {
            changes.typing = Some(TypingKey::Plan(i, PlanField::Measure));
        }
        if let Some(field) = focus_actions(ui, profile, catalog, i, &name, focus, view) {
            changes.typing = Some(TypingKey::Plan(i, field));
        }
        focus_resources(ui, i, &name, focus, view);
    });
}

/// What the current and the target level of `skill` mean, under the
/// focus skill's title: the step the plan is about.
fn levels_line(ui: &mut egui::Ui, profile: &Profile, catalog: &Catalog, skill: &SkillId) {
    let Some(described) = catalog.skill(skill) else {
        return;
    };
    let muted = theme::palette(ui.visuals()).muted;
    let now = crate::model::coaching::current_level(profile, skill);
    let aim = profile.targets.get(skill).copied();
    for (id, level) in [("changes-now-at", now), ("changes-aiming-for", aim)] {
        if let Some(level) = level {
            let mut args = crate::i18n::FluentArgs::new();
            args.set("level", described.described_level(&catalog.scale, level));
            ui.label(RichText::new(crate::i18n::text(id, Some(&args))).color(muted))
                .on_hover_ui(|ui| {
                    ui.label(widgets::level_hover(
                        described,
                        &catalog.scale,
                        level,
                        profile.workplace,
                    ));
                });
        }
    }
}

fn status_choice(ui: &mut egui::Ui, i: usize, name: &str, status: &mut PlanStatus) {
    egui::ComboBox::from_id_salt(("status", i))
        .selected_text(status.label())
        .show_ui(ui, |ui| {
            for s in PlanStatus::ALL {
                ui.selectable_value(status, s, s.label());
            }
        })
        .response
        .widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                t!("plan-status-of", skill = name),
            )
        });
}

/// A labelled one-line text the full width; whether it changed.
fn text_line(ui: &mut egui::Ui, label: &str, text: &mut String, hint: &str) -> bool {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        ui.add(
            widgets::line_edit(text)
                .hint_text(hint)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(l.id)
        .changed()
    })
    .inner
}

/// The actions of a focus skill, a new one, and ideas from its strategies;
/// which of their texts is being typed in.
fn focus_actions(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    i: usize,
    name: &str,
    focus: &mut FocusSkill,
    view: &mut PlanView,
) -> Option<PlanField> {
    let mut typing = None;
    ui.label(RichText::new(t!("plan-actions")).strong());
    let mut drop_action = None;
    // Room for the owner's label and field and the remove button, as wide
    // as their words are in the language in use.
    let controls = {
        let text_width = |text: String, style: egui::TextStyle| {
            ui.painter()
                .layout_no_wrap(text, style.resolve(ui.style()), egui::Color32::WHITE)
                .size()
                .x
        };
        let spacing = ui.spacing();
        text_width(t!("plan-owner"), egui::TextStyle::Body)
            + theme::OWNER_FIELD_WIDTH
            + text_width(t!("list-remove"), egui::TextStyle::Small)
            + 2.0 * spacing.button_padding.x
            + 4.0 * spacing.item_spacing.x
            + theme::SMALL_GAP
    };
    for (k, a) in focus.actions.iter_mut().enumerate() {
        ui.horizontal(|ui| {
            let mut done = a.status == ActionStatus::Done;
            let r = ui.checkbox(&mut done, "");
            r.widget_info(|| {
                egui::WidgetInfo::selected(
                    egui::Role::CheckBox,
                    true,
                    done,
                    t!("plan-action-done", text = a.text.as_str()),
                )
            });
            if r.changed() {
                a.status = if done {
                    ActionStatus::Done
                } else {
                    ActionStatus::Open
                };
            }
            let width = (ui.available_width() - controls).max(theme::MIN_TEXT_WIDTH);
            if ui
                .add(widgets::line_edit(&mut a.text).desired_width(width))
                .on_hover_text(t!("plan-action"))
                .changed()
            {
                typing = Some(PlanField::ActionText);
            }
            let l = ui.label(t!("plan-owner"));
            if ui
                .add(widgets::line_edit(&mut a.owner).desired_width(theme::OWNER_FIELD_WIDTH))
                .labelled_by(l.id)
                .changed()
            {
                typing = Some(PlanField::ActionOwner);
            }
            if action(
                ui,
                true,
                &t!("list-remove"),
                &t!("plan-remove-action-hint", text = a.text.as_str()),
            )
            .clicked()
            {
                drop_action = Some(k);
            }
        });
    }
    if let Some(k) = drop_action {
        focus.actions.remove(k);
    }
    let draft = view.new_action.entry(i).or_default();
    let label = t!("plan-new-action", skill = name);
    if let Some(text) = add_line(ui, &label, "", &t!("list-add"), draft) {
        let mut a = Action::new(text);
        a.owner.clone_from(&profile.name);
        focus.actions.push(a);
    }
    action_ideas(ui, profile, catalog, focus);
    typing
}

/// The skill's strategies not yet among the actions, one click to add.
fn action_ideas(ui: &mut egui::Ui, profile: &Profile, catalog: &Catalog, focus: &mut FocusSkill) {
    let muted = theme::palette(ui.visuals()).muted;
    let unused: Vec<String> = catalog
        .skill(&focus.skill)
        .map(|s| s.strategies.as_slice())
        .unwrap_or_default()
        .iter()
        .filter(|s| !focus.actions.iter().any(|a| &a.text == *s))
        .cloned()
        .collect();
    if unused.is_empty() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        ui.label(RichText::new(t!("plan-ideas")).color(muted));
        for s in unused {
            let added = action(
                ui,
                true,
                &t!("plan-idea", text = s.as_str()),
                &t!("plan-idea-hint", text = s.as_str()),
            );
            if added.clicked() {
                let mut a = Action::new(s);
                a.owner.clone_from(&profile.name);
                focus.actions.push(a);
            }
        }
    });
}

fn focus_resources(
    ui: &mut egui::Ui,
    i: usize,
    name: &str,
    focus: &mut FocusSkill,
    view: &mut PlanView,
) {
    ui.label(RichText::new(t!("plan-resources")).strong());
    let mut drop_resource = None;
    for (k, r) in focus.resources.iter().enumerate() {
        ui.horizontal(|ui| {
            ui.label(t!("plan-resource", text = r.as_str()));
            if action(
                ui,
                true,
                &t!("list-remove"),
                &t!("plan-remove-resource-hint", text = r.as_str()),
            )
            .clicked()
            {
                drop_resource = Some(k);
            }
        });
    }
    if let Some(k) = drop_resource {
        focus.resources.remove(k);
    }
    let draft = view.new_resource.entry(i).or_default();
    let hint = t!("plan-resource-hint");
    let label = t!("plan-new-resource", skill = name);
    if let Some(text) = add_line(ui, &label, &hint, &t!("plan-add-resource"), draft) {
        focus.resources.push(text);
    }
}

/// A labelled field with an Add button (Enter adds too); the trimmed text
/// when it was added, and the field is cleared.
fn add_line(
    ui: &mut egui::Ui,
    label: &str,
    hint: &str,
    button: &str,
    draft: &mut String,
) -> Option<String> {
    ui.horizontal(|ui| {
        let l = ui.label(label);
        let r = ui
            .add(
                widgets::line_edit(draft)
                    .hint_text(hint)
                    .desired_width(theme::ADD_FIELD_WIDTH),
            )
            .labelled_by(l.id);
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if (ui.button(button).clicked() || enter) && !draft.trim().is_empty() {
            let text = draft.trim().to_owned();
            draft.clear();
            Some(text)
        } else {
            None
        }
    })
    .inner
}
