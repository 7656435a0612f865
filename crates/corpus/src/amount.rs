//! Money amounts in Korean text: `100억 달러`, `150억 달러(17조원)`, `수조원대` → [`Amount`].
//!
//! A small hand-written parser (see KOREAN.md: duckling mis-reads Korean money). The vocabulary
//! (currency words, units, vague counts, qualifiers) is data in `data/money.txt`. This module
//! never guesses a currency: a number without a currency word or sign is not money (`3200m²`,
//! `33%`, `452개`, `2024년`). It runs in linear time and never panics on any input.
//!
//! Decisions:
//! * a bracketed amount right after another (`150억 달러(17조원)`) is a conversion of the same
//!   amount: one match covering both, valued by the first;
//! * vague amounts (`수조원대`, `수십억 원`) are ranges; `value` is the arithmetic midpoint of
//!   the range (수조원 → 1e12..1e13, value 5.5e12), `approximate` is true;
//! * `A~B` ranges (`1~2조원`) work the same way; `약`, `가량`, `대` mark an amount approximate;
//! * `최소`/`최대` are bounds: the value is the number given, not approximate.

use std::sync::OnceLock;

use crate::model::Amount;

const MONEY_TXT: &str = include_str!("../data/money.txt");

/// How long the part of an eojeol after a currency word may be (`원대의`, `달러였다`).
const MAX_TAIL_CHARS: usize = 12;

/// An amount found in a text, with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct AmountMatch {
    pub start: usize,
    pub end: usize,
    pub amount: Amount,
}

/// Every money amount in `text`, left to right, never overlapping.
pub fn find_amounts(text: &str) -> Vec<AmountMatch> {
    let lex = lexicon();
    crate::scan::non_overlapping(text, |prev, i, c| {
        if may_start(lex, text, i, c, prev) {
            parse_at(lex, text, i, true)
        } else {
            None
        }
    })
    .into_iter()
    .map(|f| AmountMatch {
        start: f.start,
        end: f.end,
        amount: f.value,
    })
    .collect()
}

/// Parses one amount expression (the whole string, surrounding spaces allowed).
pub fn parse_amount(text: &str) -> Option<Amount> {
    let t = text.trim();
    let m = find_amounts(t).into_iter().next()?;
    (m.start == 0 && m.end == t.len()).then_some(m.amount)
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Qualifier {
    Approx,
    Exact,
    Bound,
}

struct Lexicon {
    /// Longest first.
    suffixes: Vec<(String, String)>,
    prefixes: Vec<(String, String)>,
    scales: Vec<(String, f64)>,
    smalls: Vec<(String, f64)>,
    vagues: Vec<(String, f64, f64)>,
    qualifiers: Vec<(String, Qualifier)>,
    /// (word, belongs to the amount and makes it approximate)
    afters: Vec<(String, bool)>,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| parse_lexicon(MONEY_TXT))
}

fn parse_lexicon(src: &str) -> Lexicon {
    let mut lex = Lexicon {
        suffixes: Vec::new(),
        prefixes: Vec::new(),
        scales: Vec::new(),
        smalls: Vec::new(),
        vagues: Vec::new(),
        qualifiers: Vec::new(),
        afters: Vec::new(),
    };
    for line in src.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        let word = |i: usize| f.get(i).map(|w| w.replace('_', " "));
        let num = |i: usize| f.get(i).and_then(|w| w.parse::<f64>().ok());
        match (f.first().copied(), word(1)) {
            (Some("suffix"), Some(w)) => {
                if let Some(iso) = word(2) {
                    lex.suffixes.push((w, iso));
                }
            }
            (Some("prefix"), Some(w)) => {
                if let Some(iso) = word(2) {
                    lex.prefixes.push((w, iso));
                }
            }
            (Some("scale"), Some(w)) => {
                if let Some(v) = num(2) {
                    lex.scales.push((w, v));
                }
            }
            (Some("small"), Some(w)) => {
                if let Some(v) = num(2) {
                    lex.smalls.push((w, v));
                }
            }
            (Some("vague"), Some(w)) => {
                if let (Some(lo), Some(hi)) = (num(2), num(3)) {
                    lex.vagues.push((w, lo, hi));
                }
            }
            (Some("qualify"), Some(w)) => {
                let q = match f.get(2).copied() {
                    Some("approx") => Qualifier::Approx,
                    Some("bound") => Qualifier::Bound,
                    _ => Qualifier::Exact,
                };
                lex.qualifiers.push((w, q));
            }
            (Some("after"), Some(w)) => {
                lex.afters.push((w, f.get(2) == Some(&"approx")));
            }
            _ => {}
        }
    }
    let by_len = |a: &String, b: &String| b.chars().count().cmp(&a.chars().count());
    lex.suffixes.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.prefixes.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.scales.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.smalls.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.vagues.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.qualifiers.sort_by(|a, b| by_len(&a.0, &b.0));
    lex.afters.sort_by(|a, b| by_len(&a.0, &b.0));
    lex
}

