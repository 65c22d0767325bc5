//! Feedback from colleagues (360), with no server: the coach makes a
//! [`FeedbackRequest`] (the skills asked about, on the list's scale), a
//! form goes out by email, and each colleague's answers come back as a
//! small file, checked here against the request ([`accept`]) before they
//! count.
//!
//! Answers are the coach's: they stay on the coach's computer (a profile
//! sent to the technician leaves them out) and are shown one by one only
//! there, named only when the colleague signed. What everyone sees is the
//! [`Pooled`] result kept in the request: a skill's mean once at least
//! [`MIN_ANSWERS`] colleagues rated it, so no single answer can be read
//! back from it.

use std::collections::BTreeMap;

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::catalog::{Catalog, CatalogId, SkillId};
use super::ids::RecordId;
use super::rating::Level;

/// How many answers a request needs before anything of them is shown
/// beyond the coach's own list: fewer could be told apart.
pub const MIN_ANSWERS: u32 = 3;
/// Longest example a colleague can write for one skill, in characters.
pub const MAX_EXAMPLE_CHARS: usize = 2_000;
/// What an answer file says it is.
pub const ANSWER_KIND: &str = "lodestar-feedback-answers";
/// The answer file format this build reads and the form writes.
pub const ANSWER_FORMAT: u32 = 1;

/// A round of feedback: the skills colleagues are asked about, and what
/// their answers add up to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackRequest {
    /// Also what the form and every answer to it carry.
    #[serde(default)]
    pub id: RecordId,
    pub made: Date,
    /// The list the skills come from.
    #[serde(default)]
    pub catalog: CatalogId,
    pub skills: Vec<SkillId>,
    /// How many levels the list's scale had (an answer above is refused).
    pub levels: u8,
    /// A secret the form carries and every answer must give back: kept on
    /// the coach's computer only (a copy sent to the technician goes
    /// without it), so answers can be taken in there and nowhere else.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub key: String,
    #[serde(default)]
    pub pooled: Pooled,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The answers to one request, pooled: what the technician may see.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Pooled {
    /// How many colleagues answered.
    #[serde(default)]
    pub answers: u32,
    /// The day the latest answer came in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub latest: Option<Date>,
    /// Each skill at least [`MIN_ANSWERS`] colleagues rated.
    #[serde(default)]
    pub skills: BTreeMap<SkillId, PooledSkill>,
}

/// Colleagues' mean level for one skill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct PooledSkill {
    /// The mean, in tenths of a level (34 is 3.4).
    pub tenths: u16,
    /// How many colleagues rated it.
    pub raters: u32,
}

impl PooledSkill {
    #[must_use]
    pub fn mean(self) -> f64 {
        f64::from(self.tenths) / 10.0
    }

    /// "3.4" ("3,4" in German: the language's decimal mark).
    #[must_use]
    pub fn text(self) -> String {
        crate::i18n::decimal(self.mean(), 1)
    }
}

/// One colleague's answers, as kept on the coach's computer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FeedbackAnswer {
    /// Made by the form (one per filled-in form), so the same file taken
    /// in twice counts once.
    #[serde(default)]
    pub id: RecordId,
    pub request: RecordId,
    pub received: Date,
    /// The colleague's name if they chose to sign; empty otherwise.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub signed: String,
    #[serde(default)]
    pub ratings: BTreeMap<SkillId, Level>,
    /// Skills the colleague said they have not seen.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub not_seen: Vec<SkillId>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub examples: BTreeMap<SkillId, String>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl FeedbackAnswer {
    /// "Dana Whitfield" or "A colleague (unsigned)".
    #[must_use]
    pub fn who(&self) -> String {
        if self.signed.is_empty() {
            crate::t!("answer-unsigned")
        } else {
            self.signed.clone()
        }
    }
}

impl FeedbackRequest {
    /// A new request for every skill of `catalog`, on its scale.
    #[must_use]
    pub fn new(catalog: &Catalog, made: Date) -> Self {
        Self {
            id: RecordId::fresh(),
            made,
            catalog: catalog.id.clone(),
            skills: catalog.skills.iter().map(|s| s.id.clone()).collect(),
            levels: catalog.scale.len(),
            key: format!(
                "{:014x}{:014x}",
                super::ids::fresh_u53(),
                super::ids::fresh_u53()
            ),
            pooled: Pooled::default(),
            extra: serde_json::Map::new(),
        }
    }

