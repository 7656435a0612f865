//! The embedded core of the dataset: decoded once at start-up into the search index.
//!
//! `build.rs` ran the extraction pipeline on `seeds/`, split off the article texts into
//! chunks (`corpus::split`, fetched by [`crate::chunks`]) and wrote the rest as a postcard
//! blob; nothing is fetched or parsed as JSON here.

use std::rc::Rc;

use corpus::filter::Index;

static CORE: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/core.bin"));

thread_local! {
    static INDEX: Result<Rc<Index>, String> = corpus::split::decode_core(CORE)
        .map(|core| Rc::new(Index::from_core(core)))
        .map_err(|err| format!("embedded dataset: {err}"));
}

/// The shared index, or why it could not be built.
pub fn index() -> Result<Rc<Index>, String> {
    INDEX.with(Clone::clone)
}
