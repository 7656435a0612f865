//! Which rows of a long table to render: the window over the viewport and the spacer heights.
//!
//! Pure arithmetic shared by the app's virtualised tables, tested on the host; it knows
//! nothing about the DOM.

/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 4;
/// The window start moves in steps of this many rows (fewer re-renders while scrolling).
const STEP: usize = 4;
/// The rows to render and the space to leave for the others.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Window {
    pub start: usize,
    pub end: usize,
    /// Height of the spacer above the window, in CSS pixels.
    pub top_px: u32,
    /// Height of the spacer below the window, in CSS pixels.
    pub bottom_px: u32,
}

/// Which rows the viewport shows, widened by [`OVERSCAN`] rows on each side and rounded out
/// to multiples of [`STEP`], so that scrolling changes it (and re-renders) only every
/// [`STEP`] rows. `end` is not clamped to the table's length; [`window_for`] does that.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Placement {
    pub start: usize,
    pub end: usize,
}

/// The placement for rows of `row_px`, given where the tbody's top is relative to the
/// viewport (`tbody_top`: positive while the table starts lower down the page, negative once
/// scrolled past) and the viewport's height. Only the part of the viewport the table occupies
/// counts: a table that starts halfway down the screen needs half a screen of rows.
pub fn placement(row_px: u32, tbody_top: f64, viewport: f64) -> Placement {
    let row = f64::from(row_px.max(1));
    let viewport = viewport.max(0.0);
    if tbody_top >= 0.0 {
        // The table starts inside the viewport (or below it): rows from the first one.
        let shown = ((viewport - tbody_top).max(0.0) / row).ceil() as usize;
        return Placement {
            start: 0,
            end: (shown + OVERSCAN).div_ceil(STEP) * STEP,
        };
    }
    // Scrolled into the table: the first visible row, rounded down to a step, decides both
    // ends, so that the window moves only every STEP rows.
    let first = ((-tbody_top / row) as usize) / STEP * STEP;
    let shown = (viewport / row).ceil() as usize + 1;
    Placement {
        start: first.saturating_sub(OVERSCAN),
        end: first.saturating_add(STEP + shown + OVERSCAN),
    }
}

/// The row height to use after measuring `measured` pixels on average, when `current` is in
/// use: `None` (keep it) unless they differ by more than an eighth. Every spacer and the
/// placement of every row below depend on it, so a small change of the average, as other
/// rows come into view, would move a row thousands of rows down by many screens.
pub fn updated_row_px(current: u32, measured: u32) -> Option<u32> {
    let measured = measured.max(1);
    (measured.abs_diff(current).saturating_mul(8) > current).then_some(measured)
}

/// A placement that holds row `position` and a few rows around it, for bringing a row that
/// is not rendered into the DOM before scrolling to it.
pub fn around(position: usize) -> Placement {
    let first = position / STEP * STEP;
    Placement {
        start: first.saturating_sub(OVERSCAN),
        end: first.saturating_add(STEP + OVERSCAN),
    }
}

