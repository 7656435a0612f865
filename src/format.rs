//! How corpus values are shown: names by language, amounts, dates. Text only, never HTML.

use corpus::view::Lang;
use corpus::{Company, Dataset, DealDate};

pub use corpus::display::{amount_normalised, money};

/// A company's name in the interface language (the other script as a fallback).
/// A company's sector tags as the interface names them (`클라우드, 소프트웨어`).
pub fn sector_names(dataset: &Dataset, company: &Company, lang: Lang) -> String {
    let names: Vec<&str> = company
        .sectors
        .iter()
        .map(|tag| dataset.sector_name(tag, lang))
        .collect();
    names.join(", ")
}

pub fn company_name(company: &Company, lang: Lang) -> String {
    match (lang, &company.name_ko) {
        (Lang::Ko, Some(ko)) => ko.clone(),
        _ if !company.name.is_empty() => company.name.clone(),
        (_, Some(ko)) => ko.clone(),
        _ => company.id.clone(),
    }
}

/// The other-script name, shown in brackets or a second column.
pub fn company_alt_name(company: &Company, lang: Lang) -> Option<String> {
    let main = company_name(company, lang);
    [Some(company.name.clone()), company.name_ko.clone()]
        .into_iter()
        .flatten()
        .find(|n| !n.is_empty() && *n != main)
}

/// A deal date: ISO form, plus the original words when it was relative.
pub fn date(date: &DealDate) -> String {
    if date.relative && !date.text.is_empty() {
        format!("{} ({})", date.iso(), date.text)
    } else {
        date.iso()
    }
}
