//! Property tests: whatever text is in the URL, `decode` yields a *valid* view state (every
//! documented bound holds), `validate` then leaves only ids the dataset knows, and filtering
//! that view never panics. Complements `url_props.rs` (round trips and idempotence).

mod filter_fixture;

use corpus::url::{decode, encode, validate, MAX_ID_CHARS, MAX_LIST_VALUES, MAX_QUERY_CHARS};
use corpus::view::{Facet, Page, ViewState};
use proptest::prelude::*;

fn bad_char(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

fn check_id(what: &str, id: &str) -> Result<(), TestCaseError> {
    prop_assert!(!id.is_empty(), "{what}: empty id");
    prop_assert!(id.chars().count() <= MAX_ID_CHARS, "{what}: long id");
    prop_assert!(
        !id.chars().any(bad_char),
        "{what}: control character in {id:?}"
    );
    Ok(())
}

#[allow(clippy::ptr_arg)] // a `fn(&T)` with `T = String`
fn s(x: &String) -> Option<&str> {
    Some(x.as_str())
}

fn none<T>(_: &T) -> Option<&str> {
    None
}

fn check_facet<T: PartialEq + std::fmt::Debug>(
    what: &str,
    f: &Facet<T>,
    id: fn(&T) -> Option<&str>,
) -> Result<(), TestCaseError> {
    prop_assert!(
        f.include.len() + f.exclude.len() <= MAX_LIST_VALUES,
        "{what}: too many"
    );
    for list in [&f.include, &f.exclude] {
        for (i, v) in list.iter().enumerate() {
            prop_assert!(!list[..i].contains(v), "{what}: duplicate {v:?}");
            if let Some(s) = id(v) {
                check_id(what, s)?;
            }
        }
    }
    Ok(())
}

/// Every bound `decode` documents.
fn check_valid(v: &ViewState) -> Result<(), TestCaseError> {
    prop_assert!(v.q.chars().count() <= MAX_QUERY_CHARS);
    prop_assert!(
        !v.q.chars().any(bad_char),
        "control character in q {:?}",
        v.q
    );
    if let (Some(a), Some(b)) = (v.from, v.to) {
        prop_assert!(a <= b, "from {a} > to {b}");
    }
    for m in [v.min, v.max].into_iter().flatten() {
        prop_assert!(
            m.is_finite() && m >= 0.0 && m.is_sign_positive(),
            "amount {m}"
        );
    }
    if let (Some(a), Some(b)) = (v.min, v.max) {
        prop_assert!(a <= b, "min {a} > max {b}");
    }
    check_facet("company", &v.company, s)?;
    check_facet("country", &v.country, s)?;
    check_facet("sector", &v.sector, s)?;
    check_facet("article", &v.article, s)?;
    check_facet("kind", &v.kind, none)?;
    check_facet("status", &v.status, none)?;
    if let Some(open) = &v.open {
        check_id("open", open)?;
    }
    match &v.page {
        Page::Company(id) | Page::Article(id) => check_id("page", id)?,
        _ => {}
    }
    Ok(())
}

/// The fixture index, built once per test thread.
fn index() -> std::rc::Rc<corpus::filter::Index> {
    thread_local! {
        static INDEX: std::rc::Rc<corpus::filter::Index> = std::rc::Rc::new(filter_fixture::index());
    }
    INDEX.with(|i| i.clone())
}

/// Fragments built from the pieces hostile links are made of.
fn hostile() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        proptest::sample::select(vec![
            "#",
            "/",
            "?",
            "&",
            "=",
            ",",
            "-",
            "%",
            "+",
            "deals",
            "companies/",
            "articles/",
            "q=",
            "company=",
            "kind=",
            "status=",
            "from=",
            "to=",
            "min=",
            "max=",
            "country=",
            "sector=",
            "article=",
            "sort=",
            "open=",
            "lang=",
            "match=",
            "NaN",
            "-1e400",
            "1e308",
            "inf",
            "-0",
            "%ZZ",
            "%E0%A4%A",
            "%00",
            "%0A",
            "%E2%80%AE",
            "%E2%81%A6",
            "\u{202E}",
            "<script>",
            "javascript:alert(1)",
            "\"><img src=x onerror=alert(1)>",
            "2147483648",
            "-2147483649",
            "microsoft",
            "kt",
            "d0",
            "a1",
            "US",
            "cloud",
        ])
        .prop_map(str::to_string),
        any::<char>().prop_map(String::from),
        "[a-z0-9가-힣]{0,6}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn any_string_decodes_to_a_valid_view(s in any::<String>()) {
        check_valid(&decode(&s).view)?;
    }

    #[test]
    fn hostile_fragments_decode_to_valid_views_that_filter(s in hostile()) {
        let decoded = decode(&s);
        check_valid(&decoded.view)?;
        let index = index();
        let mut view = decoded.view;
        let _ = validate(&mut view, &index);
        check_valid(&view)?;
        for id in view.company.include.iter().chain(&view.company.exclude) {
            prop_assert!(index.company_index(id).is_some(), "unknown company {id} kept");
        }
        for id in view.article.include.iter().chain(&view.article.exclude) {
            prop_assert!(index.article_index(id).is_some(), "unknown article {id} kept");
        }
        if let Some(open) = &view.open {
            prop_assert!(index.deal_index(open).is_some(), "unknown deal {open} kept");
        }
        match &view.page {
            Page::Company(id) => prop_assert!(index.company_index(id).is_some()),
            Page::Article(id) => prop_assert!(index.article_index(id).is_some()),
            _ => {}
        }
        // The validated view is still a fixed point of the codec, and filters without panic.
        prop_assert_eq!(&decode(&encode(&view)).view, &view);
        let _ = corpus::filter::filter(&index, &view);
    }

}

proptest! {
    // Each case decodes four fragments of up to a megabyte: fewer cases.
    #![proptest_config(ProptestConfig::with_cases(16))]

    #[test]
    fn huge_inputs_are_capped(n in 1usize..4, unit in "[a-z가-힣%,&=]{1,8}") {
        let long = unit.repeat(20_000 * n);
        for fragment in [
            format!("/deals?q={long}"),
            format!("/deals?company={long}"),
            format!("/companies/{long}"),
            format!("/deals?{long}"),
        ] {
            let d = decode(&fragment);
            check_valid(&d.view)?;
            // What is reported is bounded too (quoted values are cut).
            let reported: usize = d.ignored.iter().map(|i| format!("{i:?}").len()).sum();
            prop_assert!(reported < 64 * 1024, "{} bytes of reports", reported);
        }
    }
}
