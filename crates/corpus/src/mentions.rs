//! Finding companies (known and unknown) and people in an article.
//!
//! STUB: owned by the extraction work; signatures are the contract.

use crate::kb::KnowledgeBase;
use crate::model::{Article, Company, Mention, Person};

/// What was found in one article.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub mentions: Vec<Mention>,
    /// Organisations not in the knowledge base, discovered in the text.
    pub discovered: Vec<Company>,
    pub people: Vec<Person>,
}

/// Finds every company mention in `article`.
pub fn find_mentions(kb: &KnowledgeBase, article: &Article) -> Found {
    let _ = (kb, article);
    Found::default()
}
