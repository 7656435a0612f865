//! The URL codec: `#/deals?company=microsoft,kt&kind=partnership` ⇄ [`ViewState`].
//!
//! Two stages, like ripgrep's argument parsing: [`decode`] turns any text into a view plus a
//! list of what it [`Ignored`] (it never fails and never panics), then [`validate`] drops ids
//! the dataset does not know. [`encode`] writes the canonical form, so
//! `decode(encode(v)).view == v` for every view `decode` can produce.
//!
//! Format: `<path>?<param>=<value>&...` without the leading `#`.
//! * paths: `/`, `/deals`, `/companies`, `/companies/<id>`, `/articles/<id>`, `/network`;
//! * parameters, always in this order: `q company match kind status from to min max country
//!   sector article sort open lang`; defaults are omitted;
//! * lists are comma-separated, included values first, excluded values prefixed with `-`;
//! * every value is percent-encoded (UTF-8) except unreserved characters; a value's own `,`
//!   is `%2C` and a leading `-` of an id is `%2D`; `+` is read as a space.
//!
//! Decisions on bad input (each reported as an [`Ignored`]):
//! * a repeated parameter: the **first** one wins;
//! * `from` > `to` (or `min` > `max`): the bounds are **swapped**;
//! * broken percent-encoding: the raw text is kept (`%` literal, U+FFFD for bad UTF-8);
//! * `q` loses control and bidi-override characters and is cut to [`MAX_QUERY_CHARS`]; ids are
//!   cut to [`MAX_ID_CHARS`]; lists to [`MAX_LIST_VALUES`] values; duplicates are dropped;
//! * amounts must be finite and ≥ 0 (`-0` reads as `0`); years must fit an `i32`.

mod ignored;
mod percent;

pub use ignored::Ignored;

use ignored::Reports;

use crate::filter::Index;
use crate::model::{DealKind, DealStatus};
use crate::view::{CompanyMatch, Facet, Lang, Page, Sort, SortKey, ViewState};

/// Longest free-text query kept, in characters.
pub const MAX_QUERY_CHARS: usize = 200;
/// Longest id kept, in characters.
pub const MAX_ID_CHARS: usize = 200;
/// Most values kept in one list parameter (included and excluded together).
pub const MAX_LIST_VALUES: usize = 50;

/// The parameters, in the order `encode` writes them.
const PARAMS: [&str; 15] = [
    "q", "company", "match", "kind", "status", "from", "to", "min", "max", "country", "sector",
    "article", "sort", "open", "lang",
];

/// A decoded URL: the view and what was dropped or changed on the way.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Decoded {
    pub view: ViewState,
    pub ignored: Vec<Ignored>,
}

// ---------------------------------------------------------------------------------------------
// encode

/// The canonical fragment for a view, without the leading `#`.
pub fn encode(view: &ViewState) -> String {
    let mut out = String::from("/");
    match &view.page {
        Page::Overview => {}
        Page::Deals => out.push_str("deals"),
        Page::Companies => out.push_str("companies"),
        Page::Company(id) => {
            out.push_str("companies/");
            percent::encode(id, &mut out);
        }
        Page::Article(id) => {
            out.push_str("articles/");
            percent::encode(id, &mut out);
        }
        Page::Network => out.push_str("network"),
    }
    let mut params = Params::new(&mut out);
    if !view.q.is_empty() {
        params.text("q", &view.q);
    }
    params.list("company", &view.company, |s| s.as_str());
    if view.company_match == CompanyMatch::All {
        params.raw("match", "all");
    }
    params.list("kind", &view.kind, |k| k.id());
    params.list("status", &view.status, |s| s.id());
    if let Some(y) = view.from {
        params.raw("from", &y.to_string());
    }
    if let Some(y) = view.to {
        params.raw("to", &y.to_string());
    }
    if let Some(v) = view.min {
        params.raw("min", &crate::decimal::shortest(v));
    }
    if let Some(v) = view.max {
        params.raw("max", &crate::decimal::shortest(v));
    }
    params.list("country", &view.country, |s| s.as_str());
    params.list("sector", &view.sector, |s| s.as_str());
    params.list("article", &view.article, |s| s.as_str());
    if let Some(id) = view.sort.key.id() {
        let sign = if view.sort.descending { "-" } else { "" };
        params.raw("sort", &format!("{sign}{id}"));
    }
    if let Some(open) = &view.open {
        params.text("open", open);
    }
    if view.lang != Lang::default() {
        params.raw("lang", view.lang.id());
    }
    out
}

