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
use crate::model::{Catalog, Profile};
use crate::t;

/// The colleagues' change table's columns.
#[must_use]
pub fn table_header() -> Vec<String> {
    vec![
        t!("changes-column-skill"),
        t!("changes-column-first"),
        t!("changes-column-previous"),
        t!("changes-column-latest"),
        t!("feedback-column-raters"),
        t!("changes-column-change"),
    ]
}

/// The section: how it works, the button to ask, and each round.
pub fn section(
    ui: &mut egui::Ui,
    profile: &Profile,
    catalog: &Catalog,
    commands: &mut Vec<Command>,
) {
    let palette = theme::palette(ui.visuals());
    ui.heading(t!("feedback-heading"));
    ui.label(t!("feedback-intro", min = MIN_ANSWERS));
    ui.add_space(theme::ROW_GAP);
    ui.horizontal_wrapped(|ui| {
        if ui
            .button(t!("feedback-ask"))
            .on_hover_text(t!("feedback-ask-hint"))
            .clicked()
        {
            commands.push(Command::Feedback(FeedbackChoice::Ask));
        }
        if !profile.feedback.is_empty()
            && ui
                .button(t!("feedback-take-in"))
                .on_hover_text(t!("feedback-take-in-hint"))
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
            ui.strong(t!("feedback-round", date = crate::i18n::date(request.made)));
            if request.is_pooled() {
                let pooled = count / MIN_ANSWERS * MIN_ANSWERS;
                ui.label(if pooled == count {
                    t!("feedback-round-shown", n = count)
                } else {
                    t!(
                        "feedback-round-partly",
                        n = count,
                        pooled = pooled,
                        more = pooled + MIN_ANSWERS - count
                    )
                });
            } else {
                let more = MIN_ANSWERS.saturating_sub(count);
                ui.label(
                    RichText::new(t!("feedback-round-waiting", n = count, more = more))
                        .color(palette.muted),
                );
            }
            if ui
                .small_button(t!("feedback-form-again"))
                .on_hover_text(t!("feedback-form-again-hint"))
                .clicked()
            {
                commands.push(Command::Feedback(FeedbackChoice::FormAgain(request.id)));
            }
        });
        if !answers.is_empty() {
            egui::CollapsingHeader::new(t!("feedback-one-by-one", n = answers.len()))
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
        ui.label(
            RichText::new(t!(
                "feedback-received",
                date = crate::i18n::date(answer.received)
            ))
            .color(palette.muted),
        );
        if ui
            .small_button(t!("feedback-leave-out"))
            .on_hover_text(t!("feedback-leave-out-hint"))
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
            None if answer.not_seen.contains(id) => t!("feedback-not-seen"),
            None if example.is_some() => t!("feedback-no-level"),
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
            vec![
                RichText::new(name),
                show(row.first),
                show(row.previous),
                show(row.latest),
                RichText::new(
                    row.latest
                        .map_or_else(String::new, |p| p.raters.to_string()),
                ),
                widgets::trend_cell(row.trend, palette),
            ]
        })
        .collect();
    let header = table_header();
    let header: Vec<&str> = header.iter().map(String::as_str).collect();
    let widths = widgets::column_widths(ui, &header, &cells);
    let top = catalog.scale.top().get();
    let meanings = rows
        .iter()
        .map(|row| {
            row.latest.map_or_else(
                || t!("feedback-too-few-hint", min = MIN_ANSWERS),
                |p| {
                    t!(
                        "feedback-mean-hint",
                        n = p.raters,
                        mean = p.text(),
                        top = top
                    )
                },
            )
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
            t!(
                "feedback-flag-line",
                skill = name,
                own = f.self_rating.get(),
                own_date = crate::i18n::date(f.self_date),
                mean = f.colleagues.text(),
                n = f.colleagues.raters,
                round = crate::i18n::date(f.round)
            )
        })
        .collect()
}
