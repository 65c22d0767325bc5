//! Where a person stands over time, as numbers: per skill, the first
//! assessment (baseline), the one before the latest, and the latest; and
//! where the technician's own view and the coach's differ enough to talk
//! about (calibration). The radar chart draws the same facts; this table is
//! its accessible, printable twin.

use jiff::civil::Date;

use super::catalog::{Catalog, SkillId};
use super::profile::Profile;
use super::rating::{Assessment, Level, Rater};

/// Which way a rating moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Trend {
    Up,
    Down,
    Same,
    /// Not enough ratings to tell.
    Unknown,
}

impl Trend {
    fn between(before: Option<Level>, after: Option<Level>) -> Self {
        match (before, after) {
            (Some(b), Some(a)) if a > b => Trend::Up,
            (Some(b), Some(a)) if a < b => Trend::Down,
            (Some(_), Some(_)) => Trend::Same,
            _ => Trend::Unknown,
        }
    }
}

/// One row of the change table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ChangeRow {
    pub skill: SkillId,
    pub baseline: Option<Level>,
    pub previous: Option<Level>,
    pub current: Option<Level>,
    pub target: Option<Level>,
    /// Previous → current.
    pub trend: Trend,
    /// Marked not applicable in the latest assessment.
    pub not_applicable: bool,
}

/// The assessments of one rater, oldest first (by date, then as entered).
#[must_use]
pub fn history(profile: &Profile, rater: Rater) -> Vec<&Assessment> {
    let mut list: Vec<(usize, &Assessment)> = profile
        .assessments
        .iter()
        .enumerate()
        .filter(|(_, a)| a.rater == rater)
        .collect();
    list.sort_by_key(|(i, a)| (a.date, *i));
    list.into_iter().map(|(_, a)| a).collect()
}

/// The change table for the catalog's skills, from one rater's assessments.
#[must_use]
pub fn change_table(profile: &Profile, catalog: &Catalog, rater: Rater) -> Vec<ChangeRow> {
    let assessments = history(profile, rater);
    let rating = |a: Option<&&Assessment>, s: &SkillId| a.and_then(|a| a.ratings.get(s).copied());
    let first = assessments.first();
    let latest = assessments.last();
    let before_last = assessments
        .len()
        .checked_sub(2)
        .and_then(|i| assessments.get(i));
    catalog
        .skills
        .iter()
        .map(|skill| {
            let s = &skill.id;
            let previous = rating(before_last, s);
            let current = rating(latest, s);
            ChangeRow {
                skill: s.clone(),
                baseline: rating(first, s),
                previous,
                current,
                target: profile.targets.get(s).copied(),
                trend: Trend::between(previous, current),
                not_applicable: latest.is_some_and(|a| a.not_applicable.contains(s)),
            }
        })
        .collect()
}

/// A skill where the latest self and coach ratings are far apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalibrationFlag {
    pub skill: SkillId,
    pub self_rating: Level,
    pub coach_rating: Level,
    pub self_date: Date,
    pub coach_date: Date,
}

impl CalibrationFlag {
    /// The gap, always positive.
    #[must_use]
    pub fn gap(&self) -> u8 {
        self.self_rating.get().abs_diff(self.coach_rating.get())
    }
}

