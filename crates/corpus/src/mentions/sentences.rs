//! Sentence spans for extraction: the article's own (from ingestion) when it has them, else
//! ingestion's splitter run on the text, so extraction works on hand-built articles too.
//!
//! Never rewrites the article; `ingest::sentences` owns sentence splitting.

use crate::ingest::sentences::split;
use crate::model::{Article, Span};

/// The article's sentences, or ingestion's split of its text.
pub fn sentence_spans(article: &Article) -> Vec<Span> {
    if !article.sentences.is_empty() {
        return article.sentences.clone();
    }
    split(&article.text)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(article: &Article) -> Vec<String> {
        let chars: Vec<char> = article.text.chars().collect();
        sentence_spans(article)
            .iter()
            .map(|s| chars[s.start as usize..s.end as usize].iter().collect())
            .collect()
    }

    #[test]
    fn hand_built_articles_are_split_like_ingested_ones() {
        let article = Article {
            text: "있다.클라우드는 1.5배다. 그는 “좋다. 정말”이라고 했다.\n둘째".into(),
            ..Default::default()
        };
        assert_eq!(
            texts(&article),
            [
                "있다.",
                "클라우드는 1.5배다.",
                "그는 “좋다. 정말”이라고 했다.",
                "둘째"
            ]
        );
    }

    #[test]
    fn own_sentences_win() {
        let article = Article {
            text: "가. 나.".into(),
            sentences: vec![Span { start: 0, end: 5 }],
            ..Default::default()
        };
        assert_eq!(texts(&article), ["가. 나."]);
    }
}
