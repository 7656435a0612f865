//! Progressive first paint: the parts of a page that can wait (filter panel, pictures) render
//! from the app's second frame on, so the first frame shows the rows sooner.

use yew::prelude::*;

use crate::context::AppCtx;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// What stands in until then: an empty box with the real part's class, holding its place.
    pub placeholder: Html,
    #[prop_or_default]
    pub children: Html,
}

/// `children` once the app has painted its first frame ([`AppCtx::settled`]), `placeholder`
/// before that.
#[function_component(Later)]
pub fn later(props: &LaterProps) -> Html {
    if use_context::<AppCtx>().is_some_and(|c| c.settled) {
        props.children.clone()
    } else {
        props.placeholder.clone()
    }
}
