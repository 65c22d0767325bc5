//! Which layers a profile's chart shows, and their values: the latest
//! assessment, the target, the first, the previous one, the other rater's
//! latest, and any earlier ones picked from the timeline.

use std::collections::BTreeSet;

use super::geometry::{MAX_AXES, MIN_AXES};
use super::{Layer, LayerKind, RadarChart};
use crate::model::progress::{calibration, history};
use crate::model::{Assessment, Catalog, Profile, Rater, SkillId};

/// The layer switches.
#[expect(
    clippy::struct_excessive_bools,
    reason = "independent switches, one per layer"
)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Choice {
    /// Whose ratings are "latest", "first" and "previous".
    pub rater: Rater,
    pub current: bool,
    pub target: bool,
    pub baseline: bool,
    pub previous: bool,
    /// The other rater's latest.
    pub other: bool,
    /// Colleagues' pooled view (when enough answered).
    pub colleagues: bool,
    /// Further assessments, by their index in `profile.assessments`.
    pub earlier: BTreeSet<usize>,
}

impl Default for Choice {
    fn default() -> Self {
        Choice {
            rater: Rater::SelfRating,
            current: true,
            target: true,
            baseline: true,
            previous: false,
            other: true,
            colleagues: true,
            earlier: BTreeSet::new(),
        }
    }
}

/// The roles an assessment plays for a choice of rater.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Roles {
    pub current: Option<usize>,
    pub baseline: Option<usize>,
    pub previous: Option<usize>,
    pub other: Option<usize>,
}

/// Indices (in `profile.assessments`) of the latest, first and previous
/// assessments of `rater`, and of the other rater's latest.
#[must_use]
pub fn roles(profile: &Profile, rater: Rater) -> Roles {
    let index = |a: &Assessment| profile.assessments.iter().position(|b| std::ptr::eq(a, b));
    let mine = history(profile, rater);
    let other = match rater {
        Rater::SelfRating => Rater::Coach,
        Rater::Coach => Rater::SelfRating,
    };
    let theirs = history(profile, other);
    Roles {
        current: mine.last().and_then(|a| index(a)),
        baseline: (mine.len() >= 2)
            .then(|| mine.first().and_then(|a| index(a)))
            .flatten(),
        previous: (mine.len() >= 3)
            .then(|| mine.get(mine.len() - 2).and_then(|a| index(a)))
            .flatten(),
        other: theirs.last().and_then(|a| index(a)),
    }
}

/// Why a profile has no chart to show.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NoChart {
    /// Nothing has been rated yet.
    NoRatings,
    /// The list has fewer than three skills that apply.
    TooFewSkills(usize),
}

impl std::error::Error for NoChart {}

impl std::fmt::Display for NoChart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&match self {
            NoChart::NoRatings => crate::t!("chart-no-ratings"),
            NoChart::TooFewSkills(n) => crate::t!("chart-too-few-skills", n = *n),
        })
    }
}

/// The chart for `profile` rated against `catalog`, showing `choice`.
/// Skills marked not applicable in the latest assessment are left out; at
/// most [`MAX_AXES`] skills are drawn (the change table lists them all).
pub fn build(profile: &Profile, catalog: &Catalog, choice: &Choice) -> Result<RadarChart, NoChart> {
    let roles = roles(profile, choice.rater);
    let Some(current) = roles.current.or(roles.other) else {
        return Err(NoChart::NoRatings);
    };
    let latest = &profile.assessments[current];
    let axes: Vec<&crate::model::Skill> = catalog
        .skills
        .iter()
        .filter(|s| !latest.not_applicable.contains(&s.id))
        .take(MAX_AXES)
        .collect();
    if axes.len() < MIN_AXES {
        return Err(NoChart::TooFewSkills(axes.len()));
    }
    let values = |a: &Assessment| -> Vec<Option<f64>> {
        axes.iter()
            .map(|s| a.ratings.get(&s.id).map(|l| f64::from(l.get())))
            .collect()
    };
    let whose = |a: &Assessment| match a.rater {
        Rater::SelfRating => "self",
        Rater::Coach => "coach",
    };
    let mut layers = Vec::new();
    // `which`: "first", "previous", "latest", or "" for an earlier one.
    let mut push = |kind: LayerKind, which: &str, index: Option<usize>| {
        if let Some(a) = index.and_then(|i| profile.assessments.get(i)) {
            layers.push(Layer {
                kind,
                label: crate::t!(
                    "layer-assessment",
                    which = which,
                    rater = whose(a),
                    date = crate::i18n::date(a.date)
                ),
                values: values(a),
            });
        }
    };
    if choice.baseline {
        push(LayerKind::Baseline, "first", roles.baseline);
    }
    if choice.previous {
        push(LayerKind::Previous, "previous", roles.previous);
    }
    let mut n = 0u8;
    for &i in &choice.earlier {
        if Some(i) == roles.current || Some(i) == roles.baseline || Some(i) == roles.previous {
            continue;
        }
        push(LayerKind::Earlier(n), "", Some(i));
        n = n.wrapping_add(1);
    }
    if choice.other && roles.current.is_some() {
        push(LayerKind::OtherRater, "latest", roles.other);
    }
    if choice.current {
        push(LayerKind::Current, "latest", Some(current));
    }
    if choice.target {
        let targets: Vec<Option<f64>> = axes
            .iter()
            .map(|s| profile.targets.get(&s.id).map(|l| f64::from(l.get())))
            .collect();
        if targets.iter().any(Option::is_some) {
            layers.push(Layer {
                kind: LayerKind::Target,
                label: crate::t!("layer-target"),
                values: targets,
            });
        }
    }
    if choice.colleagues
        && let Some(round) = crate::model::colleagues::latest(profile)
    {
        layers.push(Layer {
            kind: LayerKind::Colleagues,
            label: colleagues_label(round),
            values: axes
                .iter()
                .map(|s| round.pooled.skills.get(&s.id).map(|p| p.mean()))
                .collect(),
        });
    }
    let flags: BTreeSet<SkillId> = calibration(profile, catalog)
        .into_iter()
        .map(|f| f.skill)
        .chain(
            crate::model::colleagues::colleague_calibration(profile, catalog)
                .into_iter()
                .map(|f| f.skill),
        )
        .collect();
    Ok(RadarChart {
        title: Some(format!("{}: leadership skills", profile.name)),
        levels: catalog.scale.len(),
        flag_gap: catalog.scale.calibration_gap(),
        axes: axes.iter().map(|s| s.name.clone()).collect(),
        flagged: axes.iter().map(|s| flags.contains(&s.id)).collect(),
        layers,
    })
}

/// "Colleagues (4 answers), 2026-11-20".
#[must_use]
pub fn colleagues_label(round: &crate::model::feedback::FeedbackRequest) -> String {
    crate::t!(
        "layer-colleagues",
        n = round.pooled.answers,
        date = crate::i18n::date(round.pooled.latest.unwrap_or(round.made))
    )
}
