//! Reading a directory of articles (`*.txt`, plus an optional `catalog.toml`) into [`Article`]s.
//!
//! Steps per file: [`decode`] (bytes → text) → [`normalize`] (NFKC, `\n`) → [`clean`]
//! (boilerplate and bylines out, noted) → [`sentences`] → metadata from the catalog, else
//! derived from the text ([`title`], [`byline`]). Nothing here knows any particular article:
//! every rule is generic and its vocabulary is data under `data/`. Never panics on input;
//! everything is linear in the size of the input.
//!
//! # Malformed input
//!
//! | case | decision |
//! | --- | --- |
//! | invalid UTF-8 | `Error::Data` naming the file and the line of the first bad byte; the build stops (no guessing of EUC-KR) |
//! | NUL bytes (binary junk, UTF-16 without BOM) | `Error::Data` naming the file and line; the build stops |
//! | UTF-8 BOM | stripped silently (noted on the article) |
//! | UTF-16 LE/BE with BOM | decoded, article kept, warning asking for UTF-8 |
//! | invalid UTF-16 (unpaired surrogate) | `Error::Data` naming file and line |
//! | empty or whitespace-only file | warning, skipped |
//! | file with only boilerplate (empty after cleaning) | warning, skipped |
//! | non-`.txt` file | warning, ignored (silently: `catalog.toml`, `README*`, dot files, directories) |
//! | file name that is not UTF-8 | warning, skipped |
//! | catalog entry without a file | warning naming the catalog line |
//! | catalog syntax error, non-string value, bad date | `Error::Data` with the catalog line |
//! | catalog unknown key | warning |
//! | same cleaned text under two names | warning; the first id (in sort order) is kept, the second skipped |
//! | unreadable file or directory | `Error::Io` naming the path |

pub mod byline;
pub mod catalog;
pub mod clean;
pub mod decode;
pub mod normalize;
pub mod sentences;
pub mod title;

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use crate::error::{Error, Warning};
use crate::model::{Article, Field, Provenance};

/// The sidecar file with per-article metadata.
pub const CATALOG_FILE: &str = "catalog.toml";

/// Articles read from a directory, with the warnings raised on the way.
#[derive(Debug, Default)]
pub struct Ingested {
    /// Sorted by id.
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
}

/// What a directory entry is to the reader.
enum Kind {
    Article(String),
    Catalog,
    Quiet,
    Other,
}

fn kind_of(path: &Path) -> Kind {
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    if path.is_dir() || name.starts_with('.') {
        return Kind::Quiet;
    }
    if name == CATALOG_FILE {
        return Kind::Catalog;
    }
    if name.to_ascii_lowercase().starts_with("readme") {
        return Kind::Quiet;
    }
    match (
        path.extension().and_then(|e| e.to_str()),
        path.file_stem().and_then(|s| s.to_str()),
    ) {
        (Some("txt"), Some(stem)) if !stem.is_empty() => Kind::Article(stem.to_string()),
        _ => Kind::Other,
    }
}

fn warn(path: &Path, line: Option<usize>, message: impl Into<String>) -> Warning {
    Warning {
        path: path.to_path_buf(),
        line,
        message: message.into(),
    }
}

