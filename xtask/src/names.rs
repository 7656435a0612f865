//! The companies a synthetic article talks about: real ones from the knowledge base and
//! invented ones (`누리클라우드테크(Nuri Cloud Tech)`), written the way Korean news writes them.

use corpus::kb::{is_media, KnowledgeBase};
use corpus::CompanyKind;

use crate::prng::Rng;

/// One company as the generator writes it.
#[derive(Debug, Clone)]
pub struct Name {
    /// The form used in running text (Korean where the knowledge base has one).
    pub text: String,
    /// A Latin gloss written in brackets at the first mention (invented companies only).
    pub gloss: Option<String>,
}

const PREFIXES: [(&str, &str); 24] = [
    ("누리", "Nuri"),
    ("한빛", "Hanbit"),
    ("다온", "Daon"),
    ("가람", "Garam"),
    ("미르", "Mir"),
    ("새솔", "Saesol"),
    ("해솔", "Haesol"),
    ("바른", "Bareun"),
    ("아라", "Ara"),
    ("별빛", "Byeolbit"),
    ("푸른", "Pureun"),
    ("하늘", "Haneul"),
    ("라온", "Raon"),
    ("이음", "Ieum"),
    ("두리", "Duri"),
    ("세움", "Seum"),
    ("온새", "Onsae"),
    ("마루", "Maru"),
    ("빛가람", "Bitgaram"),
    ("한결", "Hangyeol"),
    ("초록", "Chorok"),
    ("다솜", "Dasom"),
    ("여울", "Yeoul"),
    ("나래", "Narae"),
];
const CORES: [(&str, &str); 10] = [
    ("클라우드", "Cloud"),
    ("데이터", "Data"),
    ("시큐어", "Secure"),
    ("넷", "Net"),
    ("인프라", "Infra"),
    ("엣지", "Edge"),
    ("스마트", "Smart"),
    ("디지털", "Digital"),
    ("큐브", "Cube"),
    ("웨이브", "Wave"),
];
const SUFFIXES: [(&str, &str); 8] = [
    ("테크", "Tech"),
    ("테크놀로지스", "Technologies"),
    ("시스템즈", "Systems"),
    ("네트웍스", "Networks"),
    ("랩스", "Labs"),
    ("솔루션즈", "Solutions"),
    ("홀딩스", "Holdings"),
    ("벤처스", "Ventures"),
];

/// The most invented companies the generator can name without repeating itself.
pub const MAX_INVENTED: usize = PREFIXES.len() * CORES.len() * SUFFIXES.len();

/// Companies of the knowledge base that can be deal parties (no outlets, no governments).
pub fn known(kb: &KnowledgeBase) -> Vec<Name> {
    kb.companies
        .iter()
        .filter(|c| c.kind == CompanyKind::Company && !is_media(c))
        .map(|c| Name {
            text: c.name_ko.clone().unwrap_or_else(|| c.name.clone()),
            gloss: None,
        })
        .collect()
}

/// `count` distinct invented companies, in an order fixed by `rng`.
pub fn invented(count: usize, rng: &mut Rng) -> Vec<Name> {
    let mut all: Vec<usize> = (0..MAX_INVENTED).collect();
    // Fisher-Yates, then take the first `count`.
    for i in (1..all.len()).rev() {
        all.swap(i, rng.below(i + 1));
    }
    all.into_iter()
        .take(count.min(MAX_INVENTED))
        .map(|n| {
            let (p, rest) = (n % PREFIXES.len(), n / PREFIXES.len());
            let (c, s) = (rest % CORES.len(), rest / CORES.len());
            let (pk, pe) = PREFIXES[p];
            let (ck, ce) = CORES[c];
            let (sk, se) = SUFFIXES[s];
            Name {
                text: format!("{pk}{ck}{sk}"),
                gloss: Some(format!("{pe} {ce} {se}")),
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn invented_names_are_distinct_and_glossed() {
        let names = invented(500, &mut Rng::new(3));
        let mut texts: Vec<&str> = names.iter().map(|n| n.text.as_str()).collect();
        texts.sort_unstable();
        texts.dedup();
        assert_eq!(texts.len(), 500);
        assert!(names.iter().all(|n| n.gloss.is_some()));
    }

    #[test]
    fn known_names_come_from_the_knowledge_base() {
        let kb = KnowledgeBase::builtin().unwrap();
        let names = known(&kb);
        assert!(names.iter().any(|n| n.text == "마이크로소프트"));
        assert!(names.len() > 20);
    }
}
