//! What every component can read: the index, the current view, its results and a navigator.

use std::rc::Rc;

use corpus::filter::{Index, Results};
use corpus::view::{Lang, ViewState};

use crate::router::Navigator;

/// The index, compared by pointer (it never changes after start-up).
#[derive(Clone)]
pub struct IndexRef(pub Rc<Index>);

impl PartialEq for IndexRef {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for IndexRef {
    type Target = Index;
    fn deref(&self) -> &Index {
        &self.0
    }
}

/// The app context, rebuilt whenever the URL changes.
#[derive(Clone)]
pub struct AppCtx {
    pub index: IndexRef,
    pub view: Rc<ViewState>,
    pub results: Rc<Results>,
    pub nav: Navigator,
    pub lang: Lang,
    /// False only for the app's first render: see `components::later`.
    pub settled: bool,
    /// The view and results the parts that can wait (`components::later`) still show, for the
    /// frame after a keystroke; `None` when they are up to date.
    pub behind: Option<(Rc<ViewState>, Rc<Results>)>,
    /// What those parts navigate with: `nav`, keeping the latest typed query (they never
    /// change it), so a click there while they are behind keeps what was typed since.
    pub later_nav: Navigator,
}

impl PartialEq for AppCtx {
    fn eq(&self, other: &Self) -> bool {
        self.index == other.index
            && Rc::ptr_eq(&self.view, &other.view)
            && Rc::ptr_eq(&self.results, &other.results)
            && self.nav == other.nav
            && self.settled == other.settled
            && self.later_nav == other.later_nav
            && match (&self.behind, &other.behind) {
                (None, None) => true,
                (Some((v, r)), Some((w, s))) => Rc::ptr_eq(v, w) && Rc::ptr_eq(r, s),
                _ => false,
            }
    }
}

impl AppCtx {
    /// A copy of the current view, to modify and navigate to.
    pub fn view(&self) -> ViewState {
        (*self.view).clone()
    }
}
