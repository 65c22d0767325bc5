//! Everything that can go wrong with files, said in words a technician or
//! coach can act on. Each variant names the file or profile concerned.

use std::io;
use std::path::PathBuf;

/// A storage problem.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The message already says what the system said, so the system's
    /// error is kept (`cause`) but not chained a second time.
    #[error("{}", io_message(action, path, cause))]
    Io {
        action: &'static str,
        path: PathBuf,
        cause: io::Error,
    },

    #[error(
        "The profile file {} could not be read ({reason}). It was set aside as {} and left untouched; your other profiles are fine.",
        path.display(), set_aside.display()
    )]
    Corrupt {
        path: PathBuf,
        set_aside: PathBuf,
        reason: String,
    },

    #[error("{} is not a Lodestar profile: {reason}", path.display())]
    NotAProfile { path: PathBuf, reason: String },

    #[error(
        "\"{name}\" was saved by a newer Lodestar (file format {found}, this version reads up to {supported}). Update Lodestar to open it; the file was not changed."
    )]
    TooNew {
        name: String,
        found: u64,
        supported: u32,
    },

    #[error("\"{name}\" is read-only here: {reason}. Your changes were not saved.")]
    ReadOnly { name: String, reason: String },

    #[error(
        "\"{name}\" was changed or removed on disk by another program (a sync folder, another computer) since it was opened. Nothing was overwritten: reload to see the other version, or keep yours to replace it."
    )]
    ChangedOnDisk { name: String },

    #[error("No profile matches \"{0}\". `lodestar profiles` lists them.")]
    NoSuchProfile(String),

    #[error("\"{query}\" matches several profiles: {}. Use the id instead.", matches.join(", "))]
    Ambiguous { query: String, matches: Vec<String> },

    #[error("{0}")]
    Text(#[from] crate::model::TextError),

    /// A file that could not be kept with a piece of evidence (the
    /// message says why and what to do).
    #[error("{0}")]
    Attachment(String),

    #[error("The list file {} has a problem{}: {message}", file.display(), line.map(|l| format!(" at line {l}")).unwrap_or_default())]
    Catalog {
        file: PathBuf,
        line: Option<usize>,
        message: String,
    },

    #[error("A list with the id \"{0}\" is there already. Give this one another title.")]
    CatalogExists(String),

    #[error("The two versions could not be merged: {0}. Nothing was changed.")]
    Merge(String),

    #[error("{} is not a colleague's answer file Lodestar can read: {reason}. Nothing was taken in.", path.display())]
    AnswerFile { path: PathBuf, reason: String },

    /// A colleague's answers that do not fit (the message says why).
    #[error("These answers cannot be taken in: {0}.")]
    Answers(String),

    #[error("{} cannot hold the profiles: {reason}. Nothing was moved.", path.display())]
    NotAFolder { path: PathBuf, reason: &'static str },
}

fn io_message(action: &str, path: &std::path::Path, source: &io::Error) -> String {
    let what = match source.kind() {
        io::ErrorKind::StorageFull => "the disk is full. Free some space and try again".to_owned(),
        io::ErrorKind::PermissionDenied => "permission was denied".to_owned(),
        io::ErrorKind::NotFound if action == "save" => "its folder does not exist".to_owned(),
        io::ErrorKind::NotFound => "it does not exist".to_owned(),
        io::ErrorKind::ReadOnlyFilesystem => "the disk is read-only".to_owned(),
        io::ErrorKind::QuotaExceeded => "your disk quota is used up".to_owned(),
        io::ErrorKind::FileTooLarge => {
            "the file is larger than this system allows (a size limit, or a full disk). Free some space and try again".to_owned()
        }
        _ => source.to_string(),
    };
    format!("Could not {action} {}: {what}.", path.display())
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
