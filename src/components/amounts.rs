//! The amounts picture: every deal with a known USD amount as a dot on a log axis, one row per
//! deal kind, and a brush along the axis that sets `min`/`max`.
//!
//! Dots come from the view *without* its amount range (collected by the filter pass,
//! `Results::deals_any_amount`), so the range can be widened again; dots outside it are dimmed. Scale, ticks and brush rounding are `corpus::chart::LogScale`.
//! Dragging sets the range; Enter / Shift+arrows on a focused decade do the same by keyboard;
//! clicking a dot opens the deal. Dots carry `data-deal-id`, decades `data-decade`.
//! Above [`MAX_DOTS`] deals a dot each would be an unreadable smear and thousands of SVG nodes
//! redrawn per keystroke, so each kind's row becomes a histogram of [`BINS`] log-spaced
//! slices (`corpus::chart::histogram`); clicking a bar sets `min`/`max` to its slice.

use std::cell::RefCell;
use std::rc::Rc;

use corpus::chart::{decade_label, extend_range, histogram, LogScale};
use corpus::view::{Page, Sort, SortKey, ViewState};
use corpus::DealKind;
use yew::prelude::*;

use crate::components::chart_data::ChartData;
use crate::components::pointer;
use crate::components::svg::num;
use crate::components::timeline::kind_key;
use crate::context::AppCtx;
use crate::format::{company_name, money};
use crate::i18n::{self, kind_label};

const WIDTH: f64 = 720.0;
const LEFT: f64 = 96.0;
const RIGHT: f64 = 40.0;
const TOP: f64 = 8.0;
const ROW: f64 = 24.0;
const AXIS: f64 = 28.0;
/// Most deals drawn one dot each; above it the rows are histograms. Past about a hundred,
/// dots of 10 units in rows of 24 cover each other, and each is three DOM nodes (circle,
/// title, text): at 400, a one-letter query at 1,000 articles swapped 142 bins for some 300
/// dots, the slowest keystrokes of the benchmark.
const MAX_DOTS: usize = 120;
/// Slices of the axis in a histogram row.
const BINS: usize = 60;
/// Rows of the text alternative.
const TABLE_ROWS: usize = 200;
/// Pointer travel (viewBox units) before a press becomes a brush.
const BRUSH_THRESHOLD: f64 = 3.0;

/// One dot: deal index, kind, USD value.
#[derive(Clone, Copy, PartialEq)]
struct Dot {
    deal: u32,
    kind: DealKind,
    usd: f64,
}