/// Reads every `*.txt` in `dir` (and `catalog.toml` if present). See the module doc for what
/// happens to malformed input.
pub fn read_dir(dir: &Path) -> Result<Ingested, Error> {
    let io = |path: &Path| {
        let path = path.to_path_buf();
        move |source| Error::Io { path, source }
    };
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(io(dir))?
        .map(|e| e.map(|e| e.path()))
        .collect::<Result<_, _>>()
        .map_err(io(dir))?;
    paths.sort();
    let mut warnings = Vec::new();
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    let mut catalog = Default::default();
    for path in paths {
        match kind_of(&path) {
            Kind::Article(id) => files.push((id, path)),
            Kind::Catalog => {
                let src = std::fs::read(&path).map_err(io(&path))?;
                let src = decode::decode(&src).map_err(|e| Error::Data {
                    path: path.clone(),
                    line: e.line(),
                    message: e.to_string(),
                })?;
                let (entries, w) = catalog::parse(&path, &src.text)?;
                catalog = entries;
                warnings.extend(w);
            }
            Kind::Quiet => {}
            Kind::Other => {
                let message = if path.extension().is_some_and(|e| e == "txt") {
                    "ignored: the file name is not valid UTF-8"
                } else {
                    "ignored: not a .txt article"
                };
                warnings.push(warn(&path, None, message));
            }
        }
    }
    let mut articles: Vec<Article> = Vec::new();
    let mut seen: HashMap<String, String> = HashMap::new();
    for (id, path) in &files {
        let bytes = std::fs::read(path).map_err(io(path))?;
        let decoded = decode::decode(&bytes).map_err(|e| Error::Data {
            path: path.clone(),
            line: e.line(),
            message: e.to_string(),
        })?;
        if decoded.text.trim().is_empty() {
            warnings.push(warn(path, None, "empty file skipped"));
            continue;
        }
        if let Some(note) = decoded.note.as_deref().filter(|n| n.contains("UTF-16")) {
            warnings.push(warn(
                path,
                None,
                format!("{note}; please save articles as UTF-8"),
            ));
        }
        let mut article = article_from_text(id, &decoded.text);
        if let Some(note) = decoded.note {
            article.notes.insert(0, note);
        }
        if article.text.is_empty() {
            warnings.push(warn(path, None, "nothing but boilerplate: skipped"));
            continue;
        }
        if let Some(first) = seen.get(&article.text) {
            warnings.push(warn(
                path,
                None,
                format!("same text as article `{first}`: skipped (the first is kept)"),
            ));
            continue;
        }
        seen.insert(article.text.clone(), id.clone());
        if let Some(entry) = catalog.get(id) {
            apply_catalog(&mut article, entry);
        }
        articles.push(article);
    }
    let catalog_path = dir.join(CATALOG_FILE);
    let file_ids: HashSet<&str> = files.iter().map(|(f, _)| f.as_str()).collect();
    for (id, entry) in &catalog {
        if !file_ids.contains(id.as_str()) {
            warnings.push(warn(
                &catalog_path,
                Some(entry.line),
                format!("catalog entry `{id}` has no file {id}.txt"),
            ));
        }
    }
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(Ingested { articles, warnings })
}

/// Catalog values win over derived ones and are marked [`Provenance::Catalog`].
fn apply_catalog(article: &mut Article, entry: &catalog::Entry) {
    let fields = [
        (&mut article.title, &entry.title),
        (&mut article.outlet, &entry.outlet),
        (&mut article.reporter, &entry.reporter),
        (&mut article.date, &entry.date),
        (&mut article.url, &entry.url),
    ];
    for (field, value) in fields {
        if let Some(v) = value {
            *field = Field {
                value: Some(v.clone()),
                source: Provenance::Catalog,
            };
        }
    }
}

fn derived(value: Option<String>) -> Field {
    let source = if value.is_some() {
        Provenance::Derived
    } else {
        Provenance::Missing
    };
    Field { value, source }
}

/// Builds an article from raw text (normalising, cleaning, bylines, sentences), without a
/// catalog: every metadata field is [`Provenance::Derived`] or [`Provenance::Missing`].
pub fn article_from_text(id: &str, raw: &str) -> Article {
    let normal = normalize::normalize(raw);
    let cleaned = clean::clean(&normal);
    let sentences = sentences::split(&cleaned.text);
    let title = title::derive(&cleaned.text, &sentences);
    let b = cleaned.byline;
    Article {
        id: id.to_string(),
        title: derived(title),
        outlet: derived(b.outlet),
        reporter: derived(b.reporter),
        date: derived(b.date),
        url: derived(b.url),
        text: cleaned.text,
        sentences,
        notes: cleaned.notes,
    }
}
