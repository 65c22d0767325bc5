//! The evidence log: dated things that happened at work and show a skill
//! growing ("ran the outage bridge on Tuesday, the customer thanked us"),
//! who saw them, and a link or a file that backs them up.
//!
//! Evidence is what turns a rating from an opinion into a fact both people
//! can point at: the agenda asks about a skill rated up with nothing to
//! show for it, and the printed plan lists what each focus skill has.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::catalog::SkillId;
use super::ids::RecordId;
use super::text::{MAX_NAME_CHARS, TextError, clean_multiline, validated_optional_line};

/// Longest evidence text, in characters (a STAR note fits easily).
pub const MAX_EVIDENCE_CHARS: usize = 4_000;
/// Longest link, in characters.
pub const MAX_LINK_CHARS: usize = 2_000;
/// The largest file kept with an entry.
pub const MAX_ATTACHMENT_BYTES: u64 = 20 * 1024 * 1024;

/// Who saw it happen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Witness {
    /// The technician noted it themselves.
    #[default]
    #[serde(rename = "self")]
    Myself,
    Coach,
    Colleague,
    Customer,
}

impl Witness {
    pub const ALL: [Witness; 4] = [
        Witness::Myself,
        Witness::Coach,
        Witness::Colleague,
        Witness::Customer,
    ];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            Witness::Myself => crate::t!("witness-myself"),
            Witness::Coach => crate::t!("witness-coach"),
            Witness::Colleague => crate::t!("witness-colleague"),
            Witness::Customer => crate::t!("witness-customer"),
        }
    }

    /// The witness inside a sentence ("seen by the coach").
    #[must_use]
    pub fn in_sentence(self) -> String {
        let key = match self {
            Witness::Myself => "self",
            Witness::Coach => "coach",
            Witness::Colleague => "colleague",
            Witness::Customer => "customer",
        };
        crate::t!("witness-in-sentence", witness = key)
    }
}

/// One entry of the log.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Evidence {
    #[serde(default)]
    pub id: RecordId,
    pub date: Date,
    /// What happened: a sentence, or a STAR note (situation, task, action,
    /// result, one per line).
    pub text: String,
    /// The skills it shows (at least one when typed in the app).
    #[serde(default)]
    pub skills: Vec<SkillId>,
    #[serde(default)]
    pub seen_by: Witness,
    /// The colleague's or customer's name, if given.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// A web address (a ticket, a shared document).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub link: String,
    /// The name of a file kept with this entry (in the config folder,
    /// beside the profile; see `store::attachments`).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub file: String,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The four headings of a STAR note, in order, in the language in use.
#[must_use]
pub fn star_headings() -> [String; 4] {
    [
        crate::t!("star-situation"),
        crate::t!("star-task"),
        crate::t!("star-action"),
        crate::t!("star-result"),
    ]
}

