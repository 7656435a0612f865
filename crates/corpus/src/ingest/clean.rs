//! Removing what is not article text: comment boxes, photo captions, bylines, separators and
//! duplicated lines, keeping a note of each removal.
//!
//! Patterns are data (`data/boilerplate.txt`). Lines are only dropped whole (a leading bracket
//! byline is cut off its line); article sentences are never rewritten. Linear time: pattern
//! tests only look at short lines.

use std::sync::OnceLock;

use super::byline::{self, Byline};

const BOILERPLATE_TXT: &str = include_str!("../../data/boilerplate.txt");
/// Longer lines are article text and are not tested against the patterns.
const MAX_PATTERN_LINE_CHARS: usize = 200;
/// A weak caption marker only counts on a line at most this long.
const MAX_CAPTION_CHARS: usize = 150;
/// Notes quote at most this much of a removed line.
const NOTE_QUOTE_CHARS: usize = 40;

/// Cleaned text with what was learnt and removed on the way.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Cleaned {
    /// Lines joined with `\n`, runs of blank lines collapsed to one, no leading/trailing blanks.
    pub text: String,
    /// Metadata found in byline and date lines, first value wins.
    pub byline: Byline,
    /// One note per removal.
    pub notes: Vec<String>,
}

#[derive(Debug, Default)]
struct Rules {
    exact: Vec<String>,
    prefix: Vec<String>,
    count: Vec<String>,
    caption: Vec<String>,
    caption_weak: Vec<String>,
}

fn rules() -> &'static Rules {
    static RULES: OnceLock<Rules> = OnceLock::new();
    RULES.get_or_init(|| {
        let mut r = Rules::default();
        for line in BOILERPLATE_TXT.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((kind, pattern)) = line.split_once(' ') else {
                continue;
            };
            let pattern = super::normalize::normalize(pattern.trim());
            match kind {
                "exact" => r.exact.push(pattern),
                "prefix" => r.prefix.push(pattern),
                "count" => r.count.push(pattern),
                "caption" => r.caption.push(pattern),
                "caption-weak" => r.caption_weak.push(pattern),
                _ => {}
            }
        }
        r
    })
}

/// Why a line was dropped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Drop {
    CommentBox,
    Caption,
    Separator,
}

fn classify(line: &str) -> Option<Drop> {
    if !line.chars().any(char::is_alphanumeric) {
        return Some(Drop::Separator);
    }
    let n = line.chars().count();
    if n > MAX_PATTERN_LINE_CHARS {
        return None;
    }
    let r = rules();
    let counted = |p: &String| {
        line.strip_prefix(p.as_str()).is_some_and(|rest| {
            let rest = rest.trim_start();
            !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit() || c == ',')
        })
    };
    if r.exact.iter().any(|p| line == p)
        || r.prefix.iter().any(|p| line.starts_with(p.as_str()))
        || r.count.iter().any(counted)
    {
        return Some(Drop::CommentBox);
    }
    if r.caption.iter().any(|p| line.contains(p.as_str())) {
        return Some(Drop::Caption);
    }
    let sentence_end = line.ends_with("다.") || line.ends_with("요.") || line.ends_with('?');
    if n <= MAX_CAPTION_CHARS
        && !sentence_end
        && r.caption_weak.iter().any(|p| line.contains(p.as_str()))
    {
        return Some(Drop::Caption);
    }
    None
}

fn quote(line: &str) -> String {
    let mut q: String = line.chars().take(NOTE_QUOTE_CHARS).collect();
    if line.chars().nth(NOTE_QUOTE_CHARS).is_some() {
        q.push('…');
    }
    q
}

fn merge(into: &mut Byline, from: Byline) {
    into.outlet = into.outlet.take().or(from.outlet);
    into.reporter = into.reporter.take().or(from.reporter);
    into.url = into.url.take().or(from.url);
    into.date = into.date.take().or(from.date);
}

