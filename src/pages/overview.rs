//! `#/`: counts, top companies, deals by year and kind, and the articles of the corpus.

use corpus::view::{Facet, Page, ViewState};
use yew::prelude::*;

use crate::components::bars::{bars, Bar};
use crate::context::AppCtx;
use crate::format::company_name;
use crate::i18n::{self, kind_label};
use crate::router::href;

/// How many companies the "top companies" list shows.
const TOP_COMPANIES: usize = 10;
/// How many articles the list shows at first, and how many more each "show more" adds: a
/// corpus of thousands of articles would otherwise build thousands of list items (seconds
/// before the page appears at 10,000 articles).
const ARTICLES_FIRST: usize = 20;
const ARTICLES_STEP: usize = 100;

#[function_component(Overview)]
pub fn overview() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let lang = ctx.lang;
    let dataset = ctx.index.dataset();
    // Both depend on the view and the index only: "show more" re-renders the page without
    // running the overview's filter pass or the article order again.
    let overview = {
        let index = ctx.index.clone();
        use_memo(ctx.view.clone(), move |view| index.overview(view))
    };
    let newest = {
        let index = ctx.index.clone();
        use_memo((), move |_| index.articles_newest_first())
    };
    let listed = use_state_eq(|| ARTICLES_FIRST);
    let deals_view = |f: &dyn Fn(&mut ViewState)| {
        let mut v = ViewState {
            page: Page::Deals,
            lang,
            ..ViewState::default()
        };
        f(&mut v);
        href(&v)
    };
    let top: Vec<Bar> = overview
        .top_companies
        .iter()
        .take(TOP_COMPANIES)
        .filter_map(|&(i, n)| dataset.companies.get(i as usize).map(|c| (c, n)))
        .map(|(c, n)| Bar {
            label: company_name(c, lang),
            count: n,
            href: deals_view(&|v| {
                v.company = Facet {
                    include: vec![c.id.clone()],
                    exclude: vec![],
                }
            }),
            company: Some(c.id.clone()),
        })
        .collect();
    let years: Vec<Bar> = overview
        .deals_by_year
        .iter()
        .map(|&(y, n)| Bar {
            label: y.to_string(),
            count: n,
            href: deals_view(&|v| {
                v.from = Some(y);
                v.to = Some(y);
            }),
            company: None,
        })
        .collect();
    let kinds: Vec<Bar> = overview
        .deals_by_kind
        .iter()
        .map(|&(k, n)| Bar {
            label: kind_label(lang, k).to_string(),
            count: n,
            href: deals_view(&|v| {
                v.kind = Facet {
                    include: vec![k],
                    exclude: vec![],
                }
            }),
            company: None,
        })
        .collect();
    let with_amount = dataset.deals.iter().filter(|d| d.amount.is_some()).count();
    let stat = |label: &'static str, n: usize, link: Option<String>| match link {
        Some(h) => html! { <a class="stat" href={h}><b class="count">{ n }</b>{ label }</a> },
        None => html! { <div class="stat"><b class="count">{ n }</b>{ label }</div> },
    };
    html! {
        <div class="layout single">
        <main id="main">
            <h1>{ s.app_name }</h1>
            <section class="stats" aria-label={s.app_name}>
                { stat(s.stat_articles, dataset.articles.len(), None) }
                { stat(s.stat_companies, dataset.companies.len(), Some(href(&ViewState { page: Page::Companies, lang, ..ViewState::default() }))) }
                { stat(s.stat_deals, dataset.deals.len(), Some(deals_view(&|_| {}))) }
                { stat(s.stat_amounts, with_amount, Some(deals_view(&|v| v.min = Some(0.0)))) }
            </section>
            <div class="grid2">
                { bars(s.top_companies, &top) }
                { bars(s.by_kind, &kinds) }
                { bars(s.by_year, &years) }
            </div>
            <section class="panel">
                <h2>{ s.articles }<span class="muted">{ format!(" ({})", dataset.articles.len()) }</span></h2>
                <ul class="sentences grows" data-testid="articles">
                { for newest.iter().take(*listed).filter_map(|&i| dataset.articles.get(i as usize).map(|a| (i, a))).map(|(i, a)| {
                    let title = a.title.value.clone().unwrap_or_else(|| a.id.clone());
                    let first = ctx.index.lead(i).to_string();
                    let target = ViewState { page: Page::Article(a.id.clone()), lang, ..ViewState::default() };
                    html! {
                        <li data-article-id={a.id.clone()}>
                            <a href={href(&target)}>{ title }</a>
                            <span class="muted">{ format!(" · {}", a.date.value.clone().unwrap_or_default()) }</span>
                            <div class="muted">{ first }{ "…" }</div>
                        </li>
                    }
                }) }
                </ul>
                { more_articles(s, newest.len().saturating_sub(*listed), &listed) }
            </section>
        </main>
        </div>
    }
}

/// The "show more (n)" button under the article list, when `hidden` articles are not listed:
/// each click lists [`ARTICLES_STEP`] more.
fn more_articles(s: &i18n::Strings, hidden: usize, listed: &UseStateHandle<usize>) -> Html {
    if hidden == 0 {
        return Html::default();
    }
    let onclick = {
        let listed = listed.clone();
        Callback::from(move |_: MouseEvent| listed.set(*listed + ARTICLES_STEP))
    };
    html! {
        <button type="button" class="btn small more-values grows" data-testid="more-articles" {onclick}>
            { i18n::show_more(s, hidden) }
        </button>
    }
}
