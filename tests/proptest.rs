//! Property tests over random profiles and random bytes: saving then
//! loading gives back exactly what was saved, and no file, however broken,
//! makes the loader panic or lose the bytes it could not read.
//! (`fuzz/` runs the same loaders under libFuzzer for longer.)

use proptest::collection::vec;
use proptest::option;
use proptest::prelude::*;

use lodestar::model::{Assessment, Level, ListKind, Profile, Rater, Session, SkillId};
use lodestar::store::{Store, StoreError, parse_profile_bytes};

/// Text as people and other tools produce it: anything, including NUL,
/// control characters, right-to-left text, emoji and path-like names.
fn text() -> impl Strategy<Value = String> {
    prop_oneof![
        any::<String>(),
        "[a-zA-Z ]{0,24}",
        Just("مريم 🚀\u{0}\u{202e}CON/../NUL.txt\r\n\t".to_owned()),
        Just(String::new()),
    ]
}

fn skill_id() -> impl Strategy<Value = SkillId> {
    "[a-z][a-z-]{0,11}".prop_map(SkillId::new)
}

prop_compose! {
    fn assessment()(
        day in 0i64..3000,
        coach in any::<bool>(),
        ratings in vec((skill_id(), 1u8..=5), 0..10),
        note in text(),
    ) -> Assessment {
        let date = jiff::civil::date(2020, 1, 1)
            .checked_add(jiff::Span::new().days(day))
            .expect("in range");
        let mut a = Assessment::new(date, if coach { Rater::Coach } else { Rater::SelfRating });
        a.ratings = ratings
            .into_iter()
            .filter_map(|(s, l)| Level::new(l).map(|l| (s, l)))
            .collect();
        a.note = note;
        a
    }
}

prop_compose! {
    fn profile()(
        name in text(),
        role in text(),
        team in text(),
        coach in text(),
        items in vec((any::<bool>(), text(), option::of(skill_id())), 0..12),
        notes in vec(text(), 0..4),
        assessments in vec(assessment(), 0..6),
        extra in vec(("x_[a-z]{1,8}", text()), 0..3),
    ) -> Profile {
        let id = lodestar::model::ProfileId::parse("p-0000000000000001").expect("id");
        let mut p = Profile::new(id, "placeholder").expect("valid");
        // Set directly, not through validation: a file may hold anything.
        p.name = name;
        p.role = role;
        p.team = team;
        p.coach = coach;
        for (have, text, skill) in items {
            let kind = if have { ListKind::Have } else { ListKind::Want };
            // Typed text is validated; what is refused is simply not added.
            let _ = p.add_item(kind, &text, skill);
        }
        for n in notes {
            let mut s = Session::new(jiff::civil::date(2026, 11, 25));
            s.notes = n;
            p.sessions.push(s);
        }
        p.assessments = assessments;
        for (k, v) in extra {
            p.extra.insert(k, serde_json::Value::String(v));
        }
        p
    }
}

fn sample_bytes() -> Vec<u8> {
    lodestar::assets::SAMPLE_PROFILE.as_bytes().to_vec()
}

/// A broken variant of a valid file: cut short, a byte changed, or a run of
/// bytes dropped.
fn mangled() -> impl Strategy<Value = Vec<u8>> {
    let len = sample_bytes().len();
    prop_oneof![
        (0..len).prop_map(|cut| sample_bytes()[..cut].to_vec()),
        (0..len, any::<u8>()).prop_map(|(at, b)| {
            let mut v = sample_bytes();
            v[at] = b;
            v
        }),
        (0..len, 1usize..64).prop_map(|(at, n)| {
            let mut v = sample_bytes();
            let end = (at + n).min(v.len());
            v.drain(at..end);
            v
        }),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

    #[test]
    fn save_then_load_gives_back_the_same_profile(p in profile()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let mut handle = store.create("Round trip").expect("created");
        let id = handle.profile.id.clone();
        handle.profile = Profile { id: id.clone(), ..p };
        handle.save().expect("saves");
        let saved = handle.profile.clone();
        drop(handle);
        let loaded = store.open_profile(&id).expect("opens");
        prop_assert_eq!(&loaded.profile, &saved);
        // And the bytes parse the same way without the store.
        let bytes = std::fs::read(store.profile_path(&id)).expect("read");
        let parsed = parse_profile_bytes(&bytes).expect("parses");
        prop_assert_eq!(Profile { id: id.clone(), ..parsed }, saved);
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn the_loader_never_panics_on_arbitrary_bytes(bytes in vec(any::<u8>(), 0..4096)) {
        let _ = parse_profile_bytes(&bytes);
    }

    #[test]
    fn the_loader_never_panics_on_a_broken_profile(bytes in mangled()) {
        if let Ok(p) = parse_profile_bytes(&bytes) {
            // What it accepted, it can save again.
            serde_json::to_vec(&p).expect("serialises");
        }
    }

    #[test]
    fn the_csv_importer_never_panics(text in any::<String>()) {
        use lodestar::model::framework;
        if let Ok(table) = lodestar::store::sheets::csv_table(text.as_bytes(), "x.csv") {
            let _ = framework::build(&table, &framework::guess(&table), "X");
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    /// Through the real store: a broken file never stops the listing, is
    /// set aside with its bytes intact, and the other profiles still open.
    #[test]
    fn a_broken_file_on_disk_is_set_aside_with_its_bytes_intact(bytes in mangled()) {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = Store::open(dir.path()).expect("store");
        let good = store.create("Unharmed").expect("created").profile.id.clone();
        let path = store.profiles_dir().join("p-00000000000000aa.json");
        std::fs::write(&path, &bytes).expect("write");
        let listing = store.list();
        prop_assert!(listing.profiles.iter().any(|p| p.id == good));
        let id = lodestar::model::ProfileId::parse("p-00000000000000aa").expect("id");
        match store.open_profile(&id) {
            Ok(_) => {}
            Err(StoreError::Corrupt { set_aside, .. }) => {
                prop_assert_eq!(std::fs::read(&set_aside).expect("kept"), bytes);
            }
            Err(StoreError::NoSuchProfile(_)) => {
                // Set aside already by the listing: the bytes are beside it.
                let kept: Vec<_> = std::fs::read_dir(store.profiles_dir())
                    .expect("dir")
                    .flatten()
                    .filter(|e| e.file_name().to_string_lossy().contains(".corrupt-"))
                    .collect();
                prop_assert_eq!(kept.len(), 1);
                prop_assert_eq!(std::fs::read(kept[0].path()).expect("kept"), bytes);
            }
            Err(e) => prop_assert!(false, "unexpected error: {}", e),
        }
        prop_assert!(store.open_profile(&good).is_ok());
    }
}
