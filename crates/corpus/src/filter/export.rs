//! "Export this view": the filtered deals or companies as CSV or JSON text.
//!
//! Pure string building from `Results`; never filters again and never touches files or the
//! DOM (the app turns the text into a download).

use crate::model::{Company, Deal};
use crate::url;
use crate::view::{Page, ViewState};

use super::csv::CsvWriter;
use super::index::Index;
use super::json::JsonWriter;
use super::Results;

const DEAL_COLUMNS: [&str; 15] = [
    "id",
    "kind",
    "status",
    "date",
    "year",
    "amount_text",
    "amount_value",
    "currency",
    "usd",
    "party_ids",
    "party_names",
    "article",
    "article_title",
    "trigger",
    "evidence",
];

const COMPANY_COLUMNS: [&str; 10] = [
    "id", "name", "name_ko", "kind", "country", "sectors", "parent", "deals", "articles", "aliases",
];

/// CSV of what the page shows: companies on the companies pages, deals everywhere else.
pub fn export_csv(index: &Index, view: &ViewState, results: &Results) -> String {
    match view.page {
        Page::Companies | Page::Company(_) => export_companies_csv(index, results),
        _ => export_deals_csv(index, results),
    }
}

/// CSV of the filtered deals, in their order.
pub fn export_deals_csv(index: &Index, results: &Results) -> String {
    let mut w = CsvWriter::new();
    for c in DEAL_COLUMNS {
        w.text(c);
    }
    w.end_row();
    for deal in deals(index, results) {
        w.text(&deal.id);
        w.text(deal.kind.id());
        w.text(deal.status.id());
        w.text(&deal.date.as_ref().map(|d| d.iso()).unwrap_or_default());
        w.number(deal.date.as_ref().map(|d| f64::from(d.year)));
        let amount = deal.amount.as_ref();
        w.text(amount.map_or("", |a| a.text.as_str()));
        w.number(amount.map(|a| a.value));
        w.text(amount.map_or("", |a| a.currency.as_str()));
        w.number(amount.and_then(|a| a.usd));
        w.text(&deal.party_ids().collect::<Vec<_>>().join(";"));
        w.text(&party_names(index, deal).join(";"));
        w.text(&deal.article);
        w.text(article_title(index, deal).unwrap_or(""));
        w.text(&deal.trigger);
        w.text(&deal.evidence);
        w.end_row();
    }
    w.finish()
}

/// CSV of the filtered companies, in their order, with their filtered deal counts.
pub fn export_companies_csv(index: &Index, results: &Results) -> String {
    let mut w = CsvWriter::new();
    for c in COMPANY_COLUMNS {
        w.text(c);
    }
    w.end_row();
    for (company, deals, articles) in companies(index, results) {
        w.text(&company.id);
        w.text(&company.name);
        w.text(company.name_ko.as_deref().unwrap_or(""));
        w.text(company_kind(company));
        w.text(company.country.as_deref().unwrap_or(""));
        w.text(&company.sectors.join(";"));
        w.text(company.parent.as_deref().unwrap_or(""));
        w.number(Some(f64::from(deals)));
        w.number(Some(f64::from(articles)));
        w.text(&company.aliases.join(";"));
        w.end_row();
    }
    w.finish()
}

/// JSON object `{"view": "<url fragment>", "deals": [...], "companies": [...]}`.
pub fn export_json(index: &Index, view: &ViewState, results: &Results) -> String {
    let mut w = JsonWriter::new();
    w.begin_object();
    w.key("view");
    w.string(&url::encode(view));
    w.key("deals");
    w.begin_array();
    for deal in deals(index, results) {
        w.begin_object();
        w.key("id");
        w.string(&deal.id);
        w.key("kind");
        w.string(deal.kind.id());
        w.key("status");
        w.string(deal.status.id());
        w.key("date");
        w.opt_string(deal.date.as_ref().map(|d| d.iso()).as_deref());
        w.key("amount");
        match &deal.amount {
            Some(a) => {
                w.begin_object();
                w.key("text");
                w.string(&a.text);
                w.key("value");
                w.number(a.value);
                w.key("currency");
                w.string(&a.currency);
                w.key("usd");
                w.opt_number(a.usd);
                w.key("approximate");
                w.bool(a.approximate);
                w.end_object();
            }
            None => w.null(),
        }
        w.key("parties");
        w.begin_array();
        for p in &deal.parties {
            w.begin_object();
            w.key("company");
            w.string(&p.company);
            w.key("name");
            w.opt_string(index.company(&p.company).map(display_name));
            w.end_object();
        }
        w.end_array();
        w.key("article");
        w.string(&deal.article);
        w.key("article_title");
        w.opt_string(article_title(index, deal));
        w.key("trigger");
        w.string(&deal.trigger);
        w.key("evidence");
        w.string(&deal.evidence);
        w.end_object();
    }
    w.end_array();
    w.key("companies");
    w.begin_array();
    for (company, deals, articles) in companies(index, results) {
        w.begin_object();
        w.key("id");
        w.string(&company.id);
        w.key("name");
        w.string(&company.name);
        w.key("name_ko");
        w.opt_string(company.name_ko.as_deref());
        w.key("kind");
        w.string(company_kind(company));
        w.key("country");
        w.opt_string(company.country.as_deref());
        w.key("sectors");
        w.begin_array();
        for s in &company.sectors {
            w.string(s);
        }
        w.end_array();
        w.key("parent");
        w.opt_string(company.parent.as_deref());
        w.key("deals");
        w.number(f64::from(deals));
        w.key("articles");
        w.number(f64::from(articles));
        w.end_object();
    }
    w.end_array();
    w.end_object();
    w.finish()
}

fn deals<'a>(index: &'a Index, results: &'a Results) -> impl Iterator<Item = &'a Deal> + 'a {
    results
        .deals
        .iter()
        .filter_map(|d| index.dataset().deals.get(*d as usize))
}

/// (company, filtered deals, articles) in results order.
fn companies<'a>(
    index: &'a Index,
    results: &'a Results,
) -> impl Iterator<Item = (&'a Company, u32, u32)> + 'a {
    results.companies.iter().enumerate().filter_map(|(i, c)| {
        let company = index.dataset().companies.get(*c as usize)?;
        let deals = results.company_deals.get(i).copied().unwrap_or(0);
        Some((company, deals, index.article_count(*c)))
    })
}

/// The Korean name when known, else the name.
fn display_name(c: &Company) -> &str {
    c.name_ko.as_deref().unwrap_or(&c.name)
}

fn party_names(index: &Index, deal: &Deal) -> Vec<String> {
    deal.party_ids()
        .map(|id| index.company(id).map_or(id, display_name).to_string())
        .collect()
}

fn article_title<'a>(index: &'a Index, deal: &Deal) -> Option<&'a str> {
    index
        .article(&deal.article)
        .and_then(|a| a.title.value.as_deref())
}

fn company_kind(c: &Company) -> &'static str {
    use crate::model::CompanyKind::*;
    match c.kind {
        Company => "company",
        Government => "government",
        Association => "association",
        Research => "research",
        Other => "other",
    }
}
