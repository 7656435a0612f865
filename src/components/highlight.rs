//! Text with marked ranges (search matches, deal parties). Renders text nodes only.

use corpus::display::segments;
pub use corpus::display::Mark;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub text: AttrValue,
    /// Character ranges, any order; overlaps are resolved in favour of the earlier start.
    #[prop_or_default]
    pub marks: Vec<Mark>,
}

#[function_component(Highlighted)]
pub fn highlighted(props: &Props) -> Html {
    let text = props.text.as_str();
    html! {
        <>
        { for segments(text, &props.marks).into_iter().map(|(seg, class)| match class {
            Some(class) => html! { <mark class={class}>{ seg.to_string() }</mark> },
            None => html! { { seg.to_string() } },
        }) }
        </>
    }
}
