//! Text handling shared by the domain: cleaning what people type into
//! validated single-line values, and the word-level normalisation the
//! matcher uses to compare free text with a catalog's skills.
//!
//! Everything here is deliberately simple and predictable: a coach must be
//! able to understand why "comunication" was suggested as *Effective
//! communication* and why "forklift licence" was not suggested at all.

/// Longest name a person or profile may have, in characters.
pub const MAX_NAME_CHARS: usize = 120;
/// Longest checklist item, in characters.
pub const MAX_ITEM_CHARS: usize = 300;
/// Longest note, in characters (about forty pages). A notes field in the
/// app takes in no more than this, so whatever it shows can be saved.
pub const MAX_NOTE_CHARS: usize = 100_000;

/// Why a piece of typed text was not accepted. `what` is the id of the
/// field's name in the language files ("field-name").
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TextError {
    Empty {
        what: &'static str,
    },
    TooLong {
        what: &'static str,
        len: usize,
        max: usize,
    },
    /// Refused for a reason of its own (the message says what to change).
    Invalid(String),
}

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Empty { what } => f.write_str(&crate::t!(
                "text-empty",
                what = crate::i18n::text(what, None)
            )),
            Self::TooLong { what, len, max } => f.write_str(&crate::t!(
                "text-too-long",
                what = crate::i18n::text(what, None),
                len = *len,
                max = *max
            )),
            Self::Invalid(reason) => f.write_str(reason),
        }
    }
}

impl std::error::Error for TextError {}

/// Cleans a one-line value and checks its length.
///
/// # Errors
/// [`TextError`] when nothing is left after cleaning or it is too long.
pub fn validated_line(raw: &str, what: &'static str, max: usize) -> Result<String, TextError> {
    let clean = clean_line(raw);
    let len = clean.chars().count();
    if len == 0 {
        Err(TextError::Empty { what })
    } else if len > max {
        Err(TextError::TooLong { what, len, max })
    } else {
        Ok(clean)
    }
}

/// Cleans a one-line value that may be left empty (a role, a team).
///
/// # Errors
/// [`TextError::TooLong`] when it is too long after cleaning.
pub fn validated_optional_line(
    raw: &str,
    what: &'static str,
    max: usize,
) -> Result<String, TextError> {
    let clean = clean_line(raw);
    let len = clean.chars().count();
    if len > max {
        Err(TextError::TooLong { what, len, max })
    } else {
        Ok(clean)
    }
}

/// Cleans a note; an empty note is fine.
///
/// # Errors
/// [`TextError::TooLong`] past [`MAX_NOTE_CHARS`].
pub fn validated_note(raw: &str) -> Result<String, TextError> {
    let clean = clean_multiline(raw);
    let len = clean.chars().count();
    if len > MAX_NOTE_CHARS {
        Err(TextError::TooLong {
            what: "field-note",
            len,
            max: MAX_NOTE_CHARS,
        })
    } else {
        Ok(clean)
    }
}

/// Cleans a single-line value typed by a person: control characters
/// (including NUL, tabs and line breaks) become spaces, runs of whitespace
/// collapse to one space, and the ends are trimmed. Letters of every script,
/// emoji and right-to-left text pass through untouched.
#[must_use]
pub fn clean_line(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    for ch in raw.chars() {
        if ch.is_control() || ch.is_whitespace() || is_invisible_format(ch) {
            pending_space = !out.is_empty();
        } else {
            if pending_space {
                out.push(' ');
                pending_space = false;
            }
            out.push(ch);
        }
    }
    out
}

/// Cleans multi-line text (notes): keeps line breaks, drops NUL and other
/// control characters, trims trailing whitespace of the whole text.
#[must_use]
pub fn clean_multiline(raw: &str) -> String {
    let text: String = raw
        .chars()
        .filter(|&c| c == '\n' || c == '\t' || !c.is_control())
        .collect();
    text.replace("\r\n", "\n").trim_end().to_owned()
}

