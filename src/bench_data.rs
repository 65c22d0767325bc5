//! Generated data for benchmarks and stress tests: a large profile and a
//! large catalog, deterministic so that figures compare across runs.

use jiff::civil::{Date, date};
use std::collections::BTreeMap;

use crate::model::{
    Action, ActionStatus, Assessment, Catalog, CatalogId, FocusSkill, Level, ListKind, Profile,
    ProfileId, PromptAnswer, Rater, Session, Skill, SkillId,
};

/// A catalog of `n` skills with full descriptions.
#[must_use]
pub fn large_catalog(n: usize) -> Catalog {
    Catalog {
        id: CatalogId::new("large"),
        version: 1,
        title: format!("Large list of {n} skills"),
        description: "Generated for benchmarks.".into(),
        scale: crate::model::Scale::default(),
        roles: Vec::new(),
        skills: (0..n)
            .map(|i| Skill {
                id: SkillId::new(format!("skill-{i}")),
                name: format!("Generated skill number {i}"),
                summary: "A generated skill with a summary of ordinary length for a benchmark."
                    .into(),
                keywords: vec![format!("keyword{i}"), format!("phrase number {i}")],
                levels: (1..=5)
                    .map(|l| {
                        crate::model::LevelText::plain(format!(
                            "Level {l} of skill {i}, described in a sentence."
                        ))
                    })
                    .collect(),
                strategies: vec!["Practise it weekly.".into(), "Ask for feedback.".into()],
                prompts: vec!["When did this go well?".into()],
            })
            .collect(),
    }
}

fn day(i: usize) -> Date {
    let base = date(2020, 1, 1);
    let offset = i64::try_from(i).unwrap_or(0) * 3;
    base.checked_add(jiff::Span::new().days(offset))
        .unwrap_or(base)
}

fn level(i: usize) -> Level {
    Level::new(u8::try_from(i % 5).unwrap_or(0) + 1).unwrap_or_else(|| unreachable!("1..=5"))
}

/// A profile with `skills` skills, `assessments` assessments, `sessions`
/// sessions (one or two actions each: 300 for 200 sessions) and 50
/// have/want items.
#[must_use]
pub fn large_profile(skills: usize, assessments: usize, sessions: usize) -> Profile {
    let id = ProfileId::parse("p-large").unwrap_or_else(|| unreachable!("valid id"));
    let mut p =
        Profile::new(id, "Large Profile Benchmark").unwrap_or_else(|_| unreachable!("valid name"));
    p.role = "Senior field service technician".into();
    p.catalog = CatalogId::new("large");
    let skill = |i: usize| SkillId::new(format!("skill-{}", i % skills.max(1)));
    for i in 0..50 {
        let kind = if i % 2 == 0 {
            ListKind::Have
        } else {
            ListKind::Want
        };
        let link = (i % 3 == 0).then(|| skill(i));
        // Bounded generated text always validates.
        let _ = p.add_item(
            kind,
            &format!("Generated quality number {i} with some words"),
            link,
        );
    }
    p.targets = (0..skills).map(|i| (skill(i), level(i + 2))).collect();
    p.assessments = (0..assessments)
        .map(|a| {
            let mut x = Assessment::new(
                day(a),
                if a % 2 == 0 {
                    Rater::SelfRating
                } else {
                    Rater::Coach
                },
            );
            x.ratings = (0..skills)
                .map(|i| (skill(i), level(i + a)))
                .collect::<BTreeMap<_, _>>();
            x.note = "A short note about how this assessment went.".into();
            x
        })
        .collect();
    p.sessions = (0..sessions)
        .map(|s| {
            let mut x = Session::new(day(s));
            x.duration_minutes = 45;
            x.coach = "Coach Name".into();
            x.agenda = vec!["Review actions".into(), "Ratings".into()];
            x.notes = "Notes of a coaching session, a paragraph long. ".repeat(8);
            x.prompts = vec![PromptAnswer {
                answer: "Quite a lot.".into(),
                ..PromptAnswer::new("What went well?")
            }];
            // One or two actions a session: 300 over 200 sessions.
            x.actions = (0..=(s % 2))
                .map(|k| {
                    let mut a = Action::new(format!("Action {k} of session {s}"));
                    a.skill = Some(skill(s + k));
                    a.due = Some(day(s + 10));
                    a.status = if k == 0 {
                        ActionStatus::Done
                    } else {
                        ActionStatus::Open
                    };
                    a
                })
                .collect();
            x
        })
        .collect();
    p.plan.focus = (0..5)
        .map(|i| FocusSkill {
            skill: skill(i),
            goal: "A goal".into(),
            actions: vec![Action::new("Do the thing")],
            resources: vec!["A book".into()],
            measure: "Seen by the coach".into(),
            target_date: Some(day(400)),
            status: crate::model::PlanStatus::InProgress,
            extra: serde_json::Map::new(),
        })
        .collect();
    // Evidence: two entries a session, each showing two skills.
    p.evidence = (0..sessions * 2)
        .map(|e| {
            crate::model::Evidence::new(
                day(e / 2),
                format!("Something that happened at work, number {e}, told in a sentence."),
                vec![skill(e), skill(e + 7)],
            )
        })
        .collect();
    p
}

