//! Rating scales: a [`Level`] and the [`Scale`] it is read on. The built-in
//! lists use the standard five levels; a coach's own framework may name 3
//! to 7 levels of its own ("Learning / Doing / Leading / Shaping"). It
//! depends on nothing, so both the lists (which carry a scale) and the
//! ratings use it.

use serde::{Deserialize, Serialize};

/// A rating: 1 up to the top of the list's scale (at most 7). A level is
/// checked against the widest scale when read, and against its list's
/// scale where it is chosen (a list only offers its own levels).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "u8", into = "u8")]
pub struct Level(u8);

impl Level {
    pub const MIN: u8 = 1;
    /// The bottom of every scale.
    pub const LOWEST: Level = Level(1);
    /// The top of the widest scale a list may have.
    pub const MAX: u8 = Scale::MAX_LEVELS;

    /// A level, or `None` outside 1..=7.
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

    /// Where the level sits in a list of levels (0 for level 1).
    #[must_use]
    pub fn index(self) -> usize {
        usize::from(self.0 - 1)
    }
}

impl TryFrom<u8> for Level {
    type Error = String;
    fn try_from(value: u8) -> Result<Self, Self::Error> {
        Self::new(value).ok_or_else(|| {
            format!(
                "a rating must be {} to {}, not {value}",
                Self::MIN,
                Self::MAX
            )
        })
    }
}

impl From<Level> for u8 {
    fn from(level: Level) -> u8 {
        level.0
    }
}

/// One step of a scale: its name and, optionally, what it means for any
/// skill (used where a skill describes no levels of its own).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ScaleLevel {
    pub name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub meaning: String,
}

/// The named levels a list rates on, lowest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Scale {
    levels: Vec<ScaleLevel>,
}

/// Why a scale cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ScaleError {
    Count(usize),
    Unnamed(usize),
    Duplicate(String),
}

impl std::error::Error for ScaleError {}

impl std::fmt::Display for ScaleError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        f.write_str(&match self {
            ScaleError::Count(n) => t!(
                "scale-count",
                n = *n,
                min = Scale::MIN_LEVELS,
                max = Scale::MAX_LEVELS
            ),
            ScaleError::Unnamed(n) => t!("scale-unnamed", n = *n),
            ScaleError::Duplicate(name) => t!("scale-twice", name = name.clone()),
        })
    }
}

/// The standard levels' names and meanings, by their ids in the language
/// files.
const STANDARD: [(&str, &str); 5] = [
    ("level-1-name", "level-1-meaning"),
    ("level-2-name", "level-2-meaning"),
    ("level-3-name", "level-3-meaning"),
    ("level-4-name", "level-4-meaning"),
    ("level-5-name", "level-5-meaning"),
];

impl Default for Scale {
    fn default() -> Self {
        Self::standard()
    }
}

impl Scale {
    pub const MIN_LEVELS: u8 = 3;
    pub const MAX_LEVELS: u8 = 7;

    /// The five levels of the built-in lists, each with a generic meaning,
    /// in the language in use.
    #[must_use]
    pub fn standard() -> Self {
        Self::standard_in(crate::i18n::current())
    }

    /// The standard levels in `lang`.
    #[must_use]
    pub fn standard_in(lang: crate::i18n::Lang) -> Self {
        Self {
            levels: STANDARD
                .iter()
                .map(|(name, meaning)| ScaleLevel {
                    name: crate::i18n::text_in(lang, name, None),
                    meaning: crate::i18n::text_in(lang, meaning, None),
                })
                .collect(),
        }
    }

    /// A scale of the given names, checked.
    ///
    /// # Errors
    /// Too few or too many levels, a blank name, a name used twice.
    pub fn named<S: AsRef<str>>(names: &[S]) -> Result<Self, ScaleError> {
        let scale = Self {
            levels: names
                .iter()
                .map(|n| ScaleLevel {
                    name: n.as_ref().trim().to_owned(),
                    meaning: String::new(),
                })
                .collect(),
        };
        scale.validate()?;
        Ok(scale)
    }

    /// The same levels under new names, each keeping its meaning (the
    /// standard scale again when the names are the standard ones).
    ///
    /// # Errors
    /// As [`Self::named`].
    pub fn renamed<S: AsRef<str>>(&self, names: &[S]) -> Result<Self, ScaleError> {
        let mut scale = Self::named(names)?;
        for (to, from) in scale.levels.iter_mut().zip(&self.levels) {
            to.meaning.clone_from(&from.meaning);
        }
        let standard = Self::standard();
        Ok(if scale.names().eq(standard.names()) {
            standard
        } else {
            scale
        })
    }

    /// # Errors
    /// The first problem found, in words a list's author understands.
    pub fn validate(&self) -> Result<(), ScaleError> {
        let n = self.levels.len();
        if !(usize::from(Self::MIN_LEVELS)..=usize::from(Self::MAX_LEVELS)).contains(&n) {
            return Err(ScaleError::Count(n));
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, level) in self.levels.iter().enumerate() {
            let name = level.name.trim();
            if name.is_empty() {
                return Err(ScaleError::Unnamed(i + 1));
            }
            if !seen.insert(name.to_lowercase()) {
                return Err(ScaleError::Duplicate(name.to_owned()));
            }
        }
        Ok(())
    }

    /// Whether this is the standard five-level scale (written nowhere, so
    /// files of the built-in lists and older lists do not change).
    #[must_use]
    pub fn is_standard(&self) -> bool {
        // The standard scale in any language: a list saved in one language
        // shows the standard levels in the language of the one reading it.
        self.levels.len() == STANDARD.len()
            && crate::i18n::Lang::all().any(|lang| *self == Self::standard_in(lang))
    }