/// Characters that render as nothing but could make two names look the same
/// while differing (byte order marks, zero-width spaces). Direction marks are
/// kept: right-to-left names need them.
fn is_invisible_format(ch: char) -> bool {
    matches!(ch, '\u{FEFF}' | '\u{200B}')
}

/// Words that carry no meaning on their own when matching a checklist item
/// against a skill ("good at", "my", "skills").
const STOPWORDS: &[&str] = &[
    "a",
    "an",
    "the",
    "and",
    "or",
    "of",
    "to",
    "in",
    "on",
    "for",
    "with",
    "my",
    "i",
    "me",
    "im",
    "be",
    "being",
    "am",
    "is",
    "are",
    "at",
    "by",
    "from",
    "as",
    "it",
    "its",
    "that",
    "this",
    "good",
    "great",
    "very",
    "really",
    "skill",
    "skills",
    "ability",
    "able",
    "how",
    "what",
    "more",
    "better",
    "get",
    "getting",
    "want",
    "like",
    "can",
    "do",
    "doing",
    "at",
    "into",
    "about",
    "other",
    "others",
    "some",
    "s",
    "t",
    "have",
    "has",
    "having",
    "will",
    "would",
    "should",
    "become",
    "strong",
    "stronger",
    "well",
    "much",
    "lot",
    "lots",
    "learn",
    "learning",
    "improve",
    "improving",
];

/// Splits text into lowercase words, dropping punctuation and the stop
/// words of the language in use. Apostrophes inside words are removed
/// ("team's" -> "teams"); a language's elided articles go ("l’équipe" ->
/// "équipe").
#[must_use]
pub fn words(text: &str) -> Vec<String> {
    words_in(text, crate::i18n::current())
}

/// [`words`] by the rules of `lang`.
#[must_use]
pub fn words_in(text: &str, lang: crate::i18n::Lang) -> Vec<String> {
    let rules = rules(lang);
    let lower = text.to_lowercase();
    lower
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '\u{2019}'))
        .map(|w| {
            let w = match w.split_once(['\'', '\u{2019}']) {
                Some((before, after)) if rules.elisions.iter().any(|e| e == before) => after,
                _ => w,
            };
            w.replace(['\'', '\u{2019}'], "")
        })
        .filter(|w| {
            !w.is_empty()
                && !rules.stop_words.contains(w)
                && (lang != crate::i18n::Lang::ENGLISH || !STOPWORDS.contains(&w.as_str()))
        })
        .collect()
}

/// How a language's words are matched: its stop words and elided articles
/// (from its language file: `matching-stop-words`, `matching-elisions`),
/// and its Snowball stemmer, if there is one for it.
struct Rules {
    stop_words: std::collections::HashSet<String>,
    elisions: Vec<String>,
    stemmer: Option<rust_stemmers::Stemmer>,
}

/// The rules of `lang`, read once.
fn rules(lang: crate::i18n::Lang) -> &'static Rules {
    static RULES: std::sync::OnceLock<Vec<Rules>> = std::sync::OnceLock::new();
    let all = RULES.get_or_init(|| {
        crate::i18n::Lang::all()
            .map(|l| {
                let list = |id: &str| -> Vec<String> {
                    crate::i18n::text_in(l, id, None)
                        .split_whitespace()
                        .map(str::to_lowercase)
                        .collect()
                };
                Rules {
                    stop_words: list("matching-stop-words").into_iter().collect(),
                    elisions: list("matching-elisions"),
                    stemmer: snowball(l.tag()).map(rust_stemmers::Stemmer::create),
                }
            })
            .collect()
    });
    &all[lang.index().min(all.len() - 1)]
}

