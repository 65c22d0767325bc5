//! Feedback from colleagues in a profile: an answer file checked against
//! its request ([`accept`]) and added ([`add_answer`]), the rounds with
//! enough answers to show, and how the colleagues' pooled view compares
//! with the technician's own (calibration, the change table). The types
//! are in [`super::feedback`].

use std::collections::{BTreeMap, BTreeSet};

use jiff::civil::Date;

use super::catalog::{Catalog, SkillId};
use super::feedback::{
    ANSWER_FORMAT, AnswerError, AnswerFile, FeedbackAnswer, FeedbackRequest, MAX_EXAMPLE_CHARS,
    MIN_ANSWERS, PooledSkill, pool,
};
use super::ids::RecordId;
use super::profile::Profile;
use super::rating::{Level, Rater};
use super::text::{MAX_NAME_CHARS, clean_line, clean_multiline};

/// What checking an answer file gives: the answer, and what had to be
/// cut to fit the limits (in words).
#[derive(Debug, Clone, PartialEq)]
pub struct Accepted {
    pub answer: FeedbackAnswer,
    pub adjusted: Vec<String>,
}

/// Checks an answer file against the request it names in `profile`: the
/// request must be there, every skill one it asked about (once), every
/// level on its scale. Texts are cleaned and held to the limits of typed
/// text.
///
/// # Errors
/// When the file does not fit the request (see [`AnswerError`]).
pub fn accept(
    profile: &Profile,
    file: &AnswerFile,
    received: Date,
) -> Result<Accepted, AnswerError> {
    if file.format > ANSWER_FORMAT {
        return Err(AnswerError::NewerFormat(file.format));
    }
    let request = profile
        .feedback
        .iter()
        .find(|r| r.id.0 == file.request && file.profile == profile.id.as_str())
        .ok_or_else(|| AnswerError::OtherRequest {
            name: profile.name.clone(),
        })?;
    if request.key.is_empty() {
        return Err(AnswerError::NotTheCoachs);
    }
    if file.key != request.key {
        return Err(AnswerError::OtherRequest {
            name: profile.name.clone(),
        });
    }
    if file.answer == 0 || file.answer >= 1 << 53 {
        return Err(AnswerError::NoAnswerId);
    }
    let mut adjusted = Vec::new();
    let mut answer = FeedbackAnswer {
        id: RecordId(file.answer),
        request: request.id,
        received,
        signed: held(
            &clean_line(&file.signed),
            MAX_NAME_CHARS,
            "field-signed-name",
            &mut adjusted,
        ),
        ratings: BTreeMap::new(),
        not_seen: Vec::new(),
        examples: BTreeMap::new(),
        extra: serde_json::Map::new(),
    };
    let mut named = BTreeSet::new();
    for s in &file.skills {
        let id = SkillId::new(s.skill.as_str());
        if !request.skills.contains(&id) {
            return Err(AnswerError::UnknownSkill(clean_line(&s.skill)));
        }
        if !named.insert(id.clone()) {
            return Err(AnswerError::SkillTwice(s.skill.clone()));
        }
        if let Some(level) = s.level {
            let out_of_range = || AnswerError::LevelOutOfRange {
                skill: s.skill.clone(),
                level,
                top: request.levels,
            };
            let n = u8::try_from(level).map_err(|_| out_of_range())?;
            let level = Level::new(n)
                .filter(|l| l.get() <= request.levels)
                .ok_or_else(out_of_range)?;
            answer.ratings.insert(id.clone(), level);
        } else if s.seen == Some(false) {
            answer.not_seen.push(id.clone());
        }
        let example = held(
            &clean_multiline(&s.example),
            MAX_EXAMPLE_CHARS,
            "field-example",
            &mut adjusted,
        );
        if !example.is_empty() {
            answer.examples.insert(id, example);
        }
    }
    if answer.ratings.is_empty() && answer.examples.is_empty() {
        return Err(AnswerError::Empty);
    }
    Ok(Accepted { answer, adjusted })
}

/// `text` cut to `max` characters, the cut said in `said`.
fn held(text: &str, max: usize, what: &str, said: &mut Vec<String>) -> String {
    let len = text.chars().count();
    if len <= max {
        return text.to_owned();
    }
    said.push(crate::t!(
        "text-cut",
        what = crate::i18n::text(what, None),
        len = len,
        max = max
    ));
    text.chars()
        .take(max)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// What adding an answer did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    New,
    /// The same form saved again with changes: the newer answers replace
    /// the older.
    Replaced,
    /// Taken in before, as it is.
    AlreadyThere,
}

