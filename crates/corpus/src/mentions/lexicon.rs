//! The vocabulary of mention finding (`data/mention_lexicon.toml`): corporate suffixes,
//! acronym stopwords, non-company names, person titles.
//!
//! Data only, parsed once; it never holds article text or company entries.

use std::collections::{BTreeMap, HashSet};
use std::sync::OnceLock;

use serde::Deserialize;

const MENTION_LEXICON_TOML: &str = include_str!("../../data/mention_lexicon.toml");

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    corp_suffixes: Vec<String>,
    generic_compounds: Vec<String>,
    acronym_stopwords: Vec<String>,
    non_companies: Vec<String>,
    gloss_generic_words: Vec<String>,
    gloss_corp_words: Vec<String>,
    generic_nouns: Vec<String>,
    corp_marks: Vec<String>,
    person_titles: Vec<String>,
    name_bad_endings: Vec<String>,
    korean_surnames: Vec<String>,
    name_stopwords: Vec<String>,
    appositive_heads: Vec<String>,
    appositive_stopwords: Vec<String>,
    group_tails: Vec<String>,
    government_suffixes: Vec<String>,
}

/// The parsed vocabulary.
#[derive(Debug, Default)]
pub struct MentionLexicon {
    /// Longest first.
    pub corp_suffixes: Vec<String>,
    pub generic_compounds: HashSet<String>,
    pub acronym_stopwords: HashSet<String>,
    /// Compared without spaces, ASCII lower case.
    pub non_companies: HashSet<String>,
    pub gloss_generic_words: HashSet<String>,
    pub gloss_corp_words: HashSet<String>,
    pub generic_nouns: HashSet<String>,
    pub corp_marks: Vec<String>,
    /// Longest first.
    pub person_titles: Vec<String>,
    /// `person_titles` grouped by last character, each group in the same order.
    titles_by_last_char: BTreeMap<char, Vec<String>>,
    /// `corp_suffixes` grouped the same way.
    suffixes_by_last_char: BTreeMap<char, Vec<String>>,
    pub name_bad_endings: HashSet<char>,
    pub korean_surnames: HashSet<char>,
    pub name_stopwords: HashSet<String>,
    /// Head nouns of an appositive before a name (`스타트업`, `기업`).
    pub appositive_heads: Vec<String>,
    /// Common nouns that follow such a head but are not names (`육성`, `고객`).
    pub appositive_stopwords: HashSet<String>,
    /// Words after a group's name that do not make an affiliate (`삼성그룹`, `SK계열`).
    pub group_tails: HashSet<String>,
    /// Endings of public bodies' names (`광주광역시`): discovered as government.
    pub government_suffixes: Vec<String>,
}

impl MentionLexicon {
    /// The person titles `word` ends with, in the order of [`MentionLexicon::person_titles`]
    /// (only those sharing its last character can).
    pub fn titles_ending<'a>(&'a self, word: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        ending(&self.titles_by_last_char, word)
    }

    /// True when `stem` ends in a corporate suffix and is longer than it (`한빛테크놀로지스`).
    pub fn has_corp_suffix(&self, stem: &str) -> bool {
        ending(&self.suffixes_by_last_char, stem).any(|s| stem.chars().count() > s.chars().count())
    }

    /// True when `name` is listed as a product, place or other non-company.
    pub fn is_non_company(&self, name: &str) -> bool {
        self.non_companies.contains(&crate::kb::alias_key(name))
    }
}

/// The entries of a [`by_last_char`] grouping that `word` ends with, in their list order.
fn ending<'a>(
    groups: &'a BTreeMap<char, Vec<String>>,
    word: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    word.chars()
        .next_back()
        .and_then(|c| groups.get(&c))
        .into_iter()
        .flatten()
        .map(String::as_str)
        .filter(move |t| word.ends_with(t))
}

