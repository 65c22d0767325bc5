//! Editing a recommended list in the app: its title and level names; its
//! skills added, renamed, moved and removed; each skill's description,
//! keywords, level descriptions, strategies and prompts. A built-in list
//! is edited as a copy. Nothing is saved until *Save list*, and then only
//! a list that is whole (checked as for an import).

use egui::RichText;

use super::command::{Command, EditorChoice};
use super::theme;
use super::widgets;
use crate::model::catalog::slug;
use crate::model::{Catalog, CatalogId, LevelText, Scale, Skill, SkillId};
use crate::t;

/// The most characters of a skill's name, a keyword, a level description.
const NAME_MAX: usize = crate::model::profile::MAX_NAME_CHARS;
const TEXT_MAX: usize = crate::model::framework::MAX_TEXT_CHARS;

/// A list being edited.
#[derive(Debug, Clone)]
pub struct ListEditor {
    pub draft: Catalog,
    /// A new list or a copy: saved as a new file.
    pub is_new: bool,
    /// The title of the list this is a copy of.
    pub copy_of: Option<String>,
    pub selected: usize,
    pub new_skill: String,
    /// The selected skill's keywords, strategies and prompts as typed
    /// (one line with `;`, and one per line).
    keywords: String,
    strategies: String,
    prompts: String,
    loaded: Option<usize>,
    /// The levels' names as typed (a blank one is kept until it has a
    /// name; the scale takes them when they are all good).
    level_names: Vec<String>,
}

impl ListEditor {
    /// Edits `catalog`: itself when it is the coach's own, else a copy.
    #[must_use]
    pub fn of(catalog: &Catalog, builtin: bool, taken: &[CatalogId]) -> Self {
        let mut draft = catalog.clone();
        if builtin {
            draft.title = format!("{} (copy)", catalog.title);
            draft.id = free_id(&draft.title, taken);
        }
        let mut editor = Self::with(draft, builtin);
        editor.copy_of = builtin.then(|| catalog.title.clone());
        editor
    }

    /// A new, empty list.
    #[must_use]
    pub fn new_list(taken: &[CatalogId]) -> Self {
        let title = t!("list-editor-new-title");
        Self::with(
            Catalog {
                id: free_id(&title, taken),
                version: 1,
                title,
                description: String::new(),
                scale: Scale::default(),
                skills: Vec::new(),
                roles: Vec::new(),
            },
            true,
        )
    }

    /// A copy of the list being edited, as a new list.
    pub fn duplicate(&mut self, taken: &[CatalogId]) {
        self.copy_of = Some(self.draft.title.clone());
        self.draft.title = format!("{} (copy)", self.draft.title);
        self.draft.id = free_id(&self.draft.title, taken);
        self.is_new = true;
    }

    fn with(draft: Catalog, is_new: bool) -> Self {
        let level_names = draft.scale.names().map(str::to_owned).collect();
        Self {
            level_names,
            draft,
            is_new,
            copy_of: None,
            selected: 0,
            new_skill: String::new(),
            keywords: String::new(),
            strategies: String::new(),
            prompts: String::new(),
            loaded: None,
        }
    }

    /// Adds a skill named `name` (its id made from the name, unique) and
    /// selects it.
    pub fn add_skill(&mut self, name: &str) -> Result<(), String> {
        let name = crate::model::text::clean_line(name);
        if name.is_empty() {
            return Err(t!("list-editor-name-first"));
        }
        if name.chars().count() > NAME_MAX {
            return Err(t!("list-editor-name-long", max = NAME_MAX));
        }
        if self
            .draft
            .skills
            .iter()
            .any(|s| s.name.to_lowercase() == name.to_lowercase())
        {
            return Err(t!("list-editor-name-taken", name = name));
        }
        let base = slug(&name, "skill");
        let mut id = base.clone();
        let mut n = 2;
        while self.draft.skills.iter().any(|s| s.id.0 == id) {
            id = format!("{base}-{n}");
            n += 1;
        }
        self.draft.skills.push(Skill::named(&id, &name));
        self.selected = self.draft.skills.len() - 1;
        self.loaded = None;
        Ok(())
    }

    /// Moves the skill at `from` up (`-1`) or down (`1`).
    pub fn move_skill(&mut self, from: usize, by: isize) {
        let Some(to) = from.checked_add_signed(by) else {
            return;
        };
        if to < self.draft.skills.len() && from < self.draft.skills.len() {
            self.draft.skills.swap(from, to);
            self.selected = to;
            self.loaded = None;
        }
    }

    /// Removes the skill at `at` (its ratings stay in the profiles, unseen
    /// while the list lacks it).
    pub fn remove_skill(&mut self, at: usize) {
        if at < self.draft.skills.len() {
            let gone = self.draft.skills.remove(at);
            for role in &mut self.draft.roles {
                role.expects.remove(&gone.id);
            }
            self.selected = self.selected.min(self.draft.skills.len().saturating_sub(1));
            self.loaded = None;
        }
    }

