//! The development plan: a handful of focus skills, each with a goal,
//! actions, resources, a way to see success and a target date.

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use super::catalog::SkillId;
use super::session::Action;

/// Where a plan item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "kebab-case")]
pub enum PlanStatus {
    #[default]
    NotStarted,
    InProgress,
    Achieved,
    Paused,
}

/// One skill the plan concentrates on.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct FocusSkill {
    pub skill: SkillId,
    #[serde(default)]
    pub goal: String,
    #[serde(default)]
    pub actions: Vec<Action>,
    #[serde(default)]
    pub resources: Vec<String>,
    /// How the technician and coach will see that it worked.
    #[serde(default)]
    pub measure: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub target_date: Option<Date>,
    #[serde(default)]
    pub status: PlanStatus,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}

/// The plan as a whole.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Plan {
    #[serde(default)]
    pub focus: Vec<FocusSkill>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub review_date: Option<Date>,
    #[serde(flatten)]
    pub extra: serde_json::Map<String, serde_json::Value>,
}
