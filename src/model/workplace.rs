//! Where a technician works. The built-in lists give each level of a skill
//! examples from different workplaces; the person's own workplace (set on
//! "About this person") puts its examples first.

use serde::{Deserialize, Serialize};

/// A kind of workplace technicians work in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Workplace {
    /// IT support, a service desk, infrastructure.
    It,
    FieldService,
    Lab,
    /// Hospital technical staff: biomedical engineering, imaging, sterile services.
    Healthcare,
    /// The factory floor and its maintenance.
    Manufacturing,
    /// Power, water and gas networks.
    Utilities,
    /// None of the above; no examples come first.
    Other,
}

impl Workplace {
    /// Every workplace, in the order offered to the person.
    pub const ALL: [Workplace; 7] = [
        Self::It,
        Self::FieldService,
        Self::Lab,
        Self::Healthcare,
        Self::Manufacturing,
        Self::Utilities,
        Self::Other,
    ];

    /// The name shown in a menu and before an example.
    #[must_use]
    pub fn label(self) -> String {
        self.label_in(crate::i18n::current())
    }

    /// [`Self::label`] in `lang`.
    #[must_use]
    pub fn label_in(self, lang: crate::i18n::Lang) -> String {
        let id = match self {
            Self::It => "workplace-it",
            Self::FieldService => "workplace-field-service",
            Self::Lab => "workplace-lab",
            Self::Healthcare => "workplace-healthcare",
            Self::Manufacturing => "workplace-manufacturing",
            Self::Utilities => "workplace-utilities",
            Self::Other => "workplace-other",
        };
        crate::i18n::text_in(lang, id, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_the_ones_the_lists_use() {
        let ids: Vec<String> = Workplace::ALL
            .iter()
            .map(|w| serde_json::to_string(w).expect("a workplace serializes"))
            .collect();
        assert_eq!(
            ids,
            [
                "\"it\"",
                "\"field-service\"",
                "\"lab\"",
                "\"healthcare\"",
                "\"manufacturing\"",
                "\"utilities\"",
                "\"other\""
            ]
        );
        let labels: std::collections::BTreeSet<_> =
            Workplace::ALL.iter().map(|w| w.label()).collect();
        assert_eq!(labels.len(), Workplace::ALL.len(), "labels are distinct");
    }
}
