//! The gazetteer: every name and alias of the knowledge base matched in one pass with
//! aho-corasick (the few names learnt from one article or discovered in it: one by one), then
//! filtered by word boundaries and particles.
//!
//! All overlapping matches are collected, invalid ones (MS in MSP, VM in VM웨어, 아마존 in
//! 아마존닷컴X) dropped, and the leftmost-longest *valid* hits kept, so KT클라우드 wins over KT
//! and a rejected long match never hides a valid shorter one. It never invents companies.

use std::collections::HashSet;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};

use super::words::{hit_is_word, HitTail};
use crate::hangul::is_syllable;
use crate::kb::KnowledgeBase;
use crate::model::Company;

/// One surface form and who it names.
#[derive(Debug, Clone)]
struct Pattern {
    text: String,
    /// `(company id, short)`: a short alias names the company only once it was named in full.
    owners: Vec<(String, bool)>,
    /// Latin patterns of three characters or fewer must match case exactly.
    exact_case: bool,
}

/// A name found in a text, in character offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Hit {
    pub start: usize,
    pub end: usize,
    pub company: String,
    pub tail: HitTail,
}

/// A compiled set of names.
#[derive(Debug, Clone)]
pub struct Gazetteer {
    patterns: Vec<Pattern>,
    search: Search,
}

/// How a gazetteer looks for its patterns. Both ways report the same occurrences.
#[derive(Debug, Clone)]
enum Search {
    /// One Aho-Corasick automaton over every pattern (the knowledge base: many names, searched
    /// in every article); `None` if it could not be built.
    Automaton(Option<AhoCorasick>),
    /// Each pattern on its own (a few names learnt from one article and searched there once:
    /// building an automaton would cost more than the search).
    EachPattern,
}

impl Gazetteer {
    /// Every name, Korean name and alias of the knowledge base, plus its short aliases.
    pub fn from_kb(kb: &KnowledgeBase) -> Self {
        let mut entries: Vec<(String, String, bool)> = Vec::new();
        for c in &kb.companies {
            for s in surfaces(c) {
                entries.push((s.to_string(), c.id.clone(), false));
            }
        }
        for (alias, id) in &kb.short_aliases {
            entries.push((alias.clone(), id.clone(), true));
        }
        Self::from_entries(entries, false)
    }

    /// Names of the given companies (used for discovered ones).
    pub fn from_companies(companies: &[Company]) -> Self {
        let entries = companies
            .iter()
            .flat_map(|c| surfaces(c).map(move |s| (s.to_string(), c.id.clone(), false)))
            .collect();
        Self::from_entries(entries, true)
    }

    /// Extra `(surface, company id)` pairs (spellings learnt from the article itself).
    pub fn from_aliases(pairs: &[(String, String)]) -> Self {
        Self::from_entries(
            pairs
                .iter()
                .map(|(s, id)| (s.clone(), id.clone(), false))
                .collect(),
            true,
        )
    }

