//! `#/companies/<id>`: a company's profile: names, family, counterparts, deals, mentions.

use std::rc::Rc;

use corpus::display::{segments, Mark};
use corpus::view::{Facet, Page, ViewState};
use corpus::Span;
use yew::prelude::*;

use crate::components::deal_table::DealTable;
use crate::context::AppCtx;
use crate::format::{company_alt_name, company_name};
use crate::i18n::{self, company_kind_label, country_label};
use crate::pages::missing::Missing;
use crate::router::href;

/// Mentioning sentences of one article: (sentence index, mention spans in it).
type ArticleMentions<'a> = (&'a str, Vec<(u32, Vec<Span>)>);

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

#[function_component(CompanyPage)]
pub fn company_page(props: &Props) -> Html {
    let Some(ctx) = use_context::<AppCtx>() else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let lang = ctx.lang;
    let Some(company) = ctx.index.company(&props.id) else {
        return html! { <Missing /> };
    };
    let dataset = ctx.index.dataset();
    let link = |id: &str| {
        href(&ViewState {
            page: Page::Company(id.to_string()),
            lang,
            ..ViewState::default()
        })
    };
    let deals = Rc::new(ctx.index.deals_of_company(&company.id));
    let partners = ctx.index.partners_of(&company.id);
    let subsidiaries = ctx.index.subsidiaries(&company.id);
    let mut names: Vec<String> = company.aliases.clone();
    names.extend(company_alt_name(company, lang));
    // Mentions grouped by article, one entry per sentence.
    let mut by_article: Vec<ArticleMentions> = Vec::new();
    for m in ctx.index.mentions_of_company(&company.id) {
        if by_article.last().map(|(a, _)| *a) != Some(m.article.as_str()) {
            by_article.push((m.article.as_str(), Vec::new()));
        }
        if let Some((_, sentences)) = by_article.last_mut() {
            match sentences.last_mut() {
                Some((s, spans)) if *s == m.sentence => spans.push(m.span),
                _ => sentences.push((m.sentence, vec![m.span])),
            }
        }
    }
    let all_deals = href(&ViewState {
        page: Page::Deals,
        company: Facet {
            include: vec![company.id.clone()],
            exclude: vec![],
        },
        lang,
        ..ViewState::default()
    });
    html! {
        <div class="layout single">
        <main id="main" data-company-id={company.id.clone()}>
            <h1>{ company_name(company, lang) }
                if let Some(alt) = company_alt_name(company, lang) { <span class="muted">{ format!(" · {alt}") }</span> }
            </h1>
            <div class="meta">
                <span>{ company_kind_label(lang, company.kind) }</span>
                if let Some(c) = &company.country { <span>{ country_label(lang, c) }</span> }
                if !company.sectors.is_empty() { <span>{ company.sectors.join(", ") }</span> }
                if !company.known { <span class="derived">{ s.discovered }</span> }
            </div>
            if !names.is_empty() {
                <h3>{ s.aliases }</h3>
                <ul class="chips">{ for names.iter().map(|n| html! { <li><span>{ n.clone() }</span></li> }) }</ul>
            }
            if let Some(parent) = company.parent.as_deref().and_then(|p| ctx.index.company(p)) {
                <h3>{ s.parent }</h3>
                <ul class="chips"><li><a href={link(&parent.id)} data-company-id={parent.id.clone()}>{ company_name(parent, lang) }</a></li></ul>
            }
            if !subsidiaries.is_empty() {
                <h3>{ s.subsidiaries }</h3>
                <ul class="chips">
                { for subsidiaries.iter().filter_map(|&i| dataset.companies.get(i as usize)).map(|c| html! {
                    <li><a href={link(&c.id)} data-company-id={c.id.clone()}>{ company_name(c, lang) }</a></li>
                }) }
                </ul>
            }
            if !partners.is_empty() {
                <h3>{ s.partners }</h3>
                <ul class="chips">
                { for partners.iter().filter_map(|&(i, n)| dataset.companies.get(i as usize).map(|c| (c, n))).map(|(c, n)| html! {
                    <li><a href={link(&c.id)} data-company-id={c.id.clone()}>{ format!("{} ({n})", company_name(c, lang)) }</a></li>
                }) }
                </ul>
            }
            <section class="panel">
                <h2><a href={all_deals}>{ format!("{} ({})", s.its_deals, deals.len()) }</a></h2>
                <DealTable rows={deals} sortable={false} />
            </section>
            <section class="panel">
                <h2>{ s.mentions }</h2>
                { for by_article.into_iter().filter_map(|(id, sentences)| ctx.index.article(id).map(|a| (a, sentences))).map(|(article, sentences)| {
                    let target = ViewState { page: Page::Article(article.id.clone()), lang, ..ViewState::default() };
                    html! {
                        <div data-article-id={article.id.clone()}>
                            <h3><a href={href(&target)}>{ article.title.value.clone().unwrap_or_else(|| article.id.clone()) }</a></h3>
                            <ul class="sentences">
                            { for sentences.into_iter().filter_map(|(si, spans)| article.sentences.get(si as usize).map(|sp| (*sp, spans))).map(|(sentence, spans)| {
                                let text: String = article.text.chars().skip(sentence.start as usize).take((sentence.end - sentence.start) as usize).collect();
                                let marks: Vec<Mark> = spans.iter().filter(|m| m.start >= sentence.start && m.end <= sentence.end)
                                    .map(|m| Mark { span: Span { start: m.start - sentence.start, end: m.end - sentence.start }, class: "party" }).collect();
                                html! {
                                    <li>{ for segments(&text, &marks).into_iter().map(|(seg, class)| match class {
                                        Some(c) => html! { <mark class={c}>{ seg.to_string() }</mark> },
                                        None => html! { { seg.to_string() } },
                                    }) }</li>
                                }
                            }) }
                            </ul>
                        </div>
                    }
                }) }
            </section>
        </main>
        </div>
    }
}
