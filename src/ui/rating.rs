//! Rating the skills of the recommended list on the anchored 1–5 scale, as
//! a dated assessment by the technician or the coach, with a target per
//! skill; and the change table that shows how ratings moved over time.

use std::collections::{BTreeMap, BTreeSet};

use egui::RichText;

use super::command::{Command, EvidenceChoice};
use super::theme;
use super::widgets;
use crate::model::Edit;
use crate::model::{Assessment, Catalog, Level, Profile, Rater, Scale, SkillId};
use crate::t;

/// An assessment being filled in.
#[derive(Debug, Default)]
pub struct RatingDraft {
    pub rater: Rater,
    pub ratings: BTreeMap<SkillId, Level>,
    pub not_applicable: BTreeSet<SkillId>,
    pub note: String,
    /// Hide earlier ratings and targets while rating, so they do not anchor.
    pub blind: bool,
}

/// Draws the rating step.
pub fn show(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    today: jiff::civil::Date,
    draft: &mut RatingDraft,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.add_space(theme::STEP_TOP);
    ui.heading(t!("rate-heading"));
    ui.label(t!("rate-how"));
    ui.label(RichText::new(t!("rate-not-the-title")).color(palette.muted));
    ui.add_space(theme::ROW_GAP);
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("rate-rated-by"));
        ui.radio_value(&mut draft.rater, Rater::SelfRating, t!("rate-myself"));
        ui.radio_value(&mut draft.rater, Rater::Coach, t!("rate-the-coach"));
        ui.separator();
        ui.checkbox(&mut draft.blind, t!("rate-blind"))
            .on_hover_text(t!("rate-blind-hint"));
        ui.separator();
        ui.label(
            RichText::new(t!("rate-date", date = crate::i18n::date(today))).color(palette.muted),
        );
    });
    if !draft.blind {
        super::ladder::role_picker(ui, profile, catalog, commands);
        super::ladder::readiness_line(ui, profile, catalog);
    }
    ui.add_space(theme::SECTION_GAP);

    let previous = crate::model::progress::history(profile, draft.rater)
        .last()
        .copied();
    let id = ui.make_persistent_id(("rate-skills", catalog.id.as_str()));
    let rows = (id, catalog.skills.len());
    widgets::lazy_rows(ui, rows, theme::SMALL_GAP, |ui, i| {
        skill_card(
            ui,
            profile,
            &catalog.scale,
            &catalog.skills[i],
            previous,
            draft,
            commands,
        );
    });

    ui.add_space(theme::ROW_GAP);
    let label = ui.label(t!("rate-note"));
    widgets::notes_field(ui, &mut draft.note, 2, "", commands).labelled_by(label.id);
    let rated = draft.ratings.len();
    let total = catalog.skills.len() - draft.not_applicable.len().min(catalog.skills.len());
    ui.horizontal(|ui| {
        let save = ui.add_enabled(rated > 0, egui::Button::new(t!("rate-save")));
        ui.label(
            RichText::new(t!("rate-count", rated = rated, total = total)).color(palette.muted),
        );
        if save.clicked() {
            let mut assessment = Assessment::new(today, draft.rater);
            assessment.ratings = std::mem::take(&mut draft.ratings);
            assessment.not_applicable = std::mem::take(&mut draft.not_applicable);
            assessment.note = std::mem::take(&mut draft.note);
            commands.push(Command::Edit(Edit::AddAssessment(assessment)));
        }
    });

    if !profile.assessments.is_empty() {
        ui.add_space(theme::SECTION_GAP);
        ui.horizontal_wrapped(|ui| {
            ui.label(
                RichText::new(t!("rate-saved-so-far", n = profile.assessments.len()))
                    .color(palette.muted),
            );
            if ui.button(t!("rate-see-progress")).clicked() {
                commands.push(Command::SetTab(super::command::Tab::Progress));
            }
        });
    }
}

