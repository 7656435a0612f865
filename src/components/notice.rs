//! The small notice that says which parts of the URL were ignored, and why.

use corpus::url::Ignored;
use corpus::view::Lang;
use yew::prelude::*;

use crate::i18n;

/// The notice, or nothing when nothing was ignored. A plain function, not a component: one
/// less set of yew's per-component code in the wasm.
pub fn ignored_notice(lang: Lang, ignored: &[Ignored]) -> Html {
    if ignored.is_empty() {
        return html! {};
    }
    let s = i18n::strings(lang);
    html! {
        <div class="notice" role="status" data-testid="ignored-notice">
            <strong>{ s.ignored_title }</strong>
            <ul>
                { for ignored.iter().map(|i| html! { <li>{ i.message(lang) }</li> }) }
            </ul>
        </div>
    }
}