    /// `one_article`: the names are searched in one article only (see [`Search`]).
    fn from_entries(entries: Vec<(String, String, bool)>, one_article: bool) -> Self {
        let mut patterns: Vec<Pattern> = Vec::new();
        let mut index: std::collections::HashMap<String, usize> = Default::default();
        for (surface, id, short) in entries {
            for variant in variants(&surface) {
                let exact_case = variant
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '&')
                    && variant.chars().count() <= 3;
                let key = if exact_case {
                    variant.clone()
                } else {
                    variant.to_ascii_lowercase()
                };
                let i = *index.entry(key).or_insert_with(|| {
                    patterns.push(Pattern {
                        text: variant.clone(),
                        owners: Vec::new(),
                        exact_case,
                    });
                    patterns.len() - 1
                });
                if !patterns[i].owners.iter().any(|(o, _)| o == &id) {
                    patterns[i].owners.push((id.clone(), short));
                }
            }
        }
        let search = if one_article {
            Search::EachPattern
        } else {
            Search::Automaton(
                AhoCorasickBuilder::new()
                    .ascii_case_insensitive(true)
                    .match_kind(MatchKind::Standard)
                    .build(patterns.iter().map(|p| p.text.as_str()))
                    .ok(),
            )
        };
        Gazetteer { patterns, search }
    }

    /// Every occurrence of every pattern in `text` as `(start byte, end byte, pattern)`,
    /// overlapping ones included, ASCII letters matching in either case.
    fn occurrences(&self, text: &str) -> Option<Vec<(usize, usize, usize)>> {
        match &self.search {
            Search::Automaton(ac) => Some(
                ac.as_ref()?
                    .find_overlapping_iter(text)
                    .map(|m| (m.start(), m.end(), m.pattern().as_usize()))
                    .collect(),
            ),
            Search::EachPattern => Some(self.each_pattern(text)),
        }
    }

    /// [`Gazetteer::occurrences`] one pattern at a time, in the ASCII-lower-cased text (same
    /// byte offsets): after each occurrence the next is looked for from the following
    /// character, so overlapping ones are found too.
    fn each_pattern(&self, text: &str) -> Vec<(usize, usize, usize)> {
        let lower = text.to_ascii_lowercase();
        let mut out = Vec::new();
        for (pi, p) in self.patterns.iter().enumerate() {
            let needle = p.text.to_ascii_lowercase();
            if needle.is_empty() {
                continue; // `variants` never yields an empty pattern.
            }
            let mut from = 0;
            while let Some(at) = lower[from..].find(needle.as_str()) {
                let start = from + at;
                out.push((start, start + needle.len(), pi));
                from = start + lower[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        out
    }

    /// The valid hits in `text`, left to right, non-overlapping (leftmost, then longest).
    /// `named` holds companies already named in full earlier (for short aliases); it grows.
    pub fn find(&self, text: &str, named: &mut HashSet<String>) -> Vec<Hit> {
        let Some(occurrences) = self.occurrences(text) else {
            return Vec::new();
        };
        let chars: Vec<char> = text.chars().collect();
        let mut char_at = vec![0usize; text.len() + 1];
        for (ci, (bi, _)) in text.char_indices().enumerate() {
            char_at[bi] = ci;
        }
        char_at[text.len()] = chars.len();
        let mut candidates: Vec<(usize, usize, usize)> = Vec::new();
        for (s, e, pi) in occurrences {
            let p = &self.patterns[pi];
            if p.exact_case && &text[s..e] != p.text.as_str() {
                continue;
            }
            candidates.push((char_at[s], char_at[e], pi));
        }
        // At most one candidate per span survives the case test (two patterns equal but for
        // case are one pattern unless they are exact-case), so ties never depend on the order
        // the occurrences came in.
        candidates.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
        let mut hits = Vec::new();
        let mut covered = 0usize;
        for (start, end, pi) in candidates {
            if start < covered {
                continue;
            }
            let Some(tail) = hit_is_word(&chars, start, end) else {
                continue;
            };
            let owners = &self.patterns[pi].owners;
            let full = owners.iter().find(|(_, short)| !short);
            let short = owners
                .iter()
                .find(|(id, short)| *short && named.contains(id));
            let Some((company, _)) = short.or(full) else {
                continue;
            };
            if full.is_some_and(|(id, _)| id == company) {
                named.insert(company.clone());
            }
            hits.push(Hit {
                start,
                end,
                company: company.clone(),
                tail,
            });
            covered = end;
        }
        hits
    }
}

fn surfaces(c: &Company) -> impl Iterator<Item = &str> {
    std::iter::once(c.name.as_str())
        .chain(c.name_ko.as_deref())
        .chain(c.aliases.iter().map(String::as_str))
}

/// A surface form as written, without its spaces, and with a space at each Hangul/Latin seam
/// (`스페이스X` ↔ `스페이스 X`, `블루 오리진` → `블루오리진`).
fn variants(surface: &str) -> Vec<String> {
    let mut out = vec![surface.to_string()];
    let unspaced: String = surface.chars().filter(|c| *c != ' ').collect();
    let has_hangul = surface.chars().any(is_syllable);
    if has_hangul && unspaced != surface {
        out.push(unspaced.clone());
    }
    let mut seamed = String::new();
    let mut prev: Option<char> = None;
    for c in unspaced.chars() {
        if let Some(p) = prev {
            let seam = (is_syllable(p) && c.is_ascii_alphabetic())
                || (p.is_ascii_alphabetic() && is_syllable(c));
            if seam {
                seamed.push(' ');
            }
        }
        seamed.push(c);
        prev = Some(c);
    }
    if seamed != unspaced && !out.contains(&seamed) {
        out.push(seamed);
    }
    out.retain(|v| !v.trim().is_empty());
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids(text: &str) -> Vec<String> {
        let kb = KnowledgeBase::builtin().unwrap();
        let g = Gazetteer::from_kb(&kb);
        g.find(text, &mut HashSet::new())
            .into_iter()
            .map(|h| h.company)
            .collect()
    }

    #[test]
    fn longest_valid_name_wins() {
        assert_eq!(ids("KT클라우드는 KT와"), ["kt-cloud", "kt"]);
        assert_eq!(ids("아마존웹서비스(AWS)가"), ["aws", "aws"]);
        assert_eq!(ids("아마존 웹서비스와 아마존은"), ["aws", "amazon"]);
        assert_eq!(
            ids("스페이스 X 뿐 아니라 스페이스X와"),
            ["spacex", "spacex"]
        );
    }

    #[test]
    fn boundaries_and_particles() {
        assert!(ids("MSP 사업과 MSCI 지수, KTX").is_empty());
        assert_eq!(ids("VM웨어의 MS측은"), ["vmware", "microsoft"]);
        assert!(ids("MS발 대란").is_empty());
        assert_eq!(ids("KT그룹 계열사"), ["kt"]);
        assert_eq!(ids("ms와 Microsoft와"), ["microsoft"]);
    }

    #[test]
    fn each_pattern_finds_what_the_automaton_finds() {
        let kb = KnowledgeBase::builtin().unwrap();
        let mut entries: Vec<(String, String, bool)> = Vec::new();
        for c in &kb.companies {
            for s in surfaces(c) {
                entries.push((s.to_string(), c.id.clone(), false));
            }
        }
        entries.push(("aa".into(), "x".into(), false));
        entries.push(("Ab".into(), "y".into(), false));
        entries.push(("AB".into(), "z".into(), false));
        let automaton = Gazetteer::from_entries(entries.clone(), false);
        let each = Gazetteer::from_entries(entries, true);
        for text in [
            "KT클라우드는 KT와 kt, Kt는 아마존웹서비스(AWS)가 aws와",
            "aaaa는 aaa와 Ab와 AB와 ab와 aB의 스페이스 X와 스페이스X",
            "마이크로소프트가 MS와 ms를, VM웨어의 한빛테크놀로지스(Hanbit Technologies)는",
            "",
        ] {
            let occurrences = |g: &Gazetteer| {
                let mut all = g.occurrences(text).unwrap_or_default();
                all.sort_unstable();
                all
            };
            assert_eq!(occurrences(&automaton), occurrences(&each), "{text}");
            let (mut a, mut b) = (HashSet::new(), HashSet::new());
            assert_eq!(
                automaton.find(text, &mut a),
                each.find(text, &mut b),
                "{text}"
            );
            assert_eq!(a, b);
        }
    }

    #[test]
    fn short_alias_needs_the_full_name_first() {
        assert_eq!(ids("국방부는"), ["kr-mnd"]);
        assert_eq!(ids("미 국방부와 국방부의"), ["us-dod", "us-dod"]);
    }
}
