//! Typed text finds its skill in every language: each language's own
//! stemmer, stop words and (French) elisions, against the built-in list in
//! that language. Phrases a technician would type, and some that must
//! find nothing.

use lodestar::i18n::Lang;
use lodestar::model::Catalog;
use lodestar::model::matching::Matcher;

/// The default list in `tag`, and a matcher with that language's words.
fn matcher(tag: &str) -> (Lang, Matcher) {
    let lang = Lang::find(tag).unwrap_or_else(|| panic!("Lodestar speaks {tag}"));
    let (_, text) = lodestar::assets::catalogs(lang)
        .into_iter()
        .find(|(name, _)| *name == "recommended.json")
        .expect("the default list");
    let catalog: Catalog = serde_json::from_str(text).expect("the list reads");
    (lang, Matcher::new_in(&catalog, lang))
}

/// Every phrase suggests its skill first; every stranger suggests nothing.
fn check(tag: &str, phrases: &[(&str, &str)], strangers: &[&str]) {
    let (_, m) = matcher(tag);
    let mut wrong = Vec::new();
    for (text, skill) in phrases {
        let got = m.suggest(text);
        match got.first() {
            Some(s) if s.skill.as_str() == *skill => {}
            other => wrong.push(format!(
                "{tag}: \"{text}\" should suggest {skill}, suggests {:?}",
                other.map(|s| (s.skill.as_str().to_owned(), s.percent(), s.because.clone()))
            )),
        }
    }
    for text in strangers {
        let got = m.suggest(text);
        if let Some(s) = got.first() {
            wrong.push(format!(
                "{tag}: \"{text}\" should suggest nothing, suggests {} ({}%, because \"{}\")",
                s.skill.as_str(),
                s.percent(),
                s.because
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn german() {
    check(
        "de",
        &[
            ("Kommunikation mit Kunden", "communication"),
            ("Kundenkommunikation", "communication"),
            ("komplizierte Dinge einfach erklären", "communication"),
            ("Zeitmanagement", "prioritizing"),
            ("Prioritäten setzen", "prioritizing"),
            ("Feedback geben", "performance-management"),
            ("Aufgaben delegieren", "managing-vs-leading"),
            ("andere begeistern", "inspiring-influencing"),
            ("ruhig bleiben unter Druck", "emotional-intelligence"),
            ("das große Ganze sehen", "bigger-picture"),
            ("Abläufe verbessern", "operational-excellence"),
            ("Zeitmanagment", "prioritizing"),
        ],
        &[
            "Gabelstaplerschein",
            "Hydraulikfehler finden",
            "Fußball am Wochenende",
            "Lötkolben",
            "Excel-Makros",
        ],
    );
}

#[test]
fn french() {
    check(
        "fr",
        &[
            ("communication avec les clients", "communication"),
            ("expliquer simplement", "communication"),
            ("gestion du temps", "prioritizing"),
            ("fixer des priorités", "prioritizing"),
            ("donner du feedback", "performance-management"),
            ("déléguer les tâches", "managing-vs-leading"),
            ("motiver l'équipe", "inspiring-influencing"),
            ("rester calme sous pression", "emotional-intelligence"),
            ("améliorer les processus", "operational-excellence"),
            ("prendre de la hauteur", "bigger-picture"),
            ("comunication avec les clients", "communication"),
        ],
        &[
            "permis cariste",
            "soudure à l'arc",
            "football le week-end",
            "réparer les pannes hydrauliques",
            "macros Excel",
        ],
    );
}

#[test]
fn spanish() {
    check(
        "es",
        &[
            ("comunicación con clientes", "communication"),
            ("explicar las cosas claro", "communication"),
            ("gestión del tiempo", "prioritizing"),
            ("priorizar tareas", "prioritizing"),
            ("dar feedback", "performance-management"),
            ("delegar tareas", "managing-vs-leading"),
            ("motivar al equipo", "inspiring-influencing"),
            ("mantener la calma bajo presión", "emotional-intelligence"),
            ("mejorar los procesos", "operational-excellence"),
            ("ver el panorama general", "bigger-picture"),
            ("gestion del tiempo", "prioritizing"),
        ],
        &[
            "carnet de carretillero",
            "soldadura por arco",
            "fútbol los domingos",
            "reparar fallos hidráulicos",
            "macros de Excel",
        ],
    );
}

#[test]
fn brazilian_portuguese() {
    check(
        "pt-BR",
        &[
            ("comunicação com clientes", "communication"),
            ("explicar de forma simples", "communication"),
            ("gestão do tempo", "prioritizing"),
            ("definir prioridades", "prioritizing"),
            ("dar feedback", "performance-management"),
            ("delegar tarefas", "managing-vs-leading"),
            ("motivar a equipe", "inspiring-influencing"),
            ("manter a calma sob pressão", "emotional-intelligence"),
            ("melhorar processos", "operational-excellence"),
            ("visão do todo", "bigger-picture"),
            ("comunicacao com clientes", "communication"),
        ],
        &[
            "carteira de empilhadeira",
            "solda elétrica",
            "futebol no fim de semana",
            "consertar falhas hidráulicas",
            "macros no Excel",
        ],
    );
}

/// English keeps its own tuned stemmer and stop words.
#[test]
fn english_stays_as_it_was() {
    check(
        "en",
        &[
            ("talking to customers", "communication"),
            ("time management", "prioritizing"),
            ("giving feedback", "performance-management"),
            ("delegating", "managing-vs-leading"),
        ],
        &["forklift licence", "fixing hydraulic faults"],
    );
}
