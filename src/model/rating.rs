//! The 1–5 rating scale and dated assessments. Ratings are anchored: every
//! level has a described meaning, so a "3" means the same thing to the
//! technician and the coach, this month and next.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use super::catalog::SkillId;

/// A rating on the 1..=5 scale. Anything else is rejected at the edge.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const MIN: u8 = 1;
    pub const MAX: u8 = 5;

    /// A level, or `None` outside 1..=5.
    #[must_use]
    pub fn new(value: u8) -> Option<Self> {
        (Self::MIN..=Self::MAX)
            .contains(&value)
            .then_some(Self(value))
    }

    #[must_use]
    pub fn get(self) -> u8 {
        self.0
    }

    /// All five levels, lowest first.
    pub fn all() -> impl Iterator<Item = Level> {
        (Self::MIN..=Self::MAX).map(Level)
    }

    /// A short name for the level, shown beside the number.
    #[must_use]
    pub fn label(self) -> &'static str {
        match self.0 {
            1 => "Not yet",
            2 => "Emerging",
            3 => "Developing",
            4 => "Solid",
            _ => "Role model",
        }
    }

    /// What the level means when a skill has no description of its own.
    #[must_use]
    pub fn generic_meaning(self) -> &'static str {
        match self.0 {
            1 => "I rarely do this yet, or only when someone asks me to.",
            2 => "I do this now and then, with effort, and the results vary.",
            3 => "I do this regularly in familiar situations and it mostly works.",
            4 => "I do this reliably, also under pressure and in new situations.",
            _ => "I do this naturally and help others on the team get better at it.",
        }
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| format!("a rating must be 1 to 5, not {value}"))
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

/// Who gave an assessment.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Rater {
    /// The technician rating themselves.
    #[default]
    #[serde(rename = "self")]
    SelfRating,
    Coach,
}

impl Rater {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            Rater::SelfRating => "Self",
            Rater::Coach => "Coach",
        }
    }
}

/// A dated set of ratings by one rater.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    pub date: Date,
    #[serde(default)]
    pub rater: Rater,
    #[serde(default)]
    pub ratings: BTreeMap<SkillId, Level>,
    /// Skills the rater marked as not applicable to this role.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub not_applicable: BTreeSet<SkillId>,
    #[serde(default)]
    pub note: String,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Assessment {
    #[must_use]
    pub fn new(date: Date, rater: Rater) -> Self {
        Self {
            date,
            rater,
            ratings: BTreeMap::new(),
            not_applicable: BTreeSet::new(),
            note: String::new(),
            extra: serde_json::Map::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_outside_the_scale_are_rejected() {
        assert!(Level::new(0).is_none());
        assert!(Level::new(6).is_none());
        assert_eq!(Level::all().count(), 5);
        assert!(serde_json::from_str::<Level>("7").is_err());
        assert_eq!(serde_json::from_str::<Level>("4").ok(), Level::new(4));
    }

    #[test]
    fn rater_serializes_as_words() {
        assert_eq!(
            serde_json::to_string(&Rater::SelfRating).ok().as_deref(),
            Some("\"self\"")
        );
        assert_eq!(
            serde_json::to_string(&Rater::Coach).ok().as_deref(),
            Some("\"coach\"")
        );
    }
}
