//! Filtering: `(Index, ViewState) → Results`, with facet counts.
//!
//! STUB: owned by the search work.
