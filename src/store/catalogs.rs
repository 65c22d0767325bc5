//! The recommended lists available: the built-in ones, then the coach's own
//! from `<config>/catalogs/*.json`. A list that fails to load is reported
//! with its file and line; the others still load.

use std::fs;
use std::path::{Path, PathBuf};

use super::Store;
use super::error::{Result, StoreError};
use super::profile_file::write_atomic;
use crate::model::{Catalog, CatalogId};

/// A list that could not be loaded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CatalogProblem {
    pub file: PathBuf,
    pub line: Option<usize>,
    pub message: String,
}

impl std::fmt::Display for CatalogProblem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.line {
            Some(line) => write!(f, "{} (line {line}): {}", self.file.display(), self.message),
            None => write!(f, "{}: {}", self.file.display(), self.message),
        }
    }
}

/// Every usable list, built-in first, and the files that failed.
#[derive(Debug, Clone, Default)]
pub struct CatalogSet {
    pub catalogs: Vec<Catalog>,
    pub problems: Vec<CatalogProblem>,
    /// The file each own list was read from (its name need not be its id).
    pub files: std::collections::BTreeMap<CatalogId, PathBuf>,
}

impl CatalogSet {
    #[must_use]
    pub fn get(&self, id: &CatalogId) -> Option<&Catalog> {
        self.catalogs.iter().find(|c| &c.id == id)
    }

    /// The list a profile follows, or the default one when that list is
    /// gone (a coach's file removed); the bool says whether it fell back.
    #[must_use]
    pub fn for_profile(&self, id: &CatalogId) -> Option<(&Catalog, bool)> {
        self.get(id)
            .map(|c| (c, false))
            .or_else(|| {
                self.get(&CatalogId::default_recommended())
                    .map(|c| (c, true))
            })
            .or_else(|| self.catalogs.first().map(|c| (c, true)))
    }

    /// Only the built-in lists (no config directory involved), in the
    /// language in use.
    #[must_use]
    pub fn builtin() -> Self {
        let mut set = Self::default();
        for (name, text) in crate::assets::catalogs(crate::i18n::current()) {
            set.add_text(Path::new(name), text);
        }
        for catalog in &mut set.catalogs {
            for (i, role) in catalog.roles.iter_mut().enumerate() {
                role.also_named = role_names(&catalog.id, i).to_vec();
            }
        }
        set
    }

    fn add_text(&mut self, file: &Path, text: &str) {
        match parse_catalog(text) {
            Ok(catalog) => {
                if self.get(&catalog.id).is_some() {
                    self.problems.push(CatalogProblem {
                        file: file.to_path_buf(),
                        line: None,
                        message: crate::t!("catalog-id-taken", id = catalog.id.to_string()),
                    });
                } else {
                    self.files.insert(catalog.id.clone(), file.to_path_buf());
                    self.catalogs.push(catalog);
                }
            }
            Err((line, message)) => {
                self.problems.push(CatalogProblem {
                    file: file.to_path_buf(),
                    line,
                    message,
                });
            }
        }
    }
}

/// The names of role `index` of built-in list `id` in every language
/// (the lists have the same roles in the same order in each).
fn role_names(id: &CatalogId, index: usize) -> &'static [String] {
    /// Of each built-in list, by id: each role's names.
    type Names = std::collections::HashMap<CatalogId, Vec<Vec<String>>>;
    #[derive(serde::Deserialize)]
    struct Roles {
        id: CatalogId,
        #[serde(default)]
        roles: Vec<RoleName>,
    }
    #[derive(serde::Deserialize)]
    struct RoleName {
        name: String,
    }
    static NAMES: std::sync::OnceLock<Names> = std::sync::OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let mut names = Names::new();
        for lang in crate::i18n::Lang::all() {
            for (_, text) in crate::assets::catalogs(lang) {
                let Ok(list) = serde_json::from_str::<Roles>(text) else {
                    continue;
                };
                let of_list = names.entry(list.id).or_default();
                for (i, role) in list.roles.into_iter().enumerate() {
                    if of_list.len() <= i {
                        of_list.push(Vec::new());
                    }
                    if !of_list[i].contains(&role.name) {
                        of_list[i].push(role.name);
                    }
                }
            }
        }
        names
    });
    names
        .get(id)
        .and_then(|roles| roles.get(index))
        .map_or(&[], Vec::as_slice)
}

/// Parses and validates a catalog, giving the line of a syntax error.
fn parse_catalog(text: &str) -> std::result::Result<Catalog, (Option<usize>, String)> {
    let catalog: Catalog =
        serde_json::from_str(text).map_err(|e| (Some(e.line()), e.to_string()))?;
    catalog.validate().map_err(|e| (None, e.to_string()))?;
    Ok(catalog)
}

