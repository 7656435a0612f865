//! People: a name followed by a title (`김영섭 KT 사장`, `사티아 나델라 CEO`, `홍석윤 기자`),
//! with the company written between them or just before the name.
//!
//! People are kept apart from companies; this module never creates a company.

use std::collections::HashMap;

use super::gazetteer::Hit;
use super::lexicon::MentionLexicon;
use super::spans::SpanSet;
use super::words::{word_before, words};
use crate::hangul::is_syllable;
use crate::josa;
use crate::model::{Person, Span};

/// The people named in `chars`, one entry per name (first occurrence, role and company filled
/// from the first occurrence that has them). `hits` are the company mentions.
pub fn find_people(chars: &[char], hits: &[Hit], lex: &MentionLexicon) -> Vec<Person> {
    // Sorted by start for binary search: every lookup below stays logarithmic.
    let mut sorted: Vec<Hit> = hits.to_vec();
    sorted.sort_by_key(|h| (h.start, h.end));
    let hits = &Hits {
        spans: SpanSet::new(&sorted.iter().map(|h| (h.start, h.end)).collect::<Vec<_>>()),
        sorted,
    };
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    for (start, word) in words(chars) {
        let Some(title) = title_of(&word, lex) else {
            continue;
        };
        if let Some(p) = person_before(chars, start, hits, lex) {
            let (name, span, company) = p;
            match by_name.get(&name).and_then(|&i| people.get_mut(i)) {
                Some(q) => {
                    if q.company.is_none() {
                        q.company = company;
                    }
                }
                None => {
                    by_name.insert(name.clone(), people.len());
                    people.push(Person {
                        name,
                        role: Some(title),
                        company,
                        article: String::new(),
                        span,
                    })
                }
            }
        }
    }
    people
}

/// The names of people the text gives a title, by the word order alone, whether or not their
/// company is known: `[name] title` (`나델라 CEO`), `[name] [place] title` (`트럼프 미국
/// 대통령`), `[Korean name] [company] title` (`이경일 솔트룩스 대표`: the company stays out).
/// One pass over the words; for the weak sentence-topic cue (see `mentions::sentence_topics`).
pub fn titled_names(chars: &[char], lex: &MentionLexicon) -> Vec<String> {
    let all: Vec<String> = words(chars).map(|(_, w)| w).collect();
    let korean_name = |w: &str| {
        w.chars().count() == 3
            && w.chars().all(is_syllable)
            && w.chars()
                .next()
                .is_some_and(|c| lex.korean_surnames.contains(&c))
    };
    let mut out = Vec::new();
    for i in 1..all.len() {
        if title_of(&all[i], lex).is_none() {
            continue;
        }
        let before = &all[i - 1];
        let two_before = i.checked_sub(2).map(|j| all[j].as_str());
        match two_before {
            // `지난해 김철수 사장`: a Korean name right before the title is the name.
            _ if korean_name(before) => out.push(before.clone()),
            Some(b) if lex.is_non_company(before) || korean_name(b) => out.push(b.to_string()),
            _ => out.push(before.clone()),
        }
    }
    out
}

/// The title a word is or ends in, after its particles (`공공고객본부장은` → `본부장`).
///
/// The same answer as trying every stem of [`josa::stems`], longest first, against the titles,
/// without building that list: each place a stem could end, right to left, is checked for a
/// title first (cheap) and only then for a particle chain after it.
fn title_of(word: &str, lex: &MentionLexicon) -> Option<String> {
    for end in josa::stem_ends(word) {
        let stem = &word[..end];
        let Some(title) = lex.titles_ending(stem).next() else {
            continue;
        };
        if josa::is_josa_chain(&word[end..]) {
            return Some(title.to_string());
        }
    }
    None
}

type Found = (String, Span, Option<String>);

/// The company hits, sorted by start, and their spans for overlap tests.
struct Hits {
    sorted: Vec<Hit>,
    spans: SpanSet,
}

/// The person named before a title at `title_start`: `[name] [company]? title`.
fn person_before(
    chars: &[char],
    title_start: usize,
    hits: &Hits,
    lex: &MentionLexicon,
) -> Option<Found> {
    let (mut pos, mut company) = (title_start, None);
    if let Some(hit) = hit_ending_before(chars, pos, hits) {
        company = Some(hit.company.clone());
        pos = hit.start;
    }
    let mut found = name_before(chars, pos, hits, lex);
    if found.is_none() && company.is_none() {
        // One affiliation word the knowledge base does not know (`새정치민주연합 의원`).
        let (aff_start, aff) = word_before(chars, pos)?;
        if lex.is_non_company(&aff) {
            return None;
        }
        found = name_before(chars, aff_start, hits, lex)
            .filter(|(n, _)| n.contains(' ') || n.chars().count() >= 3);
    }
    let (name, span) = found?;
    if company.is_none() {
        company = hit_ending_before(chars, span.start as usize, hits)
            .filter(|h| matches!(chars.get(h.end), Some('의')))
            .map(|h| h.company.clone());
    }
    Some((name, span, company))
}

