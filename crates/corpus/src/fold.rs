//! Lower-casing text for search (`search::fold_text`, the index's evidence and name order):
//! per character, exactly as `char::to_lowercase`, without its per-character overhead.
//!
//! ASCII is lowered byte by byte and runs of characters without case (Hangul, punctuation,
//! ideographs) are copied as is; every other character goes through [`crate::lower::lower`], so
//! the result is identical for all input (tested for every character).

/// `text` lower-cased character by character (no final-sigma rule).
pub fn fold(text: &str) -> String {
    let mut out = String::new();
    fold_into(text, &mut out);
    out
}

/// Appends [`fold`]`(text)` to `out`.
pub(crate) fn fold_into(text: &str, out: &mut String) {
    out.reserve(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        // The longest prefix that is already folded: ASCII but `A`-`Z`, and the caseless
        // characters `caseless_prefix` knows.
        let keep = caseless_prefix(rest);
        out.push_str(&rest[..keep]);
        rest = &rest[keep..];
        let Some(c) = rest.chars().next() else {
            break;
        };
        if c.is_ascii_uppercase() {
            out.push(c.to_ascii_lowercase());
        } else {
            out.extend(crate::lower::lower(c));
        }
        rest = &rest[c.len_utf8()..];
    }
}

/// Byte length of the longest prefix of `text` made of characters that fold to themselves
/// and are recognised cheaply (ASCII other than `A`-`Z`, U+0080..U+00BF, [`is_caseless`]).
fn caseless_prefix(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        if b < 0x80 {
            if b.is_ascii_uppercase() {
                break;
            }
            i += 1;
        } else if b == 0xC2 && i + 1 < bytes.len() {
            // U+0080..U+00BF: controls, Latin-1 punctuation and symbols (`·`, `«`, `µ` ...).
            i += 2;
        } else if (0xE0..0xF0).contains(&b) && i + 2 < bytes.len() {
            // A three-byte sequence (the bytes are valid UTF-8: it is a `&str`).
            let c = (u32::from(b & 0x0F) << 12)
                | (u32::from(bytes[i + 1] & 0x3F) << 6)
                | u32::from(bytes[i + 2] & 0x3F);
            if is_caseless(c) {
                i += 3;
            } else {
                break;
            }
        } else {
            break;
        }
    }
    i
}

/// Three-byte characters common in Korean news that have no case: Hangul syllables, jamo and
/// compatibility jamo, general punctuation (`“ ” ‘ ’ …`), CJK punctuation and ideographs.
fn is_caseless(c: u32) -> bool {
    matches!(
        c,
        0xAC00..=0xD7A3
            | 0x1100..=0x11FF
            | 0x3130..=0x318F
            | 0x2000..=0x206F
            | 0x3000..=0x303F
            | 0x4E00..=0x9FFF
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The reference: core's lower case, one character at a time.
    fn fold_text(text: &str) -> String {
        text.chars().flat_map(char::to_lowercase).collect()
    }

    #[test]
    fn every_character_folds_as_search_does() {
        for c in (0..=u32::MAX >> 11).filter_map(char::from_u32) {
            let s = c.to_string();
            assert_eq!(fold(&s), fold_text(&s), "U+{:04X}", c as u32);
        }
    }

    #[test]
    fn sentences_fold_as_search_does() {
        for s in [
            "",
            "마이크로소프트와 KT가 클라우드 협력을 맺었다.",
            "AWS는 ΣΑΣ ὈΔΥΣΣΕΎΣ İstanbul ẞ Ǆ 가ㄱᄀ ﬀ",
            "MiXeD cAsE 123 !?\n\t끝",
            "Ⅻ Ⓐ 𐐀 Ａ",
            "İSTANBUL Ünİ ΣΑΣ Ａ",
        ] {
            assert_eq!(fold(s), fold_text(s), "{s}");
        }
        let mut out = String::from("앞 ");
        fold_into("KT", &mut out);
        assert_eq!(out, "앞 kt");
    }
}
