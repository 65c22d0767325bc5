//! Coaching sessions: the log (the Sessions step), session mode for the
//! meeting itself (agenda on one side, notes on the other, large type),
//! and the summary to send afterwards.

use std::time::Instant;

use egui::{Key, KeyboardShortcut, Modifiers, RichText};
use jiff::civil::Date;

use super::app::{Command, Edit, SessionField};
use super::theme;
use super::widgets;
use crate::model::coaching::{self, ActionRef, SummaryFormat};
use crate::model::{Action, ActionStatus, Catalog, Profile, SkillId};

/// An action being written.
#[derive(Debug, Default, Clone)]
pub struct ActionDraft {
    pub text: String,
    pub skill: Option<SkillId>,
    pub owner: String,
    pub due: String,
}

/// Session mode (or the summary) for one session of the open profile.
#[derive(Debug)]
pub struct LiveSession {
    pub index: usize,
    pub started: Instant,
    /// Minutes already spent before this sitting (a continued session).
    pub base_minutes: u32,
    /// Showing the summary rather than the meeting.
    pub summary: bool,
    pub include_private: bool,
    pub notes: String,
    pub private: String,
    pub answers: Vec<String>,
    pub action: ActionDraft,
    pub next_date: String,
    pub error: Option<String>,
}

impl LiveSession {
    /// Session mode for `profile.sessions[index]`.
    #[must_use]
    pub fn start(index: usize, profile: &Profile) -> Self {
        let mut live = LiveSession {
            index,
            started: Instant::now(),
            base_minutes: profile
                .sessions
                .get(index)
                .map_or(0, |s| s.duration_minutes),
            summary: false,
            include_private: false,
            notes: String::new(),
            private: String::new(),
            answers: Vec::new(),
            action: ActionDraft {
                owner: profile.name.clone(),
                ..ActionDraft::default()
            },
            next_date: String::new(),
            error: None,
        };
        live.sync(profile);
        live
    }

    /// The summary of `profile.sessions[index]`.
    #[must_use]
    pub fn summary_of(index: usize, profile: &Profile) -> Self {
        let mut live = Self::start(index, profile);
        live.summary = true;
        live
    }

    /// Takes the texts from the profile (after opening, undo or redo).
    pub fn sync(&mut self, profile: &Profile) {
        if let Some(s) = profile.sessions.get(self.index) {
            self.notes.clone_from(&s.notes);
            self.private.clone_from(&s.private_notes);
            self.answers = s.prompts.iter().map(|p| p.answer.clone()).collect();
            self.next_date = s.next_date.map(|d| d.to_string()).unwrap_or_default();
        }
    }

    /// Minutes of this session so far, across sittings.
    #[must_use]
    pub fn minutes(&self) -> u32 {
        let now = u32::try_from(self.started.elapsed().as_secs() / 60).unwrap_or(u32::MAX);
        self.base_minutes.saturating_add(now)
    }
}

fn skill_name(catalog: &Catalog, id: &SkillId) -> String {
    catalog
        .skill(id)
        .map_or_else(|| id.as_str().to_owned(), |s| s.name.clone())
}