/// `words` grouped by their last character, each group in list order (only words sharing a
/// text's last character can end it). An empty word ends every text but is in no group.
fn by_last_char(words: &[String]) -> BTreeMap<char, Vec<String>> {
    let mut groups: BTreeMap<char, Vec<String>> = BTreeMap::new();
    for w in words {
        if let Some(c) = w.chars().next_back() {
            groups.entry(c).or_default().push(w.clone());
        }
    }
    groups
}

/// The shipped vocabulary. A malformed data file is a build bug caught by the unit test; at
/// run time it degrades to an empty vocabulary rather than panicking.
pub fn lexicon() -> &'static MentionLexicon {
    static LEX: OnceLock<MentionLexicon> = OnceLock::new();
    LEX.get_or_init(|| parse(MENTION_LEXICON_TOML).unwrap_or_default())
}

fn parse(text: &str) -> Result<MentionLexicon, toml::de::Error> {
    let raw: Raw = toml::from_str(text)?;
    let mut corp_suffixes = raw.corp_suffixes;
    corp_suffixes.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    let mut person_titles = raw.person_titles;
    person_titles.sort_by_key(|s| std::cmp::Reverse(s.chars().count()));
    let titles_by_last_char = by_last_char(&person_titles);
    let suffixes_by_last_char = by_last_char(&corp_suffixes);
    Ok(MentionLexicon {
        corp_suffixes,
        generic_compounds: raw.generic_compounds.into_iter().collect(),
        acronym_stopwords: raw.acronym_stopwords.into_iter().collect(),
        non_companies: raw
            .non_companies
            .iter()
            .map(|s| crate::kb::alias_key(s))
            .collect(),
        gloss_generic_words: raw.gloss_generic_words.into_iter().collect(),
        gloss_corp_words: raw.gloss_corp_words.into_iter().collect(),
        generic_nouns: raw.generic_nouns.into_iter().collect(),
        corp_marks: raw.corp_marks,
        person_titles,
        titles_by_last_char,
        suffixes_by_last_char,
        name_bad_endings: raw
            .name_bad_endings
            .iter()
            .filter_map(|s| s.chars().next())
            .collect(),
        korean_surnames: raw
            .korean_surnames
            .iter()
            .filter_map(|s| s.chars().next())
            .collect(),
        name_stopwords: raw.name_stopwords.into_iter().collect(),
        appositive_heads: raw.appositive_heads,
        appositive_stopwords: raw.appositive_stopwords.into_iter().collect(),
        group_tails: raw.group_tails.into_iter().collect(),
        government_suffixes: raw.government_suffixes,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lexicon_parses() {
        let lex = parse(MENTION_LEXICON_TOML).unwrap();
        assert!(lex.acronym_stopwords.contains("CEO"));
        assert!(lex.is_non_company("스타링크"));
        assert!(lex.is_non_company("애저 펑션"));
        assert!(lex.person_titles.iter().any(|t| t == "부사장"));
        for word in ["공공고객본부장", "부사장", "CEO", "사장님", "", "대표이사"] {
            let all: Vec<&str> = lex
                .person_titles
                .iter()
                .map(String::as_str)
                .filter(|t| word.ends_with(t))
                .collect();
            assert_eq!(lex.titles_ending(word).collect::<Vec<_>>(), all, "{word}");
        }
        for stem in [
            "한빛테크놀로지스",
            "테크놀로지스",
            "KT클라우드",
            "클라우드",
            "카카오",
            "",
        ] {
            let any = lex
                .corp_suffixes
                .iter()
                .any(|s| stem.ends_with(s.as_str()) && stem.chars().count() > s.chars().count());
            assert_eq!(lex.has_corp_suffix(stem), any, "{stem}");
        }
        assert!(lex.appositive_heads.iter().any(|h| h == "스타트업"));
        assert!(lex.appositive_stopwords.contains("육성"));
        assert!(lex.corp_suffixes[0].chars().count() >= lex.corp_suffixes[1].chars().count());
    }
}