/// A STAR note as one text: a heading per part that was filled in.
#[must_use]
pub fn star_text(parts: &[String; 4]) -> String {
    star_headings()
        .iter()
        .zip(parts)
        .filter(|(_, p)| !p.trim().is_empty())
        .map(|(h, p)| crate::t!("star-line", heading = h.clone(), text = p.trim().to_owned()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// What to say when no skill was picked.
#[must_use]
pub fn no_skill() -> String {
    crate::t!("evidence-no-skill")
}

impl Evidence {
    #[must_use]
    pub fn new(date: Date, text: impl Into<String>, skills: Vec<SkillId>) -> Self {
        Self {
            id: RecordId::fresh(),
            date,
            text: text.into(),
            skills,
            seen_by: Witness::Myself,
            who: String::new(),
            link: String::new(),
            file: String::new(),
            extra: serde_json::Map::new(),
        }
    }

    /// The entry cleaned and checked as typed: text not empty and bounded,
    /// at least one skill, a link that is a web address.
    ///
    /// # Errors
    /// A [`TextError`] saying what to change.
    pub fn validated(mut self) -> Result<Self, TextError> {
        clean_multiline(&self.text)
            .trim()
            .clone_into(&mut self.text);
        let len = self.text.chars().count();
        if len == 0 {
            return Err(TextError::Empty {
                what: "field-description-of-what-happened",
            });
        }
        if len > MAX_EVIDENCE_CHARS {
            return Err(TextError::TooLong {
                what: "field-description-of-what-happened",
                len,
                max: MAX_EVIDENCE_CHARS,
            });
        }
        self.skills.dedup();
        if self.skills.is_empty() {
            return Err(TextError::Invalid(no_skill()));
        }
        self.who = validated_optional_line(&self.who, "field-name-of-who-saw-it", MAX_NAME_CHARS)?;
        self.link = validated_optional_line(&self.link, "field-link", MAX_LINK_CHARS)?;
        if !self.link.is_empty() && !is_web_address(&self.link) {
            return Err(TextError::Invalid(crate::t!(
                "evidence-link-not-web",
                link = self.link.clone()
            )));
        }
        Ok(self)
    }

    /// Whether it shows `skill`.
    #[must_use]
    pub fn shows(&self, skill: &SkillId) -> bool {
        self.skills.contains(skill)
    }

    /// The first line of the text, for a list.
    #[must_use]
    pub fn headline(&self) -> &str {
        self.text.lines().next().unwrap_or_default()
    }
}

/// A link that opens in a browser or mail program: never a local path or
/// a script.
#[must_use]
pub fn is_web_address(link: &str) -> bool {
    let lower = link.to_ascii_lowercase();
    ["https://", "http://", "mailto:"]
        .iter()
        .any(|scheme| lower.starts_with(scheme) && lower.len() > scheme.len())
        && !link.chars().any(char::is_whitespace)
}

/// A file name safe on every system, from whatever name a file came with:
/// its last part only (never a path), no characters Windows refuses, not
/// a device name (`CON`, `NUL`, `COM1`…), at most 100 characters with its
/// extension kept.
#[must_use]
pub fn safe_file_name(raw: &str) -> String {
    let last = raw.rsplit(['/', '\\']).next().unwrap_or_default();
    let mut name: String = last
        .chars()
        .filter(|c| !c.is_control() && !matches!(c, '<' | '>' | ':' | '"' | '|' | '?' | '*'))
        .collect();
    name = name
        .trim_matches(|c: char| c == '.' || c.is_whitespace())
        .to_owned();
    let (stem, ext) = match name.rfind('.') {
        Some(i) if i > 0 && name.len() - i <= 12 => (name[..i].to_owned(), name[i..].to_owned()),
        _ => (name.clone(), String::new()),
    };
    let device = {
        let upper = stem.trim().to_ascii_uppercase();
        matches!(upper.as_str(), "CON" | "PRN" | "AUX" | "NUL")
            || ((upper.starts_with("COM") || upper.starts_with("LPT"))
                && upper.len() == 4
                && upper.as_bytes()[3].is_ascii_digit())
    };
    let mut stem: String = stem.chars().take(100 - ext.chars().count()).collect();
    if device {
        stem.insert(0, '_');
    }
    if stem.trim().is_empty() {
        "file".to_owned() + &ext
    } else {
        stem + &ext
    }
}

/// The entries showing `skill`, newest first, dated after `since` when
/// given (e.g. the last rating's date).
#[must_use]
pub fn for_skill<'a>(
    log: &'a [Evidence],
    skill: &SkillId,
    since: Option<Date>,
) -> Vec<&'a Evidence> {
    let mut found: Vec<&Evidence> = log
        .iter()
        .filter(|e| e.shows(skill) && since.is_none_or(|d| e.date > d))
        .collect();
    found.sort_by_key(|e| std::cmp::Reverse(e.date));
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn skill(id: &str) -> SkillId {
        SkillId::new(id)
    }

    #[test]
    fn typed_evidence_is_cleaned_and_checked() {
        let e = Evidence::new(date(2026, 11, 3), "  Led the\0 outage bridge \n", vec![]);
        assert_eq!(e.clone().validated(), Err(TextError::Invalid(no_skill())));
        let mut e = Evidence::new(date(2026, 11, 3), " \n ", vec![skill("communication")]);
        assert!(matches!(
            e.clone().validated(),
            Err(TextError::Empty { .. })
        ));
        e.text = "x".repeat(MAX_EVIDENCE_CHARS + 1);
        assert!(matches!(
            e.clone().validated(),
            Err(TextError::TooLong { .. })
        ));
        e.text = "Led the\0 outage bridge 🚀 مريم".into();
        e.skills = vec![skill("a"), skill("a"), skill("b")];
        let ok = e.validated().expect("valid");
        assert_eq!(ok.text, "Led the outage bridge 🚀 مريم");
        assert_eq!(ok.skills, [skill("a"), skill("b")]);
    }

    #[test]
    fn links_are_web_addresses_only() {
        for good in [
            "https://tickets.example/4711",
            "http://wiki/x",
            "mailto:a@b.c",
        ] {
            assert!(is_web_address(good), "{good}");
        }
        for bad in [
            "file:///etc/passwd",
            "javascript:alert(1)",
            "../x",
            "C:\\x",
            "https://",
            "https://a b",
        ] {
            assert!(!is_web_address(bad), "{bad}");
        }
        let mut e = Evidence::new(date(2026, 1, 1), "x", vec![skill("a")]);
        e.link = "javascript:alert(1)".into();
        assert!(matches!(
            e.validated(),
            Err(TextError::Invalid(m)) if m.contains("not a web address")
        ));
    }

    #[test]
    fn attached_file_names_are_safe_everywhere() {
        for (raw, safe) in [
            ("report.pdf", "report.pdf"),
            ("../../etc/passwd", "passwd"),
            ("C:\\Users\\x\\notes.txt", "notes.txt"),
            ("CON", "_CON"),
            ("nul.txt", "_nul.txt"),
            ("COM1.log", "_COM1.log"),
            ("a\0b?.png", "ab.png"),
            ("..", "file"),
            ("", "file"),
            (" photo 📷.jpg ", "photo 📷.jpg"),
        ] {
            assert_eq!(safe_file_name(raw), safe, "{raw:?}");
        }
        let long = format!("{}.docx", "x".repeat(300));
        let cut = safe_file_name(&long);
        assert_eq!(cut.chars().count(), 100);
        assert_eq!(
            std::path::Path::new(&cut).extension(),
            Some(std::ffi::OsStr::new("docx"))
        );
    }

    #[test]
    fn star_notes_keep_the_parts_filled_in() {
        let parts = [
            "Outage at the plant".to_owned(),
            String::new(),
            "Ran the bridge".to_owned(),
            " Back in 40 min ".to_owned(),
        ];
        assert_eq!(
            star_text(&parts),
            "Situation: Outage at the plant\nAction: Ran the bridge\nResult: Back in 40 min"
        );
    }

    #[test]
    fn evidence_for_a_skill_is_newest_first_and_after_a_date() {
        let log = vec![
            Evidence::new(date(2026, 1, 5), "old", vec![skill("a")]),
            Evidence::new(date(2026, 3, 5), "new", vec![skill("a"), skill("b")]),
            Evidence::new(date(2026, 2, 5), "other", vec![skill("b")]),
        ];
        let texts = |v: Vec<&Evidence>| v.iter().map(|e| e.text.clone()).collect::<Vec<_>>();
        assert_eq!(texts(for_skill(&log, &skill("a"), None)), ["new", "old"]);
        assert_eq!(
            texts(for_skill(&log, &skill("a"), Some(date(2026, 1, 5)))),
            ["new"]
        );
        assert!(for_skill(&log, &skill("c"), None).is_empty());
    }
}
