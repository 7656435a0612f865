//! `#/network?...`: the deal network of the current view, its timeline and amounts, and the
//! same deal rows as `#/deals` with the same filters.

use yew::prelude::*;

use crate::components::later::Later;
use crate::components::network::NetworkPicture;
use crate::context::AppCtx;
use crate::i18n;
use crate::pages::filtered::{deal_results, filtered};

#[function_component(Network)]
pub fn network() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let p = i18n::pictures(ctx.lang);
    let rows = use_memo(ctx.results.clone(), |r| r.deals.clone());
    let content = html! {
        <>
            <Later placeholder={html! { <div class="network-pending" aria-busy="true"></div> }}>
                <NetworkPicture />
            </Later>
            { deal_results(&ctx, &rows) }
        </>
    };
    filtered(p.network_title, rows.len(), s.results_deals, content)
}
