//! The left side of session mode: what Lodestar proposes to talk about —
//! open actions to tick off, the biggest gaps, ratings seen differently,
//! blind spots not yet talked about, and questions to ask.

use egui::RichText;
use jiff::civil::Date;

use super::skill_name;
use crate::model::coaching::{self, ActionRef, Agenda};
use crate::model::{ActionStatus, Catalog, Edit, Profile, Session, SkillId};
use crate::t;
use crate::ui::command::Command;
use crate::ui::theme;
use crate::ui::widgets;

/// The built-in reflective questions in the language in use, parsed once
/// per language.
pub fn reflective_questions() -> &'static [crate::model::ReflectiveQuestion] {
    static QUESTIONS: std::sync::OnceLock<Vec<Vec<crate::model::ReflectiveQuestion>>> =
        std::sync::OnceLock::new();
    let all = QUESTIONS.get_or_init(|| {
        crate::i18n::Lang::all()
            .map(|lang| {
                crate::model::parse_questions(crate::assets::reflective_questions(lang))
                    .unwrap_or_default()
            })
            .collect()
    });
    all.get(crate::i18n::current().index())
        .or_else(|| all.first())
        .map_or(&[], Vec::as_slice)
}

/// The agenda of `profile.sessions[index]`.
pub fn agenda(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    today: Date,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let Some(session) = profile.sessions.get(index) else {
        return;
    };
    let agenda = coaching::agenda(profile, catalog, today, Some(index));
    ui.heading(t!("agenda-heading"));
    ui.label(
        RichText::new(t!("agenda-lead-without-reports")).color(theme::palette(ui.visuals()).muted),
    );
    ui.add_space(theme::ROW_GAP);
    open_actions(ui, profile, &agenda, today, commands);
    done_actions(ui, profile, index, commands);
    ratings(ui, catalog, &agenda);
    unbacked(ui, catalog, &agenda, commands);
    blind_spots(ui, catalog, &agenda, session, index, commands);
    ui.add_space(theme::PARAGRAPH_GAP);
    questions(ui, catalog, &agenda, session, index, commands);
}

/// Open actions from earlier sessions, to tick off.
fn open_actions(
    ui: &mut egui::Ui,
    profile: &Profile,
    agenda: &Agenda,
    today: Date,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.label(RichText::new(t!("agenda-open-actions")).strong());
    if agenda.actions.is_empty() {
        ui.label(RichText::new(t!("agenda-none-open")).color(palette.muted));
    }
    // Years of sessions can leave many open: only those near the view are laid out.
    let id = ui.make_persistent_id("agenda-open-actions");
    widgets::lazy_rows(ui, (id, agenda.actions.len()), 0.0, |ui, k| {
        let at = agenda.actions[k];
        let Some(a) = at.get(profile) else { return };
        ui.horizontal_wrapped(|ui| {
            let mut done = false;
            if ui
                .checkbox(&mut done, &a.text)
                .on_hover_text(t!("agenda-tick-done"))
                .changed()
            {
                commands.push(Command::Edit(Edit::SetActionStatus {
                    at,
                    status: ActionStatus::Done,
                }));
            }
            let mut facts = Vec::new();
            if !a.owner.is_empty() {
                facts.push(a.owner.clone());
            }
            if let Some(d) = a.due {
                facts.push(t!("notes-due", date = crate::i18n::date(d)));
            }
            let overdue = a.is_overdue(today);
            let mut text = facts.join(" · ");
            if overdue {
                text.push_str(" · ");
                text.push_str(&t!("agenda-overdue"));
            }
            let color = if overdue {
                palette.error
            } else {
                palette.muted
            };
            ui.label(RichText::new(text).color(color));
        });
    });
}

/// Actions of other sessions ticked off: can be taken back.
fn done_actions(ui: &mut egui::Ui, profile: &Profile, index: usize, commands: &mut Vec<Command>) {
    let ticked: Vec<ActionRef> = profile
        .sessions
        .iter()
        .enumerate()
        .filter(|(s, _)| *s != index)
        .flat_map(|(s, x)| {
            x.actions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.status == ActionStatus::Done)
                .map(move |(a, _)| ActionRef {
                    session: s,
                    action: a,
                })
        })
        .collect();
    if ticked.is_empty() {
        return;
    }
    egui::CollapsingHeader::new(t!("agenda-done", n = ticked.len()))
        .id_salt("done-actions")
        .show(ui, |ui| {
            for at in ticked {
                let Some(a) = at.get(profile) else { continue };
                let mut done = true;
                if ui.checkbox(&mut done, &a.text).changed() {
                    commands.push(Command::Edit(Edit::SetActionStatus {
                        at,
                        status: ActionStatus::Open,
                    }));
                }
            }
        });
}

