//! The URL codec: `#/deals?company=microsoft,kt&kind=partnership` ⇄ [`crate::view::ViewState`].
//!
//! STUB: owned by the search work.
