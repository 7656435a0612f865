//! The parts of a page that can wait (filter panel, pictures). They render from the app's
//! second frame on, so the first frame shows the rows sooner; and after a keystroke they follow
//! one frame behind the count and the rows, so typing paints its results in one frame.

use yew::prelude::*;

use crate::context::{AppCtx, Behind};

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// What stands in until then: an empty box with the real part's class, holding its place.
    pub placeholder: Html,
    #[prop_or_default]
    pub children: Html,
}

/// `placeholder` in the app's first frame ([`AppCtx::settled`]); after that `children`, under
/// the context they are up to date with: the [`Behind`] one while it is set, else the app's.
/// Their context changes only when that one does, so a keystroke does not render them again
/// until they catch up.
#[function_component(Later)]
pub fn later(props: &LaterProps) -> Html {
    let ctx = use_context::<AppCtx>();
    let behind = use_context::<Behind>().and_then(|b| b.0);
    match ctx {
        Some(ctx) if ctx.settled => html! {
            <ContextProvider<AppCtx> context={behind.unwrap_or(ctx)}>
                { props.children.clone() }
            </ContextProvider<AppCtx>>
        },
        _ => props.placeholder.clone(),
    }
}
