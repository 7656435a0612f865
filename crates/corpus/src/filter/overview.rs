//! The overview page's numbers: top companies, deals per year and per kind, totals.
//!
//! Computed from the filtered deals of a view; it never filters on its own.

use crate::model::DealKind;
use crate::view::ViewState;

use super::index::Index;

/// How many companies the overview ranks.
const TOP_COMPANIES: usize = 10;

/// Counts shown on the overview.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Deals passing the view's filters.
    pub deals: usize,
    /// Distinct companies taking part in those deals.
    pub companies: usize,
    /// Distinct articles holding those deals.
    pub articles: usize,
    /// Dataset totals.
    pub total_deals: usize,
    pub total_companies: usize,
    pub total_articles: usize,
    pub total_mentions: usize,
}

/// The overview of a view.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Overview {
    /// (company index, deals), most deals first, at most ten.
    pub top_companies: Vec<(u32, u32)>,
    /// (year, deals), oldest first; undated deals are left out.
    pub deals_by_year: Vec<(i32, u32)>,
    /// (kind, deals) for every kind in `DealKind::ALL` order, zeros included.
    pub deals_by_kind: Vec<(DealKind, u32)>,
    pub counts: Counts,
}

impl Index {
    /// The overview of the deals `view` selects.
    pub fn overview(&self, view: &ViewState) -> Overview {
        let results = super::filter(self, view);
        let mut per_company: Vec<u32> = vec![0; self.companies.len()];
        // Per year slot (`Index::years`) and per article: plain tables, no maps.
        let mut per_year: Vec<u32> = vec![0; self.years.len()];
        let mut kinds = [0u32; DealKind::ALL.len()];
        let mut seen_article: Vec<bool> = vec![false; self.dataset().articles.len()];
        let mut articles = 0;
        for &d in &results.deals {
            let Some(row) = self.deals.get(d as usize) else {
                continue;
            };
            for &p in &row.parties {
                per_company[p as usize] += 1;
            }
            if let Some(n) = per_year.get_mut(row.year_slot as usize) {
                *n += 1;
            }
            kinds[super::kind_position(row.kind)] += 1;
            if let Some(seen) = row.article.and_then(|a| seen_article.get_mut(a as usize)) {
                articles += usize::from(!*seen);
                *seen = true;
            }
        }
        let mut top: Vec<(u32, u32)> = per_company
            .iter()
            .enumerate()
            .filter(|(_, n)| **n > 0)
            .map(|(c, n)| (c as u32, *n))
            .collect();
        let companies = top.len();
        crate::sorting::sort_by_key(&mut top, |&(c, n)| {
            let rank = self
                .companies
                .get(c as usize)
                .map_or(u32::MAX, |r| r.name_rank);
            (std::cmp::Reverse(n), rank)
        });
        top.truncate(TOP_COMPANIES);
        let ds = self.dataset();
        Overview {
            top_companies: top,
            deals_by_year: self
                .years
                .iter()
                .copied()
                .zip(per_year)
                .filter(|(_, n)| *n > 0)
                .collect(),
            deals_by_kind: DealKind::ALL.iter().copied().zip(kinds).collect(),
            counts: Counts {
                deals: results.deals.len(),
                companies,
                articles,
                total_deals: ds.deals.len(),
                total_companies: ds.companies.len(),
                total_articles: ds.articles.len(),
                total_mentions: self.text().mention_count as usize,
            },
        }
    }

    /// Article positions, newest first by publication date (`YYYY-MM-DD`, or shorter: a
    /// month or year alone comes after the full dates inside it); undated articles last; ties
    /// in dataset order. The overview lists articles in this order.
    pub fn articles_newest_first(&self) -> Vec<u32> {
        let articles = &self.dataset().articles;
        let mut order: Vec<u32> = (0..articles.len() as u32).collect();
        crate::sorting::sort_by_key(&mut order, |&a| {
            let date = articles
                .get(a as usize)
                .and_then(|a| a.date.value.as_deref());
            // `None` sorts first in `Option`'s order, so it is reversed with the dates.
            std::cmp::Reverse(date)
        });
        order
    }
}

#[cfg(test)]
mod tests {
    use crate::filter::Index;
    use crate::model::{Article, Dataset, Field};

    #[test]
    fn articles_newest_first_puts_undated_last_and_keeps_ties_in_order() {
        let dates = [
            Some("2023-05-01"),
            None,
            Some("2024-01-15"),
            Some("2023-05"),
            Some("2024-01-15"),
            Some("2022"),
            None,
        ];
        let articles = dates
            .iter()
            .enumerate()
            .map(|(i, d)| Article {
                id: format!("a{i}"),
                date: Field {
                    value: d.map(str::to_string),
                    ..Default::default()
                },
                ..Default::default()
            })
            .collect();
        let index = Index::new(Dataset {
            articles,
            ..Default::default()
        });
        assert_eq!(index.articles_newest_first(), [2, 4, 0, 3, 5, 1, 6]);
    }
}