/// Technician `i` of a team on `catalog`: one self-assessment and one by
/// the coach of every skill, and a target for each, varied from person to
/// person (the coach view's heat map and the team sheet).
#[must_use]
pub fn team_member(i: usize, catalog: &Catalog) -> Profile {
    let id =
        ProfileId::parse(&format!("p-team-{i:04}")).unwrap_or_else(|| unreachable!("valid id"));
    let mut p = Profile::new(id, &format!("Technician {i:03}"))
        .unwrap_or_else(|_| unreachable!("valid name"));
    p.catalog = catalog.id.clone();
    p.coach = format!("Coach {}", i % 3);
    p.team = format!("Team {}", i % 5);
    let top = usize::from(catalog.scale.len());
    let at = |n: usize| Level::new(u8::try_from(n % top + 1).unwrap_or(1)).unwrap_or(Level::LOWEST);
    for (k, s) in catalog.skills.iter().enumerate() {
        p.targets.insert(s.id.clone(), at(i + k + 2));
    }
    for (d, rater) in [(0, Rater::SelfRating), (1, Rater::Coach)] {
        let mut a = Assessment::new(day(i + d), rater);
        a.ratings = catalog
            .skills
            .iter()
            .enumerate()
            .map(|(k, s)| (s.id.clone(), at(i * 7 + k * 3 + d)))
            .collect();
        p.assessments.push(a);
    }
    p
}

/// `rounds` rounds of feedback on `catalog` added to `profile`, each with
/// `answers` colleagues rating every skill and writing an example for
/// every third, spread over the last months of the large profile's dates.
pub fn add_feedback(profile: &mut Profile, catalog: &Catalog, rounds: usize, answers: usize) {
    use crate::model::feedback::{FeedbackAnswer, FeedbackRequest};
    let top = usize::from(catalog.scale.len());
    for r in 0..rounds {
        let mut request = FeedbackRequest::new(catalog, day(r * 40));
        request.id = crate::model::RecordId(900_000 + r as u64);
        let id = request.id;
        profile.feedback.push(request);
        for a in 0..answers {
            let at = |k: usize| {
                Level::new(u8::try_from((a + k + r) % top + 1).unwrap_or(1))
                    .unwrap_or(Level::LOWEST)
            };
            let answer = FeedbackAnswer {
                id: crate::model::RecordId(1_000_000 + (r * answers + a) as u64),
                request: id,
                received: day(r * 40 + a % 10),
                signed: if a % 2 == 0 {
                    format!("Colleague {a}")
                } else {
                    String::new()
                },
                ratings: catalog
                    .skills
                    .iter()
                    .enumerate()
                    .map(|(k, s)| (s.id.clone(), at(k)))
                    .collect(),
                not_seen: Vec::new(),
                examples: catalog
                    .skills
                    .iter()
                    .step_by(3)
                    .map(|s| {
                        (
                            s.id.clone(),
                            format!("Saw {} handle a hard call well in week {a}.", profile.name),
                        )
                    })
                    .collect(),
                extra: serde_json::Map::new(),
            };
            crate::model::colleagues::add_answer(profile, answer);
        }
    }
}
