//! The status line's message: the one path by which the app tells the
//! person how something went. Every outcome — done, refused, failed, saved —
//! is said through [`StatusLine`], never by setting the text directly.

/// What the status line says, and how.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct StatusLine {
    pub text: String,
    /// Shown in the error colour: something failed or was refused.
    pub error: bool,
    /// A notice the next "Saved" or "Unsaved changes…" must not hide (the
    /// save it describes comes a moment later); it counts only while shown.
    notice: bool,
}

/// An outcome to show: done, done with a warning, or failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    Done(String),
    /// It was done, but something in it needs the person's attention.
    Warning(String),
    Failed(String),
}

impl StatusLine {
    /// Something worked.
    pub fn ok(&mut self, text: impl Into<String>) {
        self.set(text.into(), false, false);
    }

    /// Something failed or was refused.
    pub fn fail(&mut self, text: impl Into<String>) {
        self.set(text.into(), true, false);
    }

    /// Something went differently from what the person did (a paste cut
    /// short): stays in view through the save that follows.
    pub fn notice(&mut self, text: impl Into<String>) {
        self.set(text.into(), true, true);
    }

    /// An outcome, worded by whoever did the work.
    pub fn say(&mut self, said: Said) {
        match said {
            Said::Done(text) => self.ok(text),
            Said::Warning(text) | Said::Failed(text) => self.fail(text),
        }
    }

    /// Progress of the open profile ("Saved", "Unsaved changes…"): a notice
    /// stays in view instead, and is done once the save it announced is.
    pub fn progress(&mut self, text: &str, saved: bool) {
        if self.notice {
            if saved {
                self.notice = false;
            }
        } else {
            self.set(text.to_owned(), false, false);
        }
    }

    fn set(&mut self, text: String, error: bool, notice: bool) {
        *self = StatusLine {
            text,
            error,
            notice,
        };
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_notice_outlives_the_save_it_announced_but_not_the_next() {
        let mut s = StatusLine::default();
        s.notice("This note is full");
        s.progress("Unsaved changes…", false);
        assert_eq!(s.text, "This note is full");
        s.progress("Saved", true);
        assert_eq!(s.text, "This note is full");
        assert!(s.error);
        s.progress("Unsaved changes…", false);
        assert_eq!(s.text, "Unsaved changes…");
        assert!(!s.error);
    }

    #[test]
    fn any_other_message_ends_a_notice() {
        let mut s = StatusLine::default();
        s.notice("Cut short");
        s.ok("Undone");
        s.progress("Saved", true);
        assert_eq!(s.text, "Saved");
        s.say(Said::Warning(
            "Plan saved. The template had an error.".into(),
        ));
        assert!(s.error);
    }
}
