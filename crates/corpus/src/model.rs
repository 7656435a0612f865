//! The dataset's data model: articles, companies, mentions and deals.
//!
//! This is the contract between the build-time pipeline (which produces a [`Dataset`]) and the
//! browser (which filters it). It holds plain data only: no I/O, no DOM, no extraction logic.
//! All text offsets are **character** offsets (Unicode scalar values) into [`Article::text`].

use serde::{Deserialize, Serialize};

/// Everything the explorer knows, as produced from `seeds/` at build time.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Dataset {
    /// Sorted by id.
    pub articles: Vec<Article>,
    /// Sorted by id. Only companies mentioned in at least one article (plus their parents).
    pub companies: Vec<Company>,
    /// Sorted by (article, evidence_start, id).
    pub deals: Vec<Deal>,
    /// Every company mention, sorted by (article, start).
    pub mentions: Vec<Mention>,
    /// People named in the articles (kept apart from companies).
    pub people: Vec<Person>,
    /// Where each company that takes part in a deal sits in the deal network, computed at
    /// build time (`layout.rs`) so the browser only reads positions. Sorted by company id.
    pub layout: Vec<NodePosition>,
    /// Labels of the sector tags its companies carry (from the knowledge base), sorted by id.
    #[serde(default)]
    pub sectors: Vec<SectorLabel>,
}

/// A sector tag (`cloud`, `it-services`) and how the interface names it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct SectorLabel {
    pub id: String,
    pub ko: String,
    pub en: String,
}

impl SectorLabel {
    /// The label of tag `id` in `labels`, which are sorted by id.
    pub fn find<'a>(labels: &'a [SectorLabel], id: &str) -> Option<&'a SectorLabel> {
        labels
            .binary_search_by(|s| s.id.as_str().cmp(id))
            .ok()
            .map(|i| &labels[i])
    }
}

impl Dataset {
    /// Sector tag `id` as the interface names it in `lang`, or the tag itself when the
    /// knowledge base gives no label.
    pub fn sector_name<'a>(&'a self, id: &'a str, lang: crate::view::Lang) -> &'a str {
        match (SectorLabel::find(&self.sectors, id), lang) {
            (Some(s), crate::view::Lang::Ko) => &s.ko,
            (Some(s), crate::view::Lang::En) => &s.en,
            (None, _) => id,
        }
    }
}

/// A company's place in the deal-network picture, in layout units (`0..=LAYOUT_SIZE`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct NodePosition {
    pub company: String,
    pub x: f32,
    pub y: f32,
}

/// Width and height of the square the network layout fills.
pub const LAYOUT_SIZE: f32 = 1000.0;

/// Where a metadata field came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Given in `seeds/catalog.toml`.
    #[default]
    Catalog,
    /// Derived from the article text (headline line, byline ...).
    Derived,
    /// Neither given nor derivable.
    Missing,
}

/// A metadata value with its provenance.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Field {
    pub value: Option<String>,
    pub source: Provenance,
}

/// One article of the corpus. Its id is the file stem.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Article {
    pub id: String,
    pub title: Field,
    pub outlet: Field,
    pub reporter: Field,
    /// Publication date, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`).
    pub date: Field,
    pub url: Field,
    /// Cleaned article text (boilerplate removed, NFC, `\n` line ends).
    pub text: String,
    /// Sentences as character ranges into `text`.
    pub sentences: Vec<Span>,
    /// Warnings raised while reading this article (e.g. lines dropped as boilerplate).
    pub notes: Vec<String>,
}

/// A half-open character range `[start, end)`.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

/// What sort of organisation a company entry is.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum CompanyKind {
    #[default]
    Company,
    Government,
    Association,
    Research,
    Other,
}

/// A canonical organisation.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Company {
    /// Stable slug, e.g. `microsoft`, `kt-cloud`.
    pub id: String,
    /// English (or Latin-script) name.
    pub name: String,
    /// Korean name, when known.
    pub name_ko: Option<String>,
    /// Other surface forms in any script (not including `name` and `name_ko`).
    pub aliases: Vec<String>,
    pub kind: CompanyKind,
    /// ISO 3166-1 alpha-2, upper case (`US`, `KR`), when known.
    pub country: Option<String>,
    /// Sector tags (`cloud`, `telecom`, `space` ...).
    pub sectors: Vec<String>,
    /// Parent company id.
    pub parent: Option<String>,
    /// `false` when discovered in the text rather than taken from the knowledge base.
    pub known: bool,
}

/// A company named in an article.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Mention {
    pub company: String,
    pub article: String,
    /// Index into the article's `sentences`.
    pub sentence: u32,
    /// The name as written (without particles).
    pub span: Span,
}

/// A person named in an article (kept out of the company list).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Person {
    pub name: String,
    /// Title or role as written (`CEO`, `사장`, `기자` ...).
    pub role: Option<String>,
    /// Company id the person is attached to in the text, if any.
    pub company: Option<String>,
    pub article: String,
    pub span: Span,
}

/// The kinds of deal the pipeline extracts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum DealKind {
    Partnership,
    Contract,
    Investment,
    Acquisition,
    Lease,
    EquitySwap,
    Customer,
    SpinOff,
}

impl DealKind {
    pub const ALL: [DealKind; 8] = [
        DealKind::Partnership,
        DealKind::Contract,
        DealKind::Investment,
        DealKind::Acquisition,
        DealKind::Lease,
        DealKind::EquitySwap,
        DealKind::Customer,
        DealKind::SpinOff,
    ];

