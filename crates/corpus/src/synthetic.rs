//! A generated corpus for trying the explorer at size: `EXPLORER_SYNTHETIC=2000 trunk build`
//! embeds this instead of `seeds/` (see `build.rs`).
//!
//! Deterministic (a fixed linear congruential generator, no `rand`): companies with Korean and
//! English names, kinds and countries; deals attached preferentially to busy companies, with
//! dates, USD amounts for about a third, and evidence sentences inside generated articles.
//! Never used for the real build; never reads files.

use crate::model::{
    deal_id, Amount, Article, Company, CompanyKind, Dataset, DatePrecision, Deal, DealDate,
    DealKind, DealStatus, Field, Party, Provenance, Span,
};

const SYLLABLES: [&str; 16] = [
    "한", "빛", "누", "리", "클", "라", "우", "드", "데", "이", "터", "솔", "미", "래", "온", "결",
];
const SUFFIXES: [(&str, &str); 6] = [
    ("테크", "Tech"),
    ("시스템즈", "Systems"),
    ("클라우드", "Cloud"),
    ("네트웍스", "Networks"),
    ("데이터", "Data"),
    ("솔루션", "Solutions"),
];
const COUNTRIES: [&str; 8] = ["KR", "KR", "KR", "US", "US", "JP", "CN", "DE"];
const DEALS_PER_COMPANY: usize = 3;
const DEALS_PER_ARTICLE: usize = 8;

struct Lcg(u64);

impl Lcg {
    fn below(&mut self, n: usize) -> usize {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        ((self.0 >> 33) as usize) % n.max(1)
    }
}

/// A dataset of `companies` companies and about three deals per company, with its layout.
pub fn dataset(companies: usize) -> Dataset {
    let mut rng = Lcg(2024);
    let companies: Vec<Company> = (0..companies).map(|i| company(i, &mut rng)).collect();
    let n = companies.len();
    // Endpoints of earlier deals: picking from it favours busy companies.
    let mut busy: Vec<usize> = Vec::new();
    let mut deals = Vec::new();
    let mut articles: Vec<Article> = Vec::new();
    for i in 0..n * DEALS_PER_COMPANY {
        if n < 2 {
            break;
        }
        let a = if busy.is_empty() || rng.below(3) == 0 {
            rng.below(n)
        } else {
            busy[rng.below(busy.len())]
        };
        let mut b = if rng.below(2) == 0 {
            rng.below(n)
        } else {
            busy.get(rng.below(busy.len().max(1))).copied().unwrap_or(0)
        };
        if b == a {
            b = (a + 1 + rng.below(n - 1)) % n;
        }
        busy.extend([a, b]);
        if i % DEALS_PER_ARTICLE == 0 {
            articles.push(Article {
                id: format!("synthetic-{:05}", articles.len()),
                title: Field {
                    value: Some(format!("합성 기사 {}", articles.len() + 1)),
                    source: Provenance::Catalog,
                },
                ..Default::default()
            });
        }
        let Some(article) = articles.last_mut() else {
            continue;
        };
        deals.push(deal(article, &companies[a], &companies[b], &mut rng));
    }
    deals.sort_by(|a, b| {
        (&a.article, a.evidence_span.start, &a.id).cmp(&(&b.article, b.evidence_span.start, &b.id))
    });
    deals.dedup_by(|a, b| a.id == b.id);
    let mut dataset = Dataset {
        articles,
        companies,
        deals,
        ..Default::default()
    };
    dataset.layout = crate::layout::layout(&dataset);
    dataset
}

fn company(i: usize, rng: &mut Lcg) -> Company {
    let stem: String = (0..2)
        .map(|_| SYLLABLES[rng.below(SYLLABLES.len())])
        .collect();
    let (ko, en) = SUFFIXES[rng.below(SUFFIXES.len())];
    let kind = match rng.below(20) {
        0 => CompanyKind::Government,
        1 => CompanyKind::Research,
        2 => CompanyKind::Association,
        _ => CompanyKind::Company,
    };
    Company {
        id: format!("syn-{i:04}"),
        name: format!("{en} {i}"),
        name_ko: Some(format!("{stem}{ko} {i}")),
        kind,
        country: Some(COUNTRIES[rng.below(COUNTRIES.len())].to_string()),
        sectors: vec!["cloud".to_string()],
        known: true,
        ..Default::default()
    }
}

fn deal(article: &mut Article, a: &Company, b: &Company, rng: &mut Lcg) -> Deal {
    let kind = DealKind::ALL[[0, 0, 0, 1, 1, 2, 3, 4, 5, 6, 7][rng.below(11)]];
    let year = 2012 + rng.below(14) as i32;
    let month = (rng.below(10) < 7).then(|| 1 + rng.below(12) as u8);
    let amount = (rng.below(3) == 0).then(|| {
        let usd = (1 + rng.below(99)) as f64 * 10f64.powi(5 + rng.below(6) as i32);
        Amount {
            text: format!("{} 달러", crate::display::money(usd, "USD")),
            value: usd,
            currency: "USD".into(),
            usd: Some(usd),
            approximate: false,
            range: None,
        }
    });
    let name = |c: &Company| c.name_ko.clone().unwrap_or_else(|| c.name.clone());
    let sentence = format!(
        "{}는 {}와 {} 관련 협약을 맺었다. ",
        name(a),
        name(b),
        crate::filter::labels::kind_label(kind, crate::view::Lang::Ko)
    );
    let start = article.text.chars().count() as u32;
    let end = start + sentence.trim_end().chars().count() as u32;
    article.text.push_str(&sentence);
    let span = Span { start, end };
    article.sentences.push(span);
    Deal {
        id: deal_id(&article.id, kind, &[&a.id, &b.id]),
        kind,
        parties: [a, b]
            .iter()
            .map(|c| Party {
                company: c.id.clone(),
                role: None,
            })
            .collect(),
        article: article.id.clone(),
        date: Some(DealDate {
            text: String::new(),
            year,
            month,
            day: None,
            precision: if month.is_some() {
                DatePrecision::Month
            } else {
                DatePrecision::Year
            },
            relative: false,
        }),
        amount,
        status: DealStatus::ALL[rng.below(DealStatus::ALL.len())],
        evidence: sentence.trim_end().to_string(),
        evidence_span: span,
        trigger: "협약".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_corpus_is_deterministic_and_consistent() {
        let ds = dataset(300);
        assert_eq!(ds, dataset(300));
        assert_eq!(ds.companies.len(), 300);
        assert!(ds.deals.len() > 800, "{} deals", ds.deals.len());
        let index = crate::filter::Index::new(ds.clone());
        for d in &ds.deals {
            assert!(index.article(&d.article).is_some());
            assert_eq!(
                index.deal_parties(index.deal_index(&d.id).unwrap()).len(),
                2
            );
        }
        assert!(!ds.layout.is_empty());
        assert!(dataset(0).deals.is_empty());
        assert!(dataset(1).deals.is_empty());
    }
}
