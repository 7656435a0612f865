//! The company knowledge base (`data/companies.toml`): canonical companies and their aliases.
//!
//! Loads and validates the data file (duplicate ids or aliases, unknown parents, bad slugs are
//! errors naming the file and line). It never looks at article text: matching names in text
//! is `mentions`' job.

use std::collections::{HashMap, HashSet};
use std::path::PathBuf;

use serde::Deserialize;
use toml::Spanned;

use crate::error::Error;
use crate::model::{Company, CompanyKind, SectorLabel};

const COMPANIES_TOML: &str = include_str!("../data/companies.toml");
const COMPANIES_PATH: &str = "crates/corpus/data/companies.toml";

/// Known companies, loaded from the data file.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub companies: Vec<Company>,
    /// `(alias, company id)` pairs that name the company only when the article has already
    /// named it in full (a bare `국방부` after `미 국방부`).
    pub short_aliases: Vec<(String, String)>,
    /// The sector tags companies may carry, with their labels, sorted by id.
    pub sectors: Vec<SectorLabel>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawFile {
    #[serde(default)]
    company: Vec<RawCompany>,
    #[serde(default)]
    sector: Vec<RawSector>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSector {
    id: Spanned<String>,
    ko: String,
    en: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawCompany {
    id: Spanned<String>,
    name: String,
    ko: Option<String>,
    #[serde(default)]
    aliases: Vec<String>,
    #[serde(default)]
    short: Vec<String>,
    #[serde(default)]
    kind: CompanyKind,
    country: Option<String>,
    #[serde(default)]
    sectors: Vec<String>,
    parent: Option<String>,
}

impl KnowledgeBase {
    /// The knowledge base shipped with the crate.
    pub fn builtin() -> Result<Self, Error> {
        Self::from_toml(COMPANIES_TOML, COMPANIES_PATH)
    }

    /// Parses and validates a knowledge base; `path` only labels errors.
    pub fn from_toml(text: &str, path: &str) -> Result<Self, Error> {
        let data_err = |line: usize, message: String| Error::Data {
            path: PathBuf::from(path),
            line,
            message,
        };
        let raw: RawFile = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(0, |s| line_of(text, s.start));
            data_err(line, e.message().to_string())
        })?;
        let mut kb = KnowledgeBase::default();
        for rs in raw.sector {
            let line = line_of(text, rs.id.span().start);
            let id = rs.id.into_inner();
            if !is_slug(&id) || rs.ko.trim().is_empty() || rs.en.trim().is_empty() {
                return Err(data_err(
                    line,
                    format!("sector `{id}`: the id must be a slug and both labels non-empty"),
                ));
            }
            if kb.sectors.iter().any(|s| s.id == id) {
                return Err(data_err(line, format!("duplicate sector `{id}`")));
            }
            kb.sectors.push(SectorLabel {
                id,
                ko: rs.ko,
                en: rs.en,
            });
        }
        kb.sectors.sort_by(|a, b| a.id.cmp(&b.id));
        let mut lines: HashMap<String, usize> = HashMap::new();
        let mut alias_owner: HashMap<String, String> = HashMap::new();
        for rc in raw.company {
            let line = line_of(text, rc.id.span().start);
            let id = rc.id.into_inner();
            if !is_slug(&id) {
                return Err(data_err(
                    line,
                    format!("id `{id}` is not a slug (a-z, 0-9, -)"),
                ));
            }
            if let Some(first) = lines.insert(id.clone(), line) {
                return Err(data_err(
                    line,
                    format!("duplicate id `{id}` (first on line {first})"),
                ));
            }
            if let Some(c) = &rc.country {
                if c.len() != 2 || !c.chars().all(|ch| ch.is_ascii_uppercase()) {
                    return Err(data_err(
                        line,
                        format!("`{id}`: country `{c}` is not ISO alpha-2"),
                    ));
                }
            }
            if let Some(tag) = rc.sectors.iter().find(|t| kb.sector(t).is_none()) {
                return Err(data_err(
                    line,
                    format!("`{id}`: sector `{tag}` is not in the `sector` table"),
                ));
            }
            let mut own: HashSet<String> = HashSet::new();
            let surfaces = std::iter::once(&rc.name)
                .chain(rc.ko.iter())
                .chain(rc.aliases.iter());
            for s in surfaces {
                let key = alias_key(s);
                if key.is_empty() {
                    return Err(data_err(line, format!("`{id}`: empty name or alias")));
                }
                if !own.insert(key.clone()) {
                    continue;
                }
                if let Some(other) = alias_owner.insert(key, id.clone()) {
                    return Err(data_err(
                        line,
                        format!("`{id}`: alias `{s}` already names `{other}`"),
                    ));
                }
            }
            for s in &rc.short {
                kb.short_aliases.push((s.clone(), id.clone()));
            }
            let mut aliases: Vec<String> = Vec::new();
            for a in rc.aliases {
                if a != rc.name && Some(&a) != rc.ko.as_ref() && !aliases.contains(&a) {
                    aliases.push(a);
                }
            }
            kb.companies.push(Company {
                id,
                name: rc.name,
                name_ko: rc.ko,
                aliases,
                kind: rc.kind,
                country: rc.country,
                sectors: rc.sectors,
                parent: rc.parent,
                known: true,
            });
        }
        for c in &kb.companies {
            if let Some(p) = &c.parent {
                if !lines.contains_key(p) || p == &c.id {
                    let line = lines.get(&c.id).copied().unwrap_or(0);
                    return Err(data_err(line, format!("`{}`: unknown parent `{p}`", c.id)));
                }
            }
        }
        for (alias, id) in &kb.short_aliases {
            if !lines.contains_key(id) {
                return Err(data_err(
                    0,
                    format!("short alias `{alias}` of unknown `{id}`"),
                ));
            }
        }
        Ok(kb)
    }

    /// The label of a declared sector tag.
    pub fn sector(&self, id: &str) -> Option<&SectorLabel> {
        SectorLabel::find(&self.sectors, id)
    }

    /// The company with this id.
    pub fn get(&self, id: &str) -> Option<&Company> {
        self.companies.iter().find(|c| c.id == id)
    }
}

