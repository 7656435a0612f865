//! Korean-aware text search: particles, 초성, aliases across scripts, highlighting.
//!
//! A [`Query`] is parsed once per keystroke; names are folded once into [`SearchKey`]s when the
//! index is built, so matching is plain substring search with no allocation per candidate.
//! This module never touches the DOM and never panics on any query text.
//!
//! Rules:
//! * terms are split on whitespace and all must match (AND);
//! * a term is lower-cased (Latin) and trimmed of punctuation at both ends;
//! * particles are ignored: a term also matches through its stems ([`josa::stems`]) of at least
//!   two characters, so `마이크로소프트와` finds 마이크로소프트 but `케이` is never cut to `케`;
//! * a term made only of 초성 jamo (`ㅁㅇㅋㄹㅅㅍㅌ`) matches names whose initials contain it;
//!   it is not searched in running text (evidence), where short jamo strings match everything;
//! * names are compared with whitespace removed, so `아마존 웹서비스` and `Amazon Web Services`
//!   both find `아마존웹서비스`/`amazonwebservices`, and a term matches anywhere inside a name
//!   (`클라우드` finds `KT클라우드`);
//! * an all-ASCII term must start a Latin word, in names and in running text (`aws` does not
//!   match `laws`, `ms` not `samsung`; `sds` matches `삼성SDS`, `services` matches
//!   `Amazon Web Services`).

use crate::hangul;
use crate::josa;
use crate::model::Span;

/// Stems shorter than this are not tried (이/가/나 are also ordinary syllables).
const MIN_STEM_CHARS: usize = 2;
/// Longest term kept, in characters (longer words are cut; no name is this long).
pub const MAX_TERM_CHARS: usize = 64;
/// Most terms kept from one query.
pub const MAX_TERMS: usize = 16;
/// Separates the names inside one [`SearchKey`]; never part of a term.
const NAME_SEPARATOR: char = '\u{1}';

/// One search term, normalised.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Term {
    text: String,
    /// The term and its particle-free stems, longest first.
    needles: Vec<String>,
    choseong: bool,
    ascii: bool,
}

impl Term {
    /// Normalises one whitespace-free word (cut to [`MAX_TERM_CHARS`]); `None` when nothing
    /// searchable is left.
    pub fn parse(word: &str) -> Option<Term> {
        let cut = word
            .char_indices()
            .nth(MAX_TERM_CHARS)
            .map_or(word, |(at, _)| &word[..at]);
        let text = normalise_word(cut);
        if text.is_empty() {
            return None;
        }
        let choseong = hangul::is_choseong_query(&text);
        let needles = if choseong {
            vec![text.clone()]
        } else {
            let all = josa::stems(&text);
            let mut needles: Vec<String> = Vec::with_capacity(all.len());
            for (i, stem) in all.into_iter().enumerate() {
                if i == 0 || stem.chars().count() >= MIN_STEM_CHARS {
                    needles.push(stem.to_string());
                }
            }
            needles
        };
        let ascii = text.bytes().all(|b| b.is_ascii_alphanumeric());
        Some(Term {
            text,
            needles,
            choseong,
            ascii,
        })
    }

    /// The normalised term.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// True for a 초성-only term such as `ㅋㅌ`.
    pub fn is_choseong(&self) -> bool {
        self.choseong
    }

    /// True for a term of ASCII letters and digits only, which matches only at the start of
    /// a Latin word.
    pub(crate) fn is_ascii(&self) -> bool {
        self.ascii
    }

    /// The strings looked for: the term and its stems without particles.
    pub fn needles(&self) -> &[String] {
        &self.needles
    }

    /// Whether the term matches any of the names folded into `key`.
    pub fn matches_key(&self, key: &SearchKey) -> bool {
        self.matches_keys(std::iter::once(key))
            .first()
            .copied()
            .unwrap_or(false)
    }

