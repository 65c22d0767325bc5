//! The comparison at the heart of the method: the *have* and *want*
//! checklists held against a recommended list.
//!
//! Only links the person confirmed count. An unlinked item is the person's
//! own strength or goal, however much it resembles a catalog skill; the
//! matcher may *suggest* a link, but comparing never applies one.

use std::collections::BTreeSet;

use super::catalog::{Catalog, SkillId};
use super::profile::{ChecklistItem, ItemId};
use super::text::same_quality_key;

/// The groups of the method, each in catalog (or checklist) order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Comparison {
    /// Recommended and already had: crossed out, a strength to keep.
    pub strengths: Vec<SkillId>,
    /// Recommended and wanted: "thinking along the right lines".
    pub right_track: Vec<SkillId>,
    /// Recommended, had and also wanted: a strength to take further.
    pub deepen: Vec<SkillId>,
    /// Recommended but neither had nor wanted: worth talking about.
    pub blind_spots: Vec<SkillId>,
    /// Had, not on the list (unlinked, or linked to a skill of another list).
    pub own_strengths: Vec<ItemId>,
    /// Wanted, not on the list.
    pub own_goals: Vec<ItemId>,
    /// The same own quality on both lists: (have item, want item).
    pub own_deepen: Vec<(ItemId, ItemId)>,
    /// How many skills the catalog recommends.
    pub recommended: usize,
}

/// Compares the checklists with the catalog.
#[must_use]
pub fn compare(have: &[ChecklistItem], want: &[ChecklistItem], catalog: &Catalog) -> Comparison {
    let linked = |items: &[ChecklistItem]| -> BTreeSet<SkillId> {
        items
            .iter()
            .filter_map(|i| i.skill.clone())
            .filter(|s| catalog.contains(s))
            .collect()
    };
    let had = linked(have);
    let wanted = linked(want);

    let mut out = Comparison {
        recommended: catalog.skills.len(),
        ..Comparison::default()
    };
    for skill in &catalog.skills {
        let id = skill.id.clone();
        match (had.contains(&skill.id), wanted.contains(&skill.id)) {
            (true, true) => out.deepen.push(id),
            (true, false) => out.strengths.push(id),
            (false, true) => out.right_track.push(id),
            (false, false) => out.blind_spots.push(id),
        }
    }

    let own = |i: &&ChecklistItem| i.skill.as_ref().is_none_or(|s| !catalog.contains(s));
    let own_have: Vec<&ChecklistItem> = have.iter().filter(own).collect();
    let own_want: Vec<(&ChecklistItem, String)> = want
        .iter()
        .filter(own)
        .map(|w| (w, same_quality_key(&w.text)))
        .collect();
    let mut paired_want = BTreeSet::new();
    for h in &own_have {
        let key = same_quality_key(&h.text);
        let pair = own_want
            .iter()
            .find(|(w, k)| !key.is_empty() && *k == key && !paired_want.contains(&w.id));
        if let Some((w, _)) = pair {
            paired_want.insert(w.id);
            out.own_deepen.push((h.id, w.id));
        } else {
            out.own_strengths.push(h.id);
        }
    }
    out.own_goals = own_want
        .iter()
        .map(|(w, _)| w.id)
        .filter(|id| !paired_want.contains(id))
        .collect();
    out
}

impl Comparison {
    /// One line that sums the comparison up, in the app's voice.
    #[must_use]
    pub fn summary(&self) -> String {
        crate::t!(
            "compare-summary",
            strong = self.strengths.len() + self.deepen.len(),
            total = self.recommended,
            want = self.right_track.len() + self.deepen.len(),
            blind = self.blind_spots.len()
        )
    }
}
