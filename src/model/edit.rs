//! What an edit to a profile means: the [`Edit`]s the screens ask for, and
//! [`apply`], which validates one and applies it. Pure domain code (no
//! window, no files): the app shell only runs it and keeps the undo history.
//!
//! A new kind of change to a profile is a new `Edit` variant here, with its
//! validation in `apply` and a unit test below.

use std::collections::BTreeMap;

use super::coaching::ActionRef;
use super::evidence::Evidence;
use super::feedback::{FeedbackAnswer, FeedbackRequest};
use super::ids::RecordId;
use super::profile::{
    MAX_ITEM_CHARS, MAX_NAME_CHARS, validated_line, validated_note, validated_optional_line,
};
use super::session::{Action, ActionStatus, MAX_SESSION_MINUTES, PromptAnswer, Session};
use super::text::clean_line;
use super::{
    Assessment, CatalogId, ItemId, Level, ListKind, Plan, Profile, SkillId, TextError, Workplace,
};

/// A change to a profile. Each one is a step of undo.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    Add {
        kind: ListKind,
        text: String,
        skill: Option<SkillId>,
    },
    Remove(ItemId),
    SetText(ItemId, String),
    SetNote(ItemId, String),
    Link(ItemId, Option<SkillId>),
    Move(ItemId, usize),
    SetCatalog(CatalogId),
    Rename(String),
    SetDetails {
        role: String,
        team: String,
        coach: String,
    },
    SetWorkplace(Option<Workplace>),
    AddAssessment(Assessment),
    SetTarget(SkillId, Option<Level>),
    /// The targets a role of the list's ladder expects (filled in by the
    /// screen from the list), and the role remembered; `None` forgets the
    /// role and keeps the targets.
    TargetsFromRole {
        role: Option<String>,
        targets: BTreeMap<SkillId, Level>,
    },
    StartSession(Session),
    /// Text typed during a session; many in a row are one undo step.
    SessionText {
        session: usize,
        field: SessionField,
        text: String,
    },
    AddAction {
        session: usize,
        action: Action,
    },
    SetActionStatus {
        at: ActionRef,
        status: ActionStatus,
    },
    RemoveAction(ActionRef),
    AddPrompt {
        session: usize,
        prompt: String,
    },
    SetDiscussed {
        session: usize,
        skill: SkillId,
        on: bool,
    },
    SetNextDate {
        session: usize,
        date: Option<jiff::civil::Date>,
    },
    /// The next session's start time (none: a whole day) and length.
    SetNextTime {
        session: usize,
        time: Option<jiff::civil::Time>,
        minutes: u32,
    },
    /// A new entry of the evidence log.
    AddEvidence(Evidence),
    /// An entry changed (matched by its id).
    SetEvidence(Evidence),
    RemoveEvidence(RecordId),
    /// A new request for feedback from colleagues.
    AddFeedbackRequest(FeedbackRequest),
    /// A colleague's answers, checked against their request (see
    /// `colleagues::accept`); the same answers again replace the older.
    AddAnswer(FeedbackAnswer),
    RemoveAnswer(RecordId),
    EndSession {
        session: usize,
        minutes: u32,
    },
    /// The whole plan, changed in the plan editor.
    SetPlan {
        plan: Plan,
        /// Set while typing into one of its texts.
        typing: Option<TypingKey>,
    },
}

/// A text of a session that is typed into and saved as it is typed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum SessionField {
    Notes,
    Private,
    /// The answer to `prompts[i]`.
    Answer(usize),
}

/// A text of one focus skill of the plan that is typed into.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PlanField {
    Goal,
    Measure,
    /// The text of any of its actions.
    ActionText,
    /// The owner of any of its actions.
    ActionOwner,
}

/// What a burst of typing is typing into (one undo step per burst).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum TypingKey {
    Session(usize, SessionField),
    /// A text of the plan: the focus skill's place, and which text.
    Plan(usize, PlanField),
}

impl Edit {
    /// Edits with the same key in a row make one undo step (typing).
    #[must_use]
    pub fn coalesce_key(&self) -> Option<TypingKey> {
        match self {
            Edit::SessionText { session, field, .. } => Some(TypingKey::Session(*session, *field)),
            Edit::SetPlan { typing, .. } => *typing,
            _ => None,
        }
    }
}

/// Validates an edit and applies it. `Ok(false)` when it changed nothing
/// (the profile is as it was); an error says what was refused, and the
/// profile is unchanged.
///
/// # Errors
/// A text that is empty where it must not be, or too long.
pub fn apply(profile: &mut Profile, edit: Edit) -> Result<bool, TextError> {
    let changed = apply_one(profile, edit);
    // Every record added has an id, however it was made.
    profile.ensure_ids();
    changed
}

