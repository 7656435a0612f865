//! Export of a dataset as JSON or CSV: the CLI's stable interface for other tools.
//!
//! JSON is one object `{articles, companies, deals, mentions, people}` with flat, documented
//! field names (not the internal model's serde shape, so the model may change without breaking
//! users). CSV is one file per table, UTF-8 with a BOM (so spreadsheet programs read Korean),
//! CRLF line ends and RFC 4180 quoting. This module never reads articles or runs extraction.

use std::path::{Path, PathBuf};

use serde_json::{json, Value};

use crate::error::Error;
use crate::model::{Article, Company, Dataset, DatePrecision, Deal, Field, Mention, Person, Span};

/// The UTF-8 byte order mark written at the start of every CSV file.
pub const BOM: &str = "\u{FEFF}";

fn field(f: &Field) -> Value {
    f.value
        .as_deref()
        .map_or(Value::Null, |v| Value::String(v.to_string()))
}

fn source(f: &Field) -> &'static str {
    match f.source {
        crate::model::Provenance::Catalog => "catalog",
        crate::model::Provenance::Derived => "derived",
        crate::model::Provenance::Missing => "missing",
    }
}

fn precision(p: DatePrecision) -> &'static str {
    match p {
        DatePrecision::Day => "day",
        DatePrecision::Month => "month",
        DatePrecision::Year => "year",
    }
}

/// Every article's text with the byte offset of every [`STRIDE`]th character, so a mention's
/// text is found without walking the article from its start (a 20 MB article with a million
/// mentions stays linear).
struct Texts<'a> {
    by_id: std::collections::HashMap<&'a str, (&'a str, Vec<usize>)>,
}

const STRIDE: usize = 64;

impl<'a> Texts<'a> {
    fn new(ds: &'a Dataset) -> Texts<'a> {
        let by_id = ds
            .articles
            .iter()
            .map(|a| {
                let marks = a
                    .text
                    .char_indices()
                    .step_by(STRIDE)
                    .map(|(b, _)| b)
                    .collect();
                (a.id.as_str(), (a.text.as_str(), marks))
            })
            .collect();
        Texts { by_id }
    }

    /// The characters of article `id` in `span` (empty when out of range or unknown).
    fn slice(&self, id: &str, span: Span) -> String {
        let Some((text, marks)) = self.by_id.get(id) else {
            return String::new();
        };
        let (start, len) = (
            span.start as usize,
            span.end.saturating_sub(span.start) as usize,
        );
        let Some(&from) = marks.get(start / STRIDE) else {
            return String::new();
        };
        text[from..]
            .chars()
            .skip(start % STRIDE)
            .take(len)
            .collect()
    }
}

fn article_json(a: &Article) -> Value {
    json!({
        "id": a.id,
        "title": field(&a.title),
        "date": field(&a.date),
        "outlet": field(&a.outlet),
        "reporter": field(&a.reporter),
        "url": field(&a.url),
        "sources": {
            "title": source(&a.title),
            "date": source(&a.date),
            "outlet": source(&a.outlet),
            "reporter": source(&a.reporter),
            "url": source(&a.url),
        },
        "sentences": a.sentences.len(),
        "chars": a.text.chars().count(),
        "notes": a.notes,
        "text": a.text,
    })
}

fn company_json(c: &Company) -> Value {
    json!({
        "id": c.id,
        "name": c.name,
        "name_ko": c.name_ko,
        "aliases": c.aliases,
        "kind": kind_id(c),
        "country": c.country,
        "sectors": c.sectors,
        "parent": c.parent,
        "known": c.known,
    })
}

fn kind_id(c: &Company) -> &'static str {
    match c.kind {
        crate::model::CompanyKind::Company => "company",
        crate::model::CompanyKind::Government => "government",
        crate::model::CompanyKind::Association => "association",
        crate::model::CompanyKind::Research => "research",
        crate::model::CompanyKind::Other => "other",
    }
}

fn role_id(d: &crate::model::Party) -> Value {
    d.role
        .and_then(|r| serde_json::to_value(r).ok())
        .unwrap_or(Value::Null)
}

fn deal_json(d: &Deal) -> Value {
    json!({
        "id": d.id,
        "kind": d.kind.id(),
        "parties": d.party_ids().collect::<Vec<_>>(),
        "roles": d.parties.iter().map(|p| json!({"company": p.company, "role": role_id(p)})).collect::<Vec<_>>(),
        "article": d.article,
        "date": d.date.as_ref().map(|x| x.iso()),
        "date_precision": d.date.as_ref().map(|x| precision(x.precision)),
        "date_text": d.date.as_ref().map(|x| x.text.clone()),
        "date_relative": d.date.as_ref().map(|x| x.relative),
        "amount": d.amount.as_ref().map(|a| json!({
            "text": a.text,
            "value": a.value,
            "currency": a.currency,
            "usd": a.usd,
            "approximate": a.approximate,
            "range": a.range.map(|(lo, hi)| [lo, hi]),
        })),
        "status": d.status.id(),
        "evidence": d.evidence,
        "evidence_start": d.evidence_span.start,
        "evidence_end": d.evidence_span.end,
        "trigger": d.trigger,
    })
}