    /// The list as it would be saved, or what is missing.
    ///
    /// # Errors
    /// In words, naming the skill.
    pub fn checked(&self) -> Result<Catalog, String> {
        let mut c = self.draft.clone();
        c.title = crate::model::text::clean_line(&c.title);
        if c.title.is_empty() {
            return Err(t!("list-editor-no-title"));
        }
        if c.skills.is_empty() {
            return Err(t!("list-editor-no-skills"));
        }
        for s in &mut c.skills {
            s.name = crate::model::text::clean_line(&s.name);
            let described = s
                .levels
                .iter()
                .filter(|l| !l.text.trim().is_empty())
                .count();
            if described == 0 {
                s.levels.clear();
            } else if described < usize::from(c.scale.len()) {
                return Err(t!(
                    "list-editor-some-levels",
                    name = s.name.clone(),
                    described = described,
                    levels = c.scale.len()
                ));
            }
        }
        c.validate()
            .map_err(|e| t!("list-editor-invalid", reason = e.to_string()))?;
        Ok(c)
    }

    /// Copies the selected skill's typed fields into the draft.
    fn store_fields(&mut self) {
        let Some(skill) = self.loaded.and_then(|i| self.draft.skills.get_mut(i)) else {
            return;
        };
        let split = |text: &str, by: &[char]| -> Vec<String> {
            text.split(by)
                .map(crate::model::text::clean_line)
                .filter(|s| !s.is_empty())
                .collect()
        };
        skill.keywords = split(&self.keywords, &[';', '\n'])
            .into_iter()
            .map(|k| k.to_lowercase())
            .collect();
        skill.strategies = split(&self.strategies, &['\n']);
        skill.prompts = split(&self.prompts, &['\n']);
    }

    /// Loads the selected skill's fields into the typing buffers.
    fn load_fields(&mut self) {
        if self.loaded == Some(self.selected) {
            return;
        }
        if let Some(s) = self.draft.skills.get(self.selected) {
            self.keywords = s.keywords.join("; ");
            self.strategies = s.strategies.join("\n");
            self.prompts = s.prompts.join("\n");
        }
        self.loaded = Some(self.selected);
    }
}

/// An id made from `title` that no list has.
fn free_id(title: &str, taken: &[CatalogId]) -> CatalogId {
    let base = slug(title, "list");
    let mut id = base.clone();
    let mut n = 2;
    while taken.iter().any(|t| t.0 == id) {
        id = format!("{base}-{n}");
        n += 1;
    }
    CatalogId::new(id)
}

/// Draws the editor.
pub fn show(
    ctx: &egui::Context,
    editor: &mut ListEditor,
    taken: &[CatalogId],
    commands: &mut Vec<Command>,
) {
    editor.load_fields();
    let modal = egui::Modal::new(egui::Id::unique("lodestar-list-editor")).show(ctx, |ui| {
        let size = ctx.content_rect().size();
        ui.set_width((size.x - 80.0).clamp(320.0, 1000.0));
        ui.heading(match (&editor.copy_of, editor.is_new) {
            (Some(of), _) => t!(
                "list-editor-copy-of",
                title = widgets::short(of, 60).into_owned()
            ),
            (None, true) => t!("list-editor-heading-new"),
            (None, false) => t!("list-editor-heading-edit"),
        });
        ui.horizontal_wrapped(|ui| {
            let label = ui.label(t!("list-import-field-title"));
            ui.add(
                widgets::line_edit(&mut editor.draft.title).desired_width(theme::ADD_FIELD_WIDTH),
            )
            .labelled_by(label.id);
            if ui
                .button(t!("list-editor-duplicate"))
                .on_hover_text(t!("list-editor-duplicate-hint"))
                .clicked()
            {
                editor.store_fields();
                editor.duplicate(taken);
            }
        });
        scale_names(ui, editor);
        ui.separator();
        let height = (size.y - 320.0).max(200.0);
        ui.columns(2, |cols| {
            egui::ScrollArea::vertical()
                .id_salt("list-editor-skills")
                .max_height(height)
                .show(&mut cols[0], |ui| skills_column(ui, editor));
            egui::ScrollArea::vertical()
                .id_salt("list-editor-skill")
                .max_height(height)
                .show(&mut cols[1], |ui| skill_fields(ui, editor));
        });
        editor.store_fields();
        ui.separator();
        let checked = editor.checked();
        if let Err(e) = &checked {
            ui.colored_label(theme::palette(ui.visuals()).error, e);
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(checked.is_ok(), egui::Button::new(t!("list-editor-save")))
                .clicked()
            {
                commands.push(Command::ListEditor(EditorChoice::Save));
            }
            if ui.button(t!("cancel")).clicked() {
                commands.push(Command::ListEditor(EditorChoice::Cancel));
            }
            if ui
                .add_enabled(checked.is_ok(), egui::Button::new(t!("list-editor-export")))
                .on_hover_text(t!("list-editor-export-hint"))
                .clicked()
            {
                commands.push(Command::ExportList(editor.draft.id.clone()));
            }
            if !editor.is_new && ui.button(t!("list-editor-remove")).clicked() {
                commands.push(Command::ListEditor(EditorChoice::Remove));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::ListEditor(EditorChoice::Cancel));
    }
}

/// The names of the scale's levels.
fn scale_names(ui: &mut egui::Ui, editor: &mut ListEditor) {
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("list-editor-levels"));
        let mut changed = false;
        for (i, name) in editor.level_names.iter_mut().enumerate() {
            let r = ui.add(widgets::line_edit(name).desired_width(100.0));
            let label = t!("list-import-level-name", n = i + 1);
            r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &label));
            changed |= r.changed();
        }
        if changed {
            // A blank or repeated name waits in the field; the scale keeps
            // its names (and meanings) until the names are good again.
            if let Ok(scale) = editor.draft.scale.renamed(&editor.level_names) {
                editor.draft.scale = scale;
            }
        }
    });
}

