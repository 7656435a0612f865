//! The dataset split for the browser: a small *core* embedded in the wasm, and the article
//! texts in content-named *chunks* fetched only when the reader or a profile needs them.
//!
//! Everything the start-up views need is in the [`Core`]: companies, deals (with evidence),
//! article metadata, people-free and text-free, plus what the build can precompute for the
//! views that used to read mentions (the party marks inside each deal's evidence, each
//! company's mentioning articles and article count). Article text, sentences, mentions and
//! people go into [`Chunk`]s of roughly [`CHUNK_TARGET`]..[`CHUNK_MAX`] bytes, each named by
//! the hash of its bytes; [`Core::chunk_set`] names the whole set. Same dataset → same bytes.

mod derived;
mod wire;

use std::collections::{BTreeSet, HashMap};

use serde::{Deserialize, Serialize};

use crate::hash::{fnv, Fnv};
use crate::model::{Dataset, Mention, Person, Span};

pub use derived::{number_sentences, Derived, NO_POSITION};

/// A chunk is closed once it holds at least this many bytes.
pub const CHUNK_TARGET: usize = 128 * 1024;
/// No chunk grows past this by adding an article (a single larger article gets a chunk alone).
pub const CHUNK_MAX: usize = 256 * 1024;
/// Most characters of an article's first line kept in the core (the overview's excerpt).
pub const LEAD_CHARS: usize = 80;

/// What the browser embeds: the dataset without article texts, mentions and people.
///
/// Encoded with each evidence sentence once (`split/wire.rs`); decoding restores every deal's
/// sentence, so a decoded core equals the encoded one.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(from = "wire::CoreWire", into = "wire::CoreWire")]
pub struct Core {
    /// Articles carry metadata only (`text` and `sentences` empty); `mentions` and `people`
    /// are empty.
    pub dataset: Dataset,
    pub text: TextRefs,
    /// What the index would otherwise derive from `dataset` at start-up.
    pub derived: Derived,
}

/// What the core knows about the texts without holding them.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct TextRefs {
    /// Per article: its first line that is not the title, at most [`LEAD_CHARS`] characters.
    pub leads: Vec<String>,
    /// Per deal: character spans (into the article text) of its parties' mentions inside the
    /// evidence sentence, by start.
    pub party_marks: Vec<Vec<Span>>,
    /// Per company: the articles (indices) that mention it, ascending.
    pub company_articles: Vec<Vec<u32>>,
    /// Per company: distinct articles that mention it or hold one of its deals.
    pub article_counts: Vec<u32>,
    /// Number of company mentions in all chunks.
    pub mention_count: u32,
    /// Name of the chunk set (`chunks-<hash of the chunk names>`); the build copies the
    /// directory of that name next to the page.
    pub chunk_set: String,
    /// The chunks in article order; each holds a contiguous run of articles.
    pub chunks: Vec<ChunkRef>,
}

/// One chunk file as the core knows it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ChunkRef {
    /// Hash of the chunk's bytes, 16 hex digits; the file is [`chunk_file`]`(name)`.
    pub name: String,
    pub first_article: u32,
    pub articles: u32,
}

/// The texts of a run of articles.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Chunk {
    pub first_article: u32,
    pub articles: Vec<ArticleText>,
}

/// One article's text and what was found in it.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct ArticleText {
    pub id: String,
    pub text: String,
    pub sentences: Vec<Span>,
    /// By start offset.
    pub mentions: Vec<TextMention>,
    pub people: Vec<Person>,
    /// What reading the article dropped or flagged (`Article::notes`); no start-up view shows
    /// them, so the core's articles carry none.
    pub notes: Vec<String>,
}

/// A company mention inside a known article.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct TextMention {
    pub company: String,
    /// Index into the article's `sentences`.
    pub sentence: u32,
    pub span: Span,
}

/// A dataset split into its core and encoded chunks (`(name, bytes)`, in article order).
#[derive(Debug, Clone)]
pub struct Split {
    pub core: Core,
    pub chunks: Vec<(String, Vec<u8>)>,
}

