//! The matcher against the real built-in lists: what people actually type
//! must find the right skill, and unrelated text must find nothing.

use lodestar::model::{Catalog, CatalogId, Matcher, SkillId};
use lodestar::store::CatalogSet;

fn recommended() -> Catalog {
    CatalogSet::builtin()
        .get(&CatalogId::default_recommended())
        .cloned()
        .expect("the built-in recommended list loads")
}

fn best(matcher: &Matcher, text: &str) -> Option<String> {
    matcher
        .suggest(text)
        .first()
        .map(|s| s.skill.as_str().to_owned())
}

#[test]
fn typed_qualities_find_their_skill() {
    let m = Matcher::new(&recommended());
    let cases = [
        ("Communication", "communication"),
        ("communication skills", "communication"),
        ("COMMUNICATION!!!", "communication"),
        ("comunication", "communication"),
        ("Public speaking", "communication"),
        ("listening", "communication"),
        ("Active listening to customers", "communication"),
        ("time management", "prioritizing"),
        ("Prioritising", "prioritizing"),
        ("priorities", "prioritizing"),
        ("coaching juniors", "performance-management"),
        ("giving feedback", "performance-management"),
        ("delegating", "managing-vs-leading"),
        ("Delegation of tasks", "managing-vs-leading"),
        ("empathy", "emotional-intelligence"),
        ("Emotional intelligence", "emotional-intelligence"),
        ("emotionally intelligent", "emotional-intelligence"),
        ("staying calm under pressure", "emotional-intelligence"),
        ("motivating others", "inspiring-influencing"),
        ("being a role model", "inspiring-influencing"),
        ("process improvement", "operational-excellence"),
        ("strategic thinking", "bigger-picture"),
        ("seeing the big picture", "bigger-picture"),
    ];
    let mut failures = Vec::new();
    for (text, want) in cases {
        let got = best(&m, text);
        if got.as_deref() != Some(want) {
            failures.push(format!(
                "{text:?}: expected {want}, got {got:?} ({:?})",
                m.suggest(text)
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn unrelated_text_finds_nothing() {
    let m = Matcher::new(&recommended());
    for text in [
        "Python scripting",
        "forklift licence",
        "I like cats",
        "CCNA certificate",
        "operating a lathe",
        "soldering",
        "",
        "   ",
        "!!!",
        "🚀🚀",
        "مريم",
        "a the of and",
        "fishing",
    ] {
        let got = m.suggest(text);
        assert!(
            got.is_empty(),
            "{text:?} should not match anything, got {got:?}"
        );
    }
}

#[test]
fn suggestions_are_ranked_scored_and_explained() {
    let m = Matcher::new(&recommended());
    let s = m.suggest("public speaking");
    assert_eq!(s[0].skill, SkillId::new("communication"));
    assert!(
        s[0].score > 0.9,
        "an exact keyword is a confident match: {s:?}"
    );
    assert_eq!(s[0].because, "public speaking");
    assert!(s.len() <= 3);
    assert!(s.windows(2).all(|w| w[0].score >= w[1].score));
    let typo = m.suggest("comunication");
    assert!(
        typo[0].score < s[0].score,
        "a typo is less certain than an exact phrase"
    );
}

#[test]
fn every_builtin_list_matches_its_own_skill_names() {
    let set = CatalogSet::builtin();
    assert!(set.problems.is_empty(), "{:?}", set.problems);
    assert!(set.catalogs.len() >= 3);
    for catalog in &set.catalogs {
        let m = Matcher::new(catalog);
        for skill in &catalog.skills {
            assert_eq!(
                best(&m, &skill.name).as_deref(),
                Some(skill.id.as_str()),
                "{}: {:?} does not find itself",
                catalog.id,
                skill.name
            );
            for kw in &skill.keywords {
                assert_eq!(
                    best(&m, kw).as_deref(),
                    Some(skill.id.as_str()),
                    "{}: keyword {kw:?}",
                    catalog.id
                );
            }
        }
    }
}
