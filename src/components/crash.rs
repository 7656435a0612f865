//! A readable error panel for failures the app can still render (e.g. a bad embedded dataset).

use yew::prelude::*;

use crate::i18n;

/// The panel with `message`. A plain function, not a component: one less set of yew's
/// per-component code in the wasm.
pub fn crash(message: String) -> Html {
    let s = i18n::strings(corpus::view::Lang::Ko);
    let reload = Callback::from(|_| {
        let _ = gloo::utils::window().location().reload();
    });
    html! {
        <section class="crash" role="alert" data-testid="crash-panel">
            <h1>{ s.crash_title }</h1>
            <p>{ s.crash_body }</p>
            <pre>{ message }</pre>
            <button class="btn primary" onclick={reload}>{ s.reload }</button>
        </section>
    }
}
