//! The view state: everything a URL says about what is on screen.
//!
//! The URL is the single source of truth; the app renders `(Index, ViewState) -> Results`.
//! `url.rs` encodes and decodes this type; `filter.rs` applies it. Defaults are omitted from
//! the URL, so `ViewState::default()` is `#/`.

use crate::model::{DealKind, DealStatus};

/// Which page is shown.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Page {
    #[default]
    Overview,
    Deals,
    Companies,
    /// A company profile, by company id.
    Company(String),
    /// The article reader, by article id.
    Article(String),
    /// The deal network picture.
    Network,
}

/// How several selected companies combine.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CompanyMatch {
    /// Deals involving any of the selected companies.
    #[default]
    Any,
    /// Deals involving all of the selected companies.
    All,
}

/// Included and excluded values of one facet. Several included values are OR; an excluded
/// value removes every result that has it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Facet<T> {
    pub include: Vec<T>,
    pub exclude: Vec<T>,
}

impl<T> Default for Facet<T> {
    fn default() -> Self {
        Facet {
            include: Vec::new(),
            exclude: Vec::new(),
        }
    }
}

impl<T: PartialEq> Facet<T> {
    pub fn is_empty(&self) -> bool {
        self.include.is_empty() && self.exclude.is_empty()
    }

    /// Whether a result carrying `values` passes this facet.
    pub fn admits<'a>(&self, mut values: impl Iterator<Item = &'a T> + Clone) -> bool
    where
        T: 'a,
    {
        if values.clone().any(|v| self.exclude.contains(v)) {
            return false;
        }
        self.include.is_empty() || values.any(|v| self.include.contains(v))
    }
}

/// Columns a table can be sorted by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortKey {
    /// Deals: by date; companies: by number of deals.
    #[default]
    Default,
    Date,
    Amount,
    Kind,
    Name,
    Deals,
    Articles,
    Country,
    /// Deals: by article (then position in the article).
    Article,
}

impl SortKey {
    /// Every concrete key (not `Default`), in URL-id order.
    pub const CONCRETE: [SortKey; 8] = [
        SortKey::Date,
        SortKey::Amount,
        SortKey::Kind,
        SortKey::Name,
        SortKey::Deals,
        SortKey::Articles,
        SortKey::Country,
        SortKey::Article,
    ];

    /// The id used in the URL (`sort=-date`); `None` for `Default`, which is never written.
    pub fn id(self) -> Option<&'static str> {
        Some(match self {
            SortKey::Default => return None,
            SortKey::Date => "date",
            SortKey::Amount => "amount",
            SortKey::Kind => "kind",
            SortKey::Name => "name",
            SortKey::Deals => "deals",
            SortKey::Articles => "articles",
            SortKey::Country => "country",
            SortKey::Article => "article",
        })
    }

    pub fn from_id(s: &str) -> Option<SortKey> {
        SortKey::CONCRETE.into_iter().find(|k| k.id() == Some(s))
    }
}

/// A sort order: key and direction. With `key: Default` the table's natural order is used
/// (deals newest first, companies with most deals first) and `descending` is ignored; the URL
/// codec only ever produces `Sort::default()` for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Sort {
    pub key: SortKey,
    pub descending: bool,
}

/// Interface language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Ko,
    En,
}

impl Lang {
    /// `ko` or `en`, as in the URL and the HTML `lang` attribute.
    pub fn id(self) -> &'static str {
        match self {
            Lang::Ko => "ko",
            Lang::En => "en",
        }
    }

    pub fn from_id(s: &str) -> Option<Lang> {
        match s {
            "ko" => Some(Lang::Ko),
            "en" => Some(Lang::En),
            _ => None,
        }
    }
}

/// Everything the URL can say.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ViewState {
    pub page: Page,
    /// Free-text search (Korean or English, particles and 초성 understood).
    pub q: String,
    /// Company ids.
    pub company: Facet<String>,
    pub company_match: CompanyMatch,
    pub kind: Facet<DealKind>,
    pub status: Facet<DealStatus>,
    /// Year range, inclusive.
    pub from: Option<i32>,
    pub to: Option<i32>,
    /// Amount range in USD, inclusive.
    pub min: Option<f64>,
    pub max: Option<f64>,
    /// ISO country codes.
    pub country: Facet<String>,
    pub sector: Facet<String>,
    /// Article ids.
    pub article: Facet<String>,
    pub sort: Sort,
    /// The deal row shown expanded.
    pub open: Option<String>,
    pub lang: Lang,
}

impl ViewState {
    /// The same view with every filter removed (page, sort and language kept).
    pub fn without_filters(&self) -> ViewState {
        ViewState {
            page: self.page.clone(),
            sort: self.sort,
            lang: self.lang,
            ..ViewState::default()
        }
    }

    /// True when no filter is set.
    pub fn has_filters(&self) -> bool {
        let bare = ViewState {
            open: self.open.clone(),
            ..self.without_filters()
        };
        *self != bare
    }
}
