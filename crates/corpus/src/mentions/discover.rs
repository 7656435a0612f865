//! Discovery of organisations the knowledge base does not know: a Korean name with a Latin
//! gloss (`맥사테크놀로지스(Maxar Technologies)`), a stand-alone Latin acronym (`EMC와`), or a
//! Korean name with a corporate suffix or mark (`…테크놀로지스`, `…전자`, `㈜…`).
//!
//! Products, places, people and generic terms are blocked by `data/mention_lexicon.toml`.
//! It never overrides a knowledge-base hit: `taken` spans are left alone.

use std::collections::HashSet;

use super::lexicon::MentionLexicon;
use super::spans::SpanSet;
use super::words::{is_word_char, skip_bracket, word_at_most, word_before, words};
use crate::hangul::is_syllable;
use crate::josa;
use crate::model::{Company, CompanyKind};

/// Companies discovered in one text (deduplicated by id, in order of first appearance).
pub fn discover(chars: &[char], taken: &[(usize, usize)], lex: &MentionLexicon) -> Vec<Company> {
    let mut found: Vec<Company> = Vec::new();
    let mut ids: HashSet<String> = HashSet::new();
    let mut names: HashSet<String> = HashSet::new();
    let mut add = |c: Company| {
        let same_name = c.name_ko.as_ref().is_some_and(|n| names.contains(n));
        if !ids.contains(&c.id) && !same_name {
            ids.insert(c.id.clone());
            names.extend(c.name_ko.clone());
            found.push(c);
        }
    };
    let taken = SpanSet::new(taken);
    let overlaps = |s: usize, e: usize| taken.overlaps(s, e);
    for c in glossed(chars, lex, &overlaps) {
        add(c);
    }
    for c in acronyms(chars, lex, &overlaps) {
        add(c);
    }
    for c in suffixed(chars, lex, &overlaps) {
        add(c);
    }
    found
}

/// A discovered company known only by its Korean name (which is also its id).
pub fn korean_company(name: &str) -> Company {
    company(
        name.to_string(),
        name.to_string(),
        Some(name.to_string()),
        CompanyKind::Company,
    )
}

fn company(id: String, name: String, name_ko: Option<String>, kind: CompanyKind) -> Company {
    Company {
        id,
        name,
        name_ko,
        kind,
        known: false,
        ..Default::default()
    }
}

/// `한글이름(Latin Gloss)` where the gloss looks like a company name.
fn glossed(
    chars: &[char],
    lex: &MentionLexicon,
    overlaps: &dyn Fn(usize, usize) -> bool,
) -> Vec<Company> {
    let mut out = Vec::new();
    for open in 0..chars.len() {
        if chars[open] != '(' || open == 0 || !is_syllable(chars[open - 1]) {
            continue;
        }
        let Some(after) = skip_bracket(chars, open, 60) else {
            continue;
        };
        let gloss: String = chars[open + 1..after - 1].iter().collect();
        let mut start = open;
        while start > 0 && is_word_char(chars[start - 1]) {
            start -= 1;
        }
        // A single capitalised word is a name only after an appositive (`보안 기업 위즈(Wiz)`).
        let company_gloss = gloss_is_company(&gloss, lex)
            || (single_name_word(&gloss, lex) && after_appositive_head(chars, start, lex));
        // A gloss naming known companies is a product (`VMware Cloud on AWS`).
        if !company_gloss || overlaps(open + 1, after - 1) {
            continue;
        }
        let mut name: String = chars[start..open].iter().collect();
        let letters = gloss.chars().filter(char::is_ascii_alphabetic).count();
        let syllables = name.chars().filter(|c| is_syllable(*c)).count().max(1);
        // A two-word Korean name (`카펠라 스페이스`) is far shorter than its gloss in one word.
        if gloss.split_whitespace().count() >= 2 && letters > syllables * 2 + 3 && start >= 2 {
            if let Some(prev_start) = prev_word_start(chars, start) {
                let prev: String = chars[prev_start..start - 1].iter().collect();
                let plain = prev.chars().all(is_syllable) && !lex.generic_nouns.contains(&prev);
                let ends_badly = prev
                    .chars()
                    .last()
                    .is_some_and(|c| lex.name_bad_endings.contains(&c));
                if plain && !ends_badly {
                    start = prev_start;
                    name = format!("{prev} {name}");
                }
            }
        }
        if overlaps(start, open) || lex.is_non_company(&name) || lex.is_non_company(&gloss) {
            continue;
        }
        out.push(company(
            slug(&gloss),
            gloss.trim().to_string(),
            Some(name),
            CompanyKind::Company,
        ));
    }
    out
}

