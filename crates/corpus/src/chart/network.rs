//! The part of the deal network a view shows: nodes at their build-time positions, sized by
//! the view's deals, and one edge per pair of parties of each deal.

use crate::filter::Index;
use crate::model::DealKind;

/// Sideways offset between parallel edges of the same two companies, in layout units.
pub const BEND_STEP: f32 = 14.0;

/// Build-time positions looked up by company index.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Positions(Vec<Option<(f32, f32)>>);

impl Positions {
    /// Reads `dataset.layout`; positions that are not finite or name no company are dropped.
    pub fn new(index: &Index) -> Positions {
        let mut at = vec![None; index.dataset().companies.len()];
        for p in &index.dataset().layout {
            if let Some(c) = index.company_index(&p.company) {
                if p.x.is_finite() && p.y.is_finite() {
                    at[c as usize] = Some((p.x, p.y));
                }
            }
        }
        Positions(at)
    }

    pub fn get(&self, company: u32) -> Option<(f32, f32)> {
        self.0.get(company as usize).copied().flatten()
    }

    /// How many companies have a position.
    pub fn placed(&self) -> usize {
        self.0.iter().filter(|p| p.is_some()).count()
    }
}

/// A company in the picture.
#[derive(Debug, Clone, PartialEq)]
pub struct NetNode {
    /// Company index.
    pub company: u32,
    pub x: f32,
    pub y: f32,
    /// The view's deals this company takes part in.
    pub deals: u32,
}

/// One line between two parties of a deal.
#[derive(Debug, Clone, PartialEq)]
pub struct NetEdge {
    /// Deal index.
    pub deal: u32,
    pub kind: DealKind,
    /// Company indices, `a < b`.
    pub a: u32,
    pub b: u32,
    /// Sideways offset of the curve's middle (0 for a single edge between two companies).
    pub bend: f32,
}

/// What the network picture draws.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Network {
    /// Most deals first, then by company index.
    pub nodes: Vec<NetNode>,
    /// In deal order.
    pub edges: Vec<NetEdge>,
}

impl Network {
    /// The box `(x, y, width, height)` around every node, if there is one.
    pub fn bounds(&self) -> Option<(f32, f32, f32, f32)> {
        let first = self.nodes.first()?;
        let (mut x0, mut y0, mut x1, mut y1) = (first.x, first.y, first.x, first.y);
        for n in &self.nodes {
            x0 = x0.min(n.x);
            y0 = y0.min(n.y);
            x1 = x1.max(n.x);
            y1 = y1.max(n.y);
        }
        Some((x0, y0, x1 - x0, y1 - y0))
    }
}