impl Store {
    /// The built-in lists and the coach's own.
    #[must_use]
    pub fn catalogs(&self) -> CatalogSet {
        let mut set = CatalogSet::builtin();
        let dir = self.catalogs_dir();
        let mut files: Vec<PathBuf> = match fs::read_dir(&dir) {
            Ok(d) => d
                .flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|e| e == "json"))
                .collect(),
            Err(e) => {
                set.problems.push(CatalogProblem {
                    file: dir,
                    line: None,
                    message: e.to_string(),
                });
                return set;
            }
        };
        files.sort();
        for file in files {
            match fs::read_to_string(&file) {
                Ok(text) => set.add_text(&file, &text),
                Err(e) => set.problems.push(CatalogProblem {
                    file,
                    line: None,
                    message: e.to_string(),
                }),
            }
        }
        set
    }

    /// Imports an organisation's competency framework from a spreadsheet
    /// (`.xlsx`, `.ods`) or CSV file into the config directory, its
    /// columns guessed from the headings (see `model::framework::guess`).
    /// `sheet` picks a sheet by name; by default the first with text.
    /// The list's id and title come from `title`, or the file name.
    ///
    /// # Errors
    /// When the file cannot be read, a cell or the mapping has a problem
    /// (named by sheet, row and column), or a list with the same id exists.
    /// Nothing is written then.
    pub fn import_catalog(
        &self,
        src: &Path,
        title: Option<&str>,
        sheet: Option<&str>,
        mapping: Option<&crate::model::framework::Mapping>,
    ) -> Result<Catalog> {
        use crate::model::framework;
        let tables = super::sheets::read_tables(src)?;
        let table = match sheet {
            Some(name) => tables.iter().find(|t| t.sheet == name).ok_or_else(|| {
                let names: Vec<String> =
                    tables.iter().map(|t| format!("\"{}\"", t.sheet)).collect();
                StoreError::Catalog {
                    file: src.to_path_buf(),
                    line: None,
                    message: format!("it has no sheet \"{name}\" (it has {})", names.join(", ")),
                }
            })?,
            None => &tables[0],
        };
        let guessed;
        let mapping = if let Some(m) = mapping {
            m
        } else {
            guessed = framework::guess(table);
            &guessed
        };
        let title = title.map_or_else(|| default_title(src), str::to_owned);
        let catalog =
            framework::build(table, mapping, &title).map_err(|e| StoreError::Catalog {
                file: src.to_path_buf(),
                line: None,
                message: e.to_string(),
            })?;
        self.add_catalog(&catalog)?;
        Ok(catalog)
    }

    /// Saves a new list in the config directory.
    ///
    /// # Errors
    /// A list with its id exists (built-in or own), or it cannot be written.
    pub fn add_catalog(&self, catalog: &Catalog) -> Result<()> {
        if self.catalogs().get(&catalog.id).is_some() {
            return Err(StoreError::CatalogExists(catalog.id.to_string()));
        }
        let dest = self.catalogs_dir().join(format!("{}.json", catalog.id));
        // A file of that name that did not load (broken, or holding
        // another id) is never written over.
        if dest.exists() {
            return Err(StoreError::CatalogExists(catalog.id.to_string()));
        }
        let mut json = serde_json::to_vec_pretty(&catalog).map_err(|e| StoreError::Catalog {
            file: dest.clone(),
            line: None,
            message: e.to_string(),
        })?;
        json.push(b'\n');
        write_atomic(&dest, &json)?;
        Ok(())
    }
}

impl Store {
    /// Whether `id` is one of the built-in lists (edited only as a copy).
    #[must_use]
    pub fn is_builtin_catalog(id: &CatalogId) -> bool {
        CatalogSet::builtin().get(id).is_some()
    }

    /// The file an own list lives in: where it was read from, else
    /// `<id>.json`.
    fn catalog_file(&self, id: &CatalogId) -> PathBuf {
        self.catalogs()
            .files
            .remove(id)
            .unwrap_or_else(|| self.catalogs_dir().join(format!("{id}.json")))
    }

    /// Saves an own list over its earlier version (checked first).
    ///
    /// # Errors
    /// A built-in list's id, a list that does not validate, a write error.
    pub fn save_catalog(&self, catalog: &Catalog) -> Result<()> {
        if Self::is_builtin_catalog(&catalog.id) {
            return Err(StoreError::CatalogExists(catalog.id.to_string()));
        }
        let dest = self.catalog_file(&catalog.id);
        catalog.validate().map_err(|e| StoreError::Catalog {
            file: dest.clone(),
            line: None,
            message: e.to_string(),
        })?;
        let mut json = serde_json::to_vec_pretty(&catalog).map_err(|e| StoreError::Catalog {
            file: dest.clone(),
            line: None,
            message: e.to_string(),
        })?;
        json.push(b'\n');
        write_atomic(&dest, &json)
    }

    /// Moves an own list to the trash folder (never deleted outright);
    /// returns where it went. Profiles that follow it fall back to the
    /// default list, and say so, until it is back.
    ///
    /// # Errors
    /// A built-in list, or the file cannot be moved.
    pub fn remove_catalog(&self, id: &CatalogId) -> Result<PathBuf> {
        if Self::is_builtin_catalog(id) {
            return Err(StoreError::CatalogExists(id.to_string()));
        }
        let from = self.catalog_file(id);
        let trash = self.root().join("trash");
        fs::create_dir_all(&trash).map_err(StoreError::io("create", &trash))?;
        let stamp = jiff::Timestamp::now().as_millisecond();
        let to = trash.join(format!("list-{id}-{stamp}.json"));
        fs::rename(&from, &to).map_err(StoreError::io("move", &from))?;
        Ok(to)
    }
}

/// "Acme framework" from `Acme_framework.xlsx`.
#[must_use]
pub fn default_title(src: &Path) -> String {
    src.file_stem()
        .map(|s| s.to_string_lossy().replace(['_', '-'], " "))
        .map(|s| s.trim().to_owned())
        .unwrap_or_default()
}