    /// Stable id used in URLs and exports.
    pub fn id(self) -> &'static str {
        match self {
            DealKind::Partnership => "partnership",
            DealKind::Contract => "contract",
            DealKind::Investment => "investment",
            DealKind::Acquisition => "acquisition",
            DealKind::Lease => "lease",
            DealKind::EquitySwap => "equity_swap",
            DealKind::Customer => "customer",
            DealKind::SpinOff => "spin_off",
        }
    }

    pub fn from_id(s: &str) -> Option<DealKind> {
        DealKind::ALL.into_iter().find(|k| k.id() == s)
    }
}

/// Whether the deal happened, according to the text.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum DealStatus {
    /// Stated as done or in force (the default for a plain past-tense statement).
    #[default]
    Signed,
    /// Announced (발표, 공개) without saying it is signed.
    Announced,
    /// Planned, under review or discussion (검토, 논의, 추진, 예정 ...).
    Planned,
    /// Challenged, delayed or in dispute (이의, 소송, 지연 ...).
    Disputed,
}

impl DealStatus {
    pub const ALL: [DealStatus; 4] = [
        DealStatus::Signed,
        DealStatus::Announced,
        DealStatus::Planned,
        DealStatus::Disputed,
    ];

    pub fn id(self) -> &'static str {
        match self {
            DealStatus::Signed => "signed",
            DealStatus::Announced => "announced",
            DealStatus::Planned => "planned",
            DealStatus::Disputed => "disputed",
        }
    }

    pub fn from_id(s: &str) -> Option<DealStatus> {
        DealStatus::ALL.into_iter().find(|k| k.id() == s)
    }
}

/// The role of a party in a deal, where the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    Partner,
    Investor,
    Investee,
    Buyer,
    Target,
    Vendor,
    Customer,
    Lessee,
    Lessor,
    Parent,
    SpunOff,
}

/// One party of a deal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Party {
    pub company: String,
    pub role: Option<Role>,
}

/// A money amount found in the text.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Amount {
    /// As written, e.g. `150억 달러(17조원)`.
    pub text: String,
    /// Normalised value in `currency` units (the midpoint for a range).
    pub value: f64,
    /// ISO 4217 code: `USD`, `KRW`, `EUR` ...
    pub currency: String,
    /// Value in US dollars, when the currency is USD.
    pub usd: Option<f64>,
    /// True for vague amounts (`수조원대`, `수십억 원`, `약 ...`).
    pub approximate: bool,
    /// Lower and upper bound, for ranges (`수조원대` → 1e12..1e13).
    pub range: Option<(f64, f64)>,
}

/// How precisely a date is known.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize, Default,
)]
#[serde(rename_all = "snake_case")]
pub enum DatePrecision {
    Day,
    Month,
    #[default]
    Year,
}

/// A date as written and as resolved against the article's publication date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct DealDate {
    /// As written, e.g. `지난달 3일`.
    pub text: String,
    pub year: i32,
    pub month: Option<u8>,
    pub day: Option<u8>,
    pub precision: DatePrecision,
    /// True when resolved from a relative expression (`지난해`, `2년 전`) or taken from the
    /// article's publication date because the sentence gives none.
    pub relative: bool,
}

impl DealDate {
    /// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
    pub fn iso(&self) -> String {
        match (self.month, self.day) {
            (Some(m), Some(d)) => format!("{:04}-{:02}-{:02}", self.year, m, d),
            (Some(m), None) => format!("{:04}-{:02}", self.year, m),
            _ => format!("{:04}", self.year),
        }
    }
}

/// A relation between companies stated in one sentence (or a short run of sentences).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deal {
    /// Stable id: a short hash of (article, kind, sorted party ids).
    pub id: String,
    pub kind: DealKind,
    pub parties: Vec<Party>,
    pub article: String,
    pub date: Option<DealDate>,
    pub amount: Option<Amount>,
    pub status: DealStatus,
    /// The evidence sentence, verbatim.
    pub evidence: String,
    /// Character range of the evidence in the article text.
    pub evidence_span: Span,
    /// The trigger word that made this a deal (e.g. `협력`, `인수`).
    pub trigger: String,
}

impl Deal {
    /// Party company ids, in order.
    pub fn party_ids(&self) -> impl Iterator<Item = &str> {
        self.parties.iter().map(|p| p.company.as_str())
    }
}

/// Stable short id for a deal: FNV-1a over the article id, kind and sorted parties.
pub fn deal_id(article: &str, kind: DealKind, parties: &[&str]) -> String {
    let mut sorted: Vec<&str> = parties.to_vec();
    sorted.sort_unstable();
    sorted.dedup();
    let mut h = crate::hash::Fnv::new();
    for part in [article, kind.id()].into_iter().chain(sorted) {
        h.write(part.as_bytes());
        h.write(&[0]);
    }
    format!("d{:012x}", h.finish() & 0xffff_ffff_ffff)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn deal_id_ignores_party_order_and_differs_by_kind() {
        let a = deal_id("x", DealKind::Partnership, &["kt", "microsoft"]);
        let b = deal_id("x", DealKind::Partnership, &["microsoft", "kt"]);
        let c = deal_id("x", DealKind::Contract, &["microsoft", "kt"]);
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert_eq!(a.len(), 13);
    }

    #[test]
    fn kind_ids_round_trip() {
        for k in DealKind::ALL {
            assert_eq!(DealKind::from_id(k.id()), Some(k));
        }
        for s in DealStatus::ALL {
            assert_eq!(DealStatus::from_id(s.id()), Some(s));
        }
    }

    #[test]
    fn date_iso_by_precision() {
        let d = DealDate {
            year: 2024,
            month: Some(6),
            day: Some(3),
            ..Default::default()
        };
        assert_eq!(d.iso(), "2024-06-03");
        let y = DealDate {
            year: 2022,
            ..Default::default()
        };
        assert_eq!(y.iso(), "2022");
    }
}
