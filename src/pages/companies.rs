//! `#/companies?...`: the filter panel and the company table for the current view.

use yew::prelude::*;

use crate::components::company_table::CompanyTable;
use crate::context::AppCtx;
use crate::i18n;
use crate::pages::empty::no_results;
use crate::pages::filtered::filtered;

#[function_component(Companies)]
pub fn companies() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let rows = use_memo(ctx.results.clone(), |r| r.companies.clone());
    let counts = use_memo(ctx.results.clone(), |r| r.company_deals.clone());
    let content = if rows.is_empty() {
        no_results(&ctx)
    } else {
        html! { <CompanyTable rows={rows.clone()} deal_counts={counts.clone()} /> }
    };
    filtered(s.nav_companies, rows.len(), s.results_companies, content)
}
