//! The embedded dataset: decoded once at start-up into the search index.
//!
//! `build.rs` ran the extraction pipeline on `seeds/` and wrote a postcard blob; nothing is
//! fetched or parsed as JSON here.

use std::rc::Rc;

use corpus::filter::Index;

static DATASET: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/dataset.bin"));

thread_local! {
    static INDEX: Result<Rc<Index>, String> = corpus::codec::decode(DATASET)
        .map(|dataset| Rc::new(Index::new(dataset)))
        .map_err(|err| format!("embedded dataset: {err}"));
}

/// The shared index, or why it could not be built.
pub fn index() -> Result<Rc<Index>, String> {
    INDEX.with(Clone::clone)
}
