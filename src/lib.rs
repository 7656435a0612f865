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

/// Decodes and validates `fragment` and runs its filter pass: what [`AppCtx`] is built from.
fn compute(index: &Rc<corpus::filter::Index>, fragment: &str) -> Computed {
    let decoded = corpus::url::decode(fragment);
    let mut view = decoded.view;
    let mut ignored = decoded.ignored;
    ignored.extend(corpus::url::validate(&mut view, index));
    // One filter pass per URL serves the tables, facets, pictures and exports; pages that show
    // none of them (overview, a company, an article) skip it.
    let results = match view.page {
        Page::Deals | Page::Companies | Page::Network => corpus::filter::filter(index, &view),
        Page::Overview | Page::Company(_) | Page::Article(_) => corpus::filter::Results::default(),
    };
    (Rc::new(view), Rc::new(ignored), Rc::new(results))
}

/// A fragment's view, what its decoding ignored, and its filter results.
type Computed = (
    Rc<corpus::view::ViewState>,
    Rc<Vec<corpus::url::Ignored>>,
    Rc<corpus::filter::Results>,
);

#[function_component(App)]
pub fn app() -> Html {
    let fragment = use_state(router::current_fragment);
    // The fragment the parts that can wait (`components::later`: filter panel, pictures) show.
    // It is `fragment`, except for one frame after a keystroke: that frame paints the search
    // box, the count and the rows; the rest follows once it is painted, for the latest fragment
    // then (keystrokes typed meanwhile are caught up in one render).
    let behind = use_state(router::current_fragment);
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
        let (fragment, behind) = (fragment.clone(), behind.clone());
        use_effect_with((), move |_| {
            let window = gloo::utils::window();
            let follow = move || {
                // The location moved: a keystroke's replace still pending is for the entry
                // left behind, and must not land on this one.
                router::forget_pending();
                let now = router::current_fragment();
                behind.set(now.clone());
                fragment.set(now);
            };
            let on_pop = {
                let follow = follow.clone();
                gloo::events::EventListener::new(&window, "popstate", move |_| follow())
            };
            let on_hash =
                gloo::events::EventListener::new(&window, "hashchange", move |_| follow());
            move || drop((on_pop, on_hash))
        });
    }
    use_effect_with(*settled, |settled| {
        if *settled {
            frame::after_next_paint(register_service_worker);
            // What the first keystrokes would otherwise wait for (structures made by the first
            // search of each kind, the wasm compiled on its first run), in a task of its own.
            frame::after_next_paint(|| {
                if let Ok(index) = data::index() {
                    corpus::filter::warm_up(&index);
                }
            });
        }
    });
    // Once a keystroke's frame is painted, the parts that can wait catch up with the latest
    // fragment (the URL is written as the app navigates, so it holds that one). Then
    // `<html data-view>` marks the fragment whose render is complete (effects run after every
    // pending render), so tests and the benchmark can tell when a view is on screen.
    {
        let behind = behind.clone();
        let caught_up = *behind == *fragment;
        use_effect_with(
            ((*fragment).clone(), caught_up, *settled),
            move |(fragment, caught_up, settled)| {
                if !*caught_up {
                    frame::after_next_paint(move || behind.set(router::current_fragment()));
                } else if let (true, Some(root)) =
                    (*settled, gloo::utils::document().document_element())
                {
                    let _ = root.set_attribute("data-view", fragment);
                }
            },
        );
    }
    // Typing replaces the history entry and lets the parts that can wait follow a frame later;
    // any other navigation moves them along in the same render.
    let go = {
        let (fragment, behind) = (fragment.clone(), behind.clone());
        Callback::from(move |(view, mode): (corpus::view::ViewState, Mode)| {
            let before = (mode == Mode::Replace).then(router::current_fragment);
            let now = router::write(&view, mode);
            if mode == Mode::Push {
                behind.set(now.clone());
            } else if let (true, Some(root)) = (
                before.as_ref() != Some(&now),
                gloo::utils::document().document_element(),
            ) {
                // Until the parts that wait catch up, part of the page shows the new view and
                // part the old one, and the URL still holds the old one: no view is complete.
                // Taken away here, before the render, whatever the render's timing.
                let _ = root.remove_attribute("data-view");
            }
            fragment.set(now);
        })
    };
    // What the parts that can wait navigate with: they never change the query, so it is taken
    // from the latest fragment, and a click there while they are behind keeps what was typed.
    // Made once, so their context stays equal from one keystroke to the next.
    let later_nav = {
        let go = go.clone();
        use_memo((), move |_| Navigator {
            go: Callback::from(move |(mut view, mode): (corpus::view::ViewState, Mode)| {
                view.q = corpus::url::decode(&router::current_fragment()).view.q;
                go.emit((view, mode));
            }),
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
    let shown = |fragment: &String| {
        recent
            .borrow_mut()
            .get_or_insert_with(fragment.clone(), |f| compute(&index, f))
    };
    let (view, ignored, results) = shown(&fragment);
    let lang = view.lang;
    let behind_shown = (*behind != *fragment).then(|| {
        let (view, _, results) = shown(&behind);
        (view, results)
    });
    let app_ctx = AppCtx {
        index: IndexRef(index),
        view: view.clone(),
        results,
        nav: Navigator { go },
        lang,
        settled: *settled,
        behind: behind_shown,
        later_nav: (*later_nav).clone(),
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