/// True for outlets (sector `media`): sources of news, never parties to a deal.
pub fn is_media(company: &Company) -> bool {
    company.sectors.iter().any(|s| s == "media")
}

/// The key under which aliases must be unique: ASCII lower case, no spaces.
pub fn alias_key(s: &str) -> String {
    s.chars()
        .filter(|c| !c.is_whitespace())
        .map(|c| c.to_ascii_lowercase())
        .collect()
}

fn is_slug(s: &str) -> bool {
    !s.is_empty()
        && !s.starts_with('-')
        && !s.ends_with('-')
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn line_of(text: &str, byte: usize) -> usize {
    text.get(..byte).map_or(0, |t| t.matches('\n').count() + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_loads_broadly() {
        let kb = KnowledgeBase::builtin().unwrap();
        assert!(kb.companies.len() >= 150, "{}", kb.companies.len());
        let kt_cloud = kb.get("kt-cloud").unwrap();
        assert_eq!(kt_cloud.parent.as_deref(), Some("kt"));
        assert_eq!(kb.get("aws").unwrap().parent.as_deref(), Some("amazon"));
        assert!(kb
            .get("microsoft")
            .unwrap()
            .aliases
            .contains(&"MS".to_string()));
        assert!(is_media(kb.get("wsj").unwrap()));
        assert_eq!(kb.get("us-dod").unwrap().kind, CompanyKind::Government);
    }

    #[test]
    fn every_builtin_sector_has_both_labels() {
        let kb = KnowledgeBase::builtin().unwrap();
        assert!(
            kb.sectors.windows(2).all(|w| w[0].id < w[1].id),
            "sorted by id"
        );
        for c in &kb.companies {
            for tag in &c.sectors {
                let label = kb.sector(tag).unwrap_or_else(|| panic!("{}: {tag}", c.id));
                assert!(!label.ko.is_empty() && !label.en.is_empty(), "{tag}");
            }
        }
        assert_eq!(kb.sector("cloud").map(|s| s.ko.as_str()), Some("클라우드"));
        assert_eq!(
            kb.sector("it-services").map(|s| s.en.as_str()),
            Some("IT services")
        );
    }

    #[test]
    fn undeclared_and_duplicate_sectors_are_errors_with_the_line() {
        let text = "company = [\n{ id = \"a\", name = \"A\" },\n{ id = \"b\", name = \"B\", sectors = [\"cloud\", \"spice\"] },\n]\nsector = [\n{ id = \"cloud\", ko = \"클라우드\", en = \"Cloud\" },\n]\n";
        let (line, msg) = err_line(text);
        assert_eq!(line, 3);
        assert!(msg.contains("`b`") && msg.contains("spice"), "{msg}");
        let text = "sector = [\n{ id = \"cloud\", ko = \"클라우드\", en = \"Cloud\" },\n{ id = \"cloud\", ko = \"구름\", en = \"Cloud\" },\n]\n";
        let (line, msg) = err_line(text);
        assert_eq!(line, 3);
        assert!(msg.contains("duplicate sector `cloud`"), "{msg}");
        let text = "sector = [\n{ id = \"cloud\", ko = \"\", en = \"Cloud\" },\n]\n";
        assert_eq!(err_line(text).0, 2);
    }

    fn err_line(text: &str) -> (usize, String) {
        match KnowledgeBase::from_toml(text, "x.toml") {
            Err(Error::Data { line, message, .. }) => (line, message),
            other => panic!("expected a data error, got {other:?}"),
        }
    }

    #[test]
    fn duplicate_ids_are_errors_with_the_line() {
        let text = "company = [\n{ id = \"a\", name = \"A\" },\n{ id = \"a\", name = \"B\" },\n]\n";
        let (line, msg) = err_line(text);
        assert_eq!(line, 3);
        assert!(msg.contains("duplicate id"), "{msg}");
    }

    #[test]
    fn duplicate_aliases_across_companies_are_errors() {
        let text = "company = [\n{ id = \"a\", name = \"Alpha\", aliases = [\"AB\"] },\n{ id = \"b\", name = \"Beta\", aliases = [\"ab\"] },\n]\n";
        let (line, msg) = err_line(text);
        assert_eq!(line, 3);
        assert!(msg.contains("already names"), "{msg}");
    }

    #[test]
    fn unknown_parent_and_bad_fields_are_errors() {
        let (_, msg) = err_line("company = [{ id = \"a\", name = \"A\", parent = \"zz\" }]");
        assert!(msg.contains("unknown parent"), "{msg}");
        let (_, msg) = err_line("company = [{ id = \"A B\", name = \"A\" }]");
        assert!(msg.contains("slug"), "{msg}");
        let (_, msg) = err_line("company = [{ id = \"a\", name = \"A\", colour = 1 }]");
        assert!(msg.contains("colour"), "{msg}");
    }
}
