//! The index's lookups for the UI, the view export writers and `url::validate`.

mod filter_fixture;

use corpus::filter::{export_csv, export_json, filter};
use corpus::url::{self, Ignored};
use corpus::view::{Page, ViewState};

fn names(index: &corpus::filter::Index, list: &[u32]) -> Vec<String> {
    list.iter()
        .map(|c| index.dataset().companies[*c as usize].id.clone())
        .collect()
}

#[test]
fn lookups_by_id() {
    let index = filter_fixture::index();
    assert_eq!(index.company("kt").map(|c| c.name.as_str()), Some("KT"));
    assert!(index.company("nope").is_none());
    assert_eq!(index.deal("d3").map(|d| d.article.as_str()), Some("a2"));
    assert_eq!(index.article("a3").map(|a| a.id.as_str()), Some("a3"));
    assert_eq!(index.deals_of_company("kt"), vec![0, 3]);
    assert_eq!(index.deals_of_company("microsoft"), vec![5, 0]);
    assert!(index.deals_of_company("nope").is_empty());
    let partners = index.partners_of("kt-cloud");
    assert_eq!(
        names(&index, &partners.iter().map(|p| p.0).collect::<Vec<_>>()),
        ["aws", "microsoft", "naver-cloud"]
    );
    assert!(partners.iter().all(|p| p.1 == 1));
    assert_eq!(names(&index, &index.subsidiaries("kt")), ["kt-cloud"]);
    assert_eq!(names(&index, &index.subsidiaries("amazon")), ["aws"]);
    let kt: Vec<&str> = index
        .articles_mentioning("kt")
        .iter()
        .map(|&a| index.dataset().articles[a as usize].id.as_str())
        .collect();
    assert_eq!(kt, ["a1", "a3"]);
    assert!(index.articles_mentioning("nope").is_empty());
    assert_eq!(index.deals_in_article("a2"), vec![2, 3]);
    assert_eq!(
        index.article_count(index.company_index("kt").unwrap_or(0)),
        3
    );
    assert_eq!(index.deal_year(2), Some(2022));
    assert_eq!(index.deal_usd(3), None);
}

#[test]
fn validate_drops_unknown_ids() {
    let index = filter_fixture::index();
    let mut view = url::decode(
        "/companies/nope?company=kt,ghost,-phantom&country=KR,XX&sector=cloud,-moon&article=a1,zz&open=d9",
    )
    .view;
    let ignored = url::validate(&mut view, &index);
    assert_eq!(view.company.include, ["kt"]);
    assert!(view.company.exclude.is_empty());
    assert_eq!(view.country.include, ["KR"]);
    assert_eq!(view.sector.include, ["cloud"]);
    assert!(view.sector.exclude.is_empty());
    assert_eq!(view.article.include, ["a1"]);
    assert_eq!(view.open, None);
    assert_eq!(view.page, Page::Companies);
    let unknown: Vec<&str> = ignored
        .iter()
        .filter_map(|i| match i {
            Ignored::UnknownId { value, .. } => Some(value.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(
        unknown,
        ["ghost", "phantom", "zz", "XX", "moon", "d9", "nope"]
    );

    let mut good = url::decode("/articles/a2?open=d3").view;
    assert!(url::validate(&mut good, &index).is_empty());
    assert_eq!(good.page, Page::Article("a2".into()));
}

#[test]
fn csv_export_has_bom_header_and_quoted_evidence() {
    let index = filter_fixture::index();
    let view = url::decode("/deals?company=kt").view;
    let results = filter(&index, &view);
    let csv = export_csv(&index, &view, &results);
    assert!(csv.starts_with("\u{feff}id,kind,status,date,"));
    let lines: Vec<&str> = csv.split("\r\n").collect();
    assert_eq!(lines.len(), 4, "{csv}");
    assert!(
        lines[1].starts_with("d0,partnership,signed,2023-06,2023,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].contains("microsoft;kt,마이크로소프트;케이티,a1,"),
        "{}",
        lines[1]
    );
    assert!(
        lines[1].ends_with(",\"마이크로소프트와 KT는 5년간 클라우드 협력을 위해 손잡았다.\"")
            || lines[1].ends_with(",마이크로소프트와 KT는 5년간 클라우드 협력을 위해 손잡았다.")
    );

    let companies_view = url::decode("/companies?country=CN").view;
    let companies = export_csv(&index, &companies_view, &filter(&index, &companies_view));
    assert!(
        companies.contains(
            "\r\nalibaba-cloud,Alibaba Cloud,알리바바클라우드,company,CN,cloud,,1,1,\r\n"
        ),
        "{companies}"
    );
}

#[cfg(feature = "extract")]
#[test]
fn json_export_is_valid_json() {
    let index = filter_fixture::index();
    let view = ViewState {
        q: "\"quoted\" \\ <script>".into(),
        ..url::decode("/deals").view
    };
    let mut results = filter(&index, &url::decode("/deals").view);
    results.companies = vec![0, 1];
    results.company_deals = vec![1, 1];
    let text = export_json(&index, &view, &results);
    let parsed: serde_json::Value = match serde_json::from_str(&text) {
        Ok(v) => v,
        Err(e) => panic!("{e}: {text}"),
    };
    assert_eq!(parsed["deals"].as_array().map(Vec::len), Some(6));
    assert_eq!(parsed["deals"][0]["id"], "d5");
    assert_eq!(parsed["deals"][0]["amount"]["usd"], 3e8);
    assert_eq!(parsed["deals"][1]["amount"], serde_json::Value::Null);
    assert_eq!(parsed["deals"][0]["parties"][1]["name"], "네이버클라우드");
    assert_eq!(parsed["companies"][1]["id"], "amazon");
    assert_eq!(parsed["view"], "/deals?q=%22quoted%22%20%5C%20%3Cscript%3E");
}
