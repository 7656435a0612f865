//! A small hand-built dataset (Korean and English names) shared by the filter, search and URL
//! tests. Deal ids are `d0`..`d5`; see each deal's comment for what it is there to test.

use corpus::model::*;

fn company(
    id: &str,
    name: &str,
    ko: &str,
    aliases: &[&str],
    country: Option<&str>,
    sectors: &[&str],
    parent: Option<&str>,
) -> Company {
    Company {
        id: id.into(),
        name: name.into(),
        name_ko: Some(ko.into()),
        aliases: aliases.iter().map(|s| s.to_string()).collect(),
        country: country.map(str::to_string),
        sectors: sectors.iter().map(|s| s.to_string()).collect(),
        parent: parent.map(str::to_string),
        known: true,
        ..Default::default()
    }
}

fn article(id: &str, title: &str) -> Article {
    Article {
        id: id.into(),
        title: Field {
            value: Some(title.into()),
            source: Provenance::Catalog,
        },
        ..Default::default()
    }
}

#[allow(clippy::too_many_arguments)]
fn deal(
    n: u32,
    kind: DealKind,
    parties: &[&str],
    article: &str,
    date: Option<(i32, Option<u8>, Option<u8>)>,
    usd: Option<f64>,
    status: DealStatus,
    evidence: &str,
) -> Deal {
    Deal {
        id: format!("d{n}"),
        kind,
        parties: parties
            .iter()
            .map(|c| Party {
                company: c.to_string(),
                role: None,
            })
            .collect(),
        article: article.into(),
        date: date.map(|(year, month, day)| DealDate {
            text: year.to_string(),
            year,
            month,
            day,
            ..Default::default()
        }),
        amount: usd.map(|v| Amount {
            text: format!("{v} 달러"),
            value: v,
            currency: "USD".into(),
            usd: Some(v),
            ..Default::default()
        }),
        status,
        evidence: evidence.into(),
        evidence_span: Span::default(),
        trigger: String::new(),
    }
}

/// Nine companies, three articles, six deals.
pub fn dataset() -> Dataset {
    use DealKind::*;
    use DealStatus::*;
    let companies = vec![
        company(
            "alibaba-cloud",
            "Alibaba Cloud",
            "알리바바클라우드",
            &[],
            Some("CN"),
            &["cloud"],
            None,
        ),
        company(
            "amazon",
            "Amazon",
            "아마존",
            &[],
            Some("US"),
            &["retail", "cloud"],
            None,
        ),
        company(
            "aws",
            "Amazon Web Services",
            "아마존웹서비스",
            &["AWS", "아마존 웹서비스"],
            Some("US"),
            &["cloud"],
            Some("amazon"),
        ),
        company("foo-labs", "Foo Labs", "푸랩스", &[], None, &[], None),
        company("kt", "KT", "케이티", &[], Some("KR"), &["telecom"], None),
        company(
            "kt-cloud",
            "KT Cloud",
            "KT클라우드",
            &[],
            Some("KR"),
            &["cloud"],
            Some("kt"),
        ),
        company(
            "microsoft",
            "Microsoft",
            "마이크로소프트",
            &["MS", "마소"],
            Some("US"),
            &["cloud", "software"],
            None,
        ),
        company(
            "naver-cloud",
            "Naver Cloud",
            "네이버클라우드",
            &[],
            Some("KR"),
            &["cloud"],
            None,
        ),
        company(
            "samsung-sds",
            "Samsung SDS",
            "삼성SDS",
            &[],
            Some("KR"),
            &["it"],
            None,
        ),
    ];
    let articles = vec![
        article("a1", "MS와 KT, 클라우드 동맹"),
        article("a2", "아마존, 삼성SDS에 투자"),
        article("a3", "Alibaba buys Foo Labs"),
    ];
    let deals = vec![
        // Korean names, a particle after 마이크로소프트, the biggest amount.
        deal(
            0,
            Partnership,
            &["microsoft", "kt"],
            "a1",
            Some((2023, Some(6), None)),
            Some(4.5e9),
            Signed,
            "마이크로소프트와 KT는 5년간 클라우드 협력을 위해 손잡았다.",
        ),
        // AWS only by alias in the evidence; planned; no amount.
        deal(
            1,
            Contract,
            &["aws", "kt-cloud"],
            "a1",
            Some((2024, None, None)),
            None,
            Planned,
            "KT클라우드는 AWS와 공급 계약을 검토 중이다.",
        ),
        // Amazon (not AWS): must not match a search for aws.
        deal(
            2,
            Investment,
            &["amazon", "samsung-sds"],
            "a2",
            Some((2022, Some(3), Some(2))),
            Some(1e8),
            Announced,
            "아마존이 삼성SDS에 1억 달러를 투자한다고 발표했다.",
        ),
        // No date, no amount.
        deal(
            3,
            Lease,
            &["naver-cloud", "kt"],
            "a2",
            None,
            None,
            Signed,
            "네이버클라우드는 KT의 데이터센터를 임차했다.",
        ),
        // English evidence; a party without a country.
        deal(
            4,
            Acquisition,
            &["alibaba-cloud", "foo-labs"],
            "a3",
            Some((2019, None, None)),
            Some(2e7),
            Disputed,
            "Alibaba Cloud acquired Foo Labs for $20 million in a deal some call flawed laws.",
        ),
        // Three parties.
        deal(
            5,
            Partnership,
            &["microsoft", "naver-cloud", "kt-cloud"],
            "a3",
            Some((2024, Some(1), Some(15))),
            Some(3e8),
            Signed,
            "Microsoft partners with Naver Cloud and KT Cloud on sovereign cloud.",
        ),
    ];
    let mentions = vec![
        Mention {
            company: "kt".into(),
            article: "a1".into(),
            sentence: 0,
            span: Span { start: 9, end: 11 },
        },
        Mention {
            company: "microsoft".into(),
            article: "a1".into(),
            sentence: 0,
            span: Span { start: 0, end: 7 },
        },
        Mention {
            company: "amazon".into(),
            article: "a2".into(),
            sentence: 0,
            span: Span { start: 0, end: 3 },
        },
        Mention {
            company: "kt".into(),
            article: "a3".into(),
            sentence: 1,
            span: Span { start: 40, end: 42 },
        },
    ];
    Dataset {
        articles,
        companies,
        deals,
        mentions,
        people: Vec::new(),
        layout: Vec::new(),
        sectors: Vec::new(),
    }
}

/// The index over [`dataset`].
pub fn index() -> corpus::filter::Index {
    corpus::filter::Index::new(dataset())
}
