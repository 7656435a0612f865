//! Hostile and broken URLs: decode keeps what it can, reports the rest, and never panics.

use corpus::url::{decode, encode, Ignored, MAX_ID_CHARS, MAX_LIST_VALUES, MAX_QUERY_CHARS};
use corpus::view::{Lang, Page};

#[test]
fn script_in_q_is_plain_text() {
    let d = decode("/deals?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E");
    assert_eq!(d.view.q, "<script>alert(1)</script>");
    assert!(d.ignored.is_empty());
    let d = decode("/deals?q=<script>alert(1)</script>");
    assert_eq!(d.view.q, "<script>alert(1)</script>");
    // Written back, it is escaped.
    assert!(!encode(&d.view).contains('<'));
}

#[test]
fn broken_percent_encoding_is_kept_and_reported() {
    let d = decode("/deals?q=%E0%A4%A");
    assert_eq!(d.view.q, "\u{FFFD}%A");
    assert_eq!(d.ignored, [Ignored::InvalidEncoding { param: "q".into() }]);
    let d = decode("/companies/%ZZ");
    assert_eq!(d.view.page, Page::Company("%ZZ".into()));
    assert_eq!(d.ignored.len(), 1);
}

#[test]
fn bad_numbers_are_dropped() {
    let cases = [
        ("from=abc", "from"),
        ("to=2024.5", "to"),
        ("from=99999999999", "from"),
        ("min=abc", "min"),
    ];
    for (query, param) in cases {
        let d = decode(&format!("/deals?{query}"));
        assert_eq!(
            (d.view.from, d.view.to, d.view.min),
            (None, None, None),
            "{query}"
        );
        assert!(
            matches!(&d.ignored[..], [Ignored::BadNumber { param: p, .. }] if p == param),
            "{query}: {:?}",
            d.ignored
        );
    }
    for query in ["min=-5", "min=NaN", "min=inf", "max=-inf", "max=1e999"] {
        let d = decode(&format!("/deals?{query}"));
        assert_eq!((d.view.min, d.view.max), (None, None), "{query}");
        assert!(
            matches!(&d.ignored[..], [Ignored::BadAmount { .. }]),
            "{query}: {:?}",
            d.ignored
        );
    }
    let d = decode("/deals?min=-0&max=1e3");
    assert_eq!((d.view.min, d.view.max), (Some(0.0), Some(1000.0)));
    assert!(d.view.min.is_some_and(|m| m.is_sign_positive()));
}

#[test]
fn reversed_ranges_are_swapped() {
    let d = decode("/deals?from=2024&to=2019&min=500&max=10");
    assert_eq!((d.view.from, d.view.to), (Some(2019), Some(2024)));
    assert_eq!((d.view.min, d.view.max), (Some(10.0), Some(500.0)));
    assert_eq!(d.ignored.len(), 2);
    assert!(matches!(d.ignored[0], Ignored::ReversedRange { .. }));
}

#[test]
fn repeated_parameters_keep_the_first() {
    let d = decode("/deals?kind=lease&kind=contract&lang=en&lang=ko");
    assert_eq!(d.view.kind.include, [corpus::DealKind::Lease]);
    assert_eq!(d.view.lang, Lang::En);
    assert_eq!(
        d.ignored,
        [
            Ignored::RepeatedParam("kind".into()),
            Ignored::RepeatedParam("lang".into())
        ]
    );
}

#[test]
fn ten_thousand_empty_companies() {
    let fragment = format!("/deals?{}", "company=&".repeat(10_000));
    let d = decode(&fragment);
    assert!(d.view.company.is_empty());
    assert!(d.ignored.len() <= 21, "{}", d.ignored.len());
    assert_eq!(d.ignored.last(), Some(&Ignored::More(9_999 - 20)));
}

#[test]
fn huge_values_are_truncated() {
    let q = "가".repeat(100_000);
    let d = decode(&format!("/deals?q={q}"));
    assert_eq!(d.view.q.chars().count(), MAX_QUERY_CHARS);
    assert!(matches!(d.ignored[..], [Ignored::Truncated { .. }]));

    let list: Vec<String> = (0..200).map(|i| format!("c{i}")).collect();
    let d = decode(&format!("/deals?company={}", list.join(",")));
    assert_eq!(d.view.company.include.len(), MAX_LIST_VALUES);

    let d = decode(&format!("/companies/{}", "x".repeat(5000)));
    assert_eq!(d.view.page, Page::Company("x".repeat(MAX_ID_CHARS)));

    let d = decode(&"&".repeat(100_000));
    assert_eq!(d.view, Default::default());
    let d = decode(&format!("/?{}", "zz=1&".repeat(20_000)));
    assert!(d.ignored.len() <= 21);
}

#[test]
fn javascript_payloads_stay_data() {
    let d = decode("javascript:alert(document.cookie)");
    assert_eq!(d.view.page, Page::Overview);
    assert!(matches!(d.ignored[..], [Ignored::UnknownPath(_)]));
    let d = decode("/deals?open=javascript:alert(1)&company=javascript%3Aalert(1)");
    assert_eq!(d.view.open.as_deref(), Some("javascript:alert(1)"));
    let fragment = encode(&d.view);
    assert!(fragment.starts_with("/deals?"));
    assert!(!fragment.contains(':'));
}

#[test]
fn control_and_bidi_characters_are_stripped() {
    let d = decode("/deals?q=%E2%80%AEabc%E2%81%A6d%00e%E2%80%8F%0A");
    assert_eq!(d.view.q, "abcde");
    assert_eq!(
        d.ignored,
        [Ignored::StrippedCharacters {
            param: "q".into(),
            count: 5
        }]
    );
}

#[test]
fn unknown_things_are_reported_in_both_languages() {
    let d = decode("/nowhere?zzz=1&kind=lease,teleport&sort=sideways&lang=fr&match=some");
    assert_eq!(d.view.page, Page::Overview);
    assert_eq!(d.view.kind.include, [corpus::DealKind::Lease]);
    assert_eq!(d.ignored.len(), 6, "{:?}", d.ignored);
    for i in &d.ignored {
        let (ko, en) = (i.message(Lang::Ko), i.message(Lang::En));
        assert!(!ko.is_empty() && !en.is_empty() && ko != en);
    }
}

#[test]
fn plus_reads_as_space() {
    assert_eq!(decode("/deals?q=아마존+웹서비스").view.q, "아마존 웹서비스");
    assert_eq!(decode("/deals?q=c%2B%2B").view.q, "c++");
}
