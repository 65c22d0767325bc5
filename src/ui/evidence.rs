//! The evidence log on screen: the dialog that adds or changes an entry
//! (reached from every step with Ctrl+E), and the lists of entries shown on
//! Rate (per skill, since the last rating) and on Progress (all of them).

use egui::RichText;
use jiff::civil::Date;

use super::command::{Command, EvidenceChoice};
use super::{theme, widgets};
use crate::model::evidence::{star_headings, star_text};
use crate::model::{Catalog, Evidence, Profile, SkillId, Witness};
use crate::t;

/// An entry being typed: new, or a copy of one being changed.
#[derive(Debug, Clone, PartialEq)]
pub struct EvidenceDraft {
    /// The entry as it will be saved (its id, and for a change its file).
    pub entry: Evidence,
    pub is_new: bool,
    pub date_text: String,
    /// Written as a STAR note, in four fields.
    pub star: bool,
    pub parts: [String; 4],
    /// A file picked to keep with it (copied when saved).
    pub attach: Option<std::path::PathBuf>,
    /// Why the last try to save was refused.
    pub error: Option<String>,
    /// The text field takes the keyboard when the dialog opens.
    pub focus_pending: bool,
}

impl EvidenceDraft {
    /// A new entry dated `today`, about `skill` when given.
    #[must_use]
    pub fn new(today: Date, skill: Option<SkillId>) -> Self {
        Self {
            entry: Evidence::new(today, "", skill.into_iter().collect()),
            is_new: true,
            date_text: today.to_string(),
            star: false,
            parts: Default::default(),
            attach: None,
            error: None,
            focus_pending: true,
        }
    }

    /// A draft that changes `entry`.
    #[must_use]
    pub fn editing(entry: &Evidence) -> Self {
        Self {
            entry: entry.clone(),
            is_new: false,
            date_text: entry.date.to_string(),
            star: false,
            parts: Default::default(),
            attach: None,
            error: None,
            focus_pending: true,
        }
    }

    /// The entry to save: the text (or the STAR parts) and date taken in.
    /// The date stays as it was while what is typed is not a date.
    #[must_use]
    pub fn entry(&self) -> Evidence {
        let mut e = self.entry.clone();
        if self.star {
            e.text = star_text(&self.parts);
        }
        if let Ok(date) = self.date_text.trim().parse() {
            e.date = date;
        }
        e
    }
}

/// The dialog. Its buttons push [`Command::Evidence`].
pub fn dialog(
    ctx: &egui::Context,
    catalog: &Catalog,
    draft: &mut EvidenceDraft,
    commands: &mut Vec<Command>,
) {
    let modal = egui::Modal::new(egui::Id::unique("lodestar-evidence")).show(ctx, |ui| {
        let size = ctx.content_rect().size();
        ui.set_width((size.x - 80.0).clamp(300.0, 640.0));
        ui.heading(if draft.is_new {
            t!("evidence-add-title")
        } else {
            t!("evidence-change-title")
        });
        ui.label(
            RichText::new(t!("evidence-what-it-is")).color(theme::palette(ui.visuals()).muted),
        );
        ui.add_space(theme::ROW_GAP);
        egui::ScrollArea::vertical()
            .max_height((size.y - 220.0).max(160.0))
            .show(ui, |ui| fields(ui, catalog, draft, commands));
        ui.separator();
        if let Some(error) = &draft.error {
            ui.colored_label(theme::palette(ui.visuals()).error, error);
        }
        ui.horizontal(|ui| {
            let label = if draft.is_new {
                t!("evidence-add")
            } else {
                t!("evidence-save")
            };
            if ui.button(label).clicked() {
                commands.push(Command::Evidence(EvidenceChoice::Save));
            }
            if ui.button(t!("evidence-cancel")).clicked() {
                commands.push(Command::Evidence(EvidenceChoice::Cancel));
            }
            if !draft.is_new && ui.button(t!("evidence-remove")).clicked() {
                commands.push(Command::Evidence(EvidenceChoice::Remove(draft.entry.id)));
            }
        });
    });
    if modal.should_close() {
        commands.push(Command::Evidence(EvidenceChoice::Cancel));
    }
}