/// Cleans normalised text (see the module doc).
pub fn clean(text: &str) -> Cleaned {
    let mut out = Cleaned::default();
    let mut kept: Vec<String> = Vec::new();
    let mut previous: Option<&str> = None;
    for raw in text.split('\n') {
        let line = raw.trim();
        if line.is_empty() {
            kept.push(String::new());
            continue;
        }
        let repeated = previous == Some(line);
        previous = Some(line);
        if let Some(kind) = classify(line) {
            let what = match kind {
                Drop::CommentBox => "comment-box line",
                Drop::Caption => "photo caption",
                Drop::Separator => "separator line",
            };
            out.notes
                .push(format!("removed {what}: \"{}\"", quote(line)));
            continue;
        }
        if repeated {
            out.notes
                .push(format!("removed repeated line: \"{}\"", quote(line)));
            continue;
        }
        if let Some(meta) = byline::parse_line(line) {
            let b = &meta.byline;
            let mut parts = Vec::new();
            if let Some(o) = &b.outlet {
                parts.push(format!("outlet {o}"));
            }
            if let Some(r) = &b.reporter {
                parts.push(format!("reporter {r}"));
            }
            if let Some(d) = &b.date {
                parts.push(format!("date {d}"));
            }
            if b.url.is_some() {
                parts.push("url".to_string());
            }
            if parts.is_empty() {
                parts.push("e-mail".to_string());
            }
            out.notes.push(format!(
                "removed byline ({}): \"{}\"",
                parts.join(", "),
                quote(line)
            ));
            merge(&mut out.byline, meta.byline);
            if !meta.rest.is_empty() {
                kept.push(meta.rest);
            }
            continue;
        }
        kept.push(line.to_string());
    }
    let mut text = String::with_capacity(text.len());
    let mut blank = false;
    for line in kept {
        if line.is_empty() {
            blank = !text.is_empty();
            continue;
        }
        if !text.is_empty() {
            text.push_str(if blank { "\n\n" } else { "\n" });
        }
        blank = false;
        text.push_str(&line);
    }
    out.text = text;
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn captions_comment_boxes_and_bylines_go() {
        let raw = "클라우드 교두보를 마련한다.    출처= 마이크로소프트\n\
                   클라우드 교두보를 마련한다.    출처= 마이크로소프트\n\n \n\n\
                   [이코노믹리뷰=홍석윤 기자] 마이크로소프트가 손잡았다.\n\n\
                   둘째 문단이다.\n\n---\n\n\
                   글. 바이라인네트워크\n<심재석 기자>shimsky@byline.network\n\n\
                   답글 남기기\n\n이메일 주소는 공개되지 않습니다. 필수 필드는 *로 표시됩니다\n댓글0";
        let c = clean(raw);
        assert_eq!(c.text, "마이크로소프트가 손잡았다.\n\n둘째 문단이다.");
        assert_eq!(c.byline.outlet.as_deref(), Some("이코노믹리뷰"));
        assert_eq!(c.byline.reporter.as_deref(), Some("홍석윤"));
        assert!(
            c.notes
                .iter()
                .filter(|n| n.contains("photo caption"))
                .count()
                == 2
        );
        assert!(c.notes.iter().any(|n| n.contains("comment-box")));
        assert!(c.notes.iter().any(|n| n.contains("separator")));
    }

    #[test]
    fn a_repeated_line_is_kept_once() {
        let c = clean("같은 줄이다.\n같은 줄이다.\n다른 줄이다.");
        assert_eq!(c.text, "같은 줄이다.\n다른 줄이다.");
        assert_eq!(c.notes.len(), 1);
    }

    #[test]
    fn weak_captions_only_when_not_a_sentence() {
        let c = clean("사티아 나델라 CEO(왼쪽)과 짐 화이트허스트 CEO(오른쪽)\n본문이다.\n그가 (왼쪽) 자리에 앉았다.");
        assert_eq!(c.text, "본문이다.\n그가 (왼쪽) 자리에 앉았다.");
    }

    #[test]
    fn headings_and_long_lines_stay() {
        let long = "가".repeat(200_000);
        let raw = format!("◇ KT클라우드 키웠는데\n{long}");
        let c = clean(&raw);
        assert_eq!(
            c.text.chars().count(),
            200_000 + "◇ KT클라우드 키웠는데\n".chars().count()
        );
    }
}
