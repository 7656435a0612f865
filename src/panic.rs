//! Panic hook: replaces a frozen page by a readable error panel with "reload" and "copy details".
//!
//! Built with plain DOM calls (not yew), since the app's state may be broken after a panic.
//! Text is set with `set_text_content`, never as HTML.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

use crate::i18n;

/// Installs the hook. Call once, first thing. Through yew's setter: a plain
/// `std::panic::set_hook` is replaced by yew's console-only hook when the renderer starts.
pub fn install() {
    yew::set_custom_panic_hook(Box::new(|info| {
        let details = format!("{info}\n\nURL: {}", current_url());
        web_sys::console::error_1(&details.clone().into());
        show_panel(&details);
    }));
}

fn current_url() -> String {
    crate::router::flush();
    web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default()
}

fn show_panel(details: &str) -> Option<()> {
    let window = web_sys::window()?;
    let document = window.document()?;
    let body = document.body()?;
    // A second panic (e.g. from a leftover timer) keeps the first panel and its details.
    if document
        .query_selector("[data-testid=crash-panel]")
        .ok()
        .flatten()
        .is_some()
    {
        return Some(());
    }
    let lang = if current_url().contains("lang=en") {
        corpus::view::Lang::En
    } else {
        corpus::view::Lang::Ko
    };
    let s = i18n::strings(lang);

    let panel = document.create_element("section").ok()?;
    panel.set_class_name("crash");
    panel.set_attribute("role", "alert").ok()?;
    panel.set_attribute("data-testid", "crash-panel").ok()?;
    let title = document.create_element("h1").ok()?;
    title.set_text_content(Some(s.crash_title));
    let text = document.create_element("p").ok()?;
    text.set_text_content(Some(s.crash_body));
    let pre = document.create_element("pre").ok()?;
    pre.set_text_content(Some(details));

    let reload = document.create_element("button").ok()?;
    reload.set_class_name("btn primary");
    reload.set_attribute("type", "button").ok()?;
    reload.set_attribute("data-testid", "crash-reload").ok()?;
    reload.set_text_content(Some(s.reload));
    let on_reload = Closure::<dyn Fn()>::new(|| {
        if let Some(w) = web_sys::window() {
            let _ = w.location().reload();
        }
    });
    reload
        .add_event_listener_with_callback("click", on_reload.as_ref().unchecked_ref())
        .ok()?;
    on_reload.forget();

    let copy = document.create_element("button").ok()?;
    copy.set_class_name("btn");
    copy.set_attribute("type", "button").ok()?;
    copy.set_attribute("data-testid", "crash-copy").ok()?;
    copy.set_text_content(Some(s.copy_details));
    let owned = details.to_string();
    let on_copy = Closure::<dyn Fn()>::new(move || {
        if let Some(w) = web_sys::window() {
            let _ = w.navigator().clipboard().write_text(&owned);
        }
    });
    copy.add_event_listener_with_callback("click", on_copy.as_ref().unchecked_ref())
        .ok()?;
    on_copy.forget();

    for child in [&title, &text, &pre, &reload, &copy] {
        panel.append_child(child).ok()?;
    }
    body.set_inner_html("");
    body.append_child(&panel).ok()?;
    Some(())
}