fn fields(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    draft: &mut EvidenceDraft,
    commands: &mut Vec<Command>,
) {
    ui.horizontal_wrapped(|ui| {
        let _ = widgets::date_field(ui, t!("evidence-when"), &mut draft.date_text);
        ui.checkbox(&mut draft.star, t!("evidence-star"))
            .on_hover_text(t!("evidence-star-hint"));
    });
    what_happened(ui, draft);
    ui.add_space(theme::ROW_GAP);
    ui.label(t!("evidence-skills"));
    ui.horizontal_wrapped(|ui| {
        for skill in &catalog.skills {
            let mut on = draft.entry.skills.contains(&skill.id);
            if ui.checkbox(&mut on, &skill.name).changed() {
                if on {
                    draft.entry.skills.push(skill.id.clone());
                } else {
                    draft.entry.skills.retain(|s| *s != skill.id);
                }
            }
        }
    });
    ui.add_space(theme::ROW_GAP);
    ui.horizontal_wrapped(|ui| {
        ui.label(t!("evidence-who-saw"));
        for w in Witness::ALL {
            ui.radio_value(&mut draft.entry.seen_by, w, w.label());
        }
    });
    if matches!(draft.entry.seen_by, Witness::Colleague | Witness::Customer) {
        ui.horizontal(|ui| {
            let l = ui.label(t!("evidence-their-name"));
            ui.add(widgets::line_edit(&mut draft.entry.who).desired_width(theme::ADD_FIELD_WIDTH))
                .labelled_by(l.id);
        });
    }
    ui.horizontal(|ui| {
        let l = ui.label(t!("evidence-link"));
        ui.add(
            widgets::line_edit(&mut draft.entry.link)
                .hint_text("https://…")
                .desired_width(theme::ADD_FIELD_WIDTH),
        )
        .labelled_by(l.id);
    });
    ui.horizontal_wrapped(|ui| {
        let shown = match (&draft.attach, draft.entry.file.as_str()) {
            (Some(path), _) => path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_default(),
            (None, "") => t!("evidence-no-file"),
            (None, kept) => kept.to_owned(),
        };
        ui.label(t!("evidence-file", name = shown));
        if ui
            .button(t!("evidence-attach"))
            .on_hover_text(t!("evidence-attach-hint"))
            .clicked()
        {
            commands.push(Command::Evidence(EvidenceChoice::PickFile));
        }
        if (draft.attach.is_some() || !draft.entry.file.is_empty())
            && ui.button(t!("evidence-no-file")).clicked()
        {
            draft.attach = None;
            draft.entry.file.clear();
        }
    });
}

/// What happened: one text, or the four parts of a STAR note.
fn what_happened(ui: &mut egui::Ui, draft: &mut EvidenceDraft) {
    if draft.star {
        if draft.parts.iter().all(String::is_empty) && !draft.entry.text.is_empty() {
            draft.parts[0] = std::mem::take(&mut draft.entry.text);
        }
        let hints = [
            t!("evidence-star-situation-hint"),
            t!("evidence-star-task-hint"),
            t!("evidence-star-action-hint"),
            t!("evidence-star-result-hint"),
        ];
        for ((heading, part), hint) in star_headings().iter().zip(&mut draft.parts).zip(hints) {
            let l = ui.label(heading.as_str());
            ui.add(
                widgets::line_edit(part)
                    .hint_text(hint)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(l.id);
        }
    } else {
        if draft.entry.text.is_empty() && draft.parts.iter().any(|p| !p.is_empty()) {
            draft.entry.text = star_text(&draft.parts);
            draft.parts = Default::default();
        }
        let l = ui.label(t!("evidence-what-happened"));
        let r = ui
            .add(
                egui::TextEdit::multiline(&mut draft.entry.text)
                    .char_limit(crate::model::evidence::MAX_EVIDENCE_CHARS)
                    .desired_rows(3)
                    .desired_width(f32::INFINITY)
                    .hint_text(t!("evidence-what-happened-hint")),
            )
            .labelled_by(l.id);
        if std::mem::take(&mut draft.focus_pending) {
            r.request_focus();
        }
    }
}

/// A short line for an entry: date, who saw it, the first line of it.
#[must_use]
pub fn line(entry: &Evidence) -> String {
    let who = match (entry.seen_by, entry.who.as_str()) {
        (Witness::Myself, _) => String::new(),
        (w, "") => format!(" {}", t!("evidence-seen-by", who = w.in_sentence())),
        (_, name) => format!(" {}", t!("evidence-seen-by", who = name)),
    };
    t!(
        "evidence-line",
        date = crate::i18n::date(entry.date),
        text = widgets::short(entry.headline(), 140),
        who = who
    )
}

/// Entries as rows, each with its link and file one click away and a
/// button to change it.
pub fn rows(ui: &mut egui::Ui, entries: &[&Evidence], commands: &mut Vec<Command>) {
    rows_ui(ui, entries, commands);
}

fn rows_ui(ui: &mut egui::Ui, entries: &[&Evidence], commands: &mut Vec<Command>) {
    for entry in entries {
        ui.horizontal_wrapped(|ui| {
            let shown = ui.label(line(entry));
            if entry.text.lines().count() > 1 || entry.text.chars().count() > 140 {
                shown.on_hover_text(&entry.text);
            }
            if !entry.link.is_empty()
                && ui
                    .small_button(t!("evidence-open-link"))
                    .on_hover_text(&entry.link)
                    .clicked()
            {
                commands.push(Command::Evidence(EvidenceChoice::OpenLink(entry.id)));
            }
            if !entry.file.is_empty()
                && ui
                    .small_button(t!("evidence-open-file"))
                    .on_hover_text(&entry.file)
                    .clicked()
            {
                commands.push(Command::Evidence(EvidenceChoice::OpenFile(entry.id)));
            }
            let change = ui.small_button(t!("evidence-change"));
            change.widget_info(|| {
                egui::WidgetInfo::labeled(
                    egui::Role::Button,
                    true,
                    t!(
                        "evidence-change-named",
                        text = widgets::short(entry.headline(), 60)
                    ),
                )
            });
            if change.on_hover_text(t!("evidence-change-hint")).clicked() {
                commands.push(Command::Evidence(EvidenceChoice::Change(entry.id)));
            }
        });
    }
}

/// A row of the Progress step's log: a skill's heading, or an entry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LogRow {
    Heading(String, usize),
    /// `profile.evidence[i]`.
    Entry(usize),
}

