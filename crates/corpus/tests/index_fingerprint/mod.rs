//! Everything an index shows, as one text: filter results (rows, facets, the pictures' deal
//! lists) for many views, overviews, and every id lookup and per-company/article/deal fact.
//! Two indexes with equal fingerprints show the same things.

use std::fmt::Write as _;

use corpus::filter::{filter, Index};

/// Views typed and clicked by users, plus facet excludes, articles and every sort.
pub const VIEWS: &[&str] = &[
    "deals",
    "deals?q=마이크로소프트",
    "deals?q=마이크로소프트와",
    "deals?q=aws",
    "deals?q=ㅋㅌ",
    "deals?q=ㅁ",
    "deals?q=클라우드%20투자",
    "deals?q=누리",
    "deals?q=m",
    "deals?q=kt",
    "deals?q=클",
    "deals?q=cloud%20data",
    "deals?q=데이터센터",
    "deals?kind=investment",
    "deals?kind=partnership,-lease&status=planned",
    "deals?company=microsoft",
    "deals?company=microsoft,kt&match=all",
    "deals?company=-kt",
    "deals?country=KR&sector=cloud",
    "deals?country=-US&sector=-telecom",
    "deals?from=2020&to=2022&min=1000000",
    "deals?q=클라우드&kind=contract&sort=amount",
    "deals?company=microsoft&kind=investment,contract",
    "deals?sort=-amount",
    "deals?sort=date",
    "deals?sort=-date",
    "deals?sort=kind",
    "deals?sort=article",
    "deals?sort=-name",
    "companies",
    "companies?q=클라우드",
    "companies?sort=name",
    "companies?sort=-deals",
    "companies?kind=investment&sort=-deals",
    "companies?country=KR",
];

/// The fingerprint of `index` over [`VIEWS`] and the given extra views.
pub fn fingerprint(index: &Index, extra_views: &[String]) -> String {
    let mut out = String::new();
    let views = VIEWS
        .iter()
        .map(|v| v.to_string())
        .chain(extra_views.iter().cloned());
    for fragment in views {
        let view = corpus::url::decode(&fragment).view;
        let results = filter(index, &view);
        let _ = writeln!(out, "view {fragment}: {results:?}");
        let _ = writeln!(out, "  facets {:?}", results.facets.all(index));
        let _ = writeln!(out, "  overview {:?}", index.overview(&view));
    }
    let ds = index.dataset();
    let _ = writeln!(
        out,
        "countries {:?} sectors {:?}",
        index.countries(),
        index.sectors()
    );
    for c in &ds.companies {
        let i = index.company_index(&c.id);
        let _ = writeln!(
            out,
            "company {} {i:?} {:?} deals {:?} partners {:?} subsidiaries {:?} articles {:?} {:?} {:?}",
            c.id,
            index.company(&c.id).map(|x| &x.name),
            index.deals_of_company(&c.id),
            index.partners_of(&c.id),
            index.subsidiaries(&c.id),
            index.articles_mentioning(&c.id),
            i.map(|i| index.deal_count(i)),
            i.map(|i| index.article_count(i)),
        );
    }
    for (a, article) in ds.articles.iter().enumerate() {
        let _ = writeln!(
            out,
            "article {} {:?} {:?} deals {:?} lead {:?}",
            article.id,
            index.article_index(&article.id),
            index.article(&article.id).map(|x| &x.title),
            index.deals_in_article(&article.id),
            index.lead(a as u32),
        );
    }
    for (d, deal) in ds.deals.iter().enumerate() {
        let d = d as u32;
        let _ = writeln!(
            out,
            "deal {} {:?} {:?} parties {:?} year {:?} usd {:?} marks {:?}",
            deal.id,
            index.deal_index(&deal.id),
            index.deal(&deal.id),
            index.deal_parties(d),
            index.deal_year(d),
            index.deal_usd(d),
            index.party_marks(d),
        );
    }
    for id in ["", "nope", "zzzz", "0"] {
        let _ = writeln!(
            out,
            "unknown {id:?} {:?} {:?} {:?}",
            index.company_index(id),
            index.article_index(id),
            index.deal_index(id),
        );
    }
    out
}

/// Facet views for the first few companies, countries, sectors and articles of `index`.
pub fn extra_views(index: &Index) -> Vec<String> {
    let ds = index.dataset();
    let mut views = Vec::new();
    for c in ds
        .companies
        .iter()
        .step_by(ds.companies.len().max(1).div_ceil(5))
    {
        views.push(format!("deals?company={}", c.id));
        views.push(format!("companies?company=-{}&sort=name", c.id));
    }
    for a in ds
        .articles
        .iter()
        .step_by(ds.articles.len().max(1).div_ceil(3))
    {
        views.push(format!("deals?article={}", a.id));
    }
    for c in index.countries().iter().take(3) {
        views.push(format!("deals?country={c}&sort=-amount"));
    }
    for s in index.sectors().iter().take(3) {
        views.push(format!("companies?sector={s}"));
    }
    views
}