fn is_hangul(c: char) -> bool {
    crate::hangul::is_syllable(c)
}

/// Whether an amount may begin at byte `i` (cheap test before the real parse).
fn may_start(lex: &Lexicon, text: &str, i: usize, c: char, prev: Option<char>) -> bool {
    let after_word = prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.' || p == ',');
    if c.is_ascii_digit() {
        return !after_word;
    }
    let rest = &text[i..];
    if prev.is_some_and(is_hangul) || prev.is_some_and(|p| p.is_ascii_alphanumeric()) {
        return false;
    }
    lex.qualifiers
        .iter()
        .any(|(w, _)| rest.starts_with(w.as_str()))
        || lex
            .prefixes
            .iter()
            .any(|(w, _)| rest.starts_with(w.as_str()))
        || lex
            .vagues
            .iter()
            .any(|(w, _, _)| rest.starts_with(w.as_str()))
}

/// A number with its units, before the currency.
#[derive(Debug, Clone, Copy)]
struct Quantity {
    lo: f64,
    hi: f64,
    vague: bool,
    /// Factor of the last big unit (조, 억, 만, billion), 1.0 when none.
    unit: f64,
}

fn skip_one_space(text: &str, p: usize) -> usize {
    if text[p..].starts_with(' ') {
        p + 1
    } else {
        p
    }
}

fn parse_at(
    lex: &Lexicon,
    text: &str,
    start: usize,
    allow_conversion: bool,
) -> Option<(usize, Amount)> {
    let mut p = start;
    let mut qualifier = None;
    if let Some((w, q)) = lex
        .qualifiers
        .iter()
        .find(|(w, _)| text[p..].starts_with(w.as_str()))
    {
        p = skip_one_space(text, p + w.len());
        qualifier = Some(*q);
    }
    let mut currency: Option<&str> = None;
    if let Some((w, iso)) = lex
        .prefixes
        .iter()
        .find(|(w, _)| text[p..].starts_with(w.as_str()))
    {
        p = skip_one_space(text, p + w.len());
        currency = Some(iso.as_str());
    }
    let (mut p, first) = parse_quantity(lex, text, p)?;
    let mut q = first;
    let mut ranged = false;
    if let Some(c) = text[p..]
        .chars()
        .next()
        .filter(|c| matches!(c, '~' | '∼' | '〜'))
    {
        let after = skip_one_space(text, p + c.len_utf8());
        if let Some((p2, second)) = parse_quantity(lex, text, after) {
            let scale = if first.unit == 1.0 { second.unit } else { 1.0 };
            q = Quantity {
                lo: first.lo * scale,
                hi: second.hi,
                vague: true,
                unit: second.unit,
            };
            ranged = true;
            p = p2;
        }
    }
    let mut approximate = q.vague || ranged || qualifier == Some(Qualifier::Approx);
    // Currency after the number.
    let before_suffix = p;
    let spaced = skip_one_space(text, p);
    let suffix = lex
        .suffixes
        .iter()
        .find(|(w, _)| text[spaced..].starts_with(w.as_str()));
    match (suffix, currency) {
        (Some((w, iso)), _) => {
            let end = spaced + w.len();
            let tail = accept_tail(lex, text, end, w)?;
            p = end + tail.0;
            approximate |= tail.1;
            currency = Some(iso.as_str());
        }
        (None, Some(_)) => {
            // `$5 billion`: the sign was enough; nothing Latin may follow directly.
            if text[before_suffix..]
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphanumeric())
            {
                return None;
            }
            p = before_suffix;
        }
        (None, None) => return None,
    }
    let currency = currency?.to_string();
    // A bracketed conversion of the same amount: `150억 달러(17조원)`.
    if allow_conversion {
        let open = skip_one_space(text, p);
        if text[open..].starts_with('(') {
            if let Some((inner_end, _)) = parse_at(lex, text, open + 1, false) {
                if text[inner_end..].starts_with(')') {
                    p = inner_end + 1;
                }
            }
        }
    }
    let value = if q.lo == q.hi {
        q.lo
    } else {
        (q.lo + q.hi) / 2.0
    };
    let range = (q.lo != q.hi).then_some((q.lo, q.hi));
    let usd = (currency == "USD").then_some(value);
    Some((
        p,
        Amount {
            text: text[start..p].to_string(),
            value,
            currency,
            usd,
            approximate,
            range,
        },
    ))
}

