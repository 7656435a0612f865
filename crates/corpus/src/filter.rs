//! Filtering: `(Index, ViewState) → Results`, with disjunctive facet counts.
//!
//! [`filter`] is a pure function: one linear pass over the deals and one over the companies,
//! no I/O, no DOM; the index's only changes are a deal sort order (`order.rs`) and the
//! evidence's search aids (`evidence.rs`) stored on first use, which change no result. The same pass collects the deals the pictures need
//! (the view without its year range, without its amount range), so a URL change costs one pass. Unknown ids in the view simply match nothing
//! (`url::validate` removes and reports them before this runs).
//!
//! Deal rules: the free-text query and the amount range always apply; each facet (company,
//! kind, status, country, sector, year range, article) applies too, and a facet's counts are
//! computed over the deals that pass every *other* facet, so a user sees what picking another
//! value would give. A query term matches a deal when one of its parties matches it by name
//! (any script, alias, 초성) or its evidence sentence or kind labels contain it.

mod csv;
mod evidence;
mod export;
mod facets;
mod index;
mod json;
pub mod labels;
mod lookup;
mod order;
mod overview;
mod packed;
mod sort;
mod word_starts;

use crate::model::{DealKind, DealStatus};
use crate::search::Query;
use crate::view::{CompanyMatch, Facet, ViewState};

pub use export::{export_companies_csv, export_csv, export_deals_csv, export_json};
pub use facets::{FacetCounts, FacetValue, Facets};
pub use index::Index;
pub use overview::{Counts, Overview};

/// What a view shows.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Results {
    /// Indices into `dataset.deals`, sorted per `view.sort`.
    pub deals: Vec<u32>,
    /// Indices into `dataset.companies`, sorted per `view.sort`.
    pub companies: Vec<u32>,
    /// For each entry of `companies`: its number of deals passing the deal-level filters (kind,
    /// status, years, amount, article) — all of its deals when none is set.
    pub company_deals: Vec<u32>,
    /// Facet counts; [`FacetCounts::all`] or [`FacetCounts::shown`] give the values.
    pub facets: FacetCounts,
    /// Deals in the dataset.
    pub total_deals: usize,
    /// Companies in the dataset.
    pub total_companies: usize,
    /// Deals passing every filter but the year range, in dataset order; `None` when the view
    /// has no year range (they are then `deals`).
    any_year: Option<Vec<u32>>,
    /// Deals passing every filter but the amount range, in dataset order; `None` when the
    /// view has no amount range (they are then `deals`).
    any_amount: Option<Vec<u32>>,
}

impl Results {
    /// The deals of the view without its year range (what the timeline bins), in some order.
    pub fn deals_any_year(&self) -> &[u32] {
        self.any_year.as_deref().unwrap_or(&self.deals)
    }

    /// The deals of the view without its amount range (what the amounts picture draws), in
    /// some order.
    pub fn deals_any_amount(&self) -> &[u32] {
        self.any_amount.as_deref().unwrap_or(&self.deals)
    }
}

/// One bit per facet, set when a deal fails that facet.
pub(crate) mod bit {
    pub const COMPANY: u8 = 1;
    pub const KIND: u8 = 1 << 1;
    pub const STATUS: u8 = 1 << 2;
    pub const COUNTRY: u8 = 1 << 3;
    pub const SECTOR: u8 = 1 << 4;
    pub const YEAR: u8 = 1 << 5;
    pub const ARTICLE: u8 = 1 << 6;
    /// Facets that describe the deal itself rather than its parties.
    pub const DEAL_LEVEL: u8 = KIND | STATUS | YEAR | ARTICLE;
}

/// Never an index: stands for an id the dataset does not have.
const UNKNOWN: u32 = u32::MAX;

/// The view's facets with ids turned into index positions.
pub(crate) struct Resolved {
    pub company: Facet<u32>,
    /// Country and sector facets as tables by value position.
    pub country: lookup::Lookup,
    pub sector: lookup::Lookup,
    pub article: Facet<u32>,
}

impl Resolved {
    pub fn new(index: &Index, view: &ViewState) -> Resolved {
        let resolve = |facet: &Facet<String>, look: &dyn Fn(&str) -> Option<u32>| Facet {
            include: facet
                .include
                .iter()
                .map(|id| look(id).unwrap_or(UNKNOWN))
                .collect(),
            exclude: facet
                .exclude
                .iter()
                .map(|id| look(id).unwrap_or(UNKNOWN))
                .collect(),
        };
        let country = |c: &str| {
            index
                .countries
                .binary_search_by(|x| x.as_str().cmp(c))
                .ok()
                .map(|i| i as u32)
        };
        let sector = |s: &str| {
            index
                .sectors
                .binary_search_by(|x| x.as_str().cmp(s))
                .ok()
                .map(|i| i as u32)
        };
        Resolved {
            company: resolve(&view.company, &|id| index.company_index(id)),
            country: lookup::Lookup::new(&resolve(&view.country, &country), index.countries.len()),
            sector: lookup::Lookup::new(&resolve(&view.sector, &sector), index.sectors.len()),
            article: resolve(&view.article, &|id| index.article_index(id)),
        }
    }
}