/// The Snowball stemmer for a language tag, where there is one. English
/// keeps [`stem`], which is tuned to the short phrases people type.
fn snowball(tag: &str) -> Option<rust_stemmers::Algorithm> {
    use rust_stemmers::Algorithm;
    Some(match tag.split('-').next().unwrap_or(tag) {
        "de" => Algorithm::German,
        "fr" => Algorithm::French,
        "es" => Algorithm::Spanish,
        "pt" => Algorithm::Portuguese,
        "it" => Algorithm::Italian,
        "nl" => Algorithm::Dutch,
        "sv" => Algorithm::Swedish,
        "da" => Algorithm::Danish,
        "nb" | "nn" | "no" => Algorithm::Norwegian,
        "fi" => Algorithm::Finnish,
        "hu" => Algorithm::Hungarian,
        "ro" => Algorithm::Romanian,
        "ru" => Algorithm::Russian,
        "tr" => Algorithm::Turkish,
        "el" => Algorithm::Greek,
        "ar" => Algorithm::Arabic,
        _ => return None,
    })
}

/// `word` without its accents ("comunicação" -> "comunicacao"), so that
/// typing without them still matches.
fn without_accents(word: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    word.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect()
}

/// The stem of `word` in `lang`, without accents.
#[must_use]
pub fn stem_in(word: &str, lang: crate::i18n::Lang) -> String {
    match &rules(lang).stemmer {
        // Accents go first as well: "comunicacao" typed without them
        // meets "comunicação" (both sides are stemmed the same way).
        Some(stemmer) => without_accents(&stemmer.stem(&without_accents(word))),
        None => without_accents(&stem(word)),
    }
}

/// A light stemmer: removes common English inflections so that "skills",
/// "prioritizing", "prioritise" and "priorities" meet. It is not a
/// linguistic stemmer; together with [`similarity`] it is good enough for
/// short checklist phrases.
#[must_use]
pub fn stem(word: &str) -> String {
    let w = word;
    let n = w.chars().count();
    if n <= 3 {
        return w.to_owned();
    }
    for (suffix, replacement) in [
        ("ies", "y"),
        ("ied", "y"),
        ("sses", "ss"),
        ("ings", ""),
        ("ing", ""),
        ("ers", "er"),
        ("ed", ""),
        ("es", "e"),
        ("s", ""),
    ] {
        if let Some(base) = w.strip_suffix(suffix)
            && base.chars().count() >= 3
            && !(suffix == "s" && base.ends_with('s'))
        {
            let mut out = base.to_owned();
            out.push_str(replacement);
            return out.trim_end_matches('e').to_owned();
        }
    }
    w.trim_end_matches('e').to_owned()
}

/// The stems of the meaningful words of `text`, in the language in use.
#[must_use]
pub fn stems(text: &str) -> Vec<String> {
    stems_in(text, crate::i18n::current())
}

/// [`stems`] in `lang`.
#[must_use]
pub fn stems_in(text: &str, lang: crate::i18n::Lang) -> Vec<String> {
    words_in(text, lang)
        .iter()
        .map(|w| stem_in(w, lang))
        .collect()
}

/// How alike two stems are, from 0.0 (unrelated) to 1.0 (equal).
///
/// Equal stems score 1.0. A shared beginning covering most of the shorter
/// word ("communic" / "communication") scores 0.9. A typo of one edit in a
/// word of five letters or more, or two edits from nine letters on, scores
/// 0.85. Everything else scores 0.0: partial likeness is not evidence.
#[must_use]
pub fn similarity(a: &str, b: &str) -> f32 {
    similarity_in(a, b, crate::i18n::Lang::ENGLISH)
}

/// [`similarity`] of two stems of `lang`. A Snowball stemmer has made
/// "kommunizieren" and "Kommunikation" meet already, so a shared beginning
/// counts only when it covers most of the longer word too: "wochen" is
/// not "wochenplan", nor "excel" "excelencia".
#[must_use]
pub fn similarity_in(a: &str, b: &str, lang: crate::i18n::Lang) -> f32 {
    if a == b {
        return 1.0;
    }
    let ac: Vec<char> = a.chars().collect();
    let bc: Vec<char> = b.chars().collect();
    let shorter = ac.len().min(bc.len());
    let longer = ac.len().max(bc.len());
    if shorter < 4 {
        return 0.0;
    }
    let prefix = ac.iter().zip(&bc).take_while(|(x, y)| x == y).count();
    let covered = if rules(lang).stemmer.is_some() {
        prefix * 5 >= longer * 4
    } else {
        prefix * 5 >= shorter * 4
    };
    if prefix >= 5 && covered && longer - shorter <= 6 {
        return 0.9;
    }
    let allowed = usize::from(shorter >= 5) + usize::from(shorter >= 9);
    if allowed > 0 && longer - shorter <= allowed && edit_distance(&ac, &bc) <= allowed {
        return 0.85;
    }
    0.0
}