    /// [`Term::matches_key`] for each of `keys`, in order: each needle's searcher is built
    /// once, and an all-ASCII term is only compared at the keys' word starts.
    pub fn matches_keys<'k>(&self, keys: impl Iterator<Item = &'k SearchKey>) -> Vec<bool> {
        if self.choseong {
            let finder = memchr::memmem::Finder::new(self.text.as_bytes());
            return keys
                .map(|k| finder.find(k.initials.as_bytes()).is_some())
                .collect();
        }
        if self.ascii {
            return keys
                .map(|k| {
                    let plain = k.plain.as_bytes();
                    self.needles.iter().any(|n| {
                        k.word_starts.iter().any(|at| {
                            plain
                                .get(*at as usize..)
                                .is_some_and(|rest| rest.starts_with(n.as_bytes()))
                        })
                    })
                })
                .collect();
        }
        let finders: Vec<memchr::memmem::Finder> = self
            .needles
            .iter()
            .map(|n| memchr::memmem::Finder::new(n.as_bytes()))
            .collect();
        keys.map(|k| finders.iter().any(|f| f.find(k.plain.as_bytes()).is_some()))
            .collect()
    }

    /// Whether the term occurs in running text already folded by [`fold_text`].
    /// 초성 terms never match running text.
    pub fn matches_text(&self, folded: &str) -> bool {
        if self.choseong {
            return false;
        }
        self.needles.iter().any(|n| {
            if self.ascii {
                folded
                    .match_indices(n.as_str())
                    .any(|(at, _)| starts_latin_word(folded, at))
            } else {
                folded.contains(n.as_str())
            }
        })
    }

    /// Marks `hits[e]` for every sentence `e` of a joined text in which the term occurs (as
    /// [`Term::matches_text`] decides). Sentence `e` is `text[starts[e]..starts[e + 1]]`, each
    /// ending in a separator that no term contains (a control character); `hits` has one entry
    /// per sentence. One substring scan per needle over the whole text.
    #[cfg(test)]
    pub(crate) fn mark_text_hits(&self, text: &str, starts: &[u32], hits: &mut [bool]) {
        self.mark_with(text, starts, hits, |needle| {
            memchr::memmem::Finder::new(needle)
        });
    }

    /// [`Term::mark_text_hits`], with the substring search told how common each byte is in
    /// `text` (which only changes how fast it is).
    pub(crate) fn mark_text_hits_ranked(
        &self,
        text: &str,
        starts: &[u32],
        ranks: &ByteRanks,
        hits: &mut [bool],
    ) {
        self.mark_with(text, starts, hits, |needle| {
            memchr::memmem::FinderBuilder::new().build_forward_with_ranker(ranks, needle)
        });
    }

    /// [`Term::mark_text_hits`] with each needle's searcher made by `finder`.
    fn mark_with(
        &self,
        text: &str,
        starts: &[u32],
        hits: &mut [bool],
        finder: impl for<'n> Fn(&'n [u8]) -> memchr::memmem::Finder<'n>,
    ) {
        if self.choseong {
            return;
        }
        let bytes = text.as_bytes();
        for needle in &self.needles {
            if needle.is_empty() {
                continue;
            }
            let finder = finder(needle.as_bytes());
            let (mut pos, mut e) = (0usize, 0usize);
            while let Some(found) = bytes.get(pos..).and_then(|rest| finder.find(rest)) {
                let at = pos + found;
                while starts.get(e + 1).is_some_and(|s| *s as usize <= at) {
                    e += 1;
                }
                if self.ascii && !starts_latin_word(text, at) {
                    pos = at + 1;
                    continue;
                }
                if let Some(hit) = hits.get_mut(e) {
                    *hit = true;
                }
                // The rest of this sentence cannot add anything.
                pos = starts.get(e + 1).map_or(bytes.len(), |s| *s as usize);
            }
        }
    }
}