fn prev_word_start(chars: &[char], start: usize) -> Option<usize> {
    if chars.get(start.checked_sub(1)?) != Some(&' ') {
        return None;
    }
    let mut s = start - 1;
    while s > 0 && is_word_char(chars[s - 1]) {
        s -= 1;
    }
    (s < start - 1).then_some(s)
}

/// Capitalised Latin words, not all generic, and with a corporate word or at least two words.
fn gloss_is_company(gloss: &str, lex: &MentionLexicon) -> bool {
    let words: Vec<&str> = gloss.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 {
        return false;
    }
    let latin = gloss
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || " &.,-'".contains(c));
    let capitalised = words.iter().all(|w| {
        w.starts_with(|c: char| c.is_ascii_uppercase() || c.is_ascii_digit()) || w.len() <= 3
    });
    if !latin || !capitalised || !gloss.starts_with(|c: char| c.is_ascii_uppercase()) {
        return false;
    }
    let all_generic = words
        .iter()
        .all(|w| lex.gloss_generic_words.contains(w.trim_end_matches(',')));
    let corp_word = words
        .iter()
        .any(|w| lex.gloss_corp_words.contains(w.trim_end_matches(',')));
    let acronym_only = words.len() == 1 && words[0].chars().all(|c| !c.is_ascii_lowercase());
    !all_generic && !acronym_only && (corp_word || words.len() >= 2)
}

/// One capitalised Latin word with lower-case letters (`Wiz`, `HashiCorp`), not generic.
fn single_name_word(gloss: &str, lex: &MentionLexicon) -> bool {
    let g = gloss.trim();
    g.chars().count() >= 2
        && g.starts_with(|c: char| c.is_ascii_uppercase())
        && g.chars().any(|c| c.is_ascii_lowercase())
        && g.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        && !lex.gloss_generic_words.contains(g)
        && !lex.is_non_company(g)
}

/// Whether the word before `start` ends in an appositive head noun (`기업`, `스타트업`).
fn after_appositive_head(chars: &[char], start: usize, lex: &MentionLexicon) -> bool {
    if start == 0 || chars[start - 1] != ' ' {
        return false;
    }
    word_before(chars, start - 1)
        .is_some_and(|(_, w)| lex.appositive_heads.iter().any(|h| w.ends_with(h.as_str())))
}

/// Stand-alone upper-case Latin tokens (`IBM`, `AT&T`) that are not known terms.
fn acronyms(
    chars: &[char],
    lex: &MentionLexicon,
    overlaps: &dyn Fn(usize, usize) -> bool,
) -> Vec<Company> {
    let mut out = Vec::new();
    let open = open_bracket_before(chars);
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let starts = c.is_ascii_uppercase() && (i == 0 || !is_token_char(chars[i - 1]));
        if !starts {
            i += 1;
            continue;
        }
        let mut end = i;
        while end < chars.len() && is_token_char(chars[end]) {
            end += 1;
        }
        let token: String = chars[i..end].iter().collect();
        let next = i.max(end);
        i = next.max(i + 1);
        let upper = token.chars().filter(char::is_ascii_uppercase).count();
        let shape = upper >= 2
            && token.chars().count() <= 6
            && !token.chars().any(|c| c.is_ascii_lowercase())
            && !token.ends_with('&');
        if !shape || lex.acronym_stopwords.contains(&token) || lex.is_non_company(&token) {
            continue;
        }
        // Read at most a particle chain's length: many tokens glued to one long word stay linear.
        let josa_tail = word_at_most(chars, end, josa::MAX_CHAIN_CHARS)
            .is_some_and(|rest| josa::is_josa_chain(&rest));
        let in_bracket = i > 0 && open[end];
        let defines = chars.get(end) == Some(&'(');
        if !josa_tail || in_bracket || defines || overlaps(end - token.chars().count(), end) {
            continue;
        }
        out.push(company(slug(&token), token, None, CompanyKind::Company));
    }
    out
}

/// `open[i]`: a `(` comes before position `i` on its line with no `)` after it — one pass,
/// so asking for every token stays linear.
fn open_bracket_before(chars: &[char]) -> Vec<bool> {
    let mut open = Vec::with_capacity(chars.len() + 1);
    let mut inside = false;
    open.push(false);
    for c in chars {
        match c {
            '(' => inside = true,
            ')' | '\n' => inside = false,
            _ => {}
        }
        open.push(inside);
    }
    open
}

