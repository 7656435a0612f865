//! `#/deals?...`: the filter panel, the pictures and the deal table for the current view.

use yew::prelude::*;

use crate::context::AppCtx;
use crate::i18n;
use crate::pages::filtered::{deal_results, filtered};

#[function_component(Deals)]
pub fn deals() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let rows = use_memo(ctx.results.clone(), |r| r.deals.clone());
    filtered(
        s.nav_deals,
        rows.len(),
        s.results_deals,
        deal_results(&ctx, &rows),
    )
}
