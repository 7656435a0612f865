//! Fuzzing the build-time entry points with proptest: arbitrary bytes and text into decoding,
//! cleaning, sentence splitting, mentions, deals, amounts, dates and the whole pipeline must
//! never panic, and every span they return must lie inside the text.
//!
//! Long adversarial inputs (tens of thousands of particles, brackets, digits, company names)
//! live in `scale_guard.rs`.

use corpus::ingest::{article_from_text, clean, decode, normalize, sentences};
use corpus::model::Article;
use corpus::{amount, date, deals, mentions, pipeline};
use proptest::prelude::*;

mod shared_kb;
use shared_kb::{gazetteer, kb};

/// Text made of the pieces the extractors care about: company names, particles, triggers,
/// money and date words, brackets, quotes, digits, sentence ends and odd Unicode.
fn korean_news() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(vec![
            "KT",
            "마이크로소프트",
            "MS",
            "AWS",
            "아마존웹서비스",
            "네이버클라우드",
            "삼성SDS",
            "LG CNS",
            "구글",
            "오라클",
            "엔비디아",
            "가",
            "이",
            "는",
            "은",
            "와",
            "과",
            "와의",
            "에",
            "에게",
            "으로부터",
            "등과",
            "의",
            "을",
            "를",
            "도",
            "만",
            "(주)",
            "㈜",
            "손잡고",
            "협력한다",
            "계약을 맺었다",
            "인수했다",
            "투자한다",
            "임대",
            "분사",
            "양사는",
            "두 회사는",
            "않았다",
            "아니다",
            "예정이다",
            "100억",
            "1조 2000억원",
            "수조원대",
            "달러",
            "원",
            "$",
            "약",
            "가량",
            "최소",
            "~",
            "2024년",
            "3월",
            "15일",
            "지난달",
            "올해",
            "내년",
            "상반기",
            "[",
            "]",
            "(",
            ")",
            "“",
            "”",
            "\"",
            "'",
            "「",
            "」",
            ".",
            "!",
            "?",
            "。",
            ",",
            "·",
            " ",
            "\n",
            "\n\n",
            "\r\n",
            "\t",
            "기자",
            "[테크뉴스=김기자 기자]",
            "답글 남기기",
            "댓글 3",
            "\u{FEFF}",
            "\u{200B}",
            "\u{202E}",
            "\u{0301}",
            "ﾃﾞｰﾀ",
            "①",
            "㎡",
            "%",
            "0",
            "9",
            "00000000000000000000",
        ])
        .prop_map(str::to_string),
        "[가-힣]{1,3}",
        "[A-Za-z0-9]{1,4}",
        any::<char>().prop_map(String::from),
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

fn any_text() -> impl Strategy<Value = String> {
    prop_oneof![any::<String>(), korean_news()]
}

fn check_article(article: &Article) -> Result<(), TestCaseError> {
    let n = article.text.chars().count() as u32;
    for s in &article.sentences {
        prop_assert!(
            s.start <= s.end && s.end <= n,
            "sentence {s:?} in {n} chars"
        );
    }
    Ok(())
}

/// Runs mentions and deals on one article and checks every span is inside the text.
fn extract(article: &Article) -> Result<(), TestCaseError> {
    let n = article.text.chars().count() as u32;
    let found = mentions::find_with(gazetteer(), kb(), article);
    for m in &found.mentions {
        prop_assert!(m.span.start < m.span.end && m.span.end <= n, "{m:?}");
    }
    for p in &found.people {
        prop_assert!(p.span.start < p.span.end && p.span.end <= n, "{p:?}");
    }
    let mut companies = kb().companies.clone();
    companies.extend(found.discovered.iter().cloned());
    for d in deals::extract_deals(article, &found.mentions, &companies) {
        prop_assert!(
            d.evidence_span.start <= d.evidence_span.end && d.evidence_span.end <= n,
            "{d:?}"
        );
        prop_assert!(!d.parties.is_empty(), "{d:?}");
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn decode_any_bytes(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        match decode::decode(&bytes) {
            Ok(d) => prop_assert!(!d.text.contains('\0')),
            Err(e) => {
                let lines = bytes.iter().filter(|b| **b == b'\n').count() + 1;
                prop_assert!(e.line() >= 1 && e.line() <= lines, "{e:?} of {lines}");
            }
        }
    }

    #[test]
    fn decode_then_build_an_article(
        bytes in proptest::collection::vec(
            prop_oneof![any::<u8>(), Just(b'\n'), Just(0xEA), Just(0xB0), Just(0x80)],
            0..512,
        ),
        bom in proptest::sample::select(vec![&[][..], &[0xEF, 0xBB, 0xBF][..], &[0xFF, 0xFE][..], &[0xFE, 0xFF][..]]),
    ) {
        let bytes = [bom, &bytes[..]].concat();
        if let Ok(d) = decode::decode(&bytes) {
            let article = article_from_text("fuzz", &d.text);
            check_article(&article)?;
            extract(&article)?;
        }
    }

    #[test]
    fn normalize_clean_and_split_any_text(text in any_text()) {
        let normal = normalize::normalize(&text);
        let cleaned = clean::clean(&normal);
        let n = cleaned.text.chars().count() as u32;
        for s in sentences::split(&cleaned.text) {
            prop_assert!(s.start < s.end && s.end <= n, "{s:?} in {n}");
        }
    }

    #[test]
    fn article_mentions_and_deals_from_any_text(text in any_text()) {
        let article = article_from_text("fuzz", &text);
        check_article(&article)?;
        extract(&article)?;
    }

    #[test]
    fn hand_built_articles_without_sentences(text in any_text(), date in "[0-9-]{0,12}") {
        // Extraction must also cope with articles that skipped ingestion (no sentences,
        // any text, any date string).
        let mut article = article_from_text("fuzz", "");
        article.text = text;
        article.date.value = Some(date);
        extract(&article)?;
    }

    #[test]
    fn amounts_in_any_text(text in any_text()) {
        let mut last = 0;
        for m in amount::find_amounts(&text) {
            prop_assert!(last <= m.start && m.start < m.end && m.end <= text.len(), "{m:?}");
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            prop_assert!(m.amount.value.is_finite() && m.amount.value >= 0.0, "{m:?}");
            last = m.end;
        }
    }

    #[test]
    fn dates_in_any_text(text in any_text(), published in "[0-9]{4}(-[0-9]{1,2}(-[0-9]{1,2})?)?") {
        let published = date::parse_pub_date(&published);
        let mut last = 0;
        for m in date::find_dates(&text, published) {
            prop_assert!(last <= m.start && m.start < m.end && m.end <= text.len(), "{m:?}");
            prop_assert!(text.is_char_boundary(m.start) && text.is_char_boundary(m.end));
            last = m.end;
        }
    }

}

proptest! {
    // The whole pipeline builds its own gazetteer: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(24))]

    #[test]
    fn pipeline_keeps_every_article(texts in proptest::collection::vec(any_text(), 0..4)) {
        let articles: Vec<Article> = texts
            .iter()
            .enumerate()
            .map(|(i, t)| article_from_text(&format!("a{i}"), t))
            .collect();
        let ds = pipeline::build_from_articles(articles, kb());
        prop_assert_eq!(ds.articles.len(), texts.len());
        for d in &ds.deals {
            prop_assert!(ds.articles.iter().any(|a| a.id == d.article));
            for id in d.party_ids() {
                prop_assert!(ds.companies.iter().any(|c| c.id == id), "party {id} unknown");
            }
        }
        for m in &ds.mentions {
            prop_assert!(ds.companies.iter().any(|c| c.id == m.company), "{m:?}");
        }
    }
}
