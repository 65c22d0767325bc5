//! The coaching meeting: the agenda Lodestar proposes (open actions, the
//! biggest gaps to target, where self and coach disagree, blind spots not
//! yet talked about), and the summary sent afterwards.

use std::fmt::Write as _;

use jiff::civil::Date;

use super::catalog::{Catalog, SkillId};
use super::compare::compare;
use super::profile::Profile;
use super::progress::{CalibrationFlag, calibration, history};
use super::rating::{Level, Rater};
use super::session::{Action, ActionStatus};

/// An action, by where it lives: `profile.sessions[session].actions[action]`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ActionRef {
    pub session: usize,
    pub action: usize,
}

impl ActionRef {
    #[must_use]
    pub fn get(self, profile: &Profile) -> Option<&Action> {
        profile.sessions.get(self.session)?.actions.get(self.action)
    }
}

/// Open actions agreed before session `before` (all sessions when `None`):
/// overdue first, then by due date (undated last), then oldest first.
#[must_use]
pub fn open_actions(profile: &Profile, before: Option<usize>, today: Date) -> Vec<ActionRef> {
    let mut out: Vec<ActionRef> = profile
        .sessions
        .iter()
        .enumerate()
        .filter(|(s, _)| before.is_none_or(|b| *s != b))
        .flat_map(|(s, session)| {
            session
                .actions
                .iter()
                .enumerate()
                .filter(|(_, a)| a.status == ActionStatus::Open)
                .map(move |(a, _)| ActionRef {
                    session: s,
                    action: a,
                })
        })
        .collect();
    out.sort_by_key(|r| {
        let a = r.get(profile);
        let overdue = a.is_some_and(|a| a.is_overdue(today));
        let due = a.and_then(|a| a.due);
        let date = profile.sessions.get(r.session).map(|s| s.date);
        (!overdue, due.is_none(), due, date, r.session, r.action)
    });
    out
}

/// How far the latest rating is below the target.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Gap {
    pub skill: SkillId,
    pub current: Level,
    pub target: Level,
}

impl Gap {
    #[must_use]
    pub fn size(&self) -> u8 {
        self.target.get().saturating_sub(self.current.get())
    }
}

/// The `n` biggest gaps between the latest self-rating (or the coach's,
/// when there is none) and the target, biggest first, in list order on ties.
#[must_use]
pub fn biggest_gaps(profile: &Profile, catalog: &Catalog, n: usize) -> Vec<Gap> {
    let latest = history(profile, Rater::SelfRating)
        .last()
        .copied()
        .or_else(|| history(profile, Rater::Coach).last().copied());
    let Some(latest) = latest else {
        return Vec::new();
    };
    let mut gaps: Vec<Gap> = catalog
        .skills
        .iter()
        .filter_map(|s| {
            let current = *latest.ratings.get(&s.id)?;
            let target = *profile.targets.get(&s.id)?;
            (target > current).then(|| Gap {
                skill: s.id.clone(),
                current,
                target,
            })
        })
        .collect();
    gaps.sort_by_key(|g| std::cmp::Reverse(g.size()));
    gaps.truncate(n);
    gaps
}

/// Where `skill` stands now: the latest self-rating of it, or the
/// coach's where the person has not rated it.
#[must_use]
pub fn current_level(profile: &Profile, skill: &SkillId) -> Option<Level> {
    [Rater::SelfRating, Rater::Coach]
        .into_iter()
        .find_map(|rater| {
            history(profile, rater)
                .iter()
                .rev()
                .find_map(|a| a.ratings.get(skill).copied())
        })
}

/// Blind spots (recommended, neither had nor wanted) that no session has
/// discussed yet.
#[must_use]
pub fn undiscussed_blind_spots(profile: &Profile, catalog: &Catalog) -> Vec<SkillId> {
    compare(&profile.have, &profile.want, catalog)
        .blind_spots
        .into_iter()
        .filter(|s| !profile.sessions.iter().any(|x| x.discussed.contains(s)))
        .collect()
}

