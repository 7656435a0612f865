//! The in-memory index: built once from a [`Dataset`], read by every query.
//!
//! Everything a query needs per deal or company (year, USD amount, party indices, countries,
//! sectors, folded search text, sort ranks) is computed here once, so filtering is a linear
//! pass with no string work beyond substring search. It never changes after `Index::new`
//! (bar what is computed on first use: deal orders, the deal id lookup).
//!
//! Building it is the browser's start-up work, so it avoids hashing and copying strings: ids
//! are found by binary search (`index/ids.rs`), and the build's precomputed evidence numbering
//! (`split::Derived`) means each distinct sentence is folded once with no map.

mod ids;

use std::sync::OnceLock;

use crate::model::{Article, Company, Dataset, Deal, DealKind, DealStatus, Span};
use crate::search::SearchKey;
use crate::sorting::sorted_distinct;
use crate::split::{Core, Derived, TextRefs, NO_POSITION};

use ids::IdLookup;

use super::evidence::Evidence;
use super::labels::kind_search_words;
use super::order::Orders;
use super::packed::PackedDeals;

/// Precomputed facts about one deal.
#[derive(Debug, Clone)]
pub(crate) struct DealRow {
    pub year: Option<i32>,
    /// `year * 10_000 + month * 100 + day` (missing parts 0), for sorting.
    pub date_key: Option<i64>,
    /// Finite amount in USD.
    pub usd: Option<f64>,
    /// Company indices of the parties, sorted, unique, known companies only.
    pub parties: Vec<u32>,
    /// Country indices (into `Index::countries`) of the parties, sorted, unique.
    pub countries: Vec<u32>,
    /// Sector indices (into `Index::sectors`) of the parties, sorted, unique.
    pub sectors: Vec<u32>,
    pub article: Option<u32>,
    pub kind: DealKind,
    pub status: DealStatus,
    /// Index into `Index::evidence` (identical sentences are stored once).
    pub evidence: u32,
    /// Position of `year` in `Index::years`; `u32::MAX` when undated.
    pub year_slot: u32,
}

/// Precomputed facts about one company.
#[derive(Debug, Clone)]
pub(crate) struct CompanyRow {
    pub key: SearchKey,
    pub country: Option<u32>,
    pub sectors: Vec<u32>,
    /// Position in the list of companies sorted by lower-case name.
    pub name_rank: u32,
    /// Deal indices, in dataset order.
    pub deals: Vec<u32>,
    /// Distinct articles that mention the company or hold one of its deals.
    pub article_count: u32,
    /// Companies whose parent is this one.
    pub subsidiaries: Vec<u32>,
}

/// The dataset with lookups and precomputed per-deal and per-company facts.
#[derive(Debug, Clone)]
pub struct Index {
    dataset: Dataset,
    company_ids: IdLookup,
    article_ids: IdLookup,
    /// Built on the first `deal_index` (start-up never needs it).
    deal_ids: OnceLock<IdLookup>,
    pub(crate) deals: Vec<DealRow>,
    /// What the filter pass reads of `deals`, packed.
    pub(crate) packed: PackedDeals,
    pub(crate) companies: Vec<CompanyRow>,
    /// Distinct country codes of companies, sorted.
    pub(crate) countries: Vec<String>,
    /// Distinct sector tags of companies, sorted.
    pub(crate) sectors: Vec<String>,
    /// Folded evidence sentences, each stored once, joined for substring search.
    pub(crate) evidence: Evidence,
    /// Distinct deal years, ascending (for the year facet's counts).
    pub(crate) years: Vec<i32>,
    /// Deal orders per sort, computed on first use.
    pub(crate) orders: Orders,
    /// Folded kind labels and synonyms, per `DealKind::ALL` position.
    pub(crate) kind_keys: Vec<SearchKey>,
    /// What the core knows about the article texts (they live in chunks).
    text: TextRefs,
}

