//! Merging two versions of one profile: the technician's homework and the
//! coach's session notes, or two computers sharing a synced folder.
//!
//! Three-way where the common ancestor is known (the version last sent or
//! synced), by record id otherwise. Records (checklist items, assessments,
//! sessions, actions, prompt answers) are matched by their ids, focus skills
//! by their skill. Additions on both sides are kept; a deletion on one side
//! is respected when the other side left the record as it was; edits to
//! different fields combine; the same field changed differently on both
//! sides is a [`Conflict`] for the person to resolve (the merged profile
//! holds "mine" until then). Nothing is ever dropped silently.
//!
//! The merge works on the profile as JSON, so fields a newer Lodestar wrote
//! (kept in `extra`) merge like the rest.

use serde_json::{Map, Value};

use super::profile::Profile;

/// One step of the way to a field: a key of an object, or the record of a
/// list with this identity (its `id`, or a focus skill's `skill`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Seg {
    Key(String),
    Record(Value),
}

/// A field both sides changed, differently.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Conflict {
    pub path: Vec<Seg>,
    pub mine: Value,
    pub theirs: Value,
}

/// How a conflict is resolved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Choice {
    Mine,
    Theirs,
    /// Both texts, mine first (for texts only; otherwise mine).
    Both,
}

/// What a merge brought in from the other side, in counts a person can
/// read ("2 new Have items, 1 self-rating, 1 action done").
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    pub have_added: usize,
    pub want_added: usize,
    pub self_ratings: usize,
    pub coach_ratings: usize,
    pub sessions_added: usize,
    pub evidence_added: usize,
    pub actions_added: usize,
    pub actions_done: usize,
    /// Records of "mine" the other side deleted (and "mine" had left as
    /// they were), now gone.
    pub removed: usize,
    /// Details and parts that changed, in words ("new role", "targets").
    /// What else changed, as ids of the language files ("merge-new-role").
    pub changed: Vec<&'static str>,
    /// Anything else that differs from "mine" (an edited item's text…).
    pub other_changes: bool,
    pub conflicts: usize,
}

/// The result of a merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    pub profile: Profile,
    pub conflicts: Vec<Conflict>,
    pub summary: Summary,
}

/// Why two files cannot be merged.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MergeError {
    DifferentProfiles { mine: String, theirs: String },
    Unreadable(String),
}

impl std::error::Error for MergeError {}

impl std::fmt::Display for MergeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        use crate::t;
        f.write_str(&match self {
            MergeError::DifferentProfiles { mine, theirs } => t!(
                "merge-different-profiles",
                mine = mine.clone(),
                theirs = theirs.clone()
            ),
            MergeError::Unreadable(reason) => t!("merge-unreadable", reason = reason.clone()),
        })
    }
}

/// Merges `theirs` into `mine`, with `base` the last version both had.
///
/// # Errors
/// When the two are not the same profile (different ids).
pub fn merge(
    base: Option<&Profile>,
    mine: &Profile,
    theirs: &Profile,
) -> Result<Merged, MergeError> {
    if mine.id != theirs.id {
        return Err(MergeError::DifferentProfiles {
            mine: mine.name.clone(),
            theirs: theirs.name.clone(),
        });
    }
    let mut conflicts = Vec::new();
    let mut profile = mine.clone();
    // Field by field: only a field both sides changed is merged as JSON
    // (turning a large profile into JSON is most of the cost).
    macro_rules! field {
        ($($f:ident),*) => {$(
            let (m, t, b) = (&mine.$f, &theirs.$f, base.map(|b| &b.$f));
            if m == t || b == Some(t) {
                // Mine already.
            } else if b == Some(m) {
                profile.$f = t.clone();
            } else {
                let mut path = if stringify!($f) == "extra" {
                    Vec::new()
                } else {
                    vec![Seg::Key(stringify!($f).to_owned())]
                };
                let b = b.map(json).transpose()?;
                let v = merge_value(b.as_ref(), &json(m)?, &json(t)?, &mut path, &mut conflicts);
                profile.$f = serde_json::from_value(v)
                    .map_err(|e| MergeError::Unreadable(e.to_string()))?;
            }
        )*};
    }
    field!(
        name, role, team, coach, workplace, catalog, targets, aiming_for, plan, extra
    );
    // The lists of records: only the records that differ are merged as
    // JSON; those the two sides hold alike are carried over as they are.
    macro_rules! records {
        ($($f:ident: $id:expr),*) => {$(
            let (m, t, b) = (&mine.$f, &theirs.$f, base.map(|b| &b.$f));
            if m == t || b == Some(t) {
                // Mine already.
            } else if b == Some(m) {
                profile.$f = t.clone();
            } else {
                let mut path = vec![Seg::Key(stringify!($f).to_owned())];
                profile.$f = merge_list(b.map(Vec::as_slice), m, t, $id, &mut path, &mut conflicts)?;
            }
        )*};
    }
    records!(
        have: |i: &super::profile::ChecklistItem| i.id.0,
        want: |i: &super::profile::ChecklistItem| i.id.0,
        assessments: |a: &super::rating::Assessment| a.id.0,
        sessions: |s: &super::session::Session| s.id.0,
        evidence: |e: &super::evidence::Evidence| e.id.0,
        feedback: |r: &super::feedback::FeedbackRequest| r.id.0,
        colleague_answers: |a: &super::feedback::FeedbackAnswer| a.id.0
    );
    let mut summary = summarize(mine, &profile);
    summary.conflicts = conflicts.len();
    Ok(Merged {
        profile,
        conflicts,
        summary,
    })
}

