//! Which skills to suggest for the development plan, and why: computed
//! from the ratings, the checklists and the sessions (the stored plan
//! itself is in `plan`).

use super::catalog::{Catalog, SkillId};
use super::profile::Profile;

/// Why a skill is suggested for the plan.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FocusReason {
    /// Wanted, and on the recommended list.
    RightTrack,
    /// Rated below its target.
    Gap(u8),
    /// Recommended, neither had nor wanted, and talked about in a session.
    DiscussedBlindSpot,
}

impl FocusReason {
    #[must_use]
    pub fn describe(self) -> String {
        match self {
            FocusReason::RightTrack => "you want it, and it is recommended".to_owned(),
            FocusReason::Gap(n) => format!("{n} below its target"),
            FocusReason::DiscussedBlindSpot => {
                "a blind spot you talked about in a session".to_owned()
            }
        }
    }
}

/// Skills to consider for the plan, best first, leaving out those already
/// in it: the biggest rating gaps, then what is wanted and recommended,
/// then blind spots that were talked about in a session.
#[must_use]
pub fn suggest_focus(profile: &Profile, catalog: &Catalog) -> Vec<(SkillId, FocusReason)> {
    let cmp = super::compare(&profile.have, &profile.want, catalog);
    let mut out: Vec<(SkillId, FocusReason)> = Vec::new();
    let mut push = |id: &SkillId, why: FocusReason| {
        if !out.iter().any(|(s, _)| s == id) && !profile.plan.focus.iter().any(|f| &f.skill == id) {
            out.push((id.clone(), why));
        }
    };
    for g in super::coaching::biggest_gaps(profile, catalog, catalog.skills.len()) {
        push(&g.skill, FocusReason::Gap(g.size()));
    }
    for s in cmp.right_track.iter().chain(&cmp.deepen) {
        push(s, FocusReason::RightTrack);
    }
    for s in &cmp.blind_spots {
        if profile.sessions.iter().any(|x| x.discussed.contains(s)) {
            push(s, FocusReason::DiscussedBlindSpot);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CatalogId, FocusSkill, ListKind, ProfileId, Skill};

    fn catalog() -> Catalog {
        let skills: Vec<Skill> = ["listening", "planning", "feedback", "vision"]
            .iter()
            .map(|id| Skill::named(id, &id.to_uppercase()))
            .collect();
        Catalog {
            id: CatalogId::new("c"),
            version: 1,
            title: "C".into(),
            description: String::new(),
            scale: crate::model::Scale::default(),
            skills,
            roles: Vec::new(),
        }
    }

    #[test]
    fn suggestions_put_gaps_first_then_wants_then_discussed_blind_spots() {
        let c = catalog();
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "P").expect("name");
        p.add_item(ListKind::Want, "Planning", Some(SkillId::new("planning")))
            .expect("item");
        p.add_item(ListKind::Have, "Listening", Some(SkillId::new("listening")))
            .expect("item");
        let mut a = crate::model::Assessment::new(
            jiff::civil::date(2026, 1, 1),
            crate::model::Rater::SelfRating,
        );
        a.ratings.insert(
            SkillId::new("listening"),
            crate::model::Level::new(2).expect("2"),
        );
        p.assessments.push(a);
        p.targets.insert(
            SkillId::new("listening"),
            crate::model::Level::new(4).expect("4"),
        );
        let mut s = crate::model::Session::new(jiff::civil::date(2026, 1, 1));
        s.discussed.push(SkillId::new("vision"));
        p.sessions.push(s);
        let got: Vec<(String, FocusReason)> = suggest_focus(&p, &c)
            .into_iter()
            .map(|(s, r)| (s.as_str().to_owned(), r))
            .collect();
        assert_eq!(
            got,
            [
                ("listening".to_owned(), FocusReason::Gap(2)),
                ("planning".to_owned(), FocusReason::RightTrack),
                ("vision".to_owned(), FocusReason::DiscussedBlindSpot),
            ],
            "feedback is a blind spot never discussed: not suggested"
        );
        p.plan.focus.push(FocusSkill::suggested(&c.skills[1]));
        assert!(
            suggest_focus(&p, &c)
                .iter()
                .all(|(s, _)| s.as_str() != "planning")
        );
    }
}
