//! The right side of session mode: what was said, answers to the questions
//! asked, the actions agreed, the next date, and the coach's private notes.
//! Everything typed is sent as it is typed (and saved within seconds).

use egui::{Key, RichText};
use jiff::civil::Date;

use super::{LiveSession, skill_name};
use crate::model::coaching::ActionRef;
use crate::model::{Action, ActionStatus, Catalog, Edit, Profile, Session, SessionField};
use crate::t;
use crate::ui::command::{CalendarItem, Command};
use crate::ui::theme;
use crate::ui::widgets::{self, TypedDate};

/// The notes column of `profile.sessions[live.index]`.
pub fn notes(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    today: Date,
    live: &mut LiveSession,
    add_action: bool,
    commands: &mut Vec<Command>,
) {
    let Some(session) = profile.sessions.get(live.index) else {
        return;
    };
    ui.heading(t!("notes-heading"));
    what_was_said(ui, session, live, commands);
    reflections(ui, session, live, commands);
    ui.add_space(theme::PARAGRAPH_GAP);
    agreed_actions(ui, catalog, session, live.index, commands);
    new_action(ui, catalog, today, live, add_action, commands);
    ui.add_space(theme::PARAGRAPH_GAP);
    next_session(ui, session, today, live, commands);
    ui.add_space(theme::PARAGRAPH_GAP);
    private_notes(ui, session, live, commands);
}

fn what_was_said(
    ui: &mut egui::Ui,
    session: &Session,
    live: &mut LiveSession,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    let l = ui.label(RichText::new(t!("notes-what-was-said")).strong());
    let r = widgets::notes_field(ui, &mut live.notes, 8, "", commands).labelled_by(l.id);
    if r.changed() || live.notes != session.notes {
        commands.push(Command::Edit(Edit::SessionText {
            session: live.index,
            field: SessionField::Notes,
            text: live.notes.clone(),
        }));
    }
    ui.label(
        RichText::new(t!("notes-saved-as-you-type"))
            .small()
            .color(palette.muted),
    );
}

/// The questions asked in this session, each with its answer.
fn reflections(
    ui: &mut egui::Ui,
    session: &Session,
    live: &mut LiveSession,
    commands: &mut Vec<Command>,
) {
    if session.prompts.is_empty() {
        return;
    }
    ui.add_space(theme::PARAGRAPH_GAP);
    ui.label(RichText::new(t!("notes-reflections")).strong());
    live.answers.resize(session.prompts.len(), String::new());
    for (i, p) in session.prompts.iter().enumerate() {
        let answer = &mut live.answers[i];
        let l = ui.label(&p.prompt);
        let hint = t!("notes-answer-hint");
        widgets::notes_field(ui, answer, 2, &hint, commands).labelled_by(l.id);
        if *answer != p.answer {
            commands.push(Command::Edit(Edit::SessionText {
                session: live.index,
                field: SessionField::Answer(i),
                text: answer.clone(),
            }));
        }
    }
}

/// The actions agreed in this session, to tick or remove.
fn agreed_actions(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    session: &Session,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.label(RichText::new(t!("notes-actions-agreed")).strong());
    for (i, a) in session.actions.iter().enumerate() {
        let at = ActionRef {
            session: index,
            action: i,
        };
        ui.horizontal_wrapped(|ui| {
            let mut done = a.status == ActionStatus::Done;
            if ui.checkbox(&mut done, &a.text).changed() {
                let status = if done {
                    ActionStatus::Done
                } else {
                    ActionStatus::Open
                };
                commands.push(Command::Edit(Edit::SetActionStatus { at, status }));
            }
            let mut facts = Vec::new();
            if !a.owner.is_empty() {
                facts.push(a.owner.clone());
            }
            if let Some(d) = a.due {
                facts.push(t!("notes-due", date = crate::i18n::date(d)));
            }
            if let Some(s) = &a.skill {
                facts.push(skill_name(catalog, s));
            }
            ui.label(RichText::new(facts.join(" · ")).color(palette.muted));
            if a.due.is_some() && a.status == ActionStatus::Open {
                let add = ui.small_button(t!("notes-add-to-calendar"));
                add.widget_info(|| {
                    egui::WidgetInfo::labeled(
                        egui::Role::Button,
                        true,
                        t!("notes-add-to-calendar-named", text = a.text.as_str()),
                    )
                });
                if add.clicked() {
                    commands.push(Command::AddToCalendar(CalendarItem::Action(a.id)));
                }
            }
            let remove = ui.small_button(t!("notes-remove"));
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    t!("notes-remove-named", text = a.text.as_str()),
                )
            });
            if remove.clicked() {
                commands.push(Command::Edit(Edit::RemoveAction(at)));
            }
        });
    }
}

