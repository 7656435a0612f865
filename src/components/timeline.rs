//! The timeline: deals per year, stacked by kind, and a brush that sets `from`/`to`.
//!
//! Counts come from the view *without* its year range (so the unselected years stay visible,
//! dimmed), which the filter pass collects (`Results::deals_any_year`); the binning is
//! `corpus::chart::year_bins`. Dragging across the year columns, or
//! Enter / Shift+arrows on a focused year, navigates to the new range. Each year column
//! carries `data-year`.

use corpus::chart::{extend_range, nice_ceiling, ordered, year_bins, YearBin};
use corpus::view::Lang;
use corpus::DealKind;
use yew::prelude::*;

use crate::components::chart_data::ChartData;
use crate::components::pointer;
use crate::components::svg::num;
use crate::context::AppCtx;
use crate::i18n::{self, kind_label};

const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 170.0;
const LEFT: f64 = 38.0;
const RIGHT: f64 = 6.0;
const TOP: f64 = 10.0;
const BOTTOM: f64 = 26.0;

#[function_component(Timeline)]
pub fn timeline() -> Html {
    let ctx = use_context::<AppCtx>();
    let bins = use_memo(
        ctx.as_ref().map(|c| (c.index.clone(), c.results.clone())),
        |deps| {
            let Some((index, results)) = deps else {
                return (Vec::new(), 0);
            };
            year_bins(index, results.deals_any_year())
        },
    );
    // The year a drag started on and the year under the pointer now.
    let drag = use_state(|| None::<(i32, i32)>);
    let Some(ctx) = ctx else {
        return html! {};
    };
    let lang = ctx.lang;
    let p = i18n::pictures(lang);
    let all_bins = bins.clone();
    let (bins, undated) = (&bins.0, bins.1);
    let view = ctx.view.clone();
    let range = match (view.from, view.to) {
        (None, None) => None,
        (from, to) => Some((from.unwrap_or(i32::MIN), to.unwrap_or(i32::MAX))),
    };
    let shown = (*drag).map(|(a, b)| ordered(a, b)).or(range);
    let bounds = (
        bins.first().map_or(0, |b| b.year),
        bins.last().map_or(0, |b| b.year),
    );

    let go = {
        let ctx = ctx.clone();
        move |r: Option<(i32, i32)>| {
            let mut next = ctx.view();
            next.from = r.map(|r| r.0);
            next.to = r.map(|r| r.1);
            next.open = None;
            ctx.nav.push(next);
        }
    };
    // A single year: selects it, or clears it when it is already the whole selection.
    let pick = {
        let go = go.clone();
        move |year: i32| {
            if range == Some((year, year)) {
                go(None);
            } else {
                go(Some((year, year)));
            }
        }
    };

    let n = bins.len().max(1) as f64;
    let col = (WIDTH - LEFT - RIGHT) / n;
    let plot_h = HEIGHT - TOP - BOTTOM;
    let top = nice_ceiling(bins.iter().map(|b| b.total).max().unwrap_or(0));
    let y_of = |count: u32| TOP + plot_h * (1.0 - f64::from(count) / f64::from(top));
    let label_every = ((44.0 / col).ceil() as usize).max(1);

    let columns = bins.iter().enumerate().map(|(i, bin)| {
        let year = bin.year;
        let x = LEFT + col * i as f64;
        let in_range = shown.is_some_and(|(a, b)| year >= a && year <= b);
        let dim = shown.is_some() && !in_range;
        let label = year_label(bin, lang, p.deals_unit);
        let on_down = {
            let drag = drag.clone();
            Callback::from(move |e: PointerEvent| {
                if e.button() != 0 {
                    return;
                }
                // Touch pointers are captured by the first target; release so others see it.
                if let Some(el) = e.target_dyn_into::<web_sys::Element>() {
                    let _ = el.release_pointer_capture(e.pointer_id());
                }
                drag.set(Some((year, year)));
            })
        };
        let on_enter = {
            let drag = drag.clone();
            Callback::from(move |_: PointerEvent| {
                if let Some((a, _)) = *drag {
                    drag.set(Some((a, year)));
                }
            })
        };
        let on_key = {
            let pick = pick.clone();
            let go = go.clone();
            Callback::from(move |e: KeyboardEvent| {
                let step = match e.key().as_str() {
                    "Enter" | " " => {
                        e.prevent_default();
                        pick(year);
                        return;
                    }
                    "ArrowLeft" => -1,
                    "ArrowRight" => 1,
                    _ => return,
                };
                e.prevent_default();
                if e.shift_key() {
                    let current = range.map(|(a, b)| (a.max(bounds.0), b.min(bounds.1)));
                    go(Some(extend_range(current, year, step, bounds)));
                }
                pointer::focus_sibling(e.target(), step);
            })
        };
        let segments = bin.stack().into_iter().map(|(kind, lo, hi)| {
            let (y0, y1) = (y_of(hi), y_of(lo));
            html! {
                <rect class={classes!("seg", kind.id())} x={num(x + col * 0.14)} y={num(y0)}
                    width={num(col * 0.72)} height={num((y1 - y0).max(0.0))} />
            }
        });
        let show_label = i % label_every == 0 || i + 1 == bins.len();
        html! {
            <g key={year}>
            <g class={classes!("year", in_range.then_some("in-range"), dim.then_some("dim"))}
                data-year={year.to_string()} tabindex="0" role="button"
                aria-pressed={in_range.to_string()} aria-label={label.clone()}
                onpointerdown={on_down} onpointerenter={on_enter} onkeydown={on_key}>
                <title>{ label }</title>
                <rect class="hit" x={num(x)} y={num(TOP)} width={num(col)} height={num(plot_h + BOTTOM)} />
                { for segments }
            </g>
            // The axis label stays outside the button so its name is exactly its label.
            if show_label {
                <text class="year-label" x={num(x + col / 2.0)} y={num(HEIGHT - 8.0)} text-anchor="middle" aria-hidden="true">{ short_year(year, bins.len()) }</text>
            }
            </g>
        }
    });
    let on_up = {
        let drag = drag.clone();
        let go = go.clone();
        let pick = pick.clone();
        Callback::from(move |_: PointerEvent| {
            if let Some((a, b)) = *drag {
                drag.set(None);
                if a == b {
                    pick(a);
                } else {
                    go(Some(ordered(a, b)));
                }
            }
        })
    };
    let on_leave = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| drag.set(None))
    };
    let clear = {
        let go = go.clone();
        Callback::from(move |_: MouseEvent| go(None))
    };
    let range_text = range.map(|(a, b)| match (view.from, view.to) {
        (Some(_), Some(_)) if a == b => format!("{a}"),
        (Some(_), Some(_)) => format!("{a}–{b}"),
        (Some(_), None) => format!("{a}–"),
        _ => format!("–{b}"),
    });

    html! {
        <section class="panel picture timeline-picture" aria-labelledby="timeline-title">
            <div class="picture-head">
                <h2 id="timeline-title">{ p.timeline_title }</h2>
                if let Some(text) = range_text {
                    <span class="range-chip" data-testid="timeline-range">{ text }
                        <button type="button" class="btn small" onclick={clear} aria-label={format!("{} {}", p.clear, i18n::strings(lang).years)}>{ "✕" }</button>
                    </span>
                }
                if undated > 0 {
                    <span class="muted">{ format!("{}: {undated}", p.undated) }</span>
                }
            </div>
            <p class="muted hint">{ p.timeline_hint }</p>
            <svg class="timeline" role="group" aria-label={p.timeline_title} viewBox={format!("0 0 {} {}", num(WIDTH), num(HEIGHT))}
                onpointerup={on_up} onpointerleave={on_leave} data-testid="timeline">
                <g class="axis" aria-hidden="true">
                    { for [0, top / 2, top].into_iter().filter(|t| *t > 0 || top > 0).map(|t| html! {
                        <>
                            <line x1={num(LEFT)} x2={num(WIDTH - RIGHT)} y1={num(y_of(t))} y2={num(y_of(t))} />
                            <text x={num(LEFT - 5.0)} y={num(y_of(t) + 4.0)} text-anchor="end">{ t }</text>
                        </>
                    }) }
                </g>
                { for columns }
            </svg>
            { kind_key(lang) }
            <ChartData summary={p.show_table} head={html! {
                <>
                    <th scope="col">{ p.col_year }</th>
                    { for DealKind::ALL.iter().map(|k| html! { <th scope="col" class="num">{ kind_label(lang, *k) }</th> }) }
                    <th scope="col" class="num">{ p.col_total }</th>
                    <th scope="col">{ p.col_months }</th>
                </>
            }} rows={{
                let all = all_bins.clone();
                Callback::from(move |()| html! {
                    { for all.0.iter().filter(|b| b.total > 0).map(|b| html! {
                        <tr>
                            <th scope="row">{ b.year }</th>
                            { for b.by_kind.iter().map(|n| html! { <td class="num">{ n }</td> }) }
                            <td class="num">{ b.total }</td>
                            <td>{ months_text(b, lang) }</td>
                        </tr>
                    }) }
                })
            }} />
        </section>
    }
}

