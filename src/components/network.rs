//! The deal network: companies as circles at their build-time positions, deals as lines.
//!
//! Circles are sized by the view's deals and coloured by organisation type or country; lines
//! are coloured by deal kind. Clicking (or Enter on) a company toggles it in the `company`
//! filter; clicking a line opens the deal on the deals page. Pan and zoom only change the
//! viewBox (local, not in the URL). Circles carry `data-company-id`, lines `data-deal-id`.

use std::rc::Rc;

use corpus::chart::{network, place_labels, text_width, LabelBox, Limits, Network, Positions};
use corpus::view::{Page, ViewState};
use corpus::{Company, CompanyKind, LAYOUT_SIZE};
use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::components::pointer;
use crate::components::svg::num;
use crate::context::AppCtx;
use crate::format::company_name;
use crate::i18n::{self, company_kind_label, country_label, kind_label};

/// With this many companies or fewer every one is labelled; beyond, only the largest.
const LABEL_ALL_UP_TO: usize = 60;
/// Labels shown when not all are.
const LABELS: usize = 20;
/// Rows of the text alternative.
const TABLE_ROWS: usize = 100;
const MIN_ZOOM_WIDTH: f64 = LAYOUT_SIZE as f64 / 20.0;
const MAX_ZOOM_WIDTH: f64 = LAYOUT_SIZE as f64 * 1.5;
/// Pointer travel (px) before a press becomes a drag.
const DRAG_THRESHOLD: f64 = 4.0;

