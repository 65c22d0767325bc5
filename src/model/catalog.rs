//! Skills and catalogs. A catalog is a recommended list of leadership
//! skills a profile is compared against: the built-in list of eight, the
//! other lists drawn from the same reading, or a coach's own framework.

use serde::{Deserialize, Serialize};
use std::fmt;

use super::level::Level;
use super::workplace::Workplace;

/// The identifier of a skill within a catalog, e.g. `communication`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SkillId(pub String);

impl SkillId {
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for SkillId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// The identifier of a catalog, e.g. `recommended`.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct CatalogId(pub String);

impl CatalogId {
    #[must_use]
    pub fn new(id: impl Into<String>) -> Self {
        Self(id.into())
    }
    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
    /// The built-in recommended list every new profile follows.
    #[must_use]
    pub fn default_recommended() -> Self {
        Self::new("recommended")
    }
}

impl Default for CatalogId {
    fn default() -> Self {
        Self::default_recommended()
    }
}

impl fmt::Display for CatalogId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// One leadership skill with everything a coach needs to work on it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Skill {
    pub id: SkillId,
    pub name: String,
    #[serde(default)]
    pub summary: String,
    /// Words and short phrases people use when they mean this skill.
    #[serde(default)]
    pub keywords: Vec<String>,
    /// What each level 1..=5 looks like for this skill, each level
    /// including the ones below. Empty means the generic scale of
    /// [`Level::generic_meaning`] applies.
    #[serde(default)]
    pub levels: Vec<LevelText>,
    #[serde(default)]
    pub strategies: Vec<String>,
    #[serde(default)]
    pub prompts: Vec<String>,
}

impl Skill {
    /// A skill with only an id and a name (the rest filled in later, or
    /// left to the generic scale).
    #[must_use]
    pub fn named(id: &str, name: &str) -> Self {
        Self {
            id: SkillId::new(id),
            name: name.to_owned(),
            summary: String::new(),
            keywords: Vec::new(),
            levels: Vec::new(),
            strategies: Vec::new(),
            prompts: Vec::new(),
        }
    }

    /// The described meaning of `level` for this skill, falling back to the
    /// generic scale where the catalog gives none.
    #[must_use]
    pub fn level_meaning(&self, level: Level) -> &str {
        self.levels
            .get(usize::from(level.get()) - 1)
            .map_or_else(|| level.generic_meaning(), |l| l.text.as_str())
    }

    /// The level with its name and meaning: "3 (Developing): …", as the
    /// plan, Progress and the agenda show it.
    #[must_use]
    pub fn described_level(&self, level: Level) -> String {
        format!(
            "{} ({}): {}",
            level.get(),
            level.label(),
            self.level_meaning(level)
        )
    }

    /// The examples of `level`, those from `workplace` first (then in the
    /// list's order). None where the list gives none.
    #[must_use]
    pub fn level_examples(&self, level: Level, workplace: Option<Workplace>) -> Vec<&Example> {
        let Some(described) = self.levels.get(usize::from(level.get()) - 1) else {
            return Vec::new();
        };
        let mut examples: Vec<&Example> = described.examples.iter().collect();
        examples.sort_by_key(|e| Some(e.workplace) != workplace);
        examples
    }
}

/// What one level of a skill looks like: the behaviour, and short examples
/// of it from different workplaces. A list may give the text alone (a plain
/// string in the file, as older lists and imports do).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LevelText {
    pub text: String,
    pub examples: Vec<Example>,
}

impl Serialize for LevelText {
    /// Plain text when there are no examples, so that a list without them
    /// stays readable by the versions before examples.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        if self.examples.is_empty() {
            return serializer.serialize_str(&self.text);
        }
        let mut full = serializer.serialize_struct("LevelText", 2)?;
        full.serialize_field("text", &self.text)?;
        full.serialize_field("examples", &self.examples)?;
        full.end()
    }
}

impl LevelText {
    /// A level described by its text only.
    #[must_use]
    pub fn plain(text: impl Into<String>) -> Self {
        Self {
            text: text.into(),
            examples: Vec::new(),
        }
    }
}

impl<'de> Deserialize<'de> for LevelText {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        struct Full {
            text: String,
            #[serde(default)]
            examples: Vec<Example>,
        }
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Plain(String),
            Full(Full),
        }
        Ok(match Either::deserialize(deserializer)? {
            Either::Plain(text) => Self::plain(text),
            Either::Full(Full { text, examples }) => Self { text, examples },
        })
    }
}

/// A short, concrete moment that shows a level, from one workplace.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Example {
    pub workplace: Workplace,
    pub text: String,
}

/// A recommended list of skills.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Catalog {
    pub id: CatalogId,
    #[serde(default = "one")]
    pub version: u32,
    pub title: String,
    #[serde(default)]
    pub description: String,
    pub skills: Vec<Skill>,
}

fn one() -> u32 {
    1
}

/// Why a catalog cannot be used.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CatalogError {
    #[error("the list has no title")]
    NoTitle,
    #[error("the list has no id")]
    NoId,
    #[error("the list has no skills")]
    NoSkills,
    #[error("skill number {0} has no name")]
    UnnamedSkill(usize),
    #[error("skill number {index} has no id")]
    NoSkillId { index: usize },
    #[error("the skill id \"{0}\" is used twice")]
    DuplicateSkill(String),
    #[error("skill \"{skill}\" describes {count} levels; it needs exactly 5 (or none)")]
    LevelCount { skill: String, count: usize },
}

