//! Crash consistency: a process saving a profile over and over is killed
//! with SIGKILL at a random moment, many times. After every kill the profile
//! on disk must parse and be either the version saved last or the one being
//! saved, never a mix, never empty; every backup kept must parse too, and
//! the backups must stay rotated.
//!
//! `cargo test --test crash` kills 60 times (CI); the long run is
//! `LODESTAR_KILLS=1000 cargo test --release --test crash -- --nocapture`.

#![cfg(unix)]

use std::io::{BufRead as _, BufReader, Write as _};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use lodestar::model::{Profile, ProfileId, Session};
use lodestar::store::{BACKUPS_KEPT, Store};

const CHILD_ENV: &str = "LODESTAR_CRASH_CHILD";

/// Version `k` of the profile: every field that changes says `k`, so a
/// file mixing two versions cannot pass [`version_of`].
fn make_version(profile: &mut Profile, k: u64) {
    profile.role = format!("v{k}");
    // About 200 KB, so that a kill often lands in the middle of a write.
    let notes = format!("{k}|").repeat(40_000 / (k.to_string().len() + 1) * 5);
    if profile.sessions.is_empty() {
        profile
            .sessions
            .push(Session::new(jiff::civil::date(2026, 11, 25)));
    }
    profile.sessions[0].notes = notes;
}

/// The version a profile holds, or why it is not one consistent version.
fn version_of(profile: &Profile) -> Result<u64, String> {
    let k: u64 = profile
        .role
        .strip_prefix('v')
        .and_then(|k| k.parse().ok())
        .ok_or_else(|| format!("role is {:?}", profile.role))?;
    let notes = &profile.sessions.first().ok_or("no session")?.notes;
    let unit = format!("{k}|");
    if notes.is_empty() || notes.len() % unit.len() != 0 || !notes.replace(&unit, "").is_empty() {
        return Err(format!("notes do not belong to v{k}"));
    }
    Ok(k)
}

/// The child: saves new versions as fast as it can, reopening the profile
/// for every save (so that each save also takes a backup and prunes old
/// ones), and says on stdout which version is safely saved.
fn save_until_killed(root: &str) {
    let store = Store::open(root).expect("store");
    let id = store.list().profiles[0].id.clone();
    let mut out = std::io::stdout();
    loop {
        let mut handle = store.open_profile(&id).expect("opens");
        let k = version_of(&handle.profile).expect("consistent") + 1;
        make_version(&mut handle.profile, k);
        handle.save().expect("saves");
        drop(handle);
        writeln!(out, "saved {k}").expect("stdout");
        out.flush().expect("stdout");
    }
}

/// A small deterministic generator: the same kill times on every run.
struct Lcg(u64);
impl Lcg {
    fn next(&mut self, below: u64) -> u64 {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (self.0 >> 33) % below
    }
}

fn check_backups(store: &Store, id: &ProfileId, round: usize) {
    let backups = store.backups(id);
    // A kill between writing a backup and pruning leaves one extra; the
    // next save prunes it.
    assert!(
        backups.len() <= BACKUPS_KEPT + 1,
        "round {round}: {} backups kept",
        backups.len()
    );
    for b in &backups {
        let bytes = std::fs::read(b).expect("backup reads");
        let profile: Profile = serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("round {round}: backup {} is broken: {e}", b.display()));
        if profile.role.is_empty() && profile.sessions.is_empty() {
            continue; // the profile as first created, before version 0
        }
        version_of(&profile)
            .unwrap_or_else(|e| panic!("round {round}: backup {} mixed: {e}", b.display()));
    }
}

fn stray_files(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .expect("folder")
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| Path::new(n).extension().is_none_or(|e| e != "json"))
        .collect()
}

/// Makes leftover temporary files look two hours old.
fn age_strays(dir: &Path) {
    let old = std::time::SystemTime::now() - Duration::from_hours(2);
    for name in stray_files(dir) {
        std::fs::File::options()
            .write(true)
            .open(dir.join(name))
            .and_then(|f| f.set_modified(old))
            .expect("ages");
    }
}

