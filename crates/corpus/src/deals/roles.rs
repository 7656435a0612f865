//! Grammatical roles of the companies in a sentence, read from the particles after them
//! (`A가` subject, `B와` comitative, `C를` object, `D에` dative, `E, F 등` list ...), plus
//! rival and owner cues (`아마존을 제치고`, `델의 자회사`).
//!
//! Pure reading of the text around a mention; it never decides that a deal exists.

use super::lexicon::{Cues, MarkerSet};
use crate::josa;
use crate::mentions::lexicon::lexicon as person_lexicon;
use crate::mentions::words::{is_closing_mark, skip_bracket, skip_spaces, word_at};

/// What the particle after a mention says about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Marker {
    Subject,
    /// Subject of a relative clause (`일레스트라가 진행한 투자`): the thing talked about.
    RelSubject,
    Comitative,
    Object,
    Dative,
    Source,
    Genitive,
    List,
    /// `A와 B 간의 협력`: B closes a pair opened by a comitative A.
    Between,
    Bare,
    Other,
}

impl Marker {
    /// Whether a rule's counterpart list accepts this marker.
    pub fn accepted_by(self, sets: &[MarkerSet]) -> bool {
        let set = match self {
            Marker::Subject => MarkerSet::Subject,
            Marker::RelSubject => MarkerSet::Relsubject,
            Marker::Comitative => MarkerSet::Comitative,
            Marker::Object => MarkerSet::Object,
            Marker::Dative => MarkerSet::Dative,
            Marker::Source => MarkerSet::Source,
            Marker::Genitive => MarkerSet::Genitive,
            Marker::List => MarkerSet::List,
            Marker::Between => MarkerSet::Comitative,
            Marker::Bare => MarkerSet::Bare,
            Marker::Other => return false,
        };
        sets.contains(&set)
    }
}

/// The reading of one mention.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Reading {
    pub marker: Marker,
    /// Followed by a rivalry or contrast word: never a party.
    pub rival: bool,
    /// Followed by 자회사/계열사: an owner named in passing.
    pub relational: bool,
}

/// Reads the particle after a name ending at `end` (character offsets into `chars`).
pub fn read(chars: &[char], end: usize, cues: &Cues) -> Reading {
    let mut pos = end;
    if let Some(after) = skip_bracket(chars, pos, 60) {
        pos = after;
    }
    while pos < chars.len() && is_closing_mark(chars[pos]) {
        pos += 1;
    }
    let (rest, rest_end) = word_at(chars, pos);
    let rest = rest.strip_prefix("그룹").unwrap_or(&rest).to_string();
    let mut after = rest_end;
    let marker = if !rest.is_empty() {
        let p = rest.strip_prefix('측').unwrap_or(&rest);
        let m = classify(p);
        if m == Marker::Subject && (p.starts_with('이') || p.starts_with('가')) {
            let (next, _) = word_at(chars, skip_spaces(chars, rest_end));
            if is_adnominal(&next) {
                Marker::RelSubject
            } else {
                m
            }
        } else {
            m
        }
    } else if matches!(chars.get(pos), Some(',' | '·' | '、' | '/')) {
        Marker::List
    } else {
        let q = skip_spaces(chars, pos);
        let (w, w_end) = word_at(chars, q);
        if let Some(p) = w.strip_prefix('등') {
            after = w_end;
            if p.is_empty() {
                Marker::List
            } else {
                classify(p)
            }
        } else if let Some(p) = w.strip_prefix('측') {
            after = w_end;
            classify(p)
        } else if ["간", "사이"]
            .iter()
            .filter_map(|b| w.strip_prefix(b))
            .any(josa::is_josa_chain)
        {
            after = w_end;
            Marker::Between
        } else if w == "역시" {
            after = w_end;
            Marker::Subject
        } else if let Some(p) = after_title(&w) {
            // `김영섭 KT 대표는`, `나델라 MS CEO와`: the person's particle is the company's.
            after = w_end;
            classify(p)
        } else {
            Marker::Bare
        }
    };
    let (next, _) = word_at(chars, skip_spaces(chars, after));
    let rival = cues
        .competition
        .iter()
        .any(|c| next.starts_with(c.as_str()));
    let relational = cues.relational.iter().any(|c| next.starts_with(c.as_str()));
    Reading {
        marker,
        rival,
        relational,
    }
}

