//! The content check of the built-in lists: what a coach can lean on (five
//! levels with examples from two workplaces, enough strategies and open
//! prompts), plain words (Flesch reading ease), short sentences, and our
//! own words (no run of eight words shared with the seed articles).

use lodestar::model::{Catalog, Skill, Workplace};

/// Words a closed (yes/no) question starts with.
const YES_NO: [&str; 27] = [
    "is", "are", "am", "do", "does", "did", "can", "could", "will", "would", "should", "shall",
    "have", "has", "had", "was", "were", "may", "might", "must", "isn't", "aren't", "don't",
    "doesn't", "didn't", "can't", "won't",
];

/// The workplaces every skill has examples from.
const WORKPLACES: [Workplace; 6] = [
    Workplace::It,
    Workplace::FieldService,
    Workplace::Lab,
    Workplace::Healthcare,
    Workplace::Manufacturing,
    Workplace::Utilities,
];

/// Lowercase words: runs of ASCII letters, digits and `'`.
pub fn words(text: &str) -> Vec<String> {
    text.to_lowercase()
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .map(str::to_owned)
        .collect()
}

/// The sentences of `text`, split after `.`, `!`, `?`, `;` or `:` before a
/// space or the end.
pub fn sentences(text: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut current = String::new();
    let chars: Vec<char> = text.chars().collect();
    for (i, c) in chars.iter().enumerate() {
        current.push(*c);
        let ends = matches!(c, '.' | '!' | '?' | ';' | ':')
            && chars.get(i + 1).is_none_or(|n| n.is_whitespace());
        if ends {
            out.push(std::mem::take(&mut current));
        }
    }
    out.push(current);
    let out: Vec<String> = out.into_iter().filter(|s| !words(s).is_empty()).collect();
    if out.is_empty() {
        vec![text.to_owned()]
    } else {
        out
    }
}

/// Syllables of an English word, counted the usual rough way: groups of
/// vowels, less a silent final e (and -es, -ed where they are silent).
pub fn syllables(word: &str) -> usize {
    let w = word.trim_matches('\'');
    let vowel = |c: char| "aeiouy".contains(c);
    let mut n = 0;
    let mut previous = false;
    for c in w.chars() {
        let v = vowel(c);
        if v && !previous {
            n += 1;
        }
        previous = v;
    }
    let ends = |s: &str| w.ends_with(s);
    if n > 1 && ends("e") && !ends("le") && !ends("ee") {
        n -= 1;
    }
    let sibilant = ["ses", "zes", "ces", "ges", "shes", "ches", "xes"];
    if n > 1 && ends("es") && !sibilant.iter().any(|s| ends(s)) {
        n -= 1;
    }
    if n > 1 && ends("ed") && !ends("ted") && !ends("ded") {
        n -= 1;
    }
    n.max(1)
}

/// Flesch reading ease of all `texts` together (60 and above is plain
/// English; 90 and above very easy).
pub fn flesch(texts: &[String]) -> f64 {
    let (mut w, mut s, mut y) = (0usize, 0usize, 0usize);
    for t in texts {
        let ws = words(t);
        w += ws.len();
        s += sentences(t).len();
        y += ws.iter().map(|x| syllables(x)).sum::<usize>();
    }
    #[expect(clippy::cast_precision_loss, reason = "small counts")]
    let (w, s, y) = (w.max(1) as f64, s.max(1) as f64, y as f64);
    206.835 - 1.015 * (w / s) - 84.6 * (y / w)
}

