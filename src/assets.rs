//! Files built into the binary, so that Lodestar works on a fresh machine
//! with nothing installed beside it.

/// The built-in recommended lists: (file name, JSON). The first is the default.
pub const CATALOGS: &[(&str, &str)] = &[
    (
        "recommended.json",
        include_str!("../assets/catalogs/recommended.json"),
    ),
    (
        "team-outcomes.json",
        include_str!("../assets/catalogs/team-outcomes.json"),
    ),
    (
        "technical-leader.json",
        include_str!("../assets/catalogs/technical-leader.json"),
    ),
];

/// The sample profile a new user finds on first start.
pub const SAMPLE_PROFILE: &str = include_str!("../assets/sample-profile.json");

/// The reflective questions for a coaching conversation.
pub const REFLECTIVE_QUESTIONS: &str = include_str!("../assets/reflective_questions.json");

/// The content file `path` ("catalogs/recommended.json") in `lang`, where
/// that language has it.
fn translated(lang: crate::i18n::Lang, path: &str) -> Option<&'static str> {
    crate::i18n::CONTENT
        .iter()
        .find(|(tag, p, _)| *tag == lang.tag() && *p == path)
        .map(|(_, _, text)| *text)
}

/// The built-in lists in `lang` (in English where it has no translation of
/// one): (file name, JSON), the default first. Every language has the same
/// lists with the same ids, so a profile keeps its ratings in any language.
#[must_use]
pub fn catalogs(lang: crate::i18n::Lang) -> Vec<(&'static str, &'static str)> {
    CATALOGS
        .iter()
        .map(|(name, english)| {
            let text = translated(lang, &format!("catalogs/{name}")).unwrap_or(english);
            (*name, text)
        })
        .collect()
}

/// The sample profile in `lang`.
#[must_use]
pub fn sample_profile(lang: crate::i18n::Lang) -> &'static str {
    translated(lang, "sample-profile.json").unwrap_or(SAMPLE_PROFILE)
}

/// The reflective questions in `lang`.
#[must_use]
pub fn reflective_questions(lang: crate::i18n::Lang) -> &'static str {
    translated(lang, "reflective_questions.json").unwrap_or(REFLECTIVE_QUESTIONS)
}
