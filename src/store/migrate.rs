//! Schema migrations for profile files, one step per version, applied to the
//! raw JSON so that fields this build does not know survive untouched.
//!
//! History:
//! - **v0** (the pre-release format, no `schema_version`): `have`/`want`
//!   were arrays of plain strings; a single self-rating lived in `ratings`
//!   (skill → 1..5) with its date in `rating_date`; there was no `id`.
//! - **v1**: checklist items are objects with ids and optional skill links;
//!   ratings are dated assessments; `id` is stored in the file.

use serde_json::{Map, Value, json};

use crate::model::SCHEMA_VERSION;

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
        if version == 0 {
            v0_to_v1(doc, id);
        }
        version += 1;
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
        assert_eq!(map["schema_version"], 1);
        assert_eq!(map["have"][0], json!({"id": 1, "text": "Listening"}));
        assert_eq!(map["want"][1], json!({"id": 3, "text": "Strategy"}));
        assert_eq!(map["assessments"][0]["ratings"]["communication"], 3);
        assert_eq!(map["assessments"][0]["date"], "2025-01-10");
        assert_eq!(map["hobby"], "chess");
        assert!(!map.contains_key("ratings"));
    }
}