/// What adding `answer` to `profile` would do.
#[must_use]
pub fn would_add(profile: &Profile, answer: &FeedbackAnswer) -> Added {
    match profile.colleague_answers.iter().find(|a| a.id == answer.id) {
        None => Added::New,
        Some(a)
            if a.ratings == answer.ratings
                && a.examples == answer.examples
                && a.not_seen == answer.not_seen
                && a.signed == answer.signed =>
        {
            Added::AlreadyThere
        }
        Some(_) => Added::Replaced,
    }
}

/// Adds (or replaces) an answer and pools its request again.
pub fn add_answer(profile: &mut Profile, answer: FeedbackAnswer) -> Added {
    let request = answer.request;
    let added = would_add(profile, &answer);
    match added {
        Added::New => profile.colleague_answers.push(answer),
        Added::Replaced => {
            if let Some(a) = profile
                .colleague_answers
                .iter_mut()
                .find(|a| a.id == answer.id)
            {
                *a = answer;
            }
        }
        Added::AlreadyThere => return added,
    }
    repool(profile, request);
    added
}

/// What taking in `answer` did, in words: whose, into which profile, and
/// how far its request is from showing the colleagues' view.
#[must_use]
pub fn taken_words(profile: &Profile, answer: &FeedbackAnswer, added: Added) -> String {
    let who = if answer.signed.is_empty() {
        crate::t!("answers-unsigned")
    } else {
        crate::t!("answers-signed", name = answer.signed.clone())
    };
    let request = profile.feedback.iter().find(|r| r.id == answer.request);
    let count = request.map_or(0, |r| r.pooled.answers);
    let shows = request.is_some_and(FeedbackRequest::is_pooled);
    let name = profile.name.clone();
    let what = match added {
        Added::New => crate::t!("answers-added", who = who, profile = name),
        Added::Replaced => crate::t!("answers-replaced", who = who, profile = name),
        Added::AlreadyThere => {
            return crate::t!("answers-already", who = who, profile = name);
        }
    };
    if shows {
        crate::t!("answers-count-shows", what = what, n = count)
    } else if count >= MIN_ANSWERS {
        crate::t!(
            "answers-count-none-rated",
            what = what,
            n = count,
            min = MIN_ANSWERS
        )
    } else {
        crate::t!(
            "answers-count-so-far",
            what = what,
            n = count,
            min = MIN_ANSWERS
        )
    }
}

/// Removes an answer and pools its request again; whether it was there.
pub fn remove_answer(profile: &mut Profile, id: RecordId) -> bool {
    let Some(i) = profile.colleague_answers.iter().position(|a| a.id == id) else {
        return false;
    };
    let gone = profile.colleague_answers.remove(i);
    repool(profile, gone.request);
    true
}

/// Pools the answers to `request` again into the request.
fn repool(profile: &mut Profile, request: RecordId) {
    let pooled = pool(request, &profile.colleague_answers);
    if let Some(r) = profile.feedback.iter_mut().find(|r| r.id == request) {
        r.pooled = pooled;
    }
}

/// The rounds with enough answers to show, oldest first.
#[must_use]
pub fn rounds(profile: &Profile) -> Vec<&FeedbackRequest> {
    // A round on another list (the profile moved to a new one) has other
    // skills and maybe another scale: it stays in the list of rounds but
    // is not drawn.
    let mut list: Vec<&FeedbackRequest> = profile
        .feedback
        .iter()
        .filter(|r| r.is_pooled() && r.catalog == profile.catalog)
        .collect();
    list.sort_by_key(|r| r.made);
    list
}

/// The latest round with enough answers to show.
#[must_use]
pub fn latest(profile: &Profile) -> Option<&FeedbackRequest> {
    rounds(profile).pop()
}

/// The request answers go to when the coach asks again: the newest.
#[must_use]
pub fn newest_request(profile: &Profile) -> Option<&FeedbackRequest> {
    profile.feedback.iter().max_by_key(|r| r.made)
}

