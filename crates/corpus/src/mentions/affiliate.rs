//! Group affiliates: a conglomerate's name glued to a Korean word (`CJ대한통운을`,
//! `롯데케미칼과`, `LG에너지솔루션은`) names a company of that group even when the knowledge
//! base lacks it. The discovered company gets the group as its parent.
//!
//! Only groups (sector `conglomerate`) prefix affiliates; products (`삼성페이`) and generic
//! tails (`삼성그룹`, `SK계열`) are blocked by `data/mention_lexicon.toml`. It never overrides a
//! knowledge-base hit.

use super::lexicon::MentionLexicon;
use super::words::{is_word_char, word_at};
use crate::hangul::is_syllable;
use crate::josa;
use crate::kb::KnowledgeBase;
use crate::model::{Company, CompanyKind};

/// Syllables that end a particle rather than a company name.
const PARTICLE_FINALS: &[char] = &[
    '에', '의', '을', '를', '은', '는', '와', '과', '도', '로', '서', '만',
];

/// Affiliates named in `chars`, deduplicated, in order of appearance.
pub fn group_affiliates(
    chars: &[char],
    taken: &[(usize, usize)],
    kb: &KnowledgeBase,
    lex: &MentionLexicon,
) -> Vec<Company> {
    let groups: Vec<(&str, &str)> = kb
        .companies
        .iter()
        .filter(|c| c.sectors.iter().any(|s| s == "conglomerate"))
        .flat_map(|c| {
            std::iter::once(c.name.as_str())
                .chain(c.name_ko.as_deref())
                .chain(c.aliases.iter().map(String::as_str))
                .filter(|s| !s.contains(' '))
                .map(move |s| (s, c.id.as_str()))
        })
        .collect();
    let mut out: Vec<Company> = Vec::new();
    for i in 0..chars.len() {
        if !is_word_char(chars[i]) || (i > 0 && is_word_char(chars[i - 1])) {
            continue;
        }
        let (word, _) = word_at(chars, i);
        // Every stem starts as the word does: only the groups the word starts with can fit.
        let prefixed: Vec<&(&str, &str)> =
            groups.iter().filter(|(g, _)| word.starts_with(g)).collect();
        if prefixed.is_empty() {
            continue;
        }
        // The longest reading `name + particles` whose name does not end in a particle
        // syllable (`삼성동에서` is not `삼성동에` + `서`).
        let found = josa::stems_longest_first(&word).find_map(|name| {
            let particle_final = name.ends_with(PARTICLE_FINALS);
            let (_, parent) = prefixed.iter().find(|(g, _)| {
                name.strip_prefix(g)
                    .is_some_and(|tail| plausible_tail(tail, lex))
            })?;
            (!particle_final).then_some((name, *parent))
        });
        let Some((name, parent)) = found else {
            continue;
        };
        let n = name.chars().count();
        if taken.iter().any(|&(s, e)| i < e && s < i + n) || lex.is_non_company(name) {
            continue;
        }
        if !out.iter().any(|c| c.id == name) {
            out.push(Company {
                id: name.to_string(),
                name: name.to_string(),
                name_ko: Some(name.to_string()),
                kind: CompanyKind::Company,
                parent: Some(parent.to_string()),
                known: false,
                ..Default::default()
            });
        }
    }
    out
}

/// The part after the group's name: two or more syllables, Hangul first, not generic.
fn plausible_tail(tail: &str, lex: &MentionLexicon) -> bool {
    let syllables = tail.chars().filter(|c| is_syllable(*c)).count();
    tail.starts_with(is_syllable)
        && syllables >= 2
        && !lex.generic_nouns.contains(tail)
        && !lex.appositive_stopwords.contains(tail)
        && !lex.appositive_heads.iter().any(|h| h == tail)
        && !lex.group_tails.contains(tail)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;

    #[test]
    fn affiliates_take_the_group_as_parent() {
        let kb = KnowledgeBase::builtin().unwrap();
        let t: Vec<char> = "롯데케미칼과 LG에너지솔루션은 삼성동에서 삼성그룹 SK계열 삼성페이를"
            .chars()
            .collect();
        let found: Vec<(String, Option<String>)> = group_affiliates(&t, &[], &kb, lexicon())
            .into_iter()
            .map(|c| (c.id, c.parent))
            .collect();
        assert_eq!(
            found,
            [
                ("롯데케미칼".to_string(), Some("lotte".to_string())),
                ("LG에너지솔루션".to_string(), Some("lg".to_string())),
            ]
        );
    }
}
