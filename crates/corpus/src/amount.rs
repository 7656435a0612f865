//! Money amounts in Korean text: `100억 달러`, `150억 달러(17조원)`, `수조원대` → [`Amount`].
//!
//! STUB: owned by the extraction work; signatures are the contract.

use crate::model::Amount;

/// An amount found in a text, with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct AmountMatch {
    pub start: usize,
    pub end: usize,
    pub amount: Amount,
}

/// Every money amount in `text`, left to right.
pub fn find_amounts(text: &str) -> Vec<AmountMatch> {
    let _ = text;
    Vec::new()
}

/// Parses one amount expression (the whole string).
pub fn parse_amount(text: &str) -> Option<Amount> {
    find_amounts(text).into_iter().next().map(|m| m.amount)
}
