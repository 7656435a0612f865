//! The filter panel: one list per facet with live counts, include and exclude, ranges.
//!
//! Counts come from `Results::facets` (computed in `corpus::filter`); a click navigates.

use corpus::view::{CompanyMatch, Facet, ViewState};
use corpus::{DealKind, DealStatus};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::components::disclosure::use_disclosure;
use crate::context::AppCtx;
use crate::format::company_name;
use crate::i18n::{self, country_label, kind_label, status_label};

/// One row of a facet list.
#[derive(Clone, PartialEq)]
pub struct Row {
    pub id: String,
    pub label: String,
    pub count: u32,
    pub selected: bool,
    pub excluded: bool,
}

/// Which facet a row belongs to.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Which {
    Company,
    Kind,
    Status,
    Country,
    Sector,
    Article,
}

/// Toggles `value` in a facet: include (or exclude), removing it from the other side.
pub fn toggle<T: PartialEq>(facet: &mut Facet<T>, value: T, exclude: bool) {
    let (on, off) = if exclude {
        (&mut facet.exclude, &mut facet.include)
    } else {
        (&mut facet.include, &mut facet.exclude)
    };
    off.retain(|v| *v != value);
    if let Some(pos) = on.iter().position(|v| *v == value) {
        on.remove(pos);
    } else {
        on.push(value);
    }
}

fn apply(view: &mut ViewState, which: Which, id: &str, exclude: bool) {
    match which {
        Which::Company => toggle(&mut view.company, id.to_string(), exclude),
        Which::Country => toggle(&mut view.country, id.to_string(), exclude),
        Which::Sector => toggle(&mut view.sector, id.to_string(), exclude),
        Which::Article => toggle(&mut view.article, id.to_string(), exclude),
        Which::Kind => {
            if let Some(k) = DealKind::from_id(id) {
                toggle(&mut view.kind, k, exclude)
            }
        }
        Which::Status => {
            if let Some(k) = DealStatus::from_id(id) {
                toggle(&mut view.status, k, exclude)
            }
        }
    }
    view.open = None;
}

#[derive(Properties, PartialEq)]
struct ListProps {
    title: &'static str,
    which: Which,
    rows: Vec<Row>,
    #[prop_or(false)]
    open: bool,
}

#[function_component(FacetList)]
fn facet_list(props: &ListProps) -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let which = props.which;
    let any_selected = props.rows.iter().any(|r| r.selected || r.excluded);
    let open = props.open || any_selected;
    let (shown, ontoggle) = use_disclosure(open);
    let expanded = use_state_eq(|| false);
    // The first values, and every selected or excluded one, until the list is expanded.
    let hidden = if *expanded {
        0
    } else {
        props
            .rows
            .iter()
            .enumerate()
            .filter(|(i, r)| !listed_first(*i, r))
            .count()
    };
    let more = (*expanded || hidden > 0).then(|| {
        let label = if *expanded { s.show_fewer.to_string() } else { i18n::show_more(s, hidden) };
        let onclick = {
            let expanded = expanded.clone();
            Callback::from(move |_: MouseEvent| expanded.set(!*expanded))
        };
        html! {
            <button type="button" class="btn small more-values" aria-expanded={expanded.to_string()} {onclick}>{ label }</button>
        }
    });
    let list = if !shown {
        Html::default()
    } else {
        html! {
            <>
            <ul class="facet-list">
            { for props.rows.iter().enumerate().filter(|(i, r)| *expanded || listed_first(*i, r)).map(|(_, row)| {
                let on_toggle = {
                    let (ctx, id) = (ctx.clone(), row.id.clone());
                    Callback::from(move |_: Event| {
                        let mut next = ctx.view();
                        apply(&mut next, which, &id, false);
                        ctx.nav.push(next);
                    })
                };
                let on_exclude = {
                    let (ctx, id) = (ctx.clone(), row.id.clone());
                    Callback::from(move |_: MouseEvent| {
                        let mut next = ctx.view();
                        apply(&mut next, which, &id, true);
                        ctx.nav.push(next);
                    })
                };
                let class = classes!(row.excluded.then_some("excluded"), (row.count == 0).then_some("zero"));
                let exclude_label = if row.excluded { s.include_again } else { s.exclude };
                // Keyed: the list is ordered by count, so a keystroke reorders it; keyed items
                // move instead of rewriting every label.
                html! {
                    <li key={row.id.clone()} class={class} data-value={row.id.clone()}>
                        <label>
                            <input type="checkbox" checked={row.selected} onchange={on_toggle}
                                disabled={row.count == 0 && !row.selected} />
                            <span class="name" title={row.label.clone()}>{ row.label.clone() }</span>
                            <span class="n count">{ row.count }</span>
                        </label>
                        <button class="btn small" onclick={on_exclude} aria-pressed={row.excluded.to_string()}
                            disabled={row.count == 0 && !row.excluded}
                            aria-label={format!("{}: {}", exclude_label, row.label)} title={exclude_label}>
                            { if row.excluded { "↺" } else { "−" } }
                        </button>
                    </li>
                }
            }) }
            </ul>
            { for more }
            </>
        }
    };
    html! {
        <details open={open} data-facet={facet_id(which)} {ontoggle}>
            <summary>{ props.title }</summary>
            { list }
        </details>
    }
}

