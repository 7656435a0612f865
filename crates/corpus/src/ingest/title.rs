//! The title of an article without a catalog title: its headline line, or a short title made
//! from its first sentence. Never invents words: a derived title is a prefix of the text.

use crate::hangul::is_syllable;
use crate::model::Span;

/// A first line longer than this is body text, not a headline.
const MAX_HEADLINE_CHARS: usize = 80;
/// A title made from a sentence is cut (at a space) to about this many characters.
const MAX_DERIVED_CHARS: usize = 40;

/// Heading markers that are not part of a title (`◇ 제목`).
const MARKERS: &[char] = &['◇', '◆', '■', '□', '▶', '▷', '●', '○', '-', '*', '#'];

/// The headline or a short title from the first sentence; `None` for an empty text.
pub fn derive(text: &str, sentences: &[Span]) -> Option<String> {
    let first_line = text.lines().map(str::trim).find(|l| !l.is_empty())?;
    if is_headline(first_line) {
        let t = first_line.trim_start_matches(MARKERS).trim();
        if !t.is_empty() {
            return Some(t.to_string());
        }
    }
    let first = sentences.first()?;
    let sentence: String = text
        .chars()
        .skip(first.start as usize)
        .take((first.end - first.start) as usize)
        .collect();
    Some(shorten(sentence.trim_end_matches(['.', '!', '?']).trim()))
}

/// Short, and not a sentence (`...다.`).
pub fn is_headline(line: &str) -> bool {
    let n = line.chars().count();
    if n == 0 || n > MAX_HEADLINE_CHARS {
        return false;
    }
    let mut rev = line.chars().rev();
    let last = rev.next();
    let before = rev.next();
    let sentence_end = matches!(last, Some('.')) && before.is_some_and(is_syllable);
    !sentence_end && !line.contains("다. ")
}

/// Cuts `s` at the last space before `MAX_DERIVED_CHARS` and adds `…`.
fn shorten(s: &str) -> String {
    if s.chars().count() <= MAX_DERIVED_CHARS + 10 {
        return s.to_string();
    }
    let cut: String = s.chars().take(MAX_DERIVED_CHARS).collect();
    let head = match cut.rfind(' ') {
        Some(i) if i > cut.len() / 2 => &cut[..i],
        _ => cut.as_str(),
    };
    format!("{}…", head.trim_end_matches([',', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::sentences;

    fn title(text: &str) -> Option<String> {
        derive(text, &sentences::split(text))
    }

    #[test]
    fn headline_line() {
        assert_eq!(
            title("적과의 동침에 바쁜 마이크로소프트 회장님\n\n지난주 무대에 올랐다.").as_deref(),
            Some("적과의 동침에 바쁜 마이크로소프트 회장님")
        );
        assert_eq!(title("◇ 제목이다\n본문.").as_deref(), Some("제목이다"));
    }

    #[test]
    fn from_the_first_sentence() {
        assert_eq!(
            title("클라우드 컴퓨팅이 격전지로 급부상했다. 내로라하는 업체들이다.").as_deref(),
            Some("클라우드 컴퓨팅이 격전지로 급부상했다")
        );
        let long = "KT가 인공지능(AI)과 클라우드 역량 강화를 위해 마이크로소프트(MS)와 지난달 파트너십을 맺은 가운데 이달 발생한 대란이 암초로 떠올랐다.";
        let t = title(long).unwrap();
        assert!(t.ends_with('…'), "{t}");
        assert!(t.chars().count() <= MAX_DERIVED_CHARS + 1, "{t}");
        assert!(long.starts_with(t.trim_end_matches('…')), "{t}");
        assert_eq!(title("  \n"), None);
    }
}