/// The visible part of the layout square.
#[derive(Clone, Copy, PartialEq)]
struct ViewBox {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl Default for ViewBox {
    fn default() -> Self {
        let s = f64::from(LAYOUT_SIZE);
        ViewBox {
            x: 0.0,
            y: 0.0,
            w: s,
            h: s,
        }
    }
}

enum ZoomAction {
    /// Scale by a factor around a point (viewBox units).
    Zoom(f64, f64, f64),
    /// Move by viewBox units.
    Pan(f64, f64),
    /// Show exactly this box (reset, or fit to the view's companies).
    Set(ViewBox),
}

impl Reducible for ViewBox {
    type Action = ZoomAction;
    fn reduce(self: Rc<Self>, action: ZoomAction) -> Rc<Self> {
        let v = *self;
        Rc::new(match action {
            ZoomAction::Zoom(factor, cx, cy) => {
                let w = (v.w * factor).clamp(MIN_ZOOM_WIDTH, MAX_ZOOM_WIDTH);
                let f = w / v.w;
                ViewBox {
                    x: cx - (cx - v.x) * f,
                    y: cy - (cy - v.y) * f,
                    w,
                    h: v.h * f,
                }
            }
            ZoomAction::Pan(dx, dy) => ViewBox {
                x: v.x + dx,
                y: v.y + dy,
                ..v
            },
            ZoomAction::Set(to) => to,
        })
    }
}

#[derive(Clone, Copy, PartialEq)]
enum ColourBy {
    Kind,
    Country,
}

/// A press on the picture, until it is released.
#[derive(Clone, Copy)]
struct Press {
    start: (i32, i32),
    last: (i32, i32),
    dragging: bool,
}

#[function_component(NetworkPicture)]
pub fn network_picture() -> Html {
    let ctx = use_context::<AppCtx>();
    let positions = use_memo(ctx.as_ref().map(|c| c.index.clone()), |index| {
        index
            .as_ref()
            .map(|i| Positions::new(i))
            .unwrap_or_default()
    });
    let net = {
        let positions = positions.clone();
        use_memo(
            ctx.as_ref().map(|c| (c.index.clone(), c.results.clone())),
            move |deps| match deps {
                Some((index, results)) => {
                    network(index, &positions, &results.deals, Limits::PICTURE)
                }
                None => Network::default(),
            },
        )
    };
    let fit = fit_box(&net);
    let vb = use_reducer(move || fit);
    {
        // A new filter shows its companies: fit them into view.
        let vb = vb.clone();
        use_effect_with(fit, move |fit| vb.dispatch(ZoomAction::Set(*fit)));
    }
    // The wheel listener outlives renders: it reads the current viewBox from here.
    let current = use_mut_ref(ViewBox::default);
    *current.borrow_mut() = *vb;
    let colour = use_state(|| ColourBy::Kind);
    let svg_ref = use_node_ref();
    let press = use_mut_ref(|| None::<Press>);
    // Set when a press turned into a drag, so the click that ends it does nothing.
    let dragged = use_mut_ref(|| false);
    use_wheel_zoom(&svg_ref, &vb, &current);

    let Some(ctx) = ctx else {
        return html! {};
    };
    let p = i18n::pictures(ctx.lang);
    let lang = ctx.lang;
    let companies = &ctx.index.dataset().companies;

    let on_down = {
        let press = press.clone();
        let dragged = dragged.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() != 0 {
                return;
            }
            *dragged.borrow_mut() = false;
            let at = (e.client_x(), e.client_y());
            *press.borrow_mut() = Some(Press {
                start: at,
                last: at,
                dragging: false,
            });
        })
    };
    let on_move = {
        let press = press.clone();
        let dragged = dragged.clone();
        let vb = vb.clone();
        let svg_ref = svg_ref.clone();
        Callback::from(move |e: PointerEvent| {
            let mut state = press.borrow_mut();
            let Some(pr) = state.as_mut() else {
                return;
            };
            let at = (e.client_x(), e.client_y());
            let travel = f64::from((at.0 - pr.start.0).abs() + (at.1 - pr.start.1).abs());
            if !pr.dragging && travel < DRAG_THRESHOLD {
                return;
            }
            let Some(svg) = svg_ref.cast::<web_sys::Element>() else {
                return;
            };
            if !pr.dragging {
                pr.dragging = true;
                *dragged.borrow_mut() = true;
                let _ = svg.set_pointer_capture(e.pointer_id());
            }
            let scale = pointer::units_per_pixel(&svg, vb.w, vb.h);
            let (dx, dy) = (at.0 - pr.last.0, at.1 - pr.last.1);
            pr.last = at;
            vb.dispatch(ZoomAction::Pan(
                -f64::from(dx) * scale,
                -f64::from(dy) * scale,
            ));
        })
    };
    let on_up = {
        let press = press.clone();
        Callback::from(move |_: PointerEvent| {
            *press.borrow_mut() = None;
        })
    };

    let toggle_company = {
        let ctx = ctx.clone();
        let dragged = dragged.clone();
        move |id: String| {
            let ctx = ctx.clone();
            let dragged = dragged.clone();
            move || {
                if *dragged.borrow() {
                    return;
                }
                let mut next = ctx.view();
                if let Some(i) = next.company.include.iter().position(|c| *c == id) {
                    next.company.include.remove(i);
                } else {
                    next.company.exclude.retain(|c| *c != id);
                    next.company.include.push(id.clone());
                }
                next.open = None;
                ctx.nav.push(next);
            }
        }
    };
    let open_deal = {
        let ctx = ctx.clone();
        let dragged = dragged.clone();
        move |id: String| {
            let ctx = ctx.clone();
            let dragged = dragged.clone();
            Callback::from(move |_: MouseEvent| {
                if *dragged.borrow() {
                    return;
                }
                ctx.nav.push(ViewState {
                    page: Page::Deals,
                    open: Some(id.clone()),
                    ..ctx.view()
                });
            })
        }
    };

    let v = *vb;
    let spacing = f64::from(LAYOUT_SIZE) / (positions.placed() as f64).max(1.0).sqrt();
    let r_min = (spacing * 0.10).clamp(2.5, 9.0);
    let r_max = (spacing * 0.8).clamp(8.0, 30.0);
    let max_deals = net.nodes.first().map_or(1, |n| n.deals).max(1);
    let radius =
        |deals: u32| r_min + (r_max - r_min) * (f64::from(deals) / f64::from(max_deals)).sqrt();
    // Text keeps its screen size while zooming.
    let font = 20.0 * v.w / f64::from(LAYOUT_SIZE);
    let visible = |x: f32, y: f32| {
        let (x, y) = (f64::from(x), f64::from(y));
        x >= v.x && x <= v.x + v.w && y >= v.y && y <= v.y + v.h
    };
    // Largest visible companies first; a label that would overlap an earlier one is left out.
    let candidates: Vec<(u32, f32, f32, f64, String)> = net
        .nodes
        .iter()
        .filter(|n| visible(n.x, n.y))
        .filter_map(|n| {
            let c = companies.get(n.company as usize)?;
            Some((n.company, n.x, n.y, radius(n.deals), company_name(c, lang)))
        })
        .take(LABELS * 8)
        .collect();
    // Below the circle, else above it.
    let options: Vec<Vec<LabelBox>> = candidates
        .iter()
        .map(|(_, x, y, r, name)| {
            let (w, h, r) = (text_width(name, font as f32), font as f32 * 1.25, *r as f32);
            vec![(x - w / 2.0, y + r, w, h), (x - w / 2.0, y - r - h, w, h)]
        })
        .collect();
    let max_labels = if net.nodes.len() <= LABEL_ALL_UP_TO {
        usize::MAX
    } else {
        LABELS
    };
    let labelled: Vec<(&LabelCandidate, usize)> = place_labels(&options, max_labels)
        .into_iter()
        .filter_map(|(i, choice)| Some((candidates.get(i)?, choice)))
        .collect();
    let selected = &ctx.view.company.include;
    let colour_class = |c: &Company| match *colour {
        ColourBy::Kind => format!("ck-{}", company_kind_id(c.kind)),
        ColourBy::Country => format!("cc-{}", country_group(c.country.as_deref())),
    };
    let pos_of = |c: u32| positions.get(c).unwrap_or((0.0, 0.0));

    let edges = net.edges.iter().filter_map(|e| {
        let deal = ctx.index.dataset().deals.get(e.deal as usize)?;
        let (a, b) = (pos_of(e.a), pos_of(e.b));
        let (mx, my) = ((a.0 + b.0) / 2.0, (a.1 + b.1) / 2.0);
        let (dx, dy) = (b.0 - a.0, b.1 - a.1);
        let len = (dx * dx + dy * dy).sqrt().max(1e-3);
        // Control point pushed sideways; a quadratic curve peaks at half the offset.
        let (cx, cy) = (mx - dy / len * e.bend * 2.0, my + dx / len * e.bend * 2.0);
        let names: Vec<String> = deal
            .party_ids()
            .map(|id| {
                ctx.index
                    .company(id)
                    .map_or_else(|| id.to_string(), |c| company_name(c, lang))
            })
            .collect();
        let title = format!(
            "{} · {}{}",
            kind_label(lang, e.kind),
            names.join(" – "),
            deal.date
                .as_ref()
                .map(|d| format!(" · {}", d.iso()))
                .unwrap_or_default()
        );
        Some(html! {
            <path key={format!("{}-{}-{}", e.deal, e.a, e.b)} class={classes!("edge", e.kind.id())}
                d={format!("M{} {}Q{} {} {} {}", num(a.0), num(a.1), num(cx), num(cy), num(b.0), num(b.1))}
                data-deal-id={deal.id.clone()} onclick={open_deal(deal.id.clone())}>
                <title>{ title }</title>
            </path>
        })
    });
    let nodes = net.nodes.iter().rev().filter_map(|n| {
        let c = companies.get(n.company as usize)?;
        let r = radius(n.deals);
        let name = company_name(c, lang);
        let is_selected = selected.contains(&c.id);
        let label = format!("{name}: {} {}", n.deals, p.deals_unit);
        let on_click = {
            let go = toggle_company(c.id.clone());
            Callback::from(move |_: MouseEvent| go())
        };
        let on_key = {
            let go = toggle_company(c.id.clone());
            Callback::from(move |e: KeyboardEvent| {
                if e.key() == "Enter" || e.key() == " " {
                    e.prevent_default();
                    go();
                }
            })
        };
        Some(html! {
            <g key={c.id.clone()} class={classes!("node", colour_class(c), is_selected.then_some("selected"))}
                data-company-id={c.id.clone()} tabindex="0" role="button" aria-pressed={is_selected.to_string()}
                aria-label={label.clone()} onclick={on_click} onkeydown={on_key}>
                <circle cx={num(n.x)} cy={num(n.y)} r={num(r)} />
                <title>{ format!("{label} · {}", p.filter_by) }</title>
            </g>
        })
    });
    let labels = labelled.iter().map(|((ci, x, y, r, name), choice)| {
        let baseline = if *choice == 0 {
            f64::from(*y) + r + font
        } else {
            f64::from(*y) - r - font * 0.35
        };
        html! {
            <text key={*ci} x={num(*x)} y={num(baseline)}
                font-size={num(font)} text-anchor="middle">{ name.clone() }</text>
        }
    });

    let zoom = |factor: f64| {
        let vb = vb.clone();
        Callback::from(move |_: MouseEvent| {
            let (cx, cy) = (vb.x + vb.w / 2.0, vb.y + vb.h / 2.0);
            vb.dispatch(ZoomAction::Zoom(factor, cx, cy));
        })
    };
    let reset = {
        let vb = vb.clone();
        Callback::from(move |_: MouseEvent| vb.dispatch(ZoomAction::Set(fit)))
    };
    let set_colour = |by: ColourBy| {
        let colour = colour.clone();
        Callback::from(move |_: MouseEvent| colour.set(by))
    };
    let summary = format!(
        "{} {} · {} {}",
        net.nodes.len(),
        p.companies_unit,
        ctx.results.deals.len(),
        p.deals_unit
    );

    html! {
        <section class="panel picture network-picture" aria-labelledby="network-title">
            <div class="picture-head">
                <h2 id="network-title">{ p.network_title }</h2>
                <span class="muted" data-testid="network-summary">{ summary }</span>
                <div class="picture-tools">
                    <span class="muted">{ p.colour_by }</span>
                    <div class="segmented">
                        <button type="button" aria-pressed={(*colour == ColourBy::Kind).to_string()} onclick={set_colour(ColourBy::Kind)}>{ p.colour_kind }</button>
                        <button type="button" aria-pressed={(*colour == ColourBy::Country).to_string()} onclick={set_colour(ColourBy::Country)}>{ p.colour_country }</button>
                    </div>
                    <button type="button" class="btn small" onclick={zoom(1.0 / 1.5)} aria-label={p.zoom_in} title={p.zoom_in} data-testid="zoom-in">{ "+" }</button>
                    <button type="button" class="btn small" onclick={zoom(1.5)} aria-label={p.zoom_out} title={p.zoom_out} data-testid="zoom-out">{ "−" }</button>
                    <button type="button" class="btn small" onclick={reset} data-testid="zoom-reset">{ p.zoom_reset }</button>
                </div>
            </div>
            <p class="muted hint">{ p.network_hint }</p>
            if net.companies_left_out > 0 || net.deals_left_out > 0 {
                <p class="notice" data-testid="network-left-out">{ i18n::network_left_out(lang, net.companies_left_out, net.deals_left_out) }</p>
            }
            if net.nodes.is_empty() {
                <p class="empty muted">{ p.network_empty }</p>
            } else {
                <svg ref={svg_ref} class="network" role="group" aria-label={p.network_label}
                    viewBox={format!("{} {} {} {}", num(v.x), num(v.y), num(v.w), num(v.h))}
                    onpointerdown={on_down} onpointermove={on_move} onpointerup={on_up.clone()} onpointercancel={on_up}
                    data-testid="network">
                    <g class="edges">{ for edges }</g>
                    <g class="nodes">{ for nodes }</g>
                    <g class="labels" aria-hidden="true">{ for labels }</g>
                </svg>
            }
            { legend(lang, *colour == ColourBy::Country) }
            <NetworkTable net={net.clone()} />
        </section>
    }
}