/// What Lodestar proposes to talk about.
#[derive(Debug, Clone, PartialEq)]
pub struct Agenda {
    pub actions: Vec<ActionRef>,
    pub gaps: Vec<Gap>,
    pub calibration: Vec<CalibrationFlag>,
    pub blind_spots: Vec<SkillId>,
    /// Skills rated up with no evidence logged since the rating before.
    pub unbacked: Vec<Unbacked>,
}

/// A skill someone rated higher than last time, with nothing in the
/// evidence log since that earlier rating to show for it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Unbacked {
    pub skill: SkillId,
    pub rater: Rater,
    pub from: Level,
    pub to: Level,
    /// The date of the earlier rating.
    pub since: Date,
}

/// The skills rated up (by either rater, latest against the one before)
/// with no evidence since the earlier rating.
#[must_use]
pub fn rated_up_without_evidence(profile: &Profile) -> Vec<Unbacked> {
    let mut found = Vec::new();
    for rater in [Rater::SelfRating, Rater::Coach] {
        let history = history(profile, rater);
        let Some(latest) = history.last() else {
            continue;
        };
        for (skill, &to) in &latest.ratings {
            let before = history
                .iter()
                .rev()
                .skip(1)
                .find_map(|a| a.ratings.get(skill).map(|l| (a.date, *l)));
            let Some((since, from)) = before else {
                continue;
            };
            let backed = profile
                .evidence
                .iter()
                .any(|e| e.shows(skill) && e.date > since);
            if to > from && !backed {
                found.push(Unbacked {
                    skill: skill.clone(),
                    rater,
                    from,
                    to,
                    since,
                });
            }
        }
    }
    found
}

/// A new session of `today`, in progress, with the coach of the profile and
/// the agenda Lodestar proposes (kept with the session).
#[must_use]
pub fn new_session(profile: &Profile, catalog: &Catalog, today: Date) -> super::Session {
    let mut new = super::Session::new(today);
    new.coach.clone_from(&profile.coach);
    new.agenda = agenda(profile, catalog, today, None).lines(profile, catalog);
    new.in_progress = true;
    new
}

/// The agenda for session `current` (or a session about to start).
#[must_use]
pub fn agenda(profile: &Profile, catalog: &Catalog, today: Date, current: Option<usize>) -> Agenda {
    Agenda {
        actions: open_actions(profile, current, today),
        gaps: biggest_gaps(profile, catalog, 3),
        calibration: calibration(profile, catalog),
        blind_spots: undiscussed_blind_spots(profile, catalog),
        unbacked: rated_up_without_evidence(profile),
    }
}

impl Agenda {
    /// The agenda as short lines, kept with the session.
    #[must_use]
    pub fn lines(&self, profile: &Profile, catalog: &Catalog) -> Vec<String> {
        let name = |id: &SkillId| {
            catalog
                .skill(id)
                .map_or_else(|| id.as_str().to_owned(), |s| s.name.clone())
        };
        let mut lines = Vec::new();
        if !self.actions.is_empty() {
            lines.push(crate::t!(
                "agenda-line-review-actions",
                n = self.actions.len()
            ));
        }
        for g in &self.gaps {
            lines.push(crate::t!(
                "agenda-line-gap",
                skill = name(&g.skill),
                from = g.current.get(),
                to = g.target.get()
            ));
        }
        for f in &self.calibration {
            lines.push(crate::t!(
                "agenda-line-calibration",
                skill = name(&f.skill),
                self_level = f.self_rating.get(),
                coach_level = f.coach_rating.get()
            ));
        }
        for s in &self.blind_spots {
            lines.push(crate::t!("agenda-line-blind-spot", skill = name(s)));
        }
        for u in &self.unbacked {
            lines.push(crate::t!(
                "agenda-line-unbacked",
                skill = name(&u.skill),
                from = u.from.get(),
                to = u.to.get()
            ));
        }
        let _ = profile;
        lines
    }
}

/// How a summary is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SummaryFormat {
    Markdown,
    Text,
}

