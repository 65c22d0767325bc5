//! The feedback form a coach sends to a technician's colleagues: one HTML
//! file that opens from an email attachment in any current browser, with
//! no internet and nothing from outside (its style and script are inside
//! it, and its content security policy allows nothing else: no network, no
//! other script, not even one that slipped into a name).
//!
//! Every text from the profile or the list is escaped here; the script
//! only reads the choices and saves them as an answer file (see
//! `model::feedback`).

use std::fmt::Write as _;

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD as BASE64;
use sha2::{Digest as _, Sha256};

use super::esc;
use crate::model::catalog::slug;
use crate::model::feedback::{FeedbackRequest, MAX_EXAMPLE_CHARS};
use crate::model::profile::MAX_NAME_CHARS;
use crate::model::{Catalog, Level, Profile, SkillId};

const SCRIPT: &str = include_str!("../../assets/feedback/form.js");
const STYLE: &str = include_str!("../../assets/feedback/form.css");

/// The policy that lets only this page's own style and script run.
fn content_policy() -> String {
    let hash = |text: &str| BASE64.encode(Sha256::digest(text.as_bytes()));
    format!(
        "default-src 'none'; style-src 'sha256-{}'; script-src 'sha256-{}'; img-src data:; form-action 'none'; base-uri 'none'",
        hash(STYLE),
        hash(SCRIPT)
    )
}

/// The name of the answer file the form saves ("feedback-answers-sam.json").
#[must_use]
pub fn answer_file_name(profile: &Profile) -> String {
    let first = profile.name.split_whitespace().next().unwrap_or("");
    format!("feedback-answers-{}.json", slug(first, "colleague"))
}

/// The form for `request` on `profile`'s colleagues, as one HTML page.
#[must_use]
pub fn form(profile: &Profile, catalog: &Catalog, request: &FeedbackRequest) -> String {
    let name = format!("<span dir=\"auto\">{}</span>", esc(&profile.name));
    let coach = if profile.coach.trim().is_empty() {
        esc(&crate::t!("form-their-coach"))
    } else {
        format!("<span dir=\"auto\">{}</span>", esc(&profile.coach))
    };
    let them = [("name", name.as_str()), ("coach", coach.as_str())];
    let mut out = String::with_capacity(16_384);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"{policy}\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta name=\"referrer\" content=\"no-referrer\">\n\
         <title>{title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n<main>\n\
         <h1>{heading}</h1>\n<p>{intro}</p>\n<p class=\"note\">{privacy}</p>\n",
        lang = crate::i18n::current().tag(),
        title = esc(&crate::t!("form-title", name = profile.name.clone())),
        heading = html_t("form-title", &them),
        intro = html_t("form-intro", &them),
        privacy = html_t("form-privacy", &them),
        policy = content_policy(),
    );
    let _ = writeln!(
        out,
        "<form id=\"feedback\" data-profile=\"{}\" data-request=\"{}\" data-key=\"{}\" data-file=\"{}\">",
        esc(profile.id.as_str()),
        request.id.0,
        esc(&request.key),
        esc(&answer_file_name(profile)),
    );
    for (i, id) in request.skills.iter().enumerate() {
        skill_fieldset(&mut out, catalog, request, i, id);
    }
    let saved_as = [
        ("file", "<strong id=\"file-name\"></strong>"),
        ("coach", coach.as_str()),
    ];
    let request_id = request.id.0.to_string();
    let _ = write!(
        out,
        "<p><label class=\"example\" for=\"signed\">{your_name}</label>\n\
         <input type=\"text\" id=\"signed\" maxlength=\"{MAX_NAME_CHARS}\" autocomplete=\"name\" dir=\"auto\"></p>\n\
         <p class=\"muted\">{name_note}</p>\n\
         <p><button type=\"submit\">{save}</button></p>\n\
         <p id=\"saved\" class=\"status ok\" tabindex=\"-1\" role=\"status\" hidden>{saved}</p>\n\
         <p id=\"empty\" class=\"status warn\" tabindex=\"-1\" role=\"alert\" hidden>{empty}</p>\n\
         </form>\n\
         <footer class=\"muted\">{footer}</footer>\n\
         </main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n",
        your_name = esc(&crate::t!("form-your-name")),
        name_note = html_t("form-name-note", &them),
        save = esc(&crate::t!("form-save")),
        saved = html_t("form-saved", &saved_as),
        empty = esc(&crate::t!("form-empty")),
        footer = html_t("form-footer", &[("id", &request_id)]),
    );
    out
}

