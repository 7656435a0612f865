//! Article-text chunks (`corpus::split`): read on demand, decoded with postcard, kept in memory.
//!
//! A chunk comes from a `<script type="application/octet-stream" data-chunk="NAME">` block
//! when the page has one (`standalone.html`, opened from `file://` where fetch does not work),
//! else from `data/NAME.bin` relative to the page (the service worker caches these). Its bytes
//! are outside input: they must hash to their name and decode, or the view shows an error with
//! a retry button.

use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::rc::Rc;

use corpus::split::{base64_decode, chunk_file, decode_chunk, Chunk};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use yew::prelude::*;

thread_local! {
    static CACHE: RefCell<HashMap<String, Rc<Chunk>>> = RefCell::new(HashMap::new());
}

/// The state of a set of chunks a view needs.
#[derive(Clone)]
pub enum Load {
    Loading,
    /// In the order asked for.
    Ready(Vec<Rc<Chunk>>),
    Failed(String),
}

fn cached(name: &str) -> Option<Rc<Chunk>> {
    CACHE.with(|c| c.borrow().get(name).cloned())
}

fn all_cached(names: &[String]) -> Option<Vec<Rc<Chunk>>> {
    names.iter().map(|n| cached(n)).collect()
}

/// Loads one chunk into the cache (or finds it there).
async fn load(name: &str) -> Result<Rc<Chunk>, String> {
    if let Some(chunk) = cached(name) {
        return Ok(chunk);
    }
    let bytes = match inline_bytes(name) {
        Some(bytes) => bytes,
        None => fetch_bytes(&chunk_file(name)).await?,
    };
    let chunk = Rc::new(decode_chunk(name, &bytes).map_err(|e| e.to_string())?);
    CACHE.with(|c| c.borrow_mut().insert(name.to_string(), chunk.clone()));
    Ok(chunk)
}

/// The bytes of a chunk inlined in the page (standalone.html), if any.
fn inline_bytes(name: &str) -> Option<Vec<u8>> {
    // Names come from the embedded core and are hex digits; never from the URL.
    if !name.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let selector = format!("script[data-chunk=\"{name}\"]");
    let element = gloo::utils::document().query_selector(&selector).ok()??;
    base64_decode(&element.text_content()?)
}

async fn fetch_bytes(url: &str) -> Result<Vec<u8>, String> {
    let failed = |e: wasm_bindgen::JsValue| {
        let message = e
            .dyn_ref::<js_sys::Error>()
            .map(|e| String::from(e.message()))
            .or_else(|| e.as_string())
            .unwrap_or_else(|| "network error".to_string());
        format!("{url}: {message}")
    };
    let response = JsFuture::from(gloo::utils::window().fetch_with_str(url))
        .await
        .map_err(failed)?;
    let response: web_sys::Response = response
        .dyn_into()
        .map_err(|_| format!("{url}: not a response"))?;
    if !response.ok() {
        return Err(format!("{url}: HTTP {}", response.status()));
    }
    let buffer = JsFuture::from(response.array_buffer().map_err(failed)?)
        .await
        .map_err(failed)?;
    Ok(js_sys::Uint8Array::new(&buffer).to_vec())
}

/// The chunks named (in order), loading those not in memory. The callback retries after a
/// failure. Re-renders when they arrive; a stale load (the names changed meanwhile) is ignored.
#[hook]
pub fn use_chunks(names: Vec<String>) -> (Load, Callback<()>) {
    // (names, error) of the last failed load; a counter to re-render when a load ends.
    let failure = use_state(|| None::<(Vec<String>, String)>);
    let tick = use_state(|| 0u32);
    let attempt = use_state(|| 0u32);
    {
        let failure = failure.clone();
        let tick = tick.clone();
        use_effect_with((names.clone(), *attempt), move |(names, _)| {
            let live = Rc::new(Cell::new(true));
            if all_cached(names).is_none() {
                let names = names.clone();
                let live = live.clone();
                wasm_bindgen_futures::spawn_local(async move {
                    for name in &names {
                        if let Err(err) = load(name).await {
                            if live.get() {
                                failure.set(Some((names.clone(), err)));
                            }
                            return;
                        }
                    }
                    if live.get() {
                        tick.set(*tick + 1);
                    }
                });
            }
            move || live.set(false)
        });
    }
    let retry = {
        let failure = failure.clone();
        let attempt = attempt.clone();
        Callback::from(move |()| {
            failure.set(None);
            attempt.set(*attempt + 1);
        })
    };
    let load = match all_cached(&names) {
        Some(chunks) => Load::Ready(chunks),
        None => match &*failure {
            Some((failed, err)) if *failed == names => Load::Failed(err.clone()),
            _ => Load::Loading,
        },
    };
    (load, retry)
}

/// What a view shows in place of text that is not there yet: a loading line, or the error
/// with a retry button.
pub fn placeholder(load: &Load, retry: &Callback<()>, s: &crate::i18n::Strings) -> Html {
    match load {
        Load::Failed(err) => {
            let retry = retry.clone();
            html! {
                <div class="notice" role="alert" data-testid="text-error">
                    <p>{ s.text_failed }{ ": " }<code>{ err.clone() }</code></p>
                    <button type="button" data-testid="text-retry" onclick={Callback::from(move |_| retry.emit(()))}>{ s.retry }</button>
                </div>
            }
        }
        _ => {
            html! { <p class="muted" role="status" aria-busy="true" data-testid="text-loading">{ s.text_loading }</p> }
        }
    }
}
