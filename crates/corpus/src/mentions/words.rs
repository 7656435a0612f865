//! Character-level word helpers shared by mention finding and deal extraction.
//!
//! Works on `&[char]` so every index is a character offset, as the data model requires.
//! Knows eojeol (space-separated word) boundaries and particle chains; never knows companies.

use crate::hangul::is_syllable;
use crate::josa;

/// A letter or digit of a word: a Hangul syllable or an ASCII letter/digit.
pub fn is_word_char(c: char) -> bool {
    is_syllable(c) || c.is_ascii_alphanumeric()
}

/// `chars` as a `String`, its buffer sized once (collecting grows it step by step, and
/// words and sentences are collected for every word of every article).
pub fn text_of(chars: &[char]) -> String {
    let mut s = String::with_capacity(chars.iter().map(|c| c.len_utf8()).sum());
    s.extend(chars);
    s
}

/// The run of word characters starting at `from`, and where it ends.
pub fn word_at(chars: &[char], from: usize) -> (String, usize) {
    let mut end = from;
    while end < chars.len() && is_word_char(chars[end]) {
        end += 1;
    }
    (text_of(&chars[from.min(end)..end]), end)
}

/// Every word of `chars` (a maximal run of word characters), left to right, as
/// `(start, word)`.
pub fn words(chars: &[char]) -> impl Iterator<Item = (usize, String)> + '_ {
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < chars.len() {
            if !is_word_char(chars[i]) || (i > 0 && is_word_char(chars[i - 1])) {
                i += 1;
                continue;
            }
            let start = i;
            let (word, end) = word_at(chars, i);
            i = end.max(i + 1);
            return Some((start, word));
        }
        None
    })
}

/// Like [`word_at`], but `None` (after reading at most `max + 1` characters) when the word
/// is longer than `max`.
pub fn word_at_most(chars: &[char], from: usize, max: usize) -> Option<String> {
    let limit = from.saturating_add(max).min(chars.len());
    let mut end = from.min(limit);
    while end < limit && is_word_char(chars[end]) {
        end += 1;
    }
    if chars.get(end).is_some_and(|c| is_word_char(*c)) {
        return None;
    }
    Some(text_of(&chars[from.min(end)..end]))
}

/// Whether a hit `[start, end)` stands as a word: nothing glued before it of the same script,
/// and after it either nothing, a particle chain or `그룹` + particles (then `group` is true).
pub fn hit_is_word(chars: &[char], start: usize, end: usize) -> Option<HitTail> {
    let first = *chars.get(start)?;
    let last = *chars.get(end.checked_sub(1)?)?;
    if start > 0 {
        let prev = chars[start - 1];
        if is_syllable(first) && is_syllable(prev) {
            return None;
        }
        if first.is_ascii_alphanumeric() && prev.is_ascii_alphanumeric() {
            return None;
        }
    }
    if let Some(&next) = chars.get(end) {
        if last.is_ascii_alphanumeric() && next.is_ascii_alphanumeric() {
            return None;
        }
    }
    // A tail longer than `그룹` plus the longest particle chain is no name's tail; bounded so
    // that many candidates glued to one long word stay linear.
    let rest = word_at_most(chars, end, 2 + josa::MAX_CHAIN_CHARS)?;
    if josa::is_josa_chain(&rest) {
        return Some(HitTail { group: false });
    }
    if let Some(after) = rest.strip_prefix("그룹") {
        if josa::is_josa_chain(after) {
            return Some(HitTail { group: true });
        }
    }
    None
}

/// What follows an accepted hit.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct HitTail {
    /// The name is followed by `그룹` (the group, resolved to the same company).
    pub group: bool,
}

/// The index just after the matching `)` (or `]`) when `chars[open]` opens a bracket closed
/// within `max` characters.
pub fn skip_bracket(chars: &[char], open: usize, max: usize) -> Option<usize> {
    let close = match chars.get(open)? {
        '(' => ')',
        '[' => ']',
        _ => return None,
    };
    let limit = (open + max).min(chars.len());
    (open + 1..limit)
        .find(|&i| chars[i] == close)
        .map(|i| i + 1)
}

/// Skips spaces (not newlines) from `from`.
pub fn skip_spaces(chars: &[char], mut from: usize) -> usize {
    while from < chars.len() && (chars[from] == ' ' || chars[from] == '\u{a0}') {
        from += 1;
    }
    from
}

/// The eojeol ending just before `end` (which should be a space or punctuation boundary):
/// its start index and text, without trailing spaces.
pub fn word_before(chars: &[char], end: usize) -> Option<(usize, String)> {
    let mut e = end;
    while e > 0 && chars[e - 1] == ' ' {
        e -= 1;
    }
    let mut s = e;
    while s > 0 && is_word_char(chars[s - 1]) {
        s -= 1;
    }
    (s < e).then(|| (s, text_of(&chars[s..e])))
}

/// Closing quotes and brackets that may sit between a name and its particle (`‘KT클라우드’를`).
pub fn is_closing_mark(c: char) -> bool {
    matches!(c, '’' | '”' | '\'' | '"' | '」' | '』' | '>' | '》' | '〉')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chars(s: &str) -> Vec<char> {
        s.chars().collect()
    }

    #[test]
    fn hits_need_word_boundaries_and_particles() {
        let t = chars("MSP와 MS가 KTX KT그룹은 모델");
        assert!(hit_is_word(&t, 0, 2).is_none(), "MS in MSP");
        assert!(hit_is_word(&t, 5, 7).is_some(), "MS가");
        assert!(hit_is_word(&t, 9, 11).is_none(), "KT in KTX");
        assert_eq!(hit_is_word(&t, 13, 15), Some(HitTail { group: true }));
        assert!(hit_is_word(&t, 20, 21).is_none(), "델 in 모델");
    }

    #[test]
    fn brackets_and_words() {
        let t = chars("마이크로소프트(MS)와");
        assert_eq!(skip_bracket(&t, 7, 10), Some(11));
        assert_eq!(word_at(&t, 11).0, "와");
        assert_eq!(word_at_most(&t, 11, 1).as_deref(), Some("와"));
        assert_eq!(word_at_most(&t, 0, 6), None);
        assert_eq!(word_at_most(&t, 0, 7).as_deref(), Some("마이크로소프트"));
        assert_eq!(word_before(&t, 7), Some((0, "마이크로소프트".into())));
    }
}
