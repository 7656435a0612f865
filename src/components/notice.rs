//! The small notice that says which parts of the URL were ignored, and why.

use std::rc::Rc;

use corpus::url::Ignored;
use yew::prelude::*;

use crate::context::AppCtx;
use crate::i18n;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub ignored: Rc<Vec<Ignored>>,
}

#[function_component(IgnoredNotice)]
pub fn ignored_notice(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    if props.ignored.is_empty() {
        return html! {};
    }
    let s = i18n::strings(ctx.lang);
    html! {
        <div class="notice" role="status" data-testid="ignored-notice">
            <strong>{ s.ignored_title }</strong>
            <ul>
                { for props.ignored.iter().map(|i| html! { <li>{ i.message(ctx.lang) }</li> }) }
            </ul>
        </div>
    }
}
