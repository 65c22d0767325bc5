//! The built-in content: the recommended list of eight, the other lists and
//! the reflective questions are complete and well formed.

use lodestar::model::{CatalogId, parse_questions};
use lodestar::store::CatalogSet;

#[path = "support/content.rs"]
mod content;

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
    let mut problems = Vec::new();
    for c in &set.catalogs {
        assert!(!c.description.is_empty(), "{} has no description", c.id);
        for s in &c.skills {
            problems.extend(
                content::skill_problems(s)
                    .into_iter()
                    .map(|p| format!("{}/{}: {p}", c.id, s.id)),
            );
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn builtin_texts_are_plain_short_and_our_own() {
    let seeds = content::seed_runs();
    let mut problems = Vec::new();
    for c in &CatalogSet::builtin().catalogs {
        let texts = content::texts(c);
        let score = content::flesch(&texts);
        eprintln!("{}: Flesch reading ease {score:.1}", c.id);
        if score < 60.0 {
            problems.push(format!("{}: Flesch reading ease {score:.1} < 60", c.id));
        }
        for t in &texts {
            problems.extend(content::text_problems(t, &seeds));
        }
    }
    let q = parse_questions(lodestar::assets::REFLECTIVE_QUESTIONS).expect("parses");
    for p in q.iter().flat_map(|q| &q.prompts) {
        problems.extend(content::prompt_problem(p));
        problems.extend(content::text_problems(p, &seeds));
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_content_check_catches_what_it_is_for() {
    let seeds = content::seed_runs();
    // Eight words in a row from a seed article.
    let copied = "Just because you are given a leadership role, that does not make you a leader.";
    assert!(!content::text_problems(copied, &seeds).is_empty());
    assert!(content::text_problems("Explains a fault plainly to a nurse.", &seeds).is_empty());
    let long = "word ".repeat(31);
    assert!(!content::text_problems(long.trim(), &seeds).is_empty());
    assert!(content::prompt_problem("Do you delegate?").is_some());
    assert!(content::prompt_problem("What did you hand over last week").is_some());
    assert!(content::prompt_problem("What did you hand over last week?").is_none());
    let hard = [
        "Organisational interdependencies necessitate comprehensive \
                 multidisciplinary communication infrastructure optimisation."
            .to_owned(),
    ];
    assert!(content::flesch(&hard) < 60.0);
    assert!(content::flesch(&["The cat sat on the mat.".to_owned()]) > 90.0);
    let bare = lodestar::model::Skill::named("x", "X");
    assert!(content::skill_problems(&bare).len() >= 3);
}

#[test]
fn the_sample_asks_the_builtin_questions_and_has_a_workplace() {
    let sample: lodestar::model::Profile =
        serde_json::from_str(lodestar::assets::SAMPLE_PROFILE).expect("sample parses");
    assert!(sample.workplace.is_some(), "the sample's workplace is set");
    let set = CatalogSet::builtin();
    let list = set
        .get(&sample.catalog)
        .expect("the sample's list is built in");
    let q = parse_questions(lodestar::assets::REFLECTIVE_QUESTIONS).expect("parses");
    let known: Vec<&str> = q
        .iter()
        .flat_map(|q| &q.prompts)
        .chain(list.skills.iter().flat_map(|s| &s.prompts))
        .map(String::as_str)
        .collect();
    let asked: Vec<&str> = sample
        .sessions
        .iter()
        .flat_map(|s| &s.prompts)
        .map(|p| p.prompt.as_str())
        .collect();
    assert!(!asked.is_empty());
    for p in asked {
        assert!(
            known.contains(&p),
            "the sample asks {p:?}, which no built-in list asks"
        );
    }
}

#[test]
fn the_reflective_questions_are_the_four_groups() {
    let q = parse_questions(lodestar::assets::REFLECTIVE_QUESTIONS).expect("parses");
    let ids: Vec<&str> = q.iter().map(|q| q.id.as_str()).collect();
    assert_eq!(ids, ["energy", "good-work", "people", "next-step"]);
    assert!(
        q.iter()
            .all(|q| !q.question.is_empty() && !q.prompts.is_empty())
    );
}

#[test]
fn every_builtin_list_has_a_ladder_from_technician_to_supervisor() {
    let set = CatalogSet::builtin();
    for c in &set.catalogs {
        let names: Vec<&str> = c.roles.iter().map(|r| r.name.as_str()).collect();
        assert_eq!(
            names,
            ["Technician", "Senior technician", "Team lead", "Supervisor"],
            "{}",
            c.id
        );
        for skill in &c.skills {
            let levels: Vec<u8> = c
                .roles
                .iter()
                .map(|r| r.expects.get(&skill.id).map_or(0, |l| l.get()))
                .collect();
            assert!(
                levels.iter().all(|l| *l >= 1),
                "{}: {} has a role without it",
                c.id,
                skill.id
            );
            assert!(
                levels.windows(2).all(|w| w[0] <= w[1]),
                "{}: {} expects less higher up: {levels:?}",
                c.id,
                skill.id
            );
        }
        // A step up the ladder asks for more somewhere.
        for pair in c.roles.windows(2) {
            assert_ne!(
                pair[0].expects, pair[1].expects,
                "{}: {} = {}",
                c.id, pair[0].name, pair[1].name
            );
        }
    }
}
