//! The shell's commands on the profile list: create, open a copy of the
//! sample, close, rename, duplicate, delete (to the trash) and undo it,
//! import.

use super::{LodestarApp, Said};
use crate::model::{Edit, ProfileId};
use crate::t;
use crate::ui::command::{Command, Receive};
use crate::ui::files;

impl LodestarApp {
    /// The window's title: the open profile's name, and whether it is read-only.
    pub(super) fn update_title(&mut self, ctx: &egui::Context) {
        let title = match &self.open {
            Some(open) => {
                let ro = if open.handle.is_read_only() {
                    " (read-only)"
                } else {
                    ""
                };
                format!("{}{ro} — Lodestar", open.profile().name)
            }
            None => "Lodestar".to_owned(),
        };
        if title != self.title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.title = title;
        }
    }

    /// The commands of the profile list: create, open a copy of the
    /// sample, close, rename, duplicate, delete and undo it, import.
    pub(super) fn run_profiles(&mut self, command: Command) {
        match command {
            Command::Create(name) => match self.store.create(&name) {
                Ok(handle) => {
                    let said =
                        Said::Done(t!("profiles-created", name = handle.profile.name.as_str()));
                    self.show_profile(handle, said);
                    self.picker.new_name.clear();
                }
                Err(e) => self.status.fail(e.to_string()),
            },
            Command::AddSample => match self.store.add_sample() {
                Ok(handle) => {
                    let said = Said::Done(t!("profiles-sample-opened"));
                    self.show_profile(handle, said);
                }
                Err(e) => self.status.fail(e.to_string()),
            },
            Command::Close => {
                // A note or detail still being typed goes with the profile.
                self.keep_drafts();
                if !self.can_leave() {
                    return;
                }
                self.open = None;
            }
            Command::Rename(id, name) => self.rename(&id, &name),
            Command::Duplicate(id) => self.duplicate(&id),
            Command::Delete(id) => self.delete(&id),
            Command::UndoDelete => {
                let Some((name, path)) = self.trashed.take() else {
                    return;
                };
                match self.store.restore(&path) {
                    Ok(_) => self.status.ok(t!("profiles-restored", name = name)),
                    Err(e) => self.status.fail(e.to_string()),
                }
            }
            Command::Import => {
                let Some(path) = self.dialog_answer.take().or_else(files::pick_profile) else {
                    return;
                };
                self.take_in(&path);
            }
            Command::TakeIn(path) => self.take_in(&path),
            Command::Receive(choice) => self.receive(choice),
            _ => return,
        }
        self.refresh_listing();
    }

    /// A profile file (or a colleague's answers) from elsewhere, held to
    /// the limits of typed text:
    /// added when its profile is not here, otherwise the person is asked
    /// whether to update the profile (and told what that brings).
    fn take_in(&mut self, path: &std::path::Path) {
        // A colleague's answers to a feedback form go to their request.
        match crate::store::feedback::read_answers(path) {
            Ok(Some(answers)) => return self.take_answers(&answers),
            Ok(None) => {}
            Err(e) => return self.status.fail(e.to_string()),
        }
        let incoming = match self.store.read_incoming(path) {
            Ok(incoming) => incoming,
            Err(e) => return self.status.fail(e.to_string()),
        };
        let id = incoming.profile.id.clone();
        if !self.store.has_profile(&id) {
            return self.add_incoming(&incoming, false);
        }
        // The profile as it is here (with what is being typed, if open).
        self.keep_drafts();
        let here = match &self.open {
            Some(open) if open.profile().id == id => Ok(open.profile().clone()),
            _ => self.store.open_profile(&id).map(|h| h.profile),
        };
        let here = match here {
            Ok(here) => here,
            Err(e) => return self.status.fail(e.to_string()),
        };
        let merged = match self.store.preview_incoming(&incoming, &here) {
            Ok(m) => m,
            Err(e) => return self.status.fail(e.to_string()),
        };
        let conflicts = merged
            .conflicts
            .iter()
            .map(|c| c.label(&merged.profile))
            .collect();
        self.receiving = Some(crate::ui::receive::PendingImport {
            incoming,
            name_here: here.name,
            preview: merged.summary.words(),
            conflicts,
        });
    }

    fn add_incoming(&mut self, incoming: &crate::store::Incoming, as_new: bool) {
        // The open profile is saved first; not left while it cannot be.
        self.keep_drafts();
        if !self.can_leave() {
            return;
        }
        match self.store.add_incoming(incoming, as_new) {
            Ok(handle) => {
                let mut text = t!("profiles-imported", name = handle.profile.name.as_str());
                let said = if incoming.adjusted.is_empty() {
                    Said::Done(text)
                } else {
                    text.push_str(". ");
                    text.push_str(&incoming.adjusted.join(" "));
                    Said::Warning(text)
                };
                self.show_profile(handle, said);
            }
            Err(e) => self.status.fail(e.to_string()),
        }
    }

    /// The person's choice for a received copy of a profile that is here.
    fn receive(&mut self, choice: Receive) {
        let Some(pending) = self.receiving.take() else {
            return;
        };
        match choice {
            Receive::Cancel => self.status.ok(t!("profiles-nothing-imported")),
            Receive::Separate => self.add_incoming(&pending.incoming, true),
            Receive::Update => {
                let id = pending.incoming.profile.id.clone();
                // The open copy is saved and let go, so the file is merged
                // into what was typed last.
                // The open profile is saved and let go, so the file is
                // merged into what was typed last; not while it cannot be
                // saved (the dialog's choice is asked again next time).
                self.keep_drafts();
                if !self.can_leave() {
                    return;
                }
                let was_open = self.open.as_ref().is_some_and(|o| o.profile().id == id);
                if was_open {
                    self.open = None;
                }
                match self.store.merge_incoming(&pending.incoming, false) {
                    Ok(received) => {
                        let p = &received.handle.profile;
                        let mut text = t!(
                            "profiles-updated",
                            name = p.name.as_str(),
                            what = received.summary.words()
                        );
                        let said = if received.conflicts.is_empty() {
                            Said::Done(text)
                        } else {
                            let fields: Vec<String> =
                                received.conflicts.iter().map(|c| c.label(p)).collect();
                            text.push(' ');
                            text.push_str(&t!("profiles-both-changed", fields = fields.join(", ")));
                            Said::Warning(text)
                        };
                        let conflicts = received.conflicts;
                        self.show_profile(received.handle, said);
                        if let Some(open) = &mut self.open {
                            open.show_conflicts = !conflicts.is_empty();
                            // Newer choices replace older ones for the same field.
                            open.conflicts
                                .retain(|c| !conflicts.iter().any(|n| n.path == c.path));
                            open.conflicts.extend(conflicts);
                        }
                        self.keep_conflicts();
                    }
                    Err(e) => {
                        self.status.fail(e.to_string());
                        // Nothing was merged: the profile comes back as it was.
                        if was_open && let Ok(handle) = self.store.open_profile(&id) {
                            self.open = Some(crate::ui::open::OpenProfile::new(handle));
                        }
                    }
                }
            }
        }
    }

    fn rename(&mut self, id: &ProfileId, name: &str) {
        if self.open.as_ref().is_some_and(|o| &o.profile().id == id) {
            self.apply_edit(Edit::Rename(name.to_owned()));
            self.save_now();
            return;
        }
        let result = self.store.open_profile(id).and_then(|mut h| {
            h.profile.rename(name)?;
            h.save()
        });
        match result {
            Ok(()) => self.status.ok(t!("profiles-renamed")),
            Err(e) => self.status.fail(e.to_string()),
        }
    }

    fn duplicate(&mut self, id: &ProfileId) {
        self.save_now();
        let result = self.store.open_profile(id).and_then(|h| {
            let name = t!("profiles-copy-name", name = h.profile.name.as_str());
            let name: String = name
                .chars()
                .take(crate::model::profile::MAX_NAME_CHARS)
                .collect();
            self.store.duplicate(&h.profile, &name)
        });
        match result {
            Ok(copy) => self
                .status
                .ok(t!("profiles-copied", name = copy.profile.name.as_str())),
            Err(e) => self.status.fail(e.to_string()),
        }
    }

    fn delete(&mut self, id: &ProfileId) {
        if self.open.as_ref().is_some_and(|o| &o.profile().id == id) {
            self.save_now();
            self.open = None;
        }
        let name = self
            .listing
            .iter()
            .find(|p| &p.id == id)
            .map(|p| p.name.clone())
            .unwrap_or_default();
        match self.store.trash(id) {
            Ok(path) => {
                self.status.ok(t!("profiles-trashed", name = name.as_str()));
                self.trashed = Some((name, path));
            }
            Err(e) => self.status.fail(e.to_string()),
        }
    }

    /// Speaks `tag` from now on (the next frame is in it) and remembers
    /// the choice; what was worked out in the old language is made again.
    pub(super) fn set_language(&mut self, tag: &str) {
        let Some(lang) = crate::i18n::Lang::find(tag) else {
            return;
        };
        crate::i18n::set(lang);
        // The built-in lists in the new language (the same ids: ratings,
        // targets and links stay); the tables are made again.
        self.reload_catalogs();
        match self.store.set_language(Some(lang.tag())) {
            Ok(()) => self.status.ok(lang.name()),
            Err(e) => self.status.fail(e.to_string()),
        }
    }
}
