//! Deterministic layout of the deal network, computed once at build time.
//!
//! Nodes are the companies that take part in at least one deal; an edge joins every two parties
//! of a deal. The layout is Fruchterman–Reingold with repulsion bucketed on a grid (about O(n)
//! per iteration, so 2,000 companies take well under a second natively), a weak pull towards the
//! centre that keeps separate components together, and a final pass that pushes apart nodes
//! closer than a minimum distance. Positions are then scaled into
//! `[MARGIN, LAYOUT_SIZE - MARGIN]²`.
//!
//! Same dataset, same picture: start points lie on a sunflower spiral ordered by (degree, id),
//! symmetry is broken by a hash of the id, and every loop runs in a fixed order (no hash maps).
//! This module only computes numbers; it never reads files or looks at article text.

use std::collections::BTreeMap;

use crate::model::{Dataset, NodePosition, LAYOUT_SIZE};

/// Distance kept free between the outermost nodes and the edge of the square.
pub const MARGIN: f32 = 40.0;

/// Ideal edge length in the layout's own units (before scaling).
const K: f64 = 1.0;
/// Repulsion is ignored beyond this distance.
const CUTOFF: f64 = 3.0 * K;
/// Pull towards the centre, per unit of distance.
const GRAVITY: f64 = 0.03;
/// After the force phase no two nodes are closer than this.
const MIN_GAP: f64 = 0.4 * K;
const GOLDEN_ANGLE: f64 = 2.399_963_229_728_653;

/// Positions of every company that takes part in a deal, sorted by company id.
pub fn layout(dataset: &Dataset) -> Vec<NodePosition> {
    let known: BTreeMap<&str, ()> = dataset
        .companies
        .iter()
        .map(|c| (c.id.as_str(), ()))
        .collect();
    let mut ids: Vec<&str> = dataset
        .deals
        .iter()
        .flat_map(|d| d.party_ids())
        .filter(|id| known.contains_key(id))
        .collect();
    ids.sort_unstable();
    ids.dedup();
    let position = |id: &str| ids.binary_search(&id).ok().map(|i| i as u32);

    let mut weights: BTreeMap<(u32, u32), u32> = BTreeMap::new();
    for deal in &dataset.deals {
        let mut parties: Vec<u32> = deal.party_ids().filter_map(position).collect();
        parties.sort_unstable();
        parties.dedup();
        for (i, a) in parties.iter().enumerate() {
            for b in &parties[i + 1..] {
                *weights.entry((*a, *b)).or_insert(0) += 1;
            }
        }
    }
    let edges: Vec<(u32, u32, u32)> = weights.into_iter().map(|((a, b), w)| (a, b, w)).collect();
    let points = force_layout(&ids, &edges);
    ids.iter()
        .zip(points)
        .map(|(id, (x, y))| NodePosition {
            company: (*id).to_string(),
            x,
            y,
        })
        .collect()
}

/// Lays out `ids.len()` nodes joined by `(a, b, weight)` edges; returns points inside
/// `[MARGIN, LAYOUT_SIZE - MARGIN]²`, one per id, in the same order. Edges naming a node that
/// does not exist are ignored.
pub fn force_layout(ids: &[&str], edges: &[(u32, u32, u32)]) -> Vec<(f32, f32)> {
    let n = ids.len();
    let edges: Vec<(usize, usize, f64)> = edges
        .iter()
        .filter(|(a, b, _)| (*a as usize) < n && (*b as usize) < n && a != b)
        .map(|&(a, b, w)| (a as usize, b as usize, 1.0 + f64::from(w.max(1)).ln()))
        .collect();
    let mut pos = start_points(ids, &edges);
    let iterations = if n <= 300 { 400 } else { 250 };
    let t0 = (0.15 * (n as f64).sqrt()).max(1.0) * K;
    let mut disp = vec![(0.0f64, 0.0f64); n];
    for step in 0..iterations {
        let t = t0 * (1.0 - step as f64 / iterations as f64) + 0.01 * K;
        disp.iter_mut().for_each(|d| *d = (0.0, 0.0));
        let grid = Grid::new(&pos, CUTOFF);
        let near: &[(f64, f64)] = &pos;
        for (i, p) in near.iter().enumerate() {
            // Summed here, in the order `disp[i]` would be, then stored once.
            let mut push = (0.0f64, 0.0f64);
            grid.for_near(*p, |j| {
                let q = near[j];
                if j == i || beyond(*p, q, CUTOFF) {
                    return;
                }
                let (dx, dy, d) = apart(*p, q, i, j);
                if d < CUTOFF {
                    let f = K * K / d;
                    push.0 += dx / d * f;
                    push.1 += dy / d * f;
                }
            });
            disp[i] = (push.0 - GRAVITY * p.0, push.1 - GRAVITY * p.1);
        }
        for &(a, b, w) in &edges {
            let (dx, dy, d) = apart(pos[a], pos[b], a, b);
            let f = d * d / K * w;
            let (fx, fy) = (dx / d * f, dy / d * f);
            disp[a].0 -= fx;
            disp[a].1 -= fy;
            disp[b].0 += fx;
            disp[b].1 += fy;
        }
        for (p, d) in pos.iter_mut().zip(&disp) {
            let len = (d.0 * d.0 + d.1 * d.1).sqrt();
            if len > 0.0 {
                let step = len.min(t);
                p.0 += d.0 / len * step;
                p.1 += d.1 / len * step;
            }
        }
    }
    separate(&mut pos);
    fit(&pos)
}