/// What may follow a currency word in the same eojeol: an `after` word and/or particles.
/// Returns (bytes that belong to the amount, whether they make it approximate).
fn accept_tail(
    lex: &Lexicon,
    text: &str,
    end: usize,
    currency_word: &str,
) -> Option<(usize, bool)> {
    let rest = &text[end..];
    let latin = currency_word.is_ascii();
    if latin {
        return (!rest
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_alphanumeric()))
        .then_some((0, false));
    }
    // The rest of the eojeol (Hangul only), at most MAX_TAIL_CHARS + 1 chars.
    let tail_end = rest
        .char_indices()
        .take(MAX_TAIL_CHARS + 1)
        .find(|(_, c)| !is_hangul(*c))
        .map(|(i, _)| i);
    let tail = match tail_end {
        Some(i) => &rest[..i],
        None if rest.chars().count() <= MAX_TAIL_CHARS => rest,
        None => return None,
    };
    if tail.is_empty() {
        // `5억 달러 가량`: an approximating word after one space.
        if let Some(after) = rest.strip_prefix(' ') {
            for (w, approx) in lex.afters.iter().filter(|(_, a)| *a) {
                if let Some(r) = after.strip_prefix(w.as_str()) {
                    if !r.chars().next().is_some_and(is_hangul) {
                        return Some((1 + w.len(), *approx));
                    }
                }
            }
        }
        return Some((0, false));
    }
    if crate::josa::is_josa_chain(tail) {
        return Some((0, false));
    }
    for (w, approx) in &lex.afters {
        if let Some(r) = tail.strip_prefix(w.as_str()) {
            if r.is_empty() || crate::josa::is_josa_chain(r) {
                let own = if *approx { w.len() } else { 0 };
                return Some((own, *approx));
            }
        }
    }
    None
}

