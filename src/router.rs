//! Hash routing: the location's fragment is the single source of truth for the view.
//!
//! Reading: `location.hash` → `corpus::url::decode`. Writing: `history.pushState` for discrete
//! changes (Back/Forward walk through them) and `replaceState` while typing. The app listens to
//! `popstate` and `hashchange` so Back/Forward and edited URLs re-render.
//!
//! A keystroke's `replaceState` waits until its frame is painted (Chromium walks the page's
//! links on every URL change, a millisecond or more per call on a full page): [`write`] keeps
//! it pending, [`current_fragment`] already answers with it, and it is written after the paint,
//! or at once before a push or when the URL is read ([`flush`]). It is dropped when the
//! location has moved meanwhile (Back, Forward, an edited URL), so it never lands on another
//! history entry.

use std::cell::RefCell;

use corpus::view::ViewState;
use yew::prelude::*;

/// A typed fragment not yet written, and the location's fragment it is to replace.
struct Pending {
    fragment: String,
    replaces: String,
}

thread_local! {
    static PENDING: RefCell<Option<Pending>> = const { RefCell::new(None) };
}

/// How a navigation enters the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A new history entry (clicks, selections).
    Push,
    /// Rewrite the current entry (typing in the search box).
    Replace,
}

/// The current fragment, without the leading `#`: the one typed last if it is not written yet.
pub fn current_fragment() -> String {
    PENDING
        .with(|p| p.borrow().as_ref().map(|p| p.fragment.clone()))
        .unwrap_or_else(location_fragment)
}

/// The location's fragment, without the leading `#`.
fn location_fragment() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The href of a view, for links (`#/deals?...`).
pub fn href(view: &ViewState) -> String {
    format!("#{}", corpus::url::encode(view))
}

/// Writes the view into the URL: a push at once, a replace once the next frame is painted.
/// Returns the new fragment.
pub fn write(view: &ViewState, mode: Mode) -> String {
    let fragment = corpus::url::encode(view);
    match mode {
        Mode::Push => {
            flush();
            set_url(&fragment, Mode::Push);
        }
        Mode::Replace => {
            let first = PENDING.with(|p| {
                let mut p = p.borrow_mut();
                let first = p.is_none();
                let replaces = p.take().map_or_else(location_fragment, |p| p.replaces);
                *p = Some(Pending {
                    fragment: fragment.clone(),
                    replaces,
                });
                first
            });
            if first {
                crate::frame::after_next_paint(flush);
            }
        }
    }
    fragment
}

/// Writes a pending replace now, unless the location has moved since it was typed.
pub fn flush() {
    let Some(pending) = PENDING.with(|p| p.try_borrow_mut().ok().and_then(|mut p| p.take())) else {
        return;
    };
    if location_fragment() == pending.replaces {
        set_url(&pending.fragment, Mode::Replace);
    }
}

/// Drops a pending replace: the location moved (Back, Forward, an edited URL).
pub fn forget_pending() {
    PENDING.with(|p| p.borrow_mut().take());
}

fn set_url(fragment: &str, mode: Mode) {
    let url = format!("#{fragment}");
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let state = wasm_bindgen::JsValue::NULL;
        let _ = match mode {
            Mode::Push => history.push_state_with_url(&state, "", Some(&url)),
            Mode::Replace => history.replace_state_with_url(&state, "", Some(&url)),
        };
    }
}

/// Passed down the tree: call it to go to another view.
#[derive(Clone, PartialEq)]
pub struct Navigator {
    pub go: Callback<(ViewState, Mode)>,
}

impl Navigator {
    pub fn push(&self, view: ViewState) {
        self.go.emit((view, Mode::Push));
    }

    pub fn replace(&self, view: ViewState) {
        self.go.emit((view, Mode::Replace));
    }
}
