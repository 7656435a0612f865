//! `#/companies?...`: the filter panel and the company table for the current view.

use yew::prelude::*;

use crate::components::company_table::CompanyTable;
use crate::context::AppCtx;
use crate::i18n;
use crate::pages::empty::NoResults;
use crate::pages::filtered::Filtered;

#[function_component(Companies)]
pub fn companies() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let rows = use_memo(ctx.results.clone(), |r| r.companies.clone());
    let counts = use_memo(ctx.results.clone(), |r| r.company_deals.clone());
    html! {
        <Filtered title={s.nav_companies} count={rows.len()} noun={s.results_companies}>
            if rows.is_empty() {
                <NoResults />
            } else {
                <CompanyTable rows={rows.clone()} deal_counts={counts.clone()} />
            }
        </Filtered>
    }
}
