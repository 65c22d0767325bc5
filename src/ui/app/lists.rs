//! The shell's commands for recommended lists: asking for a spreadsheet,
//! reading it, showing the import step, and saving the list it makes (and,
//! when asked, moving the open profile onto it).

use std::path::Path;

use super::LodestarApp;
use crate::model::CatalogId;
use crate::model::Edit;
use crate::store::Store;
use crate::t;
use crate::ui::command::Command;
use crate::ui::command::{EditorChoice, ListImportChoice};
use crate::ui::files;
use crate::ui::list_editor::ListEditor;
use crate::ui::list_import::ListImport;

/// The endings read as a framework, not as a profile.
pub const SHEET_ENDINGS: [&str; 7] = ["xlsx", "xlsm", "xlsb", "xls", "ods", "csv", "tsv"];

/// Whether a file dropped on the window is a spreadsheet.
#[must_use]
pub fn is_sheet(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_lowercase())
        .is_some_and(|e| SHEET_ENDINGS.contains(&e.as_str()))
}

/// A file dropped on the window: a spreadsheet goes to the list import,
/// anything else is taken in like Import (a profile).
#[must_use]
pub fn dropped_file(ctx: &egui::Context) -> Option<Command> {
    let path = ctx.input(|i| {
        i.raw
            .dropped_files
            .iter()
            .map(|f| f.path().to_path_buf())
            .find(|p| !p.as_os_str().is_empty())
    })?;
    Some(if is_sheet(&path) {
        Command::ImportListFrom(path)
    } else {
        Command::TakeIn(path)
    })
}

impl LodestarApp {
    /// The list import step or the list editor, when one is open; whether
    /// one was.
    pub(super) fn list_dialogs(
        &mut self,
        ctx: &egui::Context,
        commands: &mut Vec<Command>,
    ) -> bool {
        if let Some(import) = &mut self.list_import {
            let name = self.open.as_ref().map(|o| o.profile().name.as_str());
            crate::ui::list_import::show(ctx, import, name, commands);
            true
        } else if let Some(editor) = &mut self.list_editor {
            let taken: Vec<CatalogId> = self
                .catalogs
                .catalogs
                .iter()
                .map(|c| c.id.clone())
                .collect();
            crate::ui::list_editor::show(ctx, editor, &taken, commands);
            true
        } else {
            false
        }
    }

    /// The lists read again after one was added, saved or removed; the
    /// open profile's chart and tables are made again from them.
    pub(super) fn reload_catalogs(&mut self) {
        self.catalogs = self.store.catalogs();
        if let Some(open) = &mut self.open {
            open.progress.forget();
        }
    }

    fn run_list_editor(&mut self, command: Command) {
        let taken: Vec<CatalogId> = self
            .catalogs
            .catalogs
            .iter()
            .map(|c| c.id.clone())
            .collect();
        match command {
            Command::EditList(None) => self.list_editor = Some(ListEditor::new_list(&taken)),
            Command::EditList(Some(id)) => {
                if let Some(list) = self.catalogs.get(&id) {
                    let builtin = Store::is_builtin_catalog(&id);
                    self.list_editor = Some(ListEditor::of(list, builtin, &taken));
                    if builtin {
                        self.status.ok(t!("list-builtin-copy"));
                    }
                }
            }
            Command::ListEditor(EditorChoice::Cancel) => {
                self.list_editor = None;
                self.status.ok(t!("list-nothing-changed"));
            }
            Command::ListEditor(EditorChoice::Save) => {
                let Some(editor) = &self.list_editor else {
                    return;
                };
                let list = match editor.checked() {
                    Ok(list) => list,
                    Err(e) => return self.status.fail(e),
                };
                let saved = if editor.is_new {
                    self.store.add_catalog(&list)
                } else {
                    self.store.save_catalog(&list)
                };
                match saved {
                    Ok(()) => {
                        self.list_editor = None;
                        self.reload_catalogs();
                        self.status.ok(t!(
                            "list-saved",
                            title = list.title.clone(),
                            n = list.skills.len()
                        ));
                    }
                    // The editor stays open: nothing typed is lost.
                    Err(e) => self.status.fail(e.to_string()),
                }
            }
            Command::ListEditor(EditorChoice::Remove) => {
                let Some(editor) = &self.list_editor else {
                    return;
                };
                match self.store.remove_catalog(&editor.draft.id) {
                    Ok(to) => {
                        let title = editor.draft.title.clone();
                        self.list_editor = None;
                        self.reload_catalogs();
                        self.status.ok(t!(
                            "list-removed",
                            title = title,
                            folder = to.display().to_string()
                        ));
                    }
                    Err(e) => self.status.fail(e.to_string()),
                }
            }
            _ => {}
        }
    }

