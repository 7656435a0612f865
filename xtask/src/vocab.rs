//! The generator's vocabulary (`xtask/data/articles.txt`): topics, outlets, reporters, people,
//! filler sentences and deal-sentence templates, parsed once and checked.
//!
//! A template is a list of pieces: literal text, a company with its particle, a date phrase, a
//! topic or an amount. Rendering is done by `gen`, which owns the random choices.

use crate::korean::Josa;

const ARTICLES_TXT: &str = include_str!("../data/articles.txt");
const FILE: &str = "xtask/data/articles.txt";

/// One piece of a deal-sentence template.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    /// Company `a` (0) or `b` (1) followed by a particle.
    Company(usize, Josa),
    When,
    Topic,
    /// An amount, with a particle when given.
    Amount(Option<Josa>),
}

/// The parsed vocabulary.
#[derive(Debug, Default)]
pub struct Vocab {
    pub topics: Vec<String>,
    pub outlets: Vec<String>,
    pub reporters: Vec<String>,
    /// (name, title)
    pub people: Vec<(String, String)>,
    pub fillers: Vec<String>,
    pub deal_sentences: Vec<Vec<Piece>>,
}

impl Vocab {
    /// The shipped vocabulary, or an error naming the file and line.
    pub fn builtin() -> Result<Vocab, String> {
        parse(ARTICLES_TXT).map_err(|(line, msg)| format!("{FILE}:{line}: {msg}"))
    }
}

fn parse(text: &str) -> Result<Vocab, (usize, String)> {
    let mut v = Vocab::default();
    let mut section = String::new();
    for (i, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let n = i + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            section = name.to_string();
            continue;
        }
        let entry = line.to_string();
        match section.as_str() {
            "topics" => v.topics.push(entry),
            "outlets" => v.outlets.push(entry),
            "reporters" => v.reporters.push(entry),
            "fillers" => v.fillers.push(entry),
            "people" => match line.rsplit_once(' ') {
                Some((name, title)) => v.people.push((name.to_string(), title.to_string())),
                None => return Err((n, "a person is `name title`".into())),
            },
            "deal_sentences" => v.deal_sentences.push(template(line).map_err(|m| (n, m))?),
            "" => return Err((n, "an entry before any [section]".into())),
            other => return Err((n, format!("unknown section [{other}]"))),
        }
    }
    let empty = [
        ("topics", v.topics.is_empty()),
        ("outlets", v.outlets.is_empty()),
        ("reporters", v.reporters.is_empty()),
        ("people", v.people.is_empty()),
        ("fillers", v.fillers.is_empty()),
        ("deal_sentences", v.deal_sentences.is_empty()),
    ];
    if let Some((name, _)) = empty.iter().find(|(_, e)| *e) {
        return Err((
            text.lines().count(),
            format!("section [{name}] is missing or empty"),
        ));
    }
    Ok(v)
}

/// Parses `{a:이} {when}{b:와} ... 체결했다.` into pieces.
fn template(line: &str) -> Result<Vec<Piece>, String> {
    let mut pieces = Vec::new();
    let mut rest = line;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            pieces.push(Piece::Text(rest[..open].to_string()));
        }
        let Some(close) = rest[open..].find('}') else {
            return Err(format!("unclosed `{{` in `{line}`"));
        };
        let name = &rest[open + 1..open + close];
        pieces.push(placeholder(name)?);
        rest = &rest[open + close + 1..];
    }
    if !rest.is_empty() {
        pieces.push(Piece::Text(rest.to_string()));
    }
    Ok(pieces)
}

fn placeholder(name: &str) -> Result<Piece, String> {
    let (head, josa) = match name.split_once(':') {
        Some((h, j)) => (h, Some(josa(j)?)),
        None => (name, None),
    };
    Ok(match (head, josa) {
        ("a", Some(j)) => Piece::Company(0, j),
        ("b", Some(j)) => Piece::Company(1, j),
        ("when", None) => Piece::When,
        ("topic", None) => Piece::Topic,
        ("amount", j) => Piece::Amount(j),
        _ => return Err(format!("unknown placeholder `{{{name}}}`")),
    })
}

fn josa(written: &str) -> Result<Josa, String> {
    Ok(match written {
        "이" | "가" => Josa::Subject,
        "은" | "는" => Josa::Topic,
        "을" | "를" => Josa::Object,
        "와" | "과" => Josa::With,
        "로부터" | "으로부터" => Josa::From,
        "에" => Josa::At,
        "의" => Josa::Of,
        other => return Err(format!("unknown particle `{other}`")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_vocabulary_parses() {
        let v = Vocab::builtin().unwrap();
        assert!(v.deal_sentences.len() >= 10);
        assert!(v.people.iter().all(|(n, t)| !n.is_empty() && !t.is_empty()));
    }

    #[test]
    fn templates_and_their_errors() {
        assert_eq!(
            template("{a:은} {b:와} {amount:를} 규모").unwrap(),
            [
                Piece::Company(0, Josa::Topic),
                Piece::Text(" ".into()),
                Piece::Company(1, Josa::With),
                Piece::Text(" ".into()),
                Piece::Amount(Some(Josa::Object)),
                Piece::Text(" 규모".into()),
            ]
        );
        assert!(template("{c:은}").is_err());
        assert!(template("{a:도}").is_err());
        assert!(template("{a").is_err());
        assert_eq!(parse("x\n").unwrap_err().0, 1);
        assert_eq!(parse("[people]\n김철수\n").unwrap_err().0, 2);
        assert!(parse("[nope]\nx\n").is_err());
    }
}
