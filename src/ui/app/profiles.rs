//! The shell's commands on the profile list: create, open a copy of the
//! sample, close, rename, duplicate, delete (to the trash) and undo it,
//! import.

use super::{LodestarApp, Said};
use crate::model::{Edit, ProfileId};
use crate::ui::command::Command;
use crate::ui::files;

impl LodestarApp {
    /// The commands of the profile list: create, open a copy of the
    /// sample, close, rename, duplicate, delete and undo it, import.
    pub(super) fn run_profiles(&mut self, command: Command) {
        match command {
            Command::Create(name) => match self.store.create(&name) {
                Ok(handle) => {
                    let said = Said::Done(format!(
                        "Created \"{}\". Start with the qualities you already have.",
                        handle.profile.name
                    ));
                    self.show_profile(handle, said);
                    self.picker.new_name.clear();
                }
                Err(e) => self.status.fail(e.to_string()),
            },
            Command::AddSample => match self.store.add_sample() {
                Ok(handle) => {
                    let said = Said::Done("Opened a fresh copy of the sample profile".into());
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
                    Ok(_) => self.status.ok(format!("Restored \"{name}\".")),
                    Err(e) => self.status.fail(e.to_string()),
                }
            }
            Command::Import => {
                let Some(path) = files::pick_profile() else {
                    return;
                };
                match self.store.import(&path) {
                    Ok(handle) => {
                        let said = Said::Done(format!("Imported \"{}\"", handle.profile.name));
                        self.show_profile(handle, said);
                    }
                    Err(e) => self.status.fail(e.to_string()),
                }
            }
            _ => return,
        }
        self.refresh_listing();
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
            Ok(()) => self.status.ok("Renamed"),
            Err(e) => self.status.fail(e.to_string()),
        }
    }

    fn duplicate(&mut self, id: &ProfileId) {
        self.save_now();
        let result = self.store.open_profile(id).and_then(|h| {
            let name = format!("{} (copy)", h.profile.name);
            let name: String = name
                .chars()
                .take(crate::model::profile::MAX_NAME_CHARS)
                .collect();
            self.store.duplicate(&h.profile, &name)
        });
        match result {
            Ok(copy) => self
                .status
                .ok(format!("Made a copy: \"{}\"", copy.profile.name)),
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
                self.status.ok(format!("Moved \"{name}\" to the trash."));
                self.trashed = Some((name, path));
            }
            Err(e) => self.status.fail(e.to_string()),
        }
    }
}