/// Skills whose latest self and coach ratings differ by the scale's
/// calibration gap or more (2 on the five levels), in catalog order.
#[must_use]
pub fn calibration(profile: &Profile, catalog: &Catalog) -> Vec<CalibrationFlag> {
    let (Some(me), Some(coach)) = (
        history(profile, Rater::SelfRating).last().copied(),
        history(profile, Rater::Coach).last().copied(),
    ) else {
        return Vec::new();
    };
    let gap = catalog.scale.calibration_gap();
    catalog
        .skills
        .iter()
        .filter_map(|skill| {
            let (a, b) = (me.ratings.get(&skill.id)?, coach.ratings.get(&skill.id)?);
            (a.get().abs_diff(b.get()) >= gap).then(|| CalibrationFlag {
                skill: skill.id.clone(),
                self_rating: *a,
                coach_rating: *b,
                self_date: me.date,
                coach_date: coach.date,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{CatalogId, ProfileId, Skill};
    use jiff::civil::date;

    fn catalog() -> Catalog {
        let skill = |id: &str| Skill::named(id, &id.to_uppercase());
        Catalog {
            id: CatalogId::new("c"),
            version: 1,
            title: "C".into(),
            description: String::new(),
            scale: crate::model::Scale::default(),
            skills: vec![skill("a"), skill("b"), skill("c")],
            roles: Vec::new(),
        }
    }

    fn lv(n: u8) -> Level {
        Level::new(n).expect("level")
    }

    fn assessment(d: Date, rater: Rater, ratings: &[(&str, u8)]) -> Assessment {
        let mut a = Assessment::new(d, rater);
        a.ratings = ratings
            .iter()
            .map(|(s, n)| (SkillId::new(*s), lv(*n)))
            .collect();
        a
    }

    fn profile() -> Profile {
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "P").expect("name");
        // Entered out of order on purpose: dates decide.
        p.assessments.push(assessment(
            date(2026, 9, 1),
            Rater::SelfRating,
            &[("a", 3), ("b", 2), ("c", 4)],
        ));
        p.assessments.push(assessment(
            date(2026, 1, 1),
            Rater::SelfRating,
            &[("a", 1), ("b", 2)],
        ));
        p.assessments.push(assessment(
            date(2026, 5, 1),
            Rater::SelfRating,
            &[("a", 2), ("b", 3), ("c", 4)],
        ));
        p.assessments.push(assessment(
            date(2026, 9, 2),
            Rater::Coach,
            &[("a", 3), ("b", 4), ("c", 2)],
        ));
        p.targets.insert(SkillId::new("a"), lv(4));
        p
    }

    #[test]
    fn change_table_reads_baseline_previous_and_current_by_date() {
        let rows = change_table(&profile(), &catalog(), Rater::SelfRating);
        let a = &rows[0];
        assert_eq!(
            (a.baseline, a.previous, a.current, a.target),
            (Some(lv(1)), Some(lv(2)), Some(lv(3)), Some(lv(4)))
        );
        assert_eq!(a.trend, Trend::Up);
        assert_eq!(rows[1].trend, Trend::Down);
        assert_eq!(rows[2].trend, Trend::Same);
        assert_eq!(rows[2].baseline, None, "not rated at the baseline");
    }

    #[test]
    fn one_assessment_has_no_trend_and_none_has_no_values() {
        let mut p = profile();
        p.assessments.retain(|a| a.rater == Rater::Coach);
        let rows = change_table(&p, &catalog(), Rater::Coach);
        assert_eq!(rows[0].current, Some(lv(3)));
        assert_eq!(rows[0].trend, Trend::Unknown);
        let rows = change_table(&p, &catalog(), Rater::SelfRating);
        assert!(
            rows.iter()
                .all(|r| r.current.is_none() && r.trend == Trend::Unknown)
        );
    }

    #[test]
    fn not_applicable_comes_from_the_latest_assessment() {
        let mut p = profile();
        p.assessments[0].not_applicable.insert(SkillId::new("c"));
        let rows = change_table(&p, &catalog(), Rater::SelfRating);
        assert!(rows[2].not_applicable && !rows[0].not_applicable);
    }

    #[test]
    fn calibration_flags_gaps_of_two_or_more() {
        let flags = calibration(&profile(), &catalog());
        let ids: Vec<&str> = flags.iter().map(|f| f.skill.as_str()).collect();
        assert_eq!(ids, ["b", "c"], "a: 3 vs 3 is fine; b: 2 vs 4; c: 4 vs 2");
        assert_eq!(flags[0].gap(), 2);
        let mut p = profile();
        p.assessments.retain(|a| a.rater == Rater::SelfRating);
        assert!(
            calibration(&p, &catalog()).is_empty(),
            "no coach rating, nothing to calibrate"
        );
    }

    #[test]
    fn the_calibration_gap_follows_the_list_s_scale() {
        // On three levels, 1 apart is already worth a word (a: 3 vs 3 stays
        // fine); on seven, 2 apart is not.
        let mut three = catalog();
        three.scale = crate::model::Scale::named(&["Learning", "Doing", "Leading"]).expect("3");
        let mut p = Profile::new(ProfileId::parse("p-2").expect("id"), "Q").expect("name");
        p.assessments.push(assessment(
            date(2026, 9, 1),
            Rater::SelfRating,
            &[("a", 3), ("b", 2)],
        ));
        p.assessments.push(assessment(
            date(2026, 9, 2),
            Rater::Coach,
            &[("a", 2), ("b", 2)],
        ));
        let ids: Vec<String> = calibration(&p, &three)
            .into_iter()
            .map(|f| f.skill.0)
            .collect();
        assert_eq!(ids, ["a"], "3 vs 2 on three levels");
        assert!(
            calibration(&p, &catalog()).is_empty(),
            "3 vs 2 on five levels is fine"
        );
        let mut seven = catalog();
        seven.scale = crate::model::Scale::named(&["1", "2", "3", "4", "5", "6", "7"]).expect("7");
        assert!(
            calibration(&profile(), &seven).is_empty(),
            "2 apart on seven levels is fine"
        );
    }
}