fn is_token_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '&'
}

/// Korean names ending in a corporate suffix, or marked `㈜` / `(주)` / `주식회사`.
fn suffixed(
    chars: &[char],
    lex: &MentionLexicon,
    overlaps: &dyn Fn(usize, usize) -> bool,
) -> Vec<Company> {
    let mut out = Vec::new();
    for (start, word) in words(chars) {
        if !word.chars().any(is_syllable) {
            continue;
        }
        let marked = lex.corp_marks.iter().any(|m| {
            let before = &chars[start.saturating_sub(m.chars().count())..start];
            before.iter().copied().eq(m.chars()) || preceded_by_word(chars, start, m)
        });
        // Unmarked, only a stem with a corporate suffix can name a company: a word none of whose
        // beginnings has one is passed over before its particles are read.
        if !marked && !any_prefix(&word, |p| lex.has_corp_suffix(p)) {
            continue;
        }
        let mut stems = josa::stems(&word);
        if marked {
            // A marked name has no suffix to anchor it: strip the shortest particle chain.
            if stems.len() > 1 {
                stems.remove(0);
            }
            stems.truncate(1);
        }
        for stem in stems {
            let stem_len = stem.chars().count();
            if overlaps(start, start + stem_len) || lex.generic_compounds.contains(stem) {
                continue;
            }
            if !marked && !lex.has_corp_suffix(stem) {
                continue;
            }
            if stem_len < 2 || lex.is_non_company(stem) {
                break;
            }
            let kind = if stem.ends_with("협회") {
                CompanyKind::Association
            } else if lex
                .government_suffixes
                .iter()
                .any(|g| stem.ends_with(g.as_str()))
            {
                CompanyKind::Government
            } else {
                CompanyKind::Company
            };
            out.push(company(
                stem.to_string(),
                stem.to_string(),
                Some(stem.to_string()),
                kind,
            ));
            break;
        }
    }
    out
}

/// True when `test` holds for some non-empty beginning of `word` (the word itself included).
fn any_prefix(word: &str, test: impl Fn(&str) -> bool) -> bool {
    word.char_indices()
        .skip(1)
        .map(|(i, _)| i)
        .chain(std::iter::once(word.len()))
        .any(|end| test(&word[..end]))
}

fn preceded_by_word(chars: &[char], start: usize, word: &str) -> bool {
    let n = word.chars().count();
    start > n
        && chars[start - 1] == ' '
        && chars[start - 1 - n..start - 1]
            .iter()
            .copied()
            .eq(word.chars())
}

/// An ASCII-safe, stable slug of a Latin name (`Maxar Technologies` → `maxar-technologies`).
pub fn slug(name: &str) -> String {
    let mut out = String::new();
    for c in name.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.ends_with('-') && !out.is_empty() {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_string()
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;

    fn found(text: &str) -> Vec<(String, Option<String>)> {
        let chars: Vec<char> = text.chars().collect();
        discover(&chars, &[], lexicon())
            .into_iter()
            .map(|c| (c.id, c.name_ko))
            .collect()
    }

    #[test]
    fn glossed_names() {
        let f = found("항공 우주 기업 맥사테크놀로지스(Maxar Technologies)와 카펠라 스페이스(Capella Space)를");
        assert_eq!(
            f[0],
            ("maxar-technologies".into(), Some("맥사테크놀로지스".into()))
        );
        assert_eq!(
            f[1],
            ("capella-space".into(), Some("카펠라 스페이스".into()))
        );
        assert!(
            found("클라우드 컴퓨팅(Cloud Computing)이란 스타링크(Starlink) 인공지능(AI)과")
                .is_empty()
        );
        let f = found("보안 기업 위즈(Wiz)를 샀고 모델 라마(Llama)를 썼다");
        assert_eq!(f, [("wiz".into(), Some("위즈".into()))]);
    }

    #[test]
    fn acronyms_and_suffixes() {
        let f = found("IBM과 AI, CEO가 MSP(관리) 한빛소프트는 멀티클라우드를 ㈜가나다와");
        let ids: Vec<&str> = f.iter().map(|(i, _)| i.as_str()).collect();
        assert_eq!(ids, ["ibm", "한빛소프트", "가나다"]);
    }

    #[test]
    fn slugs() {
        assert_eq!(slug("AT&T"), "at-t");
        assert_eq!(slug(" Capella Space, Inc. "), "capella-space-inc");
    }
}