/// Why a chunk could not be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ChunkError {
    /// The bytes do not hash to the chunk's name (stale or damaged file).
    Hash { name: String },
    /// The bytes are not a chunk.
    Decode { name: String, message: String },
}

impl std::fmt::Display for ChunkError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ChunkError::Hash { name } => {
                write!(f, "{}: content does not match its name", chunk_file(name))
            }
            ChunkError::Decode { name, message } => write!(f, "{}: {message}", chunk_file(name)),
        }
    }
}

impl std::error::Error for ChunkError {}

/// The file name of a chunk, relative to the page: `data/<name>.bin`.
pub fn chunk_file(name: &str) -> String {
    format!("data/{name}.bin")
}

/// Splits a dataset. Mentions and people of articles not in the dataset are dropped (they
/// could never be shown).
pub fn split(mut dataset: Dataset) -> Result<Split, postcard::Error> {
    let article_ids: HashMap<&str, u32> = dataset
        .articles
        .iter()
        .enumerate()
        .map(|(i, a)| (a.id.as_str(), i as u32))
        .collect();
    let company_ids: HashMap<&str, u32> = dataset
        .companies
        .iter()
        .enumerate()
        .map(|(i, c)| (c.id.as_str(), i as u32))
        .collect();

    // Mentions per article, by start (stable: equal starts keep their order).
    let mut per_article: Vec<Vec<&Mention>> = vec![Vec::new(); dataset.articles.len()];
    for m in &dataset.mentions {
        if let Some(&a) = article_ids.get(m.article.as_str()) {
            per_article[a as usize].push(m);
        }
    }
    for list in &mut per_article {
        list.sort_by_key(|m| m.span.start);
    }
    let mention_count: usize = per_article.iter().map(Vec::len).sum();

    let party_marks: Vec<Vec<Span>> = dataset
        .deals
        .iter()
        .map(|d| {
            let Some(&a) = article_ids.get(d.article.as_str()) else {
                return Vec::new();
            };
            per_article[a as usize]
                .iter()
                .filter(|m| {
                    m.span.start >= d.evidence_span.start && m.span.end <= d.evidence_span.end
                })
                .filter(|m| d.party_ids().any(|p| p == m.company))
                .map(|m| m.span)
                .collect()
        })
        .collect();

    let mut mentioned: Vec<BTreeSet<u32>> = vec![BTreeSet::new(); dataset.companies.len()];
    for (a, list) in per_article.iter().enumerate() {
        for m in list {
            if let Some(&c) = company_ids.get(m.company.as_str()) {
                mentioned[c as usize].insert(a as u32);
            }
        }
    }
    let mut counted = mentioned.clone();
    for d in &dataset.deals {
        if let Some(&a) = article_ids.get(d.article.as_str()) {
            for p in d.party_ids() {
                if let Some(&c) = company_ids.get(p) {
                    counted[c as usize].insert(a);
                }
            }
        }
    }

    let mut people: Vec<Vec<Person>> = vec![Vec::new(); dataset.articles.len()];
    for p in std::mem::take(&mut dataset.people) {
        if let Some(&a) = article_ids.get(p.article.as_str()) {
            people[a as usize].push(p);
        }
    }

    let texts: Vec<ArticleText> = dataset
        .articles
        .iter_mut()
        .zip(per_article)
        .zip(people)
        .map(|((article, mentions), people)| ArticleText {
            id: article.id.clone(),
            text: std::mem::take(&mut article.text),
            sentences: std::mem::take(&mut article.sentences),
            mentions: mentions
                .into_iter()
                .map(|m| TextMention {
                    company: m.company.clone(),
                    sentence: m.sentence,
                    span: m.span,
                })
                .collect(),
            people,
            notes: std::mem::take(&mut article.notes),
        })
        .collect();
    dataset.mentions = Vec::new();

    let leads = dataset
        .articles
        .iter()
        .zip(&texts)
        .map(|(a, t)| lead(a.title.value.as_deref().unwrap_or(&a.id), &t.text))
        .collect();

    let (refs, chunks) = chunk(texts)?;
    let mut set = Fnv::new();
    for (name, _) in &chunks {
        set.write(name.as_bytes());
        set.write(&[0]);
    }
    let text = TextRefs {
        leads,
        party_marks,
        company_articles: mentioned
            .into_iter()
            .map(|s| s.into_iter().collect())
            .collect(),
        article_counts: counted.iter().map(|s| s.len() as u32).collect(),
        mention_count: mention_count as u32,
        chunk_set: format!("chunks-{:016x}", set.finish()),
        chunks: refs,
    };
    let derived = Derived::of(&dataset);
    Ok(Split {
        core: Core {
            dataset,
            text,
            derived,
        },
        chunks,
    })
}