fn apply_one(profile: &mut Profile, edit: Edit) -> Result<bool, TextError> {
    match edit {
        Edit::Add { kind, text, skill } => profile.add_item(kind, &text, skill).map(|_| true),
        Edit::Remove(id) => Ok(profile.remove_item(id).is_some()),
        Edit::SetText(id, text) => {
            let same = profile
                .item(id)
                .is_some_and(|(_, i)| i.text == clean_line(&text));
            Ok(!same && profile.edit_item(id, &text)?)
        }
        Edit::SetNote(id, note) => {
            let same = profile.item(id).is_some_and(|(_, i)| i.note == note);
            Ok(!same && profile.set_item_note(id, &note)?)
        }
        Edit::Link(id, skill) => Ok(profile.link_item(id, skill)),
        Edit::Move(id, to) => Ok(profile.move_item(id, to)),
        Edit::SetCatalog(id) => {
            let changed = replace(&mut profile.catalog, id);
            // A role belongs to its list's ladder: another list, no role.
            if changed {
                profile.aiming_for = None;
            }
            Ok(changed)
        }
        Edit::Rename(name) => {
            let changed = clean_line(&name) != profile.name;
            profile.rename(&name)?;
            Ok(changed)
        }
        Edit::SetDetails { role, team, coach } => profile.set_details(&role, &team, &coach),
        Edit::SetWorkplace(workplace) => Ok(replace(&mut profile.workplace, workplace)),
        Edit::AddAssessment(assessment) => add_assessment(profile, assessment),
        Edit::SetTarget(skill, level) => Ok(match level {
            Some(level) => profile.targets.insert(skill, level) != Some(level),
            None => profile.targets.remove(&skill).is_some(),
        }),
        Edit::TargetsFromRole { role, targets } => {
            let mut changed = replace(&mut profile.aiming_for, role);
            for (skill, level) in targets {
                changed |= profile.targets.insert(skill, level) != Some(level);
            }
            Ok(changed)
        }
        Edit::SetPlan { plan, .. } => set_plan(profile, plan),
        Edit::AddEvidence(entry) => {
            profile.evidence.push(entry.validated()?);
            Ok(true)
        }
        Edit::SetEvidence(entry) => {
            let entry = entry.validated()?;
            Ok(profile
                .evidence
                .iter_mut()
                .find(|e| e.id == entry.id)
                .is_some_and(|e| replace(e, entry)))
        }
        Edit::RemoveEvidence(id) => {
            let before = profile.evidence.len();
            profile.evidence.retain(|e| e.id != id);
            Ok(profile.evidence.len() < before)
        }
        Edit::AddFeedbackRequest(request) => {
            profile.feedback.push(request);
            Ok(true)
        }
        Edit::AddAnswer(answer) => Ok(super::colleagues::add_answer(profile, answer)
            != super::colleagues::Added::AlreadyThere),
        Edit::RemoveAnswer(id) => Ok(super::colleagues::remove_answer(profile, id)),
        session_edit => apply_to_session(profile, session_edit),
    }
}

/// Sets `slot` to `value`; whether it changed.
fn replace<T: PartialEq>(slot: &mut T, value: T) -> bool {
    let changed = *slot != value;
    *slot = value;
    changed
}

fn add_assessment(profile: &mut Profile, mut assessment: Assessment) -> Result<bool, TextError> {
    assessment.note = validated_note(&assessment.note)?;
    let date = assessment.date;
    profile.assessments.push(assessment);
    // Rated during a session that is still open: it is that session's.
    let id = profile.assessments.last().map(|a| a.id);
    if let Some(s) = profile
        .sessions
        .iter_mut()
        .rev()
        .find(|s| s.in_progress && s.date == date)
    {
        s.assessment = id;
    }
    Ok(true)
}

/// An action as typed in a session: its text and owner cleaned and checked.
///
/// # Errors
/// An empty or too long text, or a too long owner.
pub fn validated_action(mut action: Action) -> Result<Action, TextError> {
    action.text = validated_line(&action.text, "field-text-of-an-action", MAX_ITEM_CHARS)?;
    action.owner =
        validated_optional_line(&action.owner, "field-owner-of-an-action", MAX_NAME_CHARS)?;
    Ok(action)
}

