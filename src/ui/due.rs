//! "Due": the short list of what needs doing across every profile (a
//! session today or this week, actions overdue, a plan review passed), at
//! the top of the first screen and of the coach view, each one click from
//! its profile.

use egui::RichText;

use super::command::Command;
use super::theme;
use crate::model::due::{Due, DueWhat, due};
use crate::store::ProfileSummary;
use crate::t;

/// What the list remembers.
#[derive(Debug, Default)]
pub struct DueView {
    /// Every item shown, not only the first few.
    pub all: bool,
}

/// How many are listed before "and N more".
const SHOWN: usize = 4;

/// What is due on `today` among `profiles`.
#[must_use]
pub fn of(profiles: &[&ProfileSummary], today: jiff::civil::Date) -> Vec<Due> {
    due(
        profiles
            .iter()
            .map(|p| (&p.id, p.name.as_str(), p.coaching.events.as_slice())),
        today,
    )
}

/// The list, when anything is due; `all` shows every item.
pub fn show(ui: &mut egui::Ui, items: &[Due], view: &mut DueView, commands: &mut Vec<Command>) {
    if items.is_empty() {
        return;
    }
    let palette = theme::palette(ui.visuals());
    theme::card(ui.visuals()).show(ui, |ui| {
        ui.set_width(ui.available_width());
        ui.label(
            RichText::new(t!("due-heading"))
                .strong()
                .size(theme::CARD_TITLE_SIZE),
        );
        let shown = if view.all {
            items.len()
        } else {
            items.len().min(SHOWN)
        };
        ui.horizontal_wrapped(|ui| {
            for (i, item) in items.iter().take(shown).enumerate() {
                if i > 0 {
                    ui.label(RichText::new("·").color(palette.muted));
                }
                let pressing = matches!(
                    item.what,
                    DueWhat::ActionsOverdue(..)
                        | DueWhat::SessionMissed(_)
                        | DueWhat::ReviewPassed(_)
                );
                let text = item.words();
                let text = if pressing {
                    RichText::new(text).color(palette.error)
                } else {
                    RichText::new(text)
                };
                if ui
                    .link(text)
                    .on_hover_text(t!("picker-open-hint", name = item.name.as_str()))
                    .clicked()
                {
                    commands.push(Command::Open(item.profile.clone()));
                }
            }
            if shown < items.len() && ui.link(t!("due-more", n = items.len() - shown)).clicked() {
                view.all = true;
            }
        });
    });
    ui.add_space(theme::ROW_GAP);
}