impl Index {
    /// Builds the index of a whole dataset (tools and tests): splits it, drops the texts and
    /// indexes the core, exactly what the browser does with its embedded core.
    pub fn new(dataset: Dataset) -> Index {
        match crate::split::split(dataset) {
            Ok(split) => Index::from_core(split.core),
            // Encoding into memory only fails for types postcard cannot encode; ours all can.
            Err(_) => Index::from_core(Core::default()),
        }
    }

    /// Builds the index from a core (article texts not included). Nothing here sorts or
    /// compares strings beyond the company name ranks.
    pub fn from_core(core: Core) -> Index {
        let Core {
            dataset,
            text,
            derived,
        } = core;
        let company_id = |i: usize| dataset.companies[i].id.as_str();
        let article_id = |i: usize| dataset.articles[i].id.as_str();
        let company_ids = IdLookup::new(company_id, dataset.companies.len());
        let article_ids = IdLookup::new(article_id, dataset.articles.len());
        let find_company = |id: &str, hint: u32| {
            company_ids.find_hinted(id, hint, company_id, dataset.companies.len())
        };
        let find_article = |id: &str, hint: u32| {
            article_ids.find_hinted(id, hint, article_id, dataset.articles.len())
        };

        let countries: Vec<String> = sorted_distinct(
            dataset
                .companies
                .iter()
                .filter_map(|c| c.country.clone())
                .collect(),
        );
        let sectors: Vec<String> = sorted_distinct(
            dataset
                .companies
                .iter()
                .flat_map(|c| c.sectors.iter().cloned())
                .collect(),
        );

        let mut companies: Vec<CompanyRow> = dataset
            .companies
            .iter()
            .map(|c| company_row(c, &countries, &sectors))
            .collect();
        let mut by_name: Vec<(String, u32)> = dataset
            .companies
            .iter()
            .enumerate()
            .map(|(i, c)| (crate::fold::fold(&c.name), i as u32))
            .collect();
        crate::sorting::sort_by(&mut by_name, Ord::cmp);
        for (rank, (_, i)) in by_name.into_iter().enumerate() {
            companies[i as usize].name_rank = rank as u32;
        }

        let hints_fit = derived.positions_fit(&dataset.deals);
        let (article_hints, party_hints) = if hints_fit {
            (derived.deal_article.clone(), derived.party_company.clone())
        } else {
            (Vec::new(), Vec::new())
        };
        let (numbers, firsts) = evidence_numbers(derived, &dataset.deals);
        let mut evidence = Evidence::default();
        let mut folded = String::new();
        for &first in &firsts {
            folded.clear();
            if let Some(deal) = dataset.deals.get(first as usize) {
                crate::fold::fold_into(&deal.evidence, &mut folded);
            }
            evidence.push(&folded);
        }
        evidence.shrink_to_fit();
        let mut party_hints = party_hints.into_iter();
        let mut deals: Vec<DealRow> = dataset
            .deals
            .iter()
            .zip(numbers)
            .enumerate()
            .map(|(i, (d, ev))| {
                let mut parties: Vec<u32> = d
                    .party_ids()
                    .filter_map(|id| find_company(id, party_hints.next().unwrap_or(NO_POSITION)))
                    .collect();
                parties.sort_unstable();
                parties.dedup();
                let hint = article_hints.get(i).copied().unwrap_or(NO_POSITION);
                let article = find_article(&d.article, hint);
                deal_row(d, ev, parties, article, &companies)
            })
            .collect();
        let years = year_slots(&mut deals);
        let packed = PackedDeals::new(&deals);

        let find_parent = |id: &str| find_company(id, NO_POSITION);
        link_companies(&dataset, &deals, &text, &find_parent, &mut companies);

        let kind_keys = DealKind::ALL
            .iter()
            .map(|k| SearchKey::new(kind_search_words(*k)))
            .collect();

        Index {
            dataset,
            company_ids,
            article_ids,
            deal_ids: OnceLock::new(),
            deals,
            packed,
            companies,
            countries,
            sectors,
            evidence,
            years,
            orders: Orders::default(),
            kind_keys,
            text,
        }
    }