/// The box around the view's companies, padded, at least a third of the layout wide.
fn fit_box(net: &Network) -> ViewBox {
    let Some((x, y, bw, bh)) = net.bounds() else {
        return ViewBox::default();
    };
    let size = f64::from(LAYOUT_SIZE);
    let pad = size * 0.06;
    let (bw, bh) = (f64::from(bw), f64::from(bh));
    let w = (bw + 2.0 * pad).max(size / 3.0);
    let h = (bh + 2.0 * pad).max(size / 3.0);
    ViewBox {
        x: f64::from(x) + bw / 2.0 - w / 2.0,
        y: f64::from(y) + bh / 2.0 - h / 2.0,
        w,
        h,
    }
}

/// Wheel zoom around the pointer. A non-passive listener, so the page does not scroll too.
#[hook]
fn use_wheel_zoom(
    svg_ref: &NodeRef,
    vb: &UseReducerHandle<ViewBox>,
    current: &Rc<std::cell::RefCell<ViewBox>>,
) {
    let svg_ref = svg_ref.clone();
    let vb = vb.clone();
    let current = current.clone();
    use_effect_with(svg_ref.get().is_some(), move |_| {
        let listener = svg_ref.cast::<web_sys::Element>().map(|svg| {
            let target = svg.clone();
            gloo::events::EventListener::new_with_options(
                &target,
                "wheel",
                gloo::events::EventListenerOptions::enable_prevent_default(),
                move |event| {
                    let Some(e) = event.dyn_ref::<web_sys::WheelEvent>() else {
                        return;
                    };
                    e.prevent_default();
                    let factor = if e.delta_y() < 0.0 { 1.0 / 1.2 } else { 1.2 };
                    let now = *current.borrow();
                    let view = (now.x, now.y, now.w, now.h);
                    let (cx, cy) = pointer::viewbox_point(&svg, (e.client_x(), e.client_y()), view)
                        .unwrap_or((now.x + now.w / 2.0, now.y + now.h / 2.0));
                    vb.dispatch(ZoomAction::Zoom(factor, cx, cy));
                },
            )
        });
        move || drop(listener)
    });
}

