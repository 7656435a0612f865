//! Dates in Korean text, resolved against the article's publication date.
//!
//! Absolute dates (`2022년`, `2010년 4월`, `2019년 5월 3일`, `2024-02-01`) are read as written;
//! relative ones (`지난해`, `지난달 3일`, `지난 6월`, `2년 전`, `오는 9월`, `같은 달 21일`) are
//! resolved against the publication date and marked `relative`. The vocabulary is data in
//! `data/date_words.txt`. Without a publication date, relative expressions are skipped: this
//! module never invents a reference date. Durations (`3일 동안`, `5년 간`, `10개월`) are not
//! dates, and `(현지시간)` is never part of a match. Linear time, no panics.

use std::sync::OnceLock;

use crate::hangul::is_syllable;
use crate::model::{DatePrecision, DealDate};

const DATE_WORDS_TXT: &str = include_str!("../data/date_words.txt");

/// Longest tail of an eojeol looked at after a date (`에는`, `까지`, `부터는`).
const MAX_TAIL_CHARS: usize = 12;
/// Years outside this range are not read as years (`452개`, `10000년`).
const YEARS: std::ops::RangeInclusive<u32> = 1900..=2100;

/// A publication date: year, optional month and day.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PubDate {
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
}

/// Parses `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; `None` for anything else (including bad months
/// and days such as `2024-13` or `2023-02-29`).
pub fn parse_pub_date(s: &str) -> Option<PubDate> {
    let mut it = s.trim().split('-');
    let y = it.next()?;
    if y.len() != 4 || !y.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let year: i32 = y.parse().ok()?;
    let part = |p: Option<&str>| -> Result<Option<u8>, ()> {
        match p {
            None => Ok(None),
            Some(p) if p.len() == 2 && p.bytes().all(|b| b.is_ascii_digit()) => {
                p.parse().map(Some).map_err(|_| ())
            }
            Some(_) => Err(()),
        }
    };
    let month = part(it.next()).ok()?;
    let day = part(it.next()).ok()?;
    if it.next().is_some() || (month.is_none() && day.is_some()) {
        return None;
    }
    if let Some(m) = month {
        if !(1..=12).contains(&m) {
            return None;
        }
        if let Some(d) = day {
            if d == 0 || d > days_in_month(year, m) {
                return None;
            }
        }
    }
    Some(PubDate { year, month, day })
}

/// A date expression found in a text, with its byte range.
#[derive(Debug, Clone, PartialEq)]
pub struct DateMatch {
    pub start: usize,
    pub end: usize,
    pub date: DealDate,
}

/// Every date expression in `text`, left to right, resolved against `published` where
/// relative.
pub fn find_dates(text: &str, published: Option<PubDate>) -> Vec<DateMatch> {
    let mut scan = Scanner {
        lex: lexicon(),
        text,
        published,
        last: None,
    };
    crate::scan::non_overlapping(text, |prev, i, c| {
        let boundary = !prev.is_some_and(|p| p.is_ascii_alphanumeric() || p == '.')
            && (c.is_ascii_digit() || !prev.is_some_and(is_syllable));
        if !boundary {
            return None;
        }
        let (end, resolved) = scan.parse_at(i)?;
        scan.last = Some((resolved.year, resolved.month));
        Some((end, resolved.into_date(&text[i..end])))
    })
    .into_iter()
    .map(|f| DateMatch {
        start: f.start,
        end: f.end,
        date: f.value,
    })
    .collect()
}