/// A skill where the technician's latest self-rating and the colleagues'
/// pooled view are far apart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColleagueFlag {
    pub skill: SkillId,
    pub self_rating: Level,
    pub self_date: Date,
    pub colleagues: PooledSkill,
    pub round: Date,
}

/// Skills whose latest self-rating and the latest colleagues' mean differ
/// by the scale's calibration gap or more, in list order.
#[must_use]
pub fn colleague_calibration(profile: &Profile, catalog: &Catalog) -> Vec<ColleagueFlag> {
    let (Some(me), Some(round)) = (
        super::progress::history(profile, Rater::SelfRating)
            .last()
            .copied(),
        latest(profile),
    ) else {
        return Vec::new();
    };
    let gap = u16::from(catalog.scale.calibration_gap()) * 10;
    catalog
        .skills
        .iter()
        .filter_map(|skill| {
            let mine = me.ratings.get(&skill.id)?;
            let theirs = round.pooled.skills.get(&skill.id)?;
            (theirs.tenths.abs_diff(u16::from(mine.get()) * 10) >= gap).then(|| ColleagueFlag {
                skill: skill.id.clone(),
                self_rating: *mine,
                self_date: me.date,
                colleagues: *theirs,
                round: round.made,
            })
        })
        .collect()
}

/// One row of the colleagues' change table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ColleagueRow {
    pub skill: SkillId,
    pub first: Option<PooledSkill>,
    pub previous: Option<PooledSkill>,
    pub latest: Option<PooledSkill>,
    /// Previous → latest: up or down by half a level or more, else the
    /// same (a mean of a few people moves a little by chance).
    pub trend: super::progress::Trend,
}

