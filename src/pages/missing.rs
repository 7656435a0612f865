//! Shown when a routed id (company, article) is not in the dataset.

use corpus::view::ViewState;
use yew::prelude::*;

use crate::context::AppCtx;
use crate::i18n;
use crate::router::href;

#[function_component(Missing)]
pub fn missing() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    html! {
        <div class="layout single">
            <main id="main" class="panel empty" data-testid="not-found">
                <h1>{ s.not_found }</h1>
                <a href={href(&ViewState { lang: ctx.lang, ..ViewState::default() })}>{ s.back_to_overview }</a>
            </main>
        </div>
    }
}
