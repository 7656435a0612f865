//! A `<details>` whose contents are rendered only while it is open: a closed facet list
//! costs no DOM nodes, so a keystroke does not rebuild lists nobody can see.

use yew::prelude::*;

/// Whether a `<details>` that starts `open` (or not) shows its contents now, and the
/// `ontoggle` handler to put on it. Once the user opens it, it stays rendered while open.
#[hook]
pub fn use_disclosure(open: bool) -> (bool, Callback<Event>) {
    let opened = use_state_eq(|| false);
    let ontoggle = {
        let opened = opened.clone();
        use_callback((), move |e: Event, _| {
            if let Some(details) = e.target_dyn_into::<web_sys::Element>() {
                opened.set(details.has_attribute("open"));
            }
        })
    };
    (open || *opened, ontoggle)
}
