//! Facet counts: how many deals each facet value would give, given every other facet.
//!
//! Fed one deal at a time by `filter` with the set of facets the deal fails; a deal failing
//! exactly one facet counts towards that facet's values only. Never looks at deals itself.

use std::collections::BTreeMap;

use crate::model::{DealKind, DealStatus};
use crate::view::{Facet, ViewState};

use super::bit;
use super::index::{DealRow, Index};

/// One value of a facet with its count and whether the view selects or excludes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FacetValue {
    /// The id as used in the URL: company id, kind id, status id, country code, sector,
    /// year (`2024`) or article id.
    pub id: String,
    /// Deals this value gives together with every other facet of the view.
    pub count: u32,
    pub selected: bool,
    pub excluded: bool,
}

/// Every facet's values: counts above zero plus selected or excluded values, sorted by count
/// (highest first) then id.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Facets {
    pub company: Vec<FacetValue>,
    pub kind: Vec<FacetValue>,
    pub status: Vec<FacetValue>,
    pub country: Vec<FacetValue>,
    pub sector: Vec<FacetValue>,
    /// Years; `selected` marks years inside the view's from/to range.
    pub year: Vec<FacetValue>,
    pub article: Vec<FacetValue>,
}

/// Accumulates counts during the filter pass.
pub(crate) struct Counter {
    company: Vec<u32>,
    kind: [u32; DealKind::ALL.len()],
    status: [u32; DealStatus::ALL.len()],
    country: Vec<u32>,
    sector: Vec<u32>,
    year: BTreeMap<i32, u32>,
    article: Vec<u32>,
}

impl Counter {
    pub fn new(index: &Index) -> Counter {
        Counter {
            company: vec![0; index.companies.len()],
            kind: [0; DealKind::ALL.len()],
            status: [0; DealStatus::ALL.len()],
            country: vec![0; index.countries.len()],
            sector: vec![0; index.sectors.len()],
            year: BTreeMap::new(),
            article: vec![0; index.dataset().articles.len()],
        }
    }

    /// Counts a deal that passes the query and amount range and fails the facets in `failed`.
    pub fn add(&mut self, deal: &DealRow, failed: u8) {
        let counts_for = |facet: u8| failed & !facet == 0;
        if counts_for(bit::COMPANY) {
            bump_all(&mut self.company, &deal.parties);
        }
        if counts_for(bit::KIND) {
            self.kind[super::kind_position(deal.kind)] += 1;
        }
        if counts_for(bit::STATUS) {
            self.status[super::status_position(deal.status)] += 1;
        }
        if counts_for(bit::COUNTRY) {
            bump_all(&mut self.country, &deal.countries);
        }
        if counts_for(bit::SECTOR) {
            bump_all(&mut self.sector, &deal.sectors);
        }
        if counts_for(bit::YEAR) {
            if let Some(y) = deal.year {
                *self.year.entry(y).or_insert(0) += 1;
            }
        }
        if counts_for(bit::ARTICLE) {
            if let Some(a) = deal.article {
                bump_all(&mut self.article, &[a]);
            }
        }
    }

    pub fn finish(self, index: &Index, view: &ViewState) -> Facets {
        let ds = index.dataset();
        let company_ids = ds.companies.iter().map(|c| c.id.as_str());
        let article_ids = ds.articles.iter().map(|a| a.id.as_str());
        let kind_ids = DealKind::ALL.iter().map(|k| k.id());
        let status_ids = DealStatus::ALL.iter().map(|s| s.id());
        let kind_view = Facet {
            include: view
                .kind
                .include
                .iter()
                .map(|k| k.id().to_string())
                .collect(),
            exclude: view
                .kind
                .exclude
                .iter()
                .map(|k| k.id().to_string())
                .collect(),
        };
        let status_view = Facet {
            include: view
                .status
                .include
                .iter()
                .map(|s| s.id().to_string())
                .collect(),
            exclude: view
                .status
                .exclude
                .iter()
                .map(|s| s.id().to_string())
                .collect(),
        };
        Facets {
            company: values(company_ids, &self.company, &view.company),
            kind: values(kind_ids, &self.kind, &kind_view),
            status: values(status_ids, &self.status, &status_view),
            country: values(
                index.countries.iter().map(String::as_str),
                &self.country,
                &view.country,
            ),
            sector: values(
                index.sectors.iter().map(String::as_str),
                &self.sector,
                &view.sector,
            ),
            year: years(&self.year, view),
            article: values(article_ids, &self.article, &view.article),
        }
    }
}

fn bump_all(counts: &mut [u32], positions: &[u32]) {
    for p in positions {
        if let Some(n) = counts.get_mut(*p as usize) {
            *n += 1;
        }
    }
}

/// Values with a count, plus every selected or excluded value, sorted.
fn values<'a>(
    ids: impl Iterator<Item = &'a str>,
    counts: &[u32],
    selection: &Facet<String>,
) -> Vec<FacetValue> {
    let mut out: Vec<FacetValue> = Vec::new();
    for (id, &count) in ids.zip(counts) {
        let selected = selection.include.iter().any(|s| s == id);
        let excluded = selection.exclude.iter().any(|s| s == id);
        if count > 0 || selected || excluded {
            out.push(FacetValue {
                id: id.to_string(),
                count,
                selected,
                excluded,
            });
        }
    }
    for (list, selected) in [(&selection.include, true), (&selection.exclude, false)] {
        for id in list {
            if !out.iter().any(|v| &v.id == id) {
                out.push(FacetValue {
                    id: id.clone(),
                    count: 0,
                    selected,
                    excluded: !selected,
                });
            }
        }
    }
    sort_values(&mut out);
    out
}

fn years(counts: &BTreeMap<i32, u32>, view: &ViewState) -> Vec<FacetValue> {
    let in_range = |y: i32| {
        (view.from.is_some() || view.to.is_some())
            && view.from.is_none_or(|f| y >= f)
            && view.to.is_none_or(|t| y <= t)
    };
    let mut all: BTreeMap<i32, u32> = counts.clone();
    for y in [view.from, view.to].into_iter().flatten() {
        all.entry(y).or_insert(0);
    }
    let mut out: Vec<FacetValue> = all
        .into_iter()
        .map(|(y, count)| FacetValue {
            id: y.to_string(),
            count,
            selected: in_range(y),
            excluded: false,
        })
        .collect();
    sort_values(&mut out);
    out
}

fn sort_values(values: &mut [FacetValue]) {
    crate::sorting::sort_by(values, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id))
    });
}
