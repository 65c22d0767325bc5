//! Everything that can go wrong with files, said in words a technician or
//! coach can act on. Each variant names the file or profile concerned.

use std::io;
use std::path::PathBuf;

/// A storage problem. What it says is in the language files
/// (`store-error-…`), in the language in use.
#[derive(Debug)]
pub enum StoreError {
    /// The message already says what the system said, so the system's
    /// error is kept (`cause`) but not chained a second time. `action` is
    /// a verb the language files know ("read", "save", "create the
    /// folder"…).
    Io {
        action: &'static str,
        path: PathBuf,
        cause: io::Error,
    },
    Corrupt {
        path: PathBuf,
        set_aside: PathBuf,
        reason: String,
    },
    NotAProfile {
        path: PathBuf,
        reason: String,
    },
    TooNew {
        name: String,
        found: u64,
        supported: u32,
    },
    ReadOnly {
        name: String,
        reason: String,
    },
    ChangedOnDisk {
        name: String,
    },
    NoSuchProfile(String),
    Ambiguous {
        query: String,
        matches: Vec<String>,
    },
    Text(crate::model::TextError),
    /// A file that could not be kept with a piece of evidence (the
    /// message says why and what to do).
    Attachment(String),
    Catalog {
        file: PathBuf,
        line: Option<usize>,
        message: String,
    },
    CatalogExists(String),
    Merge(String),
    AnswerFile {
        path: PathBuf,
        reason: String,
    },
    /// A colleague's answers that do not fit (the message says why).
    Answers(String),
    /// `reason` is the id of its words in the language files.
    NotAFolder {
        path: PathBuf,
        reason: &'static str,
    },
}

impl From<crate::model::TextError> for StoreError {
    fn from(e: crate::model::TextError) -> Self {
        StoreError::Text(e)
    }
}

impl std::error::Error for StoreError {}

impl std::fmt::Display for StoreError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        let shown = |p: &std::path::Path| p.display().to_string();
        let text = match self {
            StoreError::Io {
                action,
                path,
                cause,
            } => io_message(action, path, cause),
            StoreError::Corrupt {
                path,
                set_aside,
                reason,
            } => t!(
                "store-corrupt",
                path = shown(path),
                set_aside = shown(set_aside),
                reason = reason.clone()
            ),
            StoreError::NotAProfile { path, reason } => t!(
                "store-not-a-profile",
                path = shown(path),
                reason = reason.clone()
            ),
            StoreError::TooNew {
                name,
                found,
                supported,
            } => t!(
                "store-too-new",
                name = name.clone(),
                found = found.to_string(),
                supported = supported.to_string()
            ),
            StoreError::ReadOnly { name, reason } => t!(
                "store-read-only",
                name = name.clone(),
                reason = reason.clone()
            ),
            StoreError::ChangedOnDisk { name } => t!("store-changed-on-disk", name = name.clone()),
            StoreError::NoSuchProfile(query) => t!("store-no-such-profile", query = query.clone()),
            StoreError::Ambiguous { query, matches } => t!(
                "store-ambiguous",
                query = query.clone(),
                matches = matches.join(", ")
            ),
            StoreError::Text(e) => e.to_string(),
            StoreError::Merge(reason) => t!("store-merge", reason = reason.clone()),
            StoreError::Attachment(message) => message.clone(),
            StoreError::Catalog {
                file,
                line,
                message,
            } => {
                if let Some(line) = line {
                    t!(
                        "store-catalog-line",
                        file = shown(file),
                        line = *line,
                        message = message.clone()
                    )
                } else {
                    t!(
                        "store-catalog",
                        file = shown(file),
                        message = message.clone()
                    )
                }
            }
            StoreError::CatalogExists(id) => t!("store-catalog-exists", id = id.clone()),
            StoreError::AnswerFile { path, reason } => t!(
                "store-answer-file",
                path = shown(path),
                reason = reason.clone()
            ),
            StoreError::Answers(reason) => t!("store-answers", reason = reason.clone()),
            StoreError::NotAFolder { path, reason } => t!(
                "store-not-a-folder",
                path = shown(path),
                reason = crate::i18n::text(reason, None)
            ),
        };
        f.write_str(&text)
    }
}

fn io_message(action: &str, path: &std::path::Path, source: &io::Error) -> String {
    let what = match source.kind() {
        io::ErrorKind::StorageFull => crate::t!("io-disk-full"),
        io::ErrorKind::PermissionDenied => crate::t!("io-permission"),
        io::ErrorKind::NotFound if action == "save" => crate::t!("io-no-folder"),
        io::ErrorKind::NotFound => crate::t!("io-not-found"),
        io::ErrorKind::ReadOnlyFilesystem => crate::t!("io-read-only"),
        io::ErrorKind::QuotaExceeded => crate::t!("io-quota"),
        io::ErrorKind::FileTooLarge => crate::t!("io-too-large"),
        _ => source.to_string(),
    };
    crate::t!(
        "io-failed",
        action = action.replace(' ', "-"),
        path = path.display().to_string(),
        reason = what
    )
}

impl StoreError {
    pub(crate) fn io(
        action: &'static str,
        path: impl Into<PathBuf>,
    ) -> impl FnOnce(io::Error) -> Self {
        let path = path.into();
        move |cause| StoreError::Io {
            action,
            path,
            cause,
        }
    }
}

/// Storage results.
pub type Result<T, E = StoreError> = std::result::Result<T, E>;
