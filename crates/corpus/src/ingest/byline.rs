//! Bylines and metadata lines: who wrote an article, for which outlet, and when.
//!
//! Recognises `[이코노믹리뷰=홍석윤 기자] 본문...`, `(서울=연합뉴스) 김철수 기자 = 본문...`,
//! `<심재석 기자>shimsky@...`, `홍길동 기자 hong@example.com`, `글. 바이라인네트워크`, lone e-mail
//! addresses and URLs, and date lines (`입력 2024.07.25 10:30`). The vocabulary is data in
//! `data/bylines.txt`. Never treats a line that reads as a sentence (`...다.`) as a byline.

use std::sync::OnceLock;

use crate::hangul::is_syllable;

const BYLINES_TXT: &str = include_str!("../../data/bylines.txt");
/// A byline line is short; longer lines are article text.
const MAX_BYLINE_CHARS: usize = 80;
/// How far a bracketed byline may reach (`[이코노믹리뷰=홍석윤 기자]`).
const MAX_BRACKET_CHARS: usize = 40;

/// What one line says about the article.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Byline {
    pub outlet: Option<String>,
    pub reporter: Option<String>,
    pub url: Option<String>,
    /// `YYYY-MM-DD` (or shorter) from a date line.
    pub date: Option<String>,
}

/// A line recognised as (or starting with) metadata.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LineMeta {
    pub byline: Byline,
    /// The article text left on the line after a leading bracket byline (may be empty).
    pub rest: String,
}

struct Lexicon {
    roles: Vec<String>,
    writers: Vec<String>,
    datelines: Vec<String>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| {
        let mut lex = Lexicon {
            roles: Vec::new(),
            writers: Vec::new(),
            datelines: Vec::new(),
        };
        for line in BYLINES_TXT.lines().map(str::trim) {
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((kind, word)) = line.split_once(' ') else {
                continue;
            };
            let word = word.trim().to_string();
            match kind {
                "role" => lex.roles.push(word),
                "writer" => lex.writers.push(word),
                "dateline" => lex.datelines.push(word),
                _ => {}
            }
        }
        for v in [&mut lex.roles, &mut lex.writers, &mut lex.datelines] {
            v.sort_by_key(|w| std::cmp::Reverse(w.chars().count()));
        }
        lex
    })
}

/// Recognises metadata in one (trimmed) line. `None` when the line is article text.
pub fn parse_line(line: &str) -> Option<LineMeta> {
    if let Some(meta) = leading_bracket(line) {
        return Some(meta);
    }
    if line.chars().count() > MAX_BYLINE_CHARS || reads_as_sentence(line) {
        return None;
    }
    let whole = |byline: Byline| {
        Some(LineMeta {
            byline,
            rest: String::new(),
        })
    };
    let lex = lexicon();
    if let Some(w) = lex.writers.iter().find(|w| line.starts_with(w.as_str())) {
        let value = line[w.len()..].trim();
        if value.is_empty() {
            return None;
        }
        return whole(match reporter_of(value) {
            Some((outlet, reporter)) => Byline {
                outlet,
                reporter: Some(reporter),
                ..Default::default()
            },
            None => Byline {
                outlet: Some(value.to_string()),
                ..Default::default()
            },
        });
    }
    if let Some(date) = date_line(line) {
        return whole(Byline {
            date: Some(date),
            ..Default::default()
        });
    }
    if is_url(line) {
        return whole(Byline {
            url: Some(line.to_string()),
            ..Default::default()
        });
    }
    if is_email(line) {
        return whole(Byline::default());
    }
    let (outlet, reporter) = reporter_of(line)?;
    whole(Byline {
        outlet,
        reporter: Some(reporter),
        ..Default::default()
    })
}

/// `다.`, `요.` or any `.`/`?`/`!` after a syllable at the end: a sentence, not a byline.
fn reads_as_sentence(line: &str) -> bool {
    let mut rev = line.trim_end().chars().rev();
    matches!(
        (rev.next(), rev.next()),
        (Some('.' | '?' | '!'), Some(c)) if is_syllable(c)
    )
}

/// `[이코노믹리뷰=홍석윤 기자] 본문`, `(서울=연합뉴스) 김철수 기자 = 본문`, `[홍길동 기자] 본문`.
fn leading_bracket(line: &str) -> Option<LineMeta> {
    let open = line.chars().next()?;
    let close = match open {
        '[' => ']',
        '(' => ')',
        '【' => '】',
        '<' => '>',
        _ => return None,
    };
    let inner_end = line
        .char_indices()
        .take(MAX_BRACKET_CHARS)
        .find(|(_, c)| *c == close)
        .map(|(i, _)| i)?;
    let inner = line[open.len_utf8()..inner_end].trim();
    let mut rest = line[inner_end + close.len_utf8()..].trim_start();
    let mut byline = Byline::default();
    match inner.split_once('=') {
        Some((left, right)) => {
            let (left, right) = (left.trim(), right.trim());
            if let Some((_, reporter)) = reporter_of(right) {
                byline.outlet = (!left.is_empty()).then(|| left.to_string());
                byline.reporter = Some(reporter);
            } else if !right.is_empty() && right.chars().count() <= 20 && !left.is_empty() {
                // (서울=연합뉴스): place = outlet, then `김철수 기자 =`.
                byline.outlet = Some(right.to_string());
                if let Some((head, tail)) = rest.split_once('=') {
                    if let Some((_, reporter)) = reporter_of(head.trim()) {
                        byline.reporter = Some(reporter);
                        rest = tail.trim_start();
                    }
                }
                if byline.reporter.is_none() && open != '(' {
                    return None;
                }
            } else {
                return None;
            }
        }
        None => {
            let (outlet, reporter) = reporter_of(inner)?;
            byline.outlet = outlet;
            byline.reporter = Some(reporter);
        }
    }
    // `<심재석 기자>shimsky@byline.network`: an address is not article text.
    let rest = if is_email(rest) { "" } else { rest };
    Some(LineMeta {
        byline,
        rest: rest.to_string(),
    })
}