/// How common each byte is in a text, from 0 (rarest) to 255: the substring search looks
/// for a needle's two rarest bytes first. Korean text is mostly bytes that English (what
/// memchr's built-in table describes) hardly has, so ranks counted on the text itself pick
/// far better bytes for a Hangul needle.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct ByteRanks(Box<[u8; 256]>);

impl ByteRanks {
    /// Ranks counted on `text`: 255 for the most common byte, the others in proportion.
    pub fn of(text: &[u8]) -> ByteRanks {
        let mut counts = [0u64; 256];
        for b in text {
            counts[usize::from(*b)] += 1;
        }
        let most = counts.iter().copied().max().unwrap_or(0).max(1);
        let mut ranks = Box::new([0u8; 256]);
        for (rank, count) in ranks.iter_mut().zip(counts) {
            *rank = u8::try_from(count * 255 / most).unwrap_or(u8::MAX);
        }
        ByteRanks(ranks)
    }
}

impl memchr::arch::all::packedpair::HeuristicFrequencyRank for &ByteRanks {
    fn rank(&self, byte: u8) -> u8 {
        self.0[usize::from(byte)]
    }
}

/// A parsed search box: every term must match.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Query {
    terms: Vec<Term>,
}

impl Query {
    /// Splits `q` on whitespace; empty and duplicate terms are dropped, at most
    /// [`MAX_TERMS`] are kept.
    pub fn parse(q: &str) -> Query {
        let mut terms: Vec<Term> = Vec::new();
        for term in q.split_whitespace().filter_map(Term::parse) {
            if terms.len() == MAX_TERMS {
                break;
            }
            if !terms.iter().any(|t| t.text == term.text) {
                terms.push(term);
            }
        }
        Query { terms }
    }

    pub fn is_empty(&self) -> bool {
        self.terms.is_empty()
    }

    pub fn terms(&self) -> &[Term] {
        &self.terms
    }

    /// Whether every term matches the names in `key` (an empty query matches everything).
    pub fn matches_key(&self, key: &SearchKey) -> bool {
        self.terms.iter().all(|t| t.matches_key(key))
    }
}

/// The names of one thing (a company: name, Korean name, aliases), folded once for search:
/// lower case, whitespace removed, and their 초성 form.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SearchKey {
    plain: String,
    initials: String,
    /// Byte offsets in `plain` where a Latin word starts (`sds` in `삼성sds`, `web` in
    /// `amazonwebservices`), sorted.
    word_starts: Vec<u32>,
}

impl SearchKey {
    pub fn new<'a>(names: impl IntoIterator<Item = &'a str>) -> SearchKey {
        let mut plain = String::new();
        let mut word_starts = Vec::new();
        for name in names {
            if !plain.is_empty() {
                plain.push(NAME_SEPARATOR);
            }
            let mut prev: Option<char> = None;
            for c in name.chars() {
                if c.is_whitespace() || c.is_control() {
                    prev = Some(' ');
                    continue;
                }
                if c.is_ascii_alphanumeric() && prev.is_none_or(|p| !p.is_ascii_alphanumeric()) {
                    word_starts.push(plain.len() as u32);
                }
                plain.extend(crate::lower::lower(c));
                prev = Some(c);
            }
        }
        let initials = hangul::to_choseong(&plain);
        SearchKey {
            plain,
            initials,
            word_starts,
        }
    }

    /// The folded names, separated by U+0001.
    pub fn plain(&self) -> &str {
        &self.plain
    }

    #[cfg(test)]
    fn is_word_start(&self, at: usize) -> bool {
        self.word_starts.binary_search(&(at as u32)).is_ok()
    }
}

/// Running text folded for [`Term::matches_text`]: lower case, whitespace kept.
pub fn fold_text(text: &str) -> String {
    crate::fold::fold(text)
}

