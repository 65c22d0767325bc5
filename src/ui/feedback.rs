//! Feedback from colleagues on Progress: asking for it (a form saved to
//! send by email), the rounds and how many have answered, each answer one
//! by one for the coach (named only when signed), and the colleagues'
//! pooled view in the change table and the calibration lines.

use egui::RichText;

use super::command::{Command, FeedbackChoice};
use super::theme;
use super::widgets;
use crate::model::colleagues::{self, ColleagueRow};
use crate::model::feedback::{FeedbackAnswer, FeedbackRequest, MIN_ANSWERS, PooledSkill};
use crate::model::progress::Trend;
use crate::model::{Catalog, Profile};

/// The colleagues' change table's title and columns.
pub const TABLE_TITLE: &str = "Colleagues (pooled)";
pub const TABLE_HEADER: [&str; 6] = ["Skill", "First", "Previous", "Latest", "Raters", "Change"];

/// The section: how it works, the button to ask, and each round.
pub fn section(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.heading("Feedback from colleagues");
    ui.label(format!(
        "Colleagues see things a coach never does. Ask them with a form: one web page to send \
         by email, which any browser opens without internet. Each colleague saves a small \
         answer file and sends it back; take those in with Take in answers… or by dropping \
         them on this window. Their view joins the chart once {MIN_ANSWERS} have answered, as an \
         average that moves only by whole groups of {MIN_ANSWERS}, so that no single answer can \
         be picked out."
    ));
    ui.add_space(theme::ROW_GAP);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("Ask colleagues for feedback…")
            .on_hover_text("Starts a new round and saves its form, ready to attach to an email.")
            .clicked()
        {
            commands.push(Command::Feedback(FeedbackChoice::Ask));
        }
        if !profile.feedback.is_empty()
            && ui
                .button("Take in answers…")
                .on_hover_text("A colleague's answer file, saved from the form.")
                .clicked()
        {
            commands.push(Command::Import);
        }
    });
    let mut rounds: Vec<&FeedbackRequest> = profile.feedback.iter().collect();
    rounds.sort_by_key(|r| std::cmp::Reverse(r.made));
    for request in rounds {
        ui.add_space(theme::ROW_GAP);
        let answers: Vec<&FeedbackAnswer> = profile
            .colleague_answers
            .iter()
            .filter(|a| a.request == request.id)
            .collect();
        // The coach's own count where the answers are here; the pooled
        // count on the technician's computer.
        let count = request.pooled.answers;
        ui.horizontal_wrapped(|ui| {
            ui.strong(format!("Round of {}", request.made));
            let noun = if count == 1 { "answer" } else { "answers" };
            if request.is_pooled() {
                let pooled = count / MIN_ANSWERS * MIN_ANSWERS;
                ui.label(if pooled == count {
                    format!("{count} {noun}: on the chart and in the table.")
                } else {
                    format!(
                        "{count} {noun}: {pooled} on the chart and in the table; the rest join \
                         them once {} more have answered.",
                        pooled + MIN_ANSWERS - count
                    )
                });
            } else {
                let more = MIN_ANSWERS.saturating_sub(count);
                ui.label(
                    RichText::new(format!(
                        "{count} {noun} so far; {more} more before it shows."
                    ))
                    .color(palette.muted),
                );
            }
            if ui
                .small_button("Save its form again…")
                .on_hover_text("The same round's form, for one more colleague.")
                .clicked()
            {
                commands.push(Command::Feedback(FeedbackChoice::FormAgain(request.id)));
            }
        });
        if !answers.is_empty() {
            egui::CollapsingHeader::new(format!(
                "Answers one by one ({}), for the coach's eyes",
                answers.len()
            ))
            .id_salt(("feedback answers", request.id.0))
            .show(ui, |ui| {
                for answer in answers {
                    answer_block(ui, catalog, request, answer, commands);
                }
            });
        }
    }
}

