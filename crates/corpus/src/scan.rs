//! Left-to-right scanning of a text for expressions that never overlap (amounts, dates).
//!
//! The caller says, at each character, whether an expression starts there and where it ends;
//! the scan then resumes after it. Linear in the text for parsers that read ahead a bounded
//! amount.

/// One expression found by [`non_overlapping`]: its byte range and what it parsed to.
pub(crate) struct Found<T> {
    pub start: usize,
    pub end: usize,
    pub value: T,
}

/// Calls `at(previous char, byte offset, char)` at every character not inside an earlier
/// find; a `Some((end, value))` with `end` past the offset is kept and skipped over.
pub(crate) fn non_overlapping<T>(
    text: &str,
    mut at: impl FnMut(Option<char>, usize, char) -> Option<(usize, T)>,
) -> Vec<Found<T>> {
    let mut out = Vec::new();
    let mut prev: Option<char> = None;
    let mut i = 0;
    while let Some(c) = text.get(i..).and_then(|rest| rest.chars().next()) {
        if let Some((end, value)) = at(prev, i, c).filter(|(end, _)| *end > i) {
            out.push(Found {
                start: i,
                end,
                value,
            });
            prev = text.get(..end).and_then(|t| t.chars().next_back());
            i = end;
            continue;
        }
        prev = Some(c);
        i += c.len_utf8();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_do_not_overlap_and_see_the_char_before() {
        // Digit runs that do not follow a letter or digit.
        let found = non_overlapping("a12 34 x5", |prev, i, c| {
            if !c.is_ascii_digit() || prev.is_some_and(|p| p.is_ascii_alphanumeric()) {
                return None;
            }
            let text = "a12 34 x5";
            let end = i + text[i..].bytes().take_while(u8::is_ascii_digit).count();
            Some((end, &text[i..end]))
        });
        let got: Vec<(usize, usize, &str)> =
            found.iter().map(|f| (f.start, f.end, f.value)).collect();
        assert_eq!(got, [(4, 6, "34")]);
    }

    #[test]
    fn an_empty_find_does_not_stop_the_scan() {
        let found = non_overlapping("가나", |_, i, _| Some((i, ())));
        assert!(found.is_empty());
    }
}
