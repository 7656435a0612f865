//! Unicode and line-end normalisation of raw article text.
//!
//! NFKC (so `㎡` → `m2`, full-width `ＡＷＳ` → `AWS`, no-break spaces → spaces), but Hangul
//! compatibility jamo (`ㅋ`, `ㄱ`) and enclosed letters (`ⓒ`, `①`) are kept as written, since NFKC
//! would turn them into conjoining jamo or bare letters that read worse. Line ends become `\n`,
//! tabs become spaces, other control and zero-width characters are dropped. Never changes the
//! order of the text or drops a letter.

use unicode_normalization::UnicodeNormalization;

/// Normalises `raw` as described in the module doc. Linear time.
pub fn normalize(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    let mut run = String::new();
    let mut chars = raw.chars().peekable();
    while let Some(c) = chars.next() {
        let c = match c {
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                '\n'
            }
            '\t' => ' ',
            '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => continue,
            c if c.is_control() && c != '\n' => continue,
            c => c,
        };
        if keep_as_is(c) {
            flush(&mut run, &mut out);
            out.push(c);
        } else {
            run.push(c);
            // Flush at line ends so the buffer stays small; a line end is a starter.
            if c == '\n' {
                flush(&mut run, &mut out);
            }
        }
    }
    flush(&mut run, &mut out);
    out
}

/// Appends `run` in NFKC to `out`. A run made only of [`stable`] characters already is, and
/// is copied as it stands (most lines of an article: decomposing every syllable into jamo and
/// composing it again is the costly part of NFKC).
fn flush(run: &mut String, out: &mut String) {
    if run.is_empty() {
        return;
    }
    if run.chars().all(stable) {
        out.push_str(run);
    } else {
        out.extend(run.nfkc());
    }
    run.clear();
}

/// Characters that NFKC leaves alone in any neighbourhood: starters (combining class 0) that
/// NFKC keeps and never composes with what precedes them. Any string of them is in NFKC.
/// A precomposed syllable is one (a trailing jamo after it would compose, but that jamo is
/// not stable, so its run takes the full path).
fn stable(c: char) -> bool {
    c.is_ascii() || matches!(c, '\u{AC00}'..='\u{D7A3}' | '·' | '‘' | '’' | '“' | '”')
}

/// Characters NFKC would make less readable.
fn keep_as_is(c: char) -> bool {
    matches!(c as u32,
        0x3130..=0x318F   // Hangul compatibility jamo
        | 0x2460..=0x24FF // enclosed alphanumerics: ①, ⓒ
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn line_ends_and_spaces() {
        assert_eq!(normalize("a\r\nb\rc\n"), "a\nb\nc\n");
        assert_eq!(normalize("a\tb\u{00A0}c\u{200B}d"), "a b cd");
    }

    #[test]
    fn nfkc_but_readable() {
        assert_eq!(normalize("3200㎡"), "3200m2");
        assert_eq!(normalize("ＡＷＳ"), "AWS");
        assert_eq!(normalize("ㅋㅋ ⓒ ①"), "ㅋㅋ ⓒ ①");
        // Decomposed Hangul (NFD) is composed.
        let nfd: String = "한국".nfd().collect();
        assert_eq!(normalize(&nfd), "한국");
        assert_eq!(normalize("㈜카카오"), "(주)카카오");
    }

    #[test]
    fn stable_characters_are_starters_in_nfkc() {
        use unicode_normalization::char::canonical_combining_class;
        use unicode_normalization::{is_nfkc_quick, IsNormalized};
        let all: String = (0..=0x10FFFF)
            .filter_map(char::from_u32)
            .filter(|c| stable(*c))
            .collect();
        assert_eq!(all.chars().count(), 128 + 11_172 + 5);
        assert!(all.chars().all(|c| canonical_combining_class(c) == 0));
        assert_eq!(is_nfkc_quick(all.chars()), IsNormalized::Yes);
        assert_eq!(all.nfkc().collect::<String>(), all);
    }

    #[test]
    fn text_already_in_nfkc_is_kept_and_the_rest_is_normalised() {
        let texts = [
            "클라우드 기업 KT는 AWS와 손잡았다.\n",
            "é\u{301}",
            "e\u{301}",
            "\u{1100}\u{1161}\u{11A8}",
            "가\u{11A8}",
            "ﬁ ½ Ⅻ",
            "",
        ];
        for t in texts {
            let nfkc: String = t.nfkc().collect();
            assert_eq!(normalize(t), nfkc, "{t:?}");
        }
    }
}