impl Catalog {
    /// Checks what serde cannot: ids present and unique, five levels or none.
    ///
    /// # Errors
    /// The first problem found, in words a catalog author understands.
    pub fn validate(&self) -> Result<(), CatalogError> {
        if self.id.0.trim().is_empty() {
            return Err(CatalogError::NoId);
        }
        if self.title.trim().is_empty() {
            return Err(CatalogError::NoTitle);
        }
        if self.skills.is_empty() {
            return Err(CatalogError::NoSkills);
        }
        let mut seen = std::collections::BTreeSet::new();
        for (i, skill) in self.skills.iter().enumerate() {
            if skill.id.0.trim().is_empty() {
                return Err(CatalogError::NoSkillId { index: i + 1 });
            }
            if skill.name.trim().is_empty() {
                return Err(CatalogError::UnnamedSkill(i + 1));
            }
            if !seen.insert(skill.id.0.as_str()) {
                return Err(CatalogError::DuplicateSkill(skill.id.0.clone()));
            }
            if !skill.levels.is_empty() && skill.levels.len() != 5 {
                return Err(CatalogError::LevelCount {
                    skill: skill.name.clone(),
                    count: skill.levels.len(),
                });
            }
        }
        Ok(())
    }

    #[must_use]
    pub fn skill(&self, id: &SkillId) -> Option<&Skill> {
        self.skills.iter().find(|s| &s.id == id)
    }

    #[must_use]
    pub fn contains(&self, id: &SkillId) -> bool {
        self.skill(id).is_some()
    }
}

/// Makes an id out of a name: lowercase letters and digits joined by `-`.
/// Used for catalogs and skills a coach imports. Non-Latin names keep their
/// letters; a name with no letters at all gets `fallback`.
#[must_use]
pub fn slug(name: &str, fallback: &str) -> String {
    let mut out = String::new();
    for ch in name.chars().flat_map(char::to_lowercase) {
        if ch.is_alphanumeric() {
            out.push(ch);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let out: String = out.trim_end_matches('-').chars().take(60).collect();
    let out = out.trim_end_matches('-').to_owned();
    if out.is_empty() {
        fallback.to_owned()
    } else {
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn skill(id: &str) -> Skill {
        Skill::named(id, &id.to_uppercase())
    }

    #[test]
    fn validate_catches_duplicates_and_level_counts() {
        let mut c = Catalog {
            id: CatalogId::new("x"),
            version: 1,
            title: "X".into(),
            description: String::new(),
            skills: vec![skill("a"), skill("a")],
        };
        assert_eq!(c.validate(), Err(CatalogError::DuplicateSkill("a".into())));
        c.skills[1] = skill("b");
        c.skills[1].levels = vec![LevelText::plain("one"); 3];
        assert!(matches!(
            c.validate(),
            Err(CatalogError::LevelCount { count: 3, .. })
        ));
        c.skills[1].levels.clear();
        assert_eq!(c.validate(), Ok(()));
    }

    #[test]
    fn level_meaning_falls_back_to_generic_scale() {
        let mut s = skill("a");
        let three = Level::new(3).expect("3 is a level");
        assert_eq!(s.level_meaning(three), three.generic_meaning());
        s.levels = (1..=5)
            .map(|i| LevelText::plain(format!("level {i}")))
            .collect();
        assert_eq!(s.level_meaning(three), "level 3");
    }

    #[test]
    fn levels_read_as_plain_text_or_with_examples() {
        let s: Skill = serde_json::from_str(
            r#"{"id":"a","name":"A","levels":["one",
                {"text":"two","examples":[{"workplace":"lab","text":"x"},
                                         {"workplace":"it","text":"y"}]},
                "three","four","five"]}"#,
        )
        .expect("both forms read");
        let two = Level::new(2).expect("2 is a level");
        assert_eq!(s.level_meaning(Level::new(1).expect("1")), "one");
        assert_eq!(s.level_meaning(two), "two");
        let texts = |w| -> Vec<&str> {
            s.level_examples(two, w)
                .iter()
                .map(|e| e.text.as_str())
                .collect()
        };
        assert_eq!(texts(None), ["x", "y"]);
        assert_eq!(texts(Some(Workplace::It)), ["y", "x"]);
        assert_eq!(texts(Some(Workplace::Other)), ["x", "y"]);
        assert!(s.level_examples(Level::new(1).expect("1"), None).is_empty());
        // A level without examples is written back as plain text.
        let written = serde_json::to_value(&s.levels[0]).expect("serializes");
        assert_eq!(written, serde_json::json!("one"));
        let again: Skill = serde_json::from_str(&serde_json::to_string(&s).expect("serializes"))
            .expect("reads back");
        assert_eq!(again, s);
    }

    #[test]
    fn slug_is_safe_for_ids() {
        assert_eq!(
            slug("Acme Field Service Framework!", "x"),
            "acme-field-service-framework"
        );
        assert_eq!(slug("../../etc", "x"), "etc");
        assert_eq!(slug("🚀", "catalog"), "catalog");
        assert_eq!(slug("李雷 框架", "x"), "李雷-框架");
    }
}