/// Settles one conflict in `profile` (a merge result).
///
/// # Errors
/// When the result no longer reads as a profile (it always should).
pub fn resolve(
    profile: &mut Profile,
    conflict: &Conflict,
    choice: Choice,
) -> Result<(), MergeError> {
    let chosen = match choice {
        Choice::Mine => conflict.mine.clone(),
        Choice::Theirs => conflict.theirs.clone(),
        Choice::Both => both(&conflict.mine, &conflict.theirs),
    };
    let mut value =
        serde_json::to_value(&*profile).map_err(|e| MergeError::Unreadable(e.to_string()))?;
    match (
        conflict.path.split_last(),
        find_mut(&mut value, &conflict.path),
    ) {
        (_, Some(slot)) => *slot = chosen,
        // A field left out because it is empty on this side: put it back.
        (Some((Seg::Key(key), parent)), None) => {
            let object = find_mut(&mut value, parent).and_then(Value::as_object_mut);
            let Some(object) = object else {
                return Err(MergeError::Unreadable(
                    "the conflicting field is gone".into(),
                ));
            };
            object.insert(key.clone(), chosen);
        }
        _ => {
            return Err(MergeError::Unreadable(
                "the conflicting record is gone".into(),
            ));
        }
    }
    *profile = read(value)?;
    Ok(())
}

/// The value at a conflict's place in `profile` now (`None` when the
/// field or its record is gone, or empty and left out).
#[must_use]
pub fn value_at(profile: &Profile, path: &[Seg]) -> Option<Value> {
    let mut value = serde_json::to_value(profile).ok()?;
    find_mut(&mut value, path).map(std::mem::take)
}

/// Two texts kept: on separate lines when either has several lines,
/// otherwise joined with " / ".
fn both(mine: &Value, theirs: &Value) -> Value {
    match (mine, theirs) {
        (Value::String(a), Value::String(b)) if a.is_empty() => Value::String(b.clone()),
        (Value::String(a), Value::String(b)) if b.is_empty() || a == b => Value::String(a.clone()),
        (Value::String(a), Value::String(b)) => {
            let multiline = a.contains('\n') || b.contains('\n');
            Value::String(if multiline {
                format!("{a}\n\n{b}")
            } else {
                format!("{a} / {b}")
            })
        }
        _ => mine.clone(),
    }
}

