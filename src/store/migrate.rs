//! Schema migrations for profile files, one step per version, applied to the
//! raw JSON so that fields this build does not know survive untouched.
//!
//! History:
//! - **v0** (the pre-release format, no `schema_version`): `have`/`want`
//!   were arrays of plain strings; a single self-rating lived in `ratings`
//!   (skill → 1..5) with its date in `rating_date`; there was no `id`.
//! - **v1**: checklist items are objects with ids and optional skill links;
//!   ratings are dated assessments; `id` is stored in the file.
//! - **v2**: every assessment, session, action and prompt answer has an
//!   `id` unique across computers; a session names its assessment by
//!   `assessment_id` instead of by its place in the list (`assessment`).
//!   The ids of older records are derived from what they hold, so one old
//!   file opened on two computers gets the same ids on both.

use serde_json::{Map, Value, json};

use crate::model::{RecordId, SCHEMA_VERSION};

/// The schema version a file declares; a file without one is v0.
#[must_use]
pub fn version_of(doc: &Map<String, Value>) -> Option<u64> {
    match doc.get("schema_version") {
        None => Some(0),
        Some(v) => v.as_u64(),
    }
}

/// Brings a document from `from` up to [`SCHEMA_VERSION`], step by step.
/// `id` fills in the profile id where an old format had none.
pub fn migrate(doc: &mut Map<String, Value>, from: u64, id: &str) {
    let mut version = from;
    while version < u64::from(SCHEMA_VERSION) {
        match version {
            0 => v0_to_v1(doc, id),
            1 => v1_to_v2(doc),
            // 2 to 3 adds only what older files do not have (levels 6 and
            // 7, the role aimed for): the number is all that changes.
            2 => {
                doc.insert("schema_version".into(), json!(3));
            }
            _ => {}
        }
        version += 1;
    }
    // A record without an id (a file edited by hand, or by another tool)
    // gets the same derived one.
    derive_missing_ids(doc);
}

fn v1_to_v2(doc: &mut Map<String, Value>) {
    derive_missing_ids(doc);
    // The session's assessment by index becomes its assessment's id.
    let ids: Vec<Value> = match doc.get("assessments") {
        Some(Value::Array(list)) => list.iter().map(|a| a["id"].clone()).collect(),
        _ => Vec::new(),
    };
    if let Some(Value::Array(sessions)) = doc.get_mut("sessions") {
        for s in sessions.iter_mut().filter_map(Value::as_object_mut) {
            let index = s.remove("assessment").and_then(|v| v.as_u64());
            let id = index
                .and_then(|i| usize::try_from(i).ok())
                .and_then(|i| ids.get(i));
            if let Some(id) = id.filter(|id| !id.is_null()) {
                s.entry("assessment_id").or_insert_with(|| id.clone());
            }
        }
    }
    doc.insert("schema_version".into(), json!(2));
}

/// Gives every record without an `id` one derived from its kind, what it
/// holds, and how many records before it hold the same.
fn derive_missing_ids(doc: &mut Map<String, Value>) {
    let text = |v: &Value, key: &str| v.get(key).map(Value::to_string).unwrap_or_default();
    if let Some(Value::Array(list)) = doc.get_mut("assessments") {
        let mut seen = Seen::default();
        for a in list.iter_mut() {
            let key = [text(a, "date"), text(a, "rater")];
            give_id(a, "assessment", &key, &mut seen);
        }
    }
    if let Some(Value::Array(sessions)) = doc.get_mut("sessions") {
        let mut seen = Seen::default();
        for s in sessions.iter_mut() {
            give_id(s, "session", &[text(s, "date")], &mut seen);
            let sid = text(s, "id");
            let mut seen_inner = Seen::default();
            for (list, kind, key) in [
                ("actions", "action", "text"),
                ("prompts", "prompt", "prompt"),
            ] {
                if let Some(Value::Array(items)) = s.get_mut(list) {
                    for item in items.iter_mut() {
                        let k = [sid.clone(), text(item, key)];
                        give_id(item, kind, &k, &mut seen_inner);
                    }
                }
            }
        }
    }
    if let Some(Value::Array(focus)) = doc.get_mut("plan").and_then(|p| p.get_mut("focus")) {
        let mut seen = Seen::default();
        for f in focus.iter_mut() {
            let skill = text(f, "skill");
            if let Some(Value::Array(items)) = f.get_mut("actions") {
                for item in items.iter_mut() {
                    let k = [skill.clone(), text(item, "text")];
                    give_id(item, "plan-action", &k, &mut seen);
                }
            }
        }
    }
}

/// How many records of each kind and content were given an id so far.
type Seen = std::collections::HashMap<String, u32>;

fn give_id(record: &mut Value, kind: &str, key: &[String], seen: &mut Seen) {
    let Some(object) = record.as_object_mut() else {
        return;
    };
    let mut parts = vec![kind.to_owned()];
    parts.extend(key.iter().cloned());
    let joined = parts.join("\u{1f}");
    let n = seen.entry(joined).or_insert(0);
    parts.push(n.to_string());
    *n += 1;
    if object
        .get("id")
        .is_none_or(|v| v.as_u64().is_none_or(|i| i == 0))
    {
        let refs: Vec<&str> = parts.iter().map(String::as_str).collect();
        object.insert("id".into(), json!(RecordId::derived(&refs).0));
    }
}

fn v0_to_v1(doc: &mut Map<String, Value>, id: &str) {
    doc.entry("id").or_insert_with(|| json!(id));
    let mut next_id = 1u64;
    for list in ["have", "want"] {
        if let Some(Value::Array(items)) = doc.get_mut(list) {
            for item in items.iter_mut() {
                if let Value::String(text) = item {
                    *item = json!({ "id": next_id, "text": text });
                    next_id += 1;
                }
            }
        }
    }
    if let Some(Value::Object(ratings)) = doc.remove("ratings") {
        let date = doc
            .remove("rating_date")
            .unwrap_or_else(|| json!("2000-01-01"));
        let assessment = json!({ "date": date, "rater": "self", "ratings": ratings, "note": "" });
        match doc.get_mut("assessments") {
            Some(Value::Array(list)) => list.push(assessment),
            _ => {
                doc.insert("assessments".into(), json!([assessment]));
            }
        }
    }
    doc.insert("schema_version".into(), json!(1));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn v0_checklists_become_items_and_ratings_an_assessment() {
        let mut doc = json!({
            "name": "Old", "have": ["Listening"], "want": ["Delegation", "Strategy"],
            "ratings": {"communication": 3}, "rating_date": "2025-01-10", "hobby": "chess"
        });
        let map = doc.as_object_mut().expect("object");
        assert_eq!(version_of(map), Some(0));
        migrate(map, 0, "p-old");
        assert_eq!(map["id"], "p-old");
        assert_eq!(
            map["schema_version"],
            u64::from(crate::model::SCHEMA_VERSION)
        );
        assert_eq!(map["have"][0], json!({"id": 1, "text": "Listening"}));
        assert_eq!(map["want"][1], json!({"id": 3, "text": "Strategy"}));
        assert_eq!(map["assessments"][0]["ratings"]["communication"], 3);
        assert_eq!(map["assessments"][0]["date"], "2025-01-10");
        assert_eq!(map["hobby"], "chess");
        assert!(!map.contains_key("ratings"));
    }
}