/// The Sessions step: start or continue a session, and the log.
pub fn sessions_tab(
    ui: &mut egui::Ui,
    profile: &Profile,
    today: Date,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.add_space(8.0);
    ui.heading("Coaching sessions");
    ui.label(
        "A session is a 30 to 60 minute conversation between the technician and the coach. \
         Lodestar prepares the agenda from open actions, rating gaps and blind spots, keeps \
         the notes as you type, and writes a summary to send afterwards.",
    );
    ui.add_space(6.0);
    let in_progress = profile.sessions.iter().position(|s| s.in_progress);
    ui.horizontal(|ui| {
        if let Some(i) = in_progress {
            let date = profile.sessions[i].date;
            if ui
                .button(RichText::new(format!("Continue the session of {date}")).strong())
                .clicked()
            {
                commands.push(Command::ContinueSession(i));
            }
            ui.label(RichText::new("It was not ended; its notes are kept.").color(palette.muted));
        } else if ui
            .button(RichText::new("Start a coaching session").strong())
            .clicked()
        {
            commands.push(Command::StartSession);
        }
    });
    let open = coaching::open_actions(profile, None, today);
    let overdue = open
        .iter()
        .filter(|r| r.get(profile).is_some_and(|a| a.is_overdue(today)))
        .count();
    ui.add_space(4.0);
    ui.label(format!(
        "{} open action(s){}",
        open.len(),
        if overdue > 0 {
            format!(", {overdue} overdue")
        } else {
            String::new()
        }
    ));
    ui.add_space(theme::SECTION_GAP);
    if profile.sessions.is_empty() {
        ui.label(RichText::new("No sessions yet.").color(palette.muted));
        return;
    }
    let mut order: Vec<usize> = (0..profile.sessions.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse((profile.sessions[i].date, i)));
    for i in order {
        let s = &profile.sessions[i];
        theme::card(ui.visuals()).show(ui, |ui| {
            ui.set_width(ui.available_width());
            ui.horizontal_wrapped(|ui| {
                ui.label(RichText::new(s.date.to_string()).strong().size(15.0));
                let mut facts = Vec::new();
                if s.duration_minutes > 0 {
                    facts.push(format!("{} min", s.duration_minutes));
                }
                if !s.coach.is_empty() {
                    facts.push(format!("with {}", s.coach));
                }
                facts.push(format!("{} action(s)", s.actions.len()));
                if let Some(n) = s.next_date {
                    facts.push(format!("next {n}"));
                }
                if s.in_progress {
                    facts.push("in progress".to_owned());
                }
                ui.label(RichText::new(facts.join(" · ")).color(palette.muted));
                if ui
                    .button("Summary")
                    .on_hover_text("What was discussed and agreed, ready to send")
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
        ui.add_space(4.0);
    }
}

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
    let palette = theme::palette(ui.visuals());
    let add_action = ui
        .input_mut(|i| i.consume_shortcut(&KeyboardShortcut::new(Modifiers::COMMAND, Key::Enter)));
    enlarge(ui, 1.25);

    // The top line: who, when, a quiet clock, and the way out.
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading(format!("Coaching session with {}", profile.name));
        ui.label(RichText::new(session.date.to_string()).color(palette.muted));
        let minutes = live.minutes();
        ui.label(RichText::new(format!("{minutes} min")).color(palette.muted))
            .on_hover_text("Time since the session started");
        // The clock changes once a minute: one repaint then, none in between.
        let into_minute = live.started.elapsed().as_secs() % 60;
        ui.ctx()
            .request_repaint_after(std::time::Duration::from_secs(60 - into_minute));
        ui.separator();
        if ui
            .button(RichText::new("End session").strong())
            .on_hover_text("Keep the time spent and show the summary")
            .clicked()
        {
            commands.push(Command::EndSession);
        }
        if ui
            .button("Back to the profile")
            .on_hover_text("The session stays open; continue it from Sessions")
            .clicked()
        {
            commands.push(Command::LeaveSession);
        }
        if ui
            .button("Rate the skills")
            .on_hover_text(
                "Rate in step 4; the assessment belongs to this session, which stays open",
            )
            .clicked()
        {
            commands.push(Command::LeaveSession);
            commands.push(Command::SetTab(super::app::Tab::Rate));
        }
    });
    ui.separator();

    let wide = ui.available_width() >= 900.0;
    if wide {
        ui.columns(2, |cols| {
            egui::ScrollArea::vertical()
                .id_salt("agenda")
                .auto_shrink([false, false])
                .show(&mut cols[0], |ui| {
                    agenda(ui, profile, catalog, today, live.index, commands);
                });
            egui::ScrollArea::vertical()
                .id_salt("notes")
                .auto_shrink([false, false])
                .show(&mut cols[1], |ui| {
                    notes(ui, profile, catalog, today, live, add_action, commands);
                });
        });
    } else {
        egui::ScrollArea::vertical()
            .id_salt("session")
            .auto_shrink([false, false])
            .show(ui, |ui| {
                // Narrow (or zoomed in for a shared screen): what is typed
                // comes first, the agenda follows.
                notes(ui, profile, catalog, today, live, add_action, commands);
                ui.separator();
                agenda(ui, profile, catalog, today, live.index, commands);
            });
    }
}

/// The built-in reflective questions, parsed once.
fn reflective_questions() -> &'static [crate::model::ReflectiveQuestion] {
    static QUESTIONS: std::sync::OnceLock<Vec<crate::model::ReflectiveQuestion>> =
        std::sync::OnceLock::new();
    QUESTIONS.get_or_init(|| {
        crate::model::parse_questions(crate::assets::REFLECTIVE_QUESTIONS).unwrap_or_default()
    })
}

