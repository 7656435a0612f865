//! What the filter pass reads of each deal, packed: one 64-byte row per deal and its
//! parties, countries and sectors end to end in one array, so the pass streams through memory
//! in order instead of reading 144-byte `DealRow`s and following three heap pointers per deal.
//!
//! A copy of fields of `DealRow` (which stays for everything else), built in one cheap pass by
//! `Index::from_core`; only the filter pass reads it.

use crate::model::{DealKind, DealStatus};

use super::index::DealRow;

/// One deal as the filter pass sees it: the `DealRow` fields of the same names.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PackedDeal {
    pub usd: Option<f64>,
    pub year: Option<i32>,
    pub article: Option<u32>,
    pub evidence: u32,
    pub year_slot: u32,
    /// Where the parties, countries and sectors start in `PackedDeals::values`, and where
    /// the sectors end.
    bounds: [u32; 4],
    pub kind: DealKind,
    pub status: DealStatus,
}

/// Every deal, packed.
#[derive(Debug, Clone, Default)]
pub(crate) struct PackedDeals {
    rows: Vec<PackedDeal>,
    /// For each deal its parties, then its countries, then its sectors.
    values: Vec<u32>,
}

/// One deal's lists, as in its `DealRow`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Lists<'a> {
    pub parties: &'a [u32],
    pub countries: &'a [u32],
    pub sectors: &'a [u32],
}

impl PackedDeals {
    pub fn new(deals: &[DealRow]) -> PackedDeals {
        let total: usize = deals
            .iter()
            .map(|d| d.parties.len() + d.countries.len() + d.sectors.len())
            .sum();
        let mut values: Vec<u32> = Vec::with_capacity(total);
        let mut rows: Vec<PackedDeal> = Vec::with_capacity(deals.len());
        for d in deals {
            let start = values.len() as u32;
            values.extend_from_slice(&d.parties);
            let countries = values.len() as u32;
            values.extend_from_slice(&d.countries);
            let sectors = values.len() as u32;
            values.extend_from_slice(&d.sectors);
            rows.push(PackedDeal {
                usd: d.usd,
                year: d.year,
                article: d.article,
                evidence: d.evidence,
                year_slot: d.year_slot,
                bounds: [start, countries, sectors, values.len() as u32],
                kind: d.kind,
                status: d.status,
            });
        }
        PackedDeals { rows, values }
    }

    /// The deals, in dataset order.
    pub fn rows(&self) -> &[PackedDeal] {
        &self.rows
    }

    /// The lists of a deal of `rows()`.
    #[inline(always)]
    pub fn lists(&self, deal: &PackedDeal) -> Lists<'_> {
        let [a, b, c, d] = deal.bounds;
        Lists {
            parties: part(&self.values, a, b),
            countries: part(&self.values, b, c),
            sectors: part(&self.values, c, d),
        }
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.values.capacity() * std::mem::size_of::<u32>()
            + self.rows.capacity() * std::mem::size_of::<PackedDeal>()
    }
}

/// `values[from..to]`, empty when out of range.
#[inline(always)]
fn part(values: &[u32], from: u32, to: u32) -> &[u32] {
    values.get(from as usize..to as usize).unwrap_or(&[])
}

#[cfg(test)]
mod tests {
    use crate::filter::Index;
    use crate::model::*;

    #[test]
    fn a_packed_deal_fits_a_cache_line() {
        assert!(std::mem::size_of::<super::PackedDeal>() <= 64);
    }

    #[test]
    fn packed_deals_equal_the_rows() {
        let companies: Vec<Company> = (0..5)
            .map(|i| Company {
                id: format!("c{i}"),
                name: format!("C{i}"),
                country: (i % 2 == 0).then(|| ["KR", "US", "JP"][i % 3].to_string()),
                sectors: (0..i % 3).map(|s| format!("s{s}")).collect(),
                ..Default::default()
            })
            .collect();
        let deals: Vec<Deal> = (0..40usize)
            .map(|i| Deal {
                id: format!("d{i}"),
                parties: (0..i % 4)
                    .map(|k| Party {
                        // Some unknown companies, some repeated ones.
                        company: format!("c{}", (i + k * 2) % 7),
                        role: None,
                    })
                    .collect(),
                kind: DealKind::ALL[i % DealKind::ALL.len()],
                article: format!("a{}", i % 3),
                date: (i % 4 != 0).then(|| DealDate {
                    year: 2018 + (i % 5) as i32,
                    ..Default::default()
                }),
                amount: (i % 3 != 0).then(|| Amount {
                    value: i as f64,
                    usd: Some(i as f64 * 1e6),
                    ..Default::default()
                }),
                status: DealStatus::ALL[i % DealStatus::ALL.len()],
                evidence: String::new(),
                evidence_span: Span::default(),
                trigger: String::new(),
            })
            .collect();
        let articles: Vec<Article> = (0..2)
            .map(|i| Article {
                id: format!("a{i}"),
                ..Default::default()
            })
            .collect();
        let index = Index::new(Dataset {
            companies,
            articles,
            deals,
            ..Default::default()
        });
        let packed = &index.packed;
        assert_eq!(packed.rows().len(), index.deals.len());
        for (i, (row, p)) in index.deals.iter().zip(packed.rows()).enumerate() {
            assert_eq!(p.usd, row.usd, "{i}");
            assert_eq!(p.year, row.year, "{i}");
            assert_eq!(p.article, row.article, "{i}");
            assert_eq!(p.evidence, row.evidence, "{i}");
            assert_eq!(p.year_slot, row.year_slot, "{i}");
            assert_eq!(p.kind, row.kind, "{i}");
            assert_eq!(p.status, row.status, "{i}");
            let lists = packed.lists(p);
            assert_eq!(lists.parties, row.parties.as_slice(), "{i}");
            assert_eq!(lists.countries, row.countries.as_slice(), "{i}");
            assert_eq!(lists.sectors, row.sectors.as_slice(), "{i}");
        }
    }
}
