//! The parts of a page that can wait (filter panel, pictures). They render from the app's
//! second frame on, so the first frame shows the rows sooner; and after a keystroke they follow
//! one frame behind the count and the rows, so typing paints its results in one frame.

use yew::prelude::*;

use crate::context::AppCtx;

#[derive(Properties, PartialEq)]
pub struct LaterProps {
    /// What stands in until then: an empty box with the real part's class, holding its place.
    pub placeholder: Html,
    #[prop_or_default]
    pub children: Html,
}

/// `placeholder` in the app's first frame ([`AppCtx::settled`]); after that `children`, under
/// a context of their own: the view and results they are up to date with ([`AppCtx::behind`]
/// while it is set) and [`AppCtx::later_nav`]. It changes only when those do, so a keystroke
/// does not render them again until they catch up.
#[function_component(Later)]
pub fn later(props: &LaterProps) -> Html {
    let Some(ctx) = use_context::<AppCtx>().filter(|c| c.settled) else {
        return props.placeholder.clone();
    };
    let (view, results) = ctx
        .behind
        .clone()
        .unwrap_or_else(|| (ctx.view.clone(), ctx.results.clone()));
    let shown = AppCtx {
        lang: view.lang,
        view,
        results,
        nav: ctx.later_nav.clone(),
        behind: None,
        ..ctx
    };
    html! {
        <ContextProvider<AppCtx> context={shown}>
            { props.children.clone() }
        </ContextProvider<AppCtx>>
    }
}
