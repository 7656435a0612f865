//! Every deal in each sort order, computed on the first view that needs it and kept, so a
//! large result is put in order by one walk instead of a sort per keystroke.
//!
//! `Index::new` does no sorting here: an order costs one full sort the first time a view with
//! that sort returns many rows, and `4 × deals` bytes from then on (at most ten orders).

use std::sync::OnceLock;

use crate::view::{Sort, SortKey};

use super::index::Index;
use super::sort;

/// The deal sorts `sort::sort_deals` tells apart, each ascending and descending.
const DEAL_KEYS: [SortKey; 5] = [
    SortKey::Date,
    SortKey::Amount,
    SortKey::Kind,
    SortKey::Article,
    SortKey::Name,
];

/// Deal orders, one slot per (key, direction), filled on first use.
#[derive(Debug, Clone, Default)]
pub(crate) struct Orders {
    deals: [OnceLock<Vec<u32>>; 2 * DEAL_KEYS.len()],
}

impl Orders {
    /// Heap bytes held by the orders computed so far.
    pub fn heap_bytes(&self) -> usize {
        self.deals
            .iter()
            .filter_map(OnceLock::get)
            .map(|o| o.capacity() * std::mem::size_of::<u32>())
            .sum()
    }
}

/// The slot of a sort: the key `sort_deals` would use, then the direction.
fn slot(sort: Sort) -> usize {
    let (key, descending) = sort::effective_deal_sort(sort);
    let k = DEAL_KEYS.iter().position(|x| *x == key).unwrap_or(0);
    2 * k + usize::from(descending)
}

/// All deal indices in `sort` order (computed once per slot).
fn deal_order(index: &Index, sort: Sort) -> &[u32] {
    index.orders.deals[slot(sort)].get_or_init(|| {
        let mut all: Vec<u32> = (0..index.deals.len() as u32).collect();
        sort::sort_deals(index, &mut all, sort);
        all
    })
}

/// Puts `deals` (indices, no duplicates, in any order) in `sort` order: a plain sort when they are
/// few, else one walk of the stored order. Same result either way (the order is total).
pub(crate) fn sort_deals(index: &Index, deals: &mut Vec<u32>, sort: Sort) {
    let n = index.deals.len();
    if deals.len() <= n / 16 && index.orders.deals[slot(sort)].get().is_none() {
        sort::sort_deals(index, deals, sort);
        return;
    }
    let mut keep = vec![false; n];
    for d in deals.iter() {
        if let Some(k) = keep.get_mut(*d as usize) {
            *k = true;
        }
    }
    deals.clear();
    deals.extend(
        deal_order(index, sort)
            .iter()
            .copied()
            .filter(|d| keep[*d as usize]),
    );
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::*;

    /// Deals with many ties and missing values, so tie-breaking matters.
    fn index() -> Index {
        let companies: Vec<Company> = (0..7)
            .map(|i| Company {
                id: format!("c{i}"),
                name: ["b", "A", "c", "a", "B", "d", "e"][i].to_string(),
                ..Default::default()
            })
            .collect();
        let articles: Vec<Article> = (0..3)
            .map(|i| Article {
                id: format!("a{i}"),
                ..Default::default()
            })
            .collect();
        let deals: Vec<Deal> = (0..200usize)
            .map(|i| Deal {
                id: format!("d{i}"),
                kind: DealKind::ALL[i * 7 % DealKind::ALL.len()],
                parties: [i % 7, (i * 3 + 1) % 7]
                    .iter()
                    .map(|c| Party {
                        company: format!("c{c}"),
                        role: None,
                    })
                    .collect(),
                article: if i % 11 == 0 {
                    "missing".into()
                } else {
                    format!("a{}", i % 3)
                },
                date: (i % 4 != 0).then(|| DealDate {
                    year: 2018 + (i % 5) as i32,
                    month: (i % 3 != 0).then_some((i % 12) as u8 + 1),
                    ..Default::default()
                }),
                amount: (i % 3 != 0).then(|| Amount {
                    value: (i % 9) as f64,
                    usd: Some((i % 9) as f64 * 1e6),
                    ..Default::default()
                }),
                status: DealStatus::ALL[i % DealStatus::ALL.len()],
                evidence: String::new(),
                evidence_span: Span::default(),
                trigger: String::new(),
            })
            .collect();
        Index::new(Dataset {
            companies,
            articles,
            deals,
            ..Default::default()
        })
    }

    #[test]
    fn keyed_sort_agrees_with_comparing_rows() {
        let index = index();
        let all: Vec<u32> = (0..200).collect();
        let subsets = [all.clone(), all.iter().copied().rev().step_by(7).collect()];
        for key in [
            SortKey::Date,
            SortKey::Amount,
            SortKey::Kind,
            SortKey::Article,
            SortKey::Name,
            SortKey::Deals,
        ] {
            for descending in [false, true] {
                let sort = Sort { key, descending };
                for subset in &subsets {
                    let mut want = subset.clone();
                    sort::sort_deals_by_comparing(&index, &mut want, sort);
                    let mut got = subset.clone();
                    sort::sort_deals(&index, &mut got, sort);
                    assert_eq!(got, want, "{key:?} {descending} {}", subset.len());
                }
            }
        }
    }

    #[test]
    fn stored_orders_give_the_same_rows_as_sorting() {
        let index = index();
        let keys = [
            SortKey::Date,
            SortKey::Amount,
            SortKey::Kind,
            SortKey::Article,
            SortKey::Name,
            SortKey::Deals,
        ];
        // Several subsets: all, every third, a few, half of them backwards.
        let subsets: Vec<Vec<u32>> = vec![
            (0..200).collect(),
            (0..200).filter(|d| d % 3 == 0).collect(),
            vec![5, 17, 18, 150],
            // Any order in, the sort's order out.
            (0..200).rev().filter(|d| d % 2 == 0).collect(),
            Vec::new(),
        ];
        for key in keys {
            for descending in [false, true] {
                let sort = Sort { key, descending };
                for subset in &subsets {
                    let mut want = subset.clone();
                    sort::sort_deals(&index, &mut want, sort);
                    let mut got = subset.clone();
                    sort_deals(&index, &mut got, sort);
                    assert_eq!(got, want, "{key:?} {descending} {}", subset.len());
                    // Again, now that the order may be stored.
                    let mut got = subset.clone();
                    sort_deals(&index, &mut got, sort);
                    assert_eq!(got, want, "{key:?} {descending} stored");
                }
            }
        }
    }
}
