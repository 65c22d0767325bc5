//! Suggesting which catalog skill a free-text checklist item stands for.
//!
//! People write "good at public speaking" or "comunication", not the
//! catalog's wording. The matcher scores every skill against the item by
//! two rules and offers the best as a *suggestion*: the person confirms it
//! before the item is linked. Nothing here changes a profile.
//!
//! 1. **Phrases**: a skill's name or one of its keywords appears in the item
//!    (word by word, in any order, allowing inflections and small typos).
//! 2. **Words**: the share of the item's words found in the skill's name and
//!    keywords, where a word shared by several skills counts for less.

use super::catalog::{Catalog, SkillId};
use super::text::{similarity_in, stems_in};

/// Suggestions scoring below this are not shown.
pub const SUGGEST_THRESHOLD: f32 = 0.6;
/// Word likeness below this does not count as the same word.
const WORD_MATCH: f32 = 0.85;

/// A proposed link from an item to a skill.
#[derive(Debug, Clone, PartialEq)]
pub struct Suggestion {
    pub skill: SkillId,
    /// 0.0..=1.0; higher is more certain.
    pub score: f32,
    /// The skill's name or keyword that made the match, to show the person why.
    pub because: String,
}

impl Suggestion {
    /// The score as a whole percentage, for display.
    #[must_use]
    pub fn percent(&self) -> u32 {
        // The score is clamped to 0..=1, so the product fits a u32.
        #[expect(clippy::cast_possible_truncation, clippy::cast_sign_loss)]
        let p = (self.score.clamp(0.0, 1.0) * 100.0).round() as u32;
        p
    }
}

struct Phrase {
    text: String,
    stems: Vec<String>,
}

struct SkillIndex {
    id: SkillId,
    phrases: Vec<Phrase>,
    vocab: Vec<String>,
}

/// A catalog prepared for matching; build once per catalog, reuse per item.
pub struct Matcher {
    skills: Vec<SkillIndex>,
    /// Whose stemmer and stop words are used.
    lang: crate::i18n::Lang,
}

impl Matcher {
    /// The matcher for `catalog` in the language in use.
    #[must_use]
    pub fn new(catalog: &Catalog) -> Self {
        Self::new_in(catalog, crate::i18n::current())
    }

    /// The matcher for `catalog`, with the words of `lang`.
    #[must_use]
    pub fn new_in(catalog: &Catalog, lang: crate::i18n::Lang) -> Self {
        let skills = catalog
            .skills
            .iter()
            .map(|skill| {
                let phrases: Vec<Phrase> = std::iter::once(&skill.name)
                    .chain(&skill.keywords)
                    .map(|t| Phrase {
                        text: t.clone(),
                        stems: stems_in(t, lang),
                    })
                    .filter(|p| !p.stems.is_empty())
                    .collect();
                let mut vocab: Vec<String> = phrases
                    .iter()
                    .flat_map(|p| p.stems.iter().cloned())
                    .collect();
                vocab.sort();
                vocab.dedup();
                SkillIndex {
                    id: skill.id.clone(),
                    phrases,
                    vocab,
                }
            })
            .collect();
        Self { skills, lang }
    }

    /// Skills the item may stand for, best first, at most three, all at or
    /// above [`SUGGEST_THRESHOLD`].
    #[must_use]
    pub fn suggest(&self, text: &str) -> Vec<Suggestion> {
        let item = stems_in(text, self.lang);
        if item.is_empty() {
            return Vec::new();
        }
        let best_sim = |word: &str, vocab: &[String]| {
            vocab
                .iter()
                .map(|v| similarity_in(word, v, self.lang))
                .fold(0.0_f32, f32::max)
        };
        // How many skills each item word points at: shared words weigh less.
        let spread: Vec<usize> = item
            .iter()
            .map(|w| {
                self.skills
                    .iter()
                    .filter(|s| best_sim(w, &s.vocab) >= WORD_MATCH)
                    .count()
                    .max(1)
            })
            .collect();
        #[expect(clippy::cast_precision_loss, reason = "word counts are tiny")]
        let item_len = item.len() as f32;

        let mut out: Vec<Suggestion> = self
            .skills
            .iter()
            .filter_map(|skill| {
                let mut best = (0.0_f32, String::new());
                for phrase in &skill.phrases {
                    let sims: Vec<f32> = phrase.stems.iter().map(|p| best_sim(p, &item)).collect();
                    let weakest = sims.iter().copied().fold(1.0_f32, f32::min);
                    if weakest >= WORD_MATCH {
                        #[expect(clippy::cast_precision_loss, reason = "word counts are tiny")]
                        let coverage = (phrase.stems.len() as f32 / item_len).min(1.0);
                        let score = weakest * (0.7 + 0.3 * coverage);
                        if score > best.0 {
                            best = (score, phrase.text.clone());
                        }
                    }
                }
                let words: f32 = item
                    .iter()
                    .zip(&spread)
                    .map(|(w, &n)| {
                        let s = best_sim(w, &skill.vocab);
                        #[expect(clippy::cast_precision_loss, reason = "skill counts are small")]
                        let weight = 1.0 / n as f32;
                        if s >= WORD_MATCH { s * weight } else { 0.0 }
                    })
                    .sum::<f32>()
                    / item_len
                    * 0.8;
                if words > best.0 {
                    let name = skill
                        .phrases
                        .first()
                        .map(|p| p.text.clone())
                        .unwrap_or_default();
                    best = (words, name);
                }
                (best.0 >= SUGGEST_THRESHOLD).then(|| Suggestion {
                    skill: skill.id.clone(),
                    score: best.0.min(1.0),
                    because: best.1,
                })
            })
            .collect();
        out.sort_by(|a, b| b.score.total_cmp(&a.score));
        out.truncate(3);
        out
    }
}

/// Convenience for a single item: builds a [`Matcher`] and asks it.
#[must_use]
pub fn suggest(text: &str, catalog: &Catalog) -> Vec<Suggestion> {
    Matcher::new(catalog).suggest(text)
}