fn facet_id(which: Which) -> &'static str {
    match which {
        Which::Company => "company",
        Which::Kind => "kind",
        Which::Status => "status",
        Which::Country => "country",
        Which::Sector => "sector",
        Which::Article => "article",
    }
}

/// Reads a number field; empty means "no bound", garbage is ignored.
fn number_of(e: &Event) -> Option<Option<f64>> {
    let input = e.target()?.dyn_into::<HtmlInputElement>().ok()?;
    let raw = input.value().replace([',', '_', ' '], "");
    if raw.is_empty() {
        return Some(None);
    }
    corpus::decimal::parse_f64(&raw)
        .filter(|v| v.is_finite() && *v >= 0.0)
        .map(Some)
}

/// The widest viewport (CSS px) with one column, the filter panel above the results: the
/// stylesheet's `max-width: 800px`.
const ONE_COLUMN_PX: f64 = 800.0;

thread_local! {
    /// Whether the window was wider than one column when the panel first rendered. Read once:
    /// `innerWidth` in a render, while the DOM is being patched, would make the browser lay
    /// the page out there and then, on every render of the panel.
    static BESIDE: bool = gloo::utils::window()
        .inner_width()
        .ok()
        .and_then(|w| w.as_f64())
        .is_none_or(|w| w > ONE_COLUMN_PX);
}

/// Most values listed per facet (selected and excluded values are always listed).
const FACET_VALUES_SHOWN: usize = 40;
/// Values listed before a facet list is expanded with its "show more" button: about what
/// fits in the list's box, so a keystroke rebuilds a quarter of the nodes.
const FACET_VALUES_FIRST: usize = 10;

/// Whether a facet list shows `row` (at position `i`) before it is expanded.
fn listed_first(i: usize, row: &Row) -> bool {
    i < FACET_VALUES_FIRST || row.selected || row.excluded
}

