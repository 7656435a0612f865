//! Display helpers shared by the app and exports: money formatting and text segmentation.
//!
//! Pure string work, tested on the host; never produces HTML.

use crate::model::{Amount, Span};

/// A range to mark and the CSS class of its `<mark>`.
#[derive(Debug, Clone, PartialEq)]
pub struct Mark {
    pub span: Span,
    pub class: &'static str,
}

/// Splits `text` at character ranges into (segment, class) pieces.
pub fn segments<'a>(text: &'a str, marks: &[Mark]) -> Vec<(&'a str, Option<&'static str>)> {
    let mut marks: Vec<&Mark> = marks.iter().filter(|m| m.span.start < m.span.end).collect();
    crate::sorting::sort_by_key(&mut marks, |m| {
        (m.span.start, std::cmp::Reverse(m.span.end))
    });
    // Byte offset of every char boundary, so char ranges map to slices.
    let bounds: Vec<usize> = text
        .char_indices()
        .map(|(b, _)| b)
        .chain([text.len()])
        .collect();
    let byte = |c: u32| bounds.get(c as usize).copied().unwrap_or(text.len());
    let mut out = Vec::new();
    let mut at = 0usize;
    for m in marks {
        let (start, end) = (byte(m.span.start).max(at), byte(m.span.end));
        if start >= end {
            continue;
        }
        if start > at {
            out.push((&text[at..start], None));
        }
        out.push((&text[start..end], Some(m.class)));
        at = end;
    }
    if at < text.len() {
        out.push((&text[at..], None));
    }
    out
}

/// `1.5e10` → `$15.0B`; other currencies with their code.
pub fn money(value: f64, currency: &str) -> String {
    let (scaled, unit) = if value >= 1e12 {
        (value / 1e12, "T")
    } else if value >= 1e9 {
        (value / 1e9, "B")
    } else if value >= 1e6 {
        (value / 1e6, "M")
    } else if value >= 1e3 {
        (value / 1e3, "K")
    } else {
        (value, "")
    };
    let number = if scaled >= 100.0 || unit.is_empty() {
        crate::decimal::fixed(scaled, 0)
    } else {
        crate::decimal::fixed(scaled, 1)
    };
    match currency {
        "USD" => format!("${number}{unit}"),
        "KRW" => format!("₩{number}{unit}"),
        other => format!("{number}{unit} {other}"),
    }
}

/// The normalised form of an amount, e.g. `≈ $15.0B` or `₩1.0T–₩10.0T`.
pub fn amount_normalised(amount: &Amount) -> String {
    let approx = if amount.approximate { "≈ " } else { "" };
    match amount.range {
        Some((lo, hi)) => format!(
            "{approx}{}–{}",
            money(lo, &amount.currency),
            money(hi, &amount.currency)
        ),
        None => format!("{approx}{}", money(amount.value, &amount.currency)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(start: u32, end: u32) -> Mark {
        Mark {
            span: Span { start, end },
            class: "hit",
        }
    }

    #[test]
    fn splits_korean_text_on_character_offsets() {
        let segs = segments("마이크로소프트와 KT가", &[mark(9, 11), mark(0, 7)]);
        assert_eq!(
            segs,
            vec![
                ("마이크로소프트", Some("hit")),
                ("와 ", None),
                ("KT", Some("hit")),
                ("가", None)
            ]
        );
    }

    #[test]
    fn overlapping_and_out_of_range_marks_do_not_panic() {
        let segs = segments("abc", &[mark(0, 2), mark(1, 3), mark(5, 9)]);
        assert_eq!(segs, vec![("ab", Some("hit")), ("c", Some("hit"))]);
    }

    #[test]
    fn money_scales() {
        assert_eq!(money(1.0e10, "USD"), "$10.0B");
        assert_eq!(money(6.0e8, "USD"), "$600M");
        assert_eq!(money(1.7e13, "KRW"), "₩17.0T");
        assert_eq!(money(950.0, "EUR"), "950 EUR");
    }
}