/// Merges two lists of records. The records both sides hold alike (most
/// of a large profile) stand in the JSON as `{"id": n}` only, and are taken
/// back as they are: turning them into JSON and back is what costs.
fn merge_list<T>(
    base: Option<&[T]>,
    mine: &[T],
    theirs: &[T],
    id: impl Fn(&T) -> u64,
    path: &mut Vec<Seg>,
    conflicts: &mut Vec<Conflict>,
) -> Result<Vec<T>, MergeError>
where
    T: serde::Serialize + serde::de::DeserializeOwned + Clone + PartialEq,
{
    use std::collections::{HashMap, HashSet};
    let distinct = |list: &[T]| {
        let mut seen = HashSet::new();
        list.iter().all(|r| id(r) > 0 && seen.insert(id(r)))
    };
    let all_distinct = distinct(mine) && distinct(theirs) && base.is_none_or(distinct);
    let theirs_by_id: HashMap<u64, &T> = theirs.iter().map(|r| (id(r), r)).collect();
    let mine_by_id: HashMap<u64, &T> = mine.iter().map(|r| (id(r), r)).collect();
    let alike: HashSet<u64> = if all_distinct {
        mine.iter()
            .filter(|m| theirs_by_id.get(&id(m)).is_some_and(|t| *t == *m))
            .map(&id)
            .collect()
    } else {
        HashSet::new()
    };
    let to_json = |list: &[T]| -> Result<Value, MergeError> {
        list.iter()
            .map(|r| {
                if alike.contains(&id(r)) {
                    Ok(serde_json::json!({ "id": id(r) }))
                } else {
                    json(r)
                }
            })
            .collect::<Result<Vec<Value>, MergeError>>()
            .map(Value::Array)
    };
    let b = base.map(to_json).transpose()?;
    let merged = merge_value(
        b.as_ref(),
        &to_json(mine)?,
        &to_json(theirs)?,
        path,
        conflicts,
    );
    let Value::Array(items) = merged else {
        return Err(MergeError::Unreadable(
            "a list merged into something else".into(),
        ));
    };
    items
        .into_iter()
        .map(|v| {
            let stand_in = v
                .as_object()
                .filter(|o| o.len() == 1)
                .and_then(|o| o.get("id"))
                .and_then(Value::as_u64)
                .filter(|n| alike.contains(n));
            match stand_in.and_then(|n| mine_by_id.get(&n)) {
                Some(record) => Ok((*record).clone()),
                None => {
                    serde_json::from_value(v).map_err(|e| MergeError::Unreadable(e.to_string()))
                }
            }
        })
        .collect()
}

fn json<T: serde::Serialize>(value: &T) -> Result<Value, MergeError> {
    serde_json::to_value(value).map_err(|e| MergeError::Unreadable(e.to_string()))
}

fn read(value: Value) -> Result<Profile, MergeError> {
    serde_json::from_value(value).map_err(|e| MergeError::Unreadable(e.to_string()))
}

fn merge_value(
    base: Option<&Value>,
    mine: &Value,
    theirs: &Value,
    path: &mut Vec<Seg>,
    conflicts: &mut Vec<Conflict>,
) -> Value {
    if mine == theirs {
        return mine.clone();
    }
    if base == Some(mine) {
        return theirs.clone();
    }
    if base == Some(theirs) {
        return mine.clone();
    }
    match (mine, theirs) {
        (Value::Object(m), Value::Object(t)) => {
            let b = base.and_then(Value::as_object);
            Value::Object(merge_objects(b, m, t, path, conflicts))
        }
        (Value::Array(m), Value::Array(t)) => {
            let b = base.and_then(Value::as_array).map(Vec::as_slice);
            Value::Array(merge_arrays(b, m, t, path, conflicts))
        }
        _ => {
            conflicts.push(Conflict {
                path: path.clone(),
                mine: mine.clone(),
                theirs: theirs.clone(),
            });
            mine.clone()
        }
    }
}

fn merge_objects(
    base: Option<&Map<String, Value>>,
    mine: &Map<String, Value>,
    theirs: &Map<String, Value>,
    path: &mut Vec<Seg>,
    conflicts: &mut Vec<Conflict>,
) -> Map<String, Value> {
    let mut out = Map::new();
    let keys = mine
        .keys()
        .chain(theirs.keys().filter(|k| !mine.contains_key(*k)));
    for key in keys {
        let b = base.and_then(|b| b.get(key));
        let kept = match (mine.get(key), theirs.get(key)) {
            (Some(m), Some(t)) => {
                path.push(Seg::Key(key.clone()));
                let v = merge_value(b, m, t, path, conflicts);
                path.pop();
                Some(v)
            }
            // One side removed what the other left alone: removed.
            (Some(one), None) | (None, Some(one)) => (b != Some(one)).then(|| one.clone()),
            (None, None) => None,
        };
        if let Some(v) = kept {
            out.insert(key.clone(), v);
        }
    }
    out
}

/// The identity of a record in a list: its `id`, or a focus skill's skill.
fn identity(v: &Value) -> Option<&Value> {
    let o = v.as_object()?;
    o.get("id")
        .filter(|id| id.as_u64().is_some_and(|n| n > 0))
        .or_else(|| o.get("skill").filter(|_| o.contains_key("goal")))
}

/// Whether every element of `list` is a record with its own identity.
fn records(list: &[Value]) -> bool {
    let mut seen = std::collections::HashSet::new();
    list.iter()
        .all(|v| identity(v).is_some_and(|id| seen.insert(id.to_string())))
}