/// The edits that change one coaching session (or an action in one).
fn apply_to_session(profile: &mut Profile, edit: Edit) -> Result<bool, TextError> {
    if let Edit::StartSession(session) = edit {
        profile.sessions.push(session);
        return Ok(true);
    }
    if let Edit::SetActionStatus { at, status } = edit {
        let action = profile
            .sessions
            .get_mut(at.session)
            .and_then(|s| s.actions.get_mut(at.action));
        return Ok(action.is_some_and(|a| replace(&mut a.status, status)));
    }
    let index = match &edit {
        Edit::SessionText { session, .. }
        | Edit::AddAction { session, .. }
        | Edit::AddPrompt { session, .. }
        | Edit::SetDiscussed { session, .. }
        | Edit::SetNextDate { session, .. }
        | Edit::SetNextTime { session, .. }
        | Edit::EndSession { session, .. } => *session,
        Edit::RemoveAction(at) => at.session,
        _ => return Ok(false),
    };
    // Checked before the session is looked up: a refused text is refused
    // whether or not its session is still there.
    let edit = match edit {
        Edit::SessionText {
            session,
            field,
            text,
        } => Edit::SessionText {
            session,
            field,
            text: validated_note(&text)?,
        },
        Edit::AddAction { session, action } => Edit::AddAction {
            session,
            action: validated_action(action)?,
        },
        other => other,
    };
    let Some(s) = profile.sessions.get_mut(index) else {
        return Ok(false);
    };
    Ok(match edit {
        Edit::SessionText { field, text, .. } => match field {
            SessionField::Notes => replace(&mut s.notes, text),
            SessionField::Private => replace(&mut s.private_notes, text),
            SessionField::Answer(i) => s
                .prompts
                .get_mut(i)
                .is_some_and(|p| replace(&mut p.answer, text)),
        },
        Edit::AddAction { action, .. } => {
            s.actions.push(action);
            true
        }
        Edit::RemoveAction(at) => {
            let there = at.action < s.actions.len();
            if there {
                s.actions.remove(at.action);
            }
            there
        }
        Edit::AddPrompt { prompt, .. } => {
            let new = !s.prompts.iter().any(|p| p.prompt == prompt);
            if new {
                s.prompts.push(PromptAnswer::new(prompt));
            }
            new
        }
        Edit::SetDiscussed { skill, on, .. } => {
            let had = s.discussed.contains(&skill);
            if on && !had {
                s.discussed.push(skill);
            } else if !on && had {
                s.discussed.retain(|x| *x != skill);
            }
            on != had
        }
        Edit::SetNextDate { date, .. } => replace(&mut s.next_date, date),
        Edit::SetNextTime { time, minutes, .. } => {
            let minutes = minutes.clamp(5, MAX_SESSION_MINUTES);
            replace(&mut s.next_time, time) | replace(&mut s.next_minutes, minutes)
        }
        Edit::EndSession { minutes, .. } => {
            s.in_progress = false;
            s.duration_minutes = minutes;
            true
        }
        _ => false,
    })
}

