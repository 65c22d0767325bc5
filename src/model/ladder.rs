//! Role ladders: a list may name roles (Technician, Senior technician, Team
//! lead, Supervisor) with the level each expects per skill. A profile can
//! take its targets from a role, and [`readiness`] says how ready the
//! person is for it, in words and numbers.

use super::catalog::{Catalog, Role, SkillId};
use super::coaching::current_level;
use super::profile::Profile;

/// How ready a person is for a role.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Readiness {
    pub role: String,
    /// Skills the role expects something of.
    pub expected: usize,
    /// Rated at or above the expectation.
    pub met: usize,
    /// Below the expectation: the skill and how many levels, largest first
    /// (in list order where equal).
    pub gaps: Vec<(SkillId, u8)>,
    /// Expected but not rated yet.
    pub unrated: Vec<SkillId>,
}

impl Readiness {
    /// "Team lead: at or above the expectation on 5 of 8 skills; 3 to
    /// grow, the largest gap Prioritizing, 2 levels." Unrated skills are
    /// said last.
    #[must_use]
    pub fn words(&self, catalog: &Catalog) -> String {
        let name = |id: &SkillId| {
            catalog
                .skill(id)
                .map_or_else(|| id.to_string(), |s| s.name.clone())
        };
        let mut text = crate::t!(
            "ladder-met",
            role = self.role.clone(),
            met = self.met,
            expected = self.expected
        );
        match self.gaps.first() {
            None if self.unrated.is_empty() => text.push_str(&crate::t!("ladder-ready")),
            None => text.push('.'),
            Some((_, size)) if self.gaps.len() > 1 && self.gaps.iter().all(|(_, s)| s == size) => {
                text.push_str(&crate::t!(
                    "ladder-gaps-even",
                    n = self.gaps.len(),
                    size = *size
                ));
            }
            Some((first, size)) => {
                text.push_str(&crate::t!(
                    "ladder-gaps",
                    n = self.gaps.len(),
                    skill = name(first),
                    size = *size
                ));
            }
        }
        if !self.unrated.is_empty() {
            text.push(' ');
            text.push_str(&crate::t!("ladder-unrated", n = self.unrated.len()));
        }
        text
    }
}

/// How ready `profile` is for `role`, from its latest ratings (the
/// person's own, or the coach's where the person has not rated).
#[must_use]
pub fn readiness(profile: &Profile, catalog: &Catalog, role: &Role) -> Readiness {
    let mut ready = Readiness {
        role: role.name.clone(),
        expected: 0,
        met: 0,
        gaps: Vec::new(),
        unrated: Vec::new(),
    };
    for skill in &catalog.skills {
        let Some(expected) = role.expects.get(&skill.id) else {
            continue;
        };
        ready.expected += 1;
        match current_level(profile, &skill.id) {
            Some(now) if now >= *expected => ready.met += 1,
            Some(now) => ready
                .gaps
                .push((skill.id.clone(), expected.get() - now.get())),
            None => ready.unrated.push(skill.id.clone()),
        }
    }
    // Stable: equal gaps keep the list's order.
    ready.gaps.sort_by_key(|(_, size)| std::cmp::Reverse(*size));
    ready
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, CatalogId, Level, ProfileId, Rater, Scale, Skill};

    fn lv(n: u8) -> Level {
        Level::new(n).expect("level")
    }

    fn catalog() -> Catalog {
        let skill = |id: &str, name: &str| Skill::named(id, name);
        Catalog {
            id: CatalogId::new("c"),
            version: 1,
            title: "C".into(),
            description: String::new(),
            scale: Scale::default(),
            skills: vec![
                skill("a", "Listening"),
                skill("b", "Prioritizing"),
                skill("c", "Coaching"),
                skill("d", "Safety"),
            ],
            roles: vec![Role {
                name: "Team lead".into(),
                expects: [("a", 3), ("b", 4), ("c", 3), ("d", 2)]
                    .into_iter()
                    .map(|(s, l)| (SkillId::new(s), lv(l)))
                    .collect(),
                also_named: Vec::new(),
            }],
        }
    }

    #[test]
    fn readiness_counts_met_gaps_and_unrated() {
        let c = catalog();
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "P").expect("name");
        let mut a = Assessment::new(jiff::civil::date(2026, 11, 1), Rater::SelfRating);
        a.ratings.insert(SkillId::new("a"), lv(4));
        a.ratings.insert(SkillId::new("b"), lv(2));
        a.ratings.insert(SkillId::new("c"), lv(2));
        p.assessments.push(a);
        let role = c.role("Team lead").expect("role");
        let r = readiness(&p, &c, role);
        assert_eq!((r.expected, r.met), (4, 1));
        assert_eq!(
            r.gaps,
            [(SkillId::new("b"), 2), (SkillId::new("c"), 1)],
            "largest first"
        );
        assert_eq!(r.unrated, [SkillId::new("d")]);
        assert_eq!(
            r.words(&c),
            "Team lead: at or above the expectation on 1 of 4 skills; 2 to grow, the largest \
             gap Prioritizing, 2 levels. 1 skill is not rated yet."
        );
    }

    #[test]
    fn equal_gaps_are_said_once() {
        let c = catalog();
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "P").expect("name");
        let mut a = Assessment::new(jiff::civil::date(2026, 11, 1), Rater::SelfRating);
        for (s, l) in [("a", 2), ("b", 3), ("c", 2), ("d", 1)] {
            a.ratings.insert(SkillId::new(s), lv(l));
        }
        p.assessments.push(a);
        let r = readiness(&p, &c, &c.roles[0]);
        assert_eq!(
            r.words(&c),
            "Team lead: at or above the expectation on 0 of 4 skills; 4 to grow, each by 1 level."
        );
    }

    #[test]
    fn everything_met_reads_ready() {
        let c = catalog();
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "P").expect("name");
        let mut a = Assessment::new(jiff::civil::date(2026, 11, 1), Rater::Coach);
        for s in ["a", "b", "c", "d"] {
            a.ratings.insert(SkillId::new(s), lv(5));
        }
        p.assessments.push(a);
        let r = readiness(&p, &c, &c.roles[0]);
        assert_eq!(
            r.words(&c),
            "Team lead: at or above the expectation on 4 of 4 skills; ready."
        );
    }
}