/// The colleagues' change table over the rounds with enough answers; empty
/// when there is none.
#[must_use]
pub fn colleague_table(profile: &Profile, catalog: &Catalog) -> Vec<ColleagueRow> {
    use super::progress::Trend;
    let rounds = rounds(profile);
    let Some(last) = rounds.last() else {
        return Vec::new();
    };
    let first = (rounds.len() >= 2).then(|| rounds[0]);
    let previous = (rounds.len() >= 2).then(|| rounds[rounds.len() - 2]);
    catalog
        .skills
        .iter()
        .map(|skill| {
            let at = |r: Option<&FeedbackRequest>| {
                r.and_then(|r| r.pooled.skills.get(&skill.id).copied())
            };
            let (previous, latest) = (at(previous), at(Some(last)));
            let trend = match (previous, latest) {
                (Some(p), Some(l)) if l.tenths >= p.tenths + 5 => Trend::Up,
                (Some(p), Some(l)) if p.tenths >= l.tenths + 5 => Trend::Down,
                (Some(_), Some(_)) => Trend::Same,
                _ => Trend::Unknown,
            };
            ColleagueRow {
                skill: skill.id.clone(),
                first: at(first),
                previous,
                latest,
                trend,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::feedback::{ANSWER_KIND, SkillAnswer};
    use crate::model::{Assessment, CatalogId, ProfileId, Skill};
    use jiff::civil::date;

    fn catalog() -> Catalog {
        let skill = |id: &str| Skill::named(id, &id.to_uppercase());
        Catalog {
            id: CatalogId::new("c"),
            version: 1,
            title: "C".into(),
            description: String::new(),
            scale: crate::model::Scale::default(),
            skills: vec![skill("a"), skill("b"), skill("c")],
            roles: Vec::new(),
        }
    }

    fn profile_with_request() -> (Profile, RecordId) {
        let mut p = Profile::new(ProfileId::parse("p-1").expect("id"), "Sam").expect("name");
        p.catalog = catalog().id;
        let r = FeedbackRequest::new(&catalog(), date(2026, 11, 1));
        let id = r.id;
        p.feedback.push(r);
        (p, id)
    }

    fn file(
        p: &Profile,
        request: RecordId,
        answer: u64,
        skills: &[(&str, Option<i64>)],
    ) -> AnswerFile {
        AnswerFile {
            kind: ANSWER_KIND.into(),
            format: 1,
            profile: p.id.as_str().into(),
            request: request.0,
            key: p
                .feedback
                .iter()
                .find(|r| r.id == request)
                .map_or_else(String::new, |r| r.key.clone()),
            answer,
            signed: String::new(),
            skills: skills
                .iter()
                .map(|(s, l)| SkillAnswer {
                    skill: (*s).into(),
                    level: *l,
                    seen: Some(l.is_some()),
                    example: String::new(),
                })
                .collect(),
        }
    }

    #[test]
    fn an_answer_is_checked_against_its_request() {
        let (p, r) = profile_with_request();
        let ok = accept(
            &p,
            &file(&p, r, 7, &[("a", Some(3)), ("b", None)]),
            date(2026, 11, 2),
        )
        .expect("fits");
        assert_eq!(ok.answer.ratings.len(), 1);
        assert_eq!(ok.answer.not_seen, [SkillId::new("b")]);
        let day = date(2026, 11, 2);
        assert!(matches!(
            accept(&p, &file(&p, RecordId(r.0 + 1), 7, &[("a", Some(3))]), day),
            Err(AnswerError::OtherRequest { .. })
        ));
        let mut other = file(&p, r, 7, &[("a", Some(3))]);
        other.profile = "someone-else".into();
        assert!(matches!(
            accept(&p, &other, day),
            Err(AnswerError::OtherRequest { .. })
        ));
        assert_eq!(
            accept(&p, &file(&p, r, 7, &[("zz", Some(3))]), day),
            Err(AnswerError::UnknownSkill("zz".into()))
        );
        for bad in [0, 6, -1, 300] {
            assert!(matches!(
                accept(&p, &file(&p, r, 7, &[("a", Some(bad))]), day),
                Err(AnswerError::LevelOutOfRange { top: 5, .. })
            ));
        }
        assert_eq!(
            accept(&p, &file(&p, r, 7, &[("a", Some(3)), ("a", Some(2))]), day),
            Err(AnswerError::SkillTwice("a".into()))
        );
        assert_eq!(
            accept(&p, &file(&p, r, 7, &[("a", None)]), day),
            Err(AnswerError::Empty)
        );
        assert_eq!(
            accept(&p, &file(&p, r, 0, &[("a", Some(1))]), day),
            Err(AnswerError::NoAnswerId)
        );
        let mut newer = file(&p, r, 7, &[("a", Some(3))]);
        newer.format = 2;
        assert_eq!(accept(&p, &newer, day), Err(AnswerError::NewerFormat(2)));
        let mut guessed = file(&p, r, 7, &[("a", Some(3))]);
        guessed.key = "0".repeat(28);
        assert!(matches!(
            accept(&p, &guessed, day),
            Err(AnswerError::OtherRequest { .. })
        ));
        // The technician's copy has no key: answers are the coach's.
        let mut copy = p.clone();
        copy.feedback[0].key.clear();
        assert_eq!(
            accept(&copy, &file(&p, r, 7, &[("a", Some(3))]), day),
            Err(AnswerError::NotTheCoachs)
        );
    }

    #[test]
    fn the_pool_moves_only_by_whole_groups_of_three() {
        let (mut p, r) = profile_with_request();
        let mut pools = Vec::new();
        for (i, (level, day)) in [2, 3, 4, 5, 1, 3].into_iter().zip(2i8..).enumerate() {
            let received = date(2026, 11, day);
            let ok = accept(
                &p,
                &file(&p, r, 30 + i as u64, &[("a", Some(level))]),
                received,
            )
            .expect("fits");
            add_answer(&mut p, ok.answer);
            pools.push(p.feedback[0].pooled.skills.get(&SkillId::new("a")).copied());
        }
        let three = Some(PooledSkill {
            tenths: 30,
            raters: 3,
        });
        assert_eq!(pools[..3], [None, None, three]);
        assert_eq!(pools[3], three, "a fourth answer alone changes nothing");
        assert_eq!(pools[4], three);
        assert_eq!(
            pools[5],
            Some(PooledSkill {
                tenths: 30,
                raters: 6
            })
        );
        assert_eq!(p.feedback[0].pooled.answers, 6);
    }

    #[test]
    fn long_texts_are_cut_and_said() {
        let (p, r) = profile_with_request();
        let mut f = file(&p, r, 7, &[("a", None)]);
        f.skills[0].example = "x".repeat(MAX_EXAMPLE_CHARS + 10);
        f.signed = "  Dana\u{0} Whitfield ".into();
        let ok = accept(&p, &f, date(2026, 11, 2)).expect("an example alone counts");
        assert_eq!(
            ok.answer.examples[&SkillId::new("a")].chars().count(),
            MAX_EXAMPLE_CHARS
        );
        assert_eq!(ok.adjusted.len(), 1);
        assert!(!ok.answer.signed.contains('\u{0}'));
    }

    #[test]
    fn nothing_is_pooled_below_three_answers_or_three_raters() {
        let (mut p, r) = profile_with_request();
        let day = date(2026, 11, 3);
        let levels = [[4, 2], [5, 2], [3, 3]];
        for (i, [a, b]) in levels.iter().enumerate() {
            let skills: Vec<(&str, Option<i64>)> = if i == 2 {
                vec![("a", Some(*a))]
            } else {
                vec![("a", Some(*a)), ("b", Some(*b))]
            };
            let ok = accept(&p, &file(&p, r, 10 + i as u64, &skills), day).expect("fits");
            assert_eq!(add_answer(&mut p, ok.answer), Added::New);
            let pooled = &p.feedback[0].pooled;
            if i < 2 {
                assert!(pooled.skills.is_empty(), "{} answers show nothing", i + 1);
                assert!(latest(&p).is_none());
            }
        }
        let pooled = &p.feedback[0].pooled;
        assert_eq!(pooled.answers, 3);
        assert_eq!(
            pooled.skills[&SkillId::new("a")],
            PooledSkill {
                tenths: 40,
                raters: 3
            }
        );
        assert!(
            !pooled.skills.contains_key(&SkillId::new("b")),
            "only two rated b"
        );
        assert!(latest(&p).is_some());
        // The same file again changes nothing; removing one hides the pool.
        let again =
            accept(&p, &file(&p, r, 10, &[("a", Some(4)), ("b", Some(2))]), day).expect("fits");
        assert_eq!(add_answer(&mut p, again.answer), Added::AlreadyThere);
        assert_eq!(p.colleague_answers.len(), 3);
        assert!(remove_answer(&mut p, RecordId(11)));
        assert!(p.feedback[0].pooled.skills.is_empty());
        assert!(latest(&p).is_none());
    }

    #[test]
    fn means_round_to_tenths() {
        let ans = |id: u64, l: u8| FeedbackAnswer {
            id: RecordId(id),
            request: RecordId(1),
            received: date(2026, 1, 1),
            signed: String::new(),
            ratings: [(SkillId::new("a"), Level::new(l).expect("level"))].into(),
            not_seen: Vec::new(),
            examples: BTreeMap::new(),
            extra: serde_json::Map::new(),
        };
        let pooled = pool(RecordId(1), &[ans(1, 3), ans(2, 3), ans(3, 4)]);
        assert_eq!(pooled.skills[&SkillId::new("a")].text(), "3.3");
        let pooled = pool(RecordId(1), &[ans(1, 3), ans(2, 4), ans(3, 4)]);
        assert_eq!(pooled.skills[&SkillId::new("a")].text(), "3.7");
    }

    #[test]
    fn self_and_colleagues_far_apart_are_flagged() {
        let (mut p, r) = profile_with_request();
        let mut me = Assessment::new(date(2026, 10, 1), Rater::SelfRating);
        me.ratings
            .insert(SkillId::new("a"), Level::new(5).expect("5"));
        me.ratings
            .insert(SkillId::new("c"), Level::new(2).expect("2"));
        p.assessments.push(me);
        for (i, (a, c)) in [(3, 3), (3, 3), (3, 4)].into_iter().enumerate() {
            let ok = accept(
                &p,
                &file(&p, r, 20 + i as u64, &[("a", Some(a)), ("c", Some(c))]),
                date(2026, 11, 4),
            )
            .expect("fits");
            add_answer(&mut p, ok.answer);
        }
        let flags = colleague_calibration(&p, &catalog());
        let ids: Vec<&str> = flags.iter().map(|f| f.skill.as_str()).collect();
        assert_eq!(ids, ["a"], "a: 5 vs 3.0 is 2 apart; c: 2 vs 3.3 is not");
        let rows = colleague_table(&p, &catalog());
        assert_eq!(
            rows[0].latest.map(PooledSkill::text).as_deref(),
            Some("3.0")
        );
        assert_eq!(rows[1].latest, None);
    }
}