/// Days in a month of the proleptic Gregorian calendar.
pub fn days_in_month(year: i32, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

#[derive(Debug, Default)]
struct Lexicon {
    /// (word, kind, offset); longest word first.
    relative: Vec<(String, RelKind, i32)>,
    past: Vec<String>,
    future: Vec<String>,
    ago: Vec<(String, Unit)>,
    decade: Vec<(String, i32)>,
    period: Vec<String>,
    notday: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum RelKind {
    Year,
    Month,
    Week,
    SameYear,
    SameMonth,
    NextYear,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Unit {
    Year,
    Month,
    Week,
    Day,
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(|| parse_lexicon(DATE_WORDS_TXT))
}

fn parse_lexicon(src: &str) -> Lexicon {
    let mut lex = Lexicon::default();
    for line in src.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let f: Vec<&str> = line.split_whitespace().collect();
        let (Some(kind), Some(word)) = (f.first().copied(), f.get(1).map(|w| w.replace('_', " ")))
        else {
            continue;
        };
        let arg = f.get(2).copied().unwrap_or("");
        let n: i32 = arg.parse().unwrap_or(0);
        match kind {
            "year" => lex.relative.push((word, RelKind::Year, n)),
            "month" => lex.relative.push((word, RelKind::Month, n)),
            "week" => lex.relative.push((word, RelKind::Week, n)),
            "same" if arg == "year" => lex.relative.push((word, RelKind::SameYear, 0)),
            "same" => lex.relative.push((word, RelKind::SameMonth, 0)),
            "next" => lex.relative.push((word, RelKind::NextYear, 1)),
            "past" => lex.past.push(word),
            "future" => lex.future.push(word),
            "ago" => {
                let unit = match arg {
                    "year" => Unit::Year,
                    "month" => Unit::Month,
                    "week" => Unit::Week,
                    _ => Unit::Day,
                };
                lex.ago.push((word, unit));
            }
            "decade" => lex.decade.push((word, n)),
            "period" => lex.period.push(word),
            "notday" => lex.notday.push(word),
            _ => {}
        }
    }
    let len = |s: &String| std::cmp::Reverse(s.chars().count());
    lex.relative.sort_by_key(|e| len(&e.0));
    lex.past.sort_by_key(len);
    lex.future.sort_by_key(len);
    lex.ago.sort_by_key(|e| len(&e.0));
    lex.decade.sort_by_key(|e| len(&e.0));
    lex.period.sort_by_key(len);
    lex.notday.sort_by_key(len);
    lex
}

/// A resolved date before it gets its text.
#[derive(Debug, Clone, Copy)]
struct Resolved {
    year: i32,
    month: Option<u8>,
    day: Option<u8>,
    relative: bool,
}

impl Resolved {
    fn into_date(self, text: &str) -> DealDate {
        let precision = match (self.month, self.day) {
            (Some(_), Some(_)) => DatePrecision::Day,
            (Some(_), None) => DatePrecision::Month,
            _ => DatePrecision::Year,
        };
        DealDate {
            text: text.to_string(),
            year: self.year,
            month: self.month,
            day: if self.month.is_some() { self.day } else { None },
            precision,
            relative: self.relative,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Direction {
    /// The most recent one on or before publication (지난 6월).
    Past,
    /// The next one on or after publication (오는 9월).
    Future,
}

struct Scanner<'a> {
    lex: &'a Lexicon,
    text: &'a str,
    published: Option<PubDate>,
    /// Year and month of the previous date (for 같은 달, 이듬해).
    last: Option<(i32, Option<u8>)>,
}

impl Scanner<'_> {
    fn parse_at(&self, i: usize) -> Option<(usize, Resolved)> {
        let rest = &self.text[i..];
        for (words, dir) in [
            (&self.lex.past, Direction::Past),
            (&self.lex.future, Direction::Future),
        ] {
            if let Some(w) = words.iter().find(|w| rest.starts_with(w.as_str())) {
                let p = skip_space(self.text, i + w.len());
                if let Some(found) = self.after_marker(p, dir) {
                    return Some(found);
                }
            }
        }
        if let Some((w, kind, n)) = self
            .lex
            .relative
            .iter()
            .find(|(w, _, _)| rest.starts_with(w.as_str()))
        {
            return self.relative_word(i + w.len(), *kind, *n);
        }
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return self
                .absolute(i)
                .or_else(|| self.ago(i))
                .or_else(|| self.month_day(i, Direction::Past, true))
                .or_else(|| self.bare_day(i));
        }
        None
    }

    /// After `지난`/`오는`: a year, a month (and day), or a day.
    fn after_marker(&self, p: usize, dir: Direction) -> Option<(usize, Resolved)> {
        self.absolute(p)
            .or_else(|| self.month_day(p, dir, false))
            .or_else(|| {
                let (end, d) = self.day_word(p)?;
                Some((end, self.resolve_day(d, dir)?))
            })
    }

    /// `2022년`, `2010년 4월`, `2019년 5월 3일`, `2009년 상반기`, `2010년대 초반`, `2024-02-01`.
    fn absolute(&self, p: usize) -> Option<(usize, Resolved)> {
        let text = self.text;
        let (q, year, digits) = number(text, p)?;
        if digits != 4 || !YEARS.contains(&year) {
            return None;
        }
        let year = year as i32;
        let mut r = Resolved {
            year,
            month: None,
            day: None,
            relative: false,
        };
        if let Some(found) = iso_date(text, q, year) {
            return Some(found);
        }
        let mut q = q;
        q = eat(text, q, "년")?;
        if let Some(after) = eat(text, q, "대") {
            let p2 = skip_space(text, after);
            if let Some((w, n)) = self
                .lex
                .decade
                .iter()
                .find(|(w, _)| text[p2..].starts_with(w.as_str()))
            {
                r.year += n;
                return Some((p2 + w.len(), r));
            }
            return Some((after, r));
        }
        if let Some((end, m, d)) = self.month_and_day(skip_space(text, q)) {
            r.month = Some(m);
            r.day = d;
            return Some((end, r));
        }
        let p2 = skip_space(text, q);
        if let Some(w) = self
            .lex
            .period
            .iter()
            .find(|w| text[p2..].starts_with(w.as_str()))
        {
            if !text[p2 + w.len()..].starts_with(|c: char| c.is_ascii_digit()) {
                q = p2 + w.len();
            }
        }
        Some((q, r))
    }

    /// `M월` with an optional ` D일`: (end, month, day).
    fn month_and_day(&self, p: usize) -> Option<(usize, u8, Option<u8>)> {
        let text = self.text;
        let (q, m, digits) = number(text, p)?;
        if digits > 2 || !(1..=12).contains(&m) {
            return None;
        }
        let q = eat(text, q, "월")?;
        if let Some((end, d)) = self.day_word(skip_space(text, q)) {
            return Some((end, m as u8, Some(d)));
        }
        Some((q, m as u8, None))
    }

    /// `D일` (1..=31), not followed by a digit.
    fn day_word(&self, p: usize) -> Option<(usize, u8)> {
        let (q, d, digits) = number(self.text, p)?;
        if digits > 2 || !(1..=31).contains(&d) {
            return None;
        }
        let q = eat(self.text, q, "일")?;
        Some((q, d as u8))
    }

    /// `M월 (D일)` after 지난/오는 or on its own (then the tail must look like a date).
    fn month_day(&self, p: usize, dir: Direction, bare: bool) -> Option<(usize, Resolved)> {
        let (end, m, d) = self.month_and_day(p)?;
        if bare && d.is_none() && !self.date_tail_ok(end) {
            return None;
        }
        let pubd = self.published?;
        let mut year = pubd.year;
        if !bare {
            if let Some(pm) = pubd.month {
                year = match dir {
                    Direction::Past if m > pm => pubd.year - 1,
                    Direction::Future if m < pm => pubd.year + 1,
                    _ => pubd.year,
                };
            }
        }
        if let Some(day) = d {
            if day > days_in_month(year, m) {
                return None;
            }
        }
        Some((
            end,
            Resolved {
                year,
                month: Some(m),
                day: d,
                relative: true,
            },
        ))
    }

    /// A lone `D일`: `20일(현지시간)`, `21일에는`; not `3일 동안`.
    fn bare_day(&self, p: usize) -> Option<(usize, Resolved)> {
        let (end, d) = self.day_word(p)?;
        let after = &self.text[end..];
        if !after.starts_with("(현지") && !self.date_tail_ok(end) {
            return None;
        }
        Some((end, self.resolve_day(d, Direction::Past)?))
    }

    /// True when what follows a date is a particle chain and not a duration word.
    fn date_tail_ok(&self, end: usize) -> bool {
        let text = self.text;
        let tail = eojeol_tail(text, end);
        let Some(tail) = tail else {
            return false;
        };
        if self.lex.notday.iter().any(|w| tail.starts_with(w.as_str())) {
            return false;
        }
        if tail.is_empty() {
            let next = &text[skip_space(text, end)..];
            return !self.lex.notday.iter().any(|w| {
                next.starts_with(w.as_str())
                    && !next[w.len()..].starts_with(|c: char| is_syllable(c))
            }) && !next.starts_with('전');
        }
        crate::josa::is_josa_chain(tail)
            || self.lex.period.iter().any(|w| {
                tail.strip_prefix(w.as_str())
                    .is_some_and(crate::josa::is_josa_chain)
            })
    }

    /// Day `d` of the publication month, or of the month before (after) when it lies after
    /// (before) the publication day.
    fn resolve_day(&self, d: u8, dir: Direction) -> Option<Resolved> {
        let pubd = self.published?;
        let pm = pubd.month?;
        let (year, month) = match (dir, pubd.day) {
            (Direction::Past, Some(pd)) if d > pd => add_months(pubd.year, pm, -1),
            (Direction::Future, Some(pd)) if d < pd => add_months(pubd.year, pm, 1),
            _ => (pubd.year, pm),
        };
        (d <= days_in_month(year, month)).then_some(Resolved {
            year,
            month: Some(month),
            day: Some(d),
            relative: true,
        })
    }

    /// `N년 전`, `3개월 전`, `2주 전`, `5일 전`.
    fn ago(&self, p: usize) -> Option<(usize, Resolved)> {
        let text = self.text;
        let (q, n, digits) = number(text, p)?;
        if digits > 3 {
            return None;
        }
        let (w, unit) = self
            .lex
            .ago
            .iter()
            .find(|(w, _)| text[q..].starts_with(w.as_str()))?;
        let q = q + w.len();
        let end = eat(text, skip_space(text, q), "전")?;
        let pubd = self.published?;
        let n = n as i32;
        let r = match unit {
            Unit::Year => Resolved {
                year: pubd.year - n,
                month: None,
                day: None,
                relative: true,
            },
            Unit::Month => {
                let (y, m) = add_months(pubd.year, pubd.month?, -n);
                Resolved {
                    year: y,
                    month: Some(m),
                    day: None,
                    relative: true,
                }
            }
            Unit::Week | Unit::Day => {
                let days = if *unit == Unit::Week { 7 * n } else { n };
                let (y, m, d) = self.shift_days(-days)?;
                Resolved {
                    year: y,
                    month: Some(m),
                    day: d.filter(|_| *unit == Unit::Day),
                    relative: true,
                }
            }
        };
        Some((end, r))
    }

    /// The publication date moved by `days`; without a publication day, only the month.
    fn shift_days(&self, days: i32) -> Option<(i32, u8, Option<u8>)> {
        let pubd = self.published?;
        let pm = pubd.month?;
        match pubd.day {
            Some(pd) => {
                let (y, m, d) = civil_from_days(days_from_civil(pubd.year, pm, pd) + days as i64);
                Some((y, m, Some(d)))
            }
            None => {
                let months = days.div_euclid(30);
                let (y, m) = add_months(pubd.year, pm, if days.abs() < 30 { 0 } else { months });
                Some((y, m, None))
            }
        }
    }

    /// After a relative word (`지난해`, `지난달`, `같은 달` ...): an optional month and day.
    fn relative_word(&self, q: usize, kind: RelKind, n: i32) -> Option<(usize, Resolved)> {
        let text = self.text;
        let base = |year: i32| Resolved {
            year,
            month: None,
            day: None,
            relative: true,
        };
        let with_month_day = |mut r: Resolved| {
            if let Some((end, m, d)) = self.month_and_day(skip_space(text, q)) {
                r.month = Some(m);
                r.day = d.filter(|d| *d <= days_in_month(r.year, m));
                return (end, r);
            }
            (q, r)
        };
        let with_day = |mut r: Resolved| {
            if let (Some(m), Some((end, d))) = (r.month, self.day_word(skip_space(text, q))) {
                if d <= days_in_month(r.year, m) {
                    r.day = Some(d);
                    return (end, r);
                }
            }
            (q, r)
        };
        match kind {
            RelKind::Year => Some(with_month_day(base(self.published?.year + n))),
            RelKind::Month => {
                let pubd = self.published?;
                let (y, m) = add_months(pubd.year, pubd.month?, n);
                let mut r = base(y);
                r.month = Some(m);
                Some(with_day(r))
            }
            RelKind::Week => {
                let (y, m, _) = self.shift_days(7 * n)?;
                let mut r = base(y);
                r.month = Some(m);
                Some((q, r))
            }
            RelKind::SameYear | RelKind::NextYear => {
                let (year, _) = self.last?;
                Some(with_month_day(base(year + n)))
            }
            RelKind::SameMonth => {
                let (year, month) = self.last?;
                let mut r = base(year);
                r.month = Some(month?);
                Some(with_day(r))
            }
        }
    }
}

/// `YYYY-MM-DD`, `YYYY.MM.DD`, `YYYY/MM/DD` right after the year digits at `q`.
fn iso_date(text: &str, q: usize, year: i32) -> Option<(usize, Resolved)> {
    let sep = text[q..]
        .chars()
        .next()
        .filter(|c| matches!(c, '-' | '.' | '/'))?;
    let (q2, m, md) = number(text, q + 1)?;
    let q3 = eat(text, q2, sep.encode_utf8(&mut [0; 4]))?;
    let (q4, d, dd) = number(text, q3)?;
    if md > 2 || dd > 2 || !(1..=12).contains(&m) {
        return None;
    }
    let (m, d) = (m as u8, d as u8);
    if d == 0 || d > days_in_month(year, m) {
        return None;
    }
    Some((
        q4,
        Resolved {
            year,
            month: Some(m),
            day: Some(d),
            relative: false,
        },
    ))
}

/// ASCII digits at `p`: (end, value, number of digits). `None` for more than 9 digits.
fn number(text: &str, p: usize) -> Option<(usize, u32, usize)> {
    let digits = text[p..]
        .bytes()
        .take_while(u8::is_ascii_digit)
        .take(10)
        .count();
    if digits == 0 || digits > 9 {
        return None;
    }
    let value = text[p..p + digits].parse().ok()?;
    Some((p + digits, value, digits))
}

fn eat(text: &str, p: usize, word: &str) -> Option<usize> {
    text[p..].starts_with(word).then_some(p + word.len())
}

fn skip_space(text: &str, p: usize) -> usize {
    if text[p..].starts_with(' ') {
        p + 1
    } else {
        p
    }
}

/// The Hangul rest of the eojeol at `end` (up to `MAX_TAIL_CHARS`), `None` when longer.
fn eojeol_tail(text: &str, end: usize) -> Option<&str> {
    let rest = &text[end..];
    match rest
        .char_indices()
        .take(MAX_TAIL_CHARS + 1)
        .find(|(_, c)| !is_syllable(*c))
    {
        Some((i, _)) => Some(&rest[..i]),
        None if rest.chars().take(MAX_TAIL_CHARS + 1).count() <= MAX_TAIL_CHARS => Some(rest),
        None => None,
    }
}

fn add_months(year: i32, month: u8, n: i32) -> (i32, u8) {
    let total = year * 12 + (i32::from(month) - 1) + n;
    (total.div_euclid(12), (total.rem_euclid(12) + 1) as u8)
}

/// Days since 1970-01-01 (H. Hinnant's algorithm).
fn days_from_civil(y: i32, m: u8, d: u8) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = i64::from(m);
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn civil_from_days(z: i64) -> (i32, u8, u8) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u8;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y as i32, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    const PUB: PubDate = PubDate {
        year: 2020,
        month: Some(10),
        day: Some(21),
    };

    /// (input, matched text, iso, relative)
    const CASES: &[(&str, &str, &str, bool)] = &[
        ("2022년 분사했다", "2022년", "2022", false),
        ("2010년 4월 제프 베조스는", "2010년 4월", "2010-04", false),
        ("2024년 2월까지 맺었다", "2024년 2월", "2024-02", false),
        ("2019년 5월 3일에", "2019년 5월 3일", "2019-05-03", false),
        ("2009년 상반기 진출", "2009년 상반기", "2009", false),
        (
            "지난 2010년대 초반부터",
            "지난 2010년대 초반",
            "2010",
            false,
        ),
        ("2024-02-01 발표", "2024-02-01", "2024-02-01", false),
        ("지난해 제타이", "지난해", "2019", true),
        ("작년에는", "작년", "2019", true),
        ("올해에는 CIA가", "올해", "2020", true),
        ("금년 중", "금년", "2020", true),
        ("내년을 기점으로", "내년", "2021", true),
        ("지난해 12월 계약", "지난해 12월", "2019-12", true),
        (
            "지난달 3일(현지시각) MS와",
            "지난달 3일",
            "2020-09-03",
            true,
        ),
        ("지난달말 야후", "지난달", "2020-09", true),
        ("이달 발생한", "이달", "2020-10", true),
        ("다음 달 취임", "다음 달", "2020-11", true),
        ("지난 6월, 사업부를", "지난 6월", "2020-06", true),
        ("지난 11월 발표", "지난 11월", "2019-11", true),
        ("지난 9월 초에", "지난 9월", "2020-09", true),
        ("지난 5일에도", "지난 5일", "2020-10-05", true),
        ("지난 25일 발표", "지난 25일", "2020-09-25", true),
        ("지난주 보스턴", "지난주", "2020-10", true),
        ("2년 전에 월마트와", "2년 전", "2018", true),
        ("3개월 전 발표", "3개월 전", "2020-07", true),
        ("5일 전 발표", "5일 전", "2020-10-16", true),
        ("오는 9월까지", "오는 9월", "2021-09", true),
        ("오는 12월 출시", "오는 12월", "2020-12", true),
        ("20일(현지시간) 보도했다", "20일", "2020-10-20", true),
        ("1월 16일 간담회", "1월 16일", "2020-01-16", true),
    ];

    #[test]
    fn table_of_dates() {
        for (input, text, iso, relative) in CASES {
            let found = find_dates(input, Some(PUB));
            assert_eq!(found.len(), 1, "{input}: {found:?}");
            let m = &found[0];
            assert_eq!(&input[m.start..m.end], *text, "{input}");
            assert_eq!(m.date.text, *text);
            assert_eq!(m.date.iso(), *iso, "{input}");
            assert_eq!(m.date.relative, *relative, "{input}");
        }
    }

    #[test]
    fn precision_follows_the_fields() {
        let d = &find_dates("2019년 5월 3일", None)[0].date;
        assert_eq!(d.precision, DatePrecision::Day);
        let m = &find_dates("지난 6월", Some(PUB))[0].date;
        assert_eq!(m.precision, DatePrecision::Month);
        let y = &find_dates("지난해", Some(PUB))[0].date;
        assert_eq!(y.precision, DatePrecision::Year);
    }

    #[test]
    fn not_dates() {
        for s in [
            "3일 동안 지연됐다",
            "10개월 동안 계약은",
            "향후 5년 간 수조원대",
            "452개의 목표",
            "1주년을 맞이하는",
            "3200m²",
            "v2022년",
            "12345년",
            "13월에",
            "(현지시간)",
            "10년 후에는",
            "3개월 만에",
        ] {
            assert!(
                find_dates(s, Some(PUB)).is_empty(),
                "{s}: {:?}",
                find_dates(s, Some(PUB))
            );
        }
    }

    #[test]
    fn relative_dates_need_a_publication_date() {
        assert!(find_dates("지난해 지난달 3일 지난 6월 2년 전", None).is_empty());
        assert_eq!(find_dates("2022년", None).len(), 1);
    }

    #[test]
    fn same_month_refers_to_the_previous_date() {
        let found = find_dates("지난 1월 16일 간담회. 같은 달 21일에는 성명서", Some(PUB));
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].date.iso(), "2020-01-21");
        assert!(found[1].date.relative);
    }

    #[test]
    fn publication_month_only() {
        let p = PubDate {
            year: 2008,
            month: Some(8),
            day: None,
        };
        let found = find_dates("지난 5일에도 투자에 참여했다. 지난달 S3는", Some(p));
        assert_eq!(found[0].date.iso(), "2008-08-05");
        assert_eq!(found[1].date.iso(), "2008-07");
    }

    #[test]
    fn year_boundaries() {
        let jan = PubDate {
            year: 2015,
            month: Some(1),
            day: Some(3),
        };
        assert_eq!(find_dates("지난달", Some(jan))[0].date.iso(), "2014-12");
        assert_eq!(
            find_dates("지난 5일", Some(jan))[0].date.iso(),
            "2014-12-05"
        );
        assert_eq!(find_dates("지난주", Some(jan))[0].date.iso(), "2014-12");
    }

    #[test]
    fn pub_dates() {
        assert_eq!(
            parse_pub_date("2020-10"),
            Some(PubDate {
                year: 2020,
                month: Some(10),
                day: None
            })
        );
        assert_eq!(parse_pub_date(" 2019 ").map(|p| p.year), Some(2019));
        for bad in [
            "2020-13",
            "2023-02-29",
            "20-1",
            "2020-1",
            "2020-10-01-1",
            "",
            "abcd",
        ] {
            assert_eq!(parse_pub_date(bad), None, "{bad}");
        }
    }

    #[test]
    fn civil_round_trip() {
        for z in [-1000, 0, 59, 365, 18_000, 20_000] {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
        assert_eq!(days_from_civil(1970, 1, 1), 0);
    }

    #[test]
    fn long_inputs_are_linear() {
        let s = "지난".repeat(50_000) + &"1".repeat(100_000);
        let _ = find_dates(&s, Some(PUB));
    }
}