/// A message as HTML: its words escaped, each placeholder replaced by the
/// HTML given for it (already escaped, e.g. a name in a `dir="auto"` span).
fn html_t(id: &str, args: &[(&str, &str)]) -> String {
    let token = |key: &str| format!("\u{E000}{key}\u{E001}");
    let mut fluent = crate::i18n::FluentArgs::new();
    for (key, _) in args {
        fluent.set(*key, token(key));
    }
    let mut html = esc(&crate::i18n::text(id, Some(&fluent)));
    for (key, value) in args {
        html = html.replace(&token(key), value);
    }
    html
}

/// One skill: its name and summary, a choice of level (each with what it
/// looks like for this skill) or "haven't seen", and an example.
fn skill_fieldset(
    out: &mut String,
    catalog: &Catalog,
    request: &FeedbackRequest,
    i: usize,
    id: &SkillId,
) {
    let skill = catalog.skill(id);
    let name = skill.map_or(id.as_str(), |s| s.name.as_str());
    let _ = write!(
        out,
        "<fieldset data-skill=\"{}\">\n<legend><h2>{}</h2></legend>\n",
        esc(id.as_str()),
        esc(name)
    );
    if let Some(summary) = skill.map(|s| s.summary.trim()).filter(|s| !s.is_empty()) {
        let _ = writeln!(out, "<p class=\"summary muted\">{}</p>", esc(summary));
    }
    for n in 1..=request.levels {
        let Some(level) = Level::new(n) else { continue };
        let (title, text) = if catalog.scale.contains(level) {
            let meaning = skill.map_or_else(
                || catalog.scale.meaning(level).to_owned(),
                |s| s.level_meaning(&catalog.scale, level).to_owned(),
            );
            (catalog.scale.numbered(level), meaning)
        } else {
            (n.to_string(), String::new())
        };
        let _ = writeln!(
            out,
            "<label class=\"level\"><input type=\"radio\" name=\"s{i}\" value=\"{n}\">\
             <span><span class=\"level-name\">{}</span><span class=\"level-text\">{}</span></span></label>",
            esc(&title),
            esc(&text)
        );
    }
    let _ = write!(
        out,
        "<label class=\"level\"><input type=\"radio\" name=\"s{i}\" value=\"unseen\">\
         <span><span class=\"level-name\">{}</span></span></label>\n\
         <label class=\"example\" for=\"x{i}\">{}</label>\n\
         <textarea id=\"x{i}\" maxlength=\"{MAX_EXAMPLE_CHARS}\" dir=\"auto\" \
         placeholder=\"{}\"></textarea>\n</fieldset>\n",
        esc(&crate::t!("form-not-seen")),
        esc(&crate::t!("form-example")),
        esc(&crate::t!("form-example-hint"))
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::ProfileId;
    use jiff::civil::date;

    fn setup(name: &str) -> (Profile, Catalog, FeedbackRequest) {
        let catalog = crate::store::CatalogSet::builtin().catalogs[0].clone();
        let profile = Profile::new(ProfileId::parse("p-1").expect("id"), name).expect("name");
        let request = FeedbackRequest::new(&catalog, date(2026, 12, 1));
        (profile, catalog, request)
    }

    #[test]
    fn every_skill_and_level_is_on_the_form() {
        let (profile, catalog, request) = setup("Sam Rivera");
        let html = form(&profile, &catalog, &request);
        for s in &catalog.skills {
            assert!(html.contains(&format!("data-skill=\"{}\"", s.id.as_str())));
        }
        let radios = html.matches("type=\"radio\"").count();
        assert_eq!(
            radios,
            catalog.skills.len() * (usize::from(catalog.scale.len()) + 1)
        );
        assert!(html.contains(&format!("data-request=\"{}\"", request.id.0)));
        assert!(html.contains("feedback-answers-sam.json"));
    }

    #[test]
    fn names_are_text_and_nothing_outside_may_load() {
        let (profile, catalog, request) =
            setup("<script>alert(1)</script> \"Bo\" & <img src=x onerror=alert(2)>");
        let html = form(&profile, &catalog, &request);
        assert!(!html.contains("<script>alert"));
        assert!(!html.contains("<img"));
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert_eq!(html.matches("<script>").count(), 1, "only the form's own");
        assert!(!html.contains("http://") && !html.contains("https://"));
        assert!(html.contains("default-src 'none'"));
    }
}
