//! Every text a person reads, in their language, through Fluent: the
//! messages are in `assets/i18n/<tag>/lodestar.ftl`, one folder per
//! language (the build embeds whatever folders are there), with
//! placeholders and the language's own plural rules. English is the
//! reference: a message another language lacks is said in English.
//!
//! The language in use is one setting for the whole program, changed at
//! once ([`set`]); code asks for a text by its id with [`t!`](crate::t).
//! This module uses nothing else of Lodestar, so every layer may use it.

use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::{FluentArgs, FluentValue};

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

/// A language Lodestar speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Lang(usize);

impl Lang {
    /// The reference language, always there.
    pub const ENGLISH: Lang = Lang(0);

    /// Every language, English first.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGES.len()).map(Lang)
    }

    /// Its tag: "en", "de", "pt-BR".
    #[must_use]
    pub fn tag(self) -> &'static str {
        LANGUAGES.get(self.0).map_or("en", |(tag, _)| tag)
    }

    /// Its place in [`Lang::all`], from 0 (English).
    #[must_use]
    pub fn index(self) -> usize {
        self.0
    }

    /// Its name in its own words ("Deutsch"), for the language menu.
    #[must_use]
    pub fn name(self) -> String {
        text_in(self, "language-name", None)
    }

    /// The language for a tag as systems and people write it ("de",
    /// "de-AT", "de_DE.UTF-8", "pt-BR", "pt", "EN"): the whole tag first,
    /// then its language alone.
    #[must_use]
    pub fn find(tag: &str) -> Option<Lang> {
        let tag = tag
            .split(['.', '@'])
            .next()
            .unwrap_or(tag)
            .replace('_', "-")
            .to_ascii_lowercase();
        let language = tag.split('-').next().unwrap_or(&tag).to_owned();
        let by = |wanted: &str| Lang::all().find(|l| l.tag().eq_ignore_ascii_case(wanted));
        by(&tag).or_else(|| by(&language)).or_else(|| {
            // "pt" means the one Portuguese there is.
            Lang::all().find(|l| l.tag().to_ascii_lowercase().split('-').next() == Some(&language))
        })
    }
}

static CURRENT: AtomicUsize = AtomicUsize::new(0);

/// Speaks `lang` from now on (the next frame shows it).
pub fn set(lang: Lang) {
    CURRENT.store(lang.0, Ordering::Relaxed);
}

/// The language in use.
#[must_use]
pub fn current() -> Lang {
    Lang(
        CURRENT
            .load(Ordering::Relaxed)
            .min(LANGUAGES.len().saturating_sub(1)),
    )
}

/// The first of the system's languages Lodestar speaks, else English.
#[must_use]
pub fn from_system() -> Lang {
    sys_locale::get_locales()
        .find_map(|l| Lang::find(&l))
        .unwrap_or(Lang::ENGLISH)
}

fn bundles() -> &'static [FluentBundle<FluentResource>] {
    static BUNDLES: OnceLock<Vec<FluentBundle<FluentResource>>> = OnceLock::new();
    BUNDLES.get_or_init(|| {
        LANGUAGES
            .iter()
            .map(|(tag, ftl)| {
                let id = tag.parse().unwrap_or_default();
                let mut bundle = FluentBundle::new_concurrent(vec![id]);
                // egui draws no bidi marks; names keep their own order.
                bundle.set_use_isolating(false);
                let resource = FluentResource::try_new((*ftl).to_owned()).unwrap_or_else(
                    |(partial, errors)| {
                        log::error!("assets/i18n/{tag}: {} message(s) unreadable", errors.len());
                        partial
                    },
                );
                if let Err(errors) = bundle.add_resource(resource) {
                    log::error!("assets/i18n/{tag}: {errors:?}");
                }
                bundle
            })
            .collect()
    })
}

/// The text `id` in the language in use, with `args` filled in.
#[must_use]
pub fn text(id: &str, args: Option<&FluentArgs<'_>>) -> String {
    text_in(current(), id, args)
}