/// Lower-cases a word and trims punctuation (anything not alphanumeric) at both ends; control
/// characters are removed.
fn normalise_word(word: &str) -> String {
    let trimmed = word.trim_matches(|c: char| !c.is_alphanumeric());
    trimmed
        .chars()
        .filter(|c| !c.is_control() && *c != NAME_SEPARATOR)
        .flat_map(crate::lower::lower)
        .collect()
}

/// True when no ASCII letter or digit comes right before byte `at` (or `at` is not a
/// character boundary). Looks at one byte: the last byte of a character is an ASCII letter or
/// digit only when the character is one.
fn starts_latin_word(text: &str, at: usize) -> bool {
    !text.is_char_boundary(at)
        || at
            .checked_sub(1)
            .and_then(|before| text.as_bytes().get(before))
            .is_none_or(|b| !b.is_ascii_alphanumeric())
}

/// Character ranges of `text` to highlight for `query`: merged and sorted.
///
/// Matching ignores case and whitespace (`아마존웹서비스` marks `아마존 웹서비스`); a 초성 term
/// marks the syllables whose initials matched; an ASCII term only marks at a Latin word start.
pub fn highlight(text: &str, query: &Query) -> Vec<Span> {
    if query.is_empty() || text.is_empty() {
        return Vec::new();
    }
    let original: Vec<char> = text.chars().collect();
    // The folded text (lower case, no whitespace) and, for each folded char, its source char.
    let mut folded: Vec<char> = Vec::with_capacity(original.len());
    let mut source: Vec<u32> = Vec::with_capacity(original.len());
    for (i, c) in original.iter().enumerate() {
        if c.is_whitespace() {
            continue;
        }
        for l in crate::lower::lower(*c) {
            folded.push(l);
            source.push(i as u32);
        }
    }
    let initials: Vec<char> = folded
        .iter()
        .map(|c| hangul::choseong(*c).unwrap_or(*c))
        .collect();

    let mut spans: Vec<Span> = Vec::new();
    for term in query.terms() {
        let (haystack, needles): (&[char], Vec<Vec<char>>) = if term.choseong {
            (&initials, vec![term.text.chars().collect()])
        } else {
            (
                &folded,
                term.needles.iter().map(|n| n.chars().collect()).collect(),
            )
        };
        for needle in &needles {
            for at in find_all(haystack, needle) {
                let (Some(&first), Some(&last)) =
                    (source.get(at), source.get(at + needle.len() - 1))
                else {
                    continue;
                };
                if term.ascii
                    && first > 0
                    && original
                        .get(first as usize - 1)
                        .is_some_and(|c| c.is_ascii_alphanumeric())
                {
                    continue;
                }
                spans.push(Span {
                    start: first,
                    end: last + 1,
                });
            }
        }
    }
    merge_spans(spans)
}

/// Start positions of every (possibly overlapping) occurrence of a non-empty `needle`.
fn find_all(haystack: &[char], needle: &[char]) -> Vec<usize> {
    if needle.is_empty() || needle.len() > haystack.len() {
        return Vec::new();
    }
    haystack
        .windows(needle.len())
        .enumerate()
        .filter(|(_, w)| *w == needle)
        .map(|(i, _)| i)
        .collect()
}