/// Sunflower spiral, best-connected nodes in the middle, nudged by a hash of the id.
fn start_points(ids: &[&str], edges: &[(usize, usize, f64)]) -> Vec<(f64, f64)> {
    let mut degree = vec![0u32; ids.len()];
    for &(a, b, _) in edges {
        degree[a] += 1;
        degree[b] += 1;
    }
    let mut order: Vec<usize> = (0..ids.len()).collect();
    order.sort_by(|&a, &b| degree[b].cmp(&degree[a]).then(ids[a].cmp(ids[b])));
    let mut pos = vec![(0.0, 0.0); ids.len()];
    for (rank, &i) in order.iter().enumerate() {
        let h = fnv(ids[i]);
        let jitter_a = ((h & 0xffff) as f64 / 65_536.0 - 0.5) * 0.2;
        let jitter_r = (((h >> 16) & 0xffff) as f64 / 65_536.0 - 0.5) * 0.2;
        let r = K * ((rank as f64 + 0.5).sqrt() + jitter_r);
        let a = rank as f64 * GOLDEN_ANGLE + jitter_a;
        pos[i] = (r * a.cos(), r * a.sin());
    }
    pos
}

/// True when `p` and `q` are at least `limit` apart by [`apart`]'s measure: its squared length
/// is at least `limit²`, so its length (a correctly rounded square root) is at least `limit`.
/// Cheaper than `apart` for the many pairs of neighbouring cells that are too far to push.
/// `limit²` must be exact (it is for the cut-offs here).
fn beyond(p: (f64, f64), q: (f64, f64), limit: f64) -> bool {
    let (dx, dy) = (p.0 - q.0, p.1 - q.1);
    dx * dx + dy * dy >= limit * limit
}

/// Vector from `q` to `p` and its length; coincident points get a fixed direction by index.
fn apart(p: (f64, f64), q: (f64, f64), i: usize, j: usize) -> (f64, f64, f64) {
    let (dx, dy) = (p.0 - q.0, p.1 - q.1);
    let d = (dx * dx + dy * dy).sqrt();
    if d > 1e-9 {
        return (dx, dy, d);
    }
    let angle = (i.min(j) * 7 + i.max(j) * 13) as f64;
    let sign = if i < j { 1.0 } else { -1.0 };
    let e = 1e-3 * K;
    (sign * e * angle.cos(), sign * e * angle.sin(), e)
}

/// Pushes apart pairs closer than `MIN_GAP`, a few sweeps in a fixed order.
fn separate(pos: &mut [(f64, f64)]) {
    for _ in 0..50 {
        let grid = Grid::new(pos, MIN_GAP);
        let mut moved = false;
        for i in 0..pos.len() {
            let mut push = (0.0, 0.0);
            grid.for_near(pos[i], |j| {
                if j == i {
                    return;
                }
                let (dx, dy, d) = apart(pos[i], pos[j], i, j);
                if d < MIN_GAP {
                    let f = (MIN_GAP - d) / 2.0 + 1e-6;
                    push.0 += dx / d * f;
                    push.1 += dy / d * f;
                }
            });
            if push != (0.0, 0.0) {
                moved = true;
                pos[i].0 += push.0;
                pos[i].1 += push.1;
            }
        }
        if !moved {
            break;
        }
    }
}

