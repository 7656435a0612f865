//! `#/companies/<id>`: a company's profile: names, family, counterparts, deals, mentions.

use std::rc::Rc;

use corpus::display::{segments, Mark};
use corpus::split::Chunk;
use corpus::view::{Facet, Page, ViewState};
use corpus::Span;
use yew::prelude::*;

use crate::chunks::{placeholder, use_chunks, Load};
use crate::components::deal_table::DealTable;
use crate::context::AppCtx;
use crate::format::{company_alt_name, company_name, sector_names};
use crate::i18n::{self, company_kind_label, country_label};
use crate::pages::missing::missing;
use crate::router::href;

/// Mentioning sentences of one article: (article index, [(sentence index, mention spans)]).
type ArticleMentions = (u32, Vec<(u32, Vec<Span>)>);

/// The profile shows the mentioning sentences of this many articles (the first, in article
/// order), so it loads at most this many text chunks.
const MENTION_ARTICLES: usize = 10;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

#[function_component(CompanyPage)]
pub fn company_page(props: &Props) -> Html {
    let ctx = use_context::<AppCtx>();
    let shown: Vec<u32> = ctx
        .as_ref()
        .map(|c| c.index.articles_mentioning(&props.id))
        .unwrap_or_default()
        .iter()
        .take(MENTION_ARTICLES)
        .copied()
        .collect();
    let mut names: Vec<String> = Vec::new();
    for &a in &shown {
        let name = ctx
            .as_ref()
            .and_then(|c| c.index.text().chunk_of(a))
            .map(|c| &c.name);
        if let Some(name) = name.filter(|n| !names.contains(n)) {
            names.push(name.clone());
        }
    }
    let (load, retry) = use_chunks(names);
    let Some(ctx) = ctx else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let lang = ctx.lang;
    let Some(company) = ctx.index.company(&props.id) else {
        return missing(lang);
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
    let total_mentioning = ctx.index.articles_mentioning(&company.id).len();
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
                if !company.sectors.is_empty() { <span>{ sector_names(ctx.index.dataset(), company, lang) }</span> }
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
            <section class="panel" data-testid="mentions">
                <h2>{ format!("{} ({total_mentioning})", s.mentions) }</h2>
                if total_mentioning > shown.len() {
                    <p class="muted">{ format!("{} ({} / {total_mentioning})", s.mentions_first, shown.len()) }</p>
                }
                { match &load {
                    Load::Ready(chunks) => mention_list(&ctx, &company.id, &shown, chunks),
                    other => placeholder(other, &retry, s),
                } }
            </section>
        </main>
        </div>
    }
}

/// The sentences of the `shown` articles that mention `company`, with the mentions marked.
fn mention_list(ctx: &AppCtx, company: &str, shown: &[u32], chunks: &[Rc<Chunk>]) -> Html {
    let lang = ctx.lang;
    let dataset = ctx.index.dataset();
    let mut by_article: Vec<ArticleMentions> = Vec::new();
    for &a in shown {
        let Some(text) = chunks.iter().find_map(|c| c.article(a)) else {
            continue;
        };
        let mut sentences: Vec<(u32, Vec<Span>)> = Vec::new();
        for m in text.mentions.iter().filter(|m| m.company == company) {
            match sentences.last_mut() {
                Some((s, spans)) if *s == m.sentence => spans.push(m.span),
                _ => sentences.push((m.sentence, vec![m.span])),
            }
        }
        by_article.push((a, sentences));
    }
    html! { <>
        { for by_article.into_iter().filter_map(|(a, sentences)| {
            let article = dataset.articles.get(a as usize)?;
            let text = chunks.iter().find_map(|c| c.article(a))?;
            Some((article, text, sentences))
        }).map(|(article, text, sentences)| {
            let target = ViewState { page: Page::Article(article.id.clone()), lang, ..ViewState::default() };
            html! {
                <div data-article-id={article.id.clone()}>
                    <h3><a href={href(&target)}>{ article.title.value.clone().unwrap_or_else(|| article.id.clone()) }</a></h3>
                    <ul class="sentences">
                    { for sentences.into_iter().filter_map(|(si, spans)| text.sentences.get(si as usize).map(|sp| (*sp, spans))).map(|(sentence, spans)| {
                        let line: String = text.text.chars().skip(sentence.start as usize).take((sentence.end - sentence.start) as usize).collect();
                        let marks: Vec<Mark> = spans.iter().filter(|m| m.start >= sentence.start && m.end <= sentence.end)
                            .map(|m| Mark { span: Span { start: m.start - sentence.start, end: m.end - sentence.start }, class: "party" }).collect();
                        html! {
                            <li>{ for segments(&line, &marks).into_iter().map(|(seg, class)| match class {
                                Some(c) => html! { <mark class={c}>{ seg.to_string() }</mark> },
                                None => html! { { seg.to_string() } },
                            }) }</li>
                        }
                    }) }
                    </ul>
                </div>
            }
        }) }
    </> }
}
