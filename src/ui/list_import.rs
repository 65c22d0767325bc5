//! "Import a list…": a spreadsheet or CSV file made into a recommended
//! list, with a step to say which column is what. The first rows are shown
//! as they are in the file, each column with its meaning above it (guessed
//! from the headings); the levels' names can be changed; and the list the
//! choices make is checked as they change, so a problem is named (sheet,
//! row, column) before anything is saved.

use super::command::{Command, ListImportChoice};
use super::theme;
use super::widgets;
use crate::model::Catalog;
use crate::model::framework::{self, Column, Mapping, Table};
use crate::t;

/// How many rows of the file the dialog shows.
pub const PREVIEW_ROWS: usize = 8;
/// How many characters of a cell the preview shows.
const CELL_CHARS: usize = 28;

/// A file being imported, and the choices made so far.
#[derive(Debug, Clone)]
pub struct ListImport {
    pub file_name: String,
    pub tables: Vec<Table>,
    pub sheet: usize,
    pub mapping: Mapping,
    pub title: String,
    /// Whether the open profile moves to the new list (offered only
    /// when a profile is open).
    pub use_for_open: bool,
    /// The list the choices make, or what stops it.
    pub checked: Result<Catalog, String>,
}

impl ListImport {
    /// The import of `tables` read from `file_name`, its columns guessed.
    #[must_use]
    pub fn new(file_name: &str, tables: Vec<Table>, title: String) -> Self {
        let mapping = tables
            .first()
            .map_or_else(Mapping::default, framework::guess);
        let mut import = Self {
            file_name: file_name.to_owned(),
            tables,
            sheet: 0,
            mapping,
            title,
            use_for_open: true,
            checked: Err(String::new()),
        };
        import.check();
        import
    }

    fn table(&self) -> Option<&Table> {
        self.tables.get(self.sheet)
    }

    /// Builds the list from the current choices.
    pub fn check(&mut self) {
        self.checked = match self.table() {
            Some(table) => {
                framework::build(table, &self.mapping, &self.title).map_err(|e| e.to_string())
            }
            None => Err(t!("list-import-no-sheets")),
        };
    }

    /// Picks another sheet: its columns are guessed afresh.
    pub fn set_sheet(&mut self, sheet: usize) {
        if let Some(table) = self.tables.get(sheet) {
            self.sheet = sheet;
            self.mapping = framework::guess(table);
            self.check();
        }
    }

    /// Says what column `col` holds; the level names follow the headings
    /// again when the level columns change.
    pub fn set_column(&mut self, col: usize, column: Column) {
        if self.mapping.columns.len() <= col {
            self.mapping.columns.resize(col + 1, Column::Ignore);
        }
        // One column per meaning: the column that had it gives it up.
        if column != Column::Ignore {
            for c in &mut self.mapping.columns {
                if *c == column {
                    *c = Column::Ignore;
                }
            }
        }
        self.mapping.columns[col] = column;
        if let Some(table) = self.tables.get(self.sheet) {
            self.mapping.level_names = framework::default_level_names(&self.mapping, table);
        }
        self.check();
    }
}

/// "Recommended lists ▾" with Import a list…: on the profiles screen and
/// beside the list's choice on Compare.
pub fn lists_menu(
    ui: &mut egui::Ui,
    current: Option<&crate::model::CatalogId>,
    commands: &mut Vec<Command>,
) {
    ui.menu_button(t!("lists-menu"), |ui| {
        if ui
            .button(t!("lists-import"))
            .on_hover_text(t!("lists-import-hint"))
            .clicked()
        {
            commands.push(Command::ImportList);
        }
        if ui.button(t!("lists-new")).clicked() {
            commands.push(Command::EditList(None));
        }
        if let Some(id) = current
            && ui
                .button(t!("lists-edit"))
                .on_hover_text(t!("lists-edit-hint"))
                .clicked()
        {
            commands.push(Command::EditList(Some(id.clone())));
        }
        if let Some(id) = current
            && ui
                .button(t!("lists-export"))
                .on_hover_text(t!("lists-export-hint"))
                .clicked()
        {
            commands.push(Command::ExportList(id.clone()));
        }
    });
}

