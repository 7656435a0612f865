//! The start-up path (decode the embedded core, `Index::from_core` with the build's
//! precomputed facts, strings stored once) shows exactly what an index computed from the
//! dataset alone shows, on the seed corpus, a synthetic corpus and awkward hand-made data.

mod filter_fixture;
mod index_fingerprint;

use std::collections::HashMap;

use corpus::filter::Index;
use corpus::model::{Dataset, Party};
use corpus::split::{decode_core, encode_core, split, Core, Derived};

/// The browser's way: split, encode, decode, index.
fn browser_index(dataset: &Dataset) -> (Index, usize) {
    let core = split(dataset.clone()).expect("split").core;
    let bytes = encode_core(&core).expect("encode");
    let decoded = decode_core(&bytes).expect("decode");
    assert_eq!(decoded, core, "a decoded core equals the encoded one");
    (Index::from_core(decoded), bytes.len())
}

/// The core with its precomputed facts replaced, so `from_core` must derive or check them.
fn index_with(dataset: &Dataset, derived: Derived) -> Index {
    let core = split(dataset.clone()).expect("split").core;
    Index::from_core(Core { derived, ..core })
}

/// Precomputed facts that fit in length but point at the wrong things.
fn wrong_facts(dataset: &Dataset) -> Derived {
    let right = Derived::of(dataset);
    Derived {
        deal_evidence: vec![0; right.deal_evidence.len()],
        deal_article: right
            .deal_article
            .iter()
            .map(|a| a.wrapping_add(1))
            .collect(),
        party_company: right.party_company.iter().rev().copied().collect(),
    }
}

fn assert_same_everywhere(dataset: &Dataset) {
    let (browser, _) = browser_index(dataset);
    let extra = index_fingerprint::extra_views(&browser);
    let want = index_fingerprint::fingerprint(&browser, &extra);
    let others = [
        ("Index::new", Index::new(dataset.clone())),
        (
            "no precomputed facts",
            index_with(dataset, Derived::default()),
        ),
        (
            "wrong precomputed facts",
            index_with(dataset, wrong_facts(dataset)),
        ),
    ];
    for (name, index) in others {
        let got = index_fingerprint::fingerprint(&index, &extra);
        if got != want {
            let line = want
                .lines()
                .zip(got.lines())
                .find(|(a, b)| a != b)
                .map(|(a, b)| format!("\n  browser: {a}\n  {name}: {b}"))
                .unwrap_or_default();
            panic!("{name} differs from the browser's index{line}");
        }
    }
    assert_matches_reference(&browser, dataset);
}

/// Lookups and per-company facts against a plain computation from the dataset.
fn assert_matches_reference(index: &Index, ds: &Dataset) {
    let mut companies: HashMap<&str, u32> = HashMap::new();
    for (i, c) in ds.companies.iter().enumerate() {
        companies.entry(c.id.as_str()).or_insert(i as u32);
    }
    for (i, c) in ds.companies.iter().enumerate() {
        assert_eq!(
            index.company_index(&c.id),
            companies.get(c.id.as_str()).copied()
        );
        let first = ds.companies.iter().position(|x| x.id == c.id);
        assert_eq!(index.company_index(&c.id), first.map(|p| p as u32), "{i}");
    }
    for a in &ds.articles {
        let first = ds.articles.iter().position(|x| x.id == a.id);
        assert_eq!(index.article_index(&a.id), first.map(|p| p as u32));
    }
    let mut partners: HashMap<u32, HashMap<u32, u32>> = HashMap::new();
    for (d, deal) in ds.deals.iter().enumerate() {
        let first = ds.deals.iter().position(|x| x.id == deal.id);
        assert_eq!(index.deal_index(&deal.id), first.map(|p| p as u32));
        let mut parties: Vec<u32> = deal
            .party_ids()
            .filter_map(|p| companies.get(p).copied())
            .collect();
        parties.sort_unstable();
        parties.dedup();
        assert_eq!(
            index.deal_parties(d as u32),
            parties.as_slice(),
            "{}",
            deal.id
        );
        for &p in &parties {
            for &o in parties.iter().filter(|o| **o != p) {
                *partners.entry(p).or_default().entry(o).or_default() += 1;
            }
        }
    }
    for (i, c) in ds.companies.iter().enumerate() {
        if companies.get(c.id.as_str()) != Some(&(i as u32)) {
            continue;
        }
        let mut got = index.partners_of(&c.id);
        got.sort_unstable();
        let mut want: Vec<(u32, u32)> = partners
            .get(&(i as u32))
            .map(|m| m.iter().map(|(&o, &n)| (o, n)).collect())
            .unwrap_or_default();
        want.sort_unstable();
        assert_eq!(got, want, "partners of {}", c.id);
    }
    for p in index
        .partners_of(ds.companies.first().map_or("", |c| c.id.as_str()))
        .windows(2)
    {
        assert!(p[0].1 >= p[1].1, "most deals together first");
    }
}

#[test]
fn seed_corpus_indexes_the_same_every_way() {
    let seeds = std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    let (dataset, _) = corpus::pipeline::build(&seeds).expect("seed corpus");
    assert!(!dataset.deals.is_empty());
    assert_same_everywhere(&dataset);
}

#[test]
fn synthetic_corpus_indexes_the_same_every_way() {
    let dataset = corpus::synthetic::dataset(400);
    assert!(dataset.deals.len() > 500);
    assert_same_everywhere(&dataset);
}

#[test]
fn fixture_indexes_the_same_every_way() {
    let ds = filter_fixture::dataset();
    assert_same_everywhere(&ds);
    let (browser, _) = browser_index(&ds);
    let fixture = filter_fixture::index();
    assert_eq!(
        index_fingerprint::fingerprint(&fixture, &[]),
        index_fingerprint::fingerprint(&browser, &[])
    );
}

#[test]
fn awkward_data_indexes_the_same_every_way() {
    // Unsorted and repeated ids, parties that are no company, deals of no article, evidence
    // repeated, empty and differing only in case.
    let mut ds = filter_fixture::dataset();
    ds.companies.reverse();
    ds.articles.reverse();
    if let Some(c) = ds.companies.first().cloned() {
        ds.companies.push(c);
    }
    if let Some(a) = ds.articles.last().cloned() {
        ds.articles.insert(0, a);
    }
    let base = ds.deals.clone();
    for (i, mut deal) in base.into_iter().enumerate() {
        deal.id = format!("x{i}");
        deal.evidence = match i % 4 {
            0 => String::new(),
            1 => deal.evidence.to_uppercase(),
            _ => deal.evidence,
        };
        if i % 3 == 0 {
            deal.article = "no-such-article".into();
        }
        if i % 2 == 0 {
            deal.parties.push(Party {
                company: "ghost".into(),
                role: None,
            });
        }
        ds.deals.push(deal);
    }
    assert_same_everywhere(&ds);
}

#[test]
fn each_string_is_stored_once_in_the_encoded_core() {
    let dataset = corpus::synthetic::dataset(400);
    let (_, bytes) = browser_index(&dataset);
    let core = split(dataset).expect("split").core;
    // The same core with every string written out: the wire form must be smaller.
    let plain = postcard_len(&core.dataset) + postcard_len(&core.text);
    assert!(bytes < plain, "{bytes} >= {plain}");
}

fn postcard_len<T: serde::Serialize>(value: &T) -> usize {
    postcard::to_allocvec(value).map_or(0, |b| b.len())
}
