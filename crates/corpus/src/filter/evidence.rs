//! The folded evidence sentences as one text, so a term is found with one fast substring
//! scan over all of them instead of one search per sentence.
//!
//! Sentences are joined with `\n`; a search term never contains a control character or
//! whitespace, so no match can span two sentences. An all-ASCII term is looked up among the
//! text's Latin word starts instead (`word_starts.rs`), made on the first such search.

use std::sync::OnceLock;

use crate::search::{ByteRanks, Term};

use super::word_starts::WordStarts;

/// Distinct folded evidence sentences, joined.
#[derive(Debug, Clone, Default)]
pub(crate) struct Evidence {
    /// Every sentence followed by `\n`.
    text: String,
    /// Byte offset where each sentence starts, plus the end of the text.
    starts: Vec<u32>,
    /// Latin word starts of `text`, made by the first ASCII search (after the last `push`).
    word_starts: OnceLock<WordStarts>,
    /// How common each byte of `text` is, counted by the first other search.
    ranks: OnceLock<ByteRanks>,
}

impl Evidence {
    /// Appends a sentence already folded by `search::fold_text`.
    pub fn push(&mut self, folded: &str) {
        if self.starts.is_empty() {
            self.starts.push(0);
        }
        self.text.push_str(folded);
        self.text.push('\n');
        self.starts.push(self.text.len() as u32);
        self.word_starts = OnceLock::new();
        self.ranks = OnceLock::new();
    }

    /// Gives back the spare capacity left by growing (the text is a few megabytes).
    pub fn shrink_to_fit(&mut self) {
        self.text.shrink_to_fit();
        self.starts.shrink_to_fit();
    }

    /// Number of sentences.
    pub fn len(&self) -> usize {
        self.starts.len().saturating_sub(1)
    }

    /// Sentence `i`, without its separator.
    #[cfg(test)]
    pub fn get(&self, i: usize) -> Option<&str> {
        let (start, end) = (*self.starts.get(i)?, *self.starts.get(i + 1)?);
        self.text.get(start as usize..end as usize - 1)
    }

    /// Heap bytes held.
    pub fn heap_bytes(&self) -> usize {
        self.text.capacity()
            + self.starts.capacity() * std::mem::size_of::<u32>()
            + self.word_starts.get().map_or(0, WordStarts::heap_bytes)
    }

    /// `hits[e]`: `term` occurs in sentence `e` (as `Term::matches_text` decides).
    pub fn hits(&self, term: &Term) -> Vec<bool> {
        let mut hits = vec![false; self.len()];
        let by_word_start = term.is_ascii()
            && !term.is_choseong()
            && term
                .needles()
                .iter()
                .all(|n| n.as_bytes().first().is_some_and(u8::is_ascii_alphanumeric));
        if by_word_start {
            let table = self.word_starts.get_or_init(|| WordStarts::new(&self.text));
            for needle in term.needles() {
                table.mark(&self.text, &self.starts, needle.as_bytes(), &mut hits);
            }
        } else if !term.is_choseong() {
            let ranks = self
                .ranks
                .get_or_init(|| ByteRanks::of(self.text.as_bytes()));
            term.mark_text_hits_ranked(&self.text, &self.starts, ranks, &mut hits);
        }
        hits
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::search::fold_text;

    #[test]
    fn joined_search_agrees_with_per_sentence_search() {
        let sentences = [
            "마이크로소프트와 KT가 클라우드 협력을 맺었다",
            "AWS는 laws와 다르다; aws-lambda, MS와 Samsung",
            "",
            "클라우드클라우드 데이터센터에 투자",
            "naver cloud의 투자와 kt cloud",
            "ㅁㅇ 초성만",
            "aaa baa a",
            "é가m ßm Ⅷm ｍm 9m _m m2m 3M과 M&A",
            "데이터m과 data-센터, (cloud)와 \"aws\"",
            "m",
            "삼성SDS와 LG CNS; sds-2 SDS3",
        ];
        let mut ev = Evidence::default();
        for s in sentences {
            ev.push(&fold_text(s));
        }
        assert_eq!(ev.len(), sentences.len());
        let terms = [
            "클라우드",
            "클라우드와",
            "클",
            "m",
            "ms",
            "aws",
            "cloud",
            "kt",
            "a",
            "aa",
            "ㅁㅇ",
            "투자",
            "lambda",
            "-lambda",
            "없는말",
            "m2m",
            "3m",
            "2",
            "sds",
            "sds3",
            "cns",
            "data",
            "센터",
            "터m",
            "ß",
            "m&a",
        ];
        for t in terms {
            let Some(term) = Term::parse(t) else {
                continue;
            };
            let want: Vec<bool> = (0..ev.len())
                .map(|i| term.matches_text(ev.get(i).unwrap_or_default()))
                .collect();
            assert_eq!(ev.hits(&term), want, "{t}");
            // The plain scans too, with memchr's byte ranks and with the text's.
            let mut scanned = vec![false; ev.len()];
            term.mark_text_hits(&ev.text, &ev.starts, &mut scanned);
            assert_eq!(scanned, want, "{t} scanned");
            let ranks = ByteRanks::of(ev.text.as_bytes());
            let mut ranked = vec![false; ev.len()];
            term.mark_text_hits_ranked(&ev.text, &ev.starts, &ranks, &mut ranked);
            assert_eq!(ranked, want, "{t} ranked");
        }
    }
}