/// `1조 2000억`, `5천만`, `수십억`, `1.5`, `10,000`, `5 billion`.
fn parse_quantity(lex: &Lexicon, text: &str, start: usize) -> Option<(usize, Quantity)> {
    let mut p = start;
    let mut lo = 0.0;
    let mut hi = 0.0;
    let mut vague = false;
    let mut last_unit = f64::INFINITY;
    let mut groups = 0;
    loop {
        let group_start = p;
        // The number: digits, or a vague word (only as the first group).
        let (mut q, mut n_lo, mut n_hi);
        if let Some((q2, n)) = parse_number(text, p) {
            (q, n_lo, n_hi) = (q2, n, n);
        } else if groups == 0 {
            let (w, vlo, vhi) = lex
                .vagues
                .iter()
                .find(|(w, _, _)| text[p..].starts_with(w.as_str()))?;
            (q, n_lo, n_hi) = (p + w.len(), *vlo, *vhi);
            vague = true;
        } else {
            break;
        }
        let is_vague = groups == 0 && vague;
        if let Some((w, f)) = lex
            .smalls
            .iter()
            .find(|(w, _)| text[q..].starts_with(w.as_str()))
        {
            // `천` directly after the number; never after a vague word (수천 is itself vague).
            if !is_vague {
                n_lo *= f;
                n_hi *= f;
                q += w.len();
            }
        }
        let mut unit = 1.0;
        let unit_at = |at: usize| {
            lex.scales.iter().find(|(w, _)| {
                text[at..].starts_with(w.as_str())
                    && (!w.is_ascii()
                        || !text[at + w.len()..]
                            .chars()
                            .next()
                            .is_some_and(|c| c.is_ascii_alphanumeric()))
            })
        };
        if let Some((w, f)) = unit_at(q) {
            unit = *f;
            q += w.len();
        } else if text[q..].starts_with(' ') {
            if let Some((w, f)) = unit_at(q + 1).filter(|(w, _)| w.is_ascii()) {
                unit = *f;
                q += 1 + w.len();
            }
        }
        if is_vague && unit == 1.0 {
            return None;
        }
        if unit >= last_unit {
            // `1억 2억` is two numbers, not one.
            p = group_start;
            break;
        }
        lo += n_lo * unit;
        hi += n_hi * unit;
        groups += 1;
        p = q;
        if unit == 1.0 {
            break;
        }
        last_unit = unit;
        // Another group follows only as `1조 2000억` / `3억5천만`.
        let next = skip_one_space(text, p);
        if !text[next..].starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        if next != p && !next_group_has_unit(lex, text, next) {
            break;
        }
        p = next;
    }
    if groups == 0 {
        return None;
    }
    let unit = if last_unit.is_finite() {
        last_unit
    } else {
        1.0
    };
    Some((
        p,
        Quantity {
            lo,
            hi,
            vague,
            unit,
        },
    ))
}

/// After a space, `2000억` continues `1조`, but `3 달러` or `2024년` does not.
fn next_group_has_unit(lex: &Lexicon, text: &str, p: usize) -> bool {
    let Some((q, _)) = parse_number(text, p) else {
        return false;
    };
    let q = lex
        .smalls
        .iter()
        .find(|(w, _)| text[q..].starts_with(w.as_str()))
        .map_or(q, |(w, _)| q + w.len());
    lex.scales
        .iter()
        .any(|(w, _)| !w.is_ascii() && text[q..].starts_with(w.as_str()))
}

