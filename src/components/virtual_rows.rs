//! Windowed rendering for long tables: only the rows near the viewport are in the DOM.
//!
//! The table's `<tbody>` gets a [`NodeRef`]; the window is computed from the tbody's position
//! in the viewport and the measured average row height, and recomputed on scroll and resize.
//! Rows outside the window are stood in for by two spacer rows whose height is set through
//! the `<td height>` attribute (a presentational hint, so the strict CSP that forbids inline
//! styles does not apply). It never reads or writes the URL. Layout is read only after a
//! paint (`frame::after_next_paint`), when it is already computed: reading it in a render's
//! effects would force the browser to lay the page out before it can paint.

use std::cell::RefCell;
use std::rc::Rc;

use gloo::events::EventListener;
use wasm_bindgen::JsCast;
use yew::prelude::*;

/// Row height assumed before the first measurement, in CSS pixels.
const ESTIMATED_ROW_PX: u32 = 48;
/// Viewport height assumed when the window cannot be measured (tests, no layout).
const FALLBACK_VIEWPORT_PX: f64 = 1000.0;

pub use corpus::window::{placement, window_for, Placement, Window};

/// State of a windowed table: where its tbody is and the current window.
pub struct VirtualRows {
    pub tbody: NodeRef,
    pub window: Window,
}

/// Tracks the visible window of a table of `total` rows. Attach `tbody` to the `<tbody>`,
/// render rows `window.start..window.end` (each with `data-row` = its position) between two
/// [`spacer`] rows. Re-renders only when the window changes, not on every scroll event.
///
/// When `reveal` becomes a row position (the row a link or a picture opened), the page
/// scrolls to that row after the next paint, unless it is already on screen.
#[hook]
pub fn use_virtual_rows(total: usize, reveal: Option<usize>) -> VirtualRows {
    let tbody = use_node_ref();
    let row_px = use_mut_ref(|| ESTIMATED_ROW_PX);
    let at = use_state_eq(|| placement(ESTIMATED_ROW_PX, 0.0, FALLBACK_VIEWPORT_PX));
    let recompute = {
        let (tbody, row_px, at) = (tbody.clone(), row_px.clone(), at.clone());
        move || {
            let top = tbody
                .cast::<web_sys::Element>()
                .map_or(0.0, |el| el.get_bounding_client_rect().top());
            let viewport = gloo::utils::window()
                .inner_height()
                .ok()
                .and_then(|v| v.as_f64())
                .unwrap_or(FALLBACK_VIEWPORT_PX);
            at.set(placement(*row_px.borrow(), top, viewport));
        }
    };
    {
        let recompute = recompute.clone();
        use_effect_with(total, move |_| {
            // Measured after the paint: reading layout here would force it before the paint.
            crate::frame::after_next_paint(recompute.clone());
            let target = gloo::utils::window();
            let on_scroll = {
                let recompute = recompute.clone();
                EventListener::new(&target, "scroll", move |_| recompute())
            };
            let on_resize = EventListener::new(&target, "resize", move |_| recompute());
            move || drop((on_scroll, on_resize))
        });
    }
    {
        let (tbody, row_px) = (tbody.clone(), row_px.clone());
        use_effect_with(reveal, move |reveal| {
            if let Some(position) = *reveal {
                crate::frame::after_next_paint(move || {
                    reveal_row(&tbody, *row_px.borrow(), position)
                });
            }
        });
    }
    // After every render's paint (when layout is clean, so reading it is cheap): the average
    // height of the rendered rows (spacers excluded).
    {
        let (tbody, row_px) = (tbody.clone(), row_px.clone());
        use_effect(move || {
            crate::frame::after_next_paint(move || measure_rows(&tbody, &row_px, recompute))
        });
    }
    let row_px = *row_px.borrow();
    VirtualRows {
        tbody,
        window: window_for(total, row_px, *at),
    }
}

/// Scrolls the page so that row `position` of `tbody` is a third of the way down the
/// viewport, unless it is rendered and fully on screen already. Rows not rendered are placed
/// by the average row height, as the spacers are.
fn reveal_row(tbody: &NodeRef, row_px: u32, position: usize) {
    let Some(el) = tbody.cast::<web_sys::Element>() else {
        return;
    };
    let window = gloo::utils::window();
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(FALLBACK_VIEWPORT_PX);
    let selector = format!(":scope > tr[data-row=\"{position}\"]");
    if let Ok(Some(row)) = el.query_selector(&selector) {
        let r = row.get_bounding_client_rect();
        if r.top() >= 0.0 && r.bottom() <= viewport {
            return;
        }
    }
    let page_top = el.get_bounding_client_rect().top() + window.scroll_y().unwrap_or(0.0);
    let y = page_top + position as f64 * f64::from(row_px) - viewport / 3.0;
    window.scroll_to_with_x_and_y(0.0, y.max(0.0));
}

/// Sets `row_px` to the average height of the rows in `tbody` (spacers excluded) and, when it
/// changed, recomputes the window.
fn measure_rows(tbody: &NodeRef, row_px: &Rc<RefCell<u32>>, recompute: impl Fn()) {
    let Some(el) = tbody.cast::<web_sys::Element>() else {
        return;
    };
    let Ok(rows) = el.query_selector_all(":scope > tr[data-row]") else {
        return;
    };
    let count = rows.length();
    let height: f64 = (0..count)
        .filter_map(|i| rows.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .map(|e| e.get_bounding_client_rect().height())
        .sum();
    if count > 0 && height > 0.0 {
        let measured = (height / f64::from(count)).round().max(1.0) as u32;
        if measured != *row_px.borrow() {
            *row_px.borrow_mut() = measured;
            recompute();
        }
    }
}

/// A row standing in for `px` pixels of rows that are not rendered (nothing when zero).
pub fn spacer(px: u32, columns: u32) -> Html {
    if px == 0 {
        return html! {};
    }
    html! {
        <tr class="spacer" aria-hidden="true">
            <td colspan={columns.to_string()} height={px.to_string()}></td>
        </tr>
    }
}
