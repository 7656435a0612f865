//! A horizontal bar list (label, bar, count) where each row is a link to a filtered view.

use yew::prelude::*;

/// One bar.
#[derive(Clone, PartialEq)]
pub struct Bar {
    pub label: String,
    pub count: u32,
    pub href: String,
    /// The company a bar stands for (a `data-company-id` hook), if any.
    pub company: Option<String>,
}

/// The panel with its `title` and one row per bar. A plain function, not a component: one
/// less set of yew's per-component code in the wasm.
pub fn bars(title: &'static str, bars: &[Bar]) -> Html {
    let max = bars.iter().map(|b| b.count).max().unwrap_or(1).max(1);
    html! {
        <section class="panel">
            <h2>{ title }</h2>
            <ul class="bars">
            { for bars.iter().map(|b| {
                let width = format!("{}%", corpus::decimal::fixed(f64::from(b.count) * 100.0 / f64::from(max), 1));
                let link = html! { <a href={b.href.clone()} data-company-id={b.company.clone()}>{ b.label.clone() }</a> };
                html! {
                    <li>
                        { link }
                        <svg aria-hidden="true" focusable="false"><rect x="0" y="0" height="100%" width={width} rx="3" /></svg>
                        <span class="count">{ b.count }</span>
                    </li>
                }
            }) }
            </ul>
        </section>
    }
}
