//! Sentence spans for extraction: the article's own (from ingestion) when it has them, else a
//! plain fallback split, so extraction works on hand-built articles too.
//!
//! Never rewrites the article; ingestion owns real sentence splitting.

use crate::hangul::is_syllable;
use crate::model::{Article, Span};

/// The article's sentences, or a fallback split of its text.
pub fn sentence_spans(article: &Article) -> Vec<Span> {
    if !article.sentences.is_empty() {
        return article.sentences.clone();
    }
    split(&article.text.chars().collect::<Vec<_>>())
}

/// Splits at line ends, and after `.?!` that follows a Hangul syllable outside quotes and
/// brackets (with or without a space after it).
pub fn split(chars: &[char]) -> Vec<Span> {
    let mut spans = Vec::new();
    let mut start = 0usize;
    let mut depth = 0i32;
    let push = |s: usize, e: usize, spans: &mut Vec<Span>| {
        let (mut s, mut e) = (s, e);
        while s < e && chars[s].is_whitespace() {
            s += 1;
        }
        while e > s && chars[e - 1].is_whitespace() {
            e -= 1;
        }
        if s < e {
            spans.push(Span {
                start: s as u32,
                end: e as u32,
            });
        }
    };
    for (i, &c) in chars.iter().enumerate() {
        match c {
            '“' | '(' | '[' | '「' => depth += 1,
            '”' | ')' | ']' | '」' => depth = (depth - 1).max(0),
            _ => {}
        }
        let end_here = if c == '\n' {
            depth = 0;
            true
        } else if matches!(c, '.' | '?' | '!') && depth == 0 {
            let prev_ok = i > 0 && is_syllable(chars[i - 1]);
            let next = chars.get(i + 1).copied();
            prev_ok && next.is_none_or(|n| n.is_whitespace() || is_syllable(n))
        } else {
            false
        };
        if end_here {
            push(start, i + 1, &mut spans);
            start = i + 1;
        }
    }
    push(start, chars.len(), &mut spans);
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_tight_periods_but_not_quotes_or_decimals() {
        let chars: Vec<char> = "있다.클라우드는 1.5배다. 그는 “좋다. 정말”이라고 했다.\n둘째"
            .chars()
            .collect();
        let texts: Vec<String> = split(&chars)
            .iter()
            .map(|s| chars[s.start as usize..s.end as usize].iter().collect())
            .collect();
        assert_eq!(
            texts,
            [
                "있다.",
                "클라우드는 1.5배다.",
                "그는 “좋다. 정말”이라고 했다.",
                "둘째"
            ]
        );
    }
}
