//! What a trigger's clause says about the deal: denied, disputed, planned, announced or
//! signed; and the money amount and date stated in it.
//!
//! Reads cue words from the lexicon; calls the amount and date parsers. Never picks parties.

use super::lexicon::{contains_any, Cues};
use crate::amount;
use crate::date::{self, PubDate};
use crate::model::{Amount, DealDate, DealStatus};

/// True when the clause says the deal failed, was withdrawn or does not exist.
pub fn is_negated(clause: &str, cues: &Cues) -> bool {
    let mut text = clause.to_string();
    for e in &cues.negation_exceptions {
        text = text.replace(e.as_str(), " ");
    }
    contains_any(&text, &cues.negation)
}

/// The status the clause states (disputed, then signed, planned, announced; signed by default).
pub fn status_of(clause: &str, cues: &Cues) -> DealStatus {
    if contains_any(clause, &cues.disputed) {
        DealStatus::Disputed
    } else if contains_any(clause, &cues.signed) {
        DealStatus::Signed
    } else if contains_any(clause, &cues.planned) {
        DealStatus::Planned
    } else if contains_any(clause, &cues.announced) {
        DealStatus::Announced
    } else {
        DealStatus::Signed
    }
}

/// The amounts and dates of one sentence, found once and shared by all its deals.
pub struct Found {
    /// Empty when the sentence states a market size (that is no deal's amount).
    amounts: Vec<amount::AmountMatch>,
    dates: Vec<date::DateMatch>,
}

impl Found {
    pub fn new(sentence: &str, cues: &Cues, published: Option<PubDate>) -> Found {
        let amounts = if contains_any(sentence, &cues.market) {
            Vec::new()
        } else {
            amount::find_amounts(sentence)
        };
        Found {
            amounts,
            dates: date::find_dates(sentence, published),
        }
    }
}

/// The first amount inside `[from, to)` (character offsets into `sentence`), unless the
/// sentence states a market size.
pub fn amount_in(sentence: &str, found: &Found, from: usize, to: usize) -> Option<Amount> {
    found
        .amounts
        .iter()
        .find(|m| within(sentence, m.start, from, to))
        .map(|m| m.amount.clone())
}

/// The first date inside `[from, to)`, else the first in the sentence; `None` when the
/// sentence has none (the publication date is not assumed).
pub fn date_in(sentence: &str, found: &Found, from: usize, to: usize) -> Option<DealDate> {
    let dates = &found.dates;
    let inside = dates.iter().find(|m| within(sentence, m.start, from, to));
    inside.or(dates.first()).map(|m| m.date.clone())
}

fn within(sentence: &str, byte: usize, from: usize, to: usize) -> bool {
    let at = sentence
        .get(..byte)
        .map_or(usize::MAX, |s| s.chars().count());
    (from..to).contains(&at)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;

    #[test]
    fn negation_and_status() {
        let c = &lexicon().cues;
        assert!(is_negated("협약에 대해서는 설명할 부분이 없다", c));
        assert!(is_negated("인수 협상이 결렬됐다", c));
        assert!(!is_negated("파트너가 될 수 밖에 없다", c));
        assert_eq!(
            status_of("계약을 체결했다고 발표했다", c),
            DealStatus::Signed
        );
        assert_eq!(status_of("인수를 검토하고 있다", c), DealStatus::Planned);
        assert_eq!(status_of("기술을 공개했다", c), DealStatus::Announced);
        assert_eq!(
            status_of("이의를 제기해 계약이 지연됐다", c),
            DealStatus::Disputed
        );
        assert_eq!(status_of("협력했다", c), DealStatus::Signed);
    }
}
