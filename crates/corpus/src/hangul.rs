//! Hangul helpers: syllable tests and 초성 (initial consonant) extraction.
//!
//! Pure functions over `char`; used by extraction (word boundaries) and search (초성 queries).

/// The 19 initial consonants in Unicode syllable order.
pub const CHOSEONG: [char; 19] = [
    'ㄱ', 'ㄲ', 'ㄴ', 'ㄷ', 'ㄸ', 'ㄹ', 'ㅁ', 'ㅂ', 'ㅃ', 'ㅅ', 'ㅆ', 'ㅇ', 'ㅈ', 'ㅉ', 'ㅊ', 'ㅋ',
    'ㅌ', 'ㅍ', 'ㅎ',
];

const SYLLABLE_FIRST: u32 = 0xAC00;
const SYLLABLE_LAST: u32 = 0xD7A3;

/// A precomposed Hangul syllable (가..힣).
pub fn is_syllable(c: char) -> bool {
    (SYLLABLE_FIRST..=SYLLABLE_LAST).contains(&(c as u32))
}

/// A compatibility jamo consonant that can start a syllable (ㄱ..ㅎ as typed in a search box).
pub fn is_choseong_jamo(c: char) -> bool {
    CHOSEONG.contains(&c)
}

/// The initial consonant of a syllable, or `None` for any other character.
pub fn choseong(c: char) -> Option<char> {
    if !is_syllable(c) {
        return None;
    }
    let index = (c as u32 - SYLLABLE_FIRST) / (21 * 28);
    CHOSEONG.get(index as usize).copied()
}

/// Maps every syllable to its initial and keeps every other character as it is.
pub fn to_choseong(s: &str) -> String {
    s.chars().map(|c| choseong(c).unwrap_or(c)).collect()
}

/// True when every non-space character is a 초성 jamo (a query like `ㅁㅇㅋㄹㅅㅍㅌ`).
pub fn is_choseong_query(s: &str) -> bool {
    let mut any = false;
    for c in s.chars().filter(|c| !c.is_whitespace()) {
        if !is_choseong_jamo(c) {
            return false;
        }
        any = true;
    }
    any
}

/// Whether the syllable has a final consonant (받침); decides 이/가, 을/를, 과/와 ...
pub fn has_batchim(c: char) -> bool {
    is_syllable(c) && (c as u32 - SYLLABLE_FIRST) % 28 != 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_syllable_has_one_of_the_19_initials_in_order() {
        for (i, cho) in CHOSEONG.iter().enumerate() {
            let first = char::from_u32(SYLLABLE_FIRST + (i as u32) * 21 * 28).unwrap();
            let last = char::from_u32(SYLLABLE_FIRST + (i as u32 + 1) * 21 * 28 - 1).unwrap();
            assert_eq!(choseong(first), Some(*cho));
            assert_eq!(choseong(last), Some(*cho));
        }
        let count = (SYLLABLE_FIRST..=SYLLABLE_LAST)
            .filter_map(char::from_u32)
            .filter(|c| choseong(*c).is_some())
            .count();
        assert_eq!(count, 11172);
    }

    #[test]
    fn words_to_choseong() {
        assert_eq!(to_choseong("마이크로소프트"), "ㅁㅇㅋㄹㅅㅍㅌ");
        assert_eq!(to_choseong("KT클라우드"), "KTㅋㄹㅇㄷ");
        assert!(is_choseong_query("ㅁㅇㅋ ㄹㅅ"));
        assert!(!is_choseong_query("ㅁ이"));
        assert!(!is_choseong_query("  "));
    }

    #[test]
    fn batchim() {
        assert!(has_batchim('협'));
        assert!(!has_batchim('가'));
        assert!(!has_batchim('A'));
    }
}
