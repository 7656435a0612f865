//! Sentence splitting of cleaned article text into character spans.
//!
//! A sentence ends at a line end; at `.`, `?`, `!` or `…` followed by whitespace (outside
//! quotes and brackets, not after a Latin abbreviation); at `다.` glued to the next word
//! (`있다.클라우드`); and after a closing quote that follows such a mark (`했다.” 그는`). Never
//! on decimals (`3.5`). Headings are lines, so they are sentences of their own. An opening quote
//! or bracket left unclosed for long stops counting, so it cannot swallow a paragraph.
//! Vocabulary in `data/sentences.txt`. Linear time.

use std::sync::OnceLock;

use crate::hangul::is_syllable;
use crate::model::Span;

const SENTENCES_TXT: &str = include_str!("../../data/sentences.txt");
/// An opener further back than this many characters is treated as never closed.
const MAX_OPEN_CHARS: usize = 300;
/// Nesting deeper than this is noise.
const MAX_DEPTH: usize = 8;

struct Lexicon {
    tight: Vec<char>,
    abbrev: Vec<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon {
            tight: Vec::new(),
            abbrev: Vec::new(),
        };
        for line in SENTENCES_TXT.lines().map(str::trim) {
            match line.split_once(' ') {
                Some(("tight", w)) => lex.tight.extend(w.trim().chars().next()),
                Some(("abbrev", w)) => lex.abbrev.push(w.trim().to_ascii_lowercase()),
                _ => {}
            }
        }
        lex
    })
}

fn closer(c: char) -> Option<char> {
    Some(match c {
        '(' => ')',
        '[' => ']',
        '{' => '}',
        '“' => '”',
        '‘' => '’',
        '「' => '」',
        '『' => '』',
        '《' => '》',
        '〈' => '〉',
        '<' => '>',
        _ => return None,
    })
}

fn is_closer(c: char) -> bool {
    matches!(
        c,
        ')' | ']' | '}' | '”' | '’' | '」' | '』' | '》' | '〉' | '>'
    )
}

fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '?' | '!' | '…' | '。')
}

/// Splits `text` into sentences: character spans, trimmed, never empty, in order.
pub fn split(text: &str) -> Vec<Span> {
    let lex = lexicon();
    let chars: Vec<char> = text.chars().collect();
    let n = chars.len();
    let mut spans = Vec::new();
    let mut start = 0;
    // Open quotes and brackets: (expected closer, position).
    let mut open: Vec<(char, usize)> = Vec::new();
    let mut i = 0;
    while i < n {
        let c = chars[i];
        let prev = i.checked_sub(1).map(|j| chars[j]);
        let next = chars.get(i + 1).copied();
        if c == '\n' {
            push(&chars, &mut spans, start, i);
            start = i + 1;
            open.clear();
            i += 1;
            continue;
        }
        if let Some(first) = open.first() {
            if i - first.1 > MAX_OPEN_CHARS {
                open.clear();
            }
        }
        let mut closed_here = false;
        if c == '"' || c == '\'' {
            if open.last().is_some_and(|(cl, _)| *cl == c) {
                open.pop();
                closed_here = true;
            } else if prev.is_none_or(|p| p.is_whitespace() || closer(p).is_some())
                && open.len() < MAX_DEPTH
            {
                open.push((c, i));
            }
        } else if let Some(cl) = closer(c) {
            if open.len() < MAX_DEPTH {
                open.push((cl, i));
            }
        } else if is_closer(c) {
            if let Some(pos) = open.iter().rposition(|(cl, _)| *cl == c) {
                open.truncate(pos);
                closed_here = true;
            }
        }
        let ends = if closed_here {
            // `했다.” 그는`: the closer ends the sentence it follows.
            open.is_empty() && prev.is_some_and(is_terminal) && next.is_none_or(char::is_whitespace)
        } else if is_terminal(c) && open.is_empty() {
            terminal_ends(lex, &chars, i)
        } else {
            false
        };
        if ends {
            push(&chars, &mut spans, start, i + 1);
            start = i + 1;
        }
        i += 1;
    }
    push(&chars, &mut spans, start, n);
    spans
}

