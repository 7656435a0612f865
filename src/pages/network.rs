//! `#/network?...`: the deal network of the current view, its timeline and amounts, and the
//! same deal rows as `#/deals` with the same filters.

use yew::prelude::*;

use crate::components::amounts::Amounts;
use crate::components::deal_table::DealTable;
use crate::components::facets::Facets;
use crate::components::network::NetworkPicture;
use crate::components::timeline::Timeline;
use crate::context::AppCtx;
use crate::i18n;
use crate::pages::empty::NoResults;

#[function_component(Network)]
pub fn network() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let p = i18n::pictures(ctx.lang);
    let rows = use_memo(ctx.results.clone(), |r| r.deals.clone());
    html! {
        <div class="layout">
            <Facets />
            <main id="main">
                <div class="status-line">
                    <h1>{ p.network_title }</h1>
                    <span><strong data-testid="result-count" class="count">{ rows.len() }</strong>{ format!(" {}", s.results_deals) }</span>
                </div>
                <NetworkPicture />
                <div class="pictures">
                    <Timeline />
                    <Amounts />
                </div>
                if rows.is_empty() {
                    <NoResults />
                } else {
                    <DealTable rows={rows.clone()} />
                }
            </main>
        </div>
    }
}
