//! Follow-up sentences that name who took part in a deal just told:
//! `X가 300억원 규모의 투자를 유치했다. 이번 라운드에는 A와 B가 참여했다.`
//!
//! Vocabulary in `data/deal_lexicon.toml` (`[[follow_up]]`). Each company between a cue
//! (`라운드에는`) and a verb of taking part (`참여`) is paired with the party of the article's
//! last single-party deal of that kind, if it is close enough. The new deal's evidence runs
//! from the earlier sentence to this one, so both names are in it; it carries the earlier
//! deal's date but no amount (a round's total is not one investor's share).

use crate::model::{deal_id, Deal, Party, Span};

use super::roles::Marker;
use super::{status, Ctx, Slot};

/// A single-party deal and the index of the sentence it came from.
pub(super) struct Single {
    pub sentence: usize,
    pub deal: Deal,
}

/// The deals a follow-up sentence adds, or `None` when the sentence is not a follow-up (then
/// it is read like any other sentence).
pub(super) fn deals(
    ctx: &Ctx,
    chars: &[char],
    sent: &[char],
    span: Span,
    here: usize,
    slots: &[Slot],
    singles: &[Single],
) -> Option<Vec<Deal>> {
    let text: String = sent.iter().collect();
    for rule in &ctx.lex.follow_ups {
        let Some(earlier) = singles
            .iter()
            .rev()
            .find(|s| s.deal.kind == rule.kind)
            .filter(|s| here - s.sentence <= rule.within)
        else {
            continue;
        };
        let Some(cue_end) = rule
            .cues
            .iter()
            .filter_map(|c| text.find(c.as_str()).map(|at| at + c.len()))
            .min()
        else {
            continue;
        };
        let Some(verb_start) = rule
            .verbs
            .iter()
            .filter_map(|v| text[cue_end..].find(v.as_str()).map(|at| cue_end + at))
            .min()
        else {
            continue;
        };
        let (from, to) = (
            text[..cue_end].chars().count(),
            text[..verb_start].chars().count(),
        );
        let Some(party) = earlier.deal.parties.first() else {
            continue;
        };
        let mut takers: Vec<&str> = Vec::new();
        for s in slots {
            let taking_part = s.start >= from
                && s.end <= to
                && s.companies.len() == 1
                && !s.reading.rival
                && matches!(
                    s.reading.marker,
                    Marker::Subject | Marker::Comitative | Marker::List
                );
            let id = s.companies[0].as_str();
            if taking_part && id != party.company && !takers.contains(&id) {
                takers.push(id);
            }
        }
        if takers.is_empty() {
            continue;
        }
        let start = earlier.deal.evidence_span.start.min(span.start);
        let evidence: String = chars
            .get(start as usize..(span.end as usize).min(chars.len()))
            .map(|c| c.iter().collect())
            .unwrap_or_default();
        let status = status::status_of(&text[cue_end..], &ctx.lex.cues);
        let verb: String = text[verb_start..]
            .chars()
            .take_while(|c| !c.is_whitespace())
            .collect();
        return Some(
            takers
                .into_iter()
                .map(|taker| Deal {
                    id: deal_id(&ctx.article.id, rule.kind, &[taker, &party.company]),
                    kind: rule.kind,
                    parties: vec![
                        Party {
                            company: taker.to_string(),
                            role: Some(rule.role),
                        },
                        party.clone(),
                    ],
                    article: ctx.article.id.clone(),
                    date: earlier.deal.date.clone(),
                    amount: None,
                    status,
                    evidence: evidence.clone(),
                    evidence_span: Span {
                        start,
                        end: span.end,
                    },
                    trigger: verb.clone(),
                })
                .collect(),
        );
    }
    None
}
