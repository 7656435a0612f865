//! Shown when a routed id (company, article) is not in the dataset.

use corpus::view::{Lang, ViewState};
use yew::prelude::*;

use crate::i18n;
use crate::router::href;

/// The not-found panel. A plain function, not a component: one less set of yew's
/// per-component code in the wasm.
pub fn missing(lang: Lang) -> Html {
    let s = i18n::strings(lang);
    html! {
        <div class="layout single">
            <main id="main" class="panel empty" data-testid="not-found">
                <h1>{ s.not_found }</h1>
                <a href={href(&ViewState { lang, ..ViewState::default() })}>{ s.back_to_overview }</a>
            </main>
        </div>
    }
}
