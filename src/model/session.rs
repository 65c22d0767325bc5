//! Coaching sessions and the actions agreed in them. Open actions carry
//! forward from one session to the next until they are done or dropped.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::catalog::SkillId;
use super::ids::RecordId;

/// How long a session is planned to take unless said otherwise.
pub const DEFAULT_SESSION_MINUTES: u32 = 60;
/// The longest session that can be planned (a whole working day).
pub const MAX_SESSION_MINUTES: u32 = 8 * 60;

fn default_session_minutes() -> u32 {
    DEFAULT_SESSION_MINUTES
}

#[allow(clippy::trivially_copy_pass_by_ref)] // serde's signature
fn is_default_minutes(m: &u32) -> bool {
    *m == DEFAULT_SESSION_MINUTES
}

/// Where an action stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    #[default]
    Open,
    Done,
    Dropped,
}

/// Something the technician (or coach) agreed to do.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Action {
    #[serde(default)]
    pub id: RecordId,
    pub text: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub skill: Option<SkillId>,
    #[serde(default)]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<Date>,
    #[serde(default)]
    pub status: ActionStatus,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl Action {
    #[must_use]
    pub fn new(text: impl Into<String>) -> Self {
        Self {
            id: RecordId::fresh(),
            text: text.into(),
            skill: None,
            owner: String::new(),
            due: None,
            status: ActionStatus::Open,
            extra: serde_json::Map::new(),
        }
    }

    /// Open and past its due date on `today`.
    #[must_use]
    pub fn is_overdue(&self, today: Date) -> bool {
        self.status == ActionStatus::Open && self.due.is_some_and(|d| d < today)
    }
}

/// A reflective prompt and what the technician answered.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PromptAnswer {
    #[serde(default)]
    pub id: RecordId,
    pub prompt: String,
    #[serde(default)]
    pub answer: String,
}

/// One coaching conversation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Session {
    #[serde(default)]
    pub id: RecordId,
    pub date: Date,
    #[serde(default)]
    pub duration_minutes: u32,
    #[serde(default)]
    pub coach: String,
    #[serde(default)]
    pub agenda: Vec<String>,
    #[serde(default)]
    pub notes: String,
    /// Notes for the coach only: kept out of summaries and printed plans.
    #[serde(default)]
    pub private_notes: String,
    #[serde(default)]
    pub prompts: Vec<PromptAnswer>,
    /// The assessment taken in this session.
    #[serde(
        default,
        rename = "assessment_id",
        skip_serializing_if = "Option::is_none"
    )]
    pub assessment: Option<RecordId>,
    #[serde(default)]
    pub actions: Vec<Action>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_date: Option<Date>,
    /// When the next session starts, on `next_date` (none: not agreed yet;
    /// the calendar then holds the whole day).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next_time: Option<jiff::civil::Time>,
    /// How long the next session is planned to take, in minutes.
    #[serde(
        default = "default_session_minutes",
        skip_serializing_if = "is_default_minutes"
    )]
    pub next_minutes: u32,
    /// Skills talked about in this session (so blind spots leave the agenda).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub discussed: Vec<SkillId>,
    /// Started and not yet ended with "End session" (one left open by a
    /// crash can be continued).
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub in_progress: bool,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

impl PromptAnswer {
    /// A prompt asked, not answered yet.
    #[must_use]
    pub fn new(prompt: impl Into<String>) -> Self {
        Self {
            id: RecordId::fresh(),
            prompt: prompt.into(),
            answer: String::new(),
        }
    }
}

impl Session {
    #[must_use]
    pub fn new(date: Date) -> Self {
        Self {
            id: RecordId::fresh(),
            date,
            duration_minutes: 0,
            coach: String::new(),
            agenda: Vec::new(),
            notes: String::new(),
            private_notes: String::new(),
            prompts: Vec::new(),
            assessment: None,
            actions: Vec::new(),
            next_date: None,
            next_time: None,
            next_minutes: DEFAULT_SESSION_MINUTES,
            discussed: Vec::new(),
            in_progress: false,
            extra: serde_json::Map::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn only_open_actions_past_due_are_overdue() {
        let mut a = Action::new("Run the stand-up twice");
        a.due = Some(date(2026, 3, 1));
        assert!(a.is_overdue(date(2026, 3, 2)));
        assert!(!a.is_overdue(date(2026, 3, 1)));
        a.status = ActionStatus::Done;
        assert!(!a.is_overdue(date(2026, 4, 1)));
    }
}