/// Per-query search state: which companies, kinds and evidence sentences match each term.
pub(crate) struct TermHits {
    /// `companies[t][c]`: term `t` matches company `c`.
    companies: Vec<Vec<bool>>,
    /// Bit `k` of `kinds[t]`: term `t` matches `DealKind::ALL[k]`.
    kinds: Vec<u16>,
    /// `evidence[t][e]`: term `t` occurs in evidence sentence `e`.
    evidence: Vec<Vec<bool>>,
}

impl TermHits {
    pub fn new(index: &Index, query: &Query) -> TermHits {
        let mut hits = TermHits {
            companies: Vec::new(),
            kinds: Vec::new(),
            evidence: Vec::new(),
        };
        for term in query.terms() {
            hits.companies
                .push(term.matches_keys(index.companies.iter().map(|c| &c.key)));
            let mut kinds = 0u16;
            for (k, hit) in term.matches_keys(index.kind_keys.iter()).iter().enumerate() {
                if *hit {
                    kinds |= 1 << k;
                }
            }
            hits.kinds.push(kinds);
            hits.evidence.push(index.evidence.hits(term));
        }
        hits
    }

    #[inline]
    fn deal_matches(&self, deal: &packed::PackedDeal, parties: &[u32]) -> bool {
        if self.kinds.is_empty() {
            return true;
        }
        let kind_bit = 1u16 << kind_position(deal.kind);
        (0..self.kinds.len()).all(|t| {
            self.kinds[t] & kind_bit != 0
                || parties
                    .iter()
                    .any(|p| self.companies[t].get(*p as usize) == Some(&true))
                || self.evidence[t].get(deal.evidence as usize) == Some(&true)
        })
    }

    pub fn company_matches(&self, company: usize) -> bool {
        self.companies
            .iter()
            .all(|hits| hits.get(company) == Some(&true))
    }
}

/// Position in `DealKind::ALL`, which lists the variants in declaration order (tested).
#[inline]
fn kind_position(kind: DealKind) -> usize {
    kind as usize
}

/// Position in `DealStatus::ALL`, which lists the variants in declaration order (tested).
#[inline]
fn status_position(status: DealStatus) -> usize {
    status as usize
}

/// Whether a result carrying `values` passes `facet` (excluded values win).
#[inline(always)]
pub(crate) fn admits(facet: &Facet<u32>, values: &[u32]) -> bool {
    if facet.include.is_empty() && facet.exclude.is_empty() {
        return true;
    }
    if values.iter().any(|v| facet.exclude.contains(v)) {
        return false;
    }
    facet.include.is_empty() || values.iter().any(|v| facet.include.contains(v))
}

/// The facets a deal fails, as `bit::*` flags; `lists` are the deal's.
pub(crate) fn failed_facets(
    deal: &packed::PackedDeal,
    lists: &packed::Lists,
    view: &ViewState,
    resolved: &Resolved,
) -> u8 {
    let mut mask = 0u8;
    let company = &resolved.company;
    let parties = lists.parties;
    let company_ok = (company.include.is_empty() && company.exclude.is_empty())
        || (!parties.iter().any(|p| company.exclude.contains(p))
            && (company.include.is_empty()
                || match view.company_match {
                    CompanyMatch::Any => company.include.iter().any(|c| parties.contains(c)),
                    CompanyMatch::All => company.include.iter().all(|c| parties.contains(c)),
                }));
    if !company_ok {
        mask |= bit::COMPANY;
    }
    if !view.kind.is_empty() && !view.kind.admits(std::iter::once(&deal.kind)) {
        mask |= bit::KIND;
    }
    if !view.status.is_empty() && !view.status.admits(std::iter::once(&deal.status)) {
        mask |= bit::STATUS;
    }
    if !resolved.country.admits(lists.countries) {
        mask |= bit::COUNTRY;
    }
    if !resolved.sector.admits(lists.sectors) {
        mask |= bit::SECTOR;
    }
    if view.from.is_some() || view.to.is_some() {
        let in_range = deal.year.is_some_and(|y| {
            view.from.is_none_or(|from| y >= from) && view.to.is_none_or(|to| y <= to)
        });
        if !in_range {
            mask |= bit::YEAR;
        }
    }
    if !resolved.article.include.is_empty() || !resolved.article.exclude.is_empty() {
        let article: &[u32] = match &deal.article {
            Some(a) => std::slice::from_ref(a),
            None => &[],
        };
        if !admits(&resolved.article, article) {
            mask |= bit::ARTICLE;
        }
    }
    mask
}

/// Whether the amount range admits a deal (undated amounts fail any set bound).
#[inline(always)]
fn amount_ok(usd: Option<f64>, view: &ViewState) -> bool {
    if view.min.is_none() && view.max.is_none() {
        return true;
    }
    usd.is_some_and(|u| view.min.is_none_or(|m| u >= m) && view.max.is_none_or(|m| u <= m))
}

