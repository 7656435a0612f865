//! The frame the filtered pages share (deals, network, companies): the filter panel, a status
//! line with the page title and the result count, then the page's own content.

use std::rc::Rc;

use yew::prelude::*;

use crate::components::amounts::Amounts;
use crate::components::deal_table::DealTable;
use crate::components::facets::Facets;
use crate::components::later::Later;
use crate::components::timeline::Timeline;
use crate::pages::empty::NoResults;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: AttrValue,
    pub count: usize,
    /// What is counted, e.g. `건의 거래`.
    pub noun: AttrValue,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Filtered)]
pub fn filtered(props: &Props) -> Html {
    html! {
        <div class="layout">
            <Later placeholder={html! { <aside class="panel facets" aria-busy="true"></aside> }}>
                <Facets />
            </Later>
            <main id="main">
                <div class="status-line">
                    <h1>{ props.title.clone() }</h1>
                    <span><strong data-testid="result-count" class="count">{ props.count }</strong>{ format!(" {}", props.noun) }</span>
                </div>
                { props.children.clone() }
            </main>
        </div>
    }
}

/// The timeline and amounts pictures (from the second frame on), then the deal rows, or what
/// to try when there are none.
pub fn deal_results(rows: &Rc<Vec<u32>>) -> Html {
    html! {
        <>
            <Later placeholder={html! { <div class="pictures pending" aria-busy="true"></div> }}>
                <div class="pictures">
                    <Timeline />
                    <Amounts />
                </div>
            </Later>
            if rows.is_empty() {
                <NoResults />
            } else {
                <DealTable rows={rows.clone()} />
            }
        </>
    }
}
