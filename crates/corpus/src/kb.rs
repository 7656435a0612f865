//! The company knowledge base (`data/companies.toml`): canonical companies and their aliases.
//!
//! STUB: owned by the extraction work; signatures are the contract.

use crate::error::Error;
use crate::model::Company;

/// Known companies, loaded from the data file.
#[derive(Debug, Clone, Default)]
pub struct KnowledgeBase {
    pub companies: Vec<Company>,
}

impl KnowledgeBase {
    /// The knowledge base shipped with the crate.
    pub fn builtin() -> Result<Self, Error> {
        Ok(KnowledgeBase::default())
    }
}