/// One colleague's answers: who (if signed), when, each skill's level or
/// "hasn't seen", the examples, and "Leave out".
fn answer_block(
    ui: &mut egui::Ui,
    catalog: &Catalog,
    request: &FeedbackRequest,
    answer: &FeedbackAnswer,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.add_space(theme::SMALL_GAP);
    ui.horizontal_wrapped(|ui| {
        ui.strong(answer.who());
        ui.label(RichText::new(format!("received {}", answer.received)).color(palette.muted));
        if ui
            .small_button("Leave out")
            .on_hover_text("Takes this answer out of the pooled view (Ctrl+Z brings it back).")
            .clicked()
        {
            commands.push(Command::Feedback(FeedbackChoice::RemoveAnswer(answer.id)));
        }
    });
    for id in &request.skills {
        let name = catalog.skill(id).map_or(id.as_str(), |s| s.name.as_str());
        let level = answer.ratings.get(id);
        let example = answer.examples.get(id);
        let said = match level {
            Some(l) if catalog.scale.contains(*l) => catalog.scale.numbered(*l),
            Some(l) => l.get().to_string(),
            None if answer.not_seen.contains(id) => "hasn't seen this".to_owned(),
            None if example.is_some() => "no level".to_owned(),
            None => continue,
        };
        ui.label(format!("• {name}: {said}"));
        if let Some(text) = example {
            ui.indent(("example", answer.id.0, id.as_str()), |ui| {
                ui.label(RichText::new(text).italics());
            });
        }
    }
}

/// A change table ready to show.
pub struct TableParts {
    pub cells: Vec<Vec<RichText>>,
    pub widths: Vec<f32>,
    /// Per row, shown on hover.
    pub meanings: Vec<String>,
}

/// The colleagues' change table; `None` while no round has enough
/// answers.
#[must_use]
pub fn table(
    ui: &egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    palette: &theme::Palette,
) -> Option<TableParts> {
    let rows = colleagues::colleague_table(profile, catalog);
    if rows.is_empty() {
        return None;
    }
    let show =
        |p: Option<PooledSkill>| RichText::new(p.map_or_else(|| "–".to_owned(), PooledSkill::text));
    let cells: Vec<Vec<RichText>> = rows
        .iter()
        .map(|row: &ColleagueRow| {
            let name = catalog
                .skill(&row.skill)
                .map_or(row.skill.as_str(), |s| s.name.as_str());
            let (trend, color) = match row.trend {
                Trend::Up => ("up", palette.strength),
                Trend::Down => ("down", palette.error),
                Trend::Same => ("same", palette.muted),
                Trend::Unknown => ("", palette.muted),
            };
            vec![
                RichText::new(name),
                show(row.first),
                show(row.previous),
                show(row.latest),
                RichText::new(
                    row.latest
                        .map_or_else(String::new, |p| p.raters.to_string()),
                ),
                RichText::new(trend).color(color),
            ]
        })
        .collect();
    let widths = widgets::column_widths(ui, &TABLE_HEADER, &cells);
    let top = catalog.scale.top().get();
    let meanings = rows
        .iter()
        .map(|row| match row.latest {
            Some(p) => format!(
                "The mean of {} colleagues' levels in the latest round: {} of {top}.",
                p.raters,
                p.text()
            ),
            None => format!(
                "Fewer than {MIN_ANSWERS} colleagues rated this skill in the latest round, so it is not shown."
            ),
        })
        .collect();
    Some(TableParts {
        cells,
        widths,
        meanings,
    })
}

/// The "worth discussing" lines where the technician's own rating and the
/// colleagues' view are far apart.
#[must_use]
pub fn calibration_lines(profile: &Profile, catalog: &Catalog) -> Vec<String> {
    colleagues::colleague_calibration(profile, catalog)
        .into_iter()
        .map(|f| {
            let name = catalog
                .skill(&f.skill)
                .map_or(f.skill.as_str(), |s| s.name.as_str());
            format!(
                "• {name}: you {} ({}), colleagues {} ({} of them, round of {})",
                f.self_rating.get(),
                f.self_date,
                f.colleagues.text(),
                f.colleagues.raters,
                f.round
            )
        })
        .collect()
}