    pub fn dataset(&self) -> &Dataset {
        &self.dataset
    }

    /// Index of a company in `dataset().companies`.
    pub fn company_index(&self, id: &str) -> Option<u32> {
        let companies = &self.dataset.companies;
        self.company_ids
            .find(id, |i| companies[i].id.as_str(), companies.len())
    }

    pub fn article_index(&self, id: &str) -> Option<u32> {
        let articles = &self.dataset.articles;
        self.article_ids
            .find(id, |i| articles[i].id.as_str(), articles.len())
    }

    pub fn deal_index(&self, id: &str) -> Option<u32> {
        let deals = &self.dataset.deals;
        let deal_id = |i: usize| deals[i].id.as_str();
        self.deal_ids
            .get_or_init(|| IdLookup::new(deal_id, deals.len()))
            .find(id, deal_id, deals.len())
    }

    pub fn company(&self, id: &str) -> Option<&Company> {
        self.company_index(id)
            .and_then(|i| self.dataset.companies.get(i as usize))
    }

    pub fn article(&self, id: &str) -> Option<&Article> {
        self.article_index(id)
            .and_then(|i| self.dataset.articles.get(i as usize))
    }

    pub fn deal(&self, id: &str) -> Option<&Deal> {
        self.deal_index(id)
            .and_then(|i| self.dataset.deals.get(i as usize))
    }

    /// Whether some company has this country code.
    pub fn has_country(&self, code: &str) -> bool {
        self.countries
            .binary_search_by(|c| c.as_str().cmp(code))
            .is_ok()
    }

    /// Whether some company has this sector tag.
    pub fn has_sector(&self, sector: &str) -> bool {
        self.sectors
            .binary_search_by(|s| s.as_str().cmp(sector))
            .is_ok()
    }

    /// Distinct country codes of all companies, sorted.
    pub fn countries(&self) -> &[String] {
        &self.countries
    }

    /// Distinct sector tags of all companies, sorted.
    pub fn sectors(&self) -> &[String] {
        &self.sectors
    }

    /// Deal indices of a company, newest first (undated last).
    pub fn deals_of_company(&self, id: &str) -> Vec<u32> {
        let Some(row) = self.company_row(id) else {
            return Vec::new();
        };
        let mut deals = row.deals.clone();
        crate::sorting::sort_by_key(&mut deals, |d| {
            let key = self.deals.get(*d as usize).and_then(|r| r.date_key);
            (std::cmp::Reverse(key), *d)
        });
        deals
    }

    /// (company index, number of deals together), most deals first, then by name.
    pub fn partners_of(&self, id: &str) -> Vec<(u32, u32)> {
        let (Some(c), Some(row)) = (self.company_index(id), self.company_row(id)) else {
            return Vec::new();
        };
        // Every other party of every deal of this company, counted by sorting.
        let mut others: Vec<u32> = Vec::new();
        for &d in &row.deals {
            if let Some(deal) = self.deals.get(d as usize) {
                others.extend(deal.parties.iter().filter(|o| **o != c));
            }
        }
        others.sort_unstable();
        let mut list: Vec<(u32, u32)> = Vec::new();
        for &other in &others {
            match list.last_mut() {
                Some((last, n)) if *last == other => *n += 1,
                _ => list.push((other, 1)),
            }
        }
        let rank = |c: u32| {
            self.companies
                .get(c as usize)
                .map_or(u32::MAX, |r| r.name_rank)
        };
        crate::sorting::sort_by_key(&mut list, |&(c, n)| (std::cmp::Reverse(n), rank(c)));
        list
    }