#[function_component(Amounts)]
pub fn amounts() -> Html {
    let ctx = use_context::<AppCtx>();
    let dots = use_memo(
        ctx.as_ref().map(|c| (c.index.clone(), c.results.clone())),
        |deps| {
            let Some((index, results)) = deps else {
                return (Vec::new(), 0usize);
            };
            let deals = results.deals_any_amount();
            let total = deals.len();
            let mut with_usd: Vec<u32> = deals
                .iter()
                .copied()
                .filter(|&d| index.deal_usd(d).is_some_and(|u| u > 0.0))
                .collect();
            // Smallest first, ties by deal: a walk of the index's stored amount order, not a
            // sort of every amount per keystroke.
            let ascending = Sort {
                key: SortKey::Amount,
                descending: false,
            };
            index.sort_deals(&mut with_usd, ascending);
            let dots: Vec<Dot> = with_usd
                .into_iter()
                .filter_map(|d| {
                    let usd = index.deal_usd(d)?;
                    let kind = index.dataset().deals.get(d as usize)?.kind;
                    Some(Dot { deal: d, kind, usd })
                })
                .collect();
            (dots, total)
        },
    );
    let svg_ref = use_node_ref();
    let brush_ref = use_node_ref();
    // Brush start (viewBox x) and whether the press moved far enough to be a brush.
    let press = use_mut_ref(|| None::<(f64, bool)>);
    let brushed = use_mut_ref(|| false);
    let Some(ctx) = ctx else {
        return html! {};
    };
    let lang = ctx.lang;
    let p = i18n::pictures(lang);
    let all_dots = dots.clone();
    let (dots, total) = (&dots.0, dots.1);
    let go = {
        let ctx = ctx.clone();
        move |r: Option<(f64, f64)>| {
            let mut next = ctx.view();
            next.min = r.map(|r| r.0);
            next.max = r.map(|r| r.1);
            next.open = None;
            ctx.nav.push(next);
        }
    };
    let clear = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(None))
    };
    let Some(scale) = LogScale::covering(dots.iter().map(|d| d.usd)) else {
        // Kept in place with a note, so the pictures do not jump while typing and the frame
        // is not rebuilt when amounts come back.
        return html! {
            <section class="panel picture amounts-picture" aria-labelledby="amounts-title">
                { head(&ctx, format!("0/0 {} · {}: {total}", p.deals_unit, p.without_usd), clear) }
                <p class="muted hint" data-testid="amounts-none">{ p.amounts_none }</p>
            </section>
        };
    };
    let kinds: Vec<DealKind> = DealKind::ALL
        .into_iter()
        .filter(|k| dots.iter().any(|d| d.kind == *k))
        .collect();
    let height = TOP + ROW * kinds.len() as f64 + AXIS;
    let plot_w = WIDTH - LEFT - RIGHT;
    let x_of = |v: f64| LEFT + plot_w * scale.fraction(v);
    let fraction_of = move |x: f64| (x - LEFT) / plot_w;
    let view = ctx.view.clone();
    let in_range = |v: f64| view.min.is_none_or(|m| v >= m) && view.max.is_none_or(|m| v <= m);
    let has_range = view.min.is_some() || view.max.is_some();

    let on_down = {
        let press = press.clone();
        let brushed = brushed.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            *brushed.borrow_mut() = false;
            let x = svg_ref
                .cast::<web_sys::Element>()
                .and_then(|svg| pointer::viewbox_x(&svg, e.client_x(), WIDTH));
            *press.borrow_mut() = x.map(|x| (x, false));
        })
    };
    let on_move = {
        let press = press.clone();
        let svg_ref = svg_ref.clone();
        let brush_ref = brush_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let mut state = press.borrow_mut();
            let Some((start, moving)) = state.as_mut() else {
                return;
            };
            let Some(svg) = svg_ref.cast::<web_sys::Element>() else {
                return;
            };
            let Some(x) = pointer::viewbox_x(&svg, e.client_x(), WIDTH) else {
                return;
            };
            if !*moving && (x - *start).abs() < BRUSH_THRESHOLD {
                return;
            }
            if !*moving {
                *moving = true;
                let _ = svg.set_pointer_capture(e.pointer_id());
            }
            // Drawn straight into the DOM: no re-render of every dot per pointer move.
            if let Some(rect) = brush_ref.cast::<web_sys::Element>() {
                let (a, b) = (start.min(x).max(LEFT), start.max(x).min(WIDTH - RIGHT));
                let _ = rect.set_attribute("x", &num(a));
                let _ = rect.set_attribute("width", &num((b - a).max(0.0)));
                let _ = rect.set_attribute("class", "brush active");
            }
        })
    };
    let on_up = {
        let press = press.clone();
        let brushed = brushed.clone();
        let svg_ref = svg_ref.clone();
        let brush_ref = brush_ref.clone();
        let go = go.clone();
        Callback::from(move |e: PointerEvent| {
            let state = press.borrow_mut().take();
            if let Some(rect) = brush_ref.cast::<web_sys::Element>() {
                let _ = rect.set_attribute("class", "brush");
            }
            let Some((start, true)) = state else {
                return;
            };
            *brushed.borrow_mut() = true;
            let end = svg_ref
                .cast::<web_sys::Element>()
                .and_then(|svg| pointer::viewbox_x(&svg, e.client_x(), WIDTH));
            if let Some(end) = end {
                go(Some(scale.brushed(fraction_of(start), fraction_of(end))));
            }
        })
    };
    let on_cancel = {
        let press = press.clone();
        let brush_ref = brush_ref.clone();
        Callback::from(move |_: PointerEvent| {
            *press.borrow_mut() = None;
            if let Some(rect) = brush_ref.cast::<web_sys::Element>() {
                let _ = rect.set_attribute("class", "brush");
            }
        })
    };

    let open = |id: String, brushed: Rc<RefCell<bool>>| {
        let ctx = ctx.clone();
        Callback::from(move |_: MouseEvent| {
            if *brushed.borrow() {
                return;
            }
            ctx.nav.push(ViewState {
                page: Page::Deals,
                open: Some(id.clone()),
                ..ctx.view()
            });
        })
    };
    let dataset = ctx.index.dataset();
    let row_of = |k: DealKind| kinds.iter().position(|x| *x == k).unwrap_or(0) as f64;
    let binned = dots.len() > MAX_DOTS;
    let bars = if binned {
        let counts: Vec<(DealKind, Vec<u32>)> = kinds
            .iter()
            .map(|k| {
                let values = dots.iter().filter(|d| d.kind == *k).map(|d| d.usd);
                (*k, histogram(&scale, values, BINS))
            })
            .collect();
        let most = counts
            .iter()
            .flat_map(|(_, c)| c.iter().copied())
            .max()
            .unwrap_or(1)
            .max(1);
        let slice = |i: usize| (i as f64 / BINS as f64, (i + 1) as f64 / BINS as f64);
        counts
            .into_iter()
            .flat_map(|(kind, c)| c.into_iter().enumerate().map(move |(i, n)| (kind, i, n)))
            .filter(|(_, _, n)| *n > 0)
            .map(|(kind, i, n)| {
                let (a, b) = slice(i);
                let (lo, hi) = scale.brushed(a, b);
                let h = (ROW - 4.0) * (f64::from(n) / f64::from(most)).sqrt().max(0.15);
                let y = TOP + ROW * (row_of(kind) + 1.0) - 2.0 - h;
                let dim = has_range && !(in_range(lo) || in_range(hi));
                let title = format!(
                    "{} · {n} {} · {} – {}",
                    kind_label(lang, kind),
                    p.deals_unit,
                    money(lo, "USD"),
                    money(hi, "USD")
                );
                let go = go.clone();
                let onclick = Callback::from(move |_: MouseEvent| go(Some((lo, hi))));
                html! {
                    <rect class={classes!("bin", kind.id(), dim.then_some("dim"))}
                        x={num(LEFT + plot_w * a)} y={num(y)} width={num((plot_w * (b - a) - 1.0).max(1.0))} height={num(h)}
                        data-count={n.to_string()} {onclick}>
                        <title>{ title }</title>
                    </rect>
                }
            })
            .collect::<Html>()
    } else {
        Html::default()
    };
    let dot_views = dots.iter().filter(|_| !binned).filter_map(|d| {
        let deal = dataset.deals.get(d.deal as usize)?;
        let amount = deal.amount.as_ref()?;
        let cy = TOP + ROW * (row_of(d.kind) + 0.5) + pointer::jitter(&deal.id) * ROW * 0.5;
        let names: Vec<String> = deal
            .party_ids()
            .map(|id| ctx.index.company(id).map_or_else(|| id.to_string(), |c| company_name(c, lang)))
            .collect();
        let title = format!(
            "{} · {} · {} ({})",
            names.join(" – "),
            kind_label(lang, d.kind),
            amount.text,
            money(d.usd, "USD")
        );
        Some(html! {
            <circle key={deal.id.clone()} class={classes!("dot", d.kind.id(), (!in_range(d.usd)).then_some("dim"))}
                cx={num(x_of(d.usd))} cy={num(cy)} r="5" data-deal-id={deal.id.clone()}
                onclick={open(deal.id.clone(), brushed.clone())}>
                <title>{ title }</title>
            </circle>
        })
    });

    let decade_range = match (view.min, view.max) {
        (Some(lo), Some(hi)) if lo > 0.0 && hi > 0.0 => Some((
            lo.log10().floor() as i32,
            (hi.log10().ceil() as i32 - 1).max(lo.log10().floor() as i32),
        )),
        _ => None,
    };
    let bounds = (scale.lo, scale.hi - 1);
    let decades = (scale.lo..scale.hi).map(|k| {
        let (x0, x1) = (x_of(10f64.powi(k)), x_of(10f64.powi(k + 1)));
        let selected = decade_range.is_some_and(|(a, b)| k >= a && k <= b);
        let label = format!("{} – {}", decade_label(k, lang), decade_label(k + 1, lang));
        let on_key = {
            let go = go.clone();
            Callback::from(move |e: KeyboardEvent| {
                let step = match e.key().as_str() {
                    "Enter" | " " => {
                        e.prevent_default();
                        if decade_range == Some((k, k)) {
                            go(None);
                        } else {
                            go(Some((10f64.powi(k), 10f64.powi(k + 1))));
                        }
                        return;
                    }
                    "ArrowLeft" => -1,
                    "ArrowRight" => 1,
                    _ => return,
                };
                e.prevent_default();
                if e.shift_key() {
                    let (a, b) = extend_range(decade_range, k, step, bounds);
                    go(Some((10f64.powi(a), 10f64.powi(b + 1))));
                }
                pointer::focus_sibling(e.target(), step);
            })
        };
        html! {
            <g key={k} class={classes!("decade", selected.then_some("in-range"))} data-decade={k.to_string()}
                tabindex="0" role="button" aria-pressed={selected.to_string()} aria-label={label.clone()}
                onkeydown={on_key}>
                <title>{ label }</title>
                <rect class="hit" x={num(x0)} y={num(TOP)} width={num(x1 - x0)} height={num(height - TOP)} />
            </g>
        }
    });
    let current_band = has_range.then(|| {
        let a = view.min.map_or(LEFT, x_of);
        let b = view.max.map_or(WIDTH - RIGHT, x_of);
        html! { <rect class="brush current" x={num(a)} y={num(TOP)} width={num((b - a).max(1.0))} height={num(height - TOP - AXIS)} /> }
    });
    let selected = dots.iter().filter(|d| in_range(d.usd)).count();

    html! {
        <section class="panel picture amounts-picture" aria-labelledby="amounts-title">
            { head(&ctx, format!("{selected}/{} {} · {}: {}", dots.len(), p.deals_unit, p.without_usd, total - dots.len()), clear) }
            <p class="muted hint">{ if binned { p.amounts_binned_hint } else { p.amounts_hint } }</p>
            <svg ref={svg_ref} class="amounts" role="group" aria-label={p.amounts_title}
                viewBox={format!("0 0 {} {}", num(WIDTH), num(height))} data-testid="amounts"
                onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up} onpointercancel={on_cancel}>
                <g class="axis" aria-hidden="true">
                    { for kinds.iter().enumerate().map(|(i, k)| html! {
                        <text x={num(LEFT - 8.0)} y={num(TOP + ROW * (i as f64 + 0.5) + 4.0)} text-anchor="end">{ kind_label(lang, *k) }</text>
                    }) }
                    { for scale.decades().map(|k| {
                        let x = x_of(10f64.powi(k));
                        html! {
                            <>
                                <line x1={num(x)} x2={num(x)} y1={num(TOP)} y2={num(height - AXIS + 4.0)} />
                                <text x={num(x)} y={num(height - 8.0)} text-anchor="middle">{ decade_label(k, lang) }</text>
                            </>
                        }
                    }) }
                </g>
                <g class="decades">{ for decades }</g>
                { for current_band }
                <rect ref={brush_ref} class="brush" x="0" y={num(TOP)} width="0" height={num(height - TOP - AXIS)} />
                <g class="dots">{ for dot_views }</g>
                <g class="bins">{ bars }</g>
            </svg>
            { kind_key(lang) }
            <ChartData summary={p.show_table} head={html! {
                <>
                    <th scope="col">{ i18n::strings(lang).col_parties }</th>
                    <th scope="col">{ i18n::strings(lang).col_kind }</th>
                    <th scope="col" class="num">{ "USD" }</th>
                    <th scope="col">{ p.col_original }</th>
                </>
            }} rows={{
                let (all, ctx) = (all_dots.clone(), ctx.clone());
                Callback::from(move |()| table_rows(&ctx, &all.0))
            }} />
        </section>
    }
}