/// FNV-1a, 64 bits: how the seed runs are stored.
pub fn fnv(text: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in text.bytes() {
        h ^= u64::from(b);
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

/// The runs of eight words of the seed articles, as hashes (the articles
/// themselves are not in the repository).
pub fn seed_runs() -> std::collections::HashSet<u64> {
    include_str!("../fixtures/seed-8grams.txt")
        .lines()
        .filter(|l| !l.starts_with('#'))
        .filter_map(|l| u64::from_str_radix(l.trim(), 16).ok())
        .collect()
}

/// What is wrong with one text: a sentence over 30 words, or eight words
/// in a row taken from a seed article.
pub fn text_problems(text: &str, seeds: &std::collections::HashSet<u64>) -> Vec<String> {
    let mut problems = Vec::new();
    for s in sentences(text) {
        let n = words(&s).len();
        if n > 30 {
            problems.push(format!("a sentence of {n} words (30 at most): {s:?}"));
        }
    }
    let w = words(text);
    for run in w.windows(8) {
        if seeds.contains(&fnv(&run.join(" "))) {
            problems.push(format!("8 words from a seed article: {:?}", run.join(" ")));
        }
    }
    problems
}

/// Why `prompt` is not an open question, if it is not.
pub fn prompt_problem(prompt: &str) -> Option<String> {
    let first = words(prompt).into_iter().next().unwrap_or_default();
    if !prompt.trim_end().ends_with('?') {
        Some(format!("a prompt that is not a question: {prompt:?}"))
    } else if YES_NO.contains(&first.as_str()) {
        Some(format!("a yes/no prompt: {prompt:?}"))
    } else {
        None
    }
}

/// What a coach would miss in `skill`.
pub fn skill_problems(skill: &Skill) -> Vec<String> {
    let mut problems = Vec::new();
    if skill.summary.is_empty() || skill.summary.chars().count() > 200 {
        problems.push("a summary of 1 to 200 characters".to_owned());
    }
    if skill.keywords.len() < 5 {
        problems.push("at least 5 keywords".to_owned());
    }
    if skill.levels.len() != 5 {
        problems.push(format!("{} levels, not 5", skill.levels.len()));
    }
    let mut seen = Vec::new();
    for (i, level) in skill.levels.iter().enumerate() {
        if words(&level.text).len() < 9 {
            problems.push(format!("level {}: under 9 words", i + 1));
        }
        let places: Vec<Workplace> = level.examples.iter().map(|e| e.workplace).collect();
        if places.len() != 2 || places[0] == places[1] || places.contains(&Workplace::Other) {
            problems.push(format!("level {}: two examples from two workplaces", i + 1));
        }
        if level.examples.iter().any(|e| words(&e.text).len() < 5) {
            problems.push(format!("level {}: an example under 5 words", i + 1));
        }
        seen.extend(places);
    }
    let missing: Vec<String> = WORKPLACES
        .iter()
        .filter(|w| !seen.contains(w))
        .map(|w| w.label())
        .collect();
    if !missing.is_empty() && !skill.levels.is_empty() {
        problems.push(format!("no example from {}", missing.join(", ")));
    }
    if skill.strategies.len() < 4 {
        problems.push(format!("{} strategies, at least 4", skill.strategies.len()));
    }
    if skill.prompts.len() < 4 {
        problems.push(format!("{} prompts, at least 4", skill.prompts.len()));
    }
    problems.extend(skill.prompts.iter().filter_map(|p| prompt_problem(p)));
    let evidence = |p: &String| {
        let p = p.to_lowercase();
        p.contains("last month") || p.contains("last few weeks")
    };
    if !skill.prompts.iter().any(evidence) {
        problems.push("no prompt asks for evidence from the last month".to_owned());
    }
    problems
}

/// Every text of a list a person reads: summaries, levels, examples,
/// strategies and prompts.
pub fn texts(catalog: &Catalog) -> Vec<String> {
    let mut out = vec![catalog.description.clone()];
    for s in &catalog.skills {
        out.push(s.summary.clone());
        for l in &s.levels {
            out.push(l.text.clone());
            out.extend(l.examples.iter().map(|e| e.text.clone()));
        }
        out.extend(s.strategies.iter().cloned());
        out.extend(s.prompts.iter().cloned());
    }
    out
}