/// `심재석 기자`, `<심재석 기자>shimsky@x`, `IT조선 홍길동 기자`, `홍길동기자`:
/// (outlet before the name, reporter name). Names are 2 to 5 Hangul syllables.
fn reporter_of(s: &str) -> Option<(Option<String>, String)> {
    let cleaned: String = s
        .chars()
        .map(|c| if "<>[]()/=,|·".contains(c) { ' ' } else { c })
        .collect();
    let tokens: Vec<&str> = cleaned
        .split_whitespace()
        .filter(|t| !t.contains('@'))
        .collect();
    let (last, before) = tokens.split_last()?;
    let role = lexicon()
        .roles
        .iter()
        .find(|r| last.ends_with(r.as_str()))?;
    let (name, outlet_tokens) = if *last == role.as_str() {
        let (name, outlet) = before.split_last()?;
        (*name, outlet)
    } else {
        (&last[..last.len() - role.len()], before)
    };
    let n = name.chars().count();
    if !(2..=5).contains(&n) || !name.chars().all(is_syllable) || outlet_tokens.len() > 2 {
        return None;
    }
    let outlet = (!outlet_tokens.is_empty()).then(|| outlet_tokens.join(" "));
    Some((outlet, name.to_string()))
}

fn is_email(line: &str) -> bool {
    let t = line.trim_matches(|c: char| "<>()[] ".contains(c));
    !t.contains(' ')
        && t.split_once('@')
            .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'))
}

fn is_url(line: &str) -> bool {
    (line.starts_with("http://") || line.starts_with("https://")) && !line.contains(' ')
}

/// `입력 2024.07.25 10:30`, `2024-07-25`, `2024년 7월 25일` on a line of its own.
fn date_line(line: &str) -> Option<String> {
    let lex = lexicon();
    let body = match lex.datelines.iter().find(|w| line.starts_with(w.as_str())) {
        Some(w) => line[w.len()..].trim_start_matches([' ', ':', ']']),
        None => line,
    };
    let found = crate::date::find_dates(body, None);
    let first = found.first()?;
    if first.start != 0 || first.date.relative {
        return None;
    }
    // Only a time may follow: `10:30`, `오후 3:20`.
    let tail = body[first.end..].trim();
    let time_only = tail
        .chars()
        .all(|c| c.is_ascii_digit() || " :.오전후AMP".contains(c));
    time_only.then(|| first.date.iso())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(line: &str) -> Option<(Option<String>, Option<String>, String)> {
        parse_line(line).map(|m| (m.byline.outlet, m.byline.reporter, m.rest))
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn bracket_bylines() {
        assert_eq!(
            meta("[이코노믹리뷰=홍석윤 기자] 마이크로소프트가 열었다."),
            Some((
                s("이코노믹리뷰"),
                s("홍석윤"),
                "마이크로소프트가 열었다.".into()
            ))
        );
        assert_eq!(
            meta("(서울=연합뉴스) 김철수 기자 = KT가 발표했다."),
            Some((s("연합뉴스"), s("김철수"), "KT가 발표했다.".into()))
        );
        assert_eq!(
            meta("[홍길동 기자] 본문"),
            Some((None, s("홍길동"), "본문".into()))
        );
    }

    #[test]
    fn reporter_and_writer_lines() {
        assert_eq!(
            meta("<심재석 기자>shimsky@byline.network"),
            Some((None, s("심재석"), String::new()))
        );
        assert_eq!(
            meta("글. 바이라인네트워크"),
            Some((s("바이라인네트워크"), None, String::new()))
        );
        assert_eq!(
            meta("IT조선 홍길동 기자 hong@example.com"),
            Some((s("IT조선"), s("홍길동"), String::new()))
        );
        assert!(parse_line("someone@example.com").is_some());
    }

    #[test]
    fn dates_and_urls() {
        let m = parse_line("입력 2024.07.25 10:30").unwrap();
        assert_eq!(m.byline.date, s("2024-07-25"));
        let u = parse_line("https://example.com/news/1").unwrap();
        assert_eq!(u.byline.url, s("https://example.com/news/1"));
    }

    #[test]
    fn article_text_is_not_a_byline() {
        for line in [
            "그는 기자에게 말했다.",
            "KT는 지난달 3일(현지시각) MS와 파트너십을 맺었다.",
            "(KT그룹 계열사인) KT클라우드가 이미 강자다.",
            "[단독] 아마존, 한국 진출",
            "적과의 동침에 바쁜 마이크로소프트 회장님",
            "2024년 2월까지 임차 계약을 맺었다.",
        ] {
            assert_eq!(parse_line(line), None, "{line}");
        }
    }
}
