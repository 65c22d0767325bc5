//! Answer files from colleagues (see `model::feedback`): told apart from a
//! profile file by what they say they are, read within a size limit, and
//! taken into the profile whose request they answer.

use std::fs;
use std::io::Read as _;
use std::path::Path;

use jiff::civil::Date;
use serde_json::Value;

use super::error::{Result, StoreError};
use super::{ProfileHandle, Store};
use crate::model::ProfileId;
use crate::model::colleagues::{self, Added};
use crate::model::feedback::{ANSWER_KIND, AnswerFile};

/// The largest answer file taken in (a filled-in form is a few KB; every
/// example at its longest is well under this).
pub const MAX_ANSWER_BYTES: u64 = 2 * 1024 * 1024;

/// Reads `src` as an answer file: `None` when it is something else (a
/// profile, to be taken in as one).
///
/// # Errors
/// When it says it is an answer file but is too large or damaged.
pub fn read_answers(src: &Path) -> Result<Option<AnswerFile>> {
    let bad = |reason: String| StoreError::AnswerFile {
        path: src.to_path_buf(),
        reason,
    };
    let mut file = fs::File::open(src).map_err(StoreError::io("read", src))?;
    let mut head = Vec::new();
    (&mut file)
        .take(4096)
        .read_to_end(&mut head)
        .map_err(StoreError::io("read", src))?;
    if !String::from_utf8_lossy(&head).contains(ANSWER_KIND) {
        return Ok(None);
    }
    let size = file.metadata().map_err(StoreError::io("read", src))?.len();
    if size > MAX_ANSWER_BYTES {
        return Err(bad(format!(
            "it is {} KB, and a colleague's answers are at most {} KB",
            size / 1024,
            MAX_ANSWER_BYTES / 1024
        )));
    }
    let bytes = fs::read(src).map_err(StoreError::io("read", src))?;
    let value: Value = match serde_json::from_slice(&bytes) {
        Ok(v) => v,
        Err(e) => return Err(bad(format!("it is damaged or cut short ({e})"))),
    };
    if value.get("kind").and_then(Value::as_str) != Some(ANSWER_KIND) {
        return Ok(None);
    }
    serde_json::from_value(value)
        .map(Some)
        .map_err(|e| bad(format!("it was changed after the form saved it ({e})")))
}

/// Answers taken into a profile.
#[derive(Debug)]
pub struct TakenAnswers {
    pub handle: ProfileHandle,
    pub added: Added,
    /// What was said about them, in a sentence or two.
    pub words: String,
}

impl Store {
    /// The profile here whose request `file` answers.
    ///
    /// # Errors
    /// When no profile here made it.
    pub fn answers_profile(&self, file: &AnswerFile) -> Result<ProfileId> {
        ProfileId::parse(&file.profile)
            .filter(|id| self.has_profile(id))
            .ok_or(StoreError::Answers(
                "no profile here asked for them: they are for a technician whose profile is on another computer, or was deleted. Nothing was taken in".to_owned(),
            ))
    }

    /// Checks a colleague's answers against their request and adds them to
    /// the profile (saved; the same answers again change nothing).
    ///
    /// # Errors
    /// When no profile here made the request, the answers do not fit it,
    /// or the profile cannot be saved.
    pub fn take_answers(&self, file: &AnswerFile, today: Date) -> Result<TakenAnswers> {
        let id = self.answers_profile(file)?;
        let mut handle = self.open_profile(&id)?;
        if let Some(reason) = handle.access().reason() {
            return Err(StoreError::ReadOnly {
                name: handle.profile.name.clone(),
                reason,
            });
        }
        let accepted = colleagues::accept(&handle.profile, file, today)
            .map_err(|e| StoreError::Answers(e.to_string()))?;
        let answer = accepted.answer.clone();
        let added = colleagues::add_answer(&mut handle.profile, accepted.answer);
        if added != Added::AlreadyThere {
            handle.save()?;
        }
        let mut words = colleagues::taken_words(&handle.profile, &answer, added);
        for line in &accepted.adjusted {
            words.push(' ');
            words.push_str(line);
        }
        Ok(TakenAnswers {
            handle,
            added,
            words,
        })
    }
}
