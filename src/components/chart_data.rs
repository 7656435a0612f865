//! A picture's text alternative: a closed `<details>` table whose body rows are built only
//! while it is open, so a keystroke never rebuilds rows nobody sees.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChartDataProps {
    /// The `<summary>` text.
    pub summary: AttrValue,
    /// The header row's cells.
    pub head: Html,
    /// Builds the body rows; called only while the table is open.
    pub rows: Callback<(), Html>,
}

#[function_component(ChartData)]
pub fn chart_data(props: &ChartDataProps) -> Html {
    let open = use_state(|| false);
    let ontoggle = {
        let open = open.clone();
        Callback::from(move |e: Event| {
            open.set(
                e.target_dyn_into::<web_sys::Element>()
                    .is_some_and(|d| d.has_attribute("open")),
            )
        })
    };
    html! {
        <details class="chart-data" {ontoggle}>
            <summary>{ props.summary.clone() }</summary>
            <table>
                <thead><tr>{ props.head.clone() }</tr></thead>
                <tbody>{ if *open { props.rows.emit(()) } else { Html::default() } }</tbody>
            </table>
        </details>
    }
}
