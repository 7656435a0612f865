//! Korean particles (josa): is a word's remainder a chain of particles, and strip them.
//!
//! The list is data (`data/josa.txt` from open-korean-text plus `data/josa_extra.txt`), never
//! literals in code. Particles are only stripped when what remains is a known stem or the
//! whole remainder is a particle chain: 이/가/나 are also ordinary syllables (케이, 야후).

use std::collections::HashSet;
use std::sync::OnceLock;

use crate::hash::FnvBuild;

const JOSA_TXT: &str = include_str!("../data/josa.txt");
const JOSA_EXTRA_TXT: &str = include_str!("../data/josa_extra.txt");
/// The longest particle is short; chains longer than this are not particles.
pub const MAX_CHAIN_CHARS: usize = 12;

struct Lexicon {
    set: HashSet<&'static str, FnvBuild>,
    /// The first character of every particle: a remainder starting otherwise is no chain.
    first_chars: HashSet<char, FnvBuild>,
    max_chars: usize,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let set: HashSet<&'static str, FnvBuild> = JOSA_TXT
            .lines()
            .chain(JOSA_EXTRA_TXT.lines())
            .map(str::trim)
            .filter(|l| !l.is_empty() && !l.starts_with('#'))
            .collect();
        let max_chars = set.iter().map(|s| s.chars().count()).max().unwrap_or(1);
        let first_chars = set.iter().filter_map(|s| s.chars().next()).collect();
        Lexicon {
            set,
            first_chars,
            max_chars,
        }
    })
}

/// True when `s` is exactly one particle of the list.
pub fn is_josa(s: &str) -> bool {
    lexicon().set.contains(s)
}

/// True when `rest` is empty or a concatenation of particles (`에서는`, `와의`, `측은`).
pub fn is_josa_chain(rest: &str) -> bool {
    let Some(first) = rest.chars().next() else {
        return true;
    };
    let lex = lexicon();
    if !lex.first_chars.contains(&first) {
        return false;
    }
    // Callers try every suffix of every word (`stems`), so no allocation here: at most
    // MAX_CHAIN_CHARS characters, their byte offsets in a fixed array (offsets[n] = the end).
    let mut offsets = [0usize; MAX_CHAIN_CHARS + 1];
    let mut n = 0;
    for (b, _) in rest.char_indices() {
        if n == MAX_CHAIN_CHARS {
            return false;
        }
        offsets[n] = b;
        n += 1;
    }
    offsets[n] = rest.len();
    // reachable[i]: the first i chars split into particles.
    let mut reachable = [false; MAX_CHAIN_CHARS + 1];
    reachable[0] = true;
    let max = lex.max_chars;
    for i in 0..n {
        if !reachable[i] {
            continue;
        }
        for len in 1..=max.min(n - i) {
            if lex.set.contains(&rest[offsets[i]..offsets[i + len]]) {
                reachable[i + len] = true;
            }
        }
    }
    reachable[n]
}

/// All ways to read `word` as stem + particle chain, longest stem first, the word itself
/// included. A search box tries each stem: `마이크로소프트와` → [`마이크로소프트와`, `마이크로소프트`].
pub fn stems(word: &str) -> Vec<&str> {
    stems_longest_first(word).collect()
}

/// The stems of [`stems`], in the same order, found one at a time: a caller that wants the
/// first one that fits stops trying particle chains there.
pub fn stems_longest_first(word: &str) -> impl Iterator<Item = &str> {
    stem_ends(word)
        .filter(move |&end| is_josa_chain(&word[end..]))
        .map(move |end| &word[..end])
}

/// Where a stem of `word` could end (byte offsets), longest first: the word's end, then each
/// character boundary inside it, right to left. A stem is there when a particle chain follows.
pub fn stem_ends(word: &str) -> impl Iterator<Item = usize> + '_ {
    let inner = word.char_indices().rev().map(|(i, _)| i).filter(|&i| i > 0);
    std::iter::once(word.len()).chain(inner)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chains_of_particles() {
        for ok in [
            "",
            "가",
            "와",
            "는",
            "의",
            "에서는",
            "와의",
            "과의",
            "측은",
            "으로부터",
            "에게도",
        ] {
            assert!(is_josa_chain(ok), "{ok}");
        }
        for bad in ["클라우드", "웨어", "스", "P", "X", "닷컴"] {
            assert!(!is_josa_chain(bad), "{bad}");
        }
    }

    #[test]
    fn stems_of_a_word() {
        assert!(stems("마이크로소프트와").contains(&"마이크로소프트"));
        assert!(stems("KT클라우드는").contains(&"KT클라우드"));
        assert_eq!(stems("AWS")[0], "AWS");
        assert_eq!(stems(""), [""]);
    }

    #[test]
    fn stems_are_every_reading_sorted_longest_first() {
        // The readings collected, then sorted by length: what `stems` must equal.
        fn reference(word: &str) -> Vec<&str> {
            let mut out = vec![word];
            for (i, _) in word.char_indices().skip(1) {
                if is_josa_chain(&word[i..]) {
                    out.push(&word[..i]);
                }
            }
            out.sort_by_key(|s| std::cmp::Reverse(s.len()));
            out.dedup();
            out
        }
        for word in [
            "",
            "가",
            "클라우드에서는",
            "KT와의",
            "이가",
            "가가가가",
            "측은",
            "AWS",
        ] {
            assert_eq!(stems(word), reference(word), "{word}");
        }
    }

    #[test]
    fn long_remainders_are_not_particles() {
        assert!(!is_josa_chain(&"가".repeat(200)));
    }
}
