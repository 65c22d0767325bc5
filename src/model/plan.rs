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

/// How many focus skills a plan should hold: more spreads attention too thin
/// to change anything between two sessions.
pub const RECOMMENDED_FOCUS: usize = 3;

impl PlanStatus {
    pub const ALL: [PlanStatus; 4] = [
        PlanStatus::NotStarted,
        PlanStatus::InProgress,
        PlanStatus::Achieved,
        PlanStatus::Paused,
    ];

    #[must_use]
    pub fn label(self) -> String {
        match self {
            PlanStatus::NotStarted => crate::t!("status-not-started"),
            PlanStatus::InProgress => crate::t!("status-in-progress"),
            PlanStatus::Achieved => crate::t!("status-achieved"),
            PlanStatus::Paused => crate::t!("status-paused"),
        }
    }
}

impl FocusSkill {
    /// A new focus on `skill`, its actions suggested from the skill's
    /// strategies (to edit, keep or remove).
    #[must_use]
    pub fn suggested(skill: &super::Skill) -> Self {
        FocusSkill {
            skill: skill.id.clone(),
            goal: String::new(),
            actions: skill.strategies.iter().take(2).map(Action::new).collect(),
            resources: Vec::new(),
            measure: String::new(),
            target_date: None,
            status: PlanStatus::NotStarted,
            extra: serde_json::Map::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Catalog, CatalogId, Skill};

    fn catalog() -> Catalog {
        let mut skills: Vec<Skill> = ["listening", "planning", "feedback", "vision"]
            .iter()
            .map(|id| Skill::named(id, &id.to_uppercase()))
            .collect();
        skills[1].strategies = vec![
            "Plan the week on Monday".into(),
            "Say no once a day".into(),
            "Third".into(),
        ];
        Catalog {
            id: CatalogId::new("c"),
            version: 1,
            title: "C".into(),
            description: String::new(),
            scale: crate::model::Scale::default(),
            skills,
            roles: Vec::new(),
        }
    }

    #[test]
    fn a_suggested_focus_brings_two_strategies_as_actions() {
        let c = catalog();
        let f = FocusSkill::suggested(&c.skills[1]);
        let texts: Vec<&str> = f.actions.iter().map(|a| a.text.as_str()).collect();
        assert_eq!(texts, ["Plan the week on Monday", "Say no once a day"]);
        assert_eq!(f.status, PlanStatus::NotStarted);
    }
}
