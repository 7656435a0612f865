//! The yew app: the only code that touches the DOM. Everything else lives in `corpus`.
//!
//! Data flow, one way: embedded dataset → [`data::index`] → URL fragment → `ViewState` →
//! `corpus::filter::filter` → `Results` → pages. Components never hold filter state of their
//! own; they navigate to a new URL instead.

pub mod chunks;
pub mod components;
pub mod context;
pub mod data;
pub mod download;
pub mod format;
pub mod frame;
pub mod i18n;
pub mod pages;
pub mod panic;
pub mod router;

use std::rc::Rc;

use corpus::view::Page;
use yew::prelude::*;

use crate::context::{AppCtx, IndexRef};
use crate::router::{Mode, Navigator};

/// Mounts the app on `<body>`.
pub fn start() {
    panic::install();
    yew::Renderer::<App>::new().render();
}

/// Release builds served over http(s) register `sw.js`, which precaches the build for offline
/// use. Not from `file://` (standalone.html) and not in debug builds (it would cache dev builds).
///
/// Called once the whole first view is painted: installing the worker fetches and stores every
/// file of the build (at 10,000 articles, megabytes of text chunks), which would otherwise
/// compete with the start-up for the same cores.
fn register_service_worker() {
    if cfg!(debug_assertions) {
        return;
    }
    let window = gloo::utils::window();
    let protocol = window.location().protocol().unwrap_or_default();
    if protocol != "http:" && protocol != "https:" {
        return;
    }
    let promise = window.navigator().service_worker().register("sw.js");
    // A failed registration only means no offline copy; never an unhandled rejection.
    wasm_bindgen_futures::spawn_local(async move {
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
    });
}

/// Debug-only routes (cargo feature `debug-routes`, never in the shipped build):
/// `#/__panic` panics while rendering, to test the panic panel.
#[cfg(feature = "debug-routes")]
fn debug_routes(fragment: &str) {
    let path = fragment.split('?').next().unwrap_or_default();
    if path.trim_end_matches('/') == "/__panic" {
        panic!("deliberate panic from the #/__panic debug route");
    }
}

/// How many views' filter results the app keeps (at 10,000 articles about 0.2 MB each).
const RECENT_VIEWS: usize = 8;

#[function_component(App)]
pub fn app() -> Html {
    let fragment = use_state(router::current_fragment);
    // The first render leaves out what can wait (`components::later`); the rest follows once
    // that frame is painted: a task queued from the next animation frame runs after its paint.
    let settled = use_state_eq(|| false);
    {
        let settled = settled.clone();
        use_effect_with((), move |_| {
            frame::after_next_paint(move || settled.set(true))
        });
    }
    {
        let fragment = fragment.clone();
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let on_pop = {
                let fragment = fragment.clone();
                gloo::events::EventListener::new(&window, "popstate", move |_| {
                    fragment.set(router::current_fragment())
                })
            };
            let on_hash = gloo::events::EventListener::new(&window, "hashchange", move |_| {
                fragment.set(router::current_fragment())
            });
            move || drop((on_pop, on_hash))
        });
    }
    use_effect_with(*settled, |settled| {
        if *settled {
            frame::after_next_paint(register_service_worker);
        }
    });
    // `<html data-view>`: the fragment whose render is complete (effects run after every
    // pending render), so tests and the benchmark can tell when a view is on screen.
    use_effect_with(((*fragment).clone(), *settled), |(fragment, settled)| {
        if let (true, Some(root)) = (*settled, gloo::utils::document().document_element()) {
            let _ = root.set_attribute("data-view", fragment);
        }
    });
    let go = {
        let fragment = fragment.clone();
        Callback::from(move |(view, mode): (corpus::view::ViewState, Mode)| {
            fragment.set(router::write(&view, mode));
        })
    };
    #[cfg(feature = "debug-routes")]
    debug_routes(&fragment);
    let index = match data::index() {
        Ok(index) => index,
        Err(message) => return components::crash::crash(message),
    };
    // Views seen last, by fragment: a backspace, a cleared search box or Back shows a view
    // again without its filter pass.
    let recent = use_mut_ref(|| corpus::recent::Recent::new(RECENT_VIEWS));
    let ctx = {
        let index = index.clone();
        recent
            .borrow_mut()
            .get_or_insert_with((*fragment).clone(), move |fragment| {
                let decoded = corpus::url::decode(fragment);
                let mut view = decoded.view;
                let mut ignored = decoded.ignored;
                ignored.extend(corpus::url::validate(&mut view, &index));
                // One filter pass per URL serves the tables, facets, pictures and exports; pages
                // that show none of them (overview, a company, an article) skip it.
                let results = match view.page {
                    Page::Deals | Page::Companies | Page::Network => {
                        corpus::filter::filter(&index, &view)
                    }
                    Page::Overview | Page::Company(_) | Page::Article(_) => {
                        corpus::filter::Results::default()
                    }
                };
                (Rc::new(view), Rc::new(ignored), Rc::new(results))
            })
    };
    let (view, ignored, results) = ctx;
    let lang = view.lang;
    let app_ctx = AppCtx {
        index: IndexRef(index),
        view: view.clone(),
        results,
        nav: Navigator { go },
        lang,
        settled: *settled,
    };
    let page = match &view.page {
        Page::Overview => html! { <pages::overview::Overview /> },
        Page::Deals => html! { <pages::deals::Deals /> },
        Page::Companies => html! { <pages::companies::Companies /> },
        Page::Company(id) => html! { <pages::company::CompanyPage id={id.clone()} /> },
        Page::Article(id) => html! { <pages::article::ArticlePage id={id.clone()} /> },
        Page::Network => html! { <pages::network::Network /> },
    };
    let s = i18n::strings(lang);
    use_effect_with(lang, move |lang| {
        // Screen readers and fonts follow <html lang>; the tab title follows the language.
        let document = gloo::utils::document();
        if let Some(root) = document.document_element() {
            let _ = root.set_attribute(
                "lang",
                if *lang == corpus::view::Lang::En {
                    "en"
                } else {
                    "ko"
                },
            );
        }
        document.set_title(i18n::strings(*lang).app_name);
    });
    html! {
        <ContextProvider<AppCtx> context={app_ctx}>
            <div data-ready={settled.then_some("")}>
                <components::header::Header />
                { components::notice::ignored_notice(lang, &ignored) }
                { page }
                <footer>{ s.footer }</footer>
            </div>
        </ContextProvider<AppCtx>>
    }
}