#[function_component(Facets)]
pub fn facets() -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let lang = ctx.lang;
    // Values come sorted by count; a long facet (companies, articles) shows its top values and
    // every selected or excluded one, so a keystroke never builds or renders thousands of them.
    let f = ctx.results.facets.shown(&ctx.index, FACET_VALUES_SHOWN);
    let rows = |list: &[corpus::filter::FacetValue], label: &dyn Fn(&str) -> String| -> Vec<Row> {
        list.iter()
            .map(|c| Row {
                id: c.id.clone(),
                label: label(&c.id),
                count: c.count,
                selected: c.selected,
                excluded: c.excluded,
            })
            .collect()
    };
    // A short enumeration (kinds, statuses) lists every value in its fixed order, with 0 where
    // the view has none: the list keeps its shape while typing, and a keystroke changes counts
    // instead of adding and removing rows.
    let fixed = |ids: &mut dyn Iterator<Item = &'static str>,
                 list: &[corpus::filter::FacetValue],
                 label: &dyn Fn(&str) -> String|
     -> Vec<Row> {
        ids.map(|id| {
            let found = list.iter().find(|v| v.id == id);
            Row {
                id: id.to_string(),
                label: label(id),
                count: found.map_or(0, |v| v.count),
                selected: found.is_some_and(|v| v.selected),
                excluded: found.is_some_and(|v| v.excluded),
            }
        })
        .collect()
    };
    let company_label = |id: &str| {
        ctx.index
            .company(id)
            .map(|c| company_name(c, lang))
            .unwrap_or_else(|| id.to_string())
    };
    let article_label = |id: &str| {
        ctx.index
            .article(id)
            .and_then(|a| a.title.value.clone())
            .unwrap_or_else(|| id.to_string())
    };
    let kind = |id: &str| {
        DealKind::from_id(id)
            .map(|k| kind_label(lang, k).to_string())
            .unwrap_or_default()
    };
    let status = |id: &str| {
        DealStatus::from_id(id)
            .map(|k| status_label(lang, k).to_string())
            .unwrap_or_default()
    };
    let country = |id: &str| country_label(lang, id);
    let sector = |id: &str| ctx.index.dataset().sector_name(id, lang).to_string();

    let set_match = |m: CompanyMatch| {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            ctx.nav.push(ViewState {
                company_match: m,
                ..ctx.view()
            })
        })
    };
    let range_input = |label: &'static str,
                       value: Option<String>,
                       setter: fn(&mut ViewState, Option<f64>),
                       testid: &'static str| {
        let ctx = ctx.clone();
        let onchange = Callback::from(move |e: Event| {
            if let Some(v) = number_of(&e) {
                let mut next = ctx.view();
                setter(&mut next, v);
                ctx.nav.push(next);
            }
        });
        html! {
            <label>
                <span class="visually-hidden">{ label }</span>
                <input type="text" inputmode="numeric" placeholder={label} value={value.unwrap_or_default()}
                    onchange={onchange} data-testid={testid} aria-label={label} />
            </label>
        }
    };
    let view = &ctx.view;
    let years_open = view.from.is_some() || view.to.is_some();
    let (years_shown, years_toggle) = use_disclosure(years_open);
    // Where the panel sits above the results (one column, as on a phone), it starts closed
    // so that the results are on the first screen; the reader opens it by its title.
    let beside = BESIDE.with(|b| *b);
    html! {
        <aside class="panel facets" aria-label={s.filters}>
            <details class="filters" open={beside}>
            <summary><h2>{ s.filters }</h2></summary>
            <FacetList title={s.facet_kind} which={Which::Kind} rows={fixed(&mut DealKind::ALL.iter().map(|k| k.id()), &f.kind, &kind)} open={true} />
            <FacetList title={s.facet_status} which={Which::Status} rows={fixed(&mut DealStatus::ALL.iter().map(|k| k.id()), &f.status, &status)} />
            <details open={view.company.include.len() > 1}>
                <summary>{ s.match_label }</summary>
                <div class="segmented" role="group" aria-label={s.match_label}>
                    <button aria-pressed={(view.company_match == CompanyMatch::Any).to_string()} onclick={set_match(CompanyMatch::Any)}>{ s.match_any }</button>
                    <button aria-pressed={(view.company_match == CompanyMatch::All).to_string()} onclick={set_match(CompanyMatch::All)}>{ s.match_all }</button>
                </div>
            </details>
            <FacetList title={s.facet_company} which={Which::Company} rows={rows(&f.company, &company_label)} open={true} />
            <FacetList title={s.facet_country} which={Which::Country} rows={rows(&f.country, &country)} />
            <FacetList title={s.facet_sector} which={Which::Sector} rows={rows(&f.sector, &sector)} />
            <details open={years_open} ontoggle={years_toggle}>
                <summary>{ s.years }</summary>
                if years_shown {
                <div class="range">
                    { range_input(s.min, view.from.map(|v| v.to_string()), |v, x| v.from = x.map(|x| x as i32), "from") }
                    { "–" }
                    { range_input(s.max, view.to.map(|v| v.to_string()), |v, x| v.to = x.map(|x| x as i32), "to") }
                </div>
                <ul class="facet-list">
                { for f.year.iter().map(|c| {
                    let year: i32 = c.id.parse().unwrap_or_default();
                    let ctx = ctx.clone();
                    let selected = view.from == Some(year) && view.to == Some(year);
                    let onchange = Callback::from(move |_: Event| {
                        let mut next = ctx.view();
                        if selected { next.from = None; next.to = None; } else { next.from = Some(year); next.to = Some(year); }
                        ctx.nav.push(next);
                    });
                    html! {
                        <li key={c.id.clone()} data-value={c.id.clone()}>
                            <label>
                                <input type="checkbox" checked={selected} onchange={onchange} />
                                <span class="name">{ c.id.clone() }</span>
                                <span class="n count">{ c.count }</span>
                            </label>
                        </li>
                    }
                }) }
                </ul>
                }
            </details>
            <details open={view.min.is_some() || view.max.is_some()}>
                <summary>{ s.amount_usd }</summary>
                <div class="range">
                    { range_input(s.min, view.min.map(corpus::decimal::shortest), |v, x| v.min = x, "min") }
                    { "–" }
                    { range_input(s.max, view.max.map(corpus::decimal::shortest), |v, x| v.max = x, "max") }
                </div>
            </details>
            <FacetList title={s.facet_article} which={Which::Article} rows={rows(&f.article, &article_label)} />
            </details>
        </aside>
    }
}
