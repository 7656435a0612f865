//! The frame the filtered pages share (deals, network, companies): the filter panel, a status
//! line with the page title and the result count, then the page's own content.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::amounts::Amounts;
use crate::components::deal_table::DealTable;
use crate::components::facets::Facets;
use crate::components::later::Later;
use crate::components::timeline::Timeline;
use crate::context::AppCtx;
use crate::pages::empty::no_results;

/// The frame around `content`: `count` results, `noun` says what is counted (e.g. `건의 거래`).
/// A plain function, not a component: one less set of yew's per-component code in the wasm.
pub fn filtered(title: &'static str, count: usize, noun: &'static str, content: Html) -> Html {
    html! {
        <div class="layout">
            <Later placeholder={html! { <aside class="panel facets" aria-busy="true"></aside> }}>
                <Facets />
            </Later>
            <main id="main">
                <div class="status-line">
                    <h1>{ title }</h1>
                    <span><strong data-testid="result-count" class="count">{ count }</strong>{ format!(" {noun}") }</span>
                </div>
                { content }
            </main>
        </div>
    }
}

/// The timeline and amounts pictures (from the second frame on), then the deal rows, and what
/// to try when there are none.
pub fn deal_results(ctx: &AppCtx, rows: &Rc<Vec<u32>>) -> Html {
    html! {
        <>
            <Later placeholder={html! { <div class="pictures pending" aria-busy="true"></div> }}>
                <div class="pictures">
                    <Timeline />
                    <Amounts />
                </div>
            </Later>
            // The table stays (its header only) when nothing matches, so typing through an
            // empty result does not tear it down and build it again.
            <DealTable rows={rows.clone()} />
            if rows.is_empty() {
                { no_results(ctx) }
            }
        </>
    }
}
