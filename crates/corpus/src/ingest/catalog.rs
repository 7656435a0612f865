//! The optional `catalog.toml` beside the articles: per-article metadata given by hand.
//!
//! ```toml
//! # one table per article, keyed by the file stem
//! ["000_example"]
//! title = "..."          # all fields optional
//! outlet = "..."
//! reporter = "..."
//! date = "2020-10"       # YYYY-MM-DD, YYYY-MM or YYYY
//! url = "https://..."
//! ```
//!
//! A syntax error, a value that is not a string or a malformed date stops the build with the
//! line; an unknown key is a warning. This module only reads the file: it never checks whether
//! the articles exist (the caller does).

use std::collections::BTreeMap;
use std::path::Path;

use toml::Spanned;

use crate::error::{Error, Warning};

/// The known fields of one catalog entry.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Entry {
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub reporter: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
    /// 1-based line of the entry's table.
    pub line: usize,
}

type Raw = BTreeMap<String, Spanned<BTreeMap<String, Spanned<toml::Value>>>>;

/// Parses a catalog. `path` is only used in messages.
pub fn parse(path: &Path, src: &str) -> Result<(BTreeMap<String, Entry>, Vec<Warning>), Error> {
    let lines = LineStarts::new(src);
    let raw: Raw = toml::from_str(src).map_err(|e| Error::Data {
        path: path.to_path_buf(),
        line: e.span().map_or(1, |s| lines.line_at(s.start)),
        message: format!(
            "catalog: {} (expected one table per article, `[\"<file stem>\"]`, of string values)",
            e.message()
        ),
    })?;
    let mut entries = BTreeMap::new();
    let mut warnings = Vec::new();
    for (id, table) in raw {
        let mut entry = Entry {
            line: lines.line_at(table.span().start),
            ..Default::default()
        };
        for (key, value) in table.into_inner() {
            let line = lines.line_at(value.span().start);
            let data_error = |message: String| Error::Data {
                path: path.to_path_buf(),
                line,
                message,
            };
            let slot = match key.as_str() {
                "title" => &mut entry.title,
                "outlet" => &mut entry.outlet,
                "reporter" => &mut entry.reporter,
                "date" => &mut entry.date,
                "url" => &mut entry.url,
                other => {
                    warnings.push(Warning {
                        path: path.to_path_buf(),
                        line: Some(line),
                        message: format!("catalog: unknown key `{other}` in [\"{id}\"] ignored"),
                    });
                    continue;
                }
            };
            let s = match value.into_inner() {
                toml::Value::String(s) => s,
                // `date = 2020-10-21` written as a TOML date.
                toml::Value::Datetime(d) if key == "date" => d.to_string(),
                _ => {
                    return Err(data_error(format!(
                        "catalog: `{key}` of [\"{id}\"] must be a string"
                    )))
                }
            };
            let s = s.trim().to_string();
            if key == "date" && crate::date::parse_pub_date(&s).is_none() {
                return Err(data_error(format!(
                    "catalog: date `{s}` of [\"{id}\"] is not YYYY-MM-DD, YYYY-MM or YYYY"
                )));
            }
            if !s.is_empty() {
                *slot = Some(s);
            }
        }
        entries.insert(id, entry);
    }
    Ok((entries, warnings))
}

/// Where each newline of a text is, so that the line of any byte offset is one binary search
/// (the catalog has one entry per article: counting from the start for each would be
/// quadratic in its length).
struct LineStarts {
    newlines: Vec<usize>,
    len: usize,
}

impl LineStarts {
    fn new(src: &str) -> LineStarts {
        LineStarts {
            newlines: src.match_indices('\n').map(|(b, _)| b).collect(),
            len: src.len(),
        }
    }

    /// The 1-based line of byte offset `byte`: one plus the newlines before it (an offset past
    /// the end counts every newline).
    fn line_at(&self, byte: usize) -> usize {
        let byte = byte.min(self.len);
        self.newlines.partition_point(|&b| b < byte) + 1
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nested_table_is_an_error_with_a_hint() {
        let src = "[\"a\"]\ntitle = \"T\"\n\n[articles.\"b\"]\ntitle = \"U\"\n";
        match parse(Path::new("catalog.toml"), src) {
            Err(Error::Data { line, message, .. }) => {
                assert_eq!(line, 4, "{message}");
                assert!(message.contains("[\"<file stem>\"]"), "{message}");
            }
            other => panic!("expected a data error, got {other:?}"),
        }
    }

    #[test]
    fn entries_and_lines() {
        let src = "# c\n[\"a\"]\ndate = \"2020-10\"\ntitle = \"T\"\n\n[\"b\"]\nurl = \"u\"\nextra = \"x\"\n";
        let (entries, warnings) = parse(Path::new("catalog.toml"), src).unwrap();
        assert_eq!(entries["a"].date.as_deref(), Some("2020-10"));
        assert_eq!(entries["a"].title.as_deref(), Some("T"));
        assert_eq!(entries["b"].url.as_deref(), Some("u"));
        assert_eq!(warnings.len(), 1);
        assert_eq!(warnings[0].line, Some(8));
    }

    #[test]
    fn line_of_an_offset_counts_the_newlines_before_it() {
        let src = "a\nbc\n\nd";
        let lines = LineStarts::new(src);
        let counted = |byte: usize| src[..byte.min(src.len())].matches('\n').count() + 1;
        for byte in 0..=src.len() + 2 {
            assert_eq!(lines.line_at(byte), counted(byte), "{byte}");
        }
    }

    #[test]
    fn bad_dates_and_syntax_name_the_line() {
        let err = parse(Path::new("c.toml"), "[\"a\"]\n\ndate = \"2020/10\"\n").unwrap_err();
        assert!(matches!(err, Error::Data { line: 3, .. }), "{err}");
        let err = parse(Path::new("c.toml"), "[\"a\"]\ndate = 2020\n").unwrap_err();
        assert!(matches!(err, Error::Data { line: 2, .. }), "{err}");
        let err = parse(Path::new("c.toml"), "\n\n[\"a\"\n").unwrap_err();
        assert!(matches!(err, Error::Data { line: 3, .. }), "{err}");
    }
}
