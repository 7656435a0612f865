//! The whole build-time pipeline: a directory of articles → a [`Dataset`].
//!
//! ingest → knowledge base → mentions per article → discovered companies merged by id →
//! deals per article → one dataset, every list sorted so the output is deterministic. This
//! module only wires the steps together: it never inspects article text itself.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::error::{Error, Warning};
use crate::kb::KnowledgeBase;
use crate::model::{Article, Company, Dataset};

/// Builds the dataset for the articles in `dir`, with the warnings raised on the way.
pub fn build(dir: &Path) -> Result<(Dataset, Vec<Warning>), Error> {
    let ingested = crate::ingest::read_dir(dir)?;
    let kb = KnowledgeBase::builtin()?;
    Ok((
        build_from_articles(ingested.articles, &kb),
        ingested.warnings,
    ))
}

/// Builds a dataset from articles already read (tests, other front ends).
pub fn build_from_articles(mut articles: Vec<Article>, kb: &KnowledgeBase) -> Dataset {
    articles.sort_by(|a, b| a.id.cmp(&b.id));
    // One automaton for all articles: building it per article costs more than matching.
    let gazetteer = crate::mentions::gazetteer::Gazetteer::from_kb(kb);
    let found: Vec<_> = articles
        .iter()
        .map(|a| crate::mentions::find_with(&gazetteer, kb, a))
        .collect();

    // Every company the extraction may refer to: the knowledge base, then discoveries.
    let mut all: BTreeMap<String, Company> = BTreeMap::new();
    for c in &kb.companies {
        all.entry(c.id.clone()).or_insert_with(|| c.clone());
    }
    let known: BTreeSet<String> = all.keys().cloned().collect();
    for c in found.iter().flat_map(|f| &f.discovered) {
        if known.contains(&c.id) {
            continue;
        }
        match all.get_mut(&c.id) {
            Some(existing) => merge_company(existing, c),
            None => {
                all.insert(c.id.clone(), c.clone());
            }
        }
    }
    let companies_list: Vec<Company> = all.values().cloned().collect();

    let mut deals = Vec::new();
    let mut mentions = Vec::new();
    let mut people = Vec::new();
    for (article, f) in articles.iter().zip(&found) {
        deals.extend(crate::deals::extract_deals(
            article,
            &f.mentions,
            &companies_list,
        ));
        mentions.extend(f.mentions.iter().cloned());
        people.extend(f.people.iter().cloned());
    }
    deals.sort_by(|a, b| {
        (&a.article, a.evidence_span.start, &a.id).cmp(&(&b.article, b.evidence_span.start, &b.id))
    });
    mentions.sort_by(|a, b| {
        (&a.article, a.span.start, &a.company).cmp(&(&b.article, b.span.start, &b.company))
    });
    people.sort_by(|a, b| (&a.article, a.span.start).cmp(&(&b.article, b.span.start)));

    // Companies mentioned or party to a deal, plus their parents (transitively).
    let mut wanted: BTreeSet<String> = mentions.iter().map(|m| m.company.clone()).collect();
    wanted.extend(deals.iter().flat_map(|d| d.party_ids().map(str::to_string)));
    let mut queue: Vec<String> = wanted.iter().cloned().collect();
    while let Some(id) = queue.pop() {
        if let Some(parent) = all.get(&id).and_then(|c| c.parent.clone()) {
            if wanted.insert(parent.clone()) {
                queue.push(parent);
            }
        }
    }
    let companies = wanted
        .iter()
        .filter_map(|id| all.get(id).cloned())
        .collect();

    Dataset {
        articles,
        companies,
        deals,
        mentions,
        people,
    }
}

/// The same discovered company seen in two articles: keep the first, add what it lacks.
fn merge_company(into: &mut Company, other: &Company) {
    for alias in &other.aliases {
        if !into.aliases.contains(alias) {
            into.aliases.push(alias.clone());
        }
    }
    for sector in &other.sectors {
        if !into.sectors.contains(sector) {
            into.sectors.push(sector.clone());
        }
    }
    into.name_ko = into.name_ko.take().or_else(|| other.name_ko.clone());
    into.country = into.country.take().or_else(|| other.country.clone());
    into.parent = into.parent.take().or_else(|| other.parent.clone());
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::article_from_text;

    #[test]
    fn articles_are_sorted_and_kept() {
        let arts = vec![
            article_from_text("b", "둘째 기사다."),
            article_from_text("a", "첫째 기사다."),
        ];
        let ds = build_from_articles(arts, &KnowledgeBase::default());
        let ids: Vec<&str> = ds.articles.iter().map(|a| a.id.as_str()).collect();
        assert_eq!(ids, ["a", "b"]);
    }

    #[test]
    fn merging_discovered_companies_unions_aliases() {
        let mut a = Company {
            id: "x".into(),
            aliases: vec!["X1".into()],
            ..Default::default()
        };
        let b = Company {
            id: "x".into(),
            aliases: vec!["X1".into(), "X2".into()],
            country: Some("KR".into()),
            ..Default::default()
        };
        merge_company(&mut a, &b);
        assert_eq!(a.aliases, ["X1", "X2"]);
        assert_eq!(a.country.as_deref(), Some("KR"));
    }
}
