//! The comparison groups of the method, on the seed article's own example:
//! someone who understands what drives people (emotional intelligence),
//! inspires by example and manages their own performance well.

use lodestar::model::{Catalog, CatalogId, ListKind, Profile, ProfileId, SkillId, compare};
use lodestar::store::CatalogSet;

fn recommended() -> Catalog {
    CatalogSet::builtin()
        .get(&CatalogId::default_recommended())
        .cloned()
        .expect("built-in list")
}

fn ids(skills: &[SkillId]) -> Vec<&str> {
    skills.iter().map(SkillId::as_str).collect()
}

fn seed_example() -> Profile {
    let mut p =
        Profile::new(ProfileId::parse("p-seed").expect("id"), "Seed example").expect("name");
    let sk = |s: &str| Some(SkillId::new(s));
    p.add_item(
        ListKind::Have,
        "Connecting with people and what drives them",
        sk("emotional-intelligence"),
    )
    .expect("ok");
    p.add_item(
        ListKind::Have,
        "Inspiring others by example",
        sk("inspiring-influencing"),
    )
    .expect("ok");
    p.add_item(
        ListKind::Have,
        "Managing my own performance",
        sk("performance-management"),
    )
    .expect("ok");
    p.add_item(ListKind::Have, "Ethical hacking", None)
        .expect("ok");
    p.add_item(
        ListKind::Want,
        "Explaining tech to the business",
        sk("communication"),
    )
    .expect("ok");
    p.add_item(ListKind::Want, "Focusing on the majors", sk("prioritizing"))
        .expect("ok");
    p.add_item(
        ListKind::Want,
        "Coaching the team's performance",
        sk("performance-management"),
    )
    .expect("ok");
    p.add_item(ListKind::Want, "Security+ certificate", None)
        .expect("ok");
    p
}

#[test]
fn seed_example_falls_into_the_methods_groups() {
    let catalog = recommended();
    let p = seed_example();
    let c = compare(&p.have, &p.want, &catalog);
    assert_eq!(
        ids(&c.strengths),
        ["inspiring-influencing", "emotional-intelligence"]
    );
    assert_eq!(ids(&c.deepen), ["performance-management"]);
    assert_eq!(ids(&c.right_track), ["communication", "prioritizing"]);
    assert_eq!(
        ids(&c.blind_spots),
        [
            "managing-vs-leading",
            "operational-excellence",
            "bigger-picture"
        ]
    );
    assert_eq!(c.own_strengths.len(), 1);
    assert_eq!(
        p.item(c.own_strengths[0]).map(|(_, i)| i.text.as_str()),
        Some("Ethical hacking")
    );
    assert_eq!(
        p.item(c.own_goals[0]).map(|(_, i)| i.text.as_str()),
        Some("Security+ certificate")
    );
    assert_eq!(c.recommended, 8);
    assert_eq!(
        c.summary(),
        "3 of 8 recommended skills are already strengths; 3 you want to grow; 3 to talk about."
    );
    // Every recommended skill is in exactly one group.
    let total = c.strengths.len() + c.deepen.len() + c.right_track.len() + c.blind_spots.len();
    assert_eq!(total, catalog.skills.len());
}

#[test]
fn unconfirmed_text_is_never_linked_silently() {
    let catalog = recommended();
    let mut p = Profile::new(ProfileId::parse("p-x").expect("id"), "X").expect("name");
    p.add_item(ListKind::Have, "Communication", None)
        .expect("ok");
    p.add_item(ListKind::Want, "time management", None)
        .expect("ok");
    let c = compare(&p.have, &p.want, &catalog);
    assert!(
        c.strengths.is_empty(),
        "an unlinked item must not count as a strength"
    );
    assert!(c.right_track.is_empty());
    assert_eq!(c.blind_spots.len(), 8);
    assert_eq!((c.own_strengths.len(), c.own_goals.len()), (1, 1));
}

#[test]
fn own_quality_on_both_lists_is_to_deepen() {
    let catalog = recommended();
    let mut p = Profile::new(ProfileId::parse("p-x").expect("id"), "X").expect("name");
    let h = p
        .add_item(ListKind::Have, "Fixing hydraulic faults", None)
        .expect("ok");
    let w = p
        .add_item(ListKind::Want, "fixing HYDRAULIC fault", None)
        .expect("ok");
    p.add_item(ListKind::Want, "Writing runbooks", None)
        .expect("ok");
    let c = compare(&p.have, &p.want, &catalog);
    assert_eq!(c.own_deepen, vec![(h, w)]);
    assert!(c.own_strengths.is_empty());
    assert_eq!(c.own_goals.len(), 1);
}

#[test]
fn switching_the_list_recomputes_and_foreign_links_become_own() {
    let set = CatalogSet::builtin();
    let p = seed_example();
    let other = set
        .get(&CatalogId::new("team-outcomes"))
        .expect("built-in list");
    let c = compare(&p.have, &p.want, other);
    assert!(c.strengths.is_empty() && c.right_track.is_empty() && c.deepen.is_empty());
    assert_eq!(c.blind_spots.len(), other.skills.len());
    assert_eq!(
        c.own_strengths.len(),
        4,
        "links to another list's skills count as own"
    );
    assert_eq!(c.own_goals.len(), 4);
}

#[test]
fn empty_checklists_make_everything_a_blind_spot() {
    let catalog = recommended();
    let c = compare(&[], &[], &catalog);
    assert_eq!(c.blind_spots.len(), 8);
    assert_eq!(
        c.summary(),
        "0 of 8 recommended skills are already strengths; 0 you want to grow; 8 to talk about."
    );
}
