//! Percent-encoding for URL fragments: strict on output, lossy and panic-free on input.
//!
//! Output keeps only RFC 3986 unreserved characters (`A-Z a-z 0-9 - . _ ~`) and escapes every
//! other UTF-8 byte as `%XX`. Input never fails: a malformed escape is kept as literal text and
//! invalid UTF-8 becomes U+FFFD, and the caller is told that something was wrong.

/// Percent-encodes every byte outside the unreserved set.
pub(crate) fn encode(s: &str, out: &mut String) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~') {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 0xF)]));
        }
    }
}

/// A decoded value and whether its encoding was broken.
pub(crate) struct Decoded {
    pub text: String,
    pub malformed: bool,
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

/// Decodes `%XX` escapes and `+` (as a space, like form encoding). Malformed escapes are kept
/// as written; invalid UTF-8 becomes U+FFFD.
pub(crate) fn decode(s: &str) -> Decoded {
    let bytes = s.as_bytes();
    let mut out: Vec<u8> = Vec::with_capacity(bytes.len());
    let mut malformed = false;
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hi = bytes.get(i + 1).copied().and_then(hex_value);
                let lo = bytes.get(i + 2).copied().and_then(hex_value);
                if let (Some(hi), Some(lo)) = (hi, lo) {
                    out.push(hi << 4 | lo);
                    i += 3;
                } else {
                    malformed = true;
                    out.push(b'%');
                    i += 1;
                }
            }
            b'+' => {
                out.push(b' ');
                i += 1;
            }
            b => {
                out.push(b);
                i += 1;
            }
        }
    }
    let text = match String::from_utf8(out) {
        Ok(text) => text,
        Err(e) => {
            malformed = true;
            String::from_utf8_lossy(e.as_bytes()).into_owned()
        }
    };
    Decoded { text, malformed }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn enc(s: &str) -> String {
        let mut out = String::new();
        encode(s, &mut out);
        out
    }

    #[test]
    fn korean_and_reserved_characters_are_escaped() {
        assert_eq!(enc("마이크로"), "%EB%A7%88%EC%9D%B4%ED%81%AC%EB%A1%9C");
        assert_eq!(enc("a,b&c=d e+f-g.h_i~j"), "a%2Cb%26c%3Dd%20e%2Bf-g.h_i~j");
    }

    #[test]
    fn decoding_inverts_encoding() {
        for s in ["", "마이크로소프트", "a+b c,d%", "<script>", "\u{1F600}"] {
            let d = decode(&enc(s));
            assert_eq!(d.text, s);
            assert!(!d.malformed);
        }
    }

    #[test]
    fn broken_escapes_are_kept_and_reported() {
        let d = decode("%E0%A4%A");
        assert!(d.malformed);
        assert_eq!(d.text, "\u{FFFD}%A");
        let d = decode("100%");
        assert!(d.malformed);
        assert_eq!(d.text, "100%");
        let d = decode("%zz%");
        assert_eq!(d.text, "%zz%");
        assert_eq!(decode("a+b").text, "a b");
    }
}