    pub(super) fn run_lists(&mut self, command: Command) {
        match command {
            Command::ImportList => {
                let path = self.dialog_answer.take().or_else(|| {
                    rfd::FileDialog::new()
                        .set_title(t!("list-import-title"))
                        .add_filter(t!("filter-sheet"), &SHEET_ENDINGS)
                        .pick_file()
                });
                if let Some(path) = path {
                    self.start_list_import(&path);
                }
            }
            Command::ImportListFrom(path) => self.start_list_import(&path),
            Command::ListImport(ListImportChoice::Cancel) => {
                self.list_import = None;
                self.status.ok(t!("list-import-cancelled"));
            }
            Command::ListImport(ListImportChoice::Import) => self.finish_list_import(),
            Command::ExportTeam => {
                let given = self.dialog_answer.take();
                if let Some(path) =
                    files::sheet_dialog(t!("dialog-team-title"), &t!("dialog-team-file-end"))
                        .ask_named(given, "Lodestar")
                {
                    let team = crate::exports::team_sheet(&self.listing, &self.catalogs);
                    let said = files::export_sheet(&path, files::Sheet::Team, |target| {
                        crate::exports::write_tables(&[team], target)
                    });
                    self.status.say(said);
                }
            }
            Command::EditList(_) | Command::ListEditor(_) => self.run_list_editor(command),
            Command::ExportList(id) => {
                // The list being edited, as it is now; else the saved one.
                let editing = self.list_editor.as_ref().filter(|e| e.draft.id == id);
                let list = match editing {
                    Some(e) => match e.checked() {
                        Ok(list) => list,
                        Err(e) => return self.status.fail(e),
                    },
                    None => match self.catalogs.get(&id) {
                        Some(list) => list.clone(),
                        None => return,
                    },
                };
                let given = self.dialog_answer.take();
                if let Some(path) = files::sheet_dialog(t!("dialog-list-title"), ".xlsx")
                    .ask_named(given, &list.title)
                {
                    let said = files::export_sheet(&path, files::Sheet::List, |target| {
                        crate::exports::write_list_sheet(&list, target)
                    });
                    self.status.say(said);
                }
            }
            _ => {}
        }
    }

    /// Reads the file and shows the import step (or says why it can't).
    pub fn start_list_import(&mut self, path: &Path) {
        match crate::store::sheets::read_tables(path) {
            Ok(tables) => {
                let name = path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                self.list_import = Some(ListImport::new(
                    &name,
                    tables,
                    crate::store::default_title(path),
                ));
            }
            Err(e) => self.status.fail(e.to_string()),
        }
    }

    fn finish_list_import(&mut self) {
        let Some(import) = &self.list_import else {
            return;
        };
        let catalog = match &import.checked {
            Ok(c) => c.clone(),
            Err(e) => return self.status.fail(e.clone()),
        };
        if let Err(e) = self.store.add_catalog(&catalog) {
            // The step stays open, so nothing chosen is lost.
            return self.status.fail(e.to_string());
        }
        let use_it = import.use_for_open && self.open.is_some();
        self.list_import = None;
        self.reload_catalogs();
        let names: Vec<&str> = catalog.scale.names().collect();
        let what = t!(
            "list-imported",
            title = catalog.title.clone(),
            n = catalog.skills.len(),
            levels = names.join(" / ")
        );
        if use_it {
            self.apply_edit(Edit::SetCatalog(catalog.id.clone()));
            self.status
                .ok(format!("{what} {}", t!("list-imported-followed")));
        } else {
            self.status.ok(what);
        }
    }
}
