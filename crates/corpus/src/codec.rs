//! Compact binary form of a [`Dataset`] (postcard), embedded in the wasm at build time.
//!
//! The browser decodes it once at start-up; no JSON is parsed there.

use crate::model::Dataset;

/// Serialises a dataset for embedding.
pub fn encode(dataset: &Dataset) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(dataset)
}

/// Reads an embedded dataset.
pub fn decode(bytes: &[u8]) -> Result<Dataset, postcard::Error> {
    postcard::from_bytes(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Article, Field, Provenance};

    #[test]
    fn round_trip_keeps_korean_text() {
        let ds = Dataset {
            articles: vec![Article {
                id: "a".into(),
                title: Field {
                    value: Some("마이크로소프트와 KT".into()),
                    source: Provenance::Derived,
                },
                text: "본문".into(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let bytes = encode(&ds).unwrap();
        assert_eq!(decode(&bytes).unwrap(), ds);
    }

    #[test]
    fn garbage_is_an_error_not_a_panic() {
        assert!(decode(&[0xff, 0xff, 0xff]).is_err());
    }
}
