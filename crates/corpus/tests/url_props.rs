//! Property tests of the URL codec: round trip of valid views, no panic on any input, and
//! idempotence of decode ∘ encode (as in rust-url's fuzz target).

use corpus::model::{DealKind, DealStatus};
use corpus::url::{decode, encode};
use corpus::view::{CompanyMatch, Facet, Lang, Page, Sort, SortKey, ViewState};
use proptest::prelude::*;

/// Ids with the characters that matter to the codec: `,` `-` `%` `&` `=` `+` `#` `?` `/`,
/// spaces and Hangul.
fn id() -> impl Strategy<Value = String> {
    "[a-z0-9가-힣_.,%&=+#?/ -]{1,12}"
}

fn id_facet() -> impl Strategy<Value = Facet<String>> {
    (
        proptest::collection::btree_set(id(), 0..4),
        proptest::collection::btree_set(id(), 0..4),
    )
        .prop_map(|(i, e)| Facet {
            include: i.into_iter().collect(),
            exclude: e.into_iter().collect(),
        })
}

fn enum_facet<T: Copy + Ord + std::fmt::Debug + 'static>(
    all: &'static [T],
) -> impl Strategy<Value = Facet<T>> {
    (
        proptest::sample::subsequence(all, 0..=all.len()),
        proptest::sample::subsequence(all, 0..=all.len()),
    )
        .prop_map(|(include, exclude)| Facet { include, exclude })
}

fn amount() -> impl Strategy<Value = f64> {
    prop_oneof![
        Just(0.0),
        0.0f64..1e13,
        any::<f64>()
            .prop_map(f64::abs)
            .prop_filter("finite", |v| v.is_finite()),
    ]
}

fn ordered<T: PartialOrd + Copy>(a: Option<T>, b: Option<T>) -> (Option<T>, Option<T>) {
    match (a, b) {
        (Some(x), Some(y)) if x > y => (Some(y), Some(x)),
        other => other,
    }
}

fn page() -> impl Strategy<Value = Page> {
    prop_oneof![
        Just(Page::Overview),
        Just(Page::Deals),
        Just(Page::Companies),
        Just(Page::Network),
        id().prop_map(Page::Company),
        id().prop_map(Page::Article),
    ]
}

fn sort() -> impl Strategy<Value = Sort> {
    prop_oneof![
        Just(Sort::default()),
        (
            proptest::sample::select(SortKey::CONCRETE.to_vec()),
            any::<bool>()
        )
            .prop_map(|(key, descending)| Sort { key, descending }),
    ]
}

prop_compose! {
    fn view()(
        page in page(),
        q in "[a-zA-Z가-힣ㄱ-ㅎ0-9 ,%+&=#?<>\"'-]{0,40}",
        company in id_facet(),
        all in any::<bool>(),
        kind in enum_facet(&DealKind::ALL),
        status in enum_facet(&DealStatus::ALL),
        years in (proptest::option::of(any::<i32>()), proptest::option::of(any::<i32>())),
        amounts in (proptest::option::of(amount()), proptest::option::of(amount())),
        country in id_facet(),
        sector in id_facet(),
        article in id_facet(),
        sort in sort(),
        open in proptest::option::of(id()),
        en in any::<bool>(),
    ) -> ViewState {
        let (from, to) = ordered(years.0, years.1);
        let (min, max) = ordered(amounts.0, amounts.1);
        ViewState {
            page, q, company,
            company_match: if all { CompanyMatch::All } else { CompanyMatch::Any },
            kind, status, from, to, min, max, country, sector, article, sort, open,
            lang: if en { Lang::En } else { Lang::Ko },
        }
    }
}

/// Strings made of URL-ish pieces, more likely than random text to reach deep code paths.
fn urlish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("#".to_string()),
        Just("/".to_string()),
        Just("?".to_string()),
        Just("&".to_string()),
        Just("=".to_string()),
        Just(",".to_string()),
        Just("-".to_string()),
        Just("%".to_string()),
        Just("+".to_string()),
        proptest::sample::select(vec![
            "deals",
            "companies",
            "articles",
            "network",
            "q",
            "company",
            "match",
            "kind",
            "status",
            "from",
            "to",
            "min",
            "max",
            "country",
            "sector",
            "article",
            "sort",
            "open",
            "lang",
            "all",
            "en",
            "lease",
            "-date",
            "NaN",
            "1e308",
            "%E0%A4%A",
            "%EB%A7%88",
            "%00",
            "%E2%80%AE",
            "-0",
            "2024",
        ])
        .prop_map(str::to_string),
        "[a-z0-9가-힣]{0,4}",
    ];
    proptest::collection::vec(piece, 0..30).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn valid_views_round_trip(v in view()) {
        let fragment = encode(&v);
        let decoded = decode(&fragment);
        prop_assert!(decoded.ignored.is_empty(), "{} {:?}", fragment, decoded.ignored);
        prop_assert_eq!(&decoded.view, &v);
        prop_assert!(fragment.starts_with('/'));
        prop_assert!(fragment.is_ascii());
    }

    #[test]
    fn decode_never_panics_and_is_idempotent(s in any::<String>()) {
        check_idempotent(&s)?;
    }

    #[test]
    fn urlish_input_is_idempotent(s in urlish()) {
        check_idempotent(&s)?;
    }
}

fn check_idempotent(s: &str) -> Result<(), TestCaseError> {
    let first = decode(s).view;
    let fragment = encode(&first);
    let second = decode(&fragment);
    prop_assert!(
        second.ignored.is_empty(),
        "{} -> {} {:?}",
        s,
        fragment,
        second.ignored
    );
    prop_assert_eq!(&second.view, &first);
    prop_assert_eq!(encode(&second.view), fragment);
    Ok(())
}