/// Sorts spans and merges overlapping or touching ones.
pub fn merge_spans(mut spans: Vec<Span>) -> Vec<Span> {
    spans.retain(|s| s.start < s.end);
    crate::sorting::sort_by(&mut spans, Ord::cmp);
    let mut out: Vec<Span> = Vec::with_capacity(spans.len());
    for s in spans {
        match out.last_mut() {
            Some(last) if s.start <= last.end => last.end = last.end.max(s.end),
            _ => out.push(s),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn punctuation_is_trimmed_and_latin_lowered() {
        let q = Query::parse("  \"AWS,\"  (KT)  ");
        let texts: Vec<&str> = q.terms().iter().map(Term::text).collect();
        assert_eq!(texts, ["aws", "kt"]);
        assert!(Query::parse(" ,,, ").is_empty());
    }

    #[test]
    fn huge_terms_are_cut() {
        let q = Query::parse(&"가".repeat(100_000));
        assert_eq!(q.terms()[0].text().chars().count(), MAX_TERM_CHARS);
        let many: String = (0..100).map(|i| format!("t{i} ")).collect();
        assert_eq!(Query::parse(&many).terms().len(), MAX_TERMS);
    }

    #[test]
    fn single_syllable_stems_are_not_used() {
        let t = Term::parse("케이").unwrap();
        assert_eq!(t.needles(), ["케이"]);
    }

    /// Names mixing scripts, punctuation, digits and multi-byte characters next to Latin ones.
    const NAMES: &[&[&str]] = &[
        &["Amazon Web Services", "아마존웹서비스", "AWS"],
        &["Microsoft", "마이크로소프트", "MS"],
        &["삼성SDS", "Samsung SDS"],
        &["KT클라우드", "kt cloud", "케이티"],
        &["é-Mart", "이마트24", "emart"],
        &["NAVER Cloud", "네이버클라우드", "N.CLOUD"],
        &["ㅁㅁ", "m&m", "M2M", "3M"],
        &["Ünïcödé Mßft", "ß", "Ⅷ Cloud"],
        &[""],
        &["데이터", "data-센터", "데이터m"],
    ];

    #[test]
    fn batch_key_matching_equals_the_definition() {
        let keys: Vec<SearchKey> = NAMES
            .iter()
            .map(|n| SearchKey::new(n.iter().copied()))
            .collect();
        let terms = [
            "m",
            "ms",
            "aws",
            "a",
            "s",
            "sds",
            "cloud",
            "kt",
            "클",
            "클라우드",
            "클라우드와",
            "ㅋㄹ",
            "ㅁ",
            "마이크로소프트와",
            "mart",
            "emart",
            "마트",
            "24",
            "2m",
            "m2m",
            "3m",
            "ü",
            "mßft",
            "ß",
            "ⅷ",
            "센터",
            "data",
            "터m",
            "없음",
            "web",
            "services",
        ];
        for t in terms {
            let Some(term) = Term::parse(t) else {
                continue;
            };
            // The definition, one key at a time: a 초성 term in the initials; otherwise a
            // needle anywhere in the names, an all-ASCII one only at a Latin word start.
            let naive = |key: &SearchKey| {
                if term.choseong {
                    key.initials.contains(term.text.as_str())
                } else {
                    term.needles.iter().any(|n| {
                        if term.ascii {
                            key.plain
                                .match_indices(n.as_str())
                                .any(|(at, _)| key.is_word_start(at))
                        } else {
                            key.plain.contains(n.as_str())
                        }
                    })
                }
            };
            let want: Vec<bool> = keys.iter().map(naive).collect();
            assert_eq!(term.matches_keys(keys.iter()), want, "{t}");
        }
    }

    #[test]
    fn word_start_check_equals_the_char_based_one() {
        let naive = |text: &str, at: usize| {
            text.get(..at)
                .and_then(|before| before.chars().next_back())
                .is_none_or(|c| !c.is_ascii_alphanumeric())
        };
        for text in [
            "aws와 laws, ms-삼성sds 3m",
            "é가m \u{1}x\ny",
            "ßm Ⅷm ｍm 9m _m",
            "",
        ] {
            for at in 0..=text.len() + 2 {
                assert_eq!(
                    starts_latin_word(text, at),
                    naive(text, at),
                    "{text:?} {at}"
                );
            }
        }
    }

    #[test]
    fn merge_joins_touching_spans() {
        let s = |start, end| Span { start, end };
        assert_eq!(
            merge_spans(vec![s(5, 7), s(0, 2), s(2, 3), s(6, 9), s(4, 4)]),
            vec![s(0, 3), s(5, 9)]
        );
    }
}
