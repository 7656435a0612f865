//! The company table: names in both scripts, kind, country, sectors, counts, counterparts.
//!
//! Rows carry `data-company-id`; a name links to the company's profile. Only the rows near
//! the viewport are rendered ([`use_virtual_rows`]).

use std::rc::Rc;

use corpus::search::Query;
use corpus::view::{Page, SortKey, ViewState};
use corpus::Company;
use yew::prelude::*;

use crate::components::highlight::{highlighted, Mark};
use crate::components::sort_header::sort_header;
use crate::components::virtual_rows::{spacer, use_virtual_rows};
use crate::context::AppCtx;
use crate::format::{company_alt_name, company_name, sector_names};
use crate::i18n::{self, company_kind_label, country_label};
use crate::router::href;

/// Columns of the table (for the spacer rows).
const COLUMNS: u32 = 7;
/// Counterparts listed per row.
const PARTNERS_SHOWN: usize = 3;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Indices into the dataset's companies, already sorted.
    pub rows: Rc<Vec<u32>>,
    /// For each row, its number of deals under the current filters.
    pub deal_counts: Rc<Vec<u32>>,
}

#[function_component(CompanyTable)]
pub fn company_table(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let rows = use_virtual_rows(props.rows.len(), None);
    let window = rows.window;
    let s = i18n::strings(ctx.lang);
    let lang = ctx.lang;
    let dataset = ctx.index.dataset();

    let query = Query::parse(&ctx.view.q);
    let header = |key: SortKey, label: &'static str| sort_header(&ctx, key, SortKey::Deals, label);
    let link = |id: &str| {
        href(&ViewState {
            page: Page::Company(id.to_string()),
            lang,
            ..ViewState::default()
        })
    };

    html! {
        <div class="table-wrap">
        <table class="companies" aria-label={s.nav_companies} aria-rowcount={(props.rows.len() + 1).to_string()}>
            <thead>
                <tr>
                    { header(SortKey::Name, s.col_name) }
                    <th scope="col">{ s.col_company_kind }</th>
                    { header(SortKey::Country, s.col_country) }
                    <th scope="col">{ s.col_sectors }</th>
                    { header(SortKey::Deals, s.col_deals) }
                    { header(SortKey::Articles, s.col_articles) }
                    <th scope="col">{ s.col_partners }</th>
                </tr>
            </thead>
            <tbody ref={rows.tbody.clone()}>
            { spacer(window.top_px, COLUMNS) }
            // Keyed rows in a fragment of their own (see the deal table).
            <>
            { for props.rows.iter().zip(props.deal_counts.iter()).enumerate().skip(window.start).take(window.end - window.start).filter_map(|(position, (&i, &n))| dataset.companies.get(i as usize).map(|c| (position, i, c, n))).map(|(position, i, c, deals)| {
                let partners = ctx.index.partners_of(&c.id);
                html! {
                    <tr key={c.id.clone()} data-company-id={c.id.clone()} data-row={position.to_string()} aria-rowindex={(position + 2).to_string()}>
                        <td>
                            <a href={link(&c.id)}>{ marked(company_name(c, lang), &query) }</a>
                            if let Some(alt) = company_alt_name(c, lang) { <div class="muted">{ marked(alt, &query) }</div> }
                            if let Some(alias) = matched_alias(c, lang, &query) { <div class="muted alias">{ marked(alias, &query) }</div> }
                            if !c.known { <div class="derived" title={s.discovered}>{ s.discovered }</div> }
                        </td>
                        <td>{ company_kind_label(lang, c.kind) }</td>
                        <td>{ c.country.as_deref().map(|code| country_label(lang, code)).unwrap_or_default() }</td>
                        <td>{ sector_names(dataset, c, lang) }</td>
                        <td class="num">{ deals }</td>
                        <td class="num">{ ctx.index.article_count(i) }</td>
                        <td>
                            <ul class="chips">
                            { for partners.iter().take(PARTNERS_SHOWN).filter_map(|&(p, n)| dataset.companies.get(p as usize).map(|pc| (pc, n))).map(|(pc, n)| html! {
                                <li><a href={link(&pc.id)} data-company-id={pc.id.clone()}>{ format!("{} ({n})", company_name(pc, lang)) }</a></li>
                            }) }
                            </ul>
                        </td>
                    </tr>
                }
            }) }
            </>
            { spacer(window.bottom_px, COLUMNS) }
            </tbody>
        </table>
        </div>
    }
}

/// `text` with the query's matches marked.
fn marked(text: String, query: &Query) -> Html {
    let marks: Vec<Mark> = corpus::search::highlight(&text, query)
        .into_iter()
        .map(|span| Mark { span, class: "hit" })
        .collect();
    highlighted(&text, &marks)
}

/// When the query matched only an alias that the row does not show (`aws` finds Amazon Web
/// Services), that alias, so the user sees why the row is there.
fn matched_alias(company: &Company, lang: corpus::view::Lang, query: &Query) -> Option<String> {
    if query.is_empty() {
        return None;
    }
    let shown = std::iter::once(company_name(company, lang)).chain(company_alt_name(company, lang));
    let hit = |text: &str| !corpus::search::highlight(text, query).is_empty();
    if shown.into_iter().any(|name| hit(&name)) {
        return None;
    }
    company.aliases.iter().find(|a| hit(a)).cloned()
}
