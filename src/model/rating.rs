//! Dated assessments: who rated, when, and a level per skill. Ratings are
//! anchored: every level has a described meaning (see `level`), so a "3"
//! means the same thing to the technician and the coach, this month and next.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

use super::catalog::SkillId;
pub use super::level::Level;

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
    pub fn label(self) -> String {
        match self {
            Rater::SelfRating => crate::t!("rater-self"),
            Rater::Coach => crate::t!("rater-coach"),
        }
    }

    /// The rater inside a sentence ("(self, since …)").
    #[must_use]
    pub fn in_sentence(self) -> String {
        let key = match self {
            Rater::SelfRating => "self",
            Rater::Coach => "coach",
        };
        crate::t!("rater-in-sentence", rater = key)
    }
}

/// A dated set of ratings by one rater.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Assessment {
    #[serde(default)]
    pub id: super::ids::RecordId,
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
            id: super::ids::RecordId::fresh(),
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
        assert!(Level::new(8).is_none());
        assert!(serde_json::from_str::<Level>("9").is_err());
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