/// The summary of session `index` to send after the meeting: what was
/// discussed, the rating changes of that day, the actions agreed (with
/// owners and dates), actions ticked off, and the next date. Private notes
/// only when `include_private`.
#[must_use]
pub fn summary(
    profile: &Profile,
    catalog: &Catalog,
    index: usize,
    include_private: bool,
    format: SummaryFormat,
) -> String {
    let Some(session) = profile.sessions.get(index) else {
        return String::new();
    };
    let md = format == SummaryFormat::Markdown;
    let name = |id: &SkillId| {
        catalog
            .skill(id)
            .map_or_else(|| id.as_str().to_owned(), |s| s.name.clone())
    };
    let mut out = String::new();
    let heading = |out: &mut String, text: &str| {
        if md {
            let _ = writeln!(out, "\n## {text}\n");
        } else {
            let _ = writeln!(out, "\n{text}\n{}", "-".repeat(text.chars().count()));
        }
    };
    let bullet = if md { "- " } else { "  * " };
    let title = crate::t!(
        "summary-title",
        name = profile.name.clone(),
        date = crate::i18n::date(session.date)
    );
    if md {
        let _ = writeln!(out, "# {title}");
    } else {
        let _ = writeln!(out, "{title}\n{}", "=".repeat(title.chars().count()));
    }
    let mut facts = Vec::new();
    if !session.coach.is_empty() {
        facts.push(crate::t!("summary-coach", coach = session.coach.clone()));
    }
    if session.duration_minutes > 0 {
        facts.push(crate::t!("summary-minutes", n = session.duration_minutes));
    }
    if !facts.is_empty() {
        let _ = writeln!(out, "\n{}", facts.join(" · "));
    }

    if !session.agenda.is_empty() || !session.discussed.is_empty() {
        heading(&mut out, &crate::t!("summary-talked-about"));
        for line in &session.agenda {
            let _ = writeln!(out, "{bullet}{line}");
        }
        for s in &session.discussed {
            let _ = writeln!(
                out,
                "{bullet}{}",
                crate::t!("summary-discussed-skill", skill = name(s))
            );
        }
    }
    if !session.notes.trim().is_empty() {
        heading(&mut out, &crate::t!("summary-notes"));
        let _ = writeln!(out, "{}", session.notes.trim());
    }
    let answered: Vec<_> = session
        .prompts
        .iter()
        .filter(|p| !p.answer.trim().is_empty())
        .collect();
    if !answered.is_empty() {
        heading(&mut out, &crate::t!("summary-reflections"));
        for p in answered {
            if md {
                let _ = writeln!(out, "**{}**  \n{}\n", p.prompt, p.answer.trim());
            } else {
                let _ = writeln!(out, "{}\n  {}\n", p.prompt, p.answer.trim());
            }
        }
    }

    let changes = rating_changes(profile, catalog, session.date);
    if !changes.is_empty() {
        heading(&mut out, &crate::t!("summary-rating-changes"));
        for c in changes {
            let _ = writeln!(out, "{bullet}{c}");
        }
    }

    if !session.actions.is_empty() {
        heading(&mut out, &crate::t!("summary-actions"));
        for a in &session.actions {
            let _ = writeln!(out, "{bullet}{}", action_line(a, &name));
        }
    }
    if let Some(next) = session.next_date {
        heading(&mut out, &crate::t!("summary-next"));
        let _ = writeln!(out, "{}", crate::i18n::date(next));
    }
    if include_private && !session.private_notes.trim().is_empty() {
        heading(&mut out, &crate::t!("summary-private"));
        let _ = writeln!(out, "{}", session.private_notes.trim());
    }
    out
}

/// The ratings given on `date`, against each rater's previous rating.
fn rating_changes(profile: &Profile, catalog: &Catalog, date: Date) -> Vec<String> {
    let mut changes = Vec::new();
    for rater in [Rater::SelfRating, Rater::Coach] {
        let h = history(profile, rater);
        let Some(pos) = h.iter().rposition(|a| a.date == date) else {
            continue;
        };
        let now = h[pos];
        let before = pos.checked_sub(1).map(|p| h[p]);
        for skill in &catalog.skills {
            let Some(level) = now.ratings.get(&skill.id) else {
                continue;
            };
            let was = before.and_then(|b| b.ratings.get(&skill.id));
            let who = match rater {
                Rater::SelfRating => "self",
                Rater::Coach => "coach",
            };
            changes.push(match was {
                Some(w) if w != level => crate::t!(
                    "summary-change",
                    skill = skill.name.clone(),
                    who = who,
                    from = w.get(),
                    to = level.get()
                ),
                Some(_) => continue,
                None => crate::t!(
                    "summary-first-rating",
                    skill = skill.name.clone(),
                    who = who,
                    level = level.get()
                ),
            });
        }
    }
    changes
}

