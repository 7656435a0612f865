//! Id → position lookups without hash maps: a binary search over the ids themselves when
//! they are sorted (companies and articles are, by the dataset's contract), else over a
//! permutation sorted by id. Built in one pass, no string copies.
//!
//! With duplicate ids the first position wins, as a map filled in order with `or_insert`.

/// Finds positions by id in a list of ids it does not own.
#[derive(Debug, Clone, Default)]
pub(crate) struct IdLookup {
    /// Positions sorted by id (stable), or `None` when the ids are sorted already.
    order: Option<Vec<u32>>,
    /// No id occurs twice.
    unique: bool,
}

impl IdLookup {
    /// Prepares lookups over `ids` (position `i` holds `ids[i]`).
    pub fn new<'a>(ids: impl Fn(usize) -> &'a str, len: usize) -> IdLookup {
        if (1..len).all(|i| ids(i - 1) < ids(i)) {
            return IdLookup {
                order: None,
                unique: true,
            };
        }
        if (1..len).all(|i| ids(i - 1) <= ids(i)) {
            return IdLookup {
                order: None,
                unique: false,
            };
        }
        let mut order: Vec<u32> = (0..len as u32).collect();
        crate::sorting::sort_by(&mut order, |a, b| ids(*a as usize).cmp(ids(*b as usize)));
        let unique = order
            .windows(2)
            .all(|w| ids(w[0] as usize) != ids(w[1] as usize));
        IdLookup {
            order: Some(order),
            unique,
        }
    }

    /// Like [`IdLookup::find`], trying `hint` first: taken when the ids are unique and
    /// position `hint` holds `id` (one comparison), else searched for.
    pub fn find_hinted<'a>(
        &self,
        id: &str,
        hint: u32,
        ids: impl Fn(usize) -> &'a str,
        len: usize,
    ) -> Option<u32> {
        if self.unique && (hint as usize) < len && ids(hint as usize) == id {
            return Some(hint);
        }
        self.find(id, ids, len)
    }

    /// The first position holding `id`; `ids` and `len` must be the ones given to `new`.
    pub fn find<'a>(&self, id: &str, ids: impl Fn(usize) -> &'a str, len: usize) -> Option<u32> {
        let at = |k: usize| -> usize {
            match &self.order {
                Some(order) => order[k] as usize,
                None => k,
            }
        };
        let n = self.order.as_ref().map_or(len, Vec::len);
        let k = partition_point(n, |k| ids(at(k)) < id);
        (k < n && ids(at(k)) == id).then(|| at(k) as u32)
    }
}

/// The first `k` in `0..n` where `below(k)` is false (`below` true then false over `0..n`).
fn partition_point(n: usize, below: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, n);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        if below(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(ids: &[&str]) {
        let get = |i: usize| ids[i];
        let lookup = IdLookup::new(get, ids.len());
        for probe in ids.iter().copied().chain(["", "zz", "b0", "0"]) {
            let want = ids.iter().position(|x| *x == probe).map(|i| i as u32);
            assert_eq!(
                lookup.find(probe, get, ids.len()),
                want,
                "{probe} in {ids:?}"
            );
            for hint in [0, 1, 2, 3, u32::MAX] {
                let found = lookup.find_hinted(probe, hint, get, ids.len());
                assert_eq!(found, want, "{probe} in {ids:?}, hint {hint}");
            }
        }
    }

    #[test]
    fn finds_the_first_position_sorted_or_not() {
        check(&[]);
        check(&["a"]);
        check(&["a", "b", "c"]);
        check(&["a", "b", "b", "c"]);
        check(&["c", "a", "b"]);
        check(&["c", "a", "c", "b", "a"]);
        check(&["d9", "d1", "d5", "d1"]);
    }
}