/// Draws the dialog. `open_name` is the open profile's name, if any.
pub fn show(
    ctx: &egui::Context,
    import: &mut ListImport,
    open_name: Option<&str>,
    commands: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("lodestar-list-import")).show(ctx, |ui| {
        let width = (ctx.content_rect().width() - 80.0).clamp(320.0, 900.0);
        ui.set_width(width);
        ui.heading(t!("list-import-title"));
        ui.label(t!(
            "list-import-from",
            file = widgets::short(&import.file_name, 60).into_owned()
        ));
        ui.add_space(theme::ROW_GAP);
        let mut changed = false;
        egui::Grid::new("list-import-fields")
            .num_columns(2)
            .show(ui, |ui| {
                let label = ui.label(t!("list-import-field-title"));
                changed |= ui
                    .add(
                        widgets::line_edit(&mut import.title).desired_width(theme::ADD_FIELD_WIDTH),
                    )
                    .labelled_by(label.id)
                    .changed();
                ui.end_row();
                if import.tables.len() > 1 {
                    ui.label(t!("list-import-sheet"));
                    let mut sheet = import.sheet;
                    egui::ComboBox::from_id_salt("list-import-sheet")
                        .selected_text(import.table().map_or("", |t| t.sheet.as_str()))
                        .show_ui(ui, |ui| {
                            for (i, t) in import.tables.iter().enumerate() {
                                ui.selectable_value(&mut sheet, i, &t.sheet);
                            }
                        })
                        .response
                        .widget_info(|| {
                            egui::WidgetInfo::labeled(
                                egui::Role::ComboBox,
                                true,
                                t!("list-import-sheet"),
                            )
                        });
                    if sheet != import.sheet {
                        import.set_sheet(sheet);
                    }
                    ui.end_row();
                }
            });
        changed |= ui
            .checkbox(&mut import.mapping.headings, t!("list-import-headings"))
            .changed();
        ui.add_space(theme::ROW_GAP);
        preview(ui, import);
        levels(ui, import, &mut changed);
        if changed {
            import.check();
        }
        ui.add_space(theme::ROW_GAP);
        checked_line(ui, import);
        if let Some(name) = open_name {
            ui.checkbox(
                &mut import.use_for_open,
                t!(
                    "list-import-use-for",
                    name = widgets::short(name, 40).into_owned()
                ),
            );
        }
        ui.add_space(theme::PARAGRAPH_GAP);
        ui.horizontal(|ui| {
            if ui
                .add_enabled(
                    import.checked.is_ok(),
                    egui::Button::new(t!("list-import-button")),
                )
                .clicked()
            {
                commands.push(Command::ListImport(ListImportChoice::Import));
            }
            if ui.button(t!("cancel")).clicked() {
                commands.push(Command::ListImport(ListImportChoice::Cancel));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::ListImport(ListImportChoice::Cancel));
    }
}

/// Whether the choices make a list: its size and scale, or what is wrong.
fn checked_line(ui: &mut egui::Ui, import: &ListImport) {
    let palette = theme::palette(ui.visuals());
    match &import.checked {
        Ok(c) => {
            let names: Vec<&str> = c.scale.names().collect();
            ui.label(
                egui::RichText::new(t!(
                    "list-import-ready",
                    n = c.skills.len(),
                    levels = names.join(" / "),
                    count = names.len()
                ))
                .color(palette.strength),
            );
        }
        Err(e) => {
            ui.add(egui::Label::new(egui::RichText::new(e).color(palette.error)).wrap());
        }
    }
}

/// The first rows as a table, each column with its meaning chosen above.
fn preview(ui: &mut egui::Ui, import: &mut ListImport) {
    let Some(table) = import.table() else { return };
    let width = table.width();
    let rows: Vec<Vec<String>> = table
        .rows
        .iter()
        .take(PREVIEW_ROWS)
        .map(|r| {
            (0..width)
                .map(|c| {
                    widgets::short(
                        &crate::model::text::clean_line(r.get(c).map_or("", String::as_str)),
                        CELL_CHARS,
                    )
                    .into_owned()
                })
                .collect()
        })
        .collect();
    let first_row = table.first_row;
    let mut set: Option<(usize, Column)> = None;
    let muted = theme::palette(ui.visuals()).muted;
    egui::ScrollArea::horizontal()
        .id_salt("list-import-preview")
        .show(ui, |ui| {
            egui::Grid::new("list-import-grid")
                .striped(true)
                .spacing([theme::TABLE_COLUMN_GAP, theme::SMALL_GAP])
                .show(ui, |ui| {
                    ui.label("");
                    let mapping = &import.mapping;
                    for c in 0..width {
                        let current = mapping.columns.get(c).copied().unwrap_or(Column::Ignore);
                        let mut chosen = current;
                        let letter = framework::column_letter(c);
                        egui::ComboBox::from_id_salt(("list-import-column", c))
                            .selected_text(format!("{letter}: {}", current.label(mapping)))
                            .show_ui(ui, |ui| {
                                for choice in Column::choices(mapping) {
                                    ui.selectable_value(&mut chosen, choice, choice.label(mapping));
                                }
                            })
                            .response
                            .widget_info(|| {
                                egui::WidgetInfo::labeled(
                                    egui::Role::ComboBox,
                                    true,
                                    t!("list-import-column", letter = letter.clone()),
                                )
                            });
                        if chosen != current {
                            set = Some((c, chosen));
                        }
                    }
                    ui.end_row();
                    for (i, row) in rows.iter().enumerate() {
                        ui.label(egui::RichText::new((first_row + i).to_string()).color(muted));
                        for cell in row {
                            ui.label(cell);
                        }
                        ui.end_row();
                    }
                });
        });
    if table.rows.len() > PREVIEW_ROWS {
        ui.label(
            egui::RichText::new(t!(
                "list-import-more-rows",
                n = table.rows.len() - PREVIEW_ROWS
            ))
            .color(muted),
        );
    }
    if let Some((c, column)) = set {
        import.set_column(c, column);
    }
}

/// A name field for each level column.
fn levels(ui: &mut egui::Ui, import: &mut ListImport, changed: &mut bool) {
    if import.mapping.level_names.is_empty() {
        ui.label(t!("list-import-no-levels"));
        return;
    }
    ui.add_space(theme::ROW_GAP);
    ui.label(t!("list-import-level-names"));
    ui.horizontal_wrapped(|ui| {
        for (i, name) in import.mapping.level_names.iter_mut().enumerate() {
            let label = t!("list-import-level-name", n = i + 1);
            let r = ui.add(widgets::line_edit(name).desired_width(110.0));
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
            *changed |= r.changed();
        }
    });
}