/// The picture's title, the view's amount range with its `clear` button, and `counts`.
fn head(ctx: &AppCtx, counts: String, clear: Callback<MouseEvent>) -> Html {
    let lang = ctx.lang;
    let p = i18n::pictures(lang);
    let view = &ctx.view;
    let range_text = (view.min.is_some() || view.max.is_some()).then(|| {
        format!(
            "{} – {}",
            view.min.map(|v| money(v, "USD")).unwrap_or_default(),
            view.max.map(|v| money(v, "USD")).unwrap_or_default()
        )
    });
    html! {
        <div class="picture-head">
            <h2 id="amounts-title">{ p.amounts_title }</h2>
            if let Some(text) = range_text {
                <span class="range-chip" data-testid="amounts-range">{ text }
                    <button type="button" class="btn small" onclick={clear} aria-label={format!("{} {}", p.clear, i18n::strings(lang).amount_usd)}>{ "✕" }</button>
                </span>
            }
            <span class="muted">{ counts }</span>
        </div>
    }
}

/// The text alternative's rows: the largest `TABLE_ROWS` deals in the view's amount range.
fn table_rows(ctx: &AppCtx, dots: &[Dot]) -> Html {
    let lang = ctx.lang;
    let view = &ctx.view;
    let in_range = |v: f64| view.min.is_none_or(|m| v >= m) && view.max.is_none_or(|m| v <= m);
    let dataset = ctx.index.dataset();
    html! {
        { for dots.iter().rev().filter(|d| in_range(d.usd)).take(TABLE_ROWS).filter_map(|d| {
            let deal = dataset.deals.get(d.deal as usize)?;
            let names: Vec<String> = deal.party_ids()
                .map(|id| ctx.index.company(id).map_or_else(|| id.to_string(), |c| company_name(c, lang)))
                .collect();
            Some(html! {
                <tr>
                    <td>{ names.join(" – ") }</td>
                    <td>{ kind_label(lang, d.kind) }</td>
                    <td class="num">{ money(d.usd, "USD") }</td>
                    <td>{ deal.amount.as_ref().map(|a| a.text.clone()).unwrap_or_default() }</td>
                </tr>
            })
        }) }
    }
}
