//! Brushing over ordered bins (years, amount decades): a dragged span or keyboard steps become
//! an inclusive range. Pure integer logic, shared by the timeline and the amount axis.

/// An inclusive range of bin values, `lo <= hi`.
pub type Range = (i32, i32);

/// The range spanned by two brushed ends, in either order.
pub fn ordered(a: i32, b: i32) -> Range {
    (a.min(b), a.max(b))
}

/// Shift+arrow on the bin `focused`: grows (or shrinks) the current range by one bin towards
/// `step` (−1 left, +1 right), never beyond `bounds`. Without a range, starts from `focused`.
///
/// The moving end is the one on the arrow's side of `focused`: with `(2020, 2023)` and focus
/// on 2023, Shift+→ gives `(2020, 2024)` and Shift+← gives `(2020, 2022)`.
pub fn extend_range(current: Option<Range>, focused: i32, step: i32, bounds: Range) -> Range {
    let (lo_bound, hi_bound) = ordered(bounds.0, bounds.1);
    let (mut lo, mut hi) = match current {
        Some((a, b)) => ordered(a, b),
        None => (focused, focused),
    };
    let step = step.signum();
    let right_end_moves = if lo == hi || (focused > lo && focused < hi) {
        step > 0
    } else {
        focused >= hi
    };
    if right_end_moves {
        hi = (hi + step).max(lo);
    } else {
        lo = (lo + step).min(hi);
    }
    (lo.clamp(lo_bound, hi_bound), hi.clamp(lo_bound, hi_bound))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drag_in_either_direction_gives_the_same_range() {
        assert_eq!(ordered(2024, 2021), (2021, 2024));
        assert_eq!(ordered(2021, 2024), (2021, 2024));
        assert_eq!(ordered(2022, 2022), (2022, 2022));
    }

    #[test]
    fn shift_arrows_grow_from_the_focused_end() {
        let b = (2015, 2025);
        assert_eq!(extend_range(None, 2020, 1, b), (2020, 2021));
        assert_eq!(extend_range(None, 2020, -1, b), (2019, 2020));
        assert_eq!(extend_range(Some((2020, 2023)), 2023, 1, b), (2020, 2024));
        assert_eq!(extend_range(Some((2020, 2023)), 2023, -1, b), (2020, 2022));
        assert_eq!(extend_range(Some((2020, 2023)), 2020, -1, b), (2019, 2023));
        assert_eq!(extend_range(Some((2020, 2023)), 2020, 1, b), (2021, 2023));
    }

    #[test]
    fn ranges_stay_inside_the_bounds_and_never_invert() {
        let b = (2015, 2025);
        assert_eq!(extend_range(Some((2024, 2025)), 2025, 1, b), (2024, 2025));
        assert_eq!(extend_range(Some((2015, 2016)), 2015, -1, b), (2015, 2016));
        assert_eq!(extend_range(Some((2020, 2020)), 2020, -1, b), (2019, 2020));
        // Shrinking a one-bin range keeps one bin.
        let r = extend_range(Some((2020, 2021)), 2021, -1, b);
        assert_eq!(r, (2020, 2020));
        let r = extend_range(Some(r), 2020, -1, b);
        assert_eq!(r, (2019, 2020));
    }
}