/// Groups article texts into chunks and encodes them.
#[allow(clippy::type_complexity)]
fn chunk(
    texts: Vec<ArticleText>,
) -> Result<(Vec<ChunkRef>, Vec<(String, Vec<u8>)>), postcard::Error> {
    let mut refs = Vec::new();
    let mut files = Vec::new();
    let mut current: Vec<ArticleText> = Vec::new();
    let mut size = 0usize;
    let mut first = 0u32;
    let total = texts.len();
    for (i, t) in texts.into_iter().enumerate() {
        let len = postcard::experimental::serialized_size(&t)?;
        if !current.is_empty() && size + len > CHUNK_MAX {
            flush(&mut current, &mut first, &mut refs, &mut files)?;
            size = 0;
        }
        size += len;
        current.push(t);
        if size >= CHUNK_TARGET || i + 1 == total {
            flush(&mut current, &mut first, &mut refs, &mut files)?;
            size = 0;
        }
    }
    Ok((refs, files))
}

fn flush(
    current: &mut Vec<ArticleText>,
    first: &mut u32,
    refs: &mut Vec<ChunkRef>,
    files: &mut Vec<(String, Vec<u8>)>,
) -> Result<(), postcard::Error> {
    if current.is_empty() {
        return Ok(());
    }
    let chunk = Chunk {
        first_article: *first,
        articles: std::mem::take(current),
    };
    let bytes = postcard::to_allocvec(&chunk)?;
    let name = format!("{:016x}", fnv(&bytes));
    refs.push(ChunkRef {
        name: name.clone(),
        first_article: *first,
        articles: chunk.articles.len() as u32,
    });
    *first += chunk.articles.len() as u32;
    files.push((name, bytes));
    Ok(())
}

/// The first line of `text` that is neither blank nor the title, cut to [`LEAD_CHARS`].
fn lead(title: &str, text: &str) -> String {
    text.lines()
        .find(|l| !l.trim().is_empty() && l.trim() != title.trim())
        .unwrap_or_default()
        .chars()
        .take(LEAD_CHARS)
        .collect()
}

/// Reads a chunk fetched by name, checking that the bytes are the ones the core names.
pub fn decode_chunk(name: &str, bytes: &[u8]) -> Result<Chunk, ChunkError> {
    if format!("{:016x}", fnv(bytes)) != name {
        return Err(ChunkError::Hash {
            name: name.to_string(),
        });
    }
    postcard::from_bytes(bytes).map_err(|e| ChunkError::Decode {
        name: name.to_string(),
        message: e.to_string(),
    })
}

/// Serialises a core for embedding.
pub fn encode_core(core: &Core) -> Result<Vec<u8>, postcard::Error> {
    postcard::to_allocvec(core)
}

/// Reads an embedded core.
pub fn decode_core(bytes: &[u8]) -> Result<Core, postcard::Error> {
    postcard::from_bytes(bytes)
}

impl TextRefs {
    /// The chunk holding an article (by index).
    pub fn chunk_of(&self, article: u32) -> Option<&ChunkRef> {
        let i = self
            .chunks
            .partition_point(|c| c.first_article <= article)
            .checked_sub(1)?;
        self.chunks
            .get(i)
            .filter(|c| article < c.first_article + c.articles)
    }
}

