//! Table-driven filter tests over the hand-built fixture: a URL in, deal or company ids out.

mod filter_fixture;

use corpus::filter::{filter, Index, Results};
use corpus::url;

fn run(index: &Index, fragment: &str) -> Results {
    let decoded = url::decode(fragment);
    assert!(
        decoded.ignored.is_empty(),
        "{fragment}: {:?}",
        decoded.ignored
    );
    filter(index, &decoded.view)
}

fn deal_ids(index: &Index, r: &Results) -> Vec<String> {
    r.deals
        .iter()
        .map(|d| index.dataset().deals[*d as usize].id.clone())
        .collect()
}

fn company_ids(index: &Index, r: &Results) -> Vec<String> {
    r.companies
        .iter()
        .map(|c| index.dataset().companies[*c as usize].id.clone())
        .collect()
}

#[test]
fn deal_filters() {
    check_deal_filters(&filter_fixture::index());
}

/// The same table after a warm-up (as the app runs once its first view is painted): the
/// results never depend on it.
#[test]
fn deal_filters_after_a_warm_up() {
    let index = filter_fixture::index();
    corpus::filter::warm_up(&index);
    check_deal_filters(&index);
}

fn check_deal_filters(index: &Index) {
    let cases: &[(&str, &[&str])] = &[
        ("/deals", &["d5", "d1", "d0", "d2", "d4", "d3"]),
        // Search: particles, aliases in every script, 초성, compounds, kind labels.
        ("/deals?q=마이크로소프트와", &["d5", "d0"]),
        ("/deals?q=MS", &["d5", "d0"]),
        ("/deals?q=aws", &["d1"]),
        ("/deals?q=AWS", &["d1"]),
        ("/deals?q=아마존웹서비스", &["d1"]),
        ("/deals?q=Amazon%20Web%20Services", &["d1"]),
        ("/deals?q=아마존%20웹서비스", &["d1"]),
        ("/deals?q=ㅁㅇㅋㄹㅅㅍㅌ", &["d5", "d0"]),
        ("/deals?q=클라우드", &["d5", "d1", "d0", "d4", "d3"]),
        ("/deals?q=협력", &["d5", "d0"]),
        ("/deals?q=investment", &["d2"]),
        ("/deals?q=마이크로소프트+KT", &["d5", "d0"]),
        ("/deals?q=ms+kt&company=kt", &["d0"]),
        ("/deals?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E", &[]),
        // Companies: any, all, excluded.
        ("/deals?company=kt", &["d0", "d3"]),
        ("/deals?company=kt,microsoft", &["d5", "d0", "d3"]),
        ("/deals?company=kt,microsoft&match=all", &["d0"]),
        ("/deals?company=-kt", &["d5", "d1", "d2", "d4"]),
        // Kind and status.
        ("/deals?kind=partnership,-lease", &["d5", "d0"]),
        ("/deals?kind=-lease", &["d5", "d1", "d0", "d2", "d4"]),
        ("/deals?status=planned", &["d1"]),
        ("/deals?company=kt&kind=lease", &["d3"]),
        // Years: undated deals drop out once a bound is set.
        ("/deals?from=2023", &["d5", "d1", "d0"]),
        ("/deals?from=2020&to=2023", &["d0", "d2"]),
        ("/deals?to=2019", &["d4"]),
        // Amounts: deals without a USD amount drop out.
        ("/deals?min=100000000", &["d5", "d0", "d2"]),
        ("/deals?max=100000000", &["d2", "d4"]),
        ("/deals?min=0", &["d5", "d0", "d2", "d4"]),
        // Country and sector of any party.
        ("/deals?country=CN", &["d4"]),
        ("/deals?country=US,-CN", &["d5", "d1", "d0", "d2"]),
        ("/deals?sector=telecom", &["d0", "d3"]),
        ("/deals?article=a2", &["d2", "d3"]),
        ("/deals?article=-a1,-a3", &["d2", "d3"]),
        // Sorting.
        ("/deals?sort=amount", &["d4", "d2", "d5", "d0", "d1", "d3"]),
        ("/deals?sort=-amount", &["d0", "d5", "d2", "d4", "d1", "d3"]),
        ("/deals?sort=date", &["d4", "d2", "d0", "d1", "d5", "d3"]),
        ("/deals?sort=-date", &["d5", "d1", "d0", "d2", "d4", "d3"]),
        ("/deals?sort=kind", &["d5", "d0", "d1", "d2", "d4", "d3"]),
        ("/deals?sort=article", &["d0", "d1", "d2", "d3", "d4", "d5"]),
        (
            "/deals?sort=-article",
            &["d4", "d5", "d2", "d3", "d0", "d1"],
        ),
    ];
    let mut failures = Vec::new();
    for (fragment, want) in cases {
        let got = deal_ids(index, &run(index, fragment));
        if got != *want {
            failures.push(format!("{fragment}: want {want:?}, got {got:?}"));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn unknown_ids_match_nothing_before_validation() {
    let index = filter_fixture::index();
    let r = filter(&index, &url::decode("/deals?company=nope").view);
    assert!(r.deals.is_empty());
    let r = filter(&index, &url::decode("/deals?company=-nope").view);
    assert_eq!(r.deals.len(), 6);
}

#[test]
fn companies_table() {
    let index = filter_fixture::index();
    let cases: &[(&str, &[&str], &[u32])] = &[
        (
            "/companies",
            &[
                "kt",
                "kt-cloud",
                "microsoft",
                "naver-cloud",
                "alibaba-cloud",
                "amazon",
                "aws",
                "foo-labs",
                "samsung-sds",
            ],
            &[2, 2, 2, 2, 1, 1, 1, 1, 1],
        ),
        (
            "/companies?q=클라우드",
            &["kt-cloud", "naver-cloud", "alibaba-cloud"],
            &[2, 2, 1],
        ),
        ("/companies?q=ㅋㅇㅌ", &["kt"], &[2]),
        ("/companies?q=sds", &["samsung-sds"], &[1]),
        ("/companies?q=services", &["aws"], &[1]),
        ("/companies?q=aws", &["aws"], &[1]),
        ("/companies?kind=lease", &["kt", "naver-cloud"], &[1, 1]),
        (
            "/companies?from=2024",
            &["kt-cloud", "aws", "microsoft", "naver-cloud"],
            &[2, 1, 1, 1],
        ),
        (
            "/companies?country=KR",
            &["kt", "kt-cloud", "naver-cloud", "samsung-sds"],
            &[2, 2, 2, 1],
        ),
        (
            "/companies?sector=cloud&country=-KR",
            &["microsoft", "alibaba-cloud", "amazon", "aws"],
            &[2, 1, 1, 1],
        ),
        ("/companies?company=kt,aws", &["kt", "aws"], &[2, 1]),
        (
            "/companies?sort=name&country=KR",
            &["kt", "kt-cloud", "naver-cloud", "samsung-sds"],
            &[2, 2, 2, 1],
        ),
        (
            "/companies?sort=-name&country=KR",
            &["samsung-sds", "naver-cloud", "kt-cloud", "kt"],
            &[1, 2, 2, 2],
        ),
        (
            "/companies?sort=country&q=cloud",
            &["alibaba-cloud", "kt-cloud", "naver-cloud"],
            &[1, 2, 2],
        ),
    ];
    let mut failures = Vec::new();
    for (fragment, want, counts) in cases {
        let r = run(&index, fragment);
        let got = company_ids(&index, &r);
        if got != *want || r.company_deals != *counts {
            failures.push(format!(
                "{fragment}: want {want:?} {counts:?}, got {got:?} {:?}",
                r.company_deals
            ));
        }
    }
    assert!(failures.is_empty(), "\n{}", failures.join("\n"));
}

#[test]
fn totals_are_dataset_sizes() {
    let index = filter_fixture::index();
    let r = run(&index, "/deals?kind=lease");
    assert_eq!((r.total_deals, r.total_companies), (6, 9));
    assert_eq!(r.deals.len(), 1);
}