fn classify(p: &str) -> Marker {
    if !p.is_empty() && !josa::is_josa_chain(p) {
        return Marker::Other;
    }
    let starts = |xs: &[&str]| xs.iter().any(|x| p.starts_with(x));
    if p.is_empty() {
        Marker::Bare
    } else if starts(&["간", "사이"]) {
        Marker::Between
    } else if starts(&["와", "과", "랑", "이랑", "하고"]) || p == "및" {
        Marker::Comitative
    } else if starts(&["을", "를"]) {
        Marker::Object
    } else if starts(&["로부터", "으로부터"]) {
        Marker::Source
    } else if starts(&["에게", "한테", "께서"]) {
        if p.starts_with("께서") {
            Marker::Subject
        } else {
            Marker::Dative
        }
    } else if p.starts_with("에서") {
        Marker::Other
    } else if starts(&["에", "께"]) {
        Marker::Dative
    } else if p.starts_with('의') {
        Marker::Genitive
    } else if starts(&["이나", "나", "이며", "며"]) {
        Marker::List
    } else if starts(&["은", "는", "이", "가", "도"]) {
        Marker::Subject
    } else {
        Marker::Other
    }
}

/// The particles after a person's title (`대표는` → `는`), when the word is title + particles.
fn after_title(word: &str) -> Option<&str> {
    let titles = &person_lexicon().person_titles;
    josa::stems_longest_first(word)
        .filter(|stem| stem.len() < word.len())
        .find(|stem| titles.iter().any(|t| stem.ends_with(t.as_str())))
        .map(|stem| &word[stem.len()..])
}

/// A verb or adjective in adnominal form (`진행한`, `제기한`, `추진하는`).
fn is_adnominal(word: &str) -> bool {
    ["한", "된", "던", "하는", "되는"]
        .iter()
        .any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::super::lexicon::lexicon;
    use super::*;

    fn marker(text: &str, name: &str) -> Reading {
        let chars: Vec<char> = text.chars().collect();
        let start = text.find(name).map(|b| text[..b].chars().count()).unwrap();
        read(&chars, start + name.chars().count(), &lexicon().cues)
    }

    #[test]
    fn particles_to_markers() {
        assert_eq!(
            marker("마이크로소프트(MS)와", "마이크로소프트").marker,
            Marker::Comitative
        );
        assert_eq!(marker("스페이스X, SES와", "스페이스X").marker, Marker::List);
        assert_eq!(
            marker("인텔 등과 공동으로", "인텔").marker,
            Marker::Comitative
        );
        assert_eq!(marker("MS 등 해외", "MS").marker, Marker::List);
        assert_eq!(
            marker("KT와 오라클 간의 협력", "오라클").marker,
            Marker::Between
        );
        assert_eq!(
            marker("KT와 오라클간 협력", "오라클").marker,
            Marker::Between
        );
        assert_eq!(marker("두 회사 사이의", "회사").marker, Marker::Between);
        assert_eq!(marker("KT 측은", "KT").marker, Marker::Subject);
        assert_eq!(
            marker("‘KT클라우드’를", "KT클라우드").marker,
            Marker::Object
        );
        assert_eq!(
            marker("엔진 야드에 투자", "엔진 야드").marker,
            Marker::Dative
        );
        assert_eq!(
            marker("일레스트라가 진행한", "일레스트라").marker,
            Marker::RelSubject
        );
        assert_eq!(marker("MS 역시", "MS").marker, Marker::Subject);
        assert_eq!(marker("KT 역사를", "KT").marker, Marker::Bare);
        assert_eq!(marker("김영섭 KT 대표는", "KT").marker, Marker::Subject);
        assert_eq!(
            marker("나델라 MS CEO와 만나", "MS").marker,
            Marker::Comitative
        );
    }

    #[test]
    fn rivals_and_owners() {
        assert!(marker("아마존을 제치고", "아마존").rival);
        assert!(marker("SK텔레콤을 견제하기", "SK텔레콤").rival);
        assert!(marker("델의 자회사", "델").relational);
        assert!(!marker("AWS와 유사한", "AWS").rival);
    }
}
