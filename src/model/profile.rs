//! The technician's profile: who they are, the recommended list they follow,
//! their *have* and *want* checklists, ratings over time, sessions and plan.
//!
//! Free text enters through the validating constructors here, so the rest of
//! the program only ever sees clean, bounded values.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

use super::catalog::{CatalogId, SkillId};
use super::evidence::{Evidence, MAX_EVIDENCE_CHARS, MAX_LINK_CHARS};
use super::feedback::{FeedbackAnswer, FeedbackRequest, MAX_EXAMPLE_CHARS};
use super::ids::RecordId;
use super::level::Scale;
use super::plan::Plan;
use super::rating::{Assessment, Level};
use super::session::Session;
pub use super::text::{
    MAX_ITEM_CHARS, MAX_NAME_CHARS, MAX_NOTE_CHARS, TextError, validated_line, validated_note,
    validated_optional_line,
};
use super::text::{clean_line, clean_multiline};
use super::workplace::Workplace;

/// A one-line text of a profile from elsewhere, cleaned and cut to `max`
/// characters; a cut is said in `said`.
fn hold_line(what: &str, text: &mut String, max: usize, said: &mut Vec<String>) {
    let clean = clean_line(text);
    let len = clean.chars().count();
    *text = if len > max {
        said.push(crate::t!(
            "text-cut",
            what = crate::i18n::text(what, None),
            len = len,
            max = max
        ));
        clean
            .chars()
            .take(max)
            .collect::<String>()
            .trim_end()
            .to_owned()
    } else {
        clean
    };
}

/// A profile's identifier, which is also its file name. Only lowercase
/// ASCII letters, digits and `-`, 1 to 64 long: never a person's name,
/// never a path.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct ProfileId(String);

impl ProfileId {
    /// Accepts an id only if it is safe to use as a file name on every OS.
    #[must_use]
    pub fn parse(raw: &str) -> Option<Self> {
        let ok = !raw.is_empty()
            && raw.len() <= 64
            && raw
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
            && !raw.starts_with('-');
        ok.then(|| Self(raw.to_owned()))
    }

    #[must_use]
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for ProfileId {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value).ok_or_else(|| format!("\"{value}\" is not a valid profile id"))
    }
}

impl From<ProfileId> for String {
    fn from(id: ProfileId) -> String {
        id.0
    }
}

impl fmt::Display for ProfileId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// Identifies a checklist item within its profile (stable across edits and
/// reordering, unique across both checklists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct ItemId(pub u64);

/// One quality on the *have* or *want* checklist.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChecklistItem {
    pub id: ItemId,
    pub text: String,
    /// The catalog skill this item stands for, once the person confirmed it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<SkillId>,
    /// Evidence or a short note ("ran the outage bridge in March").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// Which of the two checklists.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ListKind {
    Have,
    Want,
}

impl ListKind {
    #[must_use]
    pub fn label(self) -> &'static str {
        match self {
            ListKind::Have => "Have",
            ListKind::Want => "Want",
        }
    }
}

/// The schema version this build writes. See `store::migrate` for history.
/// 3: levels 6 and 7 (a list's own scale) and `aiming_for`; an older
/// build opens such a profile read-only instead of failing to read it.
pub const SCHEMA_VERSION: u32 = 3;