/// The nodes and edges of `deals` (indices into the dataset, e.g. `Results::deals`).
pub fn network(index: &Index, positions: &Positions, deals: &[u32]) -> Network {
    // Per company index, and below per distinct pair: plain tables, no maps.
    let mut counts: Vec<u32> = vec![0; index.dataset().companies.len()];
    let mut pairs: Vec<(u32, u32, u32, DealKind)> = Vec::new();
    let mut sorted: Vec<u32> = deals.to_vec();
    sorted.sort_unstable();
    for &d in &sorted {
        let Some(deal) = index.dataset().deals.get(d as usize) else {
            continue;
        };
        let parties: Vec<u32> = index
            .deal_parties(d)
            .iter()
            .copied()
            .filter(|c| positions.get(*c).is_some())
            .collect();
        for (i, &a) in parties.iter().enumerate() {
            if let Some(n) = counts.get_mut(a as usize) {
                *n += 1;
            }
            for &b in &parties[i + 1..] {
                pairs.push((d, a.min(b), a.max(b), deal.kind));
            }
        }
    }
    let keys = crate::sorting::sorted_distinct(pairs.iter().map(|&(_, a, b, _)| (a, b)).collect());
    let slot = |a: u32, b: u32| keys.binary_search(&(a, b)).unwrap_or_else(|at| at);
    let mut per_pair: Vec<u32> = vec![0; keys.len()];
    for &(_, a, b, _) in &pairs {
        per_pair[slot(a, b)] += 1;
    }
    let mut seen: Vec<u32> = vec![0; keys.len()];
    let edges = pairs
        .into_iter()
        .map(|(deal, a, b, kind)| {
            let at = slot(a, b);
            let total = per_pair[at];
            let nth = &mut seen[at];
            let bend = (*nth as f32 - (total as f32 - 1.0) / 2.0) * BEND_STEP;
            *nth += 1;
            NetEdge {
                deal,
                kind,
                a,
                b,
                bend,
            }
        })
        .collect();
    let mut nodes: Vec<NetNode> = counts
        .into_iter()
        .enumerate()
        .filter(|(_, deals)| *deals > 0)
        .filter_map(|(company, deals)| {
            let company = company as u32;
            let (x, y) = positions.get(company)?;
            Some(NetNode {
                company,
                x,
                y,
                deals,
            })
        })
        .collect();
    crate::sorting::sort_by_key(&mut nodes, |n| (std::cmp::Reverse(n.deals), n.company));
    Network { nodes, edges }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Company, Dataset, Deal, DealStatus, NodePosition, Party, Span};

    fn deal(id: &str, kind: DealKind, parties: &[&str]) -> Deal {
        Deal {
            id: id.into(),
            kind,
            parties: parties
                .iter()
                .map(|p| Party {
                    company: (*p).into(),
                    role: None,
                })
                .collect(),
            article: "x".into(),
            date: None,
            amount: None,
            status: DealStatus::Signed,
            evidence: String::new(),
            evidence_span: Span::default(),
            trigger: String::new(),
        }
    }

    fn index() -> Index {
        let companies = ["a", "b", "c", "d"]
            .map(|id| Company {
                id: id.into(),
                ..Default::default()
            })
            .to_vec();
        let at = |company: &str, x: f32| NodePosition {
            company: company.into(),
            x,
            y: 100.0,
        };
        Index::new(Dataset {
            companies,
            deals: vec![
                deal("d1", DealKind::Partnership, &["a", "b"]),
                deal("d2", DealKind::Contract, &["b", "a"]),
                deal("d3", DealKind::Investment, &["a", "b", "c"]),
                deal("d4", DealKind::Lease, &["d"]),
            ],
            // "d" has no position; a stale entry and a NaN are ignored.
            layout: vec![
                at("a", 100.0),
                at("b", 200.0),
                at("c", f32::NAN),
                at("ghost", 5.0),
            ],
            ..Default::default()
        })
    }

    #[test]
    fn nodes_count_the_views_deals_biggest_first() {
        let idx = index();
        let pos = Positions::new(&idx);
        let net = network(&idx, &pos, &[0, 1, 2, 3]);
        let nodes: Vec<(u32, u32)> = net.nodes.iter().map(|n| (n.company, n.deals)).collect();
        // c has no finite position and d none at all: they are not drawn.
        assert_eq!(nodes, [(0, 3), (1, 3)]);
        assert_eq!(net.nodes[0].x, 100.0);
        assert_eq!(pos.placed(), 2);
        assert_eq!(net.bounds(), Some((100.0, 100.0, 100.0, 0.0)));
        assert_eq!(Network::default().bounds(), None);
    }

    #[test]
    fn parallel_edges_bend_apart_symmetrically() {
        let idx = index();
        let pos = Positions::new(&idx);
        let net = network(&idx, &pos, &[2, 0, 1]);
        let edges: Vec<(u32, u32, u32, f32)> = net
            .edges
            .iter()
            .map(|e| (e.deal, e.a, e.b, e.bend))
            .collect();
        assert_eq!(
            edges,
            [(0, 0, 1, -BEND_STEP), (1, 0, 1, 0.0), (2, 0, 1, BEND_STEP)]
        );
    }

    #[test]
    fn only_the_given_deals_are_drawn() {
        let idx = index();
        let pos = Positions::new(&idx);
        let net = network(&idx, &pos, &[1]);
        assert_eq!(net.edges.len(), 1);
        assert_eq!(net.edges[0].kind, DealKind::Contract);
        assert!(network(&idx, &pos, &[]).nodes.is_empty());
        assert!(network(&idx, &pos, &[99]).edges.is_empty());
    }
}