    /// Company indices whose parent is `id`, by name.
    pub fn subsidiaries(&self, id: &str) -> Vec<u32> {
        self.company_row(id)
            .map(|r| r.subsidiaries.clone())
            .unwrap_or_default()
    }

    /// What the core knows about the article texts: chunk names, leads, mention counts.
    pub fn text(&self) -> &TextRefs {
        &self.text
    }

    /// The articles (indices) mentioning a company, ascending.
    pub fn articles_mentioning(&self, id: &str) -> &[u32] {
        self.company_index(id)
            .and_then(|c| self.text.company_articles.get(c as usize))
            .map_or(&[], Vec::as_slice)
    }

    /// Character spans (into the article text) of a deal's party mentions inside its
    /// evidence sentence, by start.
    pub fn party_marks(&self, deal: u32) -> &[Span] {
        self.text
            .party_marks
            .get(deal as usize)
            .map_or(&[], Vec::as_slice)
    }

    /// The overview's excerpt of an article (by index).
    pub fn lead(&self, article: u32) -> &str {
        self.text
            .leads
            .get(article as usize)
            .map_or("", String::as_str)
    }

    /// Deal indices of an article, in text order.
    pub fn deals_in_article(&self, id: &str) -> Vec<u32> {
        let Some(a) = self.article_index(id) else {
            return Vec::new();
        };
        (0..self.deals.len() as u32)
            .filter(|d| self.deals[*d as usize].article == Some(a))
            .collect()
    }

    /// Number of deals of a company (all deals, unfiltered).
    pub fn deal_count(&self, company: u32) -> u32 {
        self.companies
            .get(company as usize)
            .map_or(0, |r| r.deals.len() as u32)
    }

    /// Number of distinct articles mentioning a company.
    pub fn article_count(&self, company: u32) -> u32 {
        self.companies
            .get(company as usize)
            .map_or(0, |r| r.article_count)
    }

    /// The year of a deal, when dated.
    pub fn deal_year(&self, deal: u32) -> Option<i32> {
        self.deals.get(deal as usize).and_then(|r| r.year)
    }

    /// The USD amount of a deal, when known.
    pub fn deal_usd(&self, deal: u32) -> Option<f64> {
        self.deals.get(deal as usize).and_then(|r| r.usd)
    }

    /// Puts deal indices (no duplicates) in the order of a deals table sorted by `sort`. A
    /// long list is put in order by one walk of the stored full order (made on first use),
    /// not sorted again.
    pub fn sort_deals(&self, deals: &mut Vec<u32>, sort: crate::view::Sort) {
        super::order::sort_deals(self, deals, sort);
    }

    /// Company indices of a deal's parties (known companies only, unique).
    pub fn deal_parties(&self, deal: u32) -> &[u32] {
        self.deals
            .get(deal as usize)
            .map_or(&[], |r| r.parties.as_slice())
    }

    /// Heap bytes of what filtering keeps besides the rows: the joined evidence text, the
    /// packed deals and the deal orders computed so far.
    pub fn filter_heap_bytes(&self) -> usize {
        self.evidence.heap_bytes() + self.orders.heap_bytes() + self.packed.heap_bytes()
    }

    fn company_row(&self, id: &str) -> Option<&CompanyRow> {
        self.company_index(id)
            .and_then(|i| self.companies.get(i as usize))
    }
}

/// Each deal's evidence number and the first deal quoting each number: the build's
/// precomputed ones when they fit the deals, else computed here.
fn evidence_numbers(derived: Derived, deals: &[Deal]) -> (Vec<u32>, Vec<u32>) {
    if let Some(firsts) = derived.first_uses(deals) {
        return (derived.deal_evidence, firsts);
    }
    let numbers = crate::split::number_sentences(deals);
    let mut firsts: Vec<u32> = Vec::new();
    for (i, &n) in numbers.iter().enumerate() {
        if n as usize == firsts.len() {
            firsts.push(i as u32);
        }
    }
    (numbers, firsts)
}