/// A technician's profile.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Profile {
    pub schema_version: u32,
    pub id: ProfileId,
    pub name: String,
    #[serde(default)]
    pub role: String,
    #[serde(default)]
    pub team: String,
    #[serde(default)]
    pub coach: String,
    /// Where they work: that workplace's examples come first.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workplace: Option<Workplace>,
    #[serde(default)]
    pub catalog: CatalogId,
    #[serde(default)]
    pub have: Vec<ChecklistItem>,
    #[serde(default)]
    pub want: Vec<ChecklistItem>,
    /// The level aimed for, per skill.
    #[serde(default)]
    pub targets: BTreeMap<SkillId, Level>,
    /// The role of the list's ladder the person is growing into, when the
    /// targets were taken from it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aiming_for: Option<String>,
    #[serde(default)]
    pub assessments: Vec<Assessment>,
    #[serde(default)]
    pub sessions: Vec<Session>,
    #[serde(default)]
    pub plan: Plan,
    /// Things that happened at work and show a skill (see `evidence`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub evidence: Vec<Evidence>,
    /// Requests for feedback from colleagues, each with its answers pooled
    /// (see `feedback`).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub feedback: Vec<FeedbackRequest>,
    /// Colleagues' answers one by one: the coach's only, never sent to the
    /// technician.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub colleague_answers: Vec<FeedbackAnswer>,
    /// Fields written by a newer Lodestar (or another tool) that this build
    /// does not know. Kept so that saving never drops them.
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Profile {
    /// A new, empty profile following the default recommended list.
    ///
    /// # Errors
    /// When the name is empty or too long after cleaning.
    pub fn new(id: ProfileId, name: &str) -> Result<Self, TextError> {
        Ok(Self {
            schema_version: SCHEMA_VERSION,
            id,
            name: validated_line(name, "field-name", MAX_NAME_CHARS)?,
            role: String::new(),
            team: String::new(),
            coach: String::new(),
            workplace: None,
            catalog: CatalogId::default_recommended(),
            have: Vec::new(),
            want: Vec::new(),
            targets: BTreeMap::new(),
            aiming_for: None,
            assessments: Vec::new(),
            sessions: Vec::new(),
            plan: Plan::default(),
            evidence: Vec::new(),
            feedback: Vec::new(),
            colleague_answers: Vec::new(),
            extra: serde_json::Map::new(),
        })
    }

    /// Renames the profile.
    ///
    /// # Errors
    /// When the new name is empty or too long; the old name stays.
    pub fn rename(&mut self, raw: &str) -> Result<(), TextError> {
        self.name = validated_line(raw, "field-name", MAX_NAME_CHARS)?;
        Ok(())
    }

    /// Sets role, team and coach (each may be empty). Returns whether
    /// anything changed.
    ///
    /// # Errors
    /// When one is too long; then nothing changes.
    pub fn set_details(&mut self, role: &str, team: &str, coach: &str) -> Result<bool, TextError> {
        let role = validated_optional_line(role, "field-role", MAX_NAME_CHARS)?;
        let team = validated_optional_line(team, "field-team", MAX_NAME_CHARS)?;
        let coach = validated_optional_line(coach, "field-coach-s-name", MAX_NAME_CHARS)?;
        let changed = (self.role != role) || (self.team != team) || (self.coach != coach);
        self.role = role;
        self.team = team;
        self.coach = coach;
        Ok(changed)
    }

    #[must_use]
    pub fn list(&self, kind: ListKind) -> &[ChecklistItem] {
        match kind {
            ListKind::Have => &self.have,
            ListKind::Want => &self.want,
        }
    }

    fn list_mut(&mut self, kind: ListKind) -> &mut Vec<ChecklistItem> {
        match kind {
            ListKind::Have => &mut self.have,
            ListKind::Want => &mut self.want,
        }
    }

    /// A new item id no item has: random, so that items added on two
    /// computers to copies of this profile never share one.
    fn next_item_id(&self) -> ItemId {
        loop {
            let id = ItemId(super::ids::fresh_u53());
            if self.item(id).is_none() {
                return id;
            }
        }
    }

    /// Holds a profile read from elsewhere (an import, a sent file, a
    /// synced copy) to the limits typed text has: control characters
    /// cleaned, texts over their limit cut, empty items dropped. Says what
    /// was changed, one line per field, for the person to read.
    pub fn hold_to_limits(&mut self) -> Vec<String> {
        let mut said = Vec::new();
        let mut line = |what: &str, text: &mut String, max: usize| {
            hold_line(what, text, max, &mut said);
        };
        line("field-name", &mut self.name, MAX_NAME_CHARS);
        line("field-role", &mut self.role, MAX_NAME_CHARS);
        line("field-team", &mut self.team, MAX_NAME_CHARS);
        line("field-coach", &mut self.coach, MAX_NAME_CHARS);
        if let Some(role) = &mut self.aiming_for {
            line("field-role-aimed-for", role, MAX_NAME_CHARS);
        }
        for item in self.have.iter_mut().chain(self.want.iter_mut()) {
            line(
                "field-text-of-a-have-or-want-item",
                &mut item.text,
                MAX_ITEM_CHARS,
            );
        }
        for s in &mut self.sessions {
            line("field-coach-of-a-session", &mut s.coach, MAX_NAME_CHARS);
            for a in &mut s.agenda {
                line("field-line-of-a-session-s-agenda", a, MAX_ITEM_CHARS);
            }
            for p in &mut s.prompts {
                line(
                    "field-question-asked-in-a-session",
                    &mut p.prompt,
                    MAX_ITEM_CHARS,
                );
            }
            for a in &mut s.actions {
                line("field-text-of-an-action", &mut a.text, MAX_ITEM_CHARS);
                line("field-owner-of-an-action", &mut a.owner, MAX_NAME_CHARS);
            }
        }
        for f in &mut self.plan.focus {
            line("field-goal-of-a-focus-skill", &mut f.goal, MAX_ITEM_CHARS);
            line(
                "field-measure-of-a-focus-skill",
                &mut f.measure,
                MAX_ITEM_CHARS,
            );
            for a in &mut f.actions {
                line("field-text-of-an-action", &mut a.text, MAX_ITEM_CHARS);
                line("field-owner-of-an-action", &mut a.owner, MAX_ITEM_CHARS);
            }
            for r in &mut f.resources {
                line("field-text-of-a-resource", r, MAX_ITEM_CHARS);
            }
        }
        if self.name.is_empty() {
            let unnamed = crate::t!("profile-unnamed");
            said.push(crate::t!("profile-had-no-name", name = unnamed.clone()));
            self.name = unnamed;
        }
        let before = self.have.len() + self.want.len();
        self.have.retain(|i| !i.text.is_empty());
        self.want.retain(|i| !i.text.is_empty());
        let dropped = before - self.have.len() - self.want.len();
        if dropped > 0 {
            said.push(crate::t!("profile-empty-items", n = dropped));
        }
        let mut note = |what: &str, text: &mut String| {
            let clean = clean_multiline(text);
            let len = clean.chars().count();
            *text = if len > MAX_NOTE_CHARS {
                said.push(crate::t!(
                    "text-cut",
                    what = crate::i18n::text(what, None),
                    len = len,
                    max = MAX_NOTE_CHARS
                ));
                clean.chars().take(MAX_NOTE_CHARS).collect()
            } else {
                clean
            };
        };
        for item in self.have.iter_mut().chain(self.want.iter_mut()) {
            note("field-note-of-an-item", &mut item.note);
        }
        for a in &mut self.assessments {
            note("field-note-of-an-assessment", &mut a.note);
        }
        for s in &mut self.sessions {
            note("field-note-of-a-session", &mut s.notes);
            note("field-private-note-of-a-session", &mut s.private_notes);
            for p in &mut s.prompts {
                note("field-answer-to-a-question", &mut p.answer);
            }
        }
        self.hold_evidence(&mut said);
        self.hold_feedback(&mut said);
        // The same message for many records once.
        said.dedup();
        said
    }

    /// [`Self::hold_to_limits`] for feedback from colleagues: names and
    /// examples as typed text, levels and means within each request's scale.
    fn hold_feedback(&mut self, said: &mut Vec<String>) {
        for r in &mut self.feedback {
            r.levels = r.levels.clamp(Scale::MIN_LEVELS, Scale::MAX_LEVELS);
            let top = u16::from(r.levels) * 10;
            for p in r.pooled.skills.values_mut() {
                p.tenths = p.tenths.clamp(10, top);
            }
        }
        for a in &mut self.colleague_answers {
            hold_line(
                "field-signed-name-of-an-answer",
                &mut a.signed,
                MAX_NAME_CHARS,
                said,
            );
            let top = self
                .feedback
                .iter()
                .find(|r| r.id == a.request)
                .map_or(Scale::MAX_LEVELS, |r| r.levels);
            let before = a.ratings.len();
            a.ratings.retain(|_, l| l.get() <= top);
            if a.ratings.len() < before {
                said.push(crate::t!("answer-level-left-out"));
            }
            for text in a.examples.values_mut() {
                let clean = clean_multiline(text);
                let len = clean.chars().count();
                *text = if len > MAX_EXAMPLE_CHARS {
                    said.push(crate::t!(
                        "text-cut",
                        what = crate::t!("field-colleague-example"),
                        len = len,
                        max = MAX_EXAMPLE_CHARS
                    ));
                    clean.chars().take(MAX_EXAMPLE_CHARS).collect()
                } else {
                    clean
                };
            }
            a.examples.retain(|_, t| !t.trim().is_empty());
        }
    }

    /// [`Self::hold_to_limits`] for the evidence log.
    fn hold_evidence(&mut self, said: &mut Vec<String>) {
        for e in &mut self.evidence {
            let who = "field-name-of-who-saw-a-piece-of-evidence";
            hold_line(who, &mut e.who, MAX_NAME_CHARS, said);
            hold_line(
                "field-link-of-a-piece-of-evidence",
                &mut e.link,
                MAX_LINK_CHARS,
                said,
            );
            if !e.file.is_empty() {
                e.file = super::evidence::safe_file_name(&e.file);
            }
        }
        for e in &mut self.evidence {
            let clean = clean_multiline(&e.text);
            let len = clean.chars().count();
            e.text = if len > MAX_EVIDENCE_CHARS {
                said.push(crate::t!(
                    "text-cut",
                    what = crate::t!("field-evidence"),
                    len = len,
                    max = MAX_EVIDENCE_CHARS
                ));
                clean.chars().take(MAX_EVIDENCE_CHARS).collect()
            } else {
                clean
            };
        }
        for e in &mut self.evidence {
            if !e.link.is_empty() && !super::evidence::is_web_address(&e.link) {
                said.push(crate::t!("evidence-link-left-out", link = e.link.clone()));
                e.link.clear();
            }
        }
        let before = self.evidence.len();
        self.evidence.retain(|e| !e.text.trim().is_empty());
        if self.evidence.len() < before {
            said.push(crate::t!(
                "evidence-empty-left-out",
                n = before - self.evidence.len()
            ));
        }
    }

    /// Gives every record made without an id (0) a new one.
    pub fn ensure_ids(&mut self) {
        let fill = |id: &mut RecordId| {
            if id.is_none() {
                *id = RecordId::fresh();
            }
        };
        for a in &mut self.assessments {
            fill(&mut a.id);
        }
        for s in &mut self.sessions {
            fill(&mut s.id);
            s.actions.iter_mut().for_each(|a| fill(&mut a.id));
            s.prompts.iter_mut().for_each(|p| fill(&mut p.id));
        }
        for f in &mut self.plan.focus {
            f.actions.iter_mut().for_each(|a| fill(&mut a.id));
        }
        for e in &mut self.evidence {
            fill(&mut e.id);
        }
        for r in &mut self.feedback {
            fill(&mut r.id);
        }
        for a in &mut self.colleague_answers {
            fill(&mut a.id);
        }
    }

    /// Adds a quality to a checklist, optionally already linked to a skill
    /// (when picked from the recommended list rather than typed).
    ///
    /// # Errors
    /// When the text is empty or too long.
    pub fn add_item(
        &mut self,
        kind: ListKind,
        text: &str,
        skill: Option<SkillId>,
    ) -> Result<ItemId, TextError> {
        let text = validated_line(text, "field-quality", MAX_ITEM_CHARS)?;
        let id = self.next_item_id();
        self.list_mut(kind).push(ChecklistItem {
            id,
            text,
            skill,
            note: String::new(),
            extra: serde_json::Map::new(),
        });
        Ok(id)
    }

    /// Finds an item in either list.
    #[must_use]
    pub fn item(&self, id: ItemId) -> Option<(ListKind, &ChecklistItem)> {
        self.have
            .iter()
            .find(|i| i.id == id)
            .map(|i| (ListKind::Have, i))
            .or_else(|| {
                self.want
                    .iter()
                    .find(|i| i.id == id)
                    .map(|i| (ListKind::Want, i))
            })
    }

    fn item_mut(&mut self, id: ItemId) -> Option<&mut ChecklistItem> {
        self.have
            .iter_mut()
            .chain(self.want.iter_mut())
            .find(|i| i.id == id)
    }

    /// Changes an item's text. Returns `Ok(false)` if there is no such item.
    ///
    /// # Errors
    /// When the text is empty or too long; the old text stays.
    pub fn edit_item(&mut self, id: ItemId, text: &str) -> Result<bool, TextError> {
        let text = validated_line(text, "field-quality", MAX_ITEM_CHARS)?;
        Ok(self.item_mut(id).map(|i| i.text = text).is_some())
    }

    /// Sets an item's note. Returns `Ok(false)` if there is no such item.
    ///
    /// # Errors
    /// When the note is too long; the old note stays.
    pub fn set_item_note(&mut self, id: ItemId, note: &str) -> Result<bool, TextError> {
        let note = validated_note(note)?;
        Ok(self.item_mut(id).map(|i| i.note = note).is_some())
    }

    /// Links an item to a skill (the person confirmed a suggestion) or
    /// unlinks it. Returns false if there is no such item.
    pub fn link_item(&mut self, id: ItemId, skill: Option<SkillId>) -> bool {
        self.item_mut(id).map(|i| i.skill = skill).is_some()
    }

    /// Removes an item, returning it (for undo).
    pub fn remove_item(&mut self, id: ItemId) -> Option<(ListKind, usize, ChecklistItem)> {
        for kind in [ListKind::Have, ListKind::Want] {
            let list = self.list_mut(kind);
            if let Some(pos) = list.iter().position(|i| i.id == id) {
                return Some((kind, pos, list.remove(pos)));
            }
        }
        None
    }

    /// Moves an item within its list to `to` (clamped). Returns false if
    /// there is no such item.
    pub fn move_item(&mut self, id: ItemId, to: usize) -> bool {
        for kind in [ListKind::Have, ListKind::Want] {
            let list = self.list_mut(kind);
            if let Some(pos) = list.iter().position(|i| i.id == id) {
                let item = list.remove(pos);
                let to = to.min(list.len());
                list.insert(to, item);
                return true;
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn profile() -> Profile {
        Profile::new(ProfileId::parse("p-1").expect("valid id"), "Dana").expect("valid name")
    }

    #[test]
    fn profile_ids_are_never_paths() {
        for bad in [
            "",
            "../x",
            "CON",
            "a/b",
            "a\\b",
            "a\0b",
            "-x",
            "Ü",
            &"a".repeat(65),
        ] {
            assert!(ProfileId::parse(bad).is_none(), "{bad:?} accepted");
        }
        assert!(ProfileId::parse("p-0123abcd").is_some());
    }

    #[test]
    fn names_are_cleaned_and_bounded() {
        let mut p = profile();
        assert!(matches!(p.rename("   "), Err(TextError::Empty { .. })));
        assert!(matches!(
            p.rename(&"x".repeat(10_000)),
            Err(TextError::TooLong { len: 10_000, .. })
        ));
        assert_eq!(p.name, "Dana", "a refused rename keeps the old name");
        p.rename("Zoë\0 Ångström 🚀").expect("valid");
        assert_eq!(p.name, "Zoë Ångström 🚀");
        p.rename("مريم").expect("valid");
        assert_eq!(p.name, "مريم");
    }

    #[test]
    fn details_may_be_empty_but_not_too_long() {
        let mut p = profile();
        assert_eq!(p.set_details(" Lab\ttech ", "", "Sam"), Ok(true));
        assert_eq!(
            (p.role.as_str(), p.team.as_str(), p.coach.as_str()),
            ("Lab tech", "", "Sam")
        );
        assert_eq!(p.set_details("Lab tech", "", "Sam"), Ok(false));
        assert!(p.set_details(&"r".repeat(121), "x", "y").is_err());
        assert_eq!(p.team, "", "a refused change changes nothing");
    }

    #[test]
    fn items_get_unique_ids_across_lists_and_can_move() {
        let mut p = profile();
        let a = p.add_item(ListKind::Have, "Listening", None).expect("ok");
        let b = p.add_item(ListKind::Want, "Delegation", None).expect("ok");
        let c = p
            .add_item(ListKind::Have, "Calm in outages", None)
            .expect("ok");
        assert!(a != b && b != c && a != c);
        assert!(p.move_item(c, 0));
        assert_eq!(p.have[0].id, c);
        let (kind, pos, item) = p.remove_item(b).expect("exists");
        assert_eq!(
            (kind, pos, item.text.as_str()),
            (ListKind::Want, 0, "Delegation")
        );
        assert!(p.add_item(ListKind::Want, "", None).is_err());
        let d = p.add_item(ListKind::Want, "Strategy", None).expect("ok");
        assert!(![a, c].contains(&d), "a new id, never one in use");
        // Ids are random, not counted: two copies of a profile adding an
        // item each do not pick the same id.
        let mut other = p.clone();
        let mine = p.add_item(ListKind::Have, "Mine", None).expect("ok");
        let theirs = other.add_item(ListKind::Have, "Theirs", None).expect("ok");
        assert_ne!(mine, theirs);
    }
}