/// True when a filter that describes deals themselves (not their parties) is set.
fn has_deal_level_filters(view: &ViewState) -> bool {
    !view.kind.is_empty()
        || !view.status.is_empty()
        || view.from.is_some()
        || view.to.is_some()
        || view.min.is_some()
        || view.max.is_some()
        || !view.article.is_empty()
}

/// Applies a view to the index.
pub fn filter(index: &Index, view: &ViewState) -> Results {
    let query = Query::parse(&view.q);
    let hits = TermHits::new(index, &query);
    let resolved = Resolved::new(index, view);
    let mut counter = facets::Counter::new(index);
    let mut deals: Vec<u32> = Vec::new();
    // Deals per company passing the deal-level filters (for the companies table): without
    // any, all of its deals, as the index has them.
    let deal_level = has_deal_level_filters(view);
    let mut level_counts: Vec<u32> = if deal_level {
        vec![0; index.companies.len()]
    } else {
        index
            .companies
            .iter()
            .map(|c| c.deals.len() as u32)
            .collect()
    };
    let year_range = view.from.is_some() || view.to.is_some();
    let amount_range = view.min.is_some() || view.max.is_some();
    let mut any_year: Option<Vec<u32>> = year_range.then(Vec::new);
    let mut any_amount: Option<Vec<u32>> = amount_range.then(Vec::new);

    for (i, deal) in index.packed.rows().iter().enumerate() {
        let amount = amount_ok(deal.usd, view);
        if !amount && !amount_range {
            continue;
        }
        let lists = index.packed.lists(deal);
        let mask = failed_facets(deal, &lists, view, &resolved);
        if deal_level && amount && mask & bit::DEAL_LEVEL == 0 {
            for p in lists.parties {
                level_counts[*p as usize] += 1;
            }
        }
        // Counted (amount in range, at most one facet failed) or drawn by the amounts
        // picture (no facet failed): anything else is done with.
        if (if amount {
            mask.count_ones() > 1
        } else {
            mask != 0
        }) || !hits.deal_matches(deal, lists.parties)
        {
            continue;
        }
        let i = i as u32;
        if let Some(all) = any_amount.as_mut().filter(|_| mask == 0) {
            all.push(i);
        }
        if !amount {
            continue;
        }
        counter.add(deal, &lists, mask);
        if let Some(all) = any_year.as_mut().filter(|_| mask & !bit::YEAR == 0) {
            all.push(i);
        }
        if mask == 0 {
            deals.push(i);
        }
    }
    order::sort_deals(index, &mut deals, view.sort);

    let mut companies: Vec<u32> = Vec::new();
    for (c, row) in index.companies.iter().enumerate() {
        let c32 = c as u32;
        let company_ok = !resolved.company.exclude.contains(&c32)
            && (resolved.company.include.is_empty() || resolved.company.include.contains(&c32));
        let country: &[u32] = match &row.country {
            Some(k) => std::slice::from_ref(k),
            None => &[],
        };
        if company_ok
            && resolved.country.admits(country)
            && resolved.sector.admits(&row.sectors)
            && (!deal_level || level_counts[c] > 0)
            && hits.company_matches(c)
        {
            companies.push(c32);
        }
    }
    sort::sort_companies(index, &mut companies, &level_counts, view.sort);
    let company_deals = companies
        .iter()
        .map(|c| level_counts[*c as usize])
        .collect();

    Results {
        deals,
        companies,
        company_deals,
        facets: counter.finish(view),
        total_deals: index.deals.len(),
        total_companies: index.companies.len(),
        any_year,
        any_amount,
    }
}

/// A query of each kind of search term: a Hangul syllable, a Latin letter, a 초성.
const WARM_UP_QUERIES: [&str; 3] = ["가", "a", "ㄱ"];

/// Runs a deals search of each kind of term once and drops the results. What those searches
/// make on their first run (the evidence text's byte ranks and Latin word starts) is then
/// made, and in the browser the code they run is compiled, so the first keystrokes wait for
/// neither. For idle time after start-up: no result ever depends on it.
pub fn warm_up(index: &Index) {
    for q in WARM_UP_QUERIES {
        let view = ViewState {
            page: crate::view::Page::Deals,
            q: q.to_string(),
            ..ViewState::default()
        };
        filter(index, &view);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_follow_all_order() {
        for (i, k) in DealKind::ALL.iter().enumerate() {
            assert_eq!(kind_position(*k), i);
        }
        for (i, s) in DealStatus::ALL.iter().enumerate() {
            assert_eq!(status_position(*s), i);
        }
    }

    #[test]
    fn excluded_values_win_over_included() {
        let f = Facet {
            include: vec![1, 2],
            exclude: vec![2],
        };
        assert!(admits(&f, &[1]));
        assert!(!admits(&f, &[1, 2]));
        assert!(!admits(&f, &[3]));
        assert!(admits(&Facet::default(), &[]));
    }
}
