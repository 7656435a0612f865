//! Facet counts: how many deals each facet value would give, given every other facet.
//!
//! Fed one deal at a time by `filter` with the set of facets the deal fails; a deal failing
//! exactly one facet counts towards that facet's values only. Never looks at deals itself.
//! The pass only counts, into arrays by value position ([`FacetCounts`]); values with their
//! ids are built on request, all of them ([`FacetCounts::all`]) or only the top ones a list
//! shows ([`FacetCounts::shown`]), so a keystroke does not build and sort thousands of them.

use std::cmp::Ordering;

use crate::model::{DealKind, DealStatus};
use crate::view::{Facet, ViewState};

use super::bit;
use super::index::Index;
use super::packed::{Lists, PackedDeal};

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
/// (highest first) then id (then dataset order).
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

/// The counts of one view, by value position, with the view's selection; turned into
/// [`Facets`] by [`FacetCounts::all`] or [`FacetCounts::shown`] with the same `Index`.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FacetCounts {
    company: Vec<u32>,
    kind: [u32; DealKind::ALL.len()],
    status: [u32; DealStatus::ALL.len()],
    country: Vec<u32>,
    sector: Vec<u32>,
    /// Per `Index::years` position.
    year: Vec<u32>,
    article: Vec<u32>,
    selection: Selection,
}

/// What the view selects, as ids (all that building the values needs of it).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Selection {
    company: Facet<String>,
    kind: Facet<String>,
    status: Facet<String>,
    country: Facet<String>,
    sector: Facet<String>,
    article: Facet<String>,
    from: Option<i32>,
    to: Option<i32>,
}

/// Accumulates counts during the filter pass.
pub(crate) struct Counter {
    counts: FacetCounts,
}

impl Counter {
    pub fn new(index: &Index) -> Counter {
        Counter {
            counts: FacetCounts {
                company: vec![0; index.companies.len()],
                kind: [0; DealKind::ALL.len()],
                status: [0; DealStatus::ALL.len()],
                country: vec![0; index.countries.len()],
                sector: vec![0; index.sectors.len()],
                year: vec![0; index.years.len()],
                article: vec![0; index.dataset().articles.len()],
                selection: Selection::default(),
            },
        }
    }

    /// Counts a deal that passes the query and amount range and fails the facets in `failed`;
    /// `lists` are the deal's.
    #[inline]
    pub fn add(&mut self, deal: &PackedDeal, lists: &Lists, failed: u8) {
        let c = &mut self.counts;
        let counts_for = |facet: u8| failed & !facet == 0;
        if counts_for(bit::COMPANY) {
            bump_all(&mut c.company, lists.parties);
        }
        if counts_for(bit::KIND) {
            c.kind[super::kind_position(deal.kind)] += 1;
        }
        if counts_for(bit::STATUS) {
            c.status[super::status_position(deal.status)] += 1;
        }
        if counts_for(bit::COUNTRY) {
            bump_all(&mut c.country, lists.countries);
        }
        if counts_for(bit::SECTOR) {
            bump_all(&mut c.sector, lists.sectors);
        }
        if counts_for(bit::YEAR) {
            bump_all(&mut c.year, &[deal.year_slot]);
        }
        if counts_for(bit::ARTICLE) {
            if let Some(a) = deal.article {
                bump_all(&mut c.article, &[a]);
            }
        }
    }

    /// The counts, with the view's selection kept for building values.
    pub fn finish(self, view: &ViewState) -> FacetCounts {
        FacetCounts {
            selection: Selection {
                company: view.company.clone(),
                kind: id_facet(&view.kind, DealKind::id),
                status: id_facet(&view.status, DealStatus::id),
                country: view.country.clone(),
                sector: view.sector.clone(),
                article: view.article.clone(),
                from: view.from,
                to: view.to,
            },
            ..self.counts
        }
    }
}

impl FacetCounts {
    /// Every value of every facet (counts above zero, selected, excluded), sorted. `index`
    /// must be the one the counts came from.
    pub fn all(&self, index: &Index) -> Facets {
        self.build(index, usize::MAX)
    }

    /// What a facet list shows: per facet the first `limit` values of [`FacetCounts::all`]
    /// plus every selected or excluded value, in the same order; years all.
    pub fn shown(&self, index: &Index, limit: usize) -> Facets {
        self.build(index, limit)
    }

    fn build(&self, index: &Index, limit: usize) -> Facets {
        let ds = index.dataset();
        let sel = &self.selection;
        let kind_ids = DealKind::ALL.iter().map(|k| k.id());
        let status_ids = DealStatus::ALL.iter().map(|s| s.id());
        Facets {
            company: values(
                ds.companies.iter().map(|c| c.id.as_str()),
                &self.company,
                &sel.company,
                limit,
            ),
            kind: values(kind_ids, &self.kind, &sel.kind, limit),
            status: values(status_ids, &self.status, &sel.status, limit),
            country: values(
                index.countries.iter().map(String::as_str),
                &self.country,
                &sel.country,
                limit,
            ),
            sector: values(
                index.sectors.iter().map(String::as_str),
                &self.sector,
                &sel.sector,
                limit,
            ),
            year: years(&index.years, &self.year, sel),
            article: values(
                ds.articles.iter().map(|a| a.id.as_str()),
                &self.article,
                &sel.article,
                limit,
            ),
        }
    }
}