fn set_plan(profile: &mut Profile, mut plan: Plan) -> Result<bool, TextError> {
    // Texts being typed keep their spaces (a trailing one is the start of
    // the next word); control characters go, length is checked.
    let typed = |text: &mut String, what: &'static str| -> Result<(), TextError> {
        text.retain(|c| !c.is_control());
        let len = text.chars().count();
        if len > MAX_ITEM_CHARS {
            return Err(TextError::TooLong {
                what,
                len,
                max: MAX_ITEM_CHARS,
            });
        }
        Ok(())
    };
    for f in &mut plan.focus {
        typed(&mut f.goal, "field-goal-of-a-focus-skill")?;
        typed(&mut f.measure, "field-measure-of-a-focus-skill")?;
        for a in &mut f.actions {
            typed(&mut a.text, "field-text-of-an-action")?;
            typed(&mut a.owner, "field-owner-of-an-action")?;
        }
        for r in &mut f.resources {
            typed(r, "field-text-of-a-resource")?;
        }
    }
    Ok(replace(&mut profile.plan, plan))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::profile::MAX_NOTE_CHARS;
    use crate::model::{ProfileId, Rater};
    use jiff::civil::date;

    fn profile() -> Profile {
        Profile::new(ProfileId::parse("p-1").expect("id"), "Dana").expect("name")
    }

    fn with_session() -> Profile {
        let mut p = profile();
        let mut s = Session::new(date(2026, 11, 30));
        s.in_progress = true;
        apply(&mut p, Edit::StartSession(s)).expect("started");
        p
    }

    #[test]
    fn checklist_edits_report_whether_anything_changed() {
        let mut p = profile();
        let add = Edit::Add {
            kind: ListKind::Have,
            text: "  Listening  ".into(),
            skill: None,
        };
        assert_eq!(apply(&mut p, add), Ok(true));
        let id = p.have[0].id;
        assert_eq!(p.have[0].text, "Listening");
        // The same text again (after cleaning) is no change: no undo step.
        assert_eq!(
            apply(&mut p, Edit::SetText(id, "Listening ".into())),
            Ok(false)
        );
        assert_eq!(
            apply(&mut p, Edit::SetText(id, "Active listening".into())),
            Ok(true)
        );
        assert_eq!(apply(&mut p, Edit::SetNote(id, String::new())), Ok(false));
        assert_eq!(apply(&mut p, Edit::Remove(id)), Ok(true));
        assert_eq!(apply(&mut p, Edit::Remove(id)), Ok(false), "already gone");
    }

    #[test]
    fn a_refused_text_leaves_the_profile_as_it_was() {
        let mut p = profile();
        let before = p.clone();
        let empty = Edit::Add {
            kind: ListKind::Want,
            text: " \u{0} ".into(),
            skill: None,
        };
        assert!(matches!(apply(&mut p, empty), Err(TextError::Empty { .. })));
        assert!(apply(&mut p, Edit::Rename(String::new())).is_err());
        assert_eq!(p, before);
    }

    #[test]
    fn session_texts_are_checked_before_the_session_is_looked_up() {
        let mut p = with_session();
        let long = "x".repeat(MAX_NOTE_CHARS + 1);
        for session in [0, 7] {
            let edit = Edit::SessionText {
                session,
                field: SessionField::Notes,
                text: long.clone(),
            };
            assert!(matches!(
                apply(&mut p, edit),
                Err(TextError::TooLong { .. })
            ));
        }
        let notes = Edit::SessionText {
            session: 0,
            field: SessionField::Notes,
            text: "Talked about handovers".into(),
        };
        assert_eq!(apply(&mut p, notes.clone()), Ok(true));
        assert_eq!(apply(&mut p, notes), Ok(false));
        let missing = Edit::SessionText {
            session: 0,
            field: SessionField::Answer(3),
            text: "An answer to a question never asked".into(),
        };
        assert_eq!(apply(&mut p, missing), Ok(false));
        assert_eq!(p.sessions[0].notes, "Talked about handovers");
    }

    #[test]
    fn a_session_action_is_validated_once_here() {
        let mut p = with_session();
        let blank = Edit::AddAction {
            session: 0,
            action: Action::new("   "),
        };
        assert!(matches!(apply(&mut p, blank), Err(TextError::Empty { .. })));
        let mut action = Action::new("  Book the course ");
        action.owner = "x".repeat(MAX_NAME_CHARS + 1);
        let long_owner = Edit::AddAction { session: 0, action };
        assert!(matches!(
            apply(&mut p, long_owner),
            Err(TextError::TooLong { .. })
        ));
        let ok = Edit::AddAction {
            session: 0,
            action: Action::new("  Book the course "),
        };
        assert_eq!(apply(&mut p, ok), Ok(true));
        assert_eq!(p.sessions[0].actions[0].text, "Book the course");
        let at = ActionRef {
            session: 0,
            action: 0,
        };
        let done = Edit::SetActionStatus {
            at,
            status: ActionStatus::Done,
        };
        assert_eq!(apply(&mut p, done.clone()), Ok(true));
        assert_eq!(apply(&mut p, done), Ok(false));
        assert_eq!(apply(&mut p, Edit::RemoveAction(at)), Ok(true));
        assert_eq!(apply(&mut p, Edit::RemoveAction(at)), Ok(false));
    }

    #[test]
    fn prompts_discussed_skills_and_the_end_of_a_session() {
        let mut p = with_session();
        let ask = Edit::AddPrompt {
            session: 0,
            prompt: "What gives you energy at work?".into(),
        };
        assert_eq!(apply(&mut p, ask.clone()), Ok(true));
        assert_eq!(apply(&mut p, ask), Ok(false), "asked once");
        let skill = SkillId::new("prioritizing");
        let on = |on| Edit::SetDiscussed {
            session: 0,
            skill: skill.clone(),
            on,
        };
        assert_eq!(apply(&mut p, on(true)), Ok(true));
        assert_eq!(apply(&mut p, on(true)), Ok(false));
        assert_eq!(apply(&mut p, on(false)), Ok(true));
        assert!(p.sessions[0].discussed.is_empty());
        let end = Edit::EndSession {
            session: 0,
            minutes: 45,
        };
        assert_eq!(apply(&mut p, end), Ok(true));
        assert!(!p.sessions[0].in_progress);
        assert_eq!(p.sessions[0].duration_minutes, 45);
        let gone = Edit::EndSession {
            session: 4,
            minutes: 1,
        };
        assert_eq!(apply(&mut p, gone), Ok(false));
    }

    #[test]
    fn an_assessment_saved_during_a_session_belongs_to_it() {
        let mut p = with_session();
        let mut a = Assessment::new(date(2026, 11, 30), Rater::Coach);
        a.note = "Rated together".into();
        assert_eq!(apply(&mut p, Edit::AddAssessment(a)), Ok(true));
        let first = p.assessments[0].id;
        assert!(!first.is_none());
        assert_eq!(p.sessions[0].assessment, Some(first));
        // Another day's assessment is not the session's.
        let other = Assessment::new(date(2026, 12, 1), Rater::SelfRating);
        assert_eq!(apply(&mut p, Edit::AddAssessment(other)), Ok(true));
        assert_eq!(p.sessions[0].assessment, Some(first));
    }

    #[test]
    fn plan_texts_keep_their_spaces_lose_control_characters_and_are_capped() {
        let mut p = profile();
        let mut plan = Plan::default();
        let mut focus = crate::model::FocusSkill::suggested(&crate::model::Skill::named(
            "prioritizing",
            "Prioritising",
        ));
        focus.goal = "Plan the week \u{7}".into();
        plan.focus.push(focus);
        let typing = Some(TypingKey::Plan(0, PlanField::Goal));
        let edit = Edit::SetPlan {
            plan: plan.clone(),
            typing,
        };
        assert_eq!(edit.coalesce_key(), typing);
        assert_eq!(apply(&mut p, edit), Ok(true));
        assert_eq!(p.plan.focus[0].goal, "Plan the week ");
        plan.focus[0].measure = "y".repeat(MAX_ITEM_CHARS + 1);
        let before = p.clone();
        let long = Edit::SetPlan { plan, typing: None };
        assert!(matches!(
            apply(&mut p, long),
            Err(TextError::TooLong { .. })
        ));
        assert_eq!(p, before);
    }

    #[test]
    fn a_role_fills_its_targets_and_keeps_the_others() {
        let mut p = profile();
        let lv = |n| Level::new(n).expect("level");
        p.targets.insert(SkillId::new("empathy"), lv(5));
        p.targets.insert(SkillId::new("communication"), lv(2));
        let targets: BTreeMap<SkillId, Level> = [
            (SkillId::new("communication"), lv(4)),
            (SkillId::new("prioritizing"), lv(3)),
        ]
        .into();
        let edit = Edit::TargetsFromRole {
            role: Some("Team lead".into()),
            targets: targets.clone(),
        };
        assert_eq!(apply(&mut p, edit.clone()), Ok(true));
        assert_eq!(p.aiming_for.as_deref(), Some("Team lead"));
        assert_eq!(p.targets[&SkillId::new("communication")], lv(4));
        assert_eq!(p.targets[&SkillId::new("prioritizing")], lv(3));
        assert_eq!(
            p.targets[&SkillId::new("empathy")],
            lv(5),
            "not the role's: kept"
        );
        assert_eq!(apply(&mut p, edit), Ok(false), "again: nothing changes");
        let forget = Edit::TargetsFromRole {
            role: None,
            targets: BTreeMap::new(),
        };
        assert_eq!(apply(&mut p, forget), Ok(true));
        assert_eq!(p.aiming_for, None);
        assert_eq!(p.targets.len(), 3, "the targets stay");
    }

    #[test]
    fn targets_and_lists_change_only_when_different() {
        let mut p = profile();
        let skill = SkillId::new("communication");
        let four = Level::new(4).expect("4");
        assert_eq!(
            apply(&mut p, Edit::SetTarget(skill.clone(), Some(four))),
            Ok(true)
        );
        assert_eq!(
            apply(&mut p, Edit::SetTarget(skill.clone(), Some(four))),
            Ok(false)
        );
        assert_eq!(
            apply(&mut p, Edit::SetTarget(skill.clone(), None)),
            Ok(true)
        );
        assert_eq!(apply(&mut p, Edit::SetTarget(skill, None)), Ok(false));
        let same = Edit::SetCatalog(p.catalog.clone());
        assert_eq!(apply(&mut p, same), Ok(false));
        assert_eq!(
            apply(&mut p, Edit::SetCatalog(CatalogId::new("other"))),
            Ok(true)
        );
        assert_eq!(Edit::Rename("x".into()).coalesce_key(), None);
    }
}