/// Position of `key` in a sorted list of distinct strings.
fn position(sorted: &[String], key: &str) -> Option<u32> {
    sorted
        .binary_search_by(|x| x.as_str().cmp(key))
        .ok()
        .map(|i| i as u32)
}

fn company_row(c: &Company, countries: &[String], sectors: &[String]) -> CompanyRow {
    let names = std::iter::once(c.name.as_str())
        .chain(c.name_ko.as_deref())
        .chain(c.aliases.iter().map(String::as_str))
        .chain(std::iter::once(c.id.as_str()));
    let mut sectors: Vec<u32> = c
        .sectors
        .iter()
        .filter_map(|s| position(sectors, s))
        .collect();
    sectors.sort_unstable();
    sectors.dedup();
    CompanyRow {
        key: SearchKey::new(names),
        country: c.country.as_deref().and_then(|k| position(countries, k)),
        sectors,
        name_rank: 0,
        deals: Vec::new(),
        article_count: 0,
        subsidiaries: Vec::new(),
    }
}

fn deal_row(
    d: &Deal,
    evidence: u32,
    parties: Vec<u32>,
    article: Option<u32>,
    companies: &[CompanyRow],
) -> DealRow {
    let mut countries: Vec<u32> = Vec::new();
    let mut sectors: Vec<u32> = Vec::new();
    for p in &parties {
        if let Some(row) = companies.get(*p as usize) {
            countries.extend(row.country);
            sectors.extend(row.sectors.iter().copied());
        }
    }
    countries.sort_unstable();
    countries.dedup();
    sectors.sort_unstable();
    sectors.dedup();
    let date_key = d.date.as_ref().map(|date| {
        i64::from(date.year) * 10_000
            + i64::from(date.month.unwrap_or(0)) * 100
            + i64::from(date.day.unwrap_or(0))
    });
    DealRow {
        year: d.date.as_ref().map(|date| date.year),
        date_key,
        usd: d
            .amount
            .as_ref()
            .and_then(|a| a.usd)
            .filter(|u| u.is_finite()),
        parties,
        countries,
        sectors,
        article,
        kind: d.kind,
        status: d.status,
        evidence,
        year_slot: u32::MAX,
    }
}

/// The distinct deal years, ascending, with each deal's `year_slot` set.
fn year_slots(deals: &mut [DealRow]) -> Vec<i32> {
    let years: Vec<i32> = sorted_distinct(deals.iter().filter_map(|d| d.year).collect());
    for d in deals.iter_mut() {
        if let Some(y) = d.year {
            d.year_slot = years.binary_search(&y).map_or(u32::MAX, |i| i as u32);
        }
    }
    years
}

/// Fills each company's deals, article count and subsidiaries (partners are counted when
/// asked for: only a company's page shows them).
fn link_companies(
    dataset: &Dataset,
    deals: &[DealRow],
    text: &TextRefs,
    find_company: &dyn Fn(&str) -> Option<u32>,
    companies: &mut [CompanyRow],
) {
    for (i, deal) in deals.iter().enumerate() {
        for &p in &deal.parties {
            companies[p as usize].deals.push(i as u32);
        }
    }
    let ranks: Vec<u32> = companies.iter().map(|c| c.name_rank).collect();
    let rank = |c: u32| ranks.get(c as usize).copied().unwrap_or(u32::MAX);
    for (i, row) in companies.iter_mut().enumerate() {
        row.article_count = text.article_counts.get(i).copied().unwrap_or(0);
    }
    for (i, c) in dataset.companies.iter().enumerate() {
        if let Some(parent) = c.parent.as_deref().and_then(find_company) {
            if parent as usize != i {
                companies[parent as usize].subsidiaries.push(i as u32);
            }
        }
    }
    for row in companies.iter_mut() {
        crate::sorting::sort_by_key(&mut row.subsidiaries, |c| rank(*c));
    }
}
