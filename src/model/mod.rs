//! The domain of Lodestar: skills and recommended lists, a technician's
//! profile with its checklists, ratings, sessions and plan, and the pure
//! functions of the method (matching free text to skills, comparing the
//! checklists with a recommended list).
//!
//! Nothing in here touches the file system, the clock or the screen, so all
//! of it is tested directly.

pub mod calendar;
pub mod catalog;
pub mod coaching;
pub mod colleagues;
pub mod compare;
pub mod due;
pub mod edit;
pub mod evidence;
pub mod feedback;
pub mod focus;
pub mod framework;
pub mod ids;
pub mod ladder;
pub mod level;
pub mod matching;
pub mod merge;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod questions;
pub mod rating;
pub mod session;
pub mod team;
pub mod text;
pub mod workplace;

pub use catalog::{Catalog, CatalogError, CatalogId, Example, LevelText, Role, Skill, SkillId};
pub use compare::{Comparison, compare};
pub use edit::{Edit, PlanField, SessionField, TypingKey};
pub use evidence::{Evidence, Witness};
pub use ids::RecordId;
pub use ladder::{Readiness, readiness};
pub use level::{Scale, ScaleError, ScaleLevel};
pub use matching::{Matcher, Suggestion, suggest};
pub use plan::{FocusSkill, Plan, PlanStatus};
pub use profile::{ChecklistItem, ItemId, ListKind, Profile, ProfileId, SCHEMA_VERSION, TextError};
pub use questions::{ReflectiveQuestion, parse_questions};
pub use rating::{Assessment, Level, Rater};
pub use session::{Action, ActionStatus, PromptAnswer, Session};
pub use workplace::Workplace;