/// The rows of a table of `total` rows to render for `at`.
pub fn window_for(total: usize, row_px: u32, at: Placement) -> Window {
    let end = at.end.min(total);
    let start = at.start.min(end);
    Window {
        start,
        end,
        top_px: (start as u32).saturating_mul(row_px),
        bottom_px: ((total - end) as u32).saturating_mul(row_px),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn window(total: usize, row_px: u32, top: f64, viewport: f64) -> Window {
        window_for(total, row_px, placement(row_px, top, viewport))
    }

    #[test]
    fn the_row_height_changes_only_by_more_than_an_eighth() {
        assert_eq!(
            updated_row_px(48, 66),
            Some(66),
            "the first measurement replaces the guess"
        );
        assert_eq!(updated_row_px(66, 62), None);
        assert_eq!(updated_row_px(66, 70), None);
        assert_eq!(updated_row_px(64, 73), Some(73));
        assert_eq!(updated_row_px(64, 55), Some(55));
        assert_eq!(updated_row_px(64, 0), Some(1));
    }

    #[test]
    fn around_holds_the_row() {
        for position in [0, 1, 3, 4, 5, 7, 8, 1000, 35_618] {
            let at = around(position);
            assert!(
                at.start <= position && position < at.end,
                "{position}: {at:?}"
            );
            assert!(at.end - at.start <= STEP + 2 * OVERSCAN);
        }
    }

    #[test]
    fn the_window_covers_the_viewport_and_no_more() {
        let w = window(50_000, 40, 0.0, 800.0);
        assert_eq!(w.start, 0);
        assert!(w.end >= 21 && w.end < 60, "{w:?}");
        assert_eq!(w.bottom_px, (50_000 - w.end as u32) * 40);
    }

    #[test]
    fn scrolled_windows_start_in_steps_and_account_for_every_row() {
        let w = window(50_000, 40, -40_000.0, 800.0);
        assert_eq!(w.start % STEP, 0);
        assert!(w.start <= 1000 - OVERSCAN && w.end > 1021, "{w:?}");
        assert_eq!(w.top_px, w.start as u32 * 40);
        assert_eq!(
            w.top_px + (w.end - w.start) as u32 * 40 + w.bottom_px,
            50_000 * 40
        );
    }

    #[test]
    fn only_the_part_of_the_viewport_the_table_occupies_counts() {
        // The table starts 600 px down an 800 px viewport: 5 rows show, plus the overscan.
        let low = window(50_000, 40, 600.0, 800.0);
        assert_eq!(low.start, 0);
        assert!(
            low.end >= 5 + OVERSCAN && low.end < 5 + OVERSCAN + STEP,
            "{low:?}"
        );
        // Entirely below the fold: the overscan only.
        let below = window(50_000, 40, 2_000.0, 800.0);
        assert_eq!(
            (below.start, below.end),
            (0, OVERSCAN.div_ceil(STEP) * STEP)
        );
        // Scrolled so that the table fills the viewport: the full screen of rows again.
        let full = window(50_000, 40, -400.0, 800.0);
        assert!(full.start <= 10 && full.end >= 30, "{full:?}");
    }

    #[test]
    fn every_row_in_view_is_rendered() {
        for row_px in [17_u32, 40, 93] {
            for viewport in [300.0, 800.0, 1400.0] {
                for top in (-20_000..2_000).step_by(37) {
                    let (total, top) = (600, f64::from(top));
                    let w = window(total, row_px, top, viewport);
                    let row = f64::from(row_px);
                    // Row i spans [top + i*row, top + (i+1)*row); in view if it meets [0, viewport).
                    for i in (0..total).filter(|&i| {
                        let y = top + i as f64 * row;
                        y < viewport && y + row > 0.0
                    }) {
                        assert!(
                            w.start <= i && i < w.end,
                            "row {i} of {w:?} at {top} {viewport} {row_px}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn the_window_moves_only_every_step_rows() {
        let mut changes = 0;
        let mut last = window(50_000, 40, 0.0, 800.0);
        for px in 1..=(40 * 8 * 10) {
            let w = window(50_000, 40, -f64::from(px), 800.0);
            if w != last {
                changes += 1;
                last = w;
            }
        }
        // 80 rows scrolled, at most one change per STEP rows.
        assert!(changes <= 80 / STEP + 1, "{changes} changes");
        // The table rising from below the fold into view: the same.
        let mut changes = 0;
        let mut last = window(50_000, 40, 800.0, 800.0);
        for px in (0..800).rev() {
            let w = window(50_000, 40, f64::from(px), 800.0);
            if w != last {
                changes += 1;
                last = w;
            }
        }
        assert!(changes <= 20 / STEP + 1, "{changes} changes");
    }

    #[test]
    fn short_tables_render_every_row() {
        let w = window(5, 40, 300.0, 800.0);
        assert_eq!((w.start, w.end, w.top_px, w.bottom_px), (0, 5, 0, 0));
        let scrolled_past = window(3, 40, -900.0, 800.0);
        assert!(scrolled_past.start <= scrolled_past.end && scrolled_past.end <= 3);
    }
}