fn mention_json(m: &Mention, texts: &Texts) -> Value {
    json!({
        "company": m.company,
        "article": m.article,
        "sentence": m.sentence,
        "start": m.span.start,
        "end": m.span.end,
        "text": texts.slice(&m.article, m.span),
    })
}

fn person_json(p: &Person) -> Value {
    json!({
        "name": p.name,
        "role": p.role,
        "company": p.company,
        "article": p.article,
        "start": p.span.start,
        "end": p.span.end,
    })
}

/// The dataset as one JSON value (see the module doc).
pub fn to_json(ds: &Dataset) -> Value {
    let texts = Texts::new(ds);
    json!({
        "articles": ds.articles.iter().map(article_json).collect::<Vec<_>>(),
        "companies": ds.companies.iter().map(company_json).collect::<Vec<_>>(),
        "deals": ds.deals.iter().map(deal_json).collect::<Vec<_>>(),
        "mentions": ds.mentions.iter().map(|m| mention_json(m, &texts)).collect::<Vec<_>>(),
        "people": ds.people.iter().map(person_json).collect::<Vec<_>>(),
    })
}

/// Pretty-printed JSON with a final newline.
pub fn to_json_string(ds: &Dataset) -> String {
    let mut s = serde_json::to_string_pretty(&to_json(ds)).unwrap_or_else(|_| "{}".to_string());
    s.push('\n');
    s
}

/// One CSV table: a file name, a header and rows of the same width.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub name: &'static str,
    pub header: Vec<&'static str>,
    pub rows: Vec<Vec<String>>,
}

fn opt(v: &Option<String>) -> String {
    v.clone().unwrap_or_default()
}

/// Lists inside a CSV cell are joined with this.
const LIST_SEP: &str = "; ";

/// The four CSV tables: articles, companies, deals, mentions.
pub fn tables(ds: &Dataset) -> Vec<Table> {
    let texts = Texts::new(ds);
    let articles = Table {
        name: "articles.csv",
        header: vec![
            "id",
            "title",
            "date",
            "outlet",
            "reporter",
            "url",
            "title_source",
            "date_source",
            "sentences",
            "notes",
        ],
        rows: ds
            .articles
            .iter()
            .map(|a| {
                vec![
                    a.id.clone(),
                    opt(&a.title.value),
                    opt(&a.date.value),
                    opt(&a.outlet.value),
                    opt(&a.reporter.value),
                    opt(&a.url.value),
                    source(&a.title).to_string(),
                    source(&a.date).to_string(),
                    a.sentences.len().to_string(),
                    a.notes.join(LIST_SEP),
                ]
            })
            .collect(),
    };
    let companies = Table {
        name: "companies.csv",
        header: vec![
            "id", "name", "name_ko", "aliases", "kind", "country", "sectors", "parent", "known",
        ],
        rows: ds
            .companies
            .iter()
            .map(|c| {
                vec![
                    c.id.clone(),
                    c.name.clone(),
                    opt(&c.name_ko),
                    c.aliases.join(LIST_SEP),
                    kind_id(c).to_string(),
                    opt(&c.country),
                    c.sectors.join(LIST_SEP),
                    opt(&c.parent),
                    c.known.to_string(),
                ]
            })
            .collect(),
    };
    let deals = Table {
        name: "deals.csv",
        header: vec![
            "id",
            "kind",
            "parties",
            "roles",
            "article",
            "date",
            "date_precision",
            "amount_text",
            "amount_value",
            "amount_currency",
            "amount_usd",
            "status",
            "evidence",
            "evidence_start",
            "evidence_end",
            "trigger",
        ],
        rows: ds
            .deals
            .iter()
            .map(|d| {
                let roles: Vec<String> = d
                    .parties
                    .iter()
                    .map(|p| match role_id(p) {
                        Value::String(r) => format!("{}:{r}", p.company),
                        _ => p.company.clone(),
                    })
                    .collect();
                let amount = d.amount.as_ref();
                vec![
                    d.id.clone(),
                    d.kind.id().to_string(),
                    d.party_ids().collect::<Vec<_>>().join(LIST_SEP),
                    roles.join(LIST_SEP),
                    d.article.clone(),
                    d.date.as_ref().map(|x| x.iso()).unwrap_or_default(),
                    d.date
                        .as_ref()
                        .map(|x| precision(x.precision).to_string())
                        .unwrap_or_default(),
                    amount.map(|a| a.text.clone()).unwrap_or_default(),
                    amount.map(|a| a.value.to_string()).unwrap_or_default(),
                    amount.map(|a| a.currency.clone()).unwrap_or_default(),
                    amount
                        .and_then(|a| a.usd)
                        .map(|u| u.to_string())
                        .unwrap_or_default(),
                    d.status.id().to_string(),
                    d.evidence.clone(),
                    d.evidence_span.start.to_string(),
                    d.evidence_span.end.to_string(),
                    d.trigger.clone(),
                ]
            })
            .collect(),
    };
    let mentions = Table {
        name: "mentions.csv",
        header: vec!["company", "article", "sentence", "start", "end", "text"],
        rows: ds
            .mentions
            .iter()
            .map(|m| {
                vec![
                    m.company.clone(),
                    m.article.clone(),
                    m.sentence.to_string(),
                    m.span.start.to_string(),
                    m.span.end.to_string(),
                    texts.slice(&m.article, m.span),
                ]
            })
            .collect(),
    };
    vec![articles, companies, deals, mentions]
}

