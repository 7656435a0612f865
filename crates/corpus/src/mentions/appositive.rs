//! Weak discovery cues for Korean names with neither suffix nor gloss: a name right after an
//! appositive head noun (`AI 반도체 스타트업 리벨리온에`) or coordinated with a known company
//! (`대한항공과 롯데쇼핑을`, `KB국민은행, 교보문고 등을`).
//!
//! These cues alone are not enough: what they find is *tentative* and the pipeline keeps it
//! only when it becomes a deal party. Common nouns (`스타트업 육성에`) are blocked by
//! `data/mention_lexicon.toml`. It never overrides a knowledge-base hit.

use super::lexicon::MentionLexicon;
use super::words::{skip_spaces, word_at, word_before};
use crate::hangul::is_syllable;
use crate::josa;

/// A candidate name: its text and character span.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Candidate {
    pub name: String,
    pub start: usize,
    pub end: usize,
}

/// Particles that make a word a possible deal party (subject, object, dative, comitative,
/// genitive, source).
const PARTY_PARTICLES: [&str; 14] = [
    "은",
    "는",
    "이",
    "가",
    "을",
    "를",
    "에",
    "와",
    "과",
    "의",
    "로부터",
    "으로부터",
    "도",
    "에게",
];

/// Names right after an appositive head (`스타트업 X에`, `보안 기업 X를`).
pub fn after_heads(
    chars: &[char],
    taken: &[(usize, usize)],
    lex: &MentionLexicon,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for i in 1..chars.len() {
        if chars[i - 1] != ' ' || !is_syllable(chars[i]) {
            continue;
        }
        let Some((_, prev)) = word_before(chars, i - 1) else {
            continue;
        };
        let head = lex
            .appositive_heads
            .iter()
            .any(|h| prev.ends_with(h.as_str()));
        if !head {
            continue;
        }
        if let Some(c) = candidate_at(chars, i, taken, lex) {
            out.push(c);
        }
    }
    out
}

/// Unknown names coordinated after a known one: `KNOWN와/과 X`, `KNOWN, X`.
pub fn coordinated(
    chars: &[char],
    taken: &[(usize, usize)],
    lex: &MentionLexicon,
) -> Vec<Candidate> {
    let mut out = Vec::new();
    for &(_, end) in taken {
        let (rest, rest_end) = word_at(chars, end);
        let next = if rest.is_empty() {
            match chars.get(end) {
                Some(',' | '·') => skip_spaces(chars, end + 1),
                _ => continue,
            }
        } else if rest == "와" || rest == "과" {
            skip_spaces(chars, rest_end)
        } else {
            continue;
        };
        if let Some(c) = candidate_at(chars, next, taken, lex) {
            out.push(c);
        }
    }
    out
}

/// Names that open a sentence as its topic or subject (`솔트룩스는 … 플루닛을 인수했다`): the
/// first word of the text or of a sentence, `name + 은/는/이/가`. The weakest cue of all, so,
/// like the others, kept only when the name becomes a deal party; common nouns that open
/// sentences (`업계는`, `회사는`) are blocked by the lexicon like any other candidate.
pub fn sentence_topics(
    chars: &[char],
    taken: &[(usize, usize)],
    lex: &MentionLexicon,
) -> Vec<Candidate> {
    const TOPIC_PARTICLES: [char; 4] = ['은', '는', '이', '가'];
    // `올해에는`, `서울에서는`, `이번으로는`: an adverbial of time or place with a topic particle.
    const ADVERBIAL_TAILS: [&str; 6] = ["에", "에서", "에게", "로", "까지", "부터"];
    let opens_sentence = |i: usize| {
        i == 0
            || chars[i - 1] == '\n'
            || (chars[i - 1] == ' ' && i >= 2 && matches!(chars[i - 2], '.' | '!' | '?'))
    };
    (0..chars.len())
        .filter(|&i| opens_sentence(i))
        .filter_map(|i| candidate_at(chars, i, taken, lex))
        .filter(|c| {
            let (word, end) = word_at(chars, c.start);
            let particle: String = chars[c.end..end].iter().collect();
            word.chars().count() == end - c.start
                && !ADVERBIAL_TAILS.iter().any(|t| c.name.ends_with(t))
                && particle.chars().count() == 1
                && particle.chars().all(|p| TOPIC_PARTICLES.contains(&p))
        })
        .collect()
}

