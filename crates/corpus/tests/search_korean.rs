//! Korean-aware search: particles, aliases across scripts, 초성, compounds, highlighting.

use corpus::model::Span;
use corpus::search::{highlight, Query, SearchKey};

fn key(names: &[&str]) -> SearchKey {
    SearchKey::new(names.iter().copied())
}

fn aws() -> SearchKey {
    key(&[
        "Amazon Web Services",
        "아마존웹서비스",
        "AWS",
        "아마존 웹서비스",
    ])
}

fn microsoft() -> SearchKey {
    key(&["Microsoft", "마이크로소프트", "MS"])
}

fn matches(q: &str, k: &SearchKey) -> bool {
    Query::parse(q).matches_key(k)
}

#[test]
fn particles_are_ignored() {
    for q in [
        "마이크로소프트와",
        "마이크로소프트는",
        "마이크로소프트에서는",
        "MS측은",
        "microsoft의",
    ] {
        assert!(matches(q, &microsoft()), "{q}");
    }
    assert!(matches("KT가", &key(&["KT", "케이티"])));
    assert!(matches("케이티가", &key(&["KT", "케이티"])));
}

#[test]
fn one_company_is_found_by_every_name() {
    for q in [
        "aws",
        "AWS",
        "Aws의",
        "아마존웹서비스",
        "아마존웹서비스와",
        "Amazon Web Services",
        "amazonwebservices",
        "아마존 웹서비스",
        "web",
        "services",
    ] {
        assert!(matches(q, &aws()), "{q}");
        assert!(!matches(q, &microsoft()), "{q}");
    }
}

#[test]
fn choseong_queries_match_initials() {
    assert!(matches("ㅁㅇㅋㄹㅅㅍㅌ", &microsoft()));
    assert!(matches("ㅁㅇㅋ", &microsoft()));
    assert!(matches("ㅇㅁㅈ", &aws()));
    assert!(!matches("ㅁㅇㅋㄹㅅㅍㅌ", &aws()));
    assert!(matches("ㅋㄹㅇㄷ", &key(&["KT Cloud", "KT클라우드"])));
}

#[test]
fn terms_match_inside_korean_compounds() {
    let kt_cloud = key(&["KT Cloud", "KT클라우드"]);
    assert!(matches("클라우드", &kt_cloud));
    assert!(matches("클라우드는", &kt_cloud));
    assert!(matches("kt클라우드", &kt_cloud));
    assert!(matches("KT 클라우드", &kt_cloud));
    assert!(!matches("클라우드", &key(&["KT", "케이티"])));
}

#[test]
fn latin_terms_start_a_word() {
    assert!(!matches("ms", &key(&["Samsung SDS", "삼성SDS"])));
    assert!(matches("sds", &key(&["Samsung SDS", "삼성SDS"])));
    assert!(!matches("azon", &aws()));
}

#[test]
fn all_terms_must_match() {
    assert!(matches("amazon web", &aws()));
    assert!(!matches("amazon microsoft", &aws()));
    assert!(Query::parse("").matches_key(&aws()));
    assert!(Query::parse("   ").is_empty());
}

#[test]
fn case_and_punctuation_do_not_matter() {
    assert!(matches("\"AWS\",", &aws()));
    assert!(matches("(마이크로소프트)", &microsoft()));
    assert!(matches("MICROSOFT", &microsoft()));
}

fn spans(pairs: &[(u32, u32)]) -> Vec<Span> {
    pairs
        .iter()
        .map(|&(start, end)| Span { start, end })
        .collect()
}

#[test]
fn highlight_marks_character_ranges() {
    let text = "마이크로소프트와 KT클라우드는 협력했다";
    assert_eq!(
        highlight(text, &Query::parse("마이크로소프트와")),
        spans(&[(0, 8)])
    );
    assert_eq!(
        highlight(text, &Query::parse("마이크로소프트")),
        spans(&[(0, 7)])
    );
    assert_eq!(
        highlight(text, &Query::parse("클라우드")),
        spans(&[(11, 15)])
    );
    assert_eq!(
        highlight(text, &Query::parse("ㅋㄹㅇㄷ")),
        spans(&[(11, 15)])
    );
    assert_eq!(highlight(text, &Query::parse("kt")), spans(&[(9, 11)]));
    assert_eq!(
        highlight(text, &Query::parse("클라우드 kt 협력")),
        spans(&[(9, 15), (17, 19)])
    );
    assert_eq!(highlight(text, &Query::parse("없는말")), spans(&[]));
}

#[test]
fn highlight_ignores_whitespace_and_case_and_respects_latin_words() {
    assert_eq!(
        highlight("아마존 웹서비스가 발표", &Query::parse("아마존웹서비스")),
        spans(&[(0, 8)])
    );
    assert_eq!(
        highlight("new laws and AWS deals", &Query::parse("aws")),
        spans(&[(13, 16)])
    );
    // Lower-casing that changes length (İ → i̇) keeps offsets on the original text.
    assert_eq!(highlight("İx AWS", &Query::parse("aws")), spans(&[(3, 6)]));
}

#[test]
fn hostile_queries_do_not_panic() {
    let long = "가".repeat(100_000);
    for q in [
        "<script>alert(1)</script>",
        "\u{202E}abc",
        "ㄱ",
        "%%%",
        &long,
        "\u{0}\u{1}",
    ] {
        let query = Query::parse(q);
        let _ = query.matches_key(&aws());
        let _ = highlight("아마존 <script> ㄱ", &query);
    }
}
