//! Dates in Korean text, resolved against the article's publication date.
//!
//! STUB: owned by the extraction work; signatures are the contract.

use crate::model::DealDate;

/// A publication date: year, optional month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PubDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
pub fn parse_pub_date(s: &str) -> Option<PubDate> {
    let mut it = s.trim().split('-');
    let year = it.next()?.parse().ok()?;
    let month = it.next().and_then(|m| m.parse().ok());
    let day = it.next().and_then(|d| d.parse().ok());
    Some(PubDate { year, month, day })
}

/// A date expression found in a text, with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    pub date: DealDate,
}

/// Every date expression in `text`, resolved against `published` where relative.
pub fn find_dates(text: &str, published: Option<PubDate>) -> Vec<DateMatch> {
    let _ = (text, published);
    Vec::new()
}