/// Digits with optional thousands commas and one decimal part: `10,000`, `1.5`.
fn parse_number(text: &str, start: usize) -> Option<(usize, f64)> {
    let bytes = text.as_bytes();
    let mut p = start;
    let mut digits = String::new();
    while p < bytes.len() && bytes[p].is_ascii_digit() {
        digits.push(bytes[p] as char);
        p += 1;
    }
    if digits.is_empty() {
        return None;
    }
    // Thousands groups: a comma followed by exactly three digits.
    while bytes.get(p) == Some(&b',') {
        let exact = bytes
            .get(p + 1..p + 4)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(p + 4).is_some_and(u8::is_ascii_digit);
        if !exact {
            break;
        }
        digits.extend(bytes[p + 1..p + 4].iter().map(|b| *b as char));
        p += 4;
    }
    if bytes.get(p) == Some(&b'.') && bytes.get(p + 1).is_some_and(u8::is_ascii_digit) {
        digits.push('.');
        p += 1;
        while p < bytes.len() && bytes[p].is_ascii_digit() {
            digits.push(bytes[p] as char);
            p += 1;
        }
    }
    let value: f64 = digits.parse().ok()?;
    value.is_finite().then_some((p, value))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// (input, matched text, value, currency, approximate)
    const CASES: &[(&str, &str, f64, &str, bool)] = &[
        (
            "100억 달러 클라우드 계약",
            "100억 달러",
            1.0e10,
            "USD",
            false,
        ),
        ("6억 달러 규모의 계약을", "6억 달러", 6.0e8, "USD", false),
        (
            "최소 150억 달러(17조원) 규모",
            "최소 150억 달러(17조원)",
            1.5e10,
            "USD",
            false,
        ),
        ("5억달러를 투자", "5억달러", 5.0e8, "USD", false),
        ("10,000달러", "10,000달러", 1.0e4, "USD", false),
        ("$5 billion deal", "$5 billion", 5.0e9, "USD", false),
        ("US$ 3 million", "US$ 3 million", 3.0e6, "USD", false),
        ("1조 2000억원을 들여", "1조 2000억원", 1.2e12, "KRW", false),
        ("3억5천만원", "3억5천만원", 3.5e8, "KRW", false),
        ("5천만 원이 든다", "5천만 원", 5.0e7, "KRW", false),
        ("약 1.5조원", "약 1.5조원", 1.5e12, "KRW", true),
        ("총 300억 엔", "총 300억 엔", 3.0e10, "JPY", false),
        ("20억 유로에", "20억 유로", 2.0e9, "EUR", false),
        ("50억 위안", "50억 위안", 5.0e9, "CNY", false),
        ("10억 파운드", "10억 파운드", 1.0e9, "GBP", false),
        ("2000원짜리", "2000원", 2.0e3, "KRW", false),
        ("100억 달러였다", "100억 달러", 1.0e10, "USD", false),
        ("5억 달러 가량", "5억 달러 가량", 5.0e8, "USD", true),
        ("€200 million", "€200 million", 2.0e8, "EUR", false),
    ];

    #[test]
    fn table_of_amounts() {
        for (input, text, value, currency, approx) in CASES {
            let found = find_amounts(input);
            assert_eq!(found.len(), 1, "{input}: {found:?}");
            let m = &found[0];
            assert_eq!(&input[m.start..m.end], *text, "{input}");
            assert_eq!(m.amount.text, *text, "{input}");
            assert!(
                (m.amount.value - value).abs() < 1e-3,
                "{input}: {}",
                m.amount.value
            );
            assert_eq!(m.amount.currency, *currency, "{input}");
            assert_eq!(m.amount.approximate, *approx, "{input}");
            assert_eq!(m.amount.usd.is_some(), *currency == "USD", "{input}");
        }
    }

    #[test]
    fn vague_amounts_are_ranges_with_the_midpoint_as_value() {
        let a = parse_amount("수조원대").unwrap();
        assert_eq!(a.range, Some((1e12, 1e13)));
        assert_eq!(a.value, 5.5e12);
        assert!(a.approximate);
        assert_eq!(a.currency, "KRW");
        let b = parse_amount("수십억 원").unwrap();
        assert_eq!(b.range, Some((1e9, 1e10)));
        let c = parse_amount("수백만 달러").unwrap();
        assert_eq!(c.range, Some((1e6, 1e7)));
        assert_eq!(c.usd, Some(c.value));
        let d = parse_amount("1~2조원").unwrap();
        assert_eq!(d.range, Some((1e12, 2e12)));
    }

    #[test]
    fn not_money() {
        for s in [
            "약 3200m²(약 970평) 규모",
            "점유율 33%를",
            "452개의 목표",
            "2024년 2월까지",
            "5원칙을 세웠다",
            "연구원 3명",
            "100만 엔진",
            "수요가 많다",
            "v2.5 billionaire",
        ] {
            assert!(find_amounts(s).is_empty(), "{s}: {:?}", find_amounts(s));
        }
    }

    #[test]
    fn several_amounts_in_a_sentence() {
        let s = "A는 100억 달러, B는 2조원을 냈다.";
        let found = find_amounts(s);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].amount.value, 2e12);
        assert_eq!(&s[found[1].start..found[1].end], "2조원");
    }

    #[test]
    fn conversion_in_brackets_is_one_amount() {
        let found = find_amounts("수입은 최소 150억 달러(17조원) 규모에 이를 것");
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].amount.text, "최소 150억 달러(17조원)");
        assert_eq!(found[0].amount.usd, Some(1.5e10));
    }

    #[test]
    fn long_digit_runs_are_linear() {
        let s = "1".repeat(200_000) + "원";
        let _ = find_amounts(&s);
        let t = "수".repeat(100_000);
        assert!(find_amounts(&t).is_empty());
    }
}