#[test]
fn a_profile_killed_mid_save_is_the_old_or_the_new_version() {
    if let Some(root) = std::env::var_os(CHILD_ENV) {
        save_until_killed(root.to_str().expect("utf-8 path"));
        return;
    }
    let kills: usize = std::env::var("LODESTAR_KILLS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(60);
    let dir = tempfile::tempdir().expect("temp dir");
    let store = Store::open(dir.path()).expect("store");
    let mut handle = store.create("Crash test").expect("created");
    make_version(&mut handle.profile, 0);
    handle.save().expect("saved");
    let id = handle.profile.id.clone();
    drop(handle);

    let mut rng = Lcg(0x5EED);
    let mut last_saved = 0;
    let mut mid_save = 0;
    for round in 0..kills {
        let mut child = Command::new(std::env::current_exe().expect("test binary"))
            .args([
                "a_profile_killed_mid_save_is_the_old_or_the_new_version",
                "--exact",
                "--nocapture",
                "--test-threads=1",
            ])
            .env(CHILD_ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("child starts");
        let mut lines = BufReader::new(child.stdout.take().expect("stdout")).lines();
        // Let it save a few times, then kill it at a random moment of its
        // next save cycle (open, change, serialise, back up, write, rename).
        let wait_for = 2 + rng.next(3);
        let mut seen = 0;
        let mut times = Vec::new();
        for line in lines.by_ref() {
            let line = line.expect("line");
            if let Some(k) = line.strip_prefix("saved ") {
                last_saved = k.parse().expect("number");
                times.push(std::time::Instant::now());
                seen += 1;
                if seen == wait_for {
                    break;
                }
            }
        }
        assert_eq!(seen, wait_for, "round {round}: the child stopped saving");
        let cycle = times[times.len() - 1] - times[times.len() - 2];
        let cycle_us = u64::try_from(cycle.as_micros()).unwrap_or(u64::MAX).max(1);
        std::thread::sleep(Duration::from_micros(rng.next(cycle_us)));
        child.kill().expect("SIGKILL");
        child.wait().expect("reaped");
        // Lines written before the kill may still be in the pipe.
        for line in lines.map_while(Result::ok) {
            if let Some(k) = line.strip_prefix("saved ") {
                last_saved = k.parse().expect("number");
            }
        }

        let listing = store.list();
        assert!(
            listing.problems.is_empty(),
            "round {round}: {:?}",
            listing.problems
        );
        assert_eq!(listing.profiles.len(), 1, "round {round}");
        let handle = store
            .open_profile(&id)
            .unwrap_or_else(|e| panic!("round {round}: the profile does not open: {e}"));
        let on_disk = version_of(&handle.profile)
            .unwrap_or_else(|e| panic!("round {round}: the profile is a mix: {e}"));
        drop(handle);
        assert!(
            on_disk == last_saved || on_disk == last_saved + 1,
            "round {round}: v{on_disk} on disk, v{last_saved} reported saved"
        );
        if on_disk == last_saved + 1 {
            mid_save += 1;
        }
        check_backups(&store, &id, round);
        // A kill mid-write may leave the temporary file of that save; never
        // more than one a kill, and never anything that looks like a profile.
        let strays = stray_files(&store.profiles_dir());
        assert!(strays.len() <= round + 1, "round {round}: {strays:?}");
        assert!(strays.iter().all(|n| n.starts_with('.')), "{strays:?}");
    }
    // Once old, the leftovers are cleared the next time Lodestar starts;
    // one planted by hand makes sure there is at least one to clear.
    let backup_dir = store.backups_dir().join(id.as_str());
    std::fs::write(store.profiles_dir().join(".p-planted.json.AbC123"), b"{").expect("plant");
    std::fs::write(backup_dir.join(".20200101T000000.000Z.json.XyZ789"), b"{").expect("plant");
    let strays_before = stray_files(&store.profiles_dir()).len() + stray_files(&backup_dir).len();
    age_strays(&store.profiles_dir());
    age_strays(&backup_dir);
    let store = Store::open(dir.path()).expect("store reopens");
    assert!(stray_files(&store.profiles_dir()).is_empty());
    let mut handle = store.open_profile(&id).expect("opens");
    make_version(&mut handle.profile, last_saved + 2);
    handle.save().expect("saves after all the kills");
    assert!(stray_files(&backup_dir).is_empty());
    eprintln!(
        "{kills} kills: the profile always read back whole; {mid_save} kills landed after a save \
         was written but before it was reported; {last_saved} versions saved; {strays_before} \
         temporary files left by kills, cleared once stale"
    );
}