/// The colour key of deal kinds, shared by the timeline and the amounts picture.
pub fn kind_key(lang: Lang) -> Html {
    html! {
        <ul class="kind-key" aria-hidden="true">
            { for DealKind::ALL.iter().map(|k| html! {
                <li><svg class="swatch" viewBox="0 0 10 10"><rect class={classes!("seg", k.id())} width="10" height="10" rx="2" /></svg>{ kind_label(lang, *k) }</li>
            }) }
        </ul>
    }
}

/// `2023년: 12건 (협력·제휴 5, 계약·수주 7)`.
fn year_label(bin: &YearBin, lang: Lang, unit: &str) -> String {
    let parts: Vec<String> = bin
        .stack()
        .iter()
        .map(|(k, lo, hi)| format!("{} {}", kind_label(lang, *k), hi - lo))
        .collect();
    let year = match lang {
        Lang::Ko => format!("{}년", bin.year),
        Lang::En => bin.year.to_string(),
    };
    if parts.is_empty() {
        format!("{year}: 0 {unit}")
    } else {
        format!("{year}: {} {unit} ({})", bin.total, parts.join(", "))
    }
}

/// `3월 2 · 12월 1` / `Mar 2 · Dec 1`.
fn months_text(bin: &YearBin, lang: Lang) -> String {
    const EN: [&str; 12] = [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ];
    bin.by_month
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(m, n)| match lang {
            Lang::Ko => format!("{}월 {n}", m + 1),
            Lang::En => format!("{} {n}", EN[m]),
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

/// Full years when few, `'21` style when many columns share the width.
fn short_year(year: i32, columns: usize) -> String {
    if columns > 24 {
        format!("'{:02}", year.rem_euclid(100))
    } else {
        year.to_string()
    }
}
