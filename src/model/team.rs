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

/// The team on one list: each skill's average level and average target
/// (over those rated, and those with a target), the strongest in each
/// skill, and where the team is thinnest.
#[derive(Debug, Clone, PartialEq)]
pub struct TeamPicture {
    /// Per skill of the list, in its order.
    pub average: Vec<Option<f64>>,
    pub average_target: Vec<Option<f64>>,
    /// Per skill: the members (by index) at the skill's highest level
    /// in the team, if anyone is rated.
    pub strongest: Vec<Vec<usize>>,
}

impl TeamPicture {
    /// The picture of `members` on `skills`.
    #[must_use]
    pub fn of(members: &[&Standing], skills: &[SkillId]) -> Self {
        let mean = |values: Vec<u8>| {
            #[expect(clippy::cast_precision_loss, reason = "a team is small")]
            let n = values.len() as f64;
            (!values.is_empty()).then(|| values.iter().map(|v| f64::from(*v)).sum::<f64>() / n)
        };
        let mut picture = Self {
            average: Vec::with_capacity(skills.len()),
            average_target: Vec::with_capacity(skills.len()),
            strongest: Vec::with_capacity(skills.len()),
        };
        for skill in skills {
            let levels: Vec<u8> = members
                .iter()
                .filter_map(|m| m.latest.get(skill).map(|l| l.get()))
                .collect();
            let best = levels.iter().max().copied();
            picture.average.push(mean(levels));
            picture.average_target.push(mean(
                members
                    .iter()
                    .filter_map(|m| m.targets.get(skill).map(|l| l.get()))
                    .collect(),
            ));
            picture.strongest.push(
                members
                    .iter()
                    .enumerate()
                    .filter(|(_, m)| best.is_some() && m.latest.get(skill).map(|l| l.get()) == best)
                    .map(|(i, _)| i)
                    .collect(),
            );
        }
        picture
    }

    /// The `n` skills (by index) with the lowest average, lowest first.
    #[must_use]
    pub fn thinnest(&self, n: usize) -> Vec<usize> {
        let mut rated: Vec<(usize, f64)> = self
            .average
            .iter()
            .enumerate()
            .filter_map(|(i, a)| a.map(|a| (i, a)))
            .collect();
        rated.sort_by(|a, b| a.1.total_cmp(&b.1));
        rated.into_iter().take(n).map(|(i, _)| i).collect()
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

    #[test]
    fn the_team_picture_averages_and_names_the_strongest_and_the_thinnest() {
        let lv = |n| Level::new(n).expect("level");
        let member = |a: u8, b: Option<u8>, target_a: u8| Standing {
            latest: [(SkillId::new("a"), lv(a))]
                .into_iter()
                .chain(b.map(|b| (SkillId::new("b"), lv(b))))
                .collect(),
            targets: [(SkillId::new("a"), lv(target_a))].into(),
            ..Standing::default()
        };
        let team = [
            member(2, Some(4), 3),
            member(4, None, 5),
            member(4, Some(1), 4),
        ];
        let refs: Vec<&Standing> = team.iter().collect();
        let skills = [SkillId::new("a"), SkillId::new("b"), SkillId::new("c")];
        let p = TeamPicture::of(&refs, &skills);
        assert_eq!(p.average, [Some(10.0 / 3.0), Some(2.5), None]);
        assert_eq!(p.average_target, [Some(4.0), None, None]);
        assert_eq!(p.strongest, [vec![1, 2], vec![0], vec![]]);
        assert_eq!(p.thinnest(2), [1, 0], "b (2.5) then a; c is not rated");
    }
}