/// An action in one line: text, owner, due date, skill, status if not open.
fn action_line(a: &Action, name: &dyn Fn(&SkillId) -> String) -> String {
    let mut parts = vec![a.text.clone()];
    if !a.owner.is_empty() {
        parts.push(crate::t!("summary-owner", owner = a.owner.clone()));
    }
    if let Some(d) = a.due {
        parts.push(crate::t!("summary-due", date = crate::i18n::date(d)));
    }
    if let Some(s) = &a.skill {
        parts.push(name(s));
    }
    if a.status != ActionStatus::Open {
        parts.push(status_word(a.status));
    }
    parts.join(" · ")
}

/// The word for an action's status.
#[must_use]
pub fn status_word(status: ActionStatus) -> String {
    match status {
        ActionStatus::Open => crate::t!("action-open"),
        ActionStatus::Done => crate::t!("action-done"),
        ActionStatus::Dropped => crate::t!("action-dropped"),
    }
}

/// One line of the coach view: where a technician stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct CoachingState {
    pub coach: String,
    pub last_session: Option<Date>,
    pub next_session: Option<Date>,
    /// Due dates of open actions (`None`: no date).
    pub open_action_dues: Vec<Option<Date>>,
    /// The dated things (next session, actions due, plan review), for the
    /// calendar and for what is due.
    pub events: Vec<super::calendar::CalEvent>,
}

impl CoachingState {
    #[must_use]
    pub fn of(profile: &Profile) -> Self {
        let last = profile.sessions.iter().max_by_key(|s| s.date);
        let next = super::calendar::next_session(profile).map(|e| e.when.date());
        CoachingState {
            coach: last
                .map(|s| s.coach.clone())
                .filter(|c| !c.is_empty())
                .unwrap_or_else(|| profile.coach.clone()),
            last_session: last.map(|s| s.date),
            next_session: next,
            open_action_dues: profile
                .sessions
                .iter()
                .flat_map(|s| &s.actions)
                .filter(|a| a.status == ActionStatus::Open)
                .map(|a| a.due)
                .collect(),
            events: super::calendar::all(profile),
        }
    }

    #[must_use]
    pub fn overdue(&self, today: Date) -> usize {
        self.open_action_dues
            .iter()
            .filter(|d| d.is_some_and(|d| d < today))
            .count()
    }

    /// Sort key for "who to see next": a next session already past (or
    /// overdue actions) first, then the soonest next session, then those
    /// never seen, then those with no date set.
    #[must_use]
    pub fn urgency(&self, today: Date) -> (u8, Option<Date>) {
        match (self.next_session, self.last_session) {
            (Some(n), _) if n < today || self.overdue(today) > 0 => (0, Some(n)),
            (None, Some(_)) if self.overdue(today) > 0 => (0, None),
            (Some(n), _) => (1, Some(n)),
            (None, None) => (2, None),
            (None, Some(l)) => (3, Some(l)),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{ProfileId, Session, Skill};
    use jiff::civil::date;

    fn catalog() -> Catalog {
        Catalog {
            id: crate::model::CatalogId::new("c"),
            version: 1,
            title: "C".into(),
            description: String::new(),
            scale: crate::model::Scale::default(),
            roles: Vec::new(),
            skills: ["listening", "planning", "feedback", "vision"]
                .iter()
                .map(|id| Skill::named(id, &id.to_uppercase()))
                .collect(),
        }
    }

    fn lv(n: u8) -> Level {
        Level::new(n).expect("level")
    }

    #[test]
    fn a_skill_rated_up_without_evidence_is_on_the_agenda() {
        let mut p = Profile::new(ProfileId::parse("p").expect("id"), "Dana").expect("name");
        let rate = |day: i8, planning: u8, feedback: u8| {
            let mut a = crate::model::Assessment::new(date(2026, 3, day), Rater::SelfRating);
            a.ratings.insert(SkillId::new("planning"), lv(planning));
            a.ratings.insert(SkillId::new("feedback"), lv(feedback));
            a
        };
        p.assessments.push(rate(1, 2, 3));
        assert!(rated_up_without_evidence(&p).is_empty(), "one rating only");
        p.assessments.push(rate(20, 3, 3));
        let found = rated_up_without_evidence(&p);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].skill, SkillId::new("planning"));
        assert_eq!((found[0].from, found[0].to), (lv(2), lv(3)));
        let lines = agenda(&p, &catalog(), date(2026, 3, 21), None).lines(&p, &catalog());
        assert!(
            lines.contains(&"PLANNING: rated up from 2 to 3; what shows it?".to_owned()),
            "{lines:?}"
        );
        // Evidence from before the earlier rating does not count; after does.
        let old =
            crate::model::Evidence::new(date(2026, 2, 1), "x", vec![SkillId::new("planning")]);
        p.evidence.push(old);
        assert_eq!(rated_up_without_evidence(&p).len(), 1);
        let new =
            crate::model::Evidence::new(date(2026, 3, 10), "y", vec![SkillId::new("planning")]);
        p.evidence.push(new);
        assert!(rated_up_without_evidence(&p).is_empty());
    }

