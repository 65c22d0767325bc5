//! The development plan: a handful of focus skills, each with a goal,
//! actions, resources, how success will be seen and a target date; then
//! Print… and Export….

use std::collections::HashMap;

use egui::RichText;
use jiff::civil::Date;

use super::app::{Command, Edit, TypingKey};
use super::theme;
use super::widgets::{self, action};
use crate::model::plan::{RECOMMENDED_FOCUS, suggest_focus};
use crate::model::{Action, ActionStatus, Catalog, FocusSkill, PlanStatus, Profile};
use crate::report::Paper;

/// What the plan editor remembers between frames.
#[derive(Debug, Default)]
pub struct PlanView {
    pub paper: Paper,
    /// Dates being typed: (focus index or `usize::MAX` for the review date).
    dates: HashMap<usize, String>,
    new_action: HashMap<usize, String>,
    new_resource: HashMap<usize, String>,
}

const REVIEW: usize = usize::MAX;

/// Draws the plan step.
pub fn show(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    view: &mut PlanView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    let original = &profile.plan;
    let mut plan = original.clone();
    let mut typing: Option<TypingKey> = None;
    let skill_name = |id: &crate::model::SkillId| {
        catalog
            .skill(id)
            .map_or_else(|| id.as_str().to_owned(), |s| s.name.clone())
    };

    ui.add_space(8.0);
    ui.heading("Development plan");
    ui.label(
        "Pick a few skills to work on until the next review, and for each say what you will do, \
         what helps, and how you will both see that it worked. Print it, take it home, pin it up.",
    );
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(RichText::new("Print…").strong())
            .on_hover_text("Make the PDF and open it, to print from the viewer")
            .clicked()
        {
            commands.push(Command::PrintPlan);
        }
        if ui
            .button("Export…")
            .on_hover_text("Save the plan as PDF, Markdown or HTML")
            .clicked()
        {
            commands.push(Command::ExportPlan);
        }
        ui.label("Paper:");
        ui.radio_value(&mut view.paper, Paper::A4, "A4");
        ui.radio_value(&mut view.paper, Paper::Letter, "US Letter");
        ui.separator();
        date_field(ui, "Review on:", REVIEW, original.review_date, view, |d| {
            plan.review_date = d;
        });
    });
    ui.add_space(theme::SECTION_GAP);

    // Suggestions, and the reason for keeping the plan short.
    let suggestions = suggest_focus(profile, catalog);
    let over = plan.focus.len() > RECOMMENDED_FOCUS;
    ui.label(
        RichText::new(format!(
            "Keep it to {RECOMMENDED_FOCUS} focus skills or fewer: more at a time spreads the \
             effort too thin to see a change by the next review.{}",
            if over {
                format!(" This plan has {}.", plan.focus.len())
            } else {
                String::new()
            }
        ))
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
            .map(|(id, _)| skill_name(id))
            .collect();
        if ui
            .button(RichText::new(format!("Start with {}", top.join(", "))).strong())
            .on_hover_text("The top suggestions, each with actions from its strategies, to edit")
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
        ui.label(RichText::new("Suggested focus skills").strong())
            .on_hover_text("From rating gaps, what you want, and blind spots you talked about");
        ui.horizontal_wrapped(|ui| {
            for (id, why) in &suggestions {
                let name = skill_name(id);
                let r = action(
                    ui,
                    true,
                    &format!("+ {name}"),
                    &format!("Add {name} to the plan"),
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
    let others: Vec<&crate::model::Skill> = catalog
        .skills
        .iter()
        .filter(|s| !plan.focus.iter().any(|f| f.skill == s.id))
        .filter(|s| !suggestions.iter().any(|(id, _)| *id == s.id))
        .collect();
    if !others.is_empty() {
        let mut chosen: Option<usize> = None;
        egui::ComboBox::from_id_salt("add-focus")
            .selected_text("Add another skill…")
            .show_ui(ui, |ui| {
                for (i, s) in others.iter().enumerate() {
                    if ui.selectable_label(false, &s.name).clicked() {
                        chosen = Some(i);
                    }
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Add another skill")
            });
        if let Some(i) = chosen {
            plan.focus.push(FocusSkill::suggested(others[i]));
        }
    }
    ui.add_space(theme::SECTION_GAP);

    if plan.focus.is_empty() {
        ui.label(RichText::new("No focus skills yet: add one above.").color(palette.muted));
    }
    let count = plan.focus.len();
    let mut moved: Option<(usize, usize)> = None;
    let mut removed: Option<usize> = None;
    for i in 0..count {
        let name = skill_name(&plan.focus[i].skill);
        let strategies: Vec<String> = catalog
            .skill(&plan.focus[i].skill)
            .map(|s| s.strategies.clone())
            .unwrap_or_default();
        let target = original.focus.get(i).and_then(|f| f.target_date);
        theme::card(ui.visuals()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            let focus = &mut plan.focus[i];
            ui.horizontal_wrapped(|ui| {
                ui.label(
                    RichText::new(format!("{}. {name}", i + 1))
                        .strong()
                        .size(16.0),
                );
                let mut status = focus.status;
                egui::ComboBox::from_id_salt(("status", i))
                    .selected_text(status.label())
                    .show_ui(ui, |ui| {
                        for s in PlanStatus::ALL {
                            ui.selectable_value(&mut status, s, s.label());
                        }
                    })
                    .response
                    .widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::ComboBox,
                            true,
                            format!("Status of {name}"),
                        )
                    });
                focus.status = status;
                date_field(ui, "Target date:", i, target, view, |d| {
                    focus.target_date = d;
                });
                if action(ui, i > 0, "Up", &format!("Move {name} up")).clicked() {
                    moved = Some((i, i - 1));
                }
                if action(ui, i + 1 < count, "Down", &format!("Move {name} down")).clicked() {
                    moved = Some((i, i + 1));
                }
                if action(ui, true, "Remove", &format!("Remove {name} from the plan")).clicked() {
                    removed = Some(i);
                }
            });
            let line = |ui: &mut egui::Ui, label: &str, text: &mut String, hint: &str| {
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
            };
            if line(
                ui,
                "Goal:",
                &mut focus.goal,
                "What will be different, in a sentence",
            ) {
                typing = Some(TypingKey::Plan(i, 0));
            }
            if line(
                ui,
                "Success looks like:",
                &mut focus.measure,
                "How you and your coach will see that it worked",
            ) {
                typing = Some(TypingKey::Plan(i, 1));
            }

            ui.label(RichText::new("Actions").strong());
            let mut drop_action = None;
            for (k, a) in focus.actions.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let mut done = a.status == ActionStatus::Done;
                    let r = ui.checkbox(&mut done, "");
                    r.widget_info(|| {
                        egui::WidgetInfo::selected(
                            egui::Role::CheckBox,
                            true,
                            done,
                            format!("Done: {}", a.text),
                        )
                    });
                    if r.changed() {
                        a.status = if done {
                            ActionStatus::Done
                        } else {
                            ActionStatus::Open
                        };
                    }
                    if ui
                        .add(
                            widgets::line_edit(&mut a.text)
                                .desired_width((ui.available_width() - 260.0).max(120.0)),
                        )
                        .on_hover_text("Action")
                        .changed()
                    {
                        typing = Some(TypingKey::Plan(i, 10));
                    }
                    let l = ui.label("Owner");
                    if ui
                        .add(widgets::line_edit(&mut a.owner).desired_width(100.0))
                        .labelled_by(l.id)
                        .changed()
                    {
                        typing = Some(TypingKey::Plan(i, 11));
                    }
                    if action(ui, true, "Remove", &format!("Remove action “{}”", a.text)).clicked()
                    {
                        drop_action = Some(k);
                    }
                });
            }
            if let Some(k) = drop_action {
                focus.actions.remove(k);
            }
            let draft = view.new_action.entry(i).or_default();
            ui.horizontal(|ui| {
                let l = ui.label(format!("New action for {name}:"));
                let r = ui
                    .add(widgets::line_edit(draft).desired_width(320.0))
                    .labelled_by(l.id);
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Add").clicked() || enter) && !draft.trim().is_empty() {
                    let mut a = Action::new(draft.trim());
                    a.owner.clone_from(&profile.name);
                    focus.actions.push(a);
                    draft.clear();
                }
            });
            let unused: Vec<&String> = strategies
                .iter()
                .filter(|s| !focus.actions.iter().any(|a| &a.text == *s))
                .collect();
            if !unused.is_empty() {
                ui.horizontal_wrapped(|ui| {
                    ui.label(RichText::new("Ideas:").color(palette.muted));
                    for s in unused {
                        if action(
                            ui,
                            true,
                            &format!("+ {s}"),
                            &format!("Add the action “{s}”"),
                        )
                        .clicked()
                        {
                            let mut a = Action::new(s.clone());
                            a.owner.clone_from(&profile.name);
                            focus.actions.push(a);
                        }
                    }
                });
            }

            ui.label(RichText::new("Resources").strong());
            let mut drop_resource = None;
            for (k, r) in focus.resources.iter().enumerate() {
                ui.horizontal(|ui| {
                    ui.label(format!("• {r}"));
                    if action(ui, true, "Remove", &format!("Remove resource “{r}”")).clicked() {
                        drop_resource = Some(k);
                    }
                });
            }
            if let Some(k) = drop_resource {
                focus.resources.remove(k);
            }
            let draft = view.new_resource.entry(i).or_default();
            ui.horizontal(|ui| {
                let l = ui.label(format!("New resource for {name}:"));
                let r = ui
                    .add(
                        widgets::line_edit(draft)
                            .hint_text("A person, a course, a book, time")
                            .desired_width(320.0),
                    )
                    .labelled_by(l.id);
                let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                if (ui.button("Add resource").clicked() || enter) && !draft.trim().is_empty() {
                    focus.resources.push(draft.trim().to_owned());
                    draft.clear();
                }
            });
        });
        ui.add_space(4.0);
    }
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

/// A date typed as year-month-day; `set` gets the date when it is valid
/// (or `None` when emptied).
fn date_field(
    ui: &mut egui::Ui,
    label: &str,
    key: usize,
    current: Option<Date>,
    view: &mut PlanView,
    set: impl FnOnce(Option<Date>),
) {
    let text = view
        .dates
        .entry(key)
        .or_insert_with(|| current.map(|d| d.to_string()).unwrap_or_default());
    let l = ui.label(label);
    let r = ui
        .add(
            widgets::line_edit(text)
                .hint_text("YYYY-MM-DD")
                .desired_width(100.0),
        )
        .labelled_by(l.id);
    let trimmed = text.trim();
    let parsed = if trimmed.is_empty() {
        Some(None)
    } else {
        trimmed.parse::<Date>().ok().map(Some)
    };
    match parsed {
        Some(d) if r.changed() => set(d),
        None => {
            ui.colored_label(theme::palette(ui.visuals()).error, "year-month-day, please");
        }
        _ => {}
    }
}
