//! Facet counts over the fixture: each facet counts the deals passing every other facet.

mod filter_fixture;

use corpus::filter::{filter, FacetValue};
use corpus::url;

fn counts(values: &[FacetValue]) -> Vec<(String, u32, bool, bool)> {
    values
        .iter()
        .map(|v| (v.id.clone(), v.count, v.selected, v.excluded))
        .collect()
}

fn row(id: &str, count: u32, selected: bool, excluded: bool) -> (String, u32, bool, bool) {
    (id.to_string(), count, selected, excluded)
}

#[test]
fn selecting_a_company_narrows_other_facets_but_not_its_own() {
    let index = filter_fixture::index();
    let r = filter(&index, &url::decode("/deals?company=kt").view);
    // Own facet: counted over every deal (no other facet set).
    assert_eq!(
        counts(&r.facets.all(&index).company),
        vec![
            row("kt", 2, true, false),
            row("kt-cloud", 2, false, false),
            row("microsoft", 2, false, false),
            row("naver-cloud", 2, false, false),
            row("alibaba-cloud", 1, false, false),
            row("amazon", 1, false, false),
            row("aws", 1, false, false),
            row("foo-labs", 1, false, false),
            row("samsung-sds", 1, false, false),
        ]
    );
    // Other facets: over KT's two deals only.
    assert_eq!(
        counts(&r.facets.all(&index).kind),
        vec![
            row("lease", 1, false, false),
            row("partnership", 1, false, false)
        ]
    );
    assert_eq!(
        counts(&r.facets.all(&index).country),
        vec![row("KR", 2, false, false), row("US", 1, false, false)]
    );
    assert_eq!(
        counts(&r.facets.all(&index).year),
        vec![row("2023", 1, false, false)]
    );
    assert_eq!(
        counts(&r.facets.all(&index).article),
        vec![row("a1", 1, false, false), row("a2", 1, false, false)]
    );
    assert_eq!(
        counts(&r.facets.all(&index).sector),
        vec![
            row("cloud", 2, false, false),
            row("telecom", 2, false, false),
            row("software", 1, false, false)
        ]
    );
}

#[test]
fn selected_values_are_listed_even_with_zero_deals() {
    let index = filter_fixture::index();
    let r = filter(
        &index,
        &url::decode("/deals?kind=spin_off,-lease&status=signed").view,
    );
    assert!(r.deals.is_empty());
    let kind = counts(&r.facets.all(&index).kind);
    assert!(kind.contains(&row("spin_off", 0, true, false)), "{kind:?}");
    assert!(kind.contains(&row("lease", 1, false, true)), "{kind:?}");
    assert!(
        kind.contains(&row("partnership", 2, false, false)),
        "{kind:?}"
    );
    // Status is counted over the kind selection, which matches nothing.
    assert_eq!(
        counts(&r.facets.all(&index).status),
        vec![row("signed", 0, true, false)]
    );
}

#[test]
fn year_range_marks_years_and_query_applies_to_every_facet() {
    let index = filter_fixture::index();
    let r = filter(
        &index,
        &url::decode("/deals?from=2022&to=2023&q=클라우드").view,
    );
    // q=클라우드 matches d5 d1 d0 d4 d3; the year facet is counted over all of them.
    assert_eq!(
        counts(&r.facets.all(&index).year),
        vec![
            row("2024", 2, false, false),
            row("2019", 1, false, false),
            row("2023", 1, true, false),
            row("2022", 0, true, false),
        ]
    );
    // Other facets only over the deals in range: d0 only (d2 fails q).
    assert_eq!(
        counts(&r.facets.all(&index).kind),
        vec![row("partnership", 1, false, false)]
    );
}

#[test]
fn overview_counts_follow_the_view() {
    let index = filter_fixture::index();
    let all = index.overview(&url::decode("/").view);
    assert_eq!(all.counts.deals, 6);
    assert_eq!(all.counts.companies, 9);
    assert_eq!(all.counts.articles, 3);
    assert_eq!(all.counts.total_mentions, 4);
    assert_eq!(
        all.deals_by_year,
        vec![(2019, 1), (2022, 1), (2023, 1), (2024, 2)]
    );
    assert_eq!(all.deals_by_kind.len(), 8);
    assert_eq!(all.deals_by_kind[0].1, 2);
    let top: Vec<&str> = all
        .top_companies
        .iter()
        .take(2)
        .map(|(c, _)| index.dataset().companies[*c as usize].id.as_str())
        .collect();
    assert_eq!(top, ["kt", "kt-cloud"]);
    let kr = index.overview(&url::decode("/?country=CN").view);
    assert_eq!(kr.counts.deals, 1);
    assert_eq!(kr.counts.companies, 2);
}
