//! Skills and catalogs. A catalog is a recommended list of leadership
//! skills a profile is compared against: the built-in list of eight, the
//! other lists drawn from the same reading, or a coach's own framework.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use std::fmt;

use super::level::{Level, Scale, ScaleError};
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
    /// What each level of the list's scale looks like for this skill, each
    /// level including the ones below. Empty means the scale's own generic
    /// meanings apply.
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
    /// scale's generic meaning where the list gives none (empty where the
    /// scale has none either).
    #[must_use]
    pub fn level_meaning<'a>(&'a self, scale: &'a Scale, level: Level) -> &'a str {
        self.levels
            .get(level.index())
            .map_or_else(|| scale.meaning(level), |l| l.text.as_str())
    }

    /// What the level means, or where neither the skill nor the scale says,
    /// its number and name ("3 Leading"): never an empty line.
    #[must_use]
    pub fn level_words(&self, scale: &Scale, level: Level) -> String {
        match self.level_meaning(scale, level) {
            "" => scale.numbered(level),
            meaning => meaning.to_owned(),
        }
    }

    /// The level with its name and meaning: "3 (Developing): …", as the
    /// plan, Progress and the agenda show it.
    #[must_use]
    pub fn described_level(&self, scale: &Scale, level: Level) -> String {
        let meaning = self.level_meaning(scale, level);
        if meaning.is_empty() {
            crate::t!("level-named", n = level.get(), name = scale.name(level))
        } else {
            crate::t!(
                "level-described",
                n = level.get(),
                name = scale.name(level),
                meaning = meaning
            )
        }
    }

    /// The examples of `level`, those from `workplace` first (then in the
    /// list's order). None where the list gives none.
    #[must_use]
    pub fn level_examples(&self, level: Level, workplace: Option<Workplace>) -> Vec<&Example> {
        let Some(described) = self.levels.get(level.index()) else {
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

/// A role and the level it expects in each skill (skills it does not name
/// it expects nothing of).
#[derive(Debug, Clone, Eq, Serialize, Deserialize)]
pub struct Role {
    pub name: String,
    #[serde(default)]
    pub expects: BTreeMap<SkillId, Level>,
    /// The same role's name in the other languages of a built-in list, so
    /// that a role chosen in one language is found in another.
    #[serde(skip)]
    pub also_named: Vec<String>,
}

/// Two roles are the same by their name and expectations; the names in
/// other languages are a help for finding one.
impl PartialEq for Role {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name && self.expects == other.expects
    }
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
    /// The levels this list rates on; the standard five unless the list
    /// names its own (and then written in the file).
    #[serde(default, skip_serializing_if = "Scale::is_standard")]
    pub scale: Scale,
    pub skills: Vec<Skill>,
    /// The roles the list describes, lowest first, each with the level it
    /// expects per skill (a ladder, e.g. Technician to Supervisor).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
}

fn one() -> u32 {
    1
}

/// Why a catalog cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogError {
    NoTitle,
    NoId,
    NoSkills,
    UnnamedSkill(usize),
    NoSkillId {
        index: usize,
    },
    DuplicateSkill(String),
    LevelCount {
        skill: String,
        count: usize,
        scale: u8,
    },
    Scale(ScaleError),
    UnnamedRole(usize),
    DuplicateRole(String),
    RoleSkill {
        role: String,
        skill: String,
    },
    RoleLevel {
        role: String,
        skill: String,
        level: u8,
        top: u8,
    },
}

impl From<ScaleError> for CatalogError {
    fn from(e: ScaleError) -> Self {
        CatalogError::Scale(e)
    }
}

impl std::error::Error for CatalogError {}

impl std::fmt::Display for CatalogError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        f.write_str(&match self {
            CatalogError::NoTitle => t!("catalog-no-title"),
            CatalogError::NoId => t!("catalog-no-id"),
            CatalogError::NoSkills => t!("catalog-no-skills"),
            CatalogError::UnnamedSkill(n) => t!("catalog-unnamed-skill", n = *n),
            CatalogError::NoSkillId { index } => t!("catalog-no-skill-id", n = *index),
            CatalogError::DuplicateSkill(id) => t!("catalog-skill-twice", id = id.clone()),
            CatalogError::LevelCount {
                skill,
                count,
                scale,
            } => t!(
                "catalog-level-count",
                skill = skill.clone(),
                count = *count,
                scale = *scale
            ),
            CatalogError::Scale(e) => t!("catalog-scale", reason = e.to_string()),
            CatalogError::UnnamedRole(n) => t!("catalog-unnamed-role", n = *n),
            CatalogError::DuplicateRole(role) => t!("catalog-role-twice", role = role.clone()),
            CatalogError::RoleSkill { role, skill } => t!(
                "catalog-role-skill",
                role = role.clone(),
                skill = skill.clone()
            ),
            CatalogError::RoleLevel {
                role,
                skill,
                level,
                top,
            } => t!(
                "catalog-role-level",
                role = role.clone(),
                skill = skill.clone(),
                level = *level,
                top = *top
            ),
        })
    }
}