/// The form for a new action. What it holds is checked where every edit
/// is (`model::edit`); the shell clears the form once the action is in.
fn new_action(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    today: Date,
    live: &mut LiveSession,
    add_action: bool,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    let draft = &mut live.action;
    let l = ui.label(t!("notes-new-action"));
    let field = ui
        .add(
            widgets::line_edit(&mut draft.text)
                .desired_width(f32::INFINITY)
                .hint_text(t!("notes-new-action-hint")),
        )
        .labelled_by(l.id);
    let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    let due = ui
        .horizontal_wrapped(|ui| {
            let l = ui.label(t!("notes-owner"));
            ui.add(widgets::line_edit(&mut draft.owner).desired_width(theme::NAME_FIELD_WIDTH))
                .labelled_by(l.id);
            let (_, due) = widgets::date_field(ui, t!("notes-due-field"), &mut draft.due);
            skill_choice(ui, catalog, &mut draft.skill);
            due
        })
        .inner;
    let add = ui
        .horizontal(|ui| {
            let add = ui.button(t!("notes-add-action")).clicked();
            ui.label(RichText::new(t!("notes-or-ctrl-enter")).color(palette.muted));
            add
        })
        .inner;
    if add || entered || add_action {
        if draft.text.trim().is_empty() {
            if add_action {
                field.request_focus();
            }
        } else if due != TypedDate::NotADate {
            let mut action = Action::new(draft.text.trim());
            draft.owner.trim().clone_into(&mut action.owner);
            action.due = due.or_keep(None);
            action.skill.clone_from(&draft.skill);
            commands.push(Command::Edit(Edit::AddAction {
                session: live.index,
                action,
            }));
            field.request_focus();
        } else {
            live.error = Some(t!(
                "notes-not-a-date",
                text = draft.due.trim(),
                today = today.to_string()
            ));
        }
    }
    if let Some(e) = &live.error {
        ui.colored_label(palette.error, e);
    }
}

fn skill_choice(ui: &mut egui::Ui, catalog: &Catalog, skill: &mut Option<crate::model::SkillId>) {
    let shown = skill
        .as_ref()
        .map_or_else(|| t!("notes-no-skill"), |s| skill_name(catalog, s));
    egui::ComboBox::from_id_salt("action-skill")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(skill, None, t!("notes-no-skill"));
            for s in &catalog.skills {
                ui.selectable_value(skill, Some(s.id.clone()), &s.name);
            }
        })
        .response
        .widget_info(|| {
            egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("notes-skill-of-action"))
        });
}

/// The date of the next session, typed or a few weeks from today.
fn next_session(
    ui: &mut egui::Ui,
    session: &Session,
    today: Date,
    live: &mut LiveSession,
    commands: &mut Vec<Command>,
) {
    let index = live.index;
    ui.horizontal_wrapped(|ui| {
        let label = RichText::new(t!("notes-next-session")).strong();
        let (r, typed) = widgets::date_field(ui, label, &mut live.next_date);
        for weeks in [2, 4, 6] {
            if ui.small_button(t!("notes-in-weeks", n = weeks)).clicked() {
                let date = today
                    .checked_add(jiff::Span::new().weeks(weeks))
                    .unwrap_or(today);
                live.next_date = date.to_string();
                commands.push(Command::Edit(Edit::SetNextDate {
                    session: index,
                    date: Some(date),
                }));
            }
        }
        if r.changed() && typed != TypedDate::NotADate {
            commands.push(Command::Edit(Edit::SetNextDate {
                session: index,
                date: typed.or_keep(None),
            }));
        }
    });
    if session.next_date.is_none() {
        return;
    }
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(t!("notes-at"));
        let em = ui.style().text_styles[&egui::TextStyle::Body].size;
        let r = ui
            .add(
                widgets::line_edit(&mut live.next_time)
                    .hint_text(t!("notes-time-hint"))
                    .desired_width(em * 5.5),
            )
            .labelled_by(l.id);
        let typed = typed_time(&live.next_time);
        if typed.is_err() {
            ui.colored_label(theme::palette(ui.visuals()).error, t!("notes-time-wrong"));
        }
        let mut minutes = session.next_minutes;
        egui::ComboBox::from_id_salt("next-minutes")
            .selected_text(t!("notes-for-minutes", n = minutes))
            .show_ui(ui, |ui| {
                for m in [30, 45, 60, 90, 120] {
                    ui.selectable_value(&mut minutes, m, t!("notes-for-minutes", n = m));
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, t!("notes-length"))
            });
        let time = typed.unwrap_or(session.next_time);
        if (r.changed() && typed.is_ok()) || minutes != session.next_minutes {
            commands.push(Command::Edit(Edit::SetNextTime {
                session: index,
                time,
                minutes,
            }));
        }
        if ui
            .button(t!("notes-add-to-calendar"))
            .on_hover_text(t!("notes-next-to-calendar-hint"))
            .clicked()
        {
            commands.push(Command::AddToCalendar(CalendarItem::NextSession));
        }
    });
}

/// A time typed as HH:MM (or H:MM, HH.MM); empty is no time.
fn typed_time(text: &str) -> Result<Option<jiff::civil::Time>, ()> {
    let text = text.trim();
    if text.is_empty() {
        return Ok(None);
    }
    let (h, m) = text.split_once([':', '.']).ok_or(())?;
    let h: i8 = h.trim().parse().map_err(|_| ())?;
    let m: i8 = m.trim().parse().map_err(|_| ())?;
    jiff::civil::Time::new(h, m, 0, 0).map(Some).map_err(|_| ())
}

fn private_notes(
    ui: &mut egui::Ui,
    session: &Session,
    live: &mut LiveSession,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    egui::CollapsingHeader::new(t!("notes-private"))
        .id_salt("private")
        .show(ui, |ui| {
            ui.label(RichText::new(t!("notes-private-hint")).color(palette.muted));
            let l = ui.label(t!("notes-private-field"));
            widgets::notes_field(ui, &mut live.private, 3, "", commands).labelled_by(l.id);
        });
    if live.private != session.private_notes {
        commands.push(Command::Edit(Edit::SessionText {
            session: live.index,
            field: SessionField::Private,
            text: live.private.clone(),
        }));
    }
}
