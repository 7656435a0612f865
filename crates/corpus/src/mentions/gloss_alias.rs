//! Korean spellings the knowledge base lacks, learnt from a gloss: in `하시코프(HashiCorp)를`
//! the bracket names a known company exactly, so the Korean word before it is that company
//! too (in this article). Transliterations vary (해시코프/하시코프, 데이터독/데이터도그).
//!
//! Only a bracket holding exactly one known name, after a Hangul word that is no name or
//! generic noun itself, teaches an alias. It never creates companies.

use super::gazetteer::Hit;
use super::lexicon::MentionLexicon;
use super::words::is_word_char;
use crate::hangul::is_syllable;

/// `(Korean word, company id)` pairs taught by glosses in `chars`, given the knowledge-base
/// `hits` (sorted by start).
pub fn gloss_aliases(chars: &[char], hits: &[Hit], lex: &MentionLexicon) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    for h in hits {
        let inside = h.start > 0
            && chars[h.start - 1] == '('
            && chars.get(h.end) == Some(&')')
            && h.start >= 2
            && is_syllable(chars[h.start - 2]);
        if !inside {
            continue;
        }
        let open = h.start - 1;
        let mut start = open;
        while start > 0 && is_word_char(chars[start - 1]) {
            start -= 1;
        }
        let word: String = chars[start..open].iter().collect();
        let taken = hits.iter().any(|o| o.start < open && start < o.end);
        let generic = lex.generic_nouns.contains(&word)
            || lex.generic_compounds.contains(&word)
            || lex.appositive_stopwords.contains(&word)
            || lex.is_non_company(&word);
        if taken || generic || word.chars().count() < 2 || !word.chars().all(is_syllable) {
            continue;
        }
        if !out.iter().any(|(w, _)| *w == word) {
            out.push((word, h.company.clone()));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;
    use crate::mentions::words::HitTail;

    fn hit(start: usize, end: usize, company: &str) -> Hit {
        Hit {
            start,
            end,
            company: company.into(),
            tail: HitTail { group: false },
        }
    }

    #[test]
    fn a_known_gloss_teaches_the_korean_word() {
        let t: Vec<char> = "하시코프(HashiCorp)를 클라우드(AWS)".chars().collect();
        let hits = [hit(5, 14, "hashicorp"), hit(22, 25, "aws")];
        assert_eq!(
            gloss_aliases(&t, &hits, lexicon()),
            [("하시코프".to_string(), "hashicorp".to_string())]
        );
    }
}