/// A node that may carry a label: (node index, x, y, radius, name).
type LabelCandidate = (u32, f32, f32, f64, String);

/// Swatches for circle colours (by country, else by organisation type) and line colours.
fn legend(lang: corpus::view::Lang, colour_country: bool) -> Html {
    let p = i18n::pictures(lang);
    let swatch = |class: String, label: String| {
        html! {
            <li><svg class="swatch" viewBox="0 0 10 10" aria-hidden="true"><circle class={class} cx="5" cy="5" r="4.5" /></svg>{ label }</li>
        }
    };
    let circles: Vec<Html> = if colour_country {
        COUNTRY_GROUPS
            .iter()
            .map(|g| {
                let label = match *g {
                    "other" => p.other.to_string(),
                    "none" => p.unknown.to_string(),
                    "eu" => {
                        if lang == corpus::view::Lang::Ko {
                            "유럽".into()
                        } else {
                            "Europe".into()
                        }
                    }
                    code => country_label(lang, &code.to_ascii_uppercase()),
                };
                swatch(format!("cc-{g}"), label)
            })
            .collect()
    } else {
        COMPANY_KINDS
            .iter()
            .map(|k| {
                swatch(
                    format!("ck-{}", company_kind_id(*k)),
                    company_kind_label(lang, *k).into(),
                )
            })
            .collect()
    };
    html! {
        <div class="legend">
            <ul aria-label={if colour_country { p.colour_country } else { p.colour_kind }}>{ for circles }</ul>
            <ul aria-label={p.edges_legend}>
                <li class="muted">{ p.edges_legend }</li>
                { for corpus::DealKind::ALL.iter().map(|k| html! {
                    <li><svg class="swatch" viewBox="0 0 14 10" aria-hidden="true"><line class={classes!("edge", k.id())} x1="0" y1="5" x2="14" y2="5" /></svg>{ kind_label(lang, *k) }</li>
                }) }
            </ul>
        </div>
    }
}

