//! Merging two versions of one profile (`model::merge`): the scenario of a
//! technician and a coach working apart, and properties over random edits
//! on both sides of a common base.

use std::collections::BTreeSet;

use proptest::collection::vec;
use proptest::prelude::*;

use lodestar::model::merge::{Choice, merge, resolve};
use lodestar::model::{
    Action, ActionStatus, Assessment, Level, ListKind, Profile, Rater, Session, SkillId,
};

fn sample() -> Profile {
    lodestar::store::parse_profile_bytes(lodestar::assets::SAMPLE_PROFILE.as_bytes())
        .expect("the sample reads")
}

fn day(d: i8) -> jiff::civil::Date {
    jiff::civil::date(2026, 12, d)
}

#[test]
fn the_technicians_homework_and_the_coachs_session_meet() {
    let base = sample();
    // At the technician's desk: a Have item, a blind self-rating, a new role.
    let mut tech = base.clone();
    tech.add_item(
        ListKind::Have,
        "Training the new starters on the press",
        None,
    )
    .expect("added");
    let mut own = Assessment::new(day(3), Rater::SelfRating);
    own.ratings
        .insert(SkillId::new("communication"), Level::new(4).expect("4"));
    tech.assessments.push(own);
    tech.role = "Senior field service technician".into();
    // Meanwhile at the coach's: a session with an action and private notes,
    // and another role.
    let mut coach = base.clone();
    let mut s = Session::new(day(4));
    s.notes = "Talked about the apprentices.".into();
    s.private_notes = "Seems tired; ask about the rota.".into();
    s.actions.push(Action::new("Run the Friday toolbox talk"));
    coach.sessions.push(s);
    coach.role = "Field service lead".into();

    let merged = merge(Some(&base), &coach, &tech).expect("same profile");
    let p = &merged.profile;
    assert!(
        p.have
            .iter()
            .any(|i| i.text.starts_with("Training the new"))
    );
    assert_eq!(p.assessments.len(), base.assessments.len() + 1);
    assert_eq!(p.sessions.len(), base.sessions.len() + 1);
    let last = p.sessions.last().expect("session");
    assert_eq!(last.private_notes, "Seems tired; ask about the rota.");
    assert_eq!(last.actions[0].text, "Run the Friday toolbox talk");
    // The role is a conflict, held as the coach's until resolved.
    assert_eq!(merged.conflicts.len(), 1, "{:?}", merged.conflicts);
    let conflict = &merged.conflicts[0];
    assert_eq!(conflict.label(p), "Role");
    assert_eq!(p.role, "Field service lead");
    assert_eq!(
        merged.summary.words(),
        "1 new Have item, 1 self-rating, 1 conflict"
    );
    let mut resolved = merged.profile.clone();
    resolve(&mut resolved, conflict, Choice::Theirs).expect("resolves");
    assert_eq!(resolved.role, "Senior field service technician");
    resolve(&mut resolved, conflict, Choice::Both).expect("resolves");
    assert_eq!(
        resolved.role,
        "Field service lead / Senior field service technician"
    );
}

#[test]
fn a_deletion_is_respected_unless_the_other_side_changed_the_record() {
    let base = sample();
    let mut mine = base.clone();
    let mut theirs = base.clone();
    // Mine removes an item theirs left alone: gone.
    let gone = mine.have[3].id;
    mine.remove_item(gone).expect("removed");
    // Theirs removes an item mine edited: kept, with the edit.
    let edited = base.want[0].id;
    mine.edit_item(edited, "Delegating whole jobs to the apprentices")
        .expect("edited");
    theirs.remove_item(edited).expect("removed");
    let merged = merge(Some(&base), &mine, &theirs).expect("merges");
    assert!(merged.profile.item(gone).is_none());
    // Seen from theirs, mine's deletion is said, not silent.
    let other_way = merge(Some(&base), &theirs, &mine).expect("merges");
    assert_eq!(other_way.summary.removed, 1);
    assert!(other_way.summary.words().contains("1 record removed there"));
    assert_eq!(
        merged.profile.item(edited).map(|(_, i)| i.text.as_str()),
        Some("Delegating whole jobs to the apprentices")
    );
    assert!(merged.conflicts.is_empty());
}

#[test]
fn without_a_base_both_sides_records_are_kept_and_differences_are_conflicts() {
    let base = sample();
    let mut mine = base.clone();
    mine.add_item(ListKind::Want, "Running the handover", None)
        .expect("added");
    let mut theirs = base.clone();
    theirs.team = "Regional service, south".into();
    let merged = merge(None, &mine, &theirs).expect("merges");
    assert!(
        merged
            .profile
            .want
            .iter()
            .any(|i| i.text == "Running the handover")
    );
    assert_eq!(merged.conflicts.len(), 1, "no base: the team differs");
    assert_eq!(merged.conflicts[0].label(&merged.profile), "Team");
}

#[test]
fn two_different_profiles_are_not_merged() {
    let a = sample();
    let mut b = sample();
    b.id = lodestar::model::ProfileId::parse("p-other").expect("id");
    assert!(merge(None, &a, &b).is_err());
}

/// One change a person can make at their desk.
#[derive(Debug, Clone)]
enum Op {
    AddItem(bool, String),
    RemoveItem(usize),
    EditItem(usize, String),
    Rate(bool, usize, u8),
    AddSession(String, String),
    AddAction(usize, String),
    ActionDone(usize),
    Role(String),
    Target(usize, u8),
}

