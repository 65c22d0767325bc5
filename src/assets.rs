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
