//! The no-results state: says so and offers to remove each active filter.

use corpus::view::ViewState;
use yew::prelude::*;

use crate::context::AppCtx;
use crate::i18n;

/// Each active filter, named as its filter panel names it, with a view that drops it.
fn removals(view: &ViewState, s: &i18n::Strings) -> Vec<(String, ViewState)> {
    let mut out = Vec::new();
    let base = ViewState {
        open: None,
        ..view.clone()
    };
    let mut push = |label: String, f: &dyn Fn(&mut ViewState)| {
        let mut v = base.clone();
        f(&mut v);
        out.push((label, v));
    };
    if !view.q.is_empty() {
        push(format!("{}: {}", s.search_label, view.q), &|v| v.q.clear());
    }
    if !view.company.is_empty() {
        push(s.facet_company.into(), &|v| v.company = Default::default());
    }
    if !view.kind.is_empty() {
        push(s.facet_kind.into(), &|v| v.kind = Default::default());
    }
    if !view.status.is_empty() {
        push(s.facet_status.into(), &|v| v.status = Default::default());
    }
    if view.from.is_some() || view.to.is_some() {
        push(s.years.into(), &|v| {
            v.from = None;
            v.to = None;
        });
    }
    if view.min.is_some() || view.max.is_some() {
        push(s.amount_usd.into(), &|v| {
            v.min = None;
            v.max = None;
        });
    }
    if !view.country.is_empty() {
        push(s.facet_country.into(), &|v| v.country = Default::default());
    }
    if !view.sector.is_empty() {
        push(s.facet_sector.into(), &|v| v.sector = Default::default());
    }
    if !view.article.is_empty() {
        push(s.facet_article.into(), &|v| v.article = Default::default());
    }
    out
}

/// The empty-result panel with a way out for each active filter. A plain function, not a
/// component: one less set of yew's per-component code in the wasm.
pub fn no_results(ctx: &AppCtx) -> Html {
    let s = i18n::strings(ctx.lang);
    let options = removals(&ctx.view, s);
    html! {
        <div class="panel empty" data-testid="no-results">
            <p>{ s.no_results }</p>
            if !options.is_empty() {
                <p>{ s.no_results_hint }</p>
                <ul class="chips">
                { for options.into_iter().map(|(label, next)| {
                    let nav = ctx.nav.clone();
                    let onclick = Callback::from(move |_| nav.push(next.clone()));
                    html! { <li><button class="btn small" onclick={onclick}>{ format!("{} ✕", label) }</button></li> }
                }) }
                </ul>
            }
        </div>
    }
}