/// One skill: its name, last rating and target, summary, the levels of the
/// list's scale (each described), Not applicable, and what the chosen level
/// means.
fn skill_card(
    ui: &mut egui::Ui,
    profile: &Profile,
    scale: &Scale,
    skill: &crate::model::Skill,
    previous: Option<&Assessment>,
    draft: &mut RatingDraft,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.horizontal_wrapped(|ui| {
            ui.label(RichText::new(&skill.name).strong().size(theme::ITEM_SIZE));
            if !draft.blind {
                if let Some(level) = previous.and_then(|a| a.ratings.get(&skill.id)) {
                    let date = previous
                        .map(|a| crate::i18n::date(a.date))
                        .unwrap_or_default();
                    ui.label(
                        RichText::new(t!("rate-last-time", level = level.get(), date = date))
                            .color(palette.muted),
                    );
                }
                target_picker(ui, profile, scale, &skill.id, &skill.name, commands);
            }
        });
        ui.label(RichText::new(&skill.summary).color(palette.muted));
        if !draft.blind {
            evidence_since(ui, profile, skill, previous, commands);
        }
        let na = draft.not_applicable.contains(&skill.id);
        ui.horizontal_wrapped(|ui| {
            for level in scale.levels() {
                let selected = draft.ratings.get(&skill.id) == Some(&level);
                let text = scale.numbered(level);
                let meaning = skill.level_meaning(scale, level);
                let described = if meaning.is_empty() {
                    t!(
                        "rate-level-named",
                        skill = skill.name.as_str(),
                        level = text.as_str()
                    )
                } else {
                    t!(
                        "rate-level-described",
                        skill = skill.name.as_str(),
                        level = level.get(),
                        meaning = meaning
                    )
                };
                let r = ui.add_enabled(!na, egui::Button::selectable(selected, text));
                r.widget_info(|| {
                    egui::WidgetInfo::selected(egui::Role::Button, !na, selected, &described)
                });
                // Made only while the pointer is on it, not every frame.
                let hover = |ui: &mut egui::Ui| {
                    ui.label(widgets::level_hover(skill, scale, level, profile.workplace));
                };
                if r.on_hover_ui(hover).clicked() {
                    draft.ratings.insert(skill.id.clone(), level);
                }
            }
            let mut na_now = na;
            if ui
                .checkbox(&mut na_now, t!("rate-not-applicable"))
                .changed()
            {
                if na_now {
                    draft.not_applicable.insert(skill.id.clone());
                    draft.ratings.remove(&skill.id);
                } else {
                    draft.not_applicable.remove(&skill.id);
                }
            }
        });
        if let Some(level) = draft.ratings.get(&skill.id) {
            ui.label(RichText::new(skill.level_words(scale, *level)).italics());
            widgets::level_examples(ui, skill, *level, profile.workplace);
        }
    });
}

/// The evidence for `skill` logged since this rater's last assessment
/// rated it (all of it before a first rating), and a way to add more.
fn evidence_since(
    ui: &mut egui::Ui,
    profile: &Profile,
    skill: &crate::model::Skill,
    previous: Option<&Assessment>,
    commands: &mut Vec<Command>,
) {
    let since = previous
        .filter(|a| a.ratings.contains_key(&skill.id))
        .map(|a| a.date);
    let entries = crate::model::evidence::for_skill(&profile.evidence, &skill.id, since);
    let palette = theme::palette(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        let said = match (entries.len(), since) {
            (0, Some(_)) => t!("rate-no-evidence-since"),
            (0, None) => t!("rate-no-evidence"),
            (n, Some(d)) => t!("rate-evidence-since", date = crate::i18n::date(d), n = n),
            (n, None) => t!("rate-evidence", n = n),
        };
        ui.label(RichText::new(said).color(palette.muted));
        let add = ui.small_button(t!("bar-add-evidence"));
        add.widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::Button,
                true,
                t!("rate-add-evidence-for", skill = skill.name.as_str()),
            )
        });
        if add
            .on_hover_text(t!("rate-add-evidence-hint", skill = skill.name.as_str()))
            .clicked()
        {
            commands.push(Command::Evidence(EvidenceChoice::New(Some(
                skill.id.clone(),
            ))));
        }
    });
    super::evidence::rows(ui, &entries[..entries.len().min(3)], commands);
    if entries.len() > 3 {
        ui.label(
            RichText::new(t!("rate-more-on-progress", n = entries.len() - 3)).color(palette.muted),
        );
    }
}

fn target_picker(
    ui: &mut egui::Ui,
    profile: &Profile,
    scale: &Scale,
    skill: &SkillId,
    name: &str,
    commands: &mut Vec<Command>,
) {
    let current = profile.targets.get(skill).copied();
    let shown = current.map_or_else(
        || t!("rate-no-target"),
        |l| t!("rate-target", level = l.get()),
    );
    let mut chosen = current;
    egui::ComboBox::from_id_salt(("target", skill.as_str()))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, t!("rate-no-target"));
            for level in scale.levels() {
                ui.selectable_value(&mut chosen, Some(level), scale.numbered(level));
            }
        })
        .response
        .widget_info(|| {
            egui::WidgetInfo::labeled(
                egui::Role::ComboBox,
                true,
                t!("rate-target-for", skill = name),
            )
        });
    if chosen != current {
        commands.push(Command::Edit(Edit::SetTarget(skill.clone(), chosen)));
    }
}
