//! A fixed set of character spans that answers "does `[s, e)` overlap any of them?" in
//! logarithmic time, so checking every candidate against every hit stays near-linear.
//!
//! Spans may be given in any order and may overlap one another. It knows nothing of text.

/// Spans sorted by start, with the running maximum of their ends.
#[derive(Debug, Clone, Default)]
pub struct SpanSet {
    starts: Vec<usize>,
    /// `max_end[i]`: the largest end among the first `i + 1` spans (by start).
    max_end: Vec<usize>,
}

impl SpanSet {
    pub fn new(spans: &[(usize, usize)]) -> SpanSet {
        let mut sorted = spans.to_vec();
        sorted.sort_unstable();
        let mut max_end = Vec::with_capacity(sorted.len());
        let mut running = 0;
        for &(_, e) in &sorted {
            running = running.max(e);
            max_end.push(running);
        }
        SpanSet {
            starts: sorted.into_iter().map(|(s, _)| s).collect(),
            max_end,
        }
    }

    /// True when some span `(ts, te)` has `s < te && ts < e`.
    pub fn overlaps(&self, s: usize, e: usize) -> bool {
        // Spans starting before `e`; one of them overlaps iff the largest end passes `s`.
        let n = self.starts.partition_point(|&ts| ts < e);
        n > 0 && self.max_end[n - 1] > s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agrees_with_a_linear_scan() {
        let spans = [(10, 12), (0, 3), (5, 9), (6, 7), (20, 30)];
        let set = SpanSet::new(&spans);
        for s in 0..35 {
            for e in s..36 {
                let naive = spans.iter().any(|&(ts, te)| s < te && ts < e);
                assert_eq!(set.overlaps(s, e), naive, "[{s}, {e})");
            }
        }
        assert!(!SpanSet::new(&[]).overlaps(0, 10));
    }
}
