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
/// How many paints a row being revealed is checked after, the first one included (see
/// [`reveal_row`]).
const REVEAL_CHECKS: u32 = 6;

pub use corpus::window::{around, placement, updated_row_px, window_for, Placement, Window};

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
    // A row to bring on screen: rendered first (the window is widened to hold it), then
    // scrolled to after the paint, when its real position is known.
    let pending: Rc<RefCell<Option<Reveal>>> = use_mut_ref(|| None);
    let last_reveal = use_mut_ref(|| None::<usize>);
    let redraw = use_force_update();
    if *last_reveal.borrow() != reveal {
        *last_reveal.borrow_mut() = reveal;
        let next = reveal.filter(|p| *p < total).map(|position| Reveal {
            position,
            checks: REVEAL_CHECKS,
            scrolled_to: -1.0,
        });
        let start = next.is_some() && pending.borrow().is_none();
        *pending.borrow_mut() = next;
        if start {
            let (tbody, pending, redraw) = (tbody.clone(), pending.clone(), redraw);
            crate::frame::after_next_paint(move || reveal_row(tbody, pending, redraw));
        }
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
    let mut at = *at;
    if let Some(Reveal { position, .. }) = *pending.borrow() {
        if position < at.start || position >= at.end {
            at = around(position);
        }
    }
    VirtualRows {
        tbody,
        window: window_for(total, row_px, at),
    }
}

/// A row being brought on screen, how many more paints may check it, and the page's scroll
/// offset right after the app last scrolled to it (negative before it has).
#[derive(Clone, Copy)]
struct Reveal {
    position: usize,
    checks: u32,
    scrolled_to: f64,
}

/// After a paint: when the `pending` row is rendered and not fully on screen, scrolls the page
/// so that it is a third of the way down the viewport, and checks again after the next paint
/// (a new row height measured on the way can move the rows). Stops once the row is on screen
/// or the checks run out, or once the reader has scrolled the page since the app did (the app
/// never pulls the page back from where the reader took it); until then the window is widened
/// to hold the row.
fn reveal_row(tbody: NodeRef, pending: Rc<RefCell<Option<Reveal>>>, redraw: UseForceUpdateHandle) {
    let Some(Reveal {
        position,
        checks,
        mut scrolled_to,
    }) = *pending.borrow()
    else {
        return;
    };
    let window = gloo::utils::window();
    let scroll_y = || window.scroll_y().unwrap_or(0.0);
    if checks == 0 || (scrolled_to >= 0.0 && scroll_y() != scrolled_to) {
        // The window may still be the one widened to hold the row, and the scroll that left
        // it may not have changed the window state: render the rows where the page is now.
        *pending.borrow_mut() = None;
        redraw.force_update();
        return;
    }
    let row = tbody
        .cast::<web_sys::Element>()
        .and_then(|el| {
            el.query_selector(&format!(":scope > tr[data-row=\"{position}\"]"))
                .ok()
        })
        .flatten();
    let viewport = window
        .inner_height()
        .ok()
        .and_then(|v| v.as_f64())
        .unwrap_or(FALLBACK_VIEWPORT_PX);
    if let Some(row) = row {
        let r = row.get_bounding_client_rect();
        if r.top() >= 0.0 && r.bottom() <= viewport {
            *pending.borrow_mut() = None;
            return;
        }
        window.scroll_by_with_x_and_y(0.0, r.top() - viewport / 3.0);
        scrolled_to = scroll_y();
    }
    *pending.borrow_mut() = Some(Reveal {
        position,
        checks: checks - 1,
        scrolled_to,
    });
    crate::frame::after_next_paint(move || reveal_row(tbody, pending, redraw));
}

/// Measures the average height of the rows in `tbody` (spacers excluded); when it differs
/// enough from `row_px` ([`updated_row_px`]), sets it and recomputes the window.
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
        let current = *row_px.borrow();
        if let Some(next) = updated_row_px(current, measured) {
            *row_px.borrow_mut() = next;
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
