//! The whole build-time pipeline: a directory of articles → a [`Dataset`].
//!
//! STUB: owned by the extraction work; signatures are the contract.

use std::path::Path;

use crate::error::{Error, Warning};
use crate::model::Dataset;

/// Builds the dataset for the articles in `dir`.
pub fn build(dir: &Path) -> Result<(Dataset, Vec<Warning>), Error> {
    let ingested = crate::ingest::read_dir(dir)?;
    let dataset = Dataset {
        articles: ingested.articles,
        ..Default::default()
    };
    Ok((dataset, ingested.warnings))
}
