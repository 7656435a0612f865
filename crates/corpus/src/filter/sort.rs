//! Sort orders of the deals and companies tables, on precomputed keys.
//!
//! Compares numbers and ranks only (never clones or compares strings). Missing values (no
//! date, no amount, no country) always sort last; ties keep dataset order.

use std::cmp::Ordering;

use crate::view::{Sort, SortKey};

use super::index::Index;

/// Orders `a` and `b` (which may be missing) by `dir`, missing last either way.
fn missing_last<T: PartialOrd>(a: Option<T>, b: Option<T>, descending: bool) -> Ordering {
    match (a, b) {
        (Some(x), Some(y)) => {
            let o = x.partial_cmp(&y).unwrap_or(Ordering::Equal);
            if descending {
                o.reverse()
            } else {
                o
            }
        }
        (Some(_), None) => Ordering::Less,
        (None, Some(_)) => Ordering::Greater,
        (None, None) => Ordering::Equal,
    }
}

/// The deal sort a view's sort means: its key and direction when supported, else newest first.
pub(crate) fn effective_deal_sort(sort: Sort) -> (SortKey, bool) {
    match sort.key {
        SortKey::Date | SortKey::Amount | SortKey::Kind | SortKey::Article | SortKey::Name => {
            (sort.key, sort.descending)
        }
        _ => (SortKey::Date, true),
    }
}

/// Sorts deal indices. Supported keys: date (default: newest first), amount, kind, article,
/// name (of the first party); any other key means the default.
pub(crate) fn sort_deals(index: &Index, deals: &mut [u32], sort: Sort) {
    let (key, descending) = effective_deal_sort(sort);
    let rows = &index.deals;
    let first_party_rank = |d: u32| {
        rows[d as usize]
            .parties
            .first()
            .and_then(|p| index.companies.get(*p as usize))
            .map(|c| c.name_rank)
    };
    // Through the shared sort: the order is total (ties by position), so the result is
    // what any sort gives.
    crate::sorting::sort_by(deals, |&a, &b| {
        let (ra, rb) = (&rows[a as usize], &rows[b as usize]);
        let primary = match key {
            SortKey::Amount => missing_last(ra.usd, rb.usd, descending),
            SortKey::Kind => missing_last(Some(ra.kind), Some(rb.kind), descending)
                .then_with(|| missing_last(ra.date_key, rb.date_key, true)),
            SortKey::Article => missing_last(ra.article, rb.article, descending),
            SortKey::Name => missing_last(first_party_rank(a), first_party_rank(b), descending),
            _ => missing_last(ra.date_key, rb.date_key, descending),
        };
        primary.then(a.cmp(&b))
    });
}

/// Sorts company indices. Supported keys: deals (default: most first, counted in
/// `deal_counts`), name, articles, country; any other key means the default.
pub(crate) fn sort_companies(
    index: &Index,
    companies: &mut [u32],
    deal_counts: &[u32],
    sort: Sort,
) {
    let (key, descending) = match sort.key {
        SortKey::Deals | SortKey::Name | SortKey::Articles | SortKey::Country => {
            (sort.key, sort.descending)
        }
        _ => (SortKey::Deals, true),
    };
    let rows = &index.companies;
    // `name_rank` is unique, so the order is total.
    crate::sorting::sort_by(companies, |&a, &b| {
        let (ra, rb) = (&rows[a as usize], &rows[b as usize]);
        let count = |c: u32| deal_counts.get(c as usize).copied();
        let primary = match key {
            SortKey::Name => missing_last(Some(ra.name_rank), Some(rb.name_rank), descending),
            SortKey::Articles => {
                missing_last(Some(ra.article_count), Some(rb.article_count), descending)
            }
            SortKey::Country => missing_last(ra.country, rb.country, descending),
            _ => missing_last(count(a), count(b), descending),
        };
        primary.then(ra.name_rank.cmp(&rb.name_rank))
    });
}