/// The skills, in order, each with up, down and remove; a field to add one.
fn skills_column(ui: &mut egui::Ui, editor: &mut ListEditor) {
    ui.label(RichText::new(t!("list-editor-skills", n = editor.draft.skills.len())).strong());
    let mut act: Option<(usize, isize)> = None;
    for i in 0..editor.draft.skills.len() {
        ui.horizontal(|ui| {
            let name = widgets::short(&editor.draft.skills[i].name, 34).into_owned();
            if ui.selectable_label(editor.selected == i, &name).clicked() {
                editor.store_fields();
                editor.selected = i;
            }
            let last = editor.draft.skills.len() - 1;
            if widgets::action(
                ui,
                i > 0,
                &t!("list-editor-up"),
                &t!("list-editor-up-hint", name = name.clone()),
            )
            .clicked()
            {
                act = Some((i, -1));
            }
            if widgets::action(
                ui,
                i < last,
                &t!("list-editor-down"),
                &t!("list-editor-down-hint", name = name.clone()),
            )
            .clicked()
            {
                act = Some((i, 1));
            }
            if widgets::action(
                ui,
                true,
                &t!("list-editor-remove-skill"),
                &t!("list-editor-remove-skill-hint", name = name.clone()),
            )
            .clicked()
            {
                act = Some((i, 0));
            }
        });
    }
    if let Some((i, by)) = act {
        editor.store_fields();
        if by == 0 {
            editor.remove_skill(i);
        } else {
            editor.move_skill(i, by);
        }
    }
    ui.add_space(theme::ROW_GAP);
    ui.horizontal(|ui| {
        let hint = t!("list-editor-new-skill");
        let r = ui.add(
            widgets::line_edit(&mut editor.new_skill)
                .hint_text(&hint)
                .desired_width(200.0),
        );
        r.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &hint));
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        if ui.button(t!("list-editor-add-skill")).clicked() || enter {
            editor.store_fields();
            let name = std::mem::take(&mut editor.new_skill);
            if let Err(e) = editor.add_skill(&name) {
                editor.new_skill = name;
                ui.colored_label(theme::palette(ui.visuals()).error, e);
            }
        }
    });
}

/// The selected skill's fields.
fn skill_fields(ui: &mut egui::Ui, editor: &mut ListEditor) {
    let scale = editor.draft.scale.clone();
    let Some(skill) = editor.draft.skills.get_mut(editor.selected) else {
        ui.label(t!("list-editor-none-selected"));
        return;
    };
    let field = |ui: &mut egui::Ui, label: &str, text: &mut String, rows: usize, max: usize| {
        let name = ui.label(RichText::new(label).strong());
        ui.add(
            egui::TextEdit::multiline(text)
                .desired_rows(rows)
                .desired_width(f32::INFINITY)
                .char_limit(max),
        )
        .labelled_by(name.id);
    };
    let label = ui.label(RichText::new(t!("list-editor-name")).strong());
    ui.add(widgets::line_edit(&mut skill.name).char_limit(NAME_MAX))
        .labelled_by(label.id);
    field(
        ui,
        &t!("list-editor-description"),
        &mut skill.summary,
        2,
        TEXT_MAX,
    );
    if skill.levels.len() != usize::from(scale.len()) {
        skill
            .levels
            .resize(usize::from(scale.len()), LevelText::plain(""));
    }
    for level in scale.levels() {
        let label = t!(
            "list-editor-level",
            n = level.get(),
            name = scale.name(level).clone()
        );
        if let Some(l) = skill.levels.get_mut(level.index()) {
            field(ui, &label, &mut l.text, 2, TEXT_MAX);
        }
    }
    let id: SkillId = skill.id.clone();
    field(
        ui,
        &t!("list-editor-keywords"),
        &mut editor.keywords,
        1,
        TEXT_MAX,
    );
    field(
        ui,
        &t!("list-editor-strategies"),
        &mut editor.strategies,
        4,
        TEXT_MAX * 4,
    );
    field(
        ui,
        &t!("list-editor-questions"),
        &mut editor.prompts,
        4,
        TEXT_MAX * 4,
    );
    ui.label(RichText::new(t!("list-editor-id", id = id.0.clone())).weak());
}