/// The left side: what Lodestar proposes to talk about.
fn agenda(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    today: Date,
    index: usize,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    let Some(session) = profile.sessions.get(index) else {
        return;
    };
    let agenda = coaching::agenda(profile, catalog, today, Some(index));
    ui.heading("Agenda");

    ui.add_space(6.0);
    ui.label(RichText::new("Open actions from earlier sessions").strong());
    if agenda.actions.is_empty() {
        ui.label(RichText::new("None open.").color(palette.muted));
    }
    for at in &agenda.actions {
        let Some(a) = at.get(profile) else { continue };
        ui.horizontal_wrapped(|ui| {
            let mut done = false;
            if ui
                .checkbox(&mut done, &a.text)
                .on_hover_text("Tick when it is done")
                .changed()
            {
                commands.push(Command::Edit(Edit::SetActionStatus {
                    at: *at,
                    status: ActionStatus::Done,
                }));
            }
            let mut facts = Vec::new();
            if !a.owner.is_empty() {
                facts.push(a.owner.clone());
            }
            if let Some(d) = a.due {
                facts.push(format!("due {d}"));
            }
            let color = if a.is_overdue(today) {
                palette.error
            } else {
                palette.muted
            };
            let mut text = facts.join(" · ");
            if a.is_overdue(today) {
                text.push_str(" · overdue");
            }
            ui.label(RichText::new(text).color(color));
        });
    }
    // Ticked off in this session: can be taken back.
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
    if !ticked.is_empty() {
        egui::CollapsingHeader::new(format!("Done ({})", ticked.len()))
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

    if !agenda.gaps.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("Biggest gaps to the target").strong());
        for g in &agenda.gaps {
            ui.label(format!(
                "{}: {} now, target {}",
                skill_name(catalog, &g.skill),
                g.current.get(),
                g.target.get()
            ));
        }
    }
    if !agenda.calibration.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("Seen differently by you and your coach").strong());
        for f in &agenda.calibration {
            ui.label(format!(
                "{}: self {}, coach {}",
                skill_name(catalog, &f.skill),
                f.self_rating.get(),
                f.coach_rating.get()
            ));
        }
    }
    let discussed_here: Vec<&SkillId> = session.discussed.iter().collect();
    if !agenda.blind_spots.is_empty() || !discussed_here.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("Blind spots not yet talked about").strong());
        ui.label(RichText::new("Tick the ones you talked about today.").color(palette.muted));
        let mut shown: Vec<SkillId> = agenda.blind_spots.clone();
        for s in discussed_here {
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

    ui.add_space(8.0);
    ui.label(RichText::new("Questions to reflect on").strong());
    ui.label(RichText::new("Ask one to add it to the notes with its answer.").color(palette.muted));
    let questions = reflective_questions();
    let asked = |p: &str| session.prompts.iter().any(|x| x.prompt == p);
    let mut ask = |ui: &mut egui::Ui, prompt: &str| {
        ui.horizontal_wrapped(|ui| {
            let done = asked(prompt);
            let button =
                ui.add_enabled(!done, egui::Button::new(if done { "Asked" } else { "Ask" }));
            button.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::Button, !done, format!("Ask: {prompt}"))
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
    for q in questions {
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
            egui::CollapsingHeader::new(format!("About {}", skill.name))
                .id_salt(("sq", skill.id.as_str()))
                .show(ui, |ui| {
                    for p in &skill.prompts {
                        ask(ui, p);
                    }
                });
        }
    }
}

/// The right side: notes, reflections, agreed actions, private notes,
/// the next date. Everything typed is saved as it is typed.
fn notes(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    today: Date,
    live: &mut LiveSession,
    add_action: bool,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    let Some(session) = profile.sessions.get(live.index) else {
        return;
    };
    let index = live.index;
    ui.heading("Notes");
    let l = ui.label(RichText::new("What was said").strong());
    let r = widgets::notes_field(ui, &mut live.notes, 8, "", commands).labelled_by(l.id);
    if r.changed() || live.notes != session.notes {
        commands.push(Command::Edit(Edit::SessionText {
            session: index,
            field: SessionField::Notes,
            text: live.notes.clone(),
        }));
    }
    ui.label(
        RichText::new("Saved as you type.")
            .small()
            .color(palette.muted),
    );

    if !session.prompts.is_empty() {
        ui.add_space(8.0);
        ui.label(RichText::new("Reflections").strong());
        live.answers.resize(session.prompts.len(), String::new());
        for (i, p) in session.prompts.iter().enumerate() {
            let answer = &mut live.answers[i];
            let l = ui.label(&p.prompt);
            let hint = "The answer, in the technician's words";
            widgets::notes_field(ui, answer, 2, hint, commands).labelled_by(l.id);
            if *answer != p.answer {
                commands.push(Command::Edit(Edit::SessionText {
                    session: index,
                    field: SessionField::Answer(i),
                    text: answer.clone(),
                }));
            }
        }
    }

    ui.add_space(8.0);
    ui.label(RichText::new("Actions agreed today").strong());
    for (i, a) in session.actions.iter().enumerate() {
        ui.horizontal_wrapped(|ui| {
            let mut done = a.status == ActionStatus::Done;
            if ui.checkbox(&mut done, &a.text).changed() {
                commands.push(Command::Edit(Edit::SetActionStatus {
                    at: ActionRef {
                        session: index,
                        action: i,
                    },
                    status: if done {
                        ActionStatus::Done
                    } else {
                        ActionStatus::Open
                    },
                }));
            }
            let mut facts = Vec::new();
            if !a.owner.is_empty() {
                facts.push(a.owner.clone());
            }
            if let Some(d) = a.due {
                facts.push(format!("due {d}"));
            }
            if let Some(s) = &a.skill {
                facts.push(skill_name(catalog, s));
            }
            ui.label(RichText::new(facts.join(" · ")).color(palette.muted));
            let remove = ui.small_button("Remove");
            remove.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    format!("Remove action “{}”", a.text),
                )
            });
            if remove.clicked() {
                commands.push(Command::Edit(Edit::RemoveAction(ActionRef {
                    session: index,
                    action: i,
                })));
            }
        });
    }
    let draft = &mut live.action;
    let l = ui.label("New action:");
    let field = ui
        .add(
            widgets::line_edit(&mut draft.text)
                .desired_width(f32::INFINITY)
                .hint_text("What will be done, concretely"),
        )
        .labelled_by(l.id);
    let entered = field.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
    ui.horizontal_wrapped(|ui| {
        let l = ui.label("Owner:");
        ui.add(widgets::line_edit(&mut draft.owner).desired_width(180.0))
            .labelled_by(l.id);
        let l = ui.label("Due:");
        ui.add(
            widgets::line_edit(&mut draft.due)
                .desired_width(110.0)
                .hint_text("YYYY-MM-DD"),
        )
        .labelled_by(l.id);
        let shown = draft
            .skill
            .as_ref()
            .map_or_else(|| "No skill".to_owned(), |s| skill_name(catalog, s));
        egui::ComboBox::from_id_salt("action-skill")
            .selected_text(shown)
            .show_ui(ui, |ui| {
                ui.selectable_value(&mut draft.skill, None, "No skill");
                for s in &catalog.skills {
                    ui.selectable_value(&mut draft.skill, Some(s.id.clone()), &s.name);
                }
            })
            .response
            .widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::ComboBox, true, "Skill of the action")
            });
    });
    let add = ui
        .horizontal(|ui| {
            let add = ui.button("Add action").clicked();
            ui.label(RichText::new("or Ctrl+Enter").color(palette.muted));
            add
        })
        .inner;
    if add || entered || add_action {
        if draft.text.trim().is_empty() {
            if add_action {
                field.request_focus();
            }
        } else {
            let due = draft.due.trim();
            let parsed = if due.is_empty() {
                Ok(None)
            } else {
                due.parse::<Date>().map(Some)
            };
            match parsed {
                Ok(due) => {
                    let mut action = Action::new(draft.text.trim());
                    draft.owner.trim().clone_into(&mut action.owner);
                    action.due = due;
                    action.skill.clone_from(&draft.skill);
                    let checked = crate::model::profile::validated_line(
                        &action.text,
                        "An action",
                        crate::model::profile::MAX_ITEM_CHARS,
                    );
                    match checked {
                        Ok(_) => {
                            commands.push(Command::Edit(Edit::AddAction {
                                session: index,
                                action,
                            }));
                            draft.text.clear();
                            draft.due.clear();
                            live.error = None;
                            field.request_focus();
                        }
                        Err(e) => live.error = Some(e.to_string()),
                    }
                }
                Err(_) => {
                    live.error = Some(format!(
                        "\"{due}\" is not a date: write it as year-month-day, e.g. {today}."
                    ));
                }
            }
        }
    }
    if let Some(e) = &live.error {
        ui.colored_label(palette.error, e);
    }

    ui.add_space(8.0);
    ui.horizontal_wrapped(|ui| {
        let l = ui.label(RichText::new("Next session:").strong());
        let r = ui
            .add(
                widgets::line_edit(&mut live.next_date)
                    .desired_width(120.0)
                    .hint_text("YYYY-MM-DD"),
            )
            .labelled_by(l.id);
        for weeks in [2, 4, 6] {
            if ui.small_button(format!("in {weeks} weeks")).clicked() {
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
        if r.changed() {
            let t = live.next_date.trim();
            if t.is_empty() {
                commands.push(Command::Edit(Edit::SetNextDate {
                    session: index,
                    date: None,
                }));
            } else if let Ok(d) = t.parse::<Date>() {
                commands.push(Command::Edit(Edit::SetNextDate {
                    session: index,
                    date: Some(d),
                }));
            }
        }
    });
    if !live.next_date.trim().is_empty() && live.next_date.trim().parse::<Date>().is_err() {
        ui.colored_label(
            palette.error,
            "Write the date as year-month-day, e.g. 2026-12-08.",
        );
    }

    ui.add_space(8.0);
    egui::CollapsingHeader::new("Private notes for the coach")
        .id_salt("private")
        .show(ui, |ui| {
            ui.label(
                RichText::new("Kept out of the summary and the printed plan unless you choose.")
                    .color(palette.muted),
            );
            let l = ui.label("Private notes:");
            widgets::notes_field(ui, &mut live.private, 3, "", commands).labelled_by(l.id);
        });
    if live.private != session.private_notes {
        commands.push(Command::Edit(Edit::SessionText {
            session: index,
            field: SessionField::Private,
            text: live.private.clone(),
        }));
    }
}

/// The summary of a session, to copy or save.
pub fn summary(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    live: &mut LiveSession,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.add_space(6.0);
    ui.horizontal_wrapped(|ui| {
        ui.heading("Session summary");
        if ui.button("Copy as text").clicked() {
            commands.push(Command::CopySummary(SummaryFormat::Text));
        }
        if ui.button("Copy as Markdown").clicked() {
            commands.push(Command::CopySummary(SummaryFormat::Markdown));
        }
        if ui.button("Save as Markdown…").clicked() {
            commands.push(Command::SaveSummary);
        }
        if ui.button("Close").clicked() {
            commands.push(Command::LeaveSession);
        }
    });
    ui.checkbox(
        &mut live.include_private,
        "Include the coach's private notes",
    );
    ui.label(
        RichText::new("Ready to send after the meeting. Private notes stay out unless ticked.")
            .color(palette.muted),
    );
    ui.separator();
    let text = coaching::summary(
        profile,
        catalog,
        live.index,
        live.include_private,
        SummaryFormat::Text,
    );
    egui::ScrollArea::vertical()
        .auto_shrink([false, false])
        .show(ui, |ui| {
            ui.add(egui::Label::new(RichText::new(text).monospace()).selectable(true));
        });
}