fn merge_arrays(
    base: Option<&[Value]>,
    mine: &[Value],
    theirs: &[Value],
    path: &mut Vec<Seg>,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    let all_records = records(mine) && records(theirs) && base.is_none_or(records);
    if all_records {
        merge_records(base, mine, theirs, path, conflicts)
    } else {
        merge_plain(base, mine, theirs)
    }
}

/// Lists of plain values (agenda lines, resources, skills): what one side
/// removed goes, what either side added comes.
fn merge_plain(base: Option<&[Value]>, mine: &[Value], theirs: &[Value]) -> Vec<Value> {
    let in_base = |v: &Value| base.is_some_and(|b| b.contains(v));
    let mut out: Vec<Value> = mine
        .iter()
        .filter(|v| !in_base(v) || theirs.contains(v))
        .cloned()
        .collect();
    for v in theirs {
        if !mine.contains(v) && !in_base(v) {
            out.push(v.clone());
        }
    }
    out
}

fn merge_records(
    base: Option<&[Value]>,
    mine: &[Value],
    theirs: &[Value],
    path: &mut Vec<Seg>,
    conflicts: &mut Vec<Conflict>,
) -> Vec<Value> {
    use std::collections::HashMap;
    let index = |list: &[Value]| -> HashMap<String, usize> {
        list.iter()
            .enumerate()
            .filter_map(|(i, v)| identity(v).map(|id| (id.to_string(), i)))
            .collect()
    };
    let (bi, mi, ti) = (index(base.unwrap_or(&[])), index(mine), index(theirs));
    let key = |v: &Value| identity(v).map(ToString::to_string).unwrap_or_default();
    let get = |list: &[Value], idx: &HashMap<String, usize>, k: &str| {
        idx.get(k).and_then(|&i| list.get(i)).cloned()
    };
    let base_of = |k: &str| base.and_then(|b| get(b, &bi, k));

    // The records both sides still have, in mine's order unless only
    // theirs reordered them.
    let common_in = |list: &[Value], other: &HashMap<String, usize>| -> Vec<String> {
        list.iter()
            .map(key)
            .filter(|k| other.contains_key(k))
            .collect()
    };
    let mine_common = common_in(mine, &ti);
    let theirs_common = common_in(theirs, &mi);
    let base_common: Vec<String> = base
        .map(|b| {
            b.iter()
                .map(key)
                .filter(|k| mi.contains_key(k) && ti.contains_key(k))
                .collect()
        })
        .unwrap_or_default();
    let order = if base.is_some() && mine_common == base_common {
        theirs_common
    } else {
        mine_common
    };

    // The records only one side has: new ones (kept), or ones the other
    // side deleted (gone unless this side changed them since).
    let only =
        |list: &[Value], other: &HashMap<String, usize>| -> Vec<(Option<String>, Vec<String>)> {
            // Grouped by the shared record they follow in their own list.
            let mut groups: Vec<(Option<String>, Vec<String>)> = Vec::new();
            let mut anchor: Option<String> = None;
            for v in list {
                let k = key(v);
                if other.contains_key(&k) {
                    anchor = Some(k);
                    continue;
                }
                let deleted_there = base_of(&k).is_some_and(|b| &b == v);
                if deleted_there {
                    continue;
                }
                match groups.last_mut() {
                    Some((a, ks)) if *a == anchor => ks.push(k),
                    _ => groups.push((anchor.clone(), vec![k])),
                }
            }
            groups
        };
    let mut groups = only(mine, &ti);
    groups.extend(only(theirs, &mi));
    // Groups after the same record come in the order of their first id, so
    // that which side is "mine" does not change the result.
    groups.sort_by(|a, b| a.1[0].cmp(&b.1[0]));

    let common: std::collections::HashSet<&String> = order.iter().collect();
    let mut keys: Vec<String> = order.clone();
    for (anchor, group) in &groups {
        let mut at = match anchor {
            None => 0,
            Some(a) => keys
                .iter()
                .position(|k| k == a)
                .map_or(keys.len(), |p| p + 1),
        };
        // Behind any group already placed after the same record.
        while at < keys.len() && !common.contains(&keys[at]) {
            at += 1;
        }
        for (i, k) in group.iter().enumerate() {
            keys.insert(at + i, k.clone());
        }
    }

    keys.iter()
        .filter_map(|k| match (get(mine, &mi, k), get(theirs, &ti, k)) {
            (Some(m), Some(t)) => {
                let id = identity(&m).cloned().unwrap_or(Value::Null);
                path.push(Seg::Record(id));
                let b = base_of(k);
                let v = merge_value(b.as_ref(), &m, &t, path, conflicts);
                path.pop();
                Some(v)
            }
            (Some(one), None) | (None, Some(one)) => Some(one),
            (None, None) => None,
        })
        .collect()
}