/// The log's rows, worked out once per version of the profile.
#[derive(Debug, Default)]
pub struct LogView {
    key: Option<u64>,
    rows: Vec<LogRow>,
}

/// Every entry, newest first, grouped by the list's skills (an entry
/// showing two skills is under both), then those of skills not on the list.
fn log_rows(profile: &Profile, catalog: &Catalog) -> Vec<LogRow> {
    let mut by_skill: std::collections::HashMap<&SkillId, Vec<usize>> =
        std::collections::HashMap::new();
    let mut unlisted = Vec::new();
    for (i, e) in profile.evidence.iter().enumerate() {
        let mut listed = false;
        for s in &e.skills {
            if catalog.skill(s).is_some() {
                by_skill.entry(s).or_default().push(i);
                listed = true;
            }
        }
        if !listed {
            unlisted.push(i);
        }
    }
    let newest_first = |v: &mut Vec<usize>| {
        v.sort_by_key(|&i| std::cmp::Reverse(profile.evidence[i].date));
    };
    let mut rows = Vec::new();
    for skill in &catalog.skills {
        if let Some(mut entries) = by_skill.remove(&skill.id) {
            newest_first(&mut entries);
            rows.push(LogRow::Heading(skill.name.clone(), entries.len()));
            rows.extend(entries.into_iter().map(LogRow::Entry));
        }
    }
    if !unlisted.is_empty() {
        newest_first(&mut unlisted);
        rows.push(LogRow::Heading(t!("evidence-not-on-list"), unlisted.len()));
        rows.extend(unlisted.into_iter().map(LogRow::Entry));
    }
    rows
}

/// The Progress step's log: every entry, newest first, grouped by skill;
/// only the rows near the view are laid out (a long log costs no more
/// than a short one).
pub fn log(
    ui: &mut egui::Ui,
    (profile, revision): (&Profile, u64),
    catalog: &Catalog,
    view: &mut LogView,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.horizontal_wrapped(|ui| {
        ui.heading(t!("evidence-heading"));
        if ui
            .button(t!("bar-add-evidence"))
            .on_hover_text(t!("evidence-add-hint"))
            .clicked()
        {
            commands.push(Command::Evidence(EvidenceChoice::New(None)));
        }
    });
    if profile.evidence.is_empty() {
        ui.label(RichText::new(t!("evidence-none-yet")).color(palette.muted));
        return;
    }
    if view.key != Some(revision) {
        view.rows = log_rows(profile, catalog);
        view.key = Some(revision);
    }
    let id = ui.make_persistent_id(("evidence-log", catalog.id.as_str()));
    let rows = &view.rows;
    widgets::lazy_rows(ui, (id, rows.len()), 0.0, |ui, i| match &rows[i] {
        LogRow::Heading(name, n) => {
            ui.label(RichText::new(t!("evidence-group", skill = name.as_str(), n = *n)).strong());
        }
        LogRow::Entry(e) => {
            if let Some(entry) = profile.evidence.get(*e) {
                ui.indent(("evidence", i), |ui| rows_ui(ui, &[entry], commands));
            }
        }
    });
}
