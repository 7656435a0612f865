//! Deals per year (and per month where the date gives one), stacked by deal kind.

use crate::filter::Index;
use crate::model::DealKind;

/// At most this many years are shown as a continuous axis; a wider spread shows only the
/// years that have deals (a hostile date cannot make thousands of empty bins).
const MAX_CONTINUOUS_YEARS: i32 = 80;

/// One year of the timeline.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct YearBin {
    pub year: i32,
    /// Deals per kind, in `DealKind::ALL` order.
    pub by_kind: [u32; DealKind::ALL.len()],
    /// Deals per month (January first); deals dated by year only are not counted here.
    pub by_month: [u32; 12],
    pub total: u32,
}

impl YearBin {
    /// `(kind, bottom, top)` of each non-empty layer of the stack, in deal counts.
    pub fn stack(&self) -> Vec<(DealKind, u32, u32)> {
        let mut at = 0;
        let mut out = Vec::new();
        for (kind, n) in DealKind::ALL.iter().zip(self.by_kind) {
            if n > 0 {
                out.push((*kind, at, at + n));
                at += n;
            }
        }
        out
    }
}

/// The dated `deals` (indices into the dataset) binned by year, oldest first, with the empty
/// years between them; plus how many of `deals` have no date.
pub fn year_bins(index: &Index, deals: &[u32]) -> (Vec<YearBin>, u32) {
    // Sorted by year; a handful of years, so inserting in place is cheap (and no map code).
    let mut bins: Vec<YearBin> = Vec::new();
    let mut undated = 0;
    for &d in deals {
        let Some(deal) = index.dataset().deals.get(d as usize) else {
            continue;
        };
        let Some(date) = &deal.date else {
            undated += 1;
            continue;
        };
        let at = match bins.binary_search_by_key(&date.year, |b| b.year) {
            Ok(at) => at,
            Err(at) => {
                let year = date.year;
                bins.insert(
                    at,
                    YearBin {
                        year,
                        ..YearBin::default()
                    },
                );
                at
            }
        };
        let bin = &mut bins[at];
        let k = DealKind::ALL
            .iter()
            .position(|k| *k == deal.kind)
            .unwrap_or(0);
        bin.by_kind[k] += 1;
        bin.total += 1;
        if let Some(m) = date.month.filter(|m| (1..=12).contains(m)) {
            bin.by_month[usize::from(m - 1)] += 1;
        }
    }
    let (Some(first), Some(last)) = (bins.first().map(|b| b.year), bins.last().map(|b| b.year))
    else {
        return (Vec::new(), undated);
    };
    if last - first < MAX_CONTINUOUS_YEARS {
        let mut dated = std::mem::take(&mut bins).into_iter().peekable();
        bins = (first..=last)
            .map(|year| {
                dated
                    .next_if(|b| b.year == year)
                    .unwrap_or_else(|| YearBin {
                        year,
                        ..YearBin::default()
                    })
            })
            .collect();
    }
    (bins, undated)
}

/// A round axis maximum at or above `n` (1, 2, 5 × 10^k), and at least 1.
pub fn nice_ceiling(n: u32) -> u32 {
    let mut unit = 1u32;
    loop {
        for m in [1u32, 2, 5] {
            let v = unit.saturating_mul(m);
            if v >= n || v == u32::MAX {
                return v.max(1);
            }
        }
        unit = unit.saturating_mul(10);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Dataset, Deal, DealDate, DealStatus, Party, Span};

    fn deal(id: &str, kind: DealKind, date: Option<(i32, Option<u8>)>) -> Deal {
        Deal {
            id: id.into(),
            kind,
            parties: vec![Party {
                company: "a".into(),
                role: None,
            }],
            article: "x".into(),
            date: date.map(|(year, month)| DealDate {
                year,
                month,
                ..Default::default()
            }),
            amount: None,
            status: DealStatus::Signed,
            evidence: String::new(),
            evidence_span: Span::default(),
            trigger: String::new(),
        }
    }

    fn index(deals: Vec<Deal>) -> Index {
        Index::new(Dataset {
            deals,
            ..Default::default()
        })
    }

    #[test]
    fn bins_fill_gaps_stack_by_kind_and_count_months() {
        let idx = index(vec![
            deal("1", DealKind::Contract, Some((2021, Some(3)))),
            deal("2", DealKind::Partnership, Some((2021, None))),
            deal("3", DealKind::Contract, Some((2023, Some(12)))),
            deal("4", DealKind::Lease, None),
        ]);
        let (bins, undated) = year_bins(&idx, &[0, 1, 2, 3]);
        assert_eq!(undated, 1);
        let years: Vec<i32> = bins.iter().map(|b| b.year).collect();
        assert_eq!(years, [2021, 2022, 2023]);
        assert_eq!(bins[0].total, 2);
        assert_eq!(bins[1].total, 0);
        assert_eq!(bins[0].by_month[2], 1);
        assert_eq!(bins[0].by_month.iter().sum::<u32>(), 1);
        assert_eq!(bins[2].by_month[11], 1);
        assert_eq!(
            bins[0].stack(),
            [(DealKind::Partnership, 0, 1), (DealKind::Contract, 1, 2)]
        );
    }

    #[test]
    fn only_the_given_deals_are_counted() {
        let idx = index(vec![
            deal("1", DealKind::Contract, Some((2021, None))),
            deal("2", DealKind::Contract, Some((2024, None))),
        ]);
        let (bins, _) = year_bins(&idx, &[1]);
        assert_eq!(bins.len(), 1);
        assert_eq!(bins[0].year, 2024);
        assert_eq!(year_bins(&idx, &[]), (Vec::new(), 0));
        // An index out of range is skipped, not a panic.
        assert_eq!(year_bins(&idx, &[7]).0, Vec::new());
    }

    #[test]
    fn far_apart_years_do_not_make_thousands_of_bins() {
        let idx = index(vec![
            deal("1", DealKind::Contract, Some((1, None))),
            deal("2", DealKind::Contract, Some((9999, None))),
        ]);
        assert_eq!(year_bins(&idx, &[0, 1]).0.len(), 2);
    }

    #[test]
    fn nice_ceilings() {
        assert_eq!(nice_ceiling(0), 1);
        assert_eq!(nice_ceiling(1), 1);
        assert_eq!(nice_ceiling(3), 5);
        assert_eq!(nice_ceiling(7), 10);
        assert_eq!(nice_ceiling(11), 20);
        assert_eq!(nice_ceiling(180), 200);
        assert_eq!(nice_ceiling(u32::MAX), u32::MAX);
    }
}
