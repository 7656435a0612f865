//! Text with marked ranges (search matches, deal parties). Renders text nodes only.

use corpus::display::segments;
pub use corpus::display::Mark;
use yew::prelude::*;

/// `text` with `marks` (character ranges, any order; overlaps are resolved in favour of the
/// earlier start). A plain function, not a component: one less set of yew's per-component
/// code in the wasm.
pub fn highlighted(text: &str, marks: &[Mark]) -> Html {
    html! {
        <>
        { for segments(text, marks).into_iter().map(|(seg, class)| match class {
            Some(class) => html! { <mark class={class}>{ seg.to_string() }</mark> },
            None => html! { { seg.to_string() } },
        }) }
        </>
    }
}