#[derive(Properties)]
struct TableProps {
    net: Rc<Network>,
}

impl PartialEq for TableProps {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.net, &other.net)
    }
}

/// The text alternative: companies with their deal counts, largest first.
#[function_component(NetworkTable)]
fn network_table(props: &TableProps) -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let lang = ctx.lang;
    let p = i18n::pictures(lang);
    let s = i18n::strings(lang);
    let companies = &ctx.index.dataset().companies;
    html! {
        <details class="chart-data">
            <summary>{ p.show_table }</summary>
            <table>
                <thead><tr><th scope="col">{ p.col_company }</th><th scope="col">{ s.col_company_kind }</th><th scope="col">{ s.col_country }</th><th scope="col" class="num">{ s.col_deals }</th></tr></thead>
                <tbody>
                { for props.net.nodes.iter().take(TABLE_ROWS).filter_map(|n| {
                    let c = companies.get(n.company as usize)?;
                    Some(html! {
                        <tr>
                            <td>{ company_name(c, lang) }</td>
                            <td>{ company_kind_label(lang, c.kind) }</td>
                            <td>{ c.country.as_deref().map(|k| country_label(lang, k)).unwrap_or_default() }</td>
                            <td class="num">{ n.deals }</td>
                        </tr>
                    })
                }) }
                </tbody>
            </table>
        </details>
    }
}

const COMPANY_KINDS: [CompanyKind; 5] = [
    CompanyKind::Company,
    CompanyKind::Government,
    CompanyKind::Association,
    CompanyKind::Research,
    CompanyKind::Other,
];

/// Country colour groups, as CSS class suffixes (`cc-kr` ...).
const COUNTRY_GROUPS: [&str; 7] = ["kr", "us", "cn", "jp", "eu", "other", "none"];

fn company_kind_id(kind: CompanyKind) -> &'static str {
    match kind {
        CompanyKind::Company => "company",
        CompanyKind::Government => "government",
        CompanyKind::Association => "association",
        CompanyKind::Research => "research",
        CompanyKind::Other => "other",
    }
}

fn country_group(code: Option<&str>) -> &'static str {
    match code {
        None => "none",
        Some("KR") => "kr",
        Some("US") => "us",
        Some("CN") => "cn",
        Some("JP") => "jp",
        Some(
            "DE" | "FR" | "GB" | "IE" | "NL" | "LU" | "SE" | "FI" | "CH" | "ES" | "IT" | "BE"
            | "DK" | "NO" | "AT" | "PL",
        ) => "eu",
        Some(_) => "other",
    }
}
