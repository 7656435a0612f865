//! URL codec round trips on hand-written views (Korean values included) and the exact format.

use corpus::model::{DealKind, DealStatus};
use corpus::url::{decode, encode};
use corpus::view::{CompanyMatch, Facet, Lang, Page, Sort, SortKey, ViewState};

fn facet<T>(include: Vec<T>, exclude: Vec<T>) -> Facet<T> {
    Facet { include, exclude }
}

fn s(v: &[&str]) -> Vec<String> {
    v.iter().map(|x| x.to_string()).collect()
}

fn full_view() -> ViewState {
    ViewState {
        page: Page::Deals,
        q: "마이크로".into(),
        company: facet(s(&["microsoft", "kt"]), vec![]),
        company_match: CompanyMatch::All,
        kind: facet(vec![DealKind::Partnership], vec![DealKind::Lease]),
        status: facet(vec![DealStatus::Planned], vec![]),
        from: Some(2019),
        to: Some(2024),
        min: Some(100_000_000.0),
        max: None,
        country: facet(s(&["US"]), s(&["CN"])),
        sector: facet(s(&["cloud"]), vec![]),
        article: facet(s(&["000_x"]), vec![]),
        sort: Sort {
            key: SortKey::Date,
            descending: true,
        },
        open: Some("d0123abc".into()),
        lang: Lang::En,
    }
}

#[test]
fn the_documented_example() {
    let fragment = "/deals?q=%EB%A7%88%EC%9D%B4%ED%81%AC%EB%A1%9C&company=microsoft,kt&match=all&kind=partnership,-lease&status=planned&from=2019&to=2024&min=100000000&country=US,-CN&sector=cloud&article=000_x&sort=-date&open=d0123abc&lang=en";
    assert_eq!(encode(&full_view()), fragment);
    let decoded = decode(&format!("#{fragment}"));
    assert!(decoded.ignored.is_empty(), "{:?}", decoded.ignored);
    assert_eq!(decoded.view, full_view());
}

#[test]
fn defaults_are_omitted() {
    assert_eq!(encode(&ViewState::default()), "/");
    let v = ViewState {
        page: Page::Companies,
        lang: Lang::Ko,
        company_match: CompanyMatch::Any,
        ..Default::default()
    };
    assert_eq!(encode(&v), "/companies");
}

#[test]
fn paths() {
    let cases = [
        (Page::Overview, "/"),
        (Page::Deals, "/deals"),
        (Page::Companies, "/companies"),
        (Page::Company("kt-cloud".into()), "/companies/kt-cloud"),
        (
            Page::Company("케이티".into()),
            "/companies/%EC%BC%80%EC%9D%B4%ED%8B%B0",
        ),
        (Page::Company("a/b?c#d".into()), "/companies/a%2Fb%3Fc%23d"),
        (Page::Article("000_x".into()), "/articles/000_x"),
        (Page::Network, "/network"),
    ];
    for (page, fragment) in cases {
        let v = ViewState {
            page: page.clone(),
            ..Default::default()
        };
        assert_eq!(encode(&v), fragment);
        assert_eq!(decode(fragment).view, v, "{fragment}");
    }
    assert_eq!(decode("deals").view.page, Page::Deals);
    assert_eq!(decode("#/deals/").view.page, Page::Deals);
}

#[test]
fn korean_and_awkward_values_round_trip() {
    let views = [
        ViewState {
            q: "아마존 웹서비스와 KT클라우드, 100% & <b>".into(),
            ..Default::default()
        },
        ViewState {
            company: facet(
                s(&["a,b", "-minus", "마이크로소프트"]),
                s(&["-x", "c d", "e+f"]),
            ),
            article: facet(s(&["기사%20"]), vec![]),
            ..Default::default()
        },
        ViewState {
            min: Some(0.1),
            max: Some(1.7976931348623157e308),
            from: Some(-5),
            to: Some(i32::MAX),
            ..Default::default()
        },
        ViewState {
            min: Some(5e-324),
            open: Some("d?&=#".into()),
            sort: Sort {
                key: SortKey::Name,
                descending: false,
            },
            ..Default::default()
        },
        full_view(),
    ];
    for v in views {
        let fragment = encode(&v);
        let decoded = decode(&fragment);
        assert!(
            decoded.ignored.is_empty(),
            "{fragment}: {:?}",
            decoded.ignored
        );
        assert_eq!(decoded.view, v, "{fragment}");
    }
}

#[test]
fn list_values_are_escaped() {
    let v = ViewState {
        company: facet(s(&["a,b", "-minus"]), s(&["-x"])),
        ..Default::default()
    };
    assert_eq!(encode(&v), "/?company=a%2Cb,%2Dminus,-%2Dx");
}

#[test]
fn every_sort_key_round_trips() {
    for key in SortKey::CONCRETE {
        for descending in [false, true] {
            let v = ViewState {
                sort: Sort { key, descending },
                ..Default::default()
            };
            assert_eq!(decode(&encode(&v)).view, v);
        }
    }
}
