//! Hash routing: the location's fragment is the single source of truth for the view.
//!
//! Reading: `location.hash` → `corpus::url::decode`. Writing: `history.pushState` for discrete
//! changes (Back/Forward walk through them) and `replaceState` while typing. The app listens to
//! `popstate` and `hashchange` so Back/Forward and edited URLs re-render.

use corpus::view::ViewState;
use yew::prelude::*;

/// How a navigation enters the browser history.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// A new history entry (clicks, selections).
    Push,
    /// Rewrite the current entry (typing in the search box).
    Replace,
}

/// The current fragment, without the leading `#`.
pub fn current_fragment() -> String {
    let hash = web_sys::window()
        .and_then(|w| w.location().hash().ok())
        .unwrap_or_default();
    hash.strip_prefix('#').unwrap_or(&hash).to_string()
}

/// The href of a view, for links (`#/deals?...`).
pub fn href(view: &ViewState) -> String {
    format!("#{}", corpus::url::encode(view))
}

/// Writes the view into the URL. Returns the new fragment.
pub fn write(view: &ViewState, mode: Mode) -> String {
    let fragment = corpus::url::encode(view);
    let url = format!("#{fragment}");
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let state = wasm_bindgen::JsValue::NULL;
        let _ = match mode {
            Mode::Push => history.push_state_with_url(&state, "", Some(&url)),
            Mode::Replace => history.replace_state_with_url(&state, "", Some(&url)),
        };
    }
    fragment
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
