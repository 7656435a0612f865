//! `#/deals?...`: the filter panel and the deal table for the current view.

use yew::prelude::*;

use crate::components::amounts::Amounts;
use crate::components::deal_table::DealTable;
use crate::components::facets::Facets;
use crate::components::timeline::Timeline;
use crate::context::AppCtx;
use crate::i18n;
use crate::pages::empty::NoResults;

#[function_component(Deals)]
pub fn deals() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let rows = use_memo(ctx.results.clone(), |r| r.deals.clone());
    html! {
        <div class="layout">
            <Facets />
            <main id="main">
                <div class="status-line">
                    <h1>{ s.nav_deals }</h1>
                    <span><strong data-testid="result-count" class="count">{ rows.len() }</strong>{ format!(" {}", s.results_deals) }</span>
                </div>
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
