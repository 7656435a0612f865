//! Finding companies (known and unknown) and people in an article.
//!
//! Known names come from the knowledge-base gazetteer (word boundaries plus particle check),
//! unknown organisations from discovery patterns, people from name + title. Products, places
//! and people never become companies. It never decides who dealt with whom (`deals` does).

pub mod affiliate;
pub mod appositive;
pub mod discover;
pub mod gazetteer;
pub mod gloss_alias;
pub mod lexicon;
pub mod people;
pub mod sentences;
pub mod spans;
pub mod words;

use std::collections::HashSet;

use crate::kb::KnowledgeBase;
use crate::model::{Article, Company, Mention, Person, Span};
use gazetteer::{Gazetteer, Hit};

/// What was found in one article.
#[derive(Debug, Clone, Default)]
pub struct Found {
    pub mentions: Vec<Mention>,
    /// Organisations not in the knowledge base, discovered in the text.
    pub discovered: Vec<Company>,
    /// Ids of discovered companies found only by weak cues (an appositive head, a list with a
    /// known company): keep them only if they become deal parties.
    pub tentative: Vec<String>,
    pub people: Vec<Person>,
}

/// Finds every company mention in `article`.
pub fn find_mentions(kb: &KnowledgeBase, article: &Article) -> Found {
    find_with(&Gazetteer::from_kb(kb), kb, article)
}

/// Like [`find_mentions`] with a prebuilt gazetteer (build it once for many articles).
pub fn find_with(gazetteer: &Gazetteer, kb: &KnowledgeBase, article: &Article) -> Found {
    let lex = lexicon::lexicon();
    let text = article.text.as_str();
    let chars: Vec<char> = text.chars().collect();
    let mut named = HashSet::new();
    let mut hits = gazetteer.find(text, &mut named);
    let learnt = gloss_alias::gloss_aliases(&chars, &hits, lex);
    if !learnt.is_empty() {
        let extra = Gazetteer::from_aliases(&learnt).find(text, &mut named);
        add_fresh(&mut hits, extra);
    }
    let taken: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    let mut discovered: Vec<Company> = discover::discover(&chars, &taken, lex)
        .into_iter()
        .filter(|c| kb.get(&c.id).is_none())
        .collect();
    for c in affiliate::group_affiliates(&chars, &taken, kb, lex) {
        let known = discovered
            .iter()
            .any(|d| d.id == c.id || d.name_ko == c.name_ko);
        if !known && kb.get(&c.id).is_none() {
            discovered.push(c);
        }
    }
    let mut tentative = Vec::new();
    let weak = appositive::after_heads(&chars, &taken, lex)
        .into_iter()
        .chain(appositive::coordinated(&chars, &taken, lex))
        .chain(sentence_topics(&chars, &taken, lex));
    for cand in weak {
        let known = discovered
            .iter()
            .any(|c| c.id == cand.name || c.name_ko.as_deref() == Some(&cand.name));
        if !known && kb.get(&cand.name).is_none() {
            tentative.push(cand.name.clone());
            discovered.push(discover::korean_company(&cand.name));
        }
    }
    if !discovered.is_empty() {
        let extra = Gazetteer::from_companies(&discovered).find(text, &mut named);
        add_fresh(&mut hits, extra);
    }
    let hit_ids: HashSet<&str> = hits.iter().map(|h| h.company.as_str()).collect();
    let discovered: Vec<Company> = discovered
        .into_iter()
        .filter(|c| hit_ids.contains(c.id.as_str()))
        .collect();
    tentative.retain(|id| discovered.iter().any(|c| &c.id == id));
    let sentences = sentences::sentence_spans(article);
    let mentions = hits
        .iter()
        .map(|h| Mention {
            company: h.company.clone(),
            article: article.id.clone(),
            sentence: sentence_of(&sentences, h.start),
            span: Span {
                start: h.start as u32,
                end: h.end as u32,
            },
        })
        .collect();
    let people = people::find_people(&chars, &hits, lex)
        .into_iter()
        .map(|mut p| {
            p.article = article.id.clone();
            p
        })
        .collect();
    Found {
        mentions,
        discovered,
        tentative,
        people,
    }
}

/// Unknown names that open a sentence ([`appositive::sentence_topics`]), each once, except a
/// person the article names with a title (`도널드 트럼프 미국 대통령`, [`people::titled_names`])
/// and later alone at the start of a sentence (`트럼프는`).
fn sentence_topics(
    chars: &[char],
    taken: &[(usize, usize)],
    lex: &lexicon::MentionLexicon,
) -> Vec<appositive::Candidate> {
    let mut found = appositive::sentence_topics(chars, taken, lex);
    if found.is_empty() {
        return found;
    }
    let mut seen = HashSet::new();
    found.retain(|c| seen.insert(c.name.clone()));
    let titled: HashSet<String> = people::titled_names(chars, lex).into_iter().collect();
    found.retain(|c| !titled.contains(&c.name));
    found
}

/// Adds the hits of `extra` that overlap none already in `hits`, keeping `hits` sorted.
fn add_fresh(hits: &mut Vec<Hit>, extra: Vec<Hit>) {
    let taken: Vec<(usize, usize)> = hits.iter().map(|h| (h.start, h.end)).collect();
    let taken = spans::SpanSet::new(&taken);
    hits.extend(
        extra
            .into_iter()
            .filter(|e| !taken.overlaps(e.start, e.end)),
    );
    hits.sort_by_key(|h| (h.start, h.end));
}

/// Index of the sentence containing character `at` (the last one starting before it).
pub fn sentence_of(sentences: &[Span], at: usize) -> u32 {
    let at = at as u32;
    let i = sentences.partition_point(|s| s.start <= at);
    i.saturating_sub(1) as u32
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article {
            id: "t".into(),
            text: text.into(),
            ..Default::default()
        }
    }

    #[test]
    fn mentions_discoveries_and_people() {
        let kb = KnowledgeBase::builtin().unwrap();
        let a = article(
            "마이크로소프트가 스페이스X와 손잡았다. 한빛테크놀로지스(Hanbit Technologies)는 \
             한빛테크놀로지스의 김철수 대표가 이끈다. 애저와 스타링크는 제품이다.",
        );
        let f = find_mentions(&kb, &a);
        let ids: Vec<&str> = f.mentions.iter().map(|m| m.company.as_str()).collect();
        assert_eq!(
            ids,
            [
                "microsoft",
                "spacex",
                "hanbit-technologies",
                "hanbit-technologies",
                "hanbit-technologies"
            ]
        );
        assert_eq!(f.mentions[2].sentence, 1);
        assert_eq!(f.mentions[3].span, Span { start: 31, end: 50 });
        assert_eq!(f.discovered.len(), 1);
        assert!(!f.discovered[0].known);
        assert_eq!(f.people[0].name, "김철수");
        assert_eq!(f.people[0].company.as_deref(), Some("hanbit-technologies"));
    }
}
