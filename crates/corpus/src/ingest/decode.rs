//! Bytes of an article file → text: BOMs, UTF-16, invalid UTF-8 and binary junk.
//!
//! Never guesses a legacy encoding (EUC-KR, CP949): a file that is not UTF-8 or UTF-16 with a
//! BOM is an error naming the line of the first bad byte, so nobody reads mojibake.

/// Why a file could not be read as text; `line` is 1-based.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// Not valid UTF-8 (and no UTF-16 BOM).
    InvalidUtf8 { line: usize, byte: usize },
    /// A NUL byte: a binary file, or UTF-16 without a BOM.
    Binary { line: usize },
    /// UTF-16 with a BOM but an unpaired surrogate.
    InvalidUtf16 { line: usize },
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::InvalidUtf8 { byte, .. } => write!(
                f,
                "invalid UTF-8 at byte {byte} (save the file as UTF-8; EUC-KR/CP949 is not read)"
            ),
            DecodeError::Binary { .. } => {
                write!(
                    f,
                    "NUL byte: binary data or UTF-16 without a byte order mark"
                )
            }
            DecodeError::InvalidUtf16 { .. } => write!(f, "invalid UTF-16 (unpaired surrogate)"),
        }
    }
}

impl DecodeError {
    pub fn line(&self) -> usize {
        match self {
            DecodeError::InvalidUtf8 { line, .. }
            | DecodeError::Binary { line }
            | DecodeError::InvalidUtf16 { line } => *line,
        }
    }
}

/// Decoded text and an optional note about how (e.g. `decoded from UTF-16LE`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded {
    pub text: String,
    pub note: Option<String>,
}

/// Decodes a file's bytes: UTF-8 (BOM stripped) or UTF-16 LE/BE with a BOM.
pub fn decode(bytes: &[u8]) -> Result<Decoded, DecodeError> {
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        return decode_utf16(rest, u16::from_le_bytes, "UTF-16LE");
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        return decode_utf16(rest, u16::from_be_bytes, "UTF-16BE");
    }
    let (body, note) = match bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        Some(rest) => (rest, Some("byte order mark removed".to_string())),
        None => (bytes, None),
    };
    if let Some(nul) = body.iter().position(|b| *b == 0) {
        return Err(DecodeError::Binary {
            line: line_of(body, nul),
        });
    }
    match std::str::from_utf8(body) {
        Ok(s) => Ok(Decoded {
            text: s.to_string(),
            note,
        }),
        Err(e) => {
            let at = e.valid_up_to();
            Err(DecodeError::InvalidUtf8 {
                line: line_of(body, at),
                byte: at + (bytes.len() - body.len()),
            })
        }
    }
}

fn decode_utf16(body: &[u8], unit: fn([u8; 2]) -> u16, name: &str) -> Result<Decoded, DecodeError> {
    let units = body
        .chunks(2)
        .map(|c| unit([c[0], c.get(1).copied().unwrap_or(0)]));
    let mut text = String::with_capacity(body.len());
    let mut line = 1;
    for c in char::decode_utf16(units) {
        match c {
            Ok('\0') => return Err(DecodeError::Binary { line }),
            Ok(c) => {
                if c == '\n' {
                    line += 1;
                }
                text.push(c);
            }
            Err(_) => return Err(DecodeError::InvalidUtf16 { line }),
        }
    }
    Ok(Decoded {
        text,
        note: Some(format!("decoded from {name}")),
    })
}

/// 1-based line of byte `at`.
fn line_of(bytes: &[u8], at: usize) -> usize {
    bytes[..at.min(bytes.len())]
        .iter()
        .filter(|b| **b == b'\n')
        .count()
        + 1
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_with_and_without_bom() {
        assert_eq!(decode("가나".as_bytes()).unwrap().text, "가나");
        let with_bom = [&[0xEF, 0xBB, 0xBF][..], "가나".as_bytes()].concat();
        let d = decode(&with_bom).unwrap();
        assert_eq!(d.text, "가나");
        assert!(d.note.is_some());
    }

    #[test]
    fn utf16_both_orders() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("클라우드\n".encode_utf16().flat_map(u16::to_le_bytes))
            .collect();
        assert_eq!(decode(&le).unwrap().text, "클라우드\n");
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("AWS".encode_utf16().flat_map(u16::to_be_bytes))
            .collect();
        assert_eq!(decode(&be).unwrap().text, "AWS");
    }

    #[test]
    fn errors_name_the_line() {
        let bad = b"first\nsecond\n\xC7\xD1\xB1\xDB\n";
        assert_eq!(
            decode(bad),
            Err(DecodeError::InvalidUtf8 { line: 3, byte: 13 })
        );
        assert_eq!(decode(b"a\n\0b"), Err(DecodeError::Binary { line: 2 }));
        let lone = [0xFF, 0xFE, 0x00, 0xD8, 0x41, 0x00];
        assert_eq!(decode(&lone), Err(DecodeError::InvalidUtf16 { line: 1 }));
    }
}