    fn action(text: &str, due: Option<Date>, status: ActionStatus) -> Action {
        let mut a = Action::new(text);
        a.due = due;
        a.status = status;
        a.owner = "Technician".into();
        a
    }

    fn profile() -> Profile {
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "Dana").expect("name");
        let mut s1 = Session::new(date(2026, 1, 10));
        s1.actions = vec![
            action("Later", Some(date(2026, 12, 1)), ActionStatus::Open),
            action("Finished", Some(date(2026, 2, 1)), ActionStatus::Done),
            action("Undated", None, ActionStatus::Open),
        ];
        let mut s2 = Session::new(date(2026, 3, 10));
        s2.coach = "Sam".into();
        s2.next_date = Some(date(2026, 6, 1));
        s2.actions = vec![action("Late", Some(date(2026, 4, 1)), ActionStatus::Open)];
        p.sessions = vec![s1, s2];
        p
    }

    #[test]
    fn open_actions_put_overdue_first_and_skip_done_ones() {
        let p = profile();
        let texts: Vec<&str> = open_actions(&p, None, date(2026, 5, 1))
            .iter()
            .filter_map(|r| r.get(&p))
            .map(|a| a.text.as_str())
            .collect();
        assert_eq!(texts, ["Late", "Later", "Undated"]);
        // The session being held is left out: its actions are new.
        let before = open_actions(&p, Some(1), date(2026, 5, 1));
        assert!(before.iter().all(|r| r.session == 0));
    }

    #[test]
    fn gaps_are_target_minus_latest_biggest_first() {
        let mut p = profile();
        let mut a = crate::model::Assessment::new(date(2026, 3, 10), Rater::SelfRating);
        a.ratings = [("listening", 2), ("planning", 1), ("feedback", 4)]
            .iter()
            .map(|(s, n)| (SkillId::new(*s), lv(*n)))
            .collect();
        p.assessments.push(a);
        for (s, n) in [("listening", 3), ("planning", 4), ("feedback", 4)] {
            p.targets.insert(SkillId::new(s), lv(n));
        }
        let gaps = biggest_gaps(&p, &catalog(), 3);
        let ids: Vec<(&str, u8)> = gaps.iter().map(|g| (g.skill.as_str(), g.size())).collect();
        assert_eq!(
            ids,
            [("planning", 3), ("listening", 1)],
            "feedback is at target"
        );
    }

    #[test]
    fn current_level_prefers_the_latest_self_rating() {
        let mut p = profile();
        let skill = SkillId::new("listening");
        assert_eq!(current_level(&p, &skill), None);
        let mut coach = crate::model::Assessment::new(date(2026, 3, 10), Rater::Coach);
        coach.ratings.insert(skill.clone(), lv(4));
        p.assessments.push(coach);
        assert_eq!(
            current_level(&p, &skill),
            Some(lv(4)),
            "only the coach rated it"
        );
        let mut own = crate::model::Assessment::new(date(2026, 2, 1), Rater::SelfRating);
        own.ratings.insert(skill.clone(), lv(2));
        p.assessments.push(own);
        let mut later = crate::model::Assessment::new(date(2026, 4, 1), Rater::SelfRating);
        later.ratings.insert(SkillId::new("planning"), lv(3));
        p.assessments.push(later);
        assert_eq!(
            current_level(&p, &skill),
            Some(lv(2)),
            "the latest self-rating that rated it, over the coach's"
        );
    }

    #[test]
    fn blind_spots_leave_the_agenda_once_discussed() {
        let mut p = profile();
        let all = undiscussed_blind_spots(&p, &catalog());
        assert_eq!(all.len(), 4, "nothing listed: all four are blind spots");
        p.sessions[0].discussed.push(SkillId::new("vision"));
        let left = undiscussed_blind_spots(&p, &catalog());
        assert_eq!(left.len(), 3);
        assert!(!left.contains(&SkillId::new("vision")));
    }

    #[test]
    fn summary_lists_actions_with_owners_and_keeps_private_notes_out() {
        let mut p = profile();
        p.sessions[1].notes = "Talked about planning.".into();
        p.sessions[1].private_notes = "Seems tired; ask about workload.".into();
        p.sessions[1].agenda = vec!["Review 2 open action(s)".into()];
        let md = summary(&p, &catalog(), 1, false, SummaryFormat::Markdown);
        assert!(
            md.starts_with("# Coaching session: Dana, 2026-03-10"),
            "{md}"
        );
        assert!(md.contains("Coach: Sam"));
        assert!(md.contains("## Actions agreed"));
        assert!(
            md.contains("- Late · owner: Technician · due 2026-04-01"),
            "{md}"
        );
        assert!(md.contains("## Next session\n\n2026-06-01"), "{md}");
        assert!(
            !md.contains("tired"),
            "private notes stay out unless chosen"
        );
        let with = summary(&p, &catalog(), 1, true, SummaryFormat::Markdown);
        assert!(with.contains("Seems tired"));
        let text = summary(&p, &catalog(), 1, false, SummaryFormat::Text);
        assert!(
            !text.contains('#') && text.contains("Actions agreed\n--------------"),
            "{text}"
        );
        assert_eq!(summary(&p, &catalog(), 9, false, SummaryFormat::Text), "");
    }

    #[test]
    fn summary_shows_the_day_s_rating_changes() {
        let mut p = profile();
        for (d, n) in [(date(2026, 1, 10), 2), (date(2026, 3, 10), 4)] {
            let mut a = crate::model::Assessment::new(d, Rater::SelfRating);
            a.ratings.insert(SkillId::new("listening"), lv(n));
            a.ratings.insert(SkillId::new("planning"), lv(3));
            p.assessments.push(a);
        }
        let md = summary(&p, &catalog(), 1, false, SummaryFormat::Markdown);
        assert!(md.contains("- LISTENING (self): from 2 to 4"), "{md}");
        assert!(
            !md.contains("PLANNING (self)"),
            "unchanged ratings are left out"
        );
    }

    #[test]
    fn coach_view_state_and_who_to_see_next() {
        let p = profile();
        let s = CoachingState::of(&p);
        assert_eq!(s.coach, "Sam");
        assert_eq!(s.last_session, Some(date(2026, 3, 10)));
        assert_eq!(s.next_session, Some(date(2026, 6, 1)));
        assert_eq!(s.open_action_dues.len(), 3);
        assert_eq!(s.overdue(date(2026, 5, 1)), 1);
        assert_eq!(s.urgency(date(2026, 5, 1)).0, 0, "an overdue action");
        assert_eq!(s.urgency(date(2026, 3, 20)).0, 1, "next session ahead");
        let fresh = CoachingState::of(
            &Profile::new(ProfileId::parse("p-2").expect("id"), "New").expect("name"),
        );
        assert_eq!(fresh.urgency(date(2026, 5, 1)).0, 2, "never seen");
        // A session in progress keeps the next date of the one before.
        let mut p = profile();
        let mut live = Session::new(date(2026, 5, 30));
        live.in_progress = true;
        p.sessions.push(live);
        let s = CoachingState::of(&p);
        assert_eq!(s.last_session, Some(date(2026, 5, 30)));
        assert_eq!(s.next_session, Some(date(2026, 6, 1)));
    }
}
