//! Stable sorting through one shared instance of the standard sort, to keep the wasm small.
//!
//! Every `sort_by`/`sort_by_key` call with its own closure type compiles a full copy of the
//! standard library's stable sort (about 4 KB of wasm each). These functions sort a list of
//! positions with a `dyn` comparator instead, so there is one copy, then move the elements
//! into place. The result is exactly the standard stable sort's.

use std::cmp::Ordering;

/// `v.sort_by(cmp)`: stable.
pub fn sort_by<T>(v: &mut [T], mut cmp: impl FnMut(&T, &T) -> Ordering) {
    let order = order(v.len(), &mut |a, b| cmp(&v[a], &v[b]));
    permute(&order, &mut |a, b| v.swap(a, b));
}

/// `v.sort_by_key(key)`: stable.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// `values` ascending, each once. Through the shared sort rather than a `BTreeSet`, whose
/// collecting compiles a stable sort and a tree builder per element type.
pub fn sorted_distinct<T: Ord>(mut values: Vec<T>) -> Vec<T> {
    sort_by(&mut values, Ord::cmp);
    values.dedup();
    values
}

/// The positions `0..len` in sorted order (stable).
fn order(len: usize, cmp: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    let mut order: Vec<usize> = (0..len).collect();
    order.sort_by(|&a, &b| cmp(a, b));
    order
}

/// Moves the element at `order[k]` to position `k` for every `k`, one cycle at a time.
fn permute(order: &[usize], swap: &mut dyn FnMut(usize, usize)) {
    let mut done = vec![false; order.len()];
    for start in 0..order.len() {
        let mut k = start;
        while !done[k] {
            done[k] = true;
            let src = order[k];
            if src == start {
                break;
            }
            swap(k, src);
            k = src;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn same_as_std_stable_sort(v in proptest::collection::vec((0u8..5, any::<u16>()), 0..200)) {
            let mut ours = v.clone();
            let mut std = v;
            sort_by_key(&mut ours, |p| p.0);
            std.sort_by_key(|p| p.0);
            prop_assert_eq!(&ours, &std);
            sort_by(&mut ours, |a, b| b.1.cmp(&a.1));
            std.sort_by_key(|p| std::cmp::Reverse(p.1));
            prop_assert_eq!(ours, std);
        }
    }
}
