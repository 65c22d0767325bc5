//! Where each technician stands, in a few numbers: the list they follow,
//! their latest level and target per skill. Kept with every profile of the
//! listing, so the coach view's heat map and the team's spreadsheet need
//! no second read of the files.

use std::collections::BTreeMap;

use jiff::civil::Date;

use super::catalog::{CatalogId, SkillId};
use super::coaching::current_level;
use super::level::Level;
use super::profile::Profile;

/// One technician's standing.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Standing {
    pub catalog: CatalogId,
    pub team: String,
    pub coach: String,
    /// The latest level per skill (the person's own rating, or the
    /// coach's where they have not rated it).
    pub latest: BTreeMap<SkillId, Level>,
    pub targets: BTreeMap<SkillId, Level>,
    pub last_rated: Option<Date>,
}

impl Standing {
    #[must_use]
    pub fn of(profile: &Profile) -> Self {
        let mut skills: Vec<&SkillId> = profile
            .assessments
            .iter()
            .flat_map(|a| a.ratings.keys())
            .collect();
        skills.sort_unstable();
        skills.dedup();
        Self {
            catalog: profile.catalog.clone(),
            team: profile.team.clone(),
            coach: profile.coach.clone(),
            latest: skills
                .into_iter()
                .filter_map(|s| current_level(profile, s).map(|l| (s.clone(), l)))
                .collect(),
            targets: profile.targets.clone(),
            last_rated: profile.assessments.iter().map(|a| a.date).max(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Assessment, ProfileId, Rater};

    #[test]
    fn the_standing_is_the_latest_level_per_skill_and_the_targets() {
        let lv = |n| Level::new(n).expect("level");
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "P").expect("name");
        let mut old = Assessment::new(jiff::civil::date(2026, 1, 1), Rater::SelfRating);
        old.ratings.insert(SkillId::new("a"), lv(1));
        old.ratings.insert(SkillId::new("b"), lv(2));
        let mut new = Assessment::new(jiff::civil::date(2026, 6, 1), Rater::SelfRating);
        new.ratings.insert(SkillId::new("a"), lv(3));
        let mut coach = Assessment::new(jiff::civil::date(2026, 7, 1), Rater::Coach);
        coach.ratings.insert(SkillId::new("c"), lv(4));
        p.assessments = vec![new, old, coach];
        p.targets.insert(SkillId::new("a"), lv(4));
        let s = Standing::of(&p);
        assert_eq!(s.latest[&SkillId::new("a")], lv(3));
        assert_eq!(s.latest[&SkillId::new("b")], lv(2), "still the latest of b");
        assert_eq!(
            s.latest[&SkillId::new("c")],
            lv(4),
            "the coach's where no self-rating"
        );
        assert_eq!(s.targets.len(), 1);
        assert_eq!(s.last_rated, Some(jiff::civil::date(2026, 7, 1)));
    }
}
