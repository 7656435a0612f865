//! `#/articles/<id>`: the article reader with every company mention linked, and its deals.

use std::rc::Rc;

use corpus::split::ArticleText;
use corpus::view::{Lang, Page, ViewState};
use corpus::{Field, Provenance};
use yew::prelude::*;

use crate::chunks::{placeholder, use_chunks, Load};
use crate::components::deal_table::DealTable;
use crate::context::AppCtx;
use crate::i18n;
use crate::pages::missing::missing;
use crate::router::href;

/// Most characters the reader renders (a news article has a few thousand). Longer texts, such
/// as a 20 MB file dropped into `seeds/`, are cut with a notice instead of freezing the page;
/// their mentions and deals are all still listed and exported.
const MAX_READER_CHARS: usize = 100_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub id: AttrValue,
}

/// Only web links from the catalog become clickable; anything else is shown as text.
fn safe_url(url: &str) -> Option<&str> {
    let lower = url.trim_start().to_ascii_lowercase();
    (lower.starts_with("https://") || lower.starts_with("http://")).then_some(url.trim())
}

#[function_component(ArticlePage)]
pub fn article_page(props: &Props) -> Html {
    let ctx = use_context::<AppCtx>();
    let position = ctx.as_ref().and_then(|c| c.index.article_index(&props.id));
    let chunk: Vec<String> = ctx
        .as_ref()
        .zip(position)
        .and_then(|(c, i)| c.index.text().chunk_of(i))
        .map(|c| vec![c.name.clone()])
        .unwrap_or_default();
    let (load, retry) = use_chunks(chunk);
    let Some(ctx) = ctx else {
        return html! {};
    };
    let s = i18n::strings(ctx.lang);
    let lang = ctx.lang;
    let (Some(article), Some(position)) = (ctx.index.article(&props.id), position) else {
        return missing(lang);
    };
    let dataset = ctx.index.dataset();
    let deals = Rc::new(ctx.index.deals_in_article(&article.id));

    let field = |label: &'static str, f: &Field| match &f.value {
        Some(v) => html! {
            <span>{ format!("{label}: {v}") }
                if f.source == Provenance::Derived { { " " }<span class="derived" title={s.derived_hint}>{ s.derived }</span> }
            </span>
        },
        None => html! {},
    };
    let text = match &load {
        Load::Ready(chunks) => match chunks.first().and_then(|c| c.article(position)) {
            Some(t) if t.id == article.id => reader_text(t, lang, s),
            _ => placeholder(
                &Load::Failed(format!("{}: not in its chunk", article.id)),
                &retry,
                s,
            ),
        },
        other => placeholder(other, &retry, s),
    };
    let title = article
        .title
        .value
        .clone()
        .unwrap_or_else(|| article.id.clone());
    html! {
        <div class="layout single">
        <main id="main" data-article-id={article.id.clone()}>
            <article class="panel">
                <h1>{ title }
                    if article.title.source == Provenance::Derived { { " " }<span class="derived" title={s.derived_hint}>{ s.derived }</span> }
                </h1>
                <div class="meta">
                    { field(s.outlet, &article.outlet) }
                    { field(s.reporter, &article.reporter) }
                    { field(s.published, &article.date) }
                    if let Some(url) = article.url.value.as_deref().and_then(safe_url) {
                        <a href={url.to_string()} rel="noopener noreferrer">{ url.to_string() }</a>
                    }
                </div>
                <div class="article-text">{ text }</div>
            </article>
            <section class="panel">
                <h2>{ format!("{} ({})", s.deals_in_article, deals.len()) }</h2>
                <DealTable rows={deals} sortable={false} />
            </section>
            { for (dataset.articles.len() > 1).then(|| html! {
                <a href={href(&ViewState { lang, ..ViewState::default() })}>{ s.back_to_overview }</a>
            }) }
        </main>
        </div>
    }
}

/// Paragraphs with the company mentions inside them turned into links.
fn reader_text(text: &ArticleText, lang: Lang, s: &i18n::Strings) -> Html {
    let chars: Vec<char> = text.text.chars().take(MAX_READER_CHARS).collect();
    let total = if chars.len() < MAX_READER_CHARS {
        chars.len()
    } else {
        text.text.chars().count()
    };
    let mut paragraphs: Vec<Html> = Vec::new();
    let mut start = 0usize;
    let mut mi = 0usize;
    let mentions = &text.mentions;
    for (i, line) in text.text.split('\n').enumerate() {
        if start >= chars.len() {
            break;
        }
        let len = line.chars().count();
        let end = (start + len).min(chars.len());
        let mut pieces: Vec<Html> = Vec::new();
        let mut at = start;
        while let Some(m) = mentions.get(mi) {
            let (ms, me) = (m.span.start as usize, m.span.end as usize);
            if ms >= end {
                break;
            }
            mi += 1;
            if ms < at || me > end {
                continue;
            }
            pieces.push(html! { { chars[at..ms].iter().collect::<String>() } });
            let name: String = chars[ms..me].iter().collect();
            let target = ViewState {
                page: Page::Company(m.company.clone()),
                lang,
                ..ViewState::default()
            };
            pieces.push(html! { <a class="mention" href={href(&target)} data-company-id={m.company.clone()}>{ name }</a> });
            at = me;
        }
        pieces.push(html! { { chars[at..end].iter().collect::<String>() } });
        if len > 0 {
            paragraphs.push(html! { <p key={i}>{ for pieces }</p> });
        }
        start += len + 1;
    }
    if total > chars.len() {
        paragraphs.push(html! {
            <p class="notice" role="status" data-testid="reader-truncated">
                { format!("{} ({} / {})", s.reader_truncated, chars.len(), total) }
            </p>
        });
    }
    html! { <>{ for paragraphs }</> }
}
