//! The core's encoded form: the core plus its [`Derived`] facts, with no string stored twice.
//!
//! A deal quoting a sentence an earlier deal quotes carries an empty one; a deal's article id
//! and its parties' company ids are left empty where `Derived` gives their position. Decoding
//! fills them back from the earlier deal, the article and the company, so a decoded core
//! equals the encoded one (with its derived facts recomputed for its dataset).

use serde::{Deserialize, Serialize};

use super::derived::Derived;
use super::{Core, TextRefs};
use crate::model::{Article, Company, Dataset};

/// What `encode_core` writes and `decode_core` reads.
#[derive(Serialize, Deserialize)]
pub(super) struct CoreWire {
    dataset: Dataset,
    text: TextRefs,
    derived: Derived,
}

impl From<Core> for CoreWire {
    fn from(core: Core) -> CoreWire {
        let Core {
            mut dataset, text, ..
        } = core;
        // Recomputed so that what is written always fits the dataset.
        let derived = Derived::of(&dataset);
        let Dataset {
            deals,
            articles,
            companies,
            ..
        } = &mut dataset;
        let mut seen = 0usize;
        let mut party_companies = derived.party_company.iter();
        for (i, deal) in deals.iter_mut().enumerate() {
            match derived.deal_evidence.get(i) {
                Some(&n) if n as usize == seen => seen += 1,
                Some(_) => deal.evidence = String::new(),
                None => {}
            }
            if let Some(&a) = derived.deal_article.get(i) {
                if article_id(articles, a) == Some(deal.article.as_str()) {
                    deal.article = String::new();
                }
            }
            for party in &mut deal.parties {
                if let Some(&c) = party_companies.next() {
                    if company_id(companies, c) == Some(party.company.as_str()) {
                        party.company = String::new();
                    }
                }
            }
        }
        CoreWire {
            dataset,
            text,
            derived,
        }
    }
}

impl From<CoreWire> for Core {
    fn from(wire: CoreWire) -> Core {
        let CoreWire {
            mut dataset,
            text,
            derived,
        } = wire;
        let Dataset {
            deals,
            articles,
            companies,
            ..
        } = &mut dataset;
        let mut firsts: Vec<usize> = Vec::new();
        let mut party_companies = derived.party_company.iter();
        for i in 0..deals.len() {
            match derived.deal_evidence.get(i).map(|&n| n as usize) {
                Some(n) if n == firsts.len() => firsts.push(i),
                Some(n) => {
                    let sentence = firsts
                        .get(n)
                        .and_then(|&f| deals.get(f))
                        .map(|d| d.evidence.clone());
                    if let Some(sentence) = sentence {
                        if deals[i].evidence.is_empty() {
                            deals[i].evidence = sentence;
                        }
                    }
                }
                None => {}
            }
            let deal = &mut deals[i];
            if deal.article.is_empty() {
                let id = derived
                    .deal_article
                    .get(i)
                    .and_then(|&a| article_id(articles, a));
                if let Some(id) = id {
                    deal.article = id.to_string();
                }
            }
            for party in &mut deal.parties {
                let Some(&c) = party_companies.next() else {
                    continue;
                };
                if party.company.is_empty() {
                    if let Some(id) = company_id(companies, c) {
                        party.company = id.to_string();
                    }
                }
            }
        }
        Core {
            dataset,
            text,
            derived,
        }
    }
}

fn article_id(articles: &[Article], position: u32) -> Option<&str> {
    articles.get(position as usize).map(|a| a.id.as_str())
}

fn company_id(companies: &[Company], position: u32) -> Option<&str> {
    companies.get(position as usize).map(|c| c.id.as_str())
}
