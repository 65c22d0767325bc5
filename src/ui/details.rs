//! Who the profile is about: name, role, team and coach. Shown folded at
//! the top of the first step; changes apply when a field loses focus.

use super::app::{Command, Edit};
use super::widgets;
use crate::model::Profile;

/// The fields as typed, until they are applied.
#[derive(Default)]
pub struct DetailsDraft {
    fields: Option<[String; 4]>,
}

/// Draws the details section.
pub fn show(
    ui: &mut egui::Ui,
    profile: &Profile,
    draft: &mut DetailsDraft,
    commands: &mut Vec<Command>,
) {
    let fields = draft.fields.get_or_insert_with(|| {
        [
            profile.name.clone(),
            profile.role.clone(),
            profile.team.clone(),
            profile.coach.clone(),
        ]
    });
    let mut reset = false;
    egui::CollapsingHeader::new("About this person")
        .default_open(profile.role.is_empty() && profile.coach.is_empty())
        .show(ui, |ui| {
            let mut changed = false;
            egui::Grid::new("details")
                .num_columns(2)
                .spacing([12.0, 6.0])
                .show(ui, |ui| {
                    for (i, (label, hint)) in [
                        ("Name:", "Name of the technician"),
                        ("Role:", "e.g. Field service technician"),
                        ("Team:", "e.g. Regional service, north"),
                        ("Coach:", "Who they meet for coaching"),
                    ]
                    .into_iter()
                    .enumerate()
                    {
                        let l = ui.label(label);
                        let r = ui
                            .add(
                                widgets::line_edit(&mut fields[i])
                                    .hint_text(hint)
                                    .desired_width(320.0),
                            )
                            .labelled_by(l.id);
                        changed |= r.lost_focus();
                        ui.end_row();
                    }
                });
            if changed {
                let [name, role, team, coach] = std::mem::take(fields);
                if name != profile.name {
                    commands.push(Command::Edit(Edit::Rename(name)));
                }
                if role != profile.role || team != profile.team || coach != profile.coach {
                    commands.push(Command::Edit(Edit::SetDetails { role, team, coach }));
                }
                reset = true;
            }
        });
    if reset {
        // Re-read from the profile next frame (cleaned, or the old name
        // back if the new one was refused).
        draft.fields = None;
    }
}