/// Optimal string alignment distance (Levenshtein plus adjacent swaps), so
/// that "comunication", "communciation" and "communicaton" are one edit away.
#[must_use]
pub fn edit_distance(a: &[char], b: &[char]) -> usize {
    let (n, m) = (a.len(), b.len());
    let mut d = vec![vec![0usize; m + 1]; n + 1];
    for (i, row) in d.iter_mut().enumerate() {
        row[0] = i;
    }
    for (j, cell) in d[0].iter_mut().enumerate() {
        *cell = j;
    }
    for i in 1..=n {
        for j in 1..=m {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut best = (d[i - 1][j] + 1)
                .min(d[i][j - 1] + 1)
                .min(d[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                best = best.min(d[i - 2][j - 2] + 1);
            }
            d[i][j] = best;
        }
    }
    d[n][m]
}

/// A key under which two free-text items count as "the same quality":
/// their stems, sorted and joined. "Public speaking" and "speaking in
/// public" share a key.
#[must_use]
pub fn same_quality_key(text: &str) -> String {
    let mut s = stems(text);
    s.sort();
    s.dedup();
    s.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_line_removes_controls_and_keeps_scripts() {
        assert_eq!(clean_line("  Dana\0 \t Smith \n"), "Dana Smith");
        assert_eq!(clean_line("مريم"), "مريم");
        assert_eq!(clean_line("Zoë 🚀"), "Zoë 🚀");
        assert_eq!(clean_line("\u{FEFF}\u{200B}"), "");
        assert_eq!(clean_line(""), "");
    }

    #[test]
    fn clean_multiline_keeps_line_breaks() {
        assert_eq!(clean_multiline("a\r\nb\0c\n\n"), "a\nbc");
    }

    #[test]
    fn words_drop_punctuation_case_and_stopwords() {
        assert_eq!(
            words("Good at PUBLIC-speaking!"),
            vec!["public", "speaking"]
        );
        assert_eq!(words("the team's goals"), vec!["teams", "goals"]);
    }

    #[test]
    fn stems_meet_across_inflections() {
        assert_eq!(stem("skills"), stem("skill"));
        assert_eq!(stem("priorities"), stem("priority"));
        assert_eq!(stem("delegating"), stem("delegate"));
        assert_eq!(stem("managed"), stem("manage"));
        assert_eq!(stem("processes"), stem("process"));
    }

    #[test]
    fn similarity_accepts_typos_and_rejects_strangers() {
        assert!(similarity(&stem("comunication"), &stem("communication")) >= 0.85);
        assert!(similarity(&stem("prioritising"), &stem("prioritizing")) >= 0.85);
        assert!(similarity(&stem("communicate"), &stem("communication")) >= 0.85);
        assert!(similarity("cat", "car") < 0.1);
        assert!(similarity(&stem("forklift"), &stem("feedback")) < 0.1);
        assert!(similarity(&stem("fishing"), &stem("finishing")) < 0.1);
    }

    #[test]
    fn edit_distance_counts_swaps_once() {
        let a: Vec<char> = "communciation".chars().collect();
        let b: Vec<char> = "communication".chars().collect();
        assert_eq!(edit_distance(&a, &b), 1);
    }

    #[test]
    fn same_quality_key_ignores_order_and_inflection() {
        assert_eq!(
            same_quality_key("Public speaking"),
            same_quality_key("speaking in public")
        );
    }
}