impl Chunk {
    /// The text of an article (by index), if this chunk holds it.
    pub fn article(&self, article: u32) -> Option<&ArticleText> {
        self.articles
            .get(article.checked_sub(self.first_article)? as usize)
    }
}

/// Puts a core and all its chunks back together (mentions by article then start; people by
/// article). The inverse of [`split`], used by tests and tools.
pub fn reassemble(core: &Core, chunks: &[Chunk]) -> Dataset {
    let mut ds = core.dataset.clone();
    for chunk in chunks {
        for (i, t) in chunk.articles.iter().enumerate() {
            let Some(a) = ds.articles.get_mut(chunk.first_article as usize + i) else {
                continue;
            };
            a.text = t.text.clone();
            a.sentences = t.sentences.clone();
            a.notes = t.notes.clone();
            ds.mentions.extend(t.mentions.iter().map(|m| Mention {
                company: m.company.clone(),
                article: a.id.clone(),
                sentence: m.sentence,
                span: m.span,
            }));
            ds.people.extend(t.people.iter().cloned());
        }
    }
    ds
}

/// Decodes standard base64 (with or without padding, whitespace ignored); `None` on any
/// other character. For chunks inlined in `standalone.html`.
pub fn base64_decode(text: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(text.len() / 4 * 3);
    let mut acc: u32 = 0;
    let mut bits = 0u32;
    for b in text.bytes() {
        let v = match b {
            b'A'..=b'Z' => b - b'A',
            b'a'..=b'z' => b - b'a' + 26,
            b'0'..=b'9' => b - b'0' + 52,
            b'+' => 62,
            b'/' => 63,
            b'=' => break,
            b' ' | b'\n' | b'\r' | b'\t' => continue,
            _ => return None,
        };
        acc = (acc << 6) | u32::from(v);
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_round_trips_known_vectors() {
        assert_eq!(base64_decode("").unwrap(), b"");
        assert_eq!(base64_decode("Zg==").unwrap(), b"f");
        assert_eq!(base64_decode("Zm8=").unwrap(), b"fo");
        assert_eq!(base64_decode("Zm9v").unwrap(), b"foo");
        assert_eq!(base64_decode("Zm9v\nYmFy").unwrap(), b"foobar");
        assert!(base64_decode("Zm9v!").is_none());
    }

    #[test]
    fn lead_skips_blank_and_title_lines() {
        assert_eq!(lead("제목", "\n제목\n\n첫 줄\n둘째"), "첫 줄");
        assert_eq!(lead("t", "").len(), 0);
        assert_eq!(lead("t", &"가".repeat(500)).chars().count(), LEAD_CHARS);
    }

    #[test]
    fn chunk_lookup_by_article() {
        let refs = TextRefs {
            chunks: vec![
                ChunkRef {
                    name: "a".into(),
                    first_article: 0,
                    articles: 3,
                },
                ChunkRef {
                    name: "b".into(),
                    first_article: 3,
                    articles: 1,
                },
            ],
            ..Default::default()
        };
        assert_eq!(refs.chunk_of(0).unwrap().name, "a");
        assert_eq!(refs.chunk_of(2).unwrap().name, "a");
        assert_eq!(refs.chunk_of(3).unwrap().name, "b");
        assert!(refs.chunk_of(4).is_none());
    }

    #[test]
    fn damaged_chunk_is_an_error_naming_the_file() {
        let err = decode_chunk("0000000000000000", &[1, 2, 3]).unwrap_err();
        assert!(err.to_string().contains("data/0000000000000000.bin"));
        let name = format!("{:016x}", fnv(&[0xff, 0xff, 0xff]));
        assert!(matches!(
            decode_chunk(&name, &[0xff, 0xff, 0xff]),
            Err(ChunkError::Decode { .. })
        ));
    }
}