/// The biggest gaps to the targets, and the skills self and coach rated
/// far apart (by the scale's calibration gap).
fn ratings(ui: &mut egui::Ui, catalog: &Catalog, agenda: &Agenda) {
    if !agenda.gaps.is_empty() {
        ui.add_space(theme::PARAGRAPH_GAP);
        ui.label(RichText::new(t!("agenda-gaps")).strong());
        let muted = theme::palette(ui.visuals()).muted;
        for g in &agenda.gaps {
            ui.label(t!(
                "agenda-gap",
                skill = skill_name(catalog, &g.skill),
                now = g.current.get(),
                target = g.target.get()
            ));
            if let Some(skill) = catalog.skill(&g.skill) {
                ui.indent(("gap", skill.id.as_str()), |ui| {
                    ui.label(
                        RichText::new(t!(
                            "agenda-now",
                            level = skill.level_words(&catalog.scale, g.current)
                        ))
                        .italics()
                        .color(muted),
                    );
                    ui.label(
                        RichText::new(t!(
                            "agenda-aiming-for",
                            level = skill.level_words(&catalog.scale, g.target)
                        ))
                        .italics()
                        .color(muted),
                    );
                });
            }
        }
    }
    if !agenda.calibration.is_empty() {
        ui.add_space(theme::PARAGRAPH_GAP);
        ui.label(RichText::new(t!("agenda-seen-differently")).strong());
        for f in &agenda.calibration {
            ui.label(t!(
                "agenda-self-coach",
                skill = skill_name(catalog, &f.skill),
                own = f.self_rating.get(),
                coach = f.coach_rating.get()
            ));
        }
    }
}

/// Skills rated up with nothing in the evidence log since: ask what
/// happened, and log it.
fn unbacked(ui: &mut egui::Ui, catalog: &Catalog, agenda: &Agenda, commands: &mut Vec<Command>) {
    if agenda.unbacked.is_empty() {
        return;
    }
    ui.add_space(theme::PARAGRAPH_GAP);
    ui.label(RichText::new(t!("agenda-unbacked")).strong());
    for u in &agenda.unbacked {
        ui.horizontal_wrapped(|ui| {
            ui.label(t!(
                "agenda-unbacked-line",
                skill = skill_name(catalog, &u.skill),
                from = u.from.get(),
                to = u.to.get(),
                rater = u.rater.in_sentence(),
                since = crate::i18n::date(u.since)
            ));
            if ui.small_button(t!("bar-add-evidence")).clicked() {
                commands.push(Command::Evidence(crate::ui::command::EvidenceChoice::New(
                    Some(u.skill.clone()),
                )));
            }
        });
    }
}

/// Blind spots not talked about yet (and those ticked in this session).
fn blind_spots(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    agenda: &Agenda,
    session: &Session,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    if agenda.blind_spots.is_empty() && session.discussed.is_empty() {
        return;
    }
    ui.add_space(theme::PARAGRAPH_GAP);
    ui.label(RichText::new(t!("agenda-blind-spots")).strong());
    ui.label(RichText::new(t!("agenda-blind-spots-hint")).color(palette.muted));
    let mut shown: Vec<SkillId> = agenda.blind_spots.clone();
    for s in &session.discussed {
        if !shown.contains(s) {
            shown.push(s.clone());
        }
    }
    for skill in shown {
        let mut on = session.discussed.contains(&skill);
        let label = skill_name(catalog, &skill);
        if ui.checkbox(&mut on, label).changed() {
            commands.push(Command::Edit(Edit::SetDiscussed {
                session: index,
                skill,
                on,
            }));
        }
    }
}

/// The reflective questions, and the prompts of the skills with gaps.
fn questions(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    agenda: &Agenda,
    session: &Session,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.label(RichText::new(t!("agenda-questions")).strong());
    ui.label(RichText::new(t!("agenda-questions-hint")).color(palette.muted));
    let asked = |p: &str| session.prompts.iter().any(|x| x.prompt == p);
    let mut ask = |ui: &mut egui::Ui, prompt: &str| {
        ui.horizontal_wrapped(|ui| {
            let done = asked(prompt);
            let button = ui.add_enabled(
                !done,
                egui::Button::new(if done {
                    t!("agenda-asked")
                } else {
                    t!("agenda-ask")
                }),
            );
            button.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    !done,
                    t!("agenda-ask-named", prompt = prompt),
                )
            });
            if button.clicked() {
                commands.push(Command::Edit(Edit::AddPrompt {
                    session: index,
                    prompt: prompt.to_owned(),
                }));
            }
            ui.label(prompt);
        });
    };
    for q in reflective_questions() {
        egui::CollapsingHeader::new(&q.question)
            .id_salt(("q", q.id.as_str()))
            .show(ui, |ui| {
                for p in &q.prompts {
                    ask(ui, p);
                }
            });
    }
    for g in &agenda.gaps {
        if let Some(skill) = catalog.skill(&g.skill)
            && !skill.prompts.is_empty()
        {
            egui::CollapsingHeader::new(t!("agenda-about", skill = skill.name.as_str()))
                .id_salt(("sq", skill.id.as_str()))
                .show(ui, |ui| {
                    for p in &skill.prompts {
                        ask(ui, p);
                    }
                });
        }
    }
}
