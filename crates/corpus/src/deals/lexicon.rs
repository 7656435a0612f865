//! The deal vocabulary (`data/deal_lexicon.toml`): trigger rules per deal kind and the cue
//! words for rivals, negation, status, market sizes and coreference.
//!
//! Data plus a trigger finder; it never decides parties (that is `roles`).

use std::sync::OnceLock;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, MatchKind};
use serde::Deserialize;

use crate::model::{DealKind, Role};

const DEAL_LEXICON_TOML: &str = include_str!("../../data/deal_lexicon.toml");

/// Which particle-marked mentions a rule takes as counterparts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MarkerSet {
    Comitative,
    Object,
    Dative,
    Source,
    List,
    Relsubject,
    Genitive,
    Bare,
    Subject,
}

/// One trigger rule.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rule {
    pub kind: DealKind,
    pub triggers: Vec<String>,
    #[serde(default)]
    pub joint: Vec<String>,
    pub counterparts: Vec<MarkerSet>,
    pub anchor_role: Role,
    pub counterpart_role: Role,
    #[serde(default)]
    pub single: bool,
    /// With no other counterpart, a genitive company in the clause is one (`X의 인수`).
    #[serde(default)]
    pub genitive_fallback: bool,
}

/// Cue word lists.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Cues {
    pub blockers: Vec<String>,
    pub competition: Vec<String>,
    pub negation: Vec<String>,
    pub negation_exceptions: Vec<String>,
    pub disputed: Vec<String>,
    pub signed: Vec<String>,
    pub planned: Vec<String>,
    pub announced: Vec<String>,
    pub market: Vec<String>,
    pub relsubject_verbs: Vec<String>,
    pub coref_pair: Vec<String>,
    pub coref_single: Vec<String>,
    pub relational: Vec<String>,
}

/// `이번 라운드에는 A와 B가 참여했다`: a sentence naming who took part in the deal just told.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FollowUp {
    /// The kind of the earlier single-party deal this sentence completes.
    pub kind: DealKind,
    /// Words that refer back to that deal (`라운드에는`); one must come before a verb.
    pub cues: Vec<String>,
    /// Verbs of taking part (`참여`); one must follow the companies.
    pub verbs: Vec<String>,
    /// The role of each company taking part; the earlier deal's party keeps its role.
    pub role: Role,
    /// How many sentences back the earlier deal may be.
    pub within: usize,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Raw {
    rule: Vec<Rule>,
    #[serde(default)]
    follow_up: Vec<FollowUp>,
    cues: Cues,
}

/// A trigger found in a sentence (character offsets within the sentence).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Trigger {
    pub start: usize,
    pub end: usize,
    pub rule: usize,
    /// Only valid with a joint subject.
    pub joint: bool,
    pub word: String,
}

#[derive(Debug, Clone, Copy)]
enum Entry {
    Trigger { rule: usize, joint: bool },
    Blocker,
}

/// The parsed vocabulary with its trigger automaton.
#[derive(Debug)]
pub struct DealLexicon {
    pub rules: Vec<Rule>,
    pub follow_ups: Vec<FollowUp>,
    pub cues: Cues,
    entries: Vec<Entry>,
    automaton: Option<AhoCorasick>,
}

impl DealLexicon {
    fn new(raw: Raw) -> Self {
        let mut words: Vec<String> = Vec::new();
        let mut entries = Vec::new();
        for (i, r) in raw.rule.iter().enumerate() {
            for (list, joint) in [(&r.triggers, false), (&r.joint, true)] {
                for w in list {
                    if !words.contains(w) {
                        words.push(w.clone());
                        entries.push(Entry::Trigger { rule: i, joint });
                    }
                }
            }
        }
        for b in &raw.cues.blockers {
            words.push(b.clone());
            entries.push(Entry::Blocker);
        }
        let automaton = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            .build(&words)
            .ok();
        DealLexicon {
            rules: raw.rule,
            follow_ups: raw.follow_up,
            cues: raw.cues,
            entries,
            automaton,
        }
    }

    /// Triggers in `sentence`, left to right, longest first, blockers removed.
    pub fn triggers(&self, sentence: &str) -> Vec<Trigger> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for m in ac.find_iter(sentence) {
            if let Entry::Trigger { rule, joint } = self.entries[m.pattern().as_usize()] {
                out.push(Trigger {
                    start: sentence[..m.start()].chars().count(),
                    end: sentence[..m.end()].chars().count(),
                    rule,
                    joint,
                    word: sentence[m.start()..m.end()].to_string(),
                });
            }
        }
        out
    }
}

/// The shipped vocabulary (empty if the data file were malformed: the unit test catches it).
pub fn lexicon() -> &'static DealLexicon {
    static LEX: OnceLock<DealLexicon> = OnceLock::new();
    LEX.get_or_init(|| match toml::from_str::<Raw>(DEAL_LEXICON_TOML) {
        Ok(raw) => DealLexicon::new(raw),
        Err(_) => DealLexicon::new(Raw {
            rule: Vec::new(),
            follow_up: Vec::new(),
            cues: Cues::default(),
        }),
    })
}

/// True when `text` contains any of `words`.
pub fn contains_any(text: &str, words: &[String]) -> bool {
    words.iter().any(|w| text.contains(w.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_lexicon_parses_and_finds_triggers() {
        let raw: Raw = toml::from_str(DEAL_LEXICON_TOML).unwrap();
        assert!(raw.rule.len() >= 8);
        assert!(!raw.follow_up.is_empty());
        let lex = lexicon();
        let t = lex.triggers("A는 B와 협력사 계약, 임차 계약을 맺었다");
        let words: Vec<&str> = t.iter().map(|t| t.word.as_str()).collect();
        assert_eq!(words, ["계약", "임차", "계약"]);
        assert_eq!(lex.rules[t[1].rule].kind, DealKind::Lease);
        assert_eq!(t[0].start, 10);
    }
}
