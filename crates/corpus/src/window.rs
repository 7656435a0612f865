//! Which rows of a long table to render: the window over the viewport and the spacer heights.
//!
//! Pure arithmetic shared by the app's virtualised tables, tested on the host; it knows
//! nothing about the DOM.

/// Rows rendered above and below the visible ones.
const OVERSCAN: usize = 8;
/// The window start moves in steps of this many rows (fewer re-renders while scrolling).
const STEP: usize = 8;
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

/// Where the viewport is over the table, in rows: the first row to render (a multiple of
/// [`STEP`]) and how many rows fit in the viewport. Changes only every [`STEP`] rows of
/// scrolling, so scrolling re-renders rarely.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub struct Placement {
    pub start: usize,
    pub visible: usize,
}

/// The placement for rows of `row_px`, given where the tbody's top is relative to the
/// viewport (`tbody_top`, negative once scrolled past) and the viewport's height.
pub fn placement(row_px: u32, tbody_top: f64, viewport: f64) -> Placement {
    let row = f64::from(row_px.max(1));
    let first_visible = if tbody_top < 0.0 {
        (-tbody_top / row) as usize
    } else {
        0
    };
    Placement {
        start: (first_visible.saturating_sub(OVERSCAN) / STEP) * STEP,
        visible: (viewport.max(0.0) / row).ceil() as usize + 1,
    }
}

/// The rows of a table of `total` rows to render for `at`.
pub fn window_for(total: usize, row_px: u32, at: Placement) -> Window {
    let end = (at.start + at.visible + 2 * OVERSCAN + STEP).min(total);
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
    fn short_tables_render_every_row() {
        let w = window(5, 40, 300.0, 800.0);
        assert_eq!((w.start, w.end, w.top_px, w.bottom_px), (0, 5, 0, 0));
        let scrolled_past = window(3, 40, -900.0, 800.0);
        assert!(scrolled_past.start <= scrolled_past.end && scrolled_past.end <= 3);
    }
}