fn find_mut<'a>(value: &'a mut Value, path: &[Seg]) -> Option<&'a mut Value> {
    let mut at = value;
    for seg in path {
        at = match seg {
            Seg::Key(k) => at.as_object_mut()?.get_mut(k)?,
            Seg::Record(id) => at
                .as_array_mut()?
                .iter_mut()
                .find(|v| identity(v) == Some(id))?,
        };
    }
    Some(at)
}

/// The ids of a profile's records: items, assessments, sessions, actions.
fn record_ids(p: &Profile) -> impl Iterator<Item = u64> + '_ {
    let items = p.have.iter().chain(&p.want).map(|i| i.id.0);
    let assessments = p.assessments.iter().map(|a| a.id.0);
    let sessions = p.sessions.iter().map(|s| s.id.0);
    let actions = p
        .sessions
        .iter()
        .flat_map(|s| s.actions.iter().map(|a| a.id.0));
    let evidence = p.evidence.iter().map(|e| e.id.0);
    items
        .chain(assessments)
        .chain(sessions)
        .chain(actions)
        .chain(evidence)
}

/// What `merged` has that `mine` did not.
fn summarize(mine: &Profile, merged: &Profile) -> Summary {
    use super::rating::Rater;
    use super::session::ActionStatus;
    use std::collections::HashSet;
    let have: HashSet<_> = mine.have.iter().map(|i| i.id).collect();
    let want: HashSet<_> = mine.want.iter().map(|i| i.id).collect();
    let assessments: HashSet<_> = mine.assessments.iter().map(|a| a.id).collect();
    let sessions: HashSet<_> = mine.sessions.iter().map(|s| s.id).collect();
    let evidence: HashSet<_> = mine.evidence.iter().map(|e| e.id).collect();
    let actions: std::collections::HashMap<_, _> = mine
        .sessions
        .iter()
        .flat_map(|s| &s.actions)
        .map(|a| (a.id, a.status))
        .collect();
    let new_assessments = merged
        .assessments
        .iter()
        .filter(|a| !assessments.contains(&a.id));
    let (mut self_ratings, mut coach_ratings) = (0, 0);
    for a in new_assessments {
        match a.rater {
            Rater::SelfRating => self_ratings += 1,
            Rater::Coach => coach_ratings += 1,
        }
    }
    let merged_actions = merged.sessions.iter().flat_map(|s| &s.actions);
    let (mut actions_added, mut actions_done) = (0, 0);
    for a in merged_actions {
        match actions.get(&a.id) {
            None => actions_added += 1,
            Some(before) if *before != ActionStatus::Done && a.status == ActionStatus::Done => {
                actions_done += 1;
            }
            Some(_) => {}
        }
    }
    let kept: HashSet<u64> = record_ids(merged).collect();
    let removed = record_ids(mine).filter(|id| !kept.contains(id)).count();
    let mut summary = Summary {
        have_added: merged.have.iter().filter(|i| !have.contains(&i.id)).count(),
        want_added: merged.want.iter().filter(|i| !want.contains(&i.id)).count(),
        self_ratings,
        coach_ratings,
        sessions_added: merged
            .sessions
            .iter()
            .filter(|s| !sessions.contains(&s.id))
            .count(),
        evidence_added: merged
            .evidence
            .iter()
            .filter(|e| !evidence.contains(&e.id))
            .count(),
        actions_added,
        actions_done,
        removed,
        changed: Vec::new(),
        other_changes: false,
        conflicts: 0,
    };
    for (differs, words) in [
        (merged.name != mine.name, "merge-new-name"),
        (merged.role != mine.role, "merge-new-role"),
        (merged.team != mine.team, "merge-new-team"),
        (merged.coach != mine.coach, "merge-new-coach"),
        (merged.workplace != mine.workplace, "merge-new-workplace"),
        (merged.catalog != mine.catalog, "merge-new-list"),
        (merged.targets != mine.targets, "merge-targets-changed"),
        (
            merged.aiming_for != mine.aiming_for,
            "merge-new-role-aimed-for",
        ),
        (merged.plan != mine.plan, "merge-plan-changed"),
        (
            merged
                .sessions
                .iter()
                .any(|s| mine.sessions.iter().any(|m| m.id == s.id && m != s)),
            "merge-sessions-edited",
        ),
    ] {
        if differs {
            summary.changed.push(words);
        }
    }
    summary.other_changes = merged != mine && summary.counted() == 0 && summary.changed.is_empty();
    summary
}

