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
    /// Placed companies with deals in the view that are not drawn ([`Limits::nodes`]).
    pub companies_left_out: usize,
    /// Deals of the view between placed companies that have no line ([`Limits::edges`], or a
    /// party left out).
    pub deals_left_out: usize,
}

/// How much the picture draws at most: a network of thousands of companies and tens of
/// thousands of lines is neither readable nor quick to draw. The companies with the most
/// deals in the view are kept, and the lines among them of the view's first deals (in the
/// view's order, newest first by default).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    pub nodes: usize,
    pub edges: usize,
}

impl Limits {
    /// What the explorer draws: every company and deal of a beat's corpus, a readable part of a
    /// large one.
    pub const PICTURE: Limits = Limits {
        nodes: 150,
        edges: 1500,
    };
    /// Everything.
    pub const NONE: Limits = Limits {
        nodes: usize::MAX,
        edges: usize::MAX,
    };
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

/// The nodes and edges of `deals` (indices into the dataset, e.g. `Results::deals`, in the
/// view's order), within `limits`.
pub fn network(index: &Index, positions: &Positions, deals: &[u32], limits: Limits) -> Network {
    // The placed parties of each deal the dataset has, in the view's order.
    let placed: Vec<(u32, Vec<u32>)> = deals
        .iter()
        .filter(|&&d| index.dataset().deals.get(d as usize).is_some())
        .map(|&d| {
            let parties = index
                .deal_parties(d)
                .iter()
                .copied()
                .filter(|c| positions.get(*c).is_some())
                .collect();
            (d, parties)
        })
        .collect();
    // Per company index: the view's deals (node sizes count all of them).
    let mut counts: Vec<u32> = vec![0; index.dataset().companies.len()];
    for (_, parties) in &placed {
        for &c in parties {
            if let Some(n) = counts.get_mut(c as usize) {
                *n += 1;
            }
        }
    }
    let mut nodes: Vec<NetNode> = counts
        .iter()
        .enumerate()
        .filter(|(_, deals)| **deals > 0)
        .filter_map(|(company, &deals)| {
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
    let companies_left_out = nodes.len().saturating_sub(limits.nodes);
    nodes.truncate(limits.nodes);
    let mut kept = vec![false; counts.len()];
    for n in &nodes {
        kept[n.company as usize] = true;
    }

    // The deals drawn: in the view's order until the line budget is spent; then in deal order.
    let mut drawn: Vec<(u32, Vec<u32>)> = Vec::new();
    let (mut lines, mut deals_left_out) = (0usize, 0usize);
    for (d, parties) in placed {
        if parties.len() < 2 {
            continue;
        }
        let parties: Vec<u32> = parties.into_iter().filter(|c| kept[*c as usize]).collect();
        let pairs = parties.len() * parties.len().saturating_sub(1) / 2;
        if pairs == 0 || lines + pairs > limits.edges {
            deals_left_out += 1;
            continue;
        }
        lines += pairs;
        drawn.push((d, parties));
    }
    crate::sorting::sort_by_key(&mut drawn, |(d, _)| *d);

    let mut pairs: Vec<(u32, u32, u32, DealKind)> = Vec::new();
    for (d, parties) in &drawn {
        let Some(deal) = index.dataset().deals.get(*d as usize) else {
            continue;
        };
        for (i, &a) in parties.iter().enumerate() {
            for &b in &parties[i + 1..] {
                pairs.push((*d, a.min(b), a.max(b), deal.kind));
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
    Network {
        nodes,
        edges,
        companies_left_out,
        deals_left_out,
    }
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
        let net = network(&idx, &pos, &[0, 1, 2, 3], Limits::NONE);
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
        let net = network(&idx, &pos, &[2, 0, 1], Limits::NONE);
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
    fn limits_keep_the_busiest_companies_and_the_views_first_deals() {
        let idx = index();
        let pos = Positions::new(&idx);
        // One company: a and b tie at 3 deals, a has the lower index; no line is left.
        let net = network(
            &idx,
            &pos,
            &[0, 1, 2, 3],
            Limits {
                nodes: 1,
                edges: 10,
            },
        );
        assert_eq!(net.nodes.iter().map(|n| n.company).collect::<Vec<_>>(), [0]);
        assert_eq!((net.companies_left_out, net.deals_left_out), (1, 3));
        assert!(net.edges.is_empty());
        // Two lines: the view's first two deals (its order, not the dataset's), drawn in deal
        // order; the third is left out.
        let net = network(
            &idx,
            &pos,
            &[2, 1, 0],
            Limits {
                nodes: 10,
                edges: 2,
            },
        );
        let drawn: Vec<u32> = net.edges.iter().map(|e| e.deal).collect();
        assert_eq!(drawn, [1, 2]);
        assert_eq!((net.companies_left_out, net.deals_left_out), (0, 1));
        // Within the limits nothing is left out.
        let all = network(&idx, &pos, &[0, 1, 2, 3], Limits::PICTURE);
        assert_eq!(all, network(&idx, &pos, &[0, 1, 2, 3], Limits::NONE));
        assert_eq!((all.companies_left_out, all.deals_left_out), (0, 0));
    }

    #[test]
    fn only_the_given_deals_are_drawn() {
        let idx = index();
        let pos = Positions::new(&idx);
        let net = network(&idx, &pos, &[1], Limits::NONE);
        assert_eq!(net.edges.len(), 1);
        assert_eq!(net.edges[0].kind, DealKind::Contract);
        assert!(network(&idx, &pos, &[], Limits::NONE).nodes.is_empty());
        assert!(network(&idx, &pos, &[99], Limits::NONE).edges.is_empty());
    }
}
