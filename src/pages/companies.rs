//! `#/companies?...`: the filter panel and the company table for the current view.

use yew::prelude::*;

use crate::components::company_table::CompanyTable;
use crate::components::facets::Facets;
use crate::context::AppCtx;
use crate::i18n;
use crate::pages::empty::NoResults;

#[function_component(Companies)]
pub fn companies() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let rows = use_memo(ctx.results.clone(), |r| r.companies.clone());
    let counts = use_memo(ctx.results.clone(), |r| r.company_deals.clone());
    html! {
        <div class="layout">
            <Facets />
            <main id="main">
                <div class="status-line">
                    <h1>{ s.nav_companies }</h1>
                    <span><strong data-testid="result-count" class="count">{ rows.len() }</strong>{ format!(" {}", s.results_companies) }</span>
                </div>
                if rows.is_empty() {
                    <NoResults />
                } else {
                    <CompanyTable rows={rows.clone()} deal_counts={counts.clone()} />
                }
            </main>
        </div>
    }
}