/// The name starting at `start` when its word is `name + party particle`, or `name` followed
/// by `등` or a list comma, and the name passes the common-noun checks.
fn candidate_at(
    chars: &[char],
    start: usize,
    taken: &[(usize, usize)],
    lex: &MentionLexicon,
) -> Option<Candidate> {
    if !chars.get(start).copied().is_some_and(is_syllable) {
        return None;
    }
    let (word, end) = word_at(chars, start);
    let listed = {
        let (w, _) = word_at(chars, skip_spaces(chars, end));
        let deung = w.strip_prefix('등').is_some_and(josa::is_josa_chain);
        matches!(chars.get(end), Some(',' | '·')) || (chars.get(end) == Some(&' ') && deung)
    };
    let stem = josa::stems_longest_first(&word)
        .filter(|s| s.len() < word.len())
        .find(|s| {
            let particle = &word[s.len()..];
            PARTY_PARTICLES.iter().any(|p| particle.starts_with(p)) && !particle.starts_with("에서")
        })
        .or_else(|| listed.then_some(word.as_str()))?;
    let n = stem.chars().count();
    if overlaps(taken, start, start + n) || !plausible_name(stem, lex) {
        return None;
    }
    Some(Candidate {
        name: stem.to_string(),
        start,
        end: start + n,
    })
}

fn overlaps(taken: &[(usize, usize)], s: usize, e: usize) -> bool {
    taken.iter().any(|&(ts, te)| s < te && ts < e)
}

/// Two to eight syllables (a Latin tail like `AI` allowed), and not a common noun.
fn plausible_name(stem: &str, lex: &MentionLexicon) -> bool {
    let syllables = stem.chars().take_while(|c| is_syllable(*c)).count();
    let tail_ok = stem
        .chars()
        .skip(syllables)
        .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit());
    let ends_in_stopword = lex
        .appositive_stopwords
        .iter()
        .any(|w| w.chars().count() >= 2 && stem.ends_with(w.as_str()));
    let ends_in_head = lex
        .appositive_heads
        .iter()
        .any(|h| stem.ends_with(h.as_str()));
    // `협력하는`, `추진되는`: a verb stem with an adnominal ending, not a name.
    let verb_stem = stem.ends_with('하') || stem.ends_with('되');
    (2..=8).contains(&syllables)
        && tail_ok
        && !verb_stem
        && !stem.ends_with('들')
        && !ends_in_stopword
        && !ends_in_head
        && !lex.appositive_stopwords.contains(stem)
        && !lex.generic_nouns.contains(stem)
        && !lex.generic_compounds.contains(stem)
        && !lex.name_stopwords.contains(stem)
        && !lex.is_non_company(stem)
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;

    fn names(found: Vec<Candidate>) -> Vec<String> {
        found.into_iter().map(|c| c.name).collect()
    }

    #[test]
    fn names_after_appositive_heads() {
        let t: Vec<char> =
            "AI 반도체 스타트업 리벨리온에 투자했고 AI 스타트업 육성에 쓰며 보안 기업 고객을"
                .chars()
                .collect();
        assert_eq!(names(after_heads(&t, &[], lexicon())), ["리벨리온"]);
    }

    #[test]
    fn names_coordinated_with_known_ones() {
        let t: Vec<char> = "대한항공과 롯데쇼핑을 KB국민은행, 교보문고 등을 대한항공과 공공기관을"
            .chars()
            .collect();
        let taken = [(0, 4), (12, 18), (28, 32)];
        assert_eq!(
            names(coordinated(&t, &taken, lexicon())),
            ["롯데쇼핑", "교보문고"]
        );
    }

    #[test]
    fn names_that_open_sentences_as_topics() {
        let t: Vec<char> =
            "솔트룩스는 플루닛을 인수했다. 업계는 놀랐다. 그 회사가 답했다. 올해에는 늘었다."
                .chars()
                .collect();
        assert_eq!(names(sentence_topics(&t, &[], lexicon())), ["솔트룩스"]);
    }

    #[test]
    fn common_sentence_openers_are_not_names() {
        let openers = [
            "정부는",
            "회사는",
            "업계는",
            "시장은",
            "전문가들은",
            "관계자는",
            "현재는",
            "최근에는",
            "당시에는",
            "국내에서는",
            "이는",
            "이번은",
            "양사는",
            "회사가",
            "시장이",
        ];
        for opener in openers {
            let t: Vec<char> = format!("{opener} 플루닛을 인수했다.").chars().collect();
            assert_eq!(
                names(sentence_topics(&t, &[], lexicon())),
                Vec::<String>::new(),
                "{opener}"
            );
        }
    }

    #[test]
    fn a_verb_after_a_known_company_is_not_a_name() {
        // Regression: `스페이스X와 협력하는` found `협력하` as a company and hid the trigger.
        let t: Vec<char> = "스페이스X와 협력하는 것 외에도".chars().collect();
        let taken = [(0, 5)];
        assert!(names(coordinated(&t, &taken, lexicon())).is_empty());
    }
}