const SKILLS: [&str; 4] = [
    "communication",
    "prioritizing",
    "bigger-picture",
    "emotional-intelligence",
];

fn op() -> impl Strategy<Value = Op> {
    let text = "[A-Za-z ]{1,20}";
    prop_oneof![
        (any::<bool>(), text).prop_map(|(h, t)| Op::AddItem(h, t)),
        (0usize..20).prop_map(Op::RemoveItem),
        (0usize..20, text).prop_map(|(i, t)| Op::EditItem(i, t)),
        (any::<bool>(), 0usize..4, 1u8..=5).prop_map(|(c, s, l)| Op::Rate(c, s, l)),
        (text, text).prop_map(|(n, p)| Op::AddSession(n, p)),
        (0usize..8, text).prop_map(|(i, t)| Op::AddAction(i, t)),
        (0usize..8).prop_map(Op::ActionDone),
        text.prop_map(Op::Role),
        (0usize..4, 1u8..=5).prop_map(|(s, l)| Op::Target(s, l)),
    ]
}

fn apply(p: &mut Profile, op: &Op) {
    let items: Vec<_> = p.have.iter().chain(&p.want).map(|i| i.id).collect();
    match op {
        Op::AddItem(have, t) => {
            let kind = if *have {
                ListKind::Have
            } else {
                ListKind::Want
            };
            let _ = p.add_item(kind, t, None);
        }
        Op::RemoveItem(i) => {
            if let Some(id) = items.get(*i) {
                p.remove_item(*id);
            }
        }
        Op::EditItem(i, t) => {
            if let Some(id) = items.get(*i) {
                let _ = p.edit_item(*id, t);
            }
        }
        Op::Rate(coach, s, l) => {
            let rater = if *coach {
                Rater::Coach
            } else {
                Rater::SelfRating
            };
            let mut a = Assessment::new(day(1), rater);
            a.ratings
                .insert(SkillId::new(SKILLS[*s]), Level::new(*l).expect("level"));
            p.assessments.push(a);
        }
        Op::AddSession(notes, private) => {
            let mut s = Session::new(day(2));
            s.notes.clone_from(notes);
            s.private_notes.clone_from(private);
            p.sessions.push(s);
        }
        Op::AddAction(i, t) => {
            let n = p.sessions.len();
            if n > 0 {
                p.sessions[i % n].actions.push(Action::new(t.clone()));
            }
        }
        Op::ActionDone(i) => {
            let all: Vec<(usize, usize)> = p
                .sessions
                .iter()
                .enumerate()
                .flat_map(|(s, x)| (0..x.actions.len()).map(move |a| (s, a)))
                .collect();
            if !all.is_empty() {
                let (s, a) = all[i % all.len()];
                p.sessions[s].actions[a].status = ActionStatus::Done;
            }
        }
        Op::Role(r) => p.role.clone_from(r),
        Op::Target(s, l) => {
            p.targets
                .insert(SkillId::new(SKILLS[*s]), Level::new(*l).expect("level"));
        }
    }
}

/// Every record id of a profile, by kind.
fn record_ids(p: &Profile) -> BTreeSet<(char, u64)> {
    let mut out = BTreeSet::new();
    out.extend(p.have.iter().chain(&p.want).map(|i| ('i', i.id.0)));
    out.extend(p.assessments.iter().map(|a| ('a', a.id.0)));
    for s in &p.sessions {
        out.insert(('s', s.id.0));
        out.extend(s.actions.iter().map(|a| ('x', a.id.0)));
    }
    out
}

fn edited(base: &Profile, ops: &[Op]) -> Profile {
    let mut p = base.clone();
    for o in ops {
        apply(&mut p, o);
    }
    p
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn merging_a_profile_with_itself_changes_nothing(ops in vec(op(), 0..12)) {
        let p = edited(&sample(), &ops);
        for base in [None, Some(&p)] {
            let m = merge(base, &p, &p).expect("merges");
            prop_assert_eq!(&m.profile, &p);
            prop_assert!(m.conflicts.is_empty());
            prop_assert!(m.summary.is_empty());
        }
    }

    #[test]
    fn no_record_is_lost_and_the_order_of_sides_does_not_matter(
        mine_ops in vec(op(), 0..10),
        their_ops in vec(op(), 0..10),
    ) {
        let base = sample();
        let mine = edited(&base, &mine_ops);
        let theirs = edited(&base, &their_ops);
        let m = merge(Some(&base), &mine, &theirs).expect("merges");
        let merged = record_ids(&m.profile);
        let (in_base, in_mine, in_theirs) = (record_ids(&base), record_ids(&mine), record_ids(&theirs));
        for id in in_mine.union(&in_theirs) {
            let on_both = in_mine.contains(id) && in_theirs.contains(id);
            // Gone only when one side deleted a record the other kept as it was.
            let deleted = in_base.contains(id) && !on_both;
            if !deleted {
                prop_assert!(merged.contains(id), "{:?} lost", id);
            }
        }
        if m.conflicts.is_empty() {
            let other_way = merge(Some(&base), &theirs, &mine).expect("merges");
            prop_assert_eq!(&other_way.profile, &m.profile);
        }
        // Merging the result again changes nothing.
        let again = merge(Some(&base), &m.profile, &theirs).expect("merges");
        prop_assert_eq!(&again.profile, &m.profile);
        let again = merge(Some(&base), &m.profile, &mine).expect("merges");
        prop_assert_eq!(&again.profile, &m.profile);
    }
}