    /// How many levels the scale has.
    #[must_use]
    pub fn len(&self) -> u8 {
        u8::try_from(self.levels.len()).unwrap_or(Self::MAX_LEVELS)
    }

    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.levels.is_empty()
    }

    /// The top level.
    #[must_use]
    pub fn top(&self) -> Level {
        Level(self.len().clamp(Self::MIN_LEVELS, Self::MAX_LEVELS))
    }

    /// Every level, lowest first.
    pub fn levels(&self) -> impl Iterator<Item = Level> + use<> {
        (1..=self.top().0).map(Level)
    }

    /// Whether `level` is on this scale.
    #[must_use]
    pub fn contains(&self, level: Level) -> bool {
        level <= self.top()
    }

    /// The level's name, e.g. "Developing". A level above the top (a
    /// rating made on another list) is named by its number.
    #[must_use]
    pub fn name(&self, level: Level) -> String {
        self.levels
            .get(level.index())
            .map_or_else(|| format!("level {}", level.get()), |l| l.name.clone())
    }

    /// The names, lowest first.
    pub fn names(&self) -> impl Iterator<Item = &str> {
        self.levels.iter().map(|l| l.name.as_str())
    }

    /// What the level means for any skill; empty where the scale says
    /// nothing.
    #[must_use]
    pub fn meaning(&self, level: Level) -> &str {
        self.levels
            .get(level.index())
            .map_or("", |l| l.meaning.as_str())
    }

    /// "3 Developing": the number and the name, as a button shows it.
    #[must_use]
    pub fn numbered(&self, level: Level) -> String {
        format!("{} {}", level.get(), self.name(level))
    }

    /// How far apart self and coach must be to talk about it: 2 on the
    /// five-level scale, about half the scale's span in general (1 on
    /// three levels, 3 on six or seven).
    #[must_use]
    pub fn calibration_gap(&self) -> u8 {
        (self.len().saturating_sub(1)).div_ceil(2).max(1)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lv(n: u8) -> Level {
        Level::new(n).expect("level")
    }

    #[test]
    fn levels_are_one_to_seven_at_the_edge() {
        assert!(Level::new(0).is_none());
        assert!(Level::new(8).is_none());
        assert!(serde_json::from_str::<Level>("8").is_err());
        assert_eq!(serde_json::from_str::<Level>("6").ok(), Level::new(6));
    }

    #[test]
    fn the_standard_scale_is_the_five_named_levels() {
        let s = Scale::standard();
        assert_eq!(s.len(), 5);
        assert_eq!(s.levels().count(), 5);
        assert_eq!(s.name(lv(3)), "Developing");
        assert_eq!(s.numbered(lv(5)), "5 Helps others");
        assert!(s.meaning(lv(1)).starts_with("I rarely"));
        assert!(!s.contains(lv(6)));
        assert_eq!(s.name(lv(6)), "level 6");
        assert_eq!(s.calibration_gap(), 2);
        assert!(s.is_standard());
        let renamed = s
            .renamed(&[
                "Start",
                "Emerging",
                "Developing",
                "Consistent",
                "Helps others",
            ])
            .expect("five");
        assert_eq!(renamed.name(lv(1)), "Start");
        assert_eq!(
            renamed.meaning(lv(1)),
            s.meaning(lv(1)),
            "the meaning stays"
        );
        assert!(!renamed.is_standard());
        let back = renamed
            .renamed(&[
                "Starting",
                "Emerging",
                "Developing",
                "Consistent",
                "Helps others",
            ])
            .expect("five");
        assert!(back.is_standard());
    }

    #[test]
    fn a_named_scale_is_checked() {
        let s = Scale::named(&["Learning", "Doing", "Leading", "Shaping"]).expect("four names");
        assert_eq!(s.len(), 4);
        assert_eq!(s.top(), lv(4));
        assert_eq!(s.name(lv(4)), "Shaping");
        assert_eq!(s.meaning(lv(2)), "");
        assert!(!s.is_standard());
        assert_eq!(Scale::named(&["a", "b"]), Err(ScaleError::Count(2)));
        assert_eq!(
            Scale::named(&["1", "2", "3", "4", "5", "6", "7", "8"]),
            Err(ScaleError::Count(8))
        );
        assert_eq!(Scale::named(&["a", " ", "c"]), Err(ScaleError::Unnamed(2)));
        assert_eq!(
            Scale::named(&["Doing", "doing", "c"]),
            Err(ScaleError::Duplicate("doing".into()))
        );
    }

    #[test]
    fn the_calibration_gap_follows_the_scale() {
        let gap = |n: usize| {
            let names: Vec<String> = (1..=n).map(|i| format!("L{i}")).collect();
            Scale::named(&names).expect("names").calibration_gap()
        };
        assert_eq!([gap(3), gap(4), gap(5), gap(6), gap(7)], [1, 2, 2, 3, 3]);
    }

    #[test]
    fn a_scale_is_written_as_a_list_of_names() {
        let s = Scale::named(&["Learning", "Doing", "Leading"]).expect("three");
        let json = serde_json::to_value(&s).expect("serializes");
        assert_eq!(
            json,
            serde_json::json!([{"name":"Learning"},{"name":"Doing"},{"name":"Leading"}])
        );
        let back: Scale = serde_json::from_value(json).expect("reads");
        assert_eq!(back, s);
    }
}
