//! The desktop app. For now a first window that lists the profiles and shows
//! each one's comparison; the full checklist workflow grows here screen by
//! screen (one file per screen).

use anyhow::Result;

use crate::model::{Catalog, Comparison, Profile, compare};
use crate::store::{CatalogSet, Store};

/// Opens the main window and runs until it is closed.
///
/// # Errors
/// When no window can be opened (no display, no graphics driver).
pub fn run(store: Store) -> Result<()> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Lodestar")
            .with_inner_size([1024.0, 720.0])
            .with_min_inner_size([640.0, 480.0]),
        ..Default::default()
    };
    eframe::run_native(
        "Lodestar",
        options,
        Box::new(|_cc| Ok(Box::new(LodestarApp::new(store)))),
    )
    .map_err(|e| anyhow::anyhow!("Could not open the Lodestar window: {e}"))
}

/// The app state.
pub struct LodestarApp {
    store: Store,
    catalogs: CatalogSet,
    profiles: Vec<crate::store::ProfileSummary>,
    problems: Vec<String>,
    open: Option<(Profile, Comparison)>,
}

impl LodestarApp {
    #[must_use]
    pub fn new(store: Store) -> Self {
        let listing = store.list();
        let catalogs = store.catalogs();
        let mut problems: Vec<String> = listing.problems.iter().map(ToString::to_string).collect();
        problems.extend(catalogs.problems.iter().map(ToString::to_string));
        Self {
            store,
            catalogs,
            profiles: listing.profiles,
            problems,
            open: None,
        }
    }

    fn catalog_for(&self, profile: &Profile) -> Option<&Catalog> {
        self.catalogs.for_profile(&profile.catalog).map(|(c, _)| c)
    }

    fn select(&mut self, index: usize) {
        let Some(summary) = self.profiles.get(index) else {
            return;
        };
        match self.store.open_profile(&summary.id) {
            Ok(handle) => {
                let profile = handle.profile;
                let cmp = self
                    .catalog_for(&profile)
                    .map(|c| compare(&profile.have, &profile.want, c))
                    .unwrap_or_default();
                self.open = Some((profile, cmp));
            }
            Err(e) => self.problems.push(e.to_string()),
        }
    }
}

impl eframe::App for LodestarApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let mut clicked = None;
        egui::Panel::left("profiles")
            .default_size(240.0)
            .show(ui, |ui| {
                ui.heading("Profiles");
                for (i, p) in self.profiles.iter().enumerate() {
                    let selected = self.open.as_ref().is_some_and(|(o, _)| o.id == p.id);
                    if ui.selectable_label(selected, &p.name).clicked() {
                        clicked = Some(i);
                    }
                }
            });
        if let Some(i) = clicked {
            self.select(i);
        }
        egui::CentralPanel::default().show(ui, |ui| {
            for problem in &self.problems {
                ui.colored_label(ui.visuals().error_fg_color, problem);
            }
            match &self.open {
                None => {
                    ui.label("Choose a profile on the left.");
                }
                Some((profile, cmp)) => {
                    ui.heading(&profile.name);
                    ui.label(cmp.summary());
                    if let Some(catalog) = self.catalog_for(profile) {
                        for (title, skills) in [
                            ("Strengths", &cmp.strengths),
                            ("Deepen", &cmp.deepen),
                            ("On the right track", &cmp.right_track),
                            ("Worth talking about", &cmp.blind_spots),
                        ] {
                            ui.strong(title);
                            for s in skills {
                                ui.label(catalog.skill(s).map_or(s.as_str(), |k| k.name.as_str()));
                            }
                        }
                    }
                }
            }
        });
    }
}
