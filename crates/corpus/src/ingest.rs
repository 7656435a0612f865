//! Reading `seeds/`: article files and the optional catalog into [`Article`]s.
//!
//! STUB: owned by the extraction work; signatures are the contract.

use std::path::Path;

use crate::error::{Error, Warning};
use crate::model::Article;

/// Articles read from a directory, with the warnings raised on the way.
#[derive(Debug, Default)]
pub struct Ingested {
    pub articles: Vec<Article>,
    pub warnings: Vec<Warning>,
}

/// Reads every `*.txt` in `dir` (and `catalog.toml` if present).
pub fn read_dir(dir: &Path) -> Result<Ingested, Error> {
    let _ = dir;
    Ok(Ingested::default())
}

/// Builds an article from raw text (the cleaning, byline and sentence steps), without a catalog.
pub fn article_from_text(id: &str, raw: &str) -> Article {
    Article {
        id: id.to_string(),
        text: raw.to_string(),
        ..Default::default()
    }
}