impl Catalog {
    /// Checks what serde cannot: ids present and unique, a usable scale, and
    /// each skill describing every level of it or none.
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
        self.scale.validate()?;
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
            if !skill.levels.is_empty() && skill.levels.len() != usize::from(self.scale.len()) {
                return Err(CatalogError::LevelCount {
                    skill: skill.name.clone(),
                    count: skill.levels.len(),
                    scale: self.scale.len(),
                });
            }
        }
        self.validate_roles()
    }

    fn validate_roles(&self) -> Result<(), CatalogError> {
        let mut names = std::collections::BTreeSet::new();
        for (i, role) in self.roles.iter().enumerate() {
            let name = role.name.trim();
            if name.is_empty() {
                return Err(CatalogError::UnnamedRole(i + 1));
            }
            if !names.insert(name.to_lowercase()) {
                return Err(CatalogError::DuplicateRole(name.to_owned()));
            }
            for (skill, level) in &role.expects {
                let Some(s) = self.skill(skill) else {
                    return Err(CatalogError::RoleSkill {
                        role: name.to_owned(),
                        skill: skill.to_string(),
                    });
                };
                if !self.scale.contains(*level) {
                    return Err(CatalogError::RoleLevel {
                        role: name.to_owned(),
                        skill: s.name.clone(),
                        level: level.get(),
                        top: self.scale.top().get(),
                    });
                }
            }
        }
        Ok(())
    }

    /// The role of this name, if the list has it.
    #[must_use]
    pub fn role(&self, name: &str) -> Option<&Role> {
        self.roles.iter().find(|r| r.name == name).or_else(|| {
            self.roles
                .iter()
                .find(|r| r.also_named.iter().any(|n| n == name))
        })
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
            scale: Scale::default(),
            skills: vec![skill("a"), skill("a")],
            roles: Vec::new(),
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
        // On a four-level scale, four descriptions are right and five not.
        c.scale = Scale::named(&["Learning", "Doing", "Leading", "Shaping"]).expect("four");
        c.skills[1].levels = vec![LevelText::plain("x"); 4];
        assert_eq!(c.validate(), Ok(()));
        c.skills[1].levels.push(LevelText::plain("x"));
        assert!(matches!(
            c.validate(),
            Err(CatalogError::LevelCount {
                count: 5,
                scale: 4,
                ..
            })
        ));
    }

    #[test]
    fn the_standard_scale_is_not_written_and_an_own_scale_is() {
        let mut c = Catalog {
            id: CatalogId::new("x"),
            version: 1,
            title: "X".into(),
            description: String::new(),
            scale: Scale::default(),
            skills: vec![skill("a")],
            roles: Vec::new(),
        };
        let json = serde_json::to_value(&c).expect("serializes");
        assert!(json.get("scale").is_none());
        c.scale = Scale::named(&["Learning", "Doing", "Leading", "Shaping"]).expect("four");
        let json = serde_json::to_string(&c).expect("serializes");
        assert!(json.contains("Shaping"));
        let back: Catalog = serde_json::from_str(&json).expect("reads back");
        assert_eq!(back, c);
    }

    #[test]
    fn level_meaning_falls_back_to_generic_scale() {
        let mut s = skill("a");
        let three = Level::new(3).expect("3 is a level");
        let standard = Scale::standard();
        assert_eq!(s.level_meaning(&standard, three), standard.meaning(three));
        assert!(
            s.described_level(&standard, three)
                .starts_with("3 (Developing): I do")
        );
        let own = Scale::named(&["Learning", "Doing", "Leading"]).expect("three");
        assert_eq!(s.described_level(&own, three), "3 (Leading)");
        s.levels = (1..=5)
            .map(|i| LevelText::plain(format!("level {i}")))
            .collect();
        assert_eq!(s.level_meaning(&standard, three), "level 3");
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
        let scale = Scale::standard();
        assert_eq!(s.level_meaning(&scale, Level::new(1).expect("1")), "one");
        assert_eq!(s.level_meaning(&scale, two), "two");
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
