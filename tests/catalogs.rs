//! The built-in content: the recommended list of eight, the other lists and
//! the reflective questions are complete and well formed.

use lodestar::model::{CatalogId, Level, parse_questions};
use lodestar::store::CatalogSet;

#[test]
fn the_default_list_is_the_eight_recommended_skills() {
    let set = CatalogSet::builtin();
    assert!(set.problems.is_empty(), "{:?}", set.problems);
    let c = set
        .get(&CatalogId::default_recommended())
        .expect("default list");
    let ids: Vec<&str> = c.skills.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "communication",
            "managing-vs-leading",
            "inspiring-influencing",
            "prioritizing",
            "operational-excellence",
            "bigger-picture",
            "performance-management",
            "emotional-intelligence"
        ]
    );
}

#[test]
fn every_builtin_skill_is_fully_described() {
    let set = CatalogSet::builtin();
    assert!(set.catalogs.len() >= 3);
    for c in &set.catalogs {
        assert!(!c.description.is_empty(), "{} has no description", c.id);
        for s in &c.skills {
            let at = format!("{}/{}", c.id, s.id);
            assert!(
                !s.summary.is_empty() && s.summary.chars().count() <= 200,
                "{at}: summary"
            );
            assert_eq!(s.levels.len(), 5, "{at}: five levels");
            assert!(
                s.levels.iter().all(|l| !l.trim().is_empty()),
                "{at}: empty level"
            );
            let three = Level::new(3).expect("level");
            assert_eq!(s.level_meaning(three), s.levels[2]);
            assert!((3..=4).contains(&s.strategies.len()), "{at}: strategies");
            assert!((2..=3).contains(&s.prompts.len()), "{at}: prompts");
            assert!(s.keywords.len() >= 5, "{at}: keywords");
        }
    }
}

#[test]
fn the_reflective_questions_are_the_four_groups() {
    let q = parse_questions(lodestar::assets::REFLECTIVE_QUESTIONS).expect("parses");
    let ids: Vec<&str> = q.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "self-view",
            "relationships",
            "performance",
            "well-oiled-machine"
        ]
    );
    assert!(
        q.iter()
            .all(|q| !q.question.is_empty() && !q.prompts.is_empty())
    );
}