/// One CSV field, quoted when it holds a comma, a quote, a line end or edge spaces.
pub fn csv_field(s: &str) -> String {
    let needs = s.contains([',', '"', '\n', '\r']) || s.starts_with(' ') || s.ends_with(' ');
    if needs {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

/// Appends one CSV record (CRLF-terminated) to `out`.
pub fn csv_row<S: AsRef<str>>(out: &mut String, fields: &[S]) {
    for (i, f) in fields.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&csv_field(f.as_ref()));
    }
    out.push_str("\r\n");
}

/// A table as CSV text, BOM first.
pub fn to_csv(table: &Table) -> String {
    let mut out = String::from(BOM);
    csv_row(&mut out, &table.header);
    for row in &table.rows {
        csv_row(&mut out, row);
    }
    out
}

/// Writes the four CSV files into `dir` (created if missing); returns their paths.
pub fn write_csv(ds: &Dataset, dir: &Path) -> Result<Vec<PathBuf>, Error> {
    std::fs::create_dir_all(dir).map_err(|source| Error::Io {
        path: dir.to_path_buf(),
        source,
    })?;
    let mut written = Vec::new();
    for table in tables(ds) {
        let path = dir.join(table.name);
        std::fs::write(&path, to_csv(&table)).map_err(|source| Error::Io {
            path: path.clone(),
            source,
        })?;
        written.push(path);
    }
    Ok(written)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mention_text_slices_agree_with_a_char_walk() {
        let text: String = "가a나b다".repeat(100);
        let ds = Dataset {
            articles: vec![Article {
                id: "x".into(),
                text: text.clone(),
                ..Default::default()
            }],
            ..Default::default()
        };
        let texts = Texts::new(&ds);
        for (start, end) in [
            (0, 0),
            (0, 5),
            (63, 65),
            (64, 200),
            (499, 500),
            (499, 900),
            (900, 950),
        ] {
            let span = Span { start, end };
            let naive: String = text
                .chars()
                .skip(start as usize)
                .take(end.saturating_sub(start) as usize)
                .collect();
            assert_eq!(texts.slice("x", span), naive, "{span:?}");
        }
        assert_eq!(texts.slice("nope", Span { start: 0, end: 3 }), "");
    }

    #[test]
    fn csv_quoting_follows_rfc_4180() {
        let cases = [
            ("plain", "plain"),
            ("마이크로소프트", "마이크로소프트"),
            ("a,b", "\"a,b\""),
            ("say \"hi\"", "\"say \"\"hi\"\"\""),
            ("two\nlines", "\"two\nlines\""),
            ("cr\r", "\"cr\r\""),
            (" edge", "\" edge\""),
            ("", ""),
        ];
        for (input, want) in cases {
            assert_eq!(csv_field(input), want, "{input:?}");
        }
        let mut out = String::new();
        csv_row(&mut out, &["KT", "협력, 제휴", "\"양사\""]);
        assert_eq!(out, "KT,\"협력, 제휴\",\"\"\"양사\"\"\"\r\n");
    }

    #[test]
    fn csv_files_start_with_a_bom_and_have_equal_widths() {
        let ds = Dataset {
            articles: vec![crate::ingest::article_from_text(
                "a",
                "제목\n본문이다, \"인용\".",
            )],
            ..Default::default()
        };
        for t in tables(&ds) {
            let csv = to_csv(&t);
            assert!(csv.starts_with(BOM));
            assert!(
                t.rows.iter().all(|r| r.len() == t.header.len()),
                "{}",
                t.name
            );
        }
    }

    #[test]
    fn json_has_the_documented_shape() {
        let ds = Dataset {
            articles: vec![crate::ingest::article_from_text("a", "제목\n본문이다.")],
            ..Default::default()
        };
        let v = to_json(&ds);
        for key in ["articles", "companies", "deals", "mentions", "people"] {
            assert!(v[key].is_array(), "{key}");
        }
        let a = &v["articles"][0];
        assert_eq!(a["id"], "a");
        assert_eq!(a["title"], "제목");
        assert_eq!(a["date"], Value::Null);
        assert_eq!(a["sources"]["date"], "missing");
    }
}
