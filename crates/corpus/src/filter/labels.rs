//! Human labels of deal kinds and statuses in Korean and English, and the words search accepts
//! for them.
//!
//! Only constant tables; never used for ids (ids come from `DealKind::id`/`DealStatus::id`).

use crate::model::{DealKind, DealStatus};
use crate::view::Lang;

/// (label ko, label en, extra search words) per kind.
fn kind_row(kind: DealKind) -> (&'static str, &'static str, &'static str) {
    match kind {
        DealKind::Partnership => (
            "협력",
            "Partnership",
            "제휴 파트너십 업무협약 mou 협약 alliance",
        ),
        DealKind::Contract => ("계약", "Contract", "공급계약 수주 deal agreement"),
        DealKind::Investment => ("투자", "Investment", "출자 지분투자 invest stake"),
        DealKind::Acquisition => ("인수", "Acquisition", "인수합병 m&a 매각 buyout merger"),
        DealKind::Lease => ("임차", "Lease", "임대 리스 lease rent"),
        DealKind::EquitySwap => (
            "지분 교환",
            "Equity swap",
            "지분교환 지분맞교환 주식교환 swap",
        ),
        DealKind::Customer => ("고객 확보", "Customer", "고객 도입 client"),
        DealKind::SpinOff => ("분사", "Spin-off", "분할 물적분할 spinoff spin-off"),
    }
}

/// The label of a deal kind.
pub fn kind_label(kind: DealKind, lang: Lang) -> &'static str {
    let (ko, en, _) = kind_row(kind);
    match lang {
        Lang::Ko => ko,
        Lang::En => en,
    }
}

/// Every word a search for this kind may use: both labels and synonyms.
pub fn kind_search_words(kind: DealKind) -> [&'static str; 3] {
    let (ko, en, extra) = kind_row(kind);
    [ko, en, extra]
}

/// The label of a deal status.
pub fn status_label(status: DealStatus, lang: Lang) -> &'static str {
    match (status, lang) {
        (DealStatus::Signed, Lang::Ko) => "체결",
        (DealStatus::Signed, Lang::En) => "Signed",
        (DealStatus::Announced, Lang::Ko) => "발표",
        (DealStatus::Announced, Lang::En) => "Announced",
        (DealStatus::Planned, Lang::Ko) => "추진·검토",
        (DealStatus::Planned, Lang::En) => "Planned",
        (DealStatus::Disputed, Lang::Ko) => "분쟁·지연",
        (DealStatus::Disputed, Lang::En) => "Disputed",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_kind_and_status_has_two_labels() {
        for k in DealKind::ALL {
            assert!(!kind_label(k, Lang::Ko).is_empty());
            assert!(kind_label(k, Lang::En).is_ascii());
        }
        for s in DealStatus::ALL {
            assert_ne!(status_label(s, Lang::Ko), status_label(s, Lang::En));
        }
    }
}
