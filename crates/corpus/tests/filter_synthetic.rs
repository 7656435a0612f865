//! A generated dataset (20,000 deals over 2,000 companies): the indexed filter must agree with
//! a naive reference written straight from the model, deal by deal and facet by facet.
//! This checks correctness at size, not timing.

use std::collections::HashMap;

use corpus::filter::{filter, Index};
use corpus::model::*;
use corpus::url;
use corpus::view::{CompanyMatch, ViewState};

const COMPANIES: usize = 2_000;
const DEALS: usize = 20_000;
const ARTICLES: usize = 300;
const COUNTRIES: [&str; 5] = ["KR", "US", "CN", "JP", "DE"];
const SECTORS: [&str; 4] = ["cloud", "telecom", "space", "chips"];
const SYLLABLES: [&str; 10] = ["클", "라", "우", "드", "데", "이", "터", "센", "마", "존"];

/// A small deterministic generator (no `rand` dependency).
struct Lcg(u64);

impl Lcg {
    fn next(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n
    }
}

fn dataset() -> Dataset {
    let mut rng = Lcg(7);
    let companies: Vec<Company> = (0..COMPANIES)
        .map(|i| {
            let ko: String = (0..3)
                .map(|_| SYLLABLES[rng.next(SYLLABLES.len())])
                .collect();
            Company {
                id: format!("c{i:04}"),
                name: format!("Company {i}"),
                name_ko: Some(format!("{ko}{i}")),
                country: (i % 7 != 0).then(|| COUNTRIES[rng.next(COUNTRIES.len())].to_string()),
                sectors: vec![SECTORS[rng.next(SECTORS.len())].to_string()],
                ..Default::default()
            }
        })
        .collect();
    let articles: Vec<Article> = (0..ARTICLES)
        .map(|i| Article {
            id: format!("a{i:03}"),
            ..Default::default()
        })
        .collect();
    let deals: Vec<Deal> = (0..DEALS)
        .map(|i| {
            let a = rng.next(COMPANIES);
            let b = rng.next(COMPANIES);
            let kind = DealKind::ALL[rng.next(DealKind::ALL.len())];
            Deal {
                id: format!("d{i:05}"),
                kind,
                parties: [a, b]
                    .iter()
                    .map(|c| Party {
                        company: format!("c{c:04}"),
                        role: None,
                    })
                    .collect(),
                article: format!("a{:03}", i % ARTICLES),
                date: (i % 5 != 0).then(|| DealDate {
                    year: 2015 + rng.next(10) as i32,
                    month: Some(1 + rng.next(12) as u8),
                    ..Default::default()
                }),
                amount: (i % 3 == 0).then(|| {
                    let v = (1 + rng.next(1000)) as f64 * 1e6;
                    Amount {
                        value: v,
                        usd: Some(v),
                        currency: "USD".into(),
                        ..Default::default()
                    }
                }),
                status: DealStatus::ALL[rng.next(DealStatus::ALL.len())],
                evidence: format!("{} 관련 문장 {i}", SYLLABLES[rng.next(SYLLABLES.len())]),
                evidence_span: Span::default(),
                trigger: String::new(),
            }
        })
        .collect();
    Dataset {
        articles,
        companies,
        deals,
        ..Default::default()
    }
}

/// The reference: every rule checked directly on the model, with no precomputation.
fn reference(ds: &Dataset, view: &ViewState, skip_kind: bool) -> Vec<usize> {
    let by_id: HashMap<&str, &Company> = ds.companies.iter().map(|c| (c.id.as_str(), c)).collect();
    let parties = |d: &Deal| -> Vec<&Company> {
        d.party_ids()
            .filter_map(|id| by_id.get(id).copied())
            .collect()
    };
    ds.deals
        .iter()
        .enumerate()
        .filter(|(_, d)| {
            let ps = parties(d);
            let ids: Vec<String> = ps.iter().map(|c| c.id.clone()).collect();
            let company_ok = view.company.exclude.iter().all(|c| !ids.contains(c))
                && (view.company.include.is_empty()
                    || match view.company_match {
                        CompanyMatch::Any => view.company.include.iter().any(|c| ids.contains(c)),
                        CompanyMatch::All => view.company.include.iter().all(|c| ids.contains(c)),
                    });
            let countries: Vec<String> = ps.iter().filter_map(|c| c.country.clone()).collect();
            let sectors: Vec<String> = ps.iter().flat_map(|c| c.sectors.clone()).collect();
            let year = d.date.as_ref().map(|x| x.year);
            let usd = d.amount.as_ref().and_then(|a| a.usd);
            company_ok
                && (skip_kind || view.kind.admits(std::iter::once(&d.kind)))
                && view.status.admits(std::iter::once(&d.status))
                && view.country.admits(countries.iter())
                && view.sector.admits(sectors.iter())
                && view.article.admits(std::iter::once(&d.article))
                && view.from.is_none_or(|f| year.is_some_and(|y| y >= f))
                && view.to.is_none_or(|t| year.is_some_and(|y| y <= t))
                && view.min.is_none_or(|m| usd.is_some_and(|u| u >= m))
                && view.max.is_none_or(|m| usd.is_some_and(|u| u <= m))
        })
        .map(|(i, _)| i)
        .collect()
}

