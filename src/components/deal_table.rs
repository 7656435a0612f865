//! The deal table: sortable columns, expandable rows with the evidence sentence.
//!
//! Rows carry `data-deal-id`; the expanded row is `open=<deal id>` in the URL. Only the rows
//! near the viewport are rendered ([`use_virtual_rows`]): 50,000 deals never become 50,000
//! DOM rows.

use std::rc::Rc;

use corpus::view::{Page, SortKey, ViewState};
use corpus::{Deal, Span};
use yew::prelude::*;

use crate::components::highlight::{highlighted, Mark};
use crate::components::sort_header::sort_header;
use crate::components::virtual_rows::{spacer, use_virtual_rows};
use crate::context::AppCtx;
use crate::format::{amount_normalised, company_name, date};
use crate::i18n::{self, kind_label, status_label};
use crate::router::href;

/// Columns of the table (for the spacer rows).
const COLUMNS: u32 = 7;

#[derive(Properties, PartialEq)]
pub struct Props {
    /// Indices into the dataset's deals, already sorted.
    pub rows: Rc<Vec<u32>>,
    /// Column headers change the URL's sort.
    #[prop_or(true)]
    pub sortable: bool,
}

/// Marks for an evidence sentence: the parties' mentions and the search matches.
pub fn evidence_marks(ctx: &AppCtx, deal: &Deal) -> Vec<Mark> {
    let base = deal.evidence_span.start;
    let end = deal.evidence_span.end;
    let marks = ctx
        .index
        .deal_index(&deal.id)
        .map_or(&[][..], |d| ctx.index.party_marks(d));
    let mut marks: Vec<Mark> = marks
        .iter()
        .filter(|m| m.start >= base && m.end <= end)
        .map(|m| Mark {
            span: Span {
                start: m.start - base,
                end: m.end - base,
            },
            class: "party",
        })
        .collect();
    if !ctx.view.q.is_empty() {
        let query = corpus::search::Query::parse(&ctx.view.q);
        marks.extend(
            corpus::search::highlight(&deal.evidence, &query)
                .into_iter()
                .map(|span| Mark { span, class: "hit" }),
        );
    }
    marks
}

#[function_component(DealTable)]
pub fn deal_table(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    // The open deal's position, so that a link or picture that opens it brings it on screen.
    let open_position = ctx
        .view
        .open
        .as_deref()
        .and_then(|id| ctx.index.deal_index(id))
        .and_then(|d| props.rows.iter().position(|&r| r == d));
    let rows = use_virtual_rows(props.rows.len(), open_position);
    let window = rows.window;
    let s = i18n::strings(ctx.lang);
    let lang = ctx.lang;
    let dataset = ctx.index.dataset();
    let view = ctx.view.clone();

    let header = |key: SortKey, label: &'static str| {
        if props.sortable {
            sort_header(&ctx, key, SortKey::Date, label)
        } else {
            html! { <th scope="col">{ label }</th> }
        }
    };

    html! {
        <div class="table-wrap">
        <table class="deals" aria-label={s.nav_deals} aria-rowcount={(props.rows.len() + 1).to_string()}>
            <thead>
                <tr>
                    <th scope="col"><span class="visually-hidden">{ s.show_evidence }</span></th>
                    { header(SortKey::Kind, s.col_kind) }
                    <th scope="col">{ s.col_parties }</th>
                    { header(SortKey::Amount, s.col_amount) }
                    { header(SortKey::Date, s.col_date) }
                    <th scope="col">{ s.col_status }</th>
                    <th scope="col">{ s.col_article }</th>
                </tr>
            </thead>
            <tbody ref={rows.tbody.clone()}>
            { spacer(window.top_px, COLUMNS) }
            // One fragment for the rows: a `for` among siblings would be flattened into the
            // tbody's children, and the unkeyed spacers would turn the keys off.
            <>
            { for props.rows.get(window.start..window.end).unwrap_or_default().iter().enumerate().filter_map(|(n, &i)| dataset.deals.get(i as usize).map(|d| (window.start + n, d))).map(|(position, deal)| {
                let open = view.open.as_deref() == Some(deal.id.as_str());
                let toggle = {
                    let ctx = ctx.clone();
                    let id = deal.id.clone();
                    Callback::from(move |_| {
                        let open = if ctx.view.open.as_deref() == Some(id.as_str()) { None } else { Some(id.clone()) };
                        ctx.nav.push(ViewState { open, ..ctx.view() });
                    })
                };
                let article = ctx.index.article(&deal.article);
                let article_href = href(&ViewState { page: Page::Article(deal.article.clone()), lang, ..ViewState::default() });
                let article_title = article.and_then(|a| a.title.value.clone()).unwrap_or_else(|| deal.article.clone());
                let parties = deal.parties.iter().map(|p| {
                    let name = ctx.index.company(&p.company).map(|c| company_name(c, lang)).unwrap_or_else(|| p.company.clone());
                    let target = ViewState { page: Page::Company(p.company.clone()), lang, ..ViewState::default() };
                    html! { <a class="chip" href={href(&target)} data-company-id={p.company.clone()} title={name.clone()}>{ name }</a> }
                });
                let amount = match &deal.amount {
                    Some(a) => html! { <>{ amount_normalised(a) }<span class="sub muted">{ a.text.clone() }</span></> },
                    None => html! { <span class="muted">{ s.no_amount }</span> },
                };
                let when = deal.date.as_ref().map(date).unwrap_or_else(|| s.no_date.to_string());
                let label = if open { s.hide_evidence } else { s.show_evidence };
                // Keyed by deal: a row that stays in the results keeps its DOM nodes (and the
                // browser its laid-out text) when the filter changes around it.
                html! {
                    <key={deal.id.clone()}>
                    <tr data-deal-id={deal.id.clone()} data-row={position.to_string()} aria-rowindex={(position + 2).to_string()} class={classes!(open.then_some("open"))}>
                        <td><button class="row-toggle" onclick={toggle} aria-expanded={open.to_string()} aria-label={label} title={label}>{ if open { "▾" } else { "▸" } }</button></td>
                        <td><span class={classes!("kind", deal.kind.id())}>{ kind_label(lang, deal.kind) }</span></td>
                        <td class="parties">{ for parties }</td>
                        <td class="num">{ amount }</td>
                        <td class="num">{ when }</td>
                        <td class="status">{ status_label(lang, deal.status) }</td>
                        <td><a href={article_href.clone()}>{ article_title }</a></td>
                    </tr>
                    if open {
                        <tr class="open evidence-row" data-evidence-for={deal.id.clone()}>
                            <td></td>
                            <td colspan="6">
                                <blockquote class="evidence" aria-label={s.evidence}>
                                    { highlighted(&deal.evidence, &evidence_marks(&ctx, deal)) }
                                </blockquote>
                                <div class="meta">
                                    <span>{ format!("{}: {}", s.trigger, deal.trigger) }</span>
                                    <a href={article_href}>{ s.open_article }</a>
                                </div>
                            </td>
                        </tr>
                    }
                    </>
                }
            }) }
            </>
            { spacer(window.bottom_px, COLUMNS) }
            </tbody>
        </table>
        </div>
    }
}