    /// Enough answers to show anything pooled.
    #[must_use]
    pub fn is_pooled(&self) -> bool {
        self.pooled.answers >= MIN_ANSWERS && !self.pooled.skills.is_empty()
    }
}

/// An answer file as the form writes it, read but not yet checked.
#[derive(Debug, Clone, Deserialize)]
pub struct AnswerFile {
    pub kind: String,
    pub format: u32,
    /// The profile the request belongs to.
    pub profile: String,
    pub request: u64,
    /// The request's secret, from the form.
    #[serde(default)]
    pub key: String,
    pub answer: u64,
    #[serde(default)]
    pub signed: String,
    #[serde(default)]
    pub skills: Vec<SkillAnswer>,
}

/// One skill of an answer file.
#[derive(Debug, Clone, Deserialize)]
pub struct SkillAnswer {
    pub skill: String,
    /// A level, or absent.
    #[serde(default)]
    pub level: Option<i64>,
    /// `false`: "I haven't seen this".
    #[serde(default)]
    pub seen: Option<bool>,
    #[serde(default)]
    pub example: String,
}

/// Why an answer file is refused. Each says what to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswerError {
    NewerFormat(u32),
    OtherRequest { name: String },
    UnknownSkill(String),
    SkillTwice(String),
    LevelOutOfRange { skill: String, level: i64, top: u8 },
    NoAnswerId,
    NotTheCoachs,
    Empty,
}

impl std::error::Error for AnswerError {}

impl std::fmt::Display for AnswerError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        f.write_str(&match self {
            AnswerError::NewerFormat(n) => t!("answers-newer-format", format = n.to_string()),
            AnswerError::OtherRequest { name } => t!("answers-other-request", name = name.clone()),
            AnswerError::UnknownSkill(skill) => t!("answers-unknown-skill", skill = skill.clone()),
            AnswerError::SkillTwice(skill) => t!("answers-skill-twice", skill = skill.clone()),
            AnswerError::LevelOutOfRange { skill, level, top } => t!(
                "answers-level-out-of-range",
                skill = skill.clone(),
                level = level.to_string(),
                top = *top
            ),
            AnswerError::NoAnswerId => t!("answers-no-id"),
            AnswerError::NotTheCoachs => t!("answers-not-the-coachs"),
            AnswerError::Empty => t!("answers-empty"),
        })
    }
}

/// The answers to `request`, pooled: per skill, the mean of its levels
/// in whole groups of [`MIN_ANSWERS`], in the order they came in (with
/// four ratings, the first three), and nothing while fewer than that
/// answered. So the pool only ever moves by a group: comparing two pools
/// never shows one colleague's levels.
#[must_use]
pub fn pool(request: RecordId, answers: &[FeedbackAnswer]) -> Pooled {
    let mut mine: Vec<&FeedbackAnswer> = answers.iter().filter(|a| a.request == request).collect();
    mine.sort_by_key(|a| (a.received, a.id));
    let count = u32::try_from(mine.len()).unwrap_or(u32::MAX);
    if count < MIN_ANSWERS {
        return Pooled {
            answers: count,
            latest: None,
            skills: BTreeMap::new(),
        };
    }
    let mut levels: BTreeMap<&SkillId, Vec<u32>> = BTreeMap::new();
    for a in &mine {
        for (skill, level) in &a.ratings {
            levels
                .entry(skill)
                .or_default()
                .push(u32::from(level.get()));
        }
    }
    let group = MIN_ANSWERS as usize;
    let whole = mine.len() / group * group;
    Pooled {
        answers: count,
        latest: mine[..whole].iter().map(|a| a.received).max(),
        skills: levels
            .into_iter()
            .filter_map(|(skill, levels)| {
                let n = levels.len() / group * group;
                let taken = levels.get(..n).filter(|t| !t.is_empty())?;
                let sum: u32 = taken.iter().sum();
                let n = u32::try_from(n).ok()?;
                // Rounded half up, in tenths: 10 * sum / n.
                let tenths = (sum * 20 + n) / (2 * n);
                Some((
                    skill.clone(),
                    PooledSkill {
                        tenths: u16::try_from(tenths).unwrap_or(u16::MAX),
                        raters: n,
                    },
                ))
            })
            .collect(),
    }
}
