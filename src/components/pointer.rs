//! Small DOM helpers shared by the pictures: where a pointer is along an SVG's viewBox, and
//! moving keyboard focus between sibling marks. Reads the DOM only; keeps no state.

use wasm_bindgen::JsCast;

/// The pointer's x in viewBox units of `svg`, whose viewBox is `view_width` wide and which is
/// drawn at its natural aspect ratio (width 100%, height auto).
pub fn viewbox_x(svg: &web_sys::Element, client_x: i32, view_width: f64) -> Option<f64> {
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 {
        return None;
    }
    Some((f64::from(client_x) - rect.left()) * view_width / rect.width())
}

/// Screen pixels → viewBox units for an SVG drawn with `preserveAspectRatio="xMidYMid meet"`.
pub fn units_per_pixel(svg: &web_sys::Element, view_w: f64, view_h: f64) -> f64 {
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return 1.0;
    }
    (view_w / rect.width()).max(view_h / rect.height())
}

/// The pointer's position in viewBox units of a `meet`-scaled SVG.
pub fn viewbox_point(
    svg: &web_sys::Element,
    client: (i32, i32),
    view: (f64, f64, f64, f64),
) -> Option<(f64, f64)> {
    let rect = svg.get_bounding_client_rect();
    if rect.width() <= 0.0 || rect.height() <= 0.0 {
        return None;
    }
    let (vx, vy, vw, vh) = view;
    let scale = (vw / rect.width()).max(vh / rect.height());
    // `meet` centres the viewBox: the unused space is split on both sides.
    let pad_x = (rect.width() * scale - vw) / 2.0;
    let pad_y = (rect.height() * scale - vh) / 2.0;
    Some((
        vx - pad_x + (f64::from(client.0) - rect.left()) * scale,
        vy - pad_y + (f64::from(client.1) - rect.top()) * scale,
    ))
}

/// Focuses the previous (`step < 0`) or next sibling element of the event's target.
pub fn focus_sibling(target: Option<web_sys::EventTarget>, step: i32) {
    let Some(el) = target.and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else {
        return;
    };
    let sibling = if step < 0 {
        el.previous_element_sibling()
    } else {
        el.next_element_sibling()
    };
    if let Some(svg) = sibling.and_then(|s| s.dyn_into::<web_sys::SvgElement>().ok()) {
        let _ = svg.focus();
    }
}

/// A stable value in `[-0.5, 0.5)` from an id (FNV-1a), for jittering overlapping dots.
pub fn jitter(id: &str) -> f64 {
    let h = corpus::hash::fnv(id.as_bytes());
    (h % 10_000) as f64 / 10_000.0 - 0.5
}
