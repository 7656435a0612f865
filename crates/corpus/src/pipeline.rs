//! The whole build-time pipeline: a directory of articles → a [`Dataset`].
//!
//! ingest → knowledge base → mentions per article → discovered companies merged by id →
//! deals per article (tentative discoveries that are no deal party dropped) → one dataset, every list sorted so the output is deterministic. This
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
    // The gazetteer (an Aho-Corasick automaton over every name) is built once for all articles.
    let gazetteer = crate::mentions::gazetteer::Gazetteer::from_kb(kb);
    let mut found: Vec<_> = articles
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
    let renamed = korean_only_duplicates(&all, &known);
    for (from, to) in &renamed {
        if let Some(c) = all.remove(from) {
            if let Some(into) = all.get_mut(to) {
                merge_company(into, &c);
            }
        }
    }
    if !renamed.is_empty() {
        let rename = |id: &mut String| {
            if let Some(to) = renamed.get(id.as_str()) {
                id.clone_from(to);
            }
        };
        for f in &mut found {
            f.mentions.iter_mut().for_each(|m| rename(&mut m.company));
            f.tentative.iter_mut().for_each(&rename);
            f.discovered.iter_mut().for_each(|c| rename(&mut c.id));
            f.people
                .iter_mut()
                .filter_map(|p| p.company.as_mut())
                .for_each(&rename);
        }
    }
    let companies_list: Vec<Company> = all.values().cloned().collect();
    let by_id = crate::deals::companies_by_id(&companies_list);

    let mut deals = Vec::new();
    let mut mentions = Vec::new();
    let mut people = Vec::new();
    for (article, f) in articles.iter().zip(&found) {
        let found_deals = crate::deals::extract_deals_with(article, &f.mentions, &by_id);
        // A tentative discovery (weak cue only) stays only as a deal party.
        let parties: BTreeSet<&str> = found_deals.iter().flat_map(|d| d.party_ids()).collect();
        let dropped = |id: &str| f.tentative.iter().any(|t| t == id) && !parties.contains(id);
        mentions.extend(f.mentions.iter().filter(|m| !dropped(&m.company)).cloned());
        people.extend(f.people.iter().cloned().map(|mut p| {
            if p.company.as_deref().is_some_and(dropped) {
                p.company = None;
            }
            p
        }));
        deals.extend(found_deals);
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
    let companies: Vec<Company> = wanted
        .iter()
        .filter_map(|id| all.get(id).cloned())
        .collect();

    let used: BTreeSet<&str> = companies
        .iter()
        .flat_map(|c| c.sectors.iter().map(String::as_str))
        .collect();
    let sectors = kb
        .sectors
        .iter()
        .filter(|s| used.contains(s.id.as_str()))
        .cloned()
        .collect();
    let mut dataset = Dataset {
        articles,
        companies,
        deals,
        mentions,
        people,
        layout: Vec::new(),
        sectors,
    };
    dataset.layout = crate::layout::layout(&dataset);
    dataset
}

/// Discovered companies known only by their Korean name (the id is that name) where another
/// discovery has the same Korean name under a glossed id (`한결넷테크` in one article,
/// `한결넷테크(Hangyeol Net Tech)` → `hangyeol-net-tech` in another): Korean-only id → the
/// glossed one. A Korean name shared by two glossed ids is ambiguous and left alone.
fn korean_only_duplicates(
    all: &BTreeMap<String, Company>,
    known: &BTreeSet<String>,
) -> BTreeMap<String, String> {
    let mut glossed: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for c in all.values().filter(|c| !known.contains(&c.id)) {
        if let Some(ko) = c.name_ko.as_deref().filter(|ko| *ko != c.id) {
            glossed.entry(ko).or_default().push(&c.id);
        }
    }
    all.values()
        .filter(|c| !known.contains(&c.id) && c.name_ko.as_deref() == Some(c.id.as_str()))
        .filter_map(|c| match glossed.get(c.id.as_str()).map(Vec::as_slice) {
            Some([one]) => Some((c.id.clone(), (*one).to_string())),
            _ => None,
        })
        .collect()
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
    fn a_company_found_by_its_korean_name_alone_joins_its_glossed_self() {
        // Glossed in one article; in the other only its suffix marks it (a Korean-only id).
        let arts = vec![
            article_from_text(
                "a",
                "KT는 한결넷랩스(Hangyeol Net Labs)와 클라우드 협력 계약을 맺었다.",
            ),
            article_from_text("b", "네이버는 한결넷랩스에 100억원을 투자했다."),
        ];
        let kb = KnowledgeBase::builtin().expect("the built-in knowledge base loads");
        let ds = build_from_articles(arts, &kb);
        let ids: Vec<&str> = ds
            .companies
            .iter()
            .map(|c| c.id.as_str())
            .filter(|id| id.contains("한결") || id.contains("hangyeol"))
            .collect();
        assert_eq!(ids, ["hangyeol-net-labs"]);
        let parties: Vec<Vec<&str>> = ds
            .deals
            .iter()
            .map(|d| {
                d.party_ids()
                    .filter(|p| p.contains("hangyeol") || p.contains("한결"))
                    .collect()
            })
            .collect();
        assert_eq!(parties, [["hangyeol-net-labs"], ["hangyeol-net-labs"]]);
    }

    #[test]
    fn the_dataset_labels_exactly_the_sectors_its_companies_carry() {
        let arts = vec![article_from_text(
            "a",
            "KT는 마이크로소프트와 클라우드 협력 계약을 맺었다.",
        )];
        let kb = KnowledgeBase::builtin().expect("the built-in knowledge base loads");
        let ds = build_from_articles(arts, &kb);
        let mut carried: Vec<&str> = ds
            .companies
            .iter()
            .flat_map(|c| c.sectors.iter().map(String::as_str))
            .collect();
        carried.sort_unstable();
        carried.dedup();
        let labelled: Vec<&str> = ds.sectors.iter().map(|s| s.id.as_str()).collect();
        assert_eq!(labelled, carried);
        assert!(carried.contains(&"telecom"), "{carried:?}");
        use crate::view::Lang;
        assert_eq!(ds.sector_name("telecom", Lang::Ko), "통신");
        assert_eq!(ds.sector_name("telecom", Lang::En), "Telecom");
        assert_eq!(ds.sector_name("no-such-tag", Lang::Ko), "no-such-tag");
    }

    #[test]
    fn a_korean_name_under_two_glossed_ids_is_left_alone() {
        let company = |id: &str, ko: &str| Company {
            id: id.into(),
            name_ko: Some(ko.into()),
            ..Default::default()
        };
        let all: BTreeMap<String, Company> = [
            company("한결", "한결"),
            company("hangyeol-a", "한결"),
            company("hangyeol-b", "한결"),
            company("누리테크", "누리테크"),
            company("nuri-tech", "누리테크"),
        ]
        .into_iter()
        .map(|c| (c.id.clone(), c))
        .collect();
        let renamed = korean_only_duplicates(&all, &BTreeSet::new());
        assert_eq!(
            renamed.into_iter().collect::<Vec<_>>(),
            [("누리테크".to_string(), "nuri-tech".to_string())]
        );
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
