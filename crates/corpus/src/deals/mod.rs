//! Deal extraction: relations between companies stated in a sentence, with evidence.
//!
//! STUB: owned by the extraction work; signatures are the contract.

use crate::model::{Article, Company, Deal, Mention};

/// Extracts the deals of one article from its mentions. `companies` resolves ids.
pub fn extract_deals(article: &Article, mentions: &[Mention], companies: &[Company]) -> Vec<Deal> {
    let _ = (article, mentions, companies);
    Vec::new()
}