#[test]
fn indexed_filter_agrees_with_the_reference() {
    let ds = dataset();
    let index = Index::new(ds.clone());
    let views = [
        "/deals",
        "/deals?company=c0001,c0002,c0003",
        "/deals?company=c0001,c0002&match=all",
        "/deals?company=-c0005&kind=lease,contract&status=-planned",
        "/deals?from=2018&to=2020&min=500000000",
        "/deals?country=KR,-CN&sector=cloud",
        "/deals?country=JP&sector=-space&max=100000000",
        "/deals?article=a001,a002,-a003&kind=-investment",
        "/deals?to=2016&status=signed,disputed",
    ];
    for fragment in views {
        let view = url::decode(fragment).view;
        let r = filter(&index, &view);
        let mut got: Vec<usize> = r.deals.iter().map(|d| *d as usize).collect();
        got.sort_unstable();
        assert_eq!(got, reference(&ds, &view, false), "{fragment}");
        assert!(
            !got.is_empty() || fragment.contains("match=all"),
            "{fragment} is empty"
        );

        // The pictures' deals: the same view without its year range, or its amount range.
        let mut any_year = r.deals_any_year().to_vec();
        any_year.sort_unstable();
        let no_year = ViewState {
            from: None,
            to: None,
            ..view.clone()
        };
        let want: Vec<u32> = reference(&ds, &no_year, false)
            .into_iter()
            .map(|d| d as u32)
            .collect();
        assert_eq!(any_year, want, "{fragment}: without years");
        let mut any_amount = r.deals_any_amount().to_vec();
        any_amount.sort_unstable();
        let no_amount = ViewState {
            min: None,
            max: None,
            ..view.clone()
        };
        let want: Vec<u32> = reference(&ds, &no_amount, false)
            .into_iter()
            .map(|d| d as u32)
            .collect();
        assert_eq!(any_amount, want, "{fragment}: without amounts");

        // Kind facet: counts over the deals passing every other facet.
        let others = reference(&ds, &view, true);
        for value in &r.facets.all(&index).kind {
            let want = others
                .iter()
                .filter(|&&d| ds.deals[d].kind.id() == value.id)
                .count() as u32;
            assert_eq!(value.count, want, "{fragment}: kind {}", value.id);
        }
    }
}

#[test]
fn shown_facet_values_are_the_first_of_all_values_plus_the_selection() {
    let index = Index::new(dataset());
    let limit = 25;
    let views = [
        "/deals",
        "/deals?q=클라",
        "/deals?company=c0001,-c0002,c1999,nope&article=a299,-a007",
        "/deals?kind=lease&country=-KR&sector=space",
        "/companies?from=2016&to=2016&status=-signed",
        "/deals?article=a100&company=c0100&match=all",
    ];
    for fragment in views {
        let r = filter(&index, &url::decode(fragment).view);
        let (all, shown) = (r.facets.all(&index), r.facets.shown(&index, limit));
        let cut = |list: &[corpus::filter::FacetValue]| -> Vec<corpus::filter::FacetValue> {
            list.iter()
                .enumerate()
                .filter(|(i, v)| *i < limit || v.selected || v.excluded)
                .map(|(_, v)| v.clone())
                .collect()
        };
        assert_eq!(shown.company, cut(&all.company), "{fragment}");
        assert_eq!(shown.article, cut(&all.article), "{fragment}");
        assert_eq!(shown.kind, cut(&all.kind), "{fragment}");
        assert_eq!(shown.status, cut(&all.status), "{fragment}");
        assert_eq!(shown.country, cut(&all.country), "{fragment}");
        assert_eq!(shown.sector, cut(&all.sector), "{fragment}");
        assert_eq!(shown.year, all.year, "{fragment}");
        // All values: sorted by count, then id; selected and excluded ones listed.
        for list in [&all.company, &all.article] {
            assert!(list
                .windows(2)
                .all(|w| (std::cmp::Reverse(w[0].count), &w[0].id)
                    < (std::cmp::Reverse(w[1].count), &w[1].id)));
        }
        let view = url::decode(fragment).view;
        for id in view.company.include.iter().chain(&view.company.exclude) {
            assert!(
                shown.company.iter().any(|v| &v.id == id),
                "{fragment}: {id}"
            );
        }
    }
}

#[test]
fn sorted_output_is_ordered_and_search_finds_korean_names() {
    let index = Index::new(dataset());
    let r = filter(&index, &url::decode("/deals?sort=-amount&min=1").view);
    let amounts: Vec<f64> = r.deals.iter().filter_map(|d| index.deal_usd(*d)).collect();
    assert_eq!(amounts.len(), r.deals.len());
    assert!(amounts.windows(2).all(|w| w[0] >= w[1]));

    let r = filter(&index, &url::decode("/deals?sort=date").view);
    let years: Vec<Option<i32>> = r.deals.iter().map(|d| index.deal_year(*d)).collect();
    let dated = years.iter().take_while(|y| y.is_some()).count();
    assert!(years[dated..].iter().all(Option::is_none));
    assert!(years[..dated].windows(2).all(|w| w[0] <= w[1]));

    // Company 1234's Korean name ends in 1234: a search for it finds exactly its deals (its
    // name may also occur inside other names, e.g. 12345 does not exist with 2,000 companies).
    let name = index
        .company("c1234")
        .and_then(|c| c.name_ko.clone())
        .unwrap_or_default();
    let r = filter(&index, &url::decode(&format!("/deals?q={name}")).view);
    let mut got = r.deals.clone();
    got.sort_unstable();
    assert_eq!(
        got,
        index
            .deals_of_company("c1234")
            .into_iter()
            .rev()
            .collect::<Vec<_>>()
            .tap_sort()
    );
    let initials: String = name.chars().filter_map(corpus::hangul::choseong).collect();
    assert_eq!(initials.chars().count(), 3);
    let r = filter(
        &index,
        &url::decode(&format!("/companies?q={initials}")).view,
    );
    assert!(r
        .companies
        .contains(&index.company_index("c1234").unwrap_or(u32::MAX)));
}

trait TapSort {
    fn tap_sort(self) -> Self;
}

impl TapSort for Vec<u32> {
    fn tap_sort(mut self) -> Self {
        self.sort_unstable();
        self
    }
}