/// Whether the terminal mark at `i` (outside quotes) ends a sentence.
fn terminal_ends(lex: &Lexicon, chars: &[char], i: usize) -> bool {
    let c = chars[i];
    let prev = i.checked_sub(1).map(|j| chars[j]);
    let next = chars.get(i + 1).copied();
    match next {
        // The last mark of a run (`...`, `?!`) decides.
        Some(nx) if is_terminal(nx) => false,
        None => true,
        Some(nx) if nx.is_whitespace() => c != '.' || !after_abbreviation(lex, chars, i),
        Some(nx) if c == '.' && (is_syllable(nx) || nx.is_ascii_alphabetic()) => {
            prev.is_some_and(|p| lex.tight.contains(&p))
        }
        Some(_) => false,
    }
}

/// `Inc. `, `Dr. `, `U.S. `: a period after a Latin abbreviation or initial.
fn after_abbreviation(lex: &Lexicon, chars: &[char], i: usize) -> bool {
    let mut j = i;
    while j > 0 && chars[j - 1].is_ascii_alphabetic() {
        j -= 1;
        if i - j > 12 {
            return false;
        }
    }
    if j == i {
        return false;
    }
    let word: String = chars[j..i].iter().collect::<String>().to_ascii_lowercase();
    word.len() == 1 || lex.abbrev.contains(&word)
}

fn push(chars: &[char], spans: &mut Vec<Span>, mut start: usize, mut end: usize) {
    while start < end && chars[start].is_whitespace() {
        start += 1;
    }
    while end > start && chars[end - 1].is_whitespace() {
        end -= 1;
    }
    if start < end {
        spans.push(Span {
            start: start as u32,
            end: end as u32,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<String> {
        let chars: Vec<char> = text.chars().collect();
        split(text)
            .iter()
            .map(|s| chars[s.start as usize..s.end as usize].iter().collect())
            .collect()
    }

    #[test]
    fn table_of_splits() {
        let cases: &[(&str, &[&str])] = &[
            ("가했다. 나했다.", &["가했다.", "나했다."]),
            (
                "있다.클라우드 컴퓨팅이다.",
                &["있다.", "클라우드 컴퓨팅이다."],
            ),
            ("이다.AWS가 왔다.", &["이다.", "AWS가 왔다."]),
            ("버전 3.5를 냈다. 끝.", &["버전 3.5를 냈다.", "끝."]),
            (
                "제목 줄\n본문이다. 둘째다.",
                &["제목 줄", "본문이다.", "둘째다."],
            ),
            (
                "그는 “좋다. 아주 좋다.”라고 말했다. 다음이다.",
                &["그는 “좋다. 아주 좋다.”라고 말했다.", "다음이다."],
            ),
            (
                "“기회입니다.” 그는 말했다.",
                &["“기회입니다.”", "그는 말했다."],
            ),
            ("정말요? 네! 그래요.", &["정말요?", "네!", "그래요."]),
            (
                "Amazon Inc. 는 컸다. U.S. 군이다.",
                &["Amazon Inc. 는 컸다.", "U.S. 군이다."],
            ),
            (
                "(괄호 안이다. 계속) 밖이다.",
                &["(괄호 안이다. 계속) 밖이다."],
            ),
            ("닷넷(.Net)을 가져온다.", &["닷넷(.Net)을 가져온다."]),
            ("말줄임... 다음이다.", &["말줄임...", "다음이다."]),
        ];
        for (text, want) in cases {
            assert_eq!(sentences(text), *want, "{text}");
        }
    }

    #[test]
    fn spans_are_character_offsets() {
        let text = "가나다. ABC.";
        let s = split(text);
        assert_eq!(s[0], Span { start: 0, end: 4 });
        assert_eq!(s[1], Span { start: 5, end: 9 });
    }

    #[test]
    fn an_unclosed_quote_does_not_swallow_the_paragraph() {
        let mut text = String::from("‘테스트 베드를 개설한다고 발표했다.");
        for _ in 0..60 {
            text.push_str("다음 문장이 이어진다.");
        }
        assert!(split(&text).len() > 10);
    }

    #[test]
    fn a_huge_single_line_is_fine() {
        let text = "가".repeat(200_000);
        assert_eq!(split(&text).len(), 1);
    }
}