/// A facet of enum values as their URL ids.
fn id_facet<T: Copy>(facet: &Facet<T>, id: fn(T) -> &'static str) -> Facet<String> {
    Facet {
        include: facet.include.iter().map(|k| id(*k).to_string()).collect(),
        exclude: facet.exclude.iter().map(|k| id(*k).to_string()).collect(),
    }
}

#[inline(always)]
fn bump_all(counts: &mut [u32], positions: &[u32]) {
    for p in positions {
        if let Some(n) = counts.get_mut(*p as usize) {
            *n += 1;
        }
    }
}

/// A value before its id is copied: `order` breaks ties like a stable sort would.
struct Candidate<'a> {
    id: &'a str,
    count: u32,
    selected: bool,
    excluded: bool,
    order: usize,
}

/// Count (highest first), then id, then position.
fn rank(a: &Candidate, b: &Candidate) -> Ordering {
    b.count
        .cmp(&a.count)
        .then_with(|| a.id.cmp(b.id))
        .then(a.order.cmp(&b.order))
}

/// Values with a count, plus every selected or excluded value, sorted; only the first `limit`
/// of them and the selected or excluded ones after those.
fn values<'a>(
    ids: impl Iterator<Item = &'a str>,
    counts: &[u32],
    selection: &'a Facet<String>,
    limit: usize,
) -> Vec<FacetValue> {
    let any_selection = !selection.include.is_empty() || !selection.exclude.is_empty();
    let mut out: Vec<Candidate> = Vec::new();
    for (id, &count) in ids.zip(counts) {
        if count == 0 && !any_selection {
            continue;
        }
        let selected = any_selection && selection.include.iter().any(|s| s == id);
        let excluded = any_selection && selection.exclude.iter().any(|s| s == id);
        if count > 0 || selected || excluded {
            out.push(Candidate {
                id,
                count,
                selected,
                excluded,
                order: out.len(),
            });
        }
    }
    for (list, selected) in [(&selection.include, true), (&selection.exclude, false)] {
        for id in list {
            if !out.iter().any(|v| v.id == id.as_str()) {
                out.push(Candidate {
                    id,
                    count: 0,
                    selected,
                    excluded: !selected,
                    order: out.len(),
                });
            }
        }
    }
    // The first `limit` in order, then the selected or excluded ones among the rest, sorted.
    // A long facet (thousands of articles) is not sorted whole: one walk keeps the first
    // `limit` in order. `rank` is a total order, so the result is what a full sort would give.
    let out = if out.len() > limit {
        let (mut first, mut rest) = first_in_order(out, limit, |v| v.selected || v.excluded);
        crate::sorting::sort_by(&mut rest, rank);
        first.append(&mut rest);
        first
    } else {
        crate::sorting::sort_by(&mut out, rank);
        out
    };
    out.into_iter()
        .map(|v| FacetValue {
            id: v.id.to_string(),
            count: v.count,
            selected: v.selected,
            excluded: v.excluded,
        })
        .collect()
}

/// The first `limit` of `values` by [`rank`], in order, and the others that `keep` (in no
/// particular order). Binary insertion into a list of at most `limit + 1`: a value that does
/// not beat the last of the first is passed over at once, so a long list costs one walk.
fn first_in_order<'a>(
    values: Vec<Candidate<'a>>,
    limit: usize,
    keep: impl Fn(&Candidate) -> bool,
) -> (Vec<Candidate<'a>>, Vec<Candidate<'a>>) {
    let mut first: Vec<Candidate> = Vec::with_capacity(limit + 1);
    let mut rest = Vec::new();
    for v in values {
        let beats_last = first
            .last()
            .is_some_and(|last| rank(&v, last) == Ordering::Less);
        if first.len() < limit || beats_last {
            let at = first.partition_point(|x| rank(x, &v) == Ordering::Less);
            first.insert(at, v);
            if first.len() > limit {
                if let Some(out) = first.pop() {
                    if keep(&out) {
                        rest.push(out);
                    }
                }
            }
        } else if keep(&v) {
            rest.push(v);
        }
    }
    (first, rest)
}

fn years(years: &[i32], counts: &[u32], sel: &Selection) -> Vec<FacetValue> {
    let in_range = |y: i32| {
        (sel.from.is_some() || sel.to.is_some())
            && sel.from.is_none_or(|f| y >= f)
            && sel.to.is_none_or(|t| y <= t)
    };
    let mut all: Vec<(i32, u32)> = years
        .iter()
        .zip(counts)
        .filter(|(_, n)| **n > 0)
        .map(|(y, n)| (*y, *n))
        .collect();
    for y in [sel.from, sel.to].into_iter().flatten() {
        if !all.iter().any(|(x, _)| *x == y) {
            all.push((y, 0));
        }
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
    crate::sorting::sort_by(&mut out, |a, b| {
        b.count.cmp(&a.count).then_with(|| a.id.cmp(&b.id))
    });
    out
}
