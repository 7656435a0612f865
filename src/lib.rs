//! The yew app: the only code that touches the DOM. Everything else lives in `corpus`.

use yew::prelude::*;

static DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

/// Mounts the app on `<body>`.
pub fn start() {
    yew::Renderer::<App>::new().render();
}

#[function_component(App)]
pub fn app() -> Html {
    let dataset = corpus::codec::decode(DATASET).unwrap_or_default();
    html! {
        <main>
            <h1>{ "클라우드 산업 탐색기" }</h1>
            <ul>
            { for dataset.articles.iter().map(|a| html! {
                <li data-article-id={a.id.clone()}>{ a.title.value.clone().unwrap_or_default() }</li>
            }) }
            </ul>
        </main>
    }
}
