//! The top bar: navigation, the search box, language, copy link, reset and export.
//!
//! Every control navigates to a new URL; nothing here keeps filter state of its own
//! (only the transient "copied" feedback).

use corpus::view::{Lang, Page, ViewState};
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::context::AppCtx;
use crate::router::href;
use crate::{download, i18n};

const SEARCH_ID: &str = "search";

#[function_component(Header)]
pub fn header() -> Html {
    let ctx = use_context::<AppCtx>().expect("AppCtx is provided by App");
    let s = i18n::strings(ctx.lang);
    let copied = use_state(|| None::<bool>);
    use_slash_focuses_search();

    let view = ctx.view();
    let nav_link = |page: Page, label: &'static str| {
        let current = std::mem::discriminant(&view.page) == std::mem::discriminant(&page);
        let target = ViewState {
            page,
            open: None,
            ..view.clone()
        };
        html! {
            <a href={href(&target)} aria-current={current.then_some("page")}>{ label }</a>
        }
    };

    // Typing rewrites the URL (replace); the first keystroke outside a table opens the deals.
    let search = {
        let ctx = ctx.clone();
        move |target: Option<web_sys::EventTarget>| {
            let Some(input) = target.and_then(|t| t.dyn_into::<HtmlInputElement>().ok()) else {
                return;
            };
            let mut next = ctx.view();
            next.q = input.value();
            next.open = None;
            if matches!(next.page, Page::Deals | Page::Companies) {
                ctx.nav.replace(next);
            } else {
                next.page = Page::Deals;
                ctx.nav.push(next);
            }
        }
    };
    // While a Hangul syllable is being composed the IME owns the field: re-rendering its value
    // would break the composition, so wait until the syllable is committed.
    let on_input = {
        let search = search.clone();
        Callback::from(move |e: InputEvent| {
            if !e.is_composing() {
                search(e.target());
            }
        })
    };
    // yew has no `oncompositionend` prop: listen on the element itself.
    let input_ref = use_node_ref();
    {
        let input_ref = input_ref.clone();
        use_effect_with(ctx.clone(), move |_| {
            let listener = input_ref.cast::<HtmlInputElement>().map(|target| {
                gloo::events::EventListener::new(&target, "compositionend", move |e| {
                    search(e.target())
                })
            });
            move || drop(listener)
        });
    }
    let on_key = {
        let ctx = ctx.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Escape" && !ctx.view.q.is_empty() {
                e.prevent_default();
                ctx.nav.replace(ViewState {
                    q: String::new(),
                    ..ctx.view()
                });
            }
        })
    };
    let toggle_lang = {
        let ctx = ctx.clone();
        Callback::from(move |_| {
            let lang = if ctx.lang == Lang::Ko {
                Lang::En
            } else {
                Lang::Ko
            };
            ctx.nav.push(ViewState { lang, ..ctx.view() });
        })
    };
    let copy_link = {
        let copied = copied.clone();
        Callback::from(move |_| {
            crate::router::flush();
            let window = gloo::utils::window();
            let url = window.location().href().unwrap_or_default();
            let promise = window.navigator().clipboard().write_text(&url);
            let copied = copied.clone();
            wasm_bindgen_futures::spawn_local(async move {
                let ok = wasm_bindgen_futures::JsFuture::from(promise).await.is_ok();
                copied.set(Some(ok));
            });
        })
    };
    let reset = {
        let ctx = ctx.clone();
        Callback::from(move |_| ctx.nav.push(ctx.view.without_filters()))
    };
    let exports = matches!(view.page, Page::Deals | Page::Companies).then(|| {
        let csv = {
            let ctx = ctx.clone();
            Callback::from(move |_| {
                let text = corpus::filter::export_csv(&ctx.index, &ctx.view, &ctx.results);
                download::offer(&export_name(&ctx.view, "csv"), "text/csv;charset=utf-8", &text);
            })
        };
        let json = {
            let ctx = ctx.clone();
            Callback::from(move |_| {
                let text = corpus::filter::export_json(&ctx.index, &ctx.view, &ctx.results);
                download::offer(&export_name(&ctx.view, "json"), "application/json", &text);
            })
        };
        html! {
            <>
                <button class="btn" onclick={csv} data-testid="export-csv">{ s.export_csv }</button>
                <button class="btn" onclick={json} data-testid="export-json">{ s.export_json }</button>
            </>
        }
    });
    let copy_label = match *copied {
        Some(true) => s.copied,
        Some(false) => s.copy_failed,
        None => s.copy_link,
    };

    html! {
        <header class="top">
            <a class="brand" href={href(&ViewState { lang: ctx.lang, ..ViewState::default() })}>{ s.app_name }</a>
            <nav class="nav" aria-label={s.app_name}>
                { nav_link(Page::Overview, s.nav_overview) }
                { nav_link(Page::Deals, s.nav_deals) }
                { nav_link(Page::Companies, s.nav_companies) }
                { nav_link(Page::Network, i18n::pictures(ctx.lang).nav_network) }
            </nav>
            <div class="search" role="search">
                <label for={SEARCH_ID} class="visually-hidden">{ s.search_label }</label>
                <input id={SEARCH_ID} type="search" value={view.q.clone()} placeholder={s.search_placeholder}
                    autocomplete="off" spellcheck="false" data-testid="search"
                    ref={input_ref} oninput={on_input} onkeydown={on_key} />
            </div>
            <div class="tools">
                <button class="btn" onclick={copy_link} data-testid="copy-link" aria-live="polite">{ copy_label }</button>
                if view.has_filters() {
                    <button class="btn" onclick={reset} data-testid="reset">{ s.reset }</button>
                }
                { for exports }
                <button class="btn" onclick={toggle_lang} aria-label={s.other_lang_label}
                    data-testid="lang-toggle" lang={if ctx.lang == Lang::Ko { "en" } else { "ko" }}>{ s.other_lang }</button>
            </div>
        </header>
    }
}

fn export_name(view: &ViewState, ext: &str) -> String {
    let what = if view.page == Page::Companies {
        "companies"
    } else {
        "deals"
    };
    format!("cloud-explorer-{what}.{ext}")
}

/// `/` anywhere outside a text field focuses the search box.
#[hook]
fn use_slash_focuses_search() {
    use_effect_with((), |_| {
        let document = gloo::utils::document();
        let listener = gloo::events::EventListener::new(&document, "keydown", |event| {
            let Some(e) = event.dyn_ref::<KeyboardEvent>() else {
                return;
            };
            if e.key() != "/" || e.ctrl_key() || e.meta_key() || e.alt_key() {
                return;
            }
            let typing = e
                .target()
                .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
                .is_some_and(|el| {
                    matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT")
                });
            if typing {
                return;
            }
            if let Some(input) = gloo::utils::document()
                .get_element_by_id(SEARCH_ID)
                .and_then(|el| el.dyn_into::<HtmlInputElement>().ok())
            {
                e.prevent_default();
                let _ = input.focus();
                input.select();
            }
        });
        move || drop(listener)
    });
}