/// Appends `?name=value&...` to a path.
struct Params<'a> {
    out: &'a mut String,
    first: bool,
}

impl<'a> Params<'a> {
    fn new(out: &'a mut String) -> Params<'a> {
        Params { out, first: true }
    }

    fn name(&mut self, name: &str) {
        self.out.push(if self.first { '?' } else { '&' });
        self.first = false;
        self.out.push_str(name);
        self.out.push('=');
    }

    /// A value made only of unreserved characters (numbers, vocabulary ids).
    fn raw(&mut self, name: &str, value: &str) {
        self.name(name);
        self.out.push_str(value);
    }

    fn text(&mut self, name: &str, value: &str) {
        self.name(name);
        percent::encode(value, self.out);
    }

    fn list<T>(&mut self, name: &str, facet: &Facet<T>, id: impl Fn(&T) -> &str) {
        if facet.include.is_empty() && facet.exclude.is_empty() {
            return;
        }
        self.name(name);
        let items = facet
            .include
            .iter()
            .map(|v| (false, v))
            .chain(facet.exclude.iter().map(|v| (true, v)));
        for (i, (excluded, value)) in items.enumerate() {
            if i > 0 {
                self.out.push(',');
            }
            if excluded {
                self.out.push('-');
            }
            let value = id(value);
            // A leading '-' of the value itself must not read as "excluded".
            if let Some(rest) = value.strip_prefix('-') {
                self.out.push_str("%2D");
                percent::encode(rest, self.out);
            } else {
                percent::encode(value, self.out);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// decode

/// Reads a fragment (with or without the leading `#`). Never fails, never panics.
pub fn decode(fragment: &str) -> Decoded {
    let mut reports = Reports::default();
    let fragment = fragment.strip_prefix('#').unwrap_or(fragment);
    let (path, query) = fragment.split_once('?').unwrap_or((fragment, ""));
    let mut view = ViewState {
        page: decode_path(path, &mut reports),
        ..ViewState::default()
    };
    let mut seen = [false; PARAMS.len()];
    for pair in query.split('&').filter(|p| !p.is_empty()) {
        let (raw_name, raw_value) = pair.split_once('=').unwrap_or((pair, ""));
        let name = percent::decode(raw_name).text;
        let Some(slot) = PARAMS.iter().position(|p| *p == name) else {
            reports.push(Ignored::UnknownParam(snippet(&name)));
            continue;
        };
        if seen[slot] {
            reports.push(Ignored::RepeatedParam(name));
            continue;
        }
        seen[slot] = true;
        if !raw_value.is_empty() {
            apply_param(&mut view, PARAMS[slot], raw_value, &mut reports);
        }
    }
    fix_ranges(&mut view, &mut reports);
    Decoded {
        view,
        ignored: reports.finish(),
    }
}

fn decode_path(path: &str, reports: &mut Reports) -> Page {
    let trimmed = path.trim_start_matches('/').trim_end_matches('/');
    let (head, rest) = trimmed.split_once('/').unwrap_or((trimmed, ""));
    let page = match (head, rest) {
        ("", "") => Some(Page::Overview),
        ("deals", "") => Some(Page::Deals),
        ("companies", "") => Some(Page::Companies),
        ("network", "") => Some(Page::Network),
        ("companies", id) => Some(Page::Company(decode_id("company", id, reports))),
        ("articles", id) if !id.is_empty() => {
            Some(Page::Article(decode_id("article", id, reports)))
        }
        _ => None,
    };
    match page {
        Some(Page::Company(id)) if id.is_empty() => Page::Companies,
        Some(Page::Article(id)) if id.is_empty() => Page::Overview,
        Some(page) => page,
        None => {
            reports.push(Ignored::UnknownPath(snippet(&percent::decode(path).text)));
            Page::Overview
        }
    }
}

/// Decodes one id: percent-decoding, control characters removed, length capped.
fn decode_id(param: &str, raw: &str, reports: &mut Reports) -> String {
    let decoded = percent::decode(raw);
    if decoded.malformed {
        reports.push(Ignored::InvalidEncoding {
            param: param.to_string(),
        });
    }
    clean(param, &decoded.text, MAX_ID_CHARS, reports)
}

/// Removes control and bidi-formatting characters and caps the length, reporting both.
fn clean(param: &str, text: &str, max_chars: usize, reports: &mut Reports) -> String {
    let mut out = String::with_capacity(text.len().min(max_chars * 4));
    let mut stripped = 0;
    let mut kept = 0;
    let mut truncated = false;
    for c in text.chars() {
        if c.is_control() || is_bidi_control(c) {
            stripped += 1;
        } else if kept < max_chars {
            out.push(c);
            kept += 1;
        } else {
            truncated = true;
        }
    }
    if stripped > 0 {
        reports.push(Ignored::StrippedCharacters {
            param: param.to_string(),
            count: stripped,
        });
    }
    if truncated {
        reports.push(Ignored::Truncated {
            param: param.to_string(),
            limit: max_chars,
        });
    }
    out
}

/// Bidirectional formatting characters that can disguise text (Trojan Source).
fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn apply_param(view: &mut ViewState, name: &'static str, raw: &str, reports: &mut Reports) {
    match name {
        "q" => {
            let decoded = percent::decode(raw);
            if decoded.malformed {
                reports.push(Ignored::InvalidEncoding { param: name.into() });
            }
            view.q = clean(name, &decoded.text, MAX_QUERY_CHARS, reports);
        }
        "company" => view.company = decode_list(name, raw, reports, |s| Some(s.to_string())),
        "country" => view.country = decode_list(name, raw, reports, |s| Some(s.to_string())),
        "sector" => view.sector = decode_list(name, raw, reports, |s| Some(s.to_string())),
        "article" => view.article = decode_list(name, raw, reports, |s| Some(s.to_string())),
        "kind" => view.kind = decode_list(name, raw, reports, DealKind::from_id),
        "status" => view.status = decode_list(name, raw, reports, DealStatus::from_id),
        "match" => match percent::decode(raw).text.as_str() {
            "all" => view.company_match = CompanyMatch::All,
            "any" => view.company_match = CompanyMatch::Any,
            other => reports.push(unknown_value(name, other)),
        },
        "from" => view.from = decode_year(name, raw, reports),
        "to" => view.to = decode_year(name, raw, reports),
        "min" => view.min = decode_amount(name, raw, reports),
        "max" => view.max = decode_amount(name, raw, reports),
        "sort" => view.sort = decode_sort(raw, reports),
        "open" => {
            let id = decode_id(name, raw, reports);
            view.open = (!id.is_empty()).then_some(id);
        }
        "lang" => match Lang::from_id(&percent::decode(raw).text) {
            Some(lang) => view.lang = lang,
            None => reports.push(unknown_value(name, &percent::decode(raw).text)),
        },
        _ => reports.push(Ignored::UnknownParam(name.into())),
    }
}

fn unknown_value(param: &str, value: &str) -> Ignored {
    Ignored::UnknownValue {
        param: param.to_string(),
        value: snippet(value),
    }
}

/// Outside text kept in a report: at most [`MAX_ID_CHARS`] characters.
fn snippet(s: &str) -> String {
    s.chars().take(MAX_ID_CHARS).collect()
}

/// Reads `a,b,-c`: included `a`, `b`, excluded `c`. Empty items are skipped silently.
fn decode_list<T: PartialEq>(
    name: &str,
    raw: &str,
    reports: &mut Reports,
    parse: impl Fn(&str) -> Option<T>,
) -> Facet<T> {
    let mut facet = Facet::default();
    let mut count = 0;
    for item in raw.split(',') {
        let (excluded, item) = match item.strip_prefix('-') {
            Some(rest) => (true, rest),
            None => (false, item),
        };
        let text = decode_id(name, item, reports);
        if text.is_empty() {
            continue;
        }
        if count == MAX_LIST_VALUES {
            reports.push(Ignored::Truncated {
                param: name.to_string(),
                limit: MAX_LIST_VALUES,
            });
            break;
        }
        let Some(value) = parse(&text) else {
            reports.push(unknown_value(name, &text));
            continue;
        };
        let list = if excluded {
            &mut facet.exclude
        } else {
            &mut facet.include
        };
        if list.contains(&value) {
            reports.push(Ignored::DuplicateValue {
                param: name.to_string(),
                value: text,
            });
            continue;
        }
        list.push(value);
        count += 1;
    }
    facet
}

fn decode_year(name: &str, raw: &str, reports: &mut Reports) -> Option<i32> {
    let text = percent::decode(raw).text;
    match text.trim().parse::<i32>() {
        Ok(y) => Some(y),
        Err(_) => {
            reports.push(Ignored::BadNumber {
                param: name.to_string(),
                value: snippet(&text),
            });
            None
        }
    }
}

fn decode_amount(name: &str, raw: &str, reports: &mut Reports) -> Option<f64> {
    let text = percent::decode(raw).text;
    match crate::decimal::parse_f64(text.trim()) {
        Some(v) if v.is_finite() && v >= 0.0 => Some(v + 0.0),
        Some(_) => {
            reports.push(Ignored::BadAmount {
                param: name.to_string(),
                value: snippet(&text),
            });
            None
        }
        None => {
            reports.push(Ignored::BadNumber {
                param: name.to_string(),
                value: snippet(&text),
            });
            None
        }
    }
}

fn decode_sort(raw: &str, reports: &mut Reports) -> Sort {
    let text = percent::decode(raw).text;
    let (descending, id) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text.as_str()),
    };
    match SortKey::from_id(id) {
        Some(key) => Sort { key, descending },
        None => {
            reports.push(unknown_value("sort", &text));
            Sort::default()
        }
    }
}

/// Swaps reversed bounds.
fn fix_ranges(view: &mut ViewState, reports: &mut Reports) {
    if let (Some(from), Some(to)) = (view.from, view.to) {
        if from > to {
            view.from = Some(to);
            view.to = Some(from);
            reports.push(Ignored::ReversedRange {
                from: "from".into(),
                to: "to".into(),
            });
        }
    }
    if let (Some(min), Some(max)) = (view.min, view.max) {
        if min > max {
            view.min = Some(max);
            view.max = Some(min);
            reports.push(Ignored::ReversedRange {
                from: "min".into(),
                to: "max".into(),
            });
        }
    }
}

// ---------------------------------------------------------------------------------------------
// validate

/// Removes ids the dataset does not know (companies, articles, the open deal, countries,
/// sectors, the page's company or article) and reports each. An unknown company page falls
/// back to the companies list, an unknown article page to the overview.
pub fn validate(view: &mut ViewState, index: &Index) -> Vec<Ignored> {
    let mut reports = Reports::default();
    retain_known(&mut view.company, "company", &mut reports, |id| {
        index.company_index(id).is_some()
    });
    retain_known(&mut view.article, "article", &mut reports, |id| {
        index.article_index(id).is_some()
    });
    retain_known(&mut view.country, "country", &mut reports, |c| {
        index.has_country(c)
    });
    retain_known(&mut view.sector, "sector", &mut reports, |s| {
        index.has_sector(s)
    });
    if let Some(open) = &view.open {
        if index.deal_index(open).is_none() {
            reports.push(Ignored::UnknownId {
                param: "open".into(),
                value: open.clone(),
            });
            view.open = None;
        }
    }
    match &view.page {
        Page::Company(id) if index.company_index(id).is_none() => {
            reports.push(Ignored::UnknownId {
                param: "company".into(),
                value: id.clone(),
            });
            view.page = Page::Companies;
        }
        Page::Article(id) if index.article_index(id).is_none() => {
            reports.push(Ignored::UnknownId {
                param: "article".into(),
                value: id.clone(),
            });
            view.page = Page::Overview;
        }
        _ => {}
    }
    reports.finish()
}

fn retain_known(
    facet: &mut Facet<String>,
    param: &str,
    reports: &mut Reports,
    known: impl Fn(&str) -> bool,
) {
    for list in [&mut facet.include, &mut facet.exclude] {
        list.retain(|id| {
            let ok = known(id);
            if !ok {
                reports.push(Ignored::UnknownId {
                    param: param.to_string(),
                    value: id.clone(),
                });
            }
            ok
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_view_is_the_root() {
        assert_eq!(encode(&ViewState::default()), "/");
        assert_eq!(decode("").view, ViewState::default());
        assert_eq!(decode("#/").view, ViewState::default());
    }

    #[test]
    fn bidi_controls_are_recognised() {
        for c in [
            '\u{202A}', '\u{202E}', '\u{2066}', '\u{2069}', '\u{200E}', '\u{200F}',
        ] {
            assert!(is_bidi_control(c));
        }
        assert!(!is_bidi_control('가'));
    }
}