/// The company hit whose eojeol ends just before `pos` (spaces between), if any.
fn hit_ending_before<'a>(chars: &[char], pos: usize, hits: &'a Hits) -> Option<&'a Hit> {
    let (ws, w) = word_before(chars, pos)?;
    let we = ws + w.chars().count();
    let first = hits.sorted.partition_point(|h| h.start < ws);
    hits.sorted.get(first).filter(|h| h.start < we)
}

/// One or two name words ending just before `pos`.
fn name_before(
    chars: &[char],
    pos: usize,
    hits: &Hits,
    lex: &MentionLexicon,
) -> Option<(String, Span)> {
    let (s1, w1) = word_before(chars, pos)?;
    if !name_word(&w1, s1, hits, lex) {
        return None;
    }
    let n1 = w1.chars().count();
    let first = w1.chars().next()?;
    let korean = (2..=3).contains(&n1) && lex.korean_surnames.contains(&first);
    if n1 == 1 && lex.korean_surnames.contains(&first) {
        return None; // `김 사장`: a surname alone refers back to someone named before.
    }
    let end = s1 + n1;
    if !korean {
        if let Some((s0, w0)) = word_before(chars, s1) {
            let joined_by_space = chars[s0 + w0.chars().count()..s1].iter().all(|c| *c == ' ');
            if joined_by_space && w0.chars().count() <= 4 && name_word(&w0, s0, hits, lex) {
                return Some((format!("{w0} {w1}"), span(s0, end)));
            }
        }
        if n1 < 2 {
            return None;
        }
    }
    Some((w1, span(s1, end)))
}

fn name_word(w: &str, start: usize, hits: &Hits, lex: &MentionLexicon) -> bool {
    let n = w.chars().count();
    let last = w.chars().last();
    (1..=6).contains(&n)
        && w.chars().all(is_syllable)
        && !last.is_some_and(|c| lex.name_bad_endings.contains(&c))
        && !lex.name_stopwords.contains(w)
        && !lex.is_non_company(w)
        && !hits.spans.overlaps(start, start + n)
}

fn span(start: usize, end: usize) -> Span {
    Span {
        start: start as u32,
        end: end as u32,
    }
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;
    use crate::kb::KnowledgeBase;
    use crate::mentions::gazetteer::Gazetteer;

    fn people(text: &str) -> Vec<(String, Option<String>, Option<String>)> {
        let kb = KnowledgeBase::builtin().unwrap();
        let chars: Vec<char> = text.chars().collect();
        let hits = Gazetteer::from_kb(&kb).find(text, &mut Default::default());
        find_people(&chars, &hits, lexicon())
            .into_iter()
            .map(|p| (p.name, p.role, p.company))
            .collect()
    }

    #[test]
    fn titled_names_by_word_order() {
        let lex = super::super::lexicon::lexicon();
        let t: Vec<char> =
            "도널드 트럼프 미국 대통령이 왔다. 나델라 CEO와 이경일 솔트룩스 대표가 만났다. 지난해 김철수 사장은"
                .chars()
                .collect();
        assert_eq!(
            titled_names(&t, lex),
            ["트럼프", "나델라", "이경일", "김철수"]
        );
    }

    #[test]
    fn names_titles_and_companies() {
        let p = people("사티아 나델라 마이크로소프트 CEO와 김영섭 KT 사장은 만났다. 마이크로소프트의 톱 킨 부사장은 말했다.");
        assert_eq!(
            p[0],
            (
                "사티아 나델라".into(),
                Some("CEO".into()),
                Some("microsoft".into())
            )
        );
        assert_eq!(
            p[1],
            ("김영섭".into(), Some("사장".into()), Some("kt".into()))
        );
        assert_eq!(
            p[2],
            (
                "톱 킨".into(),
                Some("부사장".into()),
                Some("microsoft".into())
            )
        );
    }

    #[test]
    fn not_people() {
        assert!(
            people("리눅스 대표 기업을 찾다니. 밀어주다가 CEO가 바뀌고 과거 LG CNS CEO 시절")
                .is_empty()
        );
        let p = people("송희경 KT 공공고객본부장은 홍석윤 기자");
        assert_eq!(p.len(), 2);
        assert_eq!(p[0].1.as_deref(), Some("본부장"));
    }
}
