//! The 1–5 rating scale: a [`Level`] and the generic meaning of each, used
//! where a list gives no description of its own. It depends on nothing, so
//! both the lists (which describe the levels) and the ratings use it.

use serde::{Deserialize, Serialize};

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
            1 => "Starting",
            2 => "Emerging",
            3 => "Developing",
            4 => "Consistent",
            _ => "Helps others",
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