/// Scales the points into the margins of the square, keeping their aspect ratio.
fn fit(pos: &[(f64, f64)]) -> Vec<(f32, f32)> {
    let size = f64::from(LAYOUT_SIZE);
    let margin = f64::from(MARGIN);
    let centre = size / 2.0;
    if pos.len() <= 1 {
        return pos.iter().map(|_| (centre as f32, centre as f32)).collect();
    }
    let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
    for &(x, y) in pos {
        x0 = x0.min(x);
        y0 = y0.min(y);
        x1 = x1.max(x);
        y1 = y1.max(y);
    }
    let extent = (x1 - x0).max(y1 - y0).max(1e-9);
    let scale = (size - 2.0 * margin) / extent;
    let (cx, cy) = ((x0 + x1) / 2.0, (y0 + y1) / 2.0);
    pos.iter()
        .map(|&(x, y)| {
            let px = (centre + (x - cx) * scale).clamp(margin, size - margin);
            let py = (centre + (y - cy) * scale).clamp(margin, size - margin);
            (px as f32, py as f32)
        })
        .collect()
}

/// Points bucketed into square cells, visited in a fixed order.
struct Grid {
    cell: f64,
    /// The cell of each entry of `members`, in ascending order.
    keys: Vec<(i64, i64)>,
    /// Point indices sorted by (cell x, cell y, index).
    members: Vec<usize>,
}

impl Grid {
    fn new(pos: &[(f64, f64)], cell: f64) -> Grid {
        let key = |p: (f64, f64)| ((p.0 / cell).floor() as i64, (p.1 / cell).floor() as i64);
        let mut keyed: Vec<((i64, i64), usize)> =
            pos.iter().enumerate().map(|(i, p)| (key(*p), i)).collect();
        keyed.sort_unstable();
        let (keys, members) = keyed.into_iter().unzip();
        Grid {
            cell,
            keys,
            members,
        }
    }

    /// Calls `f` with every point in the 3×3 cells around `p`: column by column, each column's
    /// cells bottom to top, each cell's points by index. The three cells of a column are one
    /// run of the sorted `members`, found by two binary searches.
    fn for_near(&self, p: (f64, f64), mut f: impl FnMut(usize)) {
        let (cx, cy) = (
            (p.0 / self.cell).floor() as i64,
            (p.1 / self.cell).floor() as i64,
        );
        for dx in -1..=1 {
            let (low, high) = ((cx + dx, cy - 1), (cx + dx, cy + 1));
            let s = self.keys.partition_point(|k| *k < low);
            let e = self.keys.partition_point(|k| *k <= high);
            self.members[s..e.max(s)].iter().for_each(|&j| f(j));
        }
    }
}

