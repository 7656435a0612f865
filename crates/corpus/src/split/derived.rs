//! Facts `Index::from_core` needs that the build computes once, so start-up only reads them.
//!
//! Everything here is a pure function of the core's dataset, and `from_core` checks what it
//! uses: positions are hints confirmed by one id comparison each (else looked up), and the
//! evidence numbering is confirmed by comparing each repeated sentence with its first use
//! (else recomputed). A core whose dataset was changed after the split still indexes right.

use std::collections::HashMap;

use serde::{Deserialize, Serialize};

use crate::model::{Dataset, Deal};

/// Stands for "no such position" in the position lists.
pub const NO_POSITION: u32 = u32::MAX;

/// Precomputed per-deal facts.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Derived {
    /// Per deal: which distinct evidence sentence it quotes, numbered in order of first use
    /// (deal `i`'s sentence is new exactly when its number is one more than any before).
    pub deal_evidence: Vec<u32>,
    /// Per deal: the first position of its article in `dataset.articles`, or [`NO_POSITION`].
    pub deal_article: Vec<u32>,
    /// Per party of each deal (deals in order, parties in order): the first position of its
    /// company in `dataset.companies`, or [`NO_POSITION`].
    pub party_company: Vec<u32>,
}

impl Derived {
    /// Computes the facts of a dataset.
    pub fn of(dataset: &Dataset) -> Derived {
        let companies = first_positions(dataset.companies.iter().map(|c| c.id.as_str()));
        let articles = first_positions(dataset.articles.iter().map(|a| a.id.as_str()));
        let find = |map: &HashMap<&str, u32>, id: &str| map.get(id).copied().unwrap_or(NO_POSITION);
        Derived {
            deal_evidence: number_sentences(&dataset.deals),
            deal_article: dataset
                .deals
                .iter()
                .map(|d| find(&articles, &d.article))
                .collect(),
            party_company: dataset
                .deals
                .iter()
                .flat_map(Deal::party_ids)
                .map(|p| find(&companies, p))
                .collect(),
        }
    }

    /// The first deal quoting each numbered sentence, when `deal_evidence` fits `deals`: one
    /// number per deal, numbers in first-use order, and every deal quoting exactly the
    /// sentence of the first deal with its number. `None` otherwise. Costs one comparison of
    /// each repeated sentence, no hashing.
    pub fn first_uses(&self, deals: &[Deal]) -> Option<Vec<u32>> {
        if deals.len() != self.deal_evidence.len() {
            return None;
        }
        let mut firsts: Vec<u32> = Vec::new();
        for (i, (&number, deal)) in self.deal_evidence.iter().zip(deals).enumerate() {
            let number = number as usize;
            if number == firsts.len() {
                firsts.push(i as u32);
            } else if deals.get(*firsts.get(number)? as usize)?.evidence != deal.evidence {
                return None;
            }
        }
        Some(firsts)
    }

    /// Whether the position lists have one entry per deal and per party of `deals` (their
    /// entries are still only hints).
    pub fn positions_fit(&self, deals: &[Deal]) -> bool {
        self.deal_article.len() == deals.len()
            && self.party_company.len() == deals.iter().map(|d| d.parties.len()).sum::<usize>()
    }
}

/// Numbers the deals' evidence sentences in order of first appearance.
pub fn number_sentences(deals: &[Deal]) -> Vec<u32> {
    let mut numbers: HashMap<&str, u32> = HashMap::new();
    deals
        .iter()
        .map(|d| {
            let next = numbers.len() as u32;
            *numbers.entry(d.evidence.as_str()).or_insert(next)
        })
        .collect()
}

/// Each id's first position.
fn first_positions<'a>(ids: impl Iterator<Item = &'a str>) -> HashMap<&'a str, u32> {
    let mut map = HashMap::new();
    for (i, id) in ids.enumerate() {
        map.entry(id).or_insert(i as u32);
    }
    map
}
