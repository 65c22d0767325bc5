//! The reflective questions a coach can bring into any conversation: how
//! you see yourself, your relationships, your performance, and how you put
//! it together into a plan.

use serde::{Deserialize, Serialize};

/// A question with the smaller prompts that open it up.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReflectiveQuestion {
    pub id: String,
    pub question: String,
    #[serde(default)]
    pub prompts: Vec<String>,
}

/// Parses a list of questions from JSON.
///
/// # Errors
/// When the text is not such a list.
pub fn parse_questions(json: &str) -> Result<Vec<ReflectiveQuestion>, serde_json::Error> {
    serde_json::from_str(json)
}
