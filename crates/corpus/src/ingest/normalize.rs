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

fn flush(run: &mut String, out: &mut String) {
    if !run.is_empty() {
        out.extend(run.nfkc());
        run.clear();
    }
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
}