/// FNV-1a, for a stable per-id nudge.
fn fnv(s: &str) -> u64 {
    crate::hash::fnv(s.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Company, Deal, DealKind, DealStatus, Party, Span};

    /// A graph with hubs, chains, a separate pair and an isolated clique: (ids, edges).
    fn graph(n: usize) -> (Vec<String>, Vec<(u32, u32, u32)>) {
        let ids: Vec<String> = (0..n).map(|i| format!("c{i:05}")).collect();
        let mut edges = Vec::new();
        let mut state: u64 = 42;
        let mut next = |m: usize| {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 33) as usize) % m
        };
        for i in 1..n {
            // Preferential-ish: half the nodes attach to one of the first few.
            let j = if i % 2 == 0 { next(i.min(8)) } else { next(i) };
            edges.push((j as u32, i as u32, 1 + (i % 3) as u32));
        }
        (ids, edges)
    }

    fn run(n: usize) -> Vec<(f32, f32)> {
        let (ids, edges) = graph(n);
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        force_layout(&refs, &edges)
    }

    #[test]
    fn pairs_beyond_the_cutoff_are_at_least_that_far_apart() {
        let mut state: u64 = 7;
        let mut next = || {
            state = state
                .wrapping_mul(6_364_136_223_846_793_005)
                .wrapping_add(1_442_695_040_888_963_407);
            ((state >> 11) as f64 / (1u64 << 53) as f64 - 0.5) * 8.0
        };
        let mut skipped = 0;
        for k in 0..100_000 {
            let (p, q) = ((next(), next()), (next(), next()));
            if beyond(p, q, CUTOFF) {
                assert!(apart(p, q, k, k + 1).2 >= CUTOFF, "{p:?} {q:?}");
                skipped += 1;
            }
        }
        assert!(skipped > 10_000, "{skipped}");
        let (p, q) = ((0.0, 0.0), (CUTOFF, 0.0));
        assert!(beyond(p, q, CUTOFF) && apart(p, q, 0, 1).2 >= CUTOFF);
    }

    fn check_invariants(points: &[(f32, f32)]) {
        for &(x, y) in points {
            assert!(x.is_finite() && y.is_finite(), "({x}, {y}) not finite");
            assert!((MARGIN..=LAYOUT_SIZE - MARGIN).contains(&x), "x = {x}");
            assert!((MARGIN..=LAYOUT_SIZE - MARGIN).contains(&y), "y = {y}");
        }
        let mut sorted: Vec<(u32, u32)> = points
            .iter()
            .map(|(x, y)| (x.to_bits(), y.to_bits()))
            .collect();
        sorted.sort_unstable();
        let before = sorted.len();
        sorted.dedup();
        assert_eq!(sorted.len(), before, "two nodes share a point");
    }

    #[test]
    fn same_graph_gives_the_same_picture() {
        assert_eq!(run(120), run(120));
    }

    #[test]
    fn seed_sized_graph_is_finite_inside_and_distinct() {
        check_invariants(&run(50));
    }

    #[test]
    fn two_thousand_nodes_are_finite_inside_and_distinct() {
        let points = run(2_000);
        assert_eq!(points.len(), 2_000);
        check_invariants(&points);
    }

    #[test]
    fn nodes_are_spread_out_not_collapsed() {
        // The closest pair of a 50-node layout keeps a visible gap (in layout units).
        let points = run(50);
        let mut closest = f32::MAX;
        for (i, a) in points.iter().enumerate() {
            for b in &points[i + 1..] {
                closest = closest.min(((a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)).sqrt());
            }
        }
        assert!(closest > 10.0, "closest pair {closest}");
    }

    #[test]
    fn connected_nodes_sit_closer_than_unconnected_ones() {
        let (ids, edges) = graph(200);
        let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
        let points = force_layout(&refs, &edges);
        let dist = |a: usize, b: usize| {
            let (p, q) = (points[a], points[b]);
            ((p.0 - q.0).powi(2) + (p.1 - q.1).powi(2)).sqrt()
        };
        let linked: f32 = edges
            .iter()
            .map(|&(a, b, _)| dist(a as usize, b as usize))
            .sum::<f32>()
            / edges.len() as f32;
        let all: f32 = (0..200).map(|i| dist(i, (i * 7 + 13) % 200)).sum::<f32>() / 200.0;
        assert!(linked < all / 2.0, "linked {linked} vs random {all}");
    }

    #[test]
    fn tiny_graphs_and_bad_edges_do_not_panic() {
        assert!(force_layout(&[], &[]).is_empty());
        assert_eq!(force_layout(&["a"], &[(0, 5, 1)]), [(500.0, 500.0)]);
        let two = force_layout(&["a", "b"], &[(0, 1, 1), (1, 1, 3)]);
        check_invariants(&two);
    }

    #[test]
    fn dataset_layout_covers_deal_parties_only_sorted_by_id() {
        let company = |id: &str| Company {
            id: id.into(),
            ..Default::default()
        };
        let deal = |parties: &[&str]| Deal {
            id: parties.join("-"),
            kind: DealKind::Partnership,
            parties: parties
                .iter()
                .map(|p| Party {
                    company: (*p).into(),
                    role: None,
                })
                .collect(),
            article: "a".into(),
            date: None,
            amount: None,
            status: DealStatus::Signed,
            evidence: String::new(),
            evidence_span: Span::default(),
            trigger: String::new(),
        };
        let ds = Dataset {
            companies: ["kt", "lonely", "microsoft", "naver"].map(company).to_vec(),
            deals: vec![deal(&["microsoft", "kt"]), deal(&["naver", "kt", "ghost"])],
            ..Default::default()
        };
        let ids: Vec<String> = layout(&ds).into_iter().map(|p| p.company).collect();
        assert_eq!(ids, ["kt", "microsoft", "naver"]);
    }
}
