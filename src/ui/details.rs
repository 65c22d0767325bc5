//! Who the profile is about: name, role, team, coach and workplace. Shown folded at
//! the top of the first step; changes apply when a field loses focus.

use super::command::Command;
use super::theme;
use super::widgets;
use crate::model::{Edit, Profile, Workplace};
use crate::t;

/// The fields as typed, until they are applied.
#[derive(Default)]
pub struct DetailsDraft {
    fields: Option<[String; 4]>,
    /// Applied last frame: read the fields from the profile again.
    applied: bool,
}

impl DetailsDraft {
    /// The edits the fields hold that the profile does not have yet (the
    /// window closing, or the profile being left, with the cursor still in
    /// one); the fields are read again from the profile afterwards.
    pub fn take_edits(&mut self, profile: &Profile) -> Vec<Edit> {
        let edits = self.edits(profile);
        self.fields = None;
        edits
    }

    fn edits(&self, profile: &Profile) -> Vec<Edit> {
        let Some([name, role, team, coach]) = self.fields.clone() else {
            return Vec::new();
        };
        let mut edits = Vec::new();
        if name != profile.name {
            edits.push(Edit::Rename(name));
        }
        if role != profile.role || team != profile.team || coach != profile.coach {
            edits.push(Edit::SetDetails { role, team, coach });
        }
        edits
    }

    /// Forgets what was typed: the profile changed under it (undo, or the
    /// version on disk was loaded).
    pub fn reset(&mut self) {
        self.fields = None;
        self.applied = false;
    }
}

/// Draws the details section.
pub fn show(
    ui: &mut egui::Ui,
    profile: &Profile,
    draft: &mut DetailsDraft,
    commands: &mut Vec<Command>,
) {
    if std::mem::take(&mut draft.applied) {
        draft.fields = None;
    }
    let fields = draft.fields.get_or_insert_with(|| {
        [
            profile.name.clone(),
            profile.role.clone(),
            profile.team.clone(),
            profile.coach.clone(),
        ]
    });
    let mut reset = false;
    egui::CollapsingHeader::new(t!("details-heading"))
        .default_open(profile.role.is_empty() && profile.coach.is_empty())
        .show(ui, |ui| {
            let mut changed = false;
            egui::Grid::new("details")
                .num_columns(2)
                .spacing([theme::COLUMN_GAP, theme::ROW_GAP])
                .show(ui, |ui| {
                    for (i, (label, hint)) in [
                        (t!("details-name"), t!("details-name-hint")),
                        (t!("details-role"), t!("details-role-hint")),
                        (t!("details-team"), t!("details-team-hint")),
                        (t!("details-coach"), t!("details-coach-hint")),
                    ]
                    .into_iter()
                    .enumerate()
                    {
                        let l = ui.label(label);
                        let r = ui
                            .add(
                                widgets::line_edit(&mut fields[i])
                                    .hint_text(hint)
                                    .desired_width(theme::ADD_FIELD_WIDTH),
                            )
                            .labelled_by(l.id);
                        changed |= r.lost_focus();
                        ui.end_row();
                    }
                    workplace_row(ui, profile, commands);
                });
            if changed {
                reset = true;
            }
        });
    if reset {
        // Applied now; re-read from the profile next frame (cleaned, or the
        // old name back if the new one was refused). Until then the fields
        // stay, so that leaving the profile in this same frame keeps them.
        commands.extend(draft.edits(profile).into_iter().map(Command::Edit));
        draft.applied = true;
    }
}

/// Where the person works: that workplace's examples come first on Rate,
/// Progress, the agenda and the plan. Applied at once.
fn workplace_row(ui: &mut egui::Ui, profile: &Profile, commands: &mut Vec<Command>) {
    let label = ui.label(t!("details-workplace"));
    let shown = profile.workplace.map_or_else(
        || t!("details-not-set"),
        crate::model::workplace::Workplace::label,
    );
    let mut chosen = profile.workplace;
    egui::ComboBox::from_id_salt("workplace")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(&mut chosen, None, t!("details-not-set"));
            for w in Workplace::ALL {
                ui.selectable_value(&mut chosen, Some(w), w.label());
            }
        })
        .response
        .labelled_by(label.id)
        .on_hover_text(t!("details-workplace-hint"));
    if chosen != profile.workplace {
        commands.push(Command::Edit(Edit::SetWorkplace(chosen)));
    }
    ui.end_row();
}
