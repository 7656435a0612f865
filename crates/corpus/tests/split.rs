//! The core/chunk split: core + chunks reassemble the same articles, mentions and people;
//! chunk sizes are bounded; every article has a chunk; names are content hashes and the same
//! dataset always gives the same bytes; the precomputed marks equal what the views computed
//! from mentions before.

use std::path::PathBuf;

use corpus::model::*;
use corpus::split::{
    decode_chunk, decode_core, encode_core, reassemble, split, Chunk, CHUNK_MAX, CHUNK_TARGET,
};

fn seeds() -> Dataset {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
    corpus::pipeline::build(&dir).expect("seeds build").0
}

/// A dataset with enough text for many chunks: the seeds' articles repeated under new ids.
fn large() -> Dataset {
    let base = seeds();
    let mut ds = base.clone();
    ds.articles.clear();
    ds.mentions.clear();
    ds.people.clear();
    ds.deals.clear();
    for copy in 0..60 {
        for a in &base.articles {
            let id = format!("{copy:03}-{}", a.id);
            let mut article = a.clone();
            article.id = id.clone();
            if copy % 7 == 3 {
                // Some long articles, one of them larger than a chunk on its own.
                article.text = article.text.repeat(if copy == 3 { 40 } else { 4 });
            }
            ds.articles.push(article);
            for m in base.mentions.iter().filter(|m| m.article == a.id) {
                ds.mentions.push(Mention {
                    article: id.clone(),
                    ..m.clone()
                });
            }
            for p in base.people.iter().filter(|p| p.article == a.id) {
                ds.people.push(Person {
                    article: id.clone(),
                    ..p.clone()
                });
            }
            for d in base.deals.iter().filter(|d| d.article == a.id) {
                ds.deals.push(Deal {
                    article: id.clone(),
                    ..d.clone()
                });
            }
        }
    }
    ds.articles.sort_by(|a, b| a.id.cmp(&b.id));
    ds
}

/// Mentions by (article, start), people by article: the order `reassemble` gives.
fn normalised(mut ds: Dataset) -> Dataset {
    ds.mentions
        .sort_by(|a, b| (&a.article, a.span.start).cmp(&(&b.article, b.span.start)));
    ds.people.sort_by(|a, b| a.article.cmp(&b.article));
    ds
}

fn decoded_chunks(split: &corpus::split::Split) -> Vec<Chunk> {
    split
        .chunks
        .iter()
        .map(|(name, bytes)| decode_chunk(name, bytes).expect("chunk decodes"))
        .collect()
}

#[test]
fn seeds_round_trip_through_core_and_chunks() {
    let ds = seeds();
    let split = split(ds.clone()).unwrap();
    let core = decode_core(&encode_core(&split.core).unwrap()).unwrap();
    assert_eq!(core, split.core);
    assert!(core.dataset.mentions.is_empty() && core.dataset.people.is_empty());
    assert!(core.dataset.articles.iter().all(|a| a.text.is_empty()));
    assert_eq!(core.text.chunks.len(), split.chunks.len());
    assert_eq!(
        normalised(reassemble(&core, &decoded_chunks(&split))),
        normalised(ds.clone())
    );
    assert_eq!(core.text.mention_count as usize, ds.mentions.len());
}

#[test]
fn large_round_trip_with_bounded_chunks() {
    let ds = large();
    let split = split(ds.clone()).unwrap();
    assert!(split.chunks.len() > 5, "{} chunks", split.chunks.len());
    let chunks = decoded_chunks(&split);
    for ((name, bytes), chunk) in split.chunks.iter().zip(&chunks) {
        assert!(
            bytes.len() <= CHUNK_MAX || chunk.articles.len() == 1,
            "{name}: {} bytes in {} articles",
            bytes.len(),
            chunk.articles.len()
        );
    }
    // All but the last chunk reach the target unless the next article would overflow.
    let small = split.chunks[..split.chunks.len() - 1]
        .iter()
        .filter(|(_, b)| b.len() < CHUNK_TARGET / 2)
        .count();
    assert!(small <= split.chunks.len() / 4, "{small} small chunks");
    assert_eq!(normalised(reassemble(&split.core, &chunks)), normalised(ds));
}

#[test]
fn manifest_covers_every_article_once() {
    let split = split(large()).unwrap();
    let text = &split.core.text;
    let mut next = 0;
    for c in &text.chunks {
        assert_eq!(c.first_article, next);
        assert!(c.articles > 0);
        next += c.articles;
    }
    assert_eq!(next as usize, split.core.dataset.articles.len());
    let chunks = decoded_chunks(&split);
    for (i, a) in split.core.dataset.articles.iter().enumerate() {
        let r = text.chunk_of(i as u32).expect("every article has a chunk");
        let pos = text.chunks.iter().position(|c| c == r).unwrap();
        assert_eq!(
            chunks[pos].article(i as u32).map(|t| t.id.as_str()),
            Some(a.id.as_str())
        );
    }
    assert_eq!(text.leads.len(), split.core.dataset.articles.len());
    assert_eq!(text.party_marks.len(), split.core.dataset.deals.len());
    assert_eq!(
        text.company_articles.len(),
        split.core.dataset.companies.len()
    );
}

#[test]
fn names_are_content_hashes_and_deterministic() {
    let a = split(large()).unwrap();
    let b = split(large()).unwrap();
    assert_eq!(a.chunks, b.chunks);
    assert_eq!(a.core, b.core);
    assert!(a.core.text.chunk_set.starts_with("chunks-"));
    let mut names: Vec<&str> = a.chunks.iter().map(|(n, _)| n.as_str()).collect();
    assert!(names
        .iter()
        .all(|n| n.len() == 16 && n.bytes().all(|b| b.is_ascii_hexdigit())));
    names.sort_unstable();
    names.dedup();
    assert_eq!(names.len(), a.chunks.len());
    // Another dataset, another set name.
    assert_ne!(
        split(seeds()).unwrap().core.text.chunk_set,
        a.core.text.chunk_set
    );
    // A chunk under another chunk's name is refused.
    let (name0, _) = &a.chunks[0];
    let (_, bytes1) = &a.chunks[1];
    assert!(decode_chunk(name0, bytes1).is_err());
}

#[test]
fn party_marks_are_the_party_mentions_inside_the_evidence() {
    let ds = seeds();
    let split = split(ds.clone()).unwrap();
    let mut found = 0;
    for (d, marks) in ds.deals.iter().zip(&split.core.text.party_marks) {
        let mut want: Vec<Span> = ds
            .mentions
            .iter()
            .filter(|m| m.article == d.article)
            .filter(|m| m.span.start >= d.evidence_span.start && m.span.end <= d.evidence_span.end)
            .filter(|m| d.party_ids().any(|p| p == m.company))
            .map(|m| m.span)
            .collect();
        want.sort_by_key(|s| s.start);
        assert_eq!(marks, &want, "deal {}", d.id);
        found += marks.len();
    }
    assert!(found > 0, "the seeds' deals have marked parties");
}