/// The text `id` in `lang` (in English where `lang` lacks it; the id
/// itself, logged, where English lacks it too).
#[must_use]
pub fn text_in(lang: Lang, id: &str, args: Option<&FluentArgs<'_>>) -> String {
    let bundles = bundles();
    for l in [lang, Lang::ENGLISH] {
        let Some(bundle) = bundles.get(l.0) else {
            continue;
        };
        if let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            let out = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                log::warn!("text {id} in {}: {errors:?}", l.tag());
            }
            return out.into_owned();
        }
    }
    log::warn!("no text {id}");
    id.to_owned()
}

/// The day of the week of `date`, in the language in use ("Monday").
#[must_use]
pub fn weekday(date: jiff::civil::Date) -> String {
    use jiff::civil::Weekday;
    text(
        match date.weekday() {
            Weekday::Monday => "weekday-monday",
            Weekday::Tuesday => "weekday-tuesday",
            Weekday::Wednesday => "weekday-wednesday",
            Weekday::Thursday => "weekday-thursday",
            Weekday::Friday => "weekday-friday",
            Weekday::Saturday => "weekday-saturday",
            Weekday::Sunday => "weekday-sunday",
        },
        None,
    )
}

/// A date in the language's own short form: "2026-11-30" in English,
/// "30.11.2026" in German.
#[must_use]
pub fn date(date: jiff::civil::Date) -> String {
    date_in(current(), date)
}

/// [`date`] in `lang`.
#[must_use]
pub fn date_in(lang: Lang, date: jiff::civil::Date) -> String {
    let mut args = FluentArgs::new();
    // As text: a number would be formatted ("2,026").
    args.set("year", date.year().to_string());
    args.set("month", format!("{:02}", date.month()));
    args.set("day", format!("{:02}", date.day()));
    text_in(lang, "date", Some(&args))
}

/// A number with `digits` decimals, with the language's decimal mark
/// ("3.5" in English, "3,5" in German).
#[must_use]
pub fn decimal(value: f64, digits: usize) -> String {
    let plain = format!("{value:.digits$}");
    let mark = text("decimal-mark", None);
    if mark == "." {
        plain
    } else {
        plain.replace('.', &mark)
    }
}

/// A text by its id, in the language in use: `t!("bar-undo")`, or with
/// placeholders, `t!("status-to-settle", n = 3)`.
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::text($id, None)
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::FluentValue::from($value)); )+
        $crate::i18n::text($id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_is_first_and_found_by_any_spelling() {
        assert_eq!(Lang::ENGLISH.tag(), "en");
        for tag in ["en", "EN", "en-GB", "en_US.UTF-8", "en@euro"] {
            assert_eq!(Lang::find(tag), Some(Lang::ENGLISH), "{tag}");
        }
        assert_eq!(Lang::find("zz-ZZ"), None);
        assert_eq!(Lang::find(""), None);
    }

    #[test]
    fn texts_fill_placeholders_and_follow_plural_rules() {
        assert_eq!(text_in(Lang::ENGLISH, "bar-undo", None), "Undo");
        let mut args = FluentArgs::new();
        args.set("n", 1);
        assert_eq!(
            text_in(Lang::ENGLISH, "status-to-settle", Some(&args)),
            "1 change made on both computers to settle"
        );
        args.set("n", 4);
        assert_eq!(
            text_in(Lang::ENGLISH, "status-to-settle", Some(&args)),
            "4 changes made on both computers to settle"
        );
        assert_eq!(text_in(Lang::ENGLISH, "no-such-text", None), "no-such-text");
        assert_eq!(
            date_in(Lang::ENGLISH, jiff::civil::date(2026, 3, 7)),
            "2026-03-07"
        );
        assert_eq!(
            crate::t!("status-read-only", reason = "open elsewhere"),
            "Read-only: open elsewhere."
        );
    }
}