impl Summary {
    fn counted(&self) -> usize {
        self.have_added
            + self.want_added
            + self.self_ratings
            + self.coach_ratings
            + self.sessions_added
            + self.evidence_added
            + self.actions_added
            + self.actions_done
            + self.removed
    }

    /// Whether the merge brought anything at all.
    #[must_use]
    pub fn is_empty(&self) -> bool {
        self.counted() == 0 && self.changed.is_empty() && !self.other_changes && self.conflicts == 0
    }

    /// In words: "2 new Have items, 1 self-rating, 1 action done, 1 conflict".
    #[must_use]
    pub fn words(&self) -> String {
        let count = |n: usize, id: &str| {
            (n > 0).then(|| {
                let mut args = crate::i18n::FluentArgs::new();
                args.set("n", n);
                crate::i18n::text(id, Some(&args))
            })
        };
        let parts: Vec<String> = [
            count(self.have_added, "merge-have-added"),
            count(self.want_added, "merge-want-added"),
            count(self.self_ratings, "merge-self-ratings"),
            count(self.coach_ratings, "merge-coach-ratings"),
            count(self.sessions_added, "merge-sessions-added"),
            count(self.evidence_added, "merge-evidence-added"),
            count(self.actions_added, "merge-actions-added"),
            count(self.actions_done, "merge-actions-done"),
            count(self.removed, "merge-removed"),
        ]
        .into_iter()
        .flatten()
        .chain(self.changed.iter().map(|id| crate::i18n::text(id, None)))
        .chain(
            [
                self.other_changes.then(|| crate::t!("merge-other-changes")),
                count(self.conflicts, "merge-conflicts"),
            ]
            .into_iter()
            .flatten(),
        )
        .collect();
        if parts.is_empty() {
            crate::t!("merge-nothing-new")
        } else {
            parts.join(", ")
        }
    }
}

impl Conflict {
    /// The field in words, e.g. "Role" or "Notes of the session of
    /// 2026-11-30", read against the merged `profile`.
    #[must_use]
    pub fn label(&self, profile: &Profile) -> String {
        let key = |i: usize| match self.path.get(i) {
            Some(Seg::Key(k)) => Some(k.as_str()),
            _ => None,
        };
        let record = |i: usize| match self.path.get(i) {
            Some(Seg::Record(v)) => v.as_u64(),
            _ => None,
        };
        // A field by its key in the file, in words ("private_notes":
        // "Private notes").
        let field =
            |k: Option<&str>| crate::t!("conflict-field", field = k.unwrap_or("").to_owned());
        let last = || match self.path.last() {
            Some(Seg::Key(k)) => Some(k.as_str()),
            _ => None,
        };
        match (key(0), self.path.len()) {
            (
                Some(
                    k @ ("name" | "role" | "team" | "coach" | "workplace" | "catalog"
                    | "aiming_for"),
                ),
                1,
            ) => field(Some(k)),
            (Some("targets"), 2) => {
                crate::t!("conflict-target", skill = key(1).unwrap_or("").to_owned())
            }
            (Some("have" | "want"), _) => {
                let item = record(1).and_then(|id| profile.item(super::profile::ItemId(id)));
                let text = item.map_or(String::new(), |(_, i)| i.text.clone());
                crate::t!("conflict-item", field = field(key(2)), text = text)
            }
            (Some("sessions"), _) => {
                let session =
                    record(1).and_then(|id| profile.sessions.iter().find(|s| s.id.0 == id));
                let date = session
                    .map(|s| crate::i18n::date(s.date))
                    .unwrap_or_default();
                crate::t!("conflict-session", field = field(last()), date = date)
            }
            (Some("evidence"), _) => {
                let entry = record(1).and_then(|id| profile.evidence.iter().find(|e| e.id.0 == id));
                let what = entry.map(|e| e.headline().to_owned()).unwrap_or_default();
                crate::t!("conflict-evidence", field = field(last()), what = what)
            }
            (Some("plan"), _) => crate::t!("conflict-plan", field = field(last())),
            _ => self
                .path
                .iter()
                .filter_map(|s| match s {
                    Seg::Key(k) => Some(k.replace('_', " ")),
                    Seg::Record(_) => None,
                })
                .collect::<Vec<_>>()
                .join(" › "),
        }
    }
}
