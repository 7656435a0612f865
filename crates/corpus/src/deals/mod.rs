//! Deal extraction: relations between companies stated in a sentence, with evidence.
//!
//! For each trigger word (lexicon-driven) the counterparts are the particle-marked companies
//! in the trigger's clause and the anchor is the clause's subject (else the previous
//! sentence's topic, else a bare or genitive company). Rivals, outlets, owners named in
//! passing, bracketed glosses and denied deals never make a deal. `A, B 등과` gives one deal
//! per counterpart (each deal is a pair, or a single lessee for a lease). `양사`/`두 회사`
//! stand for the parties of the article's last deal. The same (kind, party set) stated twice
//! in an article is one deal: the first evidence is kept, a missing amount or date filled in.
//! Dates come from the deal's sentence only; without one the date stays `None`.
//! A "sentence" longer than [`MAX_SENTENCE_CHARS`] (no real one is) is read in pieces of at
//! most that length, cut at spaces, so the work stays linear in the article's length.
//! It never finds mentions itself: it works from the mentions it is given.

mod follow_up;
pub mod lexicon;
pub mod roles;
pub mod status;

use std::collections::HashMap;

use crate::date::{self, PubDate};
use crate::kb::is_media;
use crate::mentions::sentences::sentence_spans;
use crate::mentions::words::{is_word_char, skip_spaces, text_of, word_at};
use crate::model::{
    deal_id, Article, Company, CompanyKind, Deal, DealKind, Mention, Party, Role, Span,
};
use lexicon::{DealLexicon, Trigger};
use roles::{Marker, Reading};

/// Longest stretch of text read as one sentence (real sentences are a few hundred characters).
pub const MAX_SENTENCE_CHARS: usize = 1_000;

/// A company (or a coreferent standing for one or two) at a place in a sentence.
#[derive(Debug, Clone)]
struct Slot {
    companies: Vec<String>,
    /// Character offsets within the sentence.
    start: usize,
    end: usize,
    reading: Reading,
}

struct Ctx<'a> {
    article: &'a Article,
    lex: &'a DealLexicon,
    by_id: &'a CompaniesById<'a>,
    published: Option<PubDate>,
}

/// Companies by id, for [`extract_deals_with`].
pub type CompaniesById<'a> = HashMap<&'a str, &'a Company>;

/// The lookup [`extract_deals_with`] resolves ids with (build it once for many articles).
pub fn companies_by_id(companies: &[Company]) -> CompaniesById<'_> {
    companies.iter().map(|c| (c.id.as_str(), c)).collect()
}

/// Extracts the deals of one article from its mentions. `companies` resolves ids.
pub fn extract_deals(article: &Article, mentions: &[Mention], companies: &[Company]) -> Vec<Deal> {
    extract_deals_with(article, mentions, &companies_by_id(companies))
}

/// Like [`extract_deals`] with the id lookup prebuilt.
pub fn extract_deals_with(
    article: &Article,
    mentions: &[Mention],
    by_id: &CompaniesById,
) -> Vec<Deal> {
    let ctx = Ctx {
        article,
        lex: lexicon::lexicon(),
        by_id,
        published: article.date.value.as_deref().and_then(date::parse_pub_date),
    };
    let chars: Vec<char> = article.text.chars().collect();
    let sentences = bounded(&sentence_spans(article), &chars);
    // Mentions by start, so each sentence finds its own by binary search.
    let mut by_start: Vec<&Mention> = mentions.iter().collect();
    by_start.sort_by_key(|m| m.span.start);
    let mut deals: Vec<Deal> = Vec::new();
    let mut merged: Merged = HashMap::new();
    let mut topics: Vec<Option<Option<String>>> = Vec::new();
    let mut recent: Vec<String> = Vec::new();
    let mut singles: Vec<follow_up::Single> = Vec::new();
    for (here, span) in sentences.iter().enumerate() {
        let (s, e) = (span.start as usize, (span.end as usize).min(chars.len()));
        if s >= e {
            topics.push(None);
            continue;
        }
        let sent: Vec<char> = chars[s..e].to_vec();
        let lo = by_start.partition_point(|m| (m.span.start as usize) < s);
        let hi = by_start.partition_point(|m| (m.span.start as usize) <= e);
        let in_sentence: Vec<&Mention> = by_start[lo..hi.max(lo)]
            .iter()
            .copied()
            .filter(|m| (m.span.end as usize) <= e)
            .collect();
        let mut slots = real_slots(&ctx, &sent, s, &in_sentence);
        let pair = last_pair(&deals, &recent);
        let prev_topic = topics
            .iter()
            .rev()
            .take(2)
            .flatten()
            .next()
            .cloned()
            .flatten();
        // `이 회사` is the previous sentence's topic, else the company named last.
        let single = prev_topic.as_ref().or(recent.last());
        slots.extend(coref_slots(&ctx, &sent, pair, single));
        slots.sort_by_key(|sl| sl.start);
        let found = match follow_up::deals(&ctx, &chars, &sent, *span, here, &slots, &singles) {
            Some(found) => found,
            None => sentence_deals(&ctx, &sent, *span, &slots, prev_topic),
        };
        for d in found {
            if d.parties.len() == 1 {
                singles.push(follow_up::Single {
                    sentence: here,
                    deal: d.clone(),
                });
            }
            merge(&mut deals, &mut merged, d);
        }
        let real: Vec<&Slot> = slots.iter().filter(|sl| sl.companies.len() == 1).collect();
        topics.push(if real.is_empty() {
            None
        } else {
            Some(
                real.iter()
                    .find(|sl| sl.reading.marker == Marker::Subject && !sl.reading.rival)
                    .map(|sl| sl.companies[0].clone()),
            )
        });
        for sl in real {
            recent.retain(|c| c != &sl.companies[0]);
            recent.push(sl.companies[0].clone());
        }
    }
    deals
}

/// The spans with every one longer than [`MAX_SENTENCE_CHARS`] cut into pieces, each ending
/// after the last space that keeps it within the limit (or at the limit when there is none).
fn bounded(spans: &[Span], chars: &[char]) -> Vec<Span> {
    let mut out = Vec::with_capacity(spans.len());
    for span in spans {
        let end = (span.end as usize).min(chars.len());
        let mut start = (span.start as usize).min(end);
        while end - start > MAX_SENTENCE_CHARS {
            let limit = start + MAX_SENTENCE_CHARS;
            let cut = (start + MAX_SENTENCE_CHARS / 2..limit)
                .rev()
                .find(|&i| chars[i] == ' ')
                .map_or(limit, |i| i + 1);
            out.push(Span {
                start: start as u32,
                end: cut as u32,
            });
            start = cut;
        }
        out.push(Span {
            start: start as u32,
            end: end as u32,
        });
    }
    out
}

/// Mentions of the sentence that can take part in a deal: not media, not a bracketed gloss.
fn real_slots(ctx: &Ctx, sent: &[char], offset: usize, mentions: &[&Mention]) -> Vec<Slot> {
    let mut depth = vec![0i32; sent.len() + 1];
    let mut d = 0;
    for (i, c) in sent.iter().enumerate() {
        depth[i] = d;
        match c {
            '(' | '[' => d += 1,
            ')' | ']' => d = (d - 1).max(0),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for m in mentions {
        let start = m.span.start as usize - offset;
        let end = m.span.end as usize - offset;
        let media = ctx
            .by_id
            .get(m.company.as_str())
            .is_some_and(|c| is_media(c));
        if media || depth.get(start).copied().unwrap_or(0) > 0 {
            continue;
        }
        out.push(Slot {
            companies: vec![m.company.clone()],
            start,
            end,
            reading: roles::read(sent, end, &ctx.lex.cues),
        });
    }
    out
}

/// `양사` / `두 회사` (the pair) and `이 회사` (the last company) as slots.
fn coref_slots(
    ctx: &Ctx,
    sent: &[char],
    pair: Option<Vec<String>>,
    last: Option<&String>,
) -> Vec<Slot> {
    let text = text_of(sent);
    let mut out = Vec::new();
    let cues = &ctx.lex.cues;
    for (words, who) in [
        (&cues.coref_pair, pair),
        (&cues.coref_single, last.map(|l| vec![l.clone()])),
    ] {
        let Some(who) = who else { continue };
        for w in words {
            for (b, _) in text.match_indices(w.as_str()) {
                let start = text[..b].chars().count();
                let end = start + w.chars().count();
                if start > 0 && is_word_char(sent[start - 1]) {
                    continue;
                }
                let reading = roles::read(sent, end, cues);
                if reading.marker == Marker::Other {
                    continue;
                }
                out.push(Slot {
                    companies: who.clone(),
                    start,
                    end,
                    reading,
                });
            }
        }
    }
    out
}

/// The parties of the last two-party deal, else the two companies named last.
fn last_pair(deals: &[Deal], recent: &[String]) -> Option<Vec<String>> {
    if let Some(d) = deals.iter().rev().find(|d| d.parties.len() == 2) {
        return Some(d.party_ids().map(str::to_string).collect());
    }
    (recent.len() >= 2).then(|| recent[recent.len() - 2..].to_vec())
}

fn sentence_deals(
    ctx: &Ctx,
    sent: &[char],
    span: Span,
    slots: &[Slot],
    prev_topic: Option<String>,
) -> Vec<Deal> {
    let text = text_of(sent);
    // A trigger word inside a company's name (`한국투자파트너스`) is part of the name.
    let triggers: Vec<_> = ctx
        .lex
        .triggers(&text)
        .into_iter()
        .filter(|t| !slots.iter().any(|s| s.start < t.end && t.start < s.end))
        .collect();
    if triggers.is_empty() {
        return Vec::new();
    }
    let triggers = merge_glued(ctx.lex, sent, triggers);
    let found = status::Found::new(&text, &ctx.lex.cues, ctx.published);
    let mut out = Vec::new();
    let mut window_start = 0usize;
    let mut prev_end: Option<usize> = None;
    for (ti, t) in triggers.iter().enumerate() {
        // `임차 계약`, `별도 법인으로 분사`: a trigger right after another belongs to it.
        let glued = prev_end.is_some_and(|pe| sent[pe..t.start].iter().all(|c| *c == ' '));
        prev_end = Some(t.end);
        if glued {
            continue;
        }
        let clause_end = triggers[ti + 1..]
            .iter()
            .find(|n| !n.joint && !sent[t.end..n.start].iter().all(|c| *c == ' '))
            .map_or(sent.len(), |n| n.start);
        let clause: String = sent[t.start..clause_end].iter().collect();
        let from = window_start;
        if status::is_negated(&clause, &ctx.lex.cues) {
            window_start = t.end;
            continue;
        }
        let rule = &ctx.lex.rules[t.rule];
        let groups: Vec<Vec<Party>> = if t.joint {
            joint_parties(slots, from, t).into_iter().collect()
        } else if rule.kind == DealKind::SpinOff {
            spin_off_parties(ctx, slots).into_iter().collect()
        } else {
            party_groups(ctx, sent, slots, from, t, prev_topic.as_deref())
        };
        // `네이버와 함께 ... 공동 개발`: a joint word that made no deal does not close the clause.
        if !(t.joint && groups.is_empty()) {
            window_start = t.end;
        }
        for parties in groups {
            let status = status::status_of(&clause, &ctx.lex.cues);
            let amount = status::amount_in(&text, &found, from, clause_end);
            let date = status::date_in(&text, &found, from, clause_end);
            let ids: Vec<&str> = parties.iter().map(|p| p.company.as_str()).collect();
            out.push(Deal {
                id: deal_id(&ctx.article.id, rule.kind, &ids),
                kind: rule.kind,
                parties,
                article: ctx.article.id.clone(),
                date,
                amount,
                status,
                evidence: text.clone(),
                evidence_span: span,
                trigger: t.word.clone(),
            });
        }
    }
    out
}

/// `시리즈 B 투자를 유치`, `별도 법인으로 분사`, `인수합병(M&A)`: triggers of one kind
/// separated only by spaces (or opening a gloss) are one trigger, read with the rule of the
/// last (the phrase's head).
fn merge_glued(lex: &DealLexicon, sent: &[char], triggers: Vec<Trigger>) -> Vec<Trigger> {
    let mut out: Vec<Trigger> = Vec::new();
    for t in triggers {
        if let Some(prev) = out.last_mut() {
            let glued = !prev.joint
                && !t.joint
                && prev.end <= t.start
                && sent[prev.end..t.start]
                    .iter()
                    .all(|c| *c == ' ' || *c == '(')
                && lex.rules[prev.rule].kind == lex.rules[t.rule].kind;
            if glued {
                prev.end = t.end;
                prev.rule = t.rule;
                prev.word = sent[prev.start..t.end].iter().collect();
                continue;
            }
        }
        out.push(t);
    }
    out
}

/// `A와 B는 ... 발표` or `두 회사는 함께`: the joint subject, as partners.
fn joint_parties(slots: &[Slot], from: usize, t: &Trigger) -> Option<Vec<Party>> {
    let before: Vec<&Slot> = slots
        .iter()
        .filter(|s| s.start >= from && s.start < t.start)
        .collect();
    let partner = |c: &str| Party {
        company: c.to_string(),
        role: Some(Role::Partner),
    };
    if let Some(pair) = before
        .iter()
        .find(|s| s.companies.len() == 2 && s.reading.marker == Marker::Subject)
    {
        return Some(pair.companies.iter().map(|c| partner(c)).collect());
    }
    for w in before.windows(2) {
        let (a, b) = (w[0], w[1]);
        let joint = a.reading.marker == Marker::Comitative
            && b.reading.marker == Marker::Subject
            && a.companies.len() == 1
            && b.companies.len() == 1
            && a.companies[0] != b.companies[0];
        if joint {
            return Some(vec![partner(&b.companies[0]), partner(&a.companies[0])]);
        }
    }
    None
}

/// Parent and spun-off entity: by the knowledge base's parent link when it relates two named
/// companies (or names the parent of a single one), else subject = parent.
fn spin_off_parties(ctx: &Ctx, slots: &[Slot]) -> Option<Vec<Party>> {
    let mut ids: Vec<&str> = Vec::new();
    for s in slots
        .iter()
        .filter(|s| !s.reading.rival && s.companies.len() == 1)
    {
        if !ids.contains(&s.companies[0].as_str()) {
            ids.push(&s.companies[0]);
        }
    }
    let parent_of = |id: &str| ctx.by_id.get(id).and_then(|c| c.parent.clone());
    let party = |c: &str, r: Role| Party {
        company: c.to_string(),
        role: Some(r),
    };
    for &child in &ids {
        if let Some(p) = parent_of(child) {
            if ids.contains(&p.as_str()) || ids.len() == 1 {
                return Some(vec![party(&p, Role::Parent), party(child, Role::SpunOff)]);
            }
        }
    }
    if ids.len() >= 2 {
        return Some(vec![
            party(ids[0], Role::Parent),
            party(ids[1], Role::SpunOff),
        ]);
    }
    None
}

/// One party list per counterpart: the anchor with each counterpart in the clause.
fn party_groups(
    ctx: &Ctx,
    sent: &[char],
    slots: &[Slot],
    from: usize,
    t: &Trigger,
    prev_topic: Option<&str>,
) -> Vec<Vec<Party>> {
    let rule = &ctx.lex.rules[t.rule];
    let sent_gap_is_space = |a: usize, b: usize| sent[a..b].iter().all(|c| *c == ' ');
    let in_clause = |s: &&Slot| s.start >= from && s.start < t.start && !s.reading.rival;
    let mut counterparts: Vec<String> = Vec::new();
    let mut pair_subject: Option<&Slot> = None;
    let clause: Vec<&Slot> = slots.iter().filter(in_clause).collect();
    // `A와 B는 C에 투자`: A is a second subject, not a counterpart.
    let co_subject = co_subject(sent, &clause);
    for s in clause.iter().copied() {
        if s.companies.len() == 2 {
            if s.reading.marker == Marker::Subject {
                pair_subject = Some(s);
            }
            continue;
        }
        // `VM웨어 인수`, `오픈AI 투자`: a bare name right before the trigger is its object.
        let compound = s.reading.marker == Marker::Bare
            && s.end <= t.start
            && sent_gap_is_space(s.end, t.start);
        let rel_ok = s.reading.marker != Marker::RelSubject || relsubject_ok(ctx, sent, s);
        if (compound || s.reading.marker.accepted_by(&rule.counterparts))
            && rel_ok
            && !s.reading.relational
            && !counterparts.contains(&s.companies[0])
        {
            counterparts.push(s.companies[0].clone());
        }
    }
    let mut co_anchor: Option<String> = None;
    if let Some(co) = co_subject {
        let other = counterparts.iter().any(|c| *c != co);
        if other && counterparts.contains(&co) && rule.anchor_role != rule.counterpart_role {
            counterparts.retain(|c| *c != co);
            co_anchor = Some(co);
        }
    }
    if counterparts.is_empty() && rule.genitive_fallback {
        // `X의 인수를 검토`, `X의 사업을 수주`: the genitive owner of the trigger's object.
        if let Some(g) = clause.iter().rev().find(|s| {
            s.companies.len() == 1
                && s.reading.marker == Marker::Genitive
                && !s.reading.relational
                && clause.iter().any(|o| {
                    o.start < s.start && o.reading.marker == Marker::Subject && !o.reading.rival
                })
        }) {
            counterparts.push(g.companies[0].clone());
        }
    }
    // `A와 B 간의 협력`: the text names both parties itself; no anchor from elsewhere.
    if let Some(pair) = clause.windows(2).find(|w| {
        w[0].reading.marker == Marker::Comitative
            && w[1].reading.marker == Marker::Between
            && w[0].companies.len() == 1
            && w[1].companies.len() == 1
            && w[0].companies[0] != w[1].companies[0]
    }) {
        let (a, b) = (&pair[0].companies[0], &pair[1].companies[0]);
        let (ra, rb) = roles_for(
            ctx,
            rule.kind,
            a,
            b,
            rule.anchor_role,
            rule.counterpart_role,
        );
        return vec![vec![
            Party {
                company: a.clone(),
                role: Some(ra),
            },
            Party {
                company: b.clone(),
                role: Some(rb),
            },
        ]];
    }
    if counterparts.is_empty() {
        if let Some(p) = pair_subject {
            let roles = [rule.anchor_role, rule.counterpart_role];
            return vec![p
                .companies
                .iter()
                .zip(roles)
                .map(|(c, r)| Party {
                    company: c.clone(),
                    role: Some(r),
                })
                .collect()];
        }
    }
    let anchor = anchor_of(slots, from, t, &counterparts, prev_topic);
    let Some(anchor) = anchor else {
        return Vec::new();
    };
    counterparts.retain(|c| *c != anchor && !family(ctx, &anchor, c, rule.kind));
    if counterparts.is_empty() {
        if rule.single {
            return vec![vec![Party {
                company: anchor,
                role: Some(rule.anchor_role),
            }]];
        }
        return Vec::new();
    }
    let anchors: Vec<String> = std::iter::once(anchor).chain(co_anchor).collect();
    let mut groups = Vec::new();
    for a in &anchors {
        for c in counterparts.iter().filter(|c| *c != a) {
            let (ra, rc) = roles_for(
                ctx,
                rule.kind,
                a,
                c,
                rule.anchor_role,
                rule.counterpart_role,
            );
            groups.push(vec![
                Party {
                    company: a.clone(),
                    role: Some(ra),
                },
                Party {
                    company: c.clone(),
                    role: Some(rc),
                },
            ]);
        }
    }
    groups
}

/// `조달청이 발주한`: the verb after a relative-clause subject is one that makes it a party.
fn relsubject_ok(ctx: &Ctx, sent: &[char], s: &Slot) -> bool {
    let (_, particle_end) = word_at(sent, s.end);
    let (verb, _) = word_at(sent, skip_spaces(sent, particle_end));
    ctx.lex
        .cues
        .relsubject_verbs
        .iter()
        .any(|v| verb.starts_with(v.as_str()))
}

/// `A와 B는`: the company joined to the subject by 와/과 with nothing else between them.
fn co_subject(sent: &[char], clause: &[&Slot]) -> Option<String> {
    clause.windows(2).find_map(|w| {
        let (a, b) = (w[0], w[1]);
        let (particle, p_end) = word_at(sent, a.end);
        let joined = a.reading.marker == Marker::Comitative
            && matches!(particle.as_str(), "와" | "과")
            && skip_spaces(sent, p_end) == b.start
            && b.reading.marker == Marker::Subject
            && a.companies.len() == 1
            && b.companies.len() == 1;
        joined.then(|| a.companies[0].clone())
    })
}

/// The clause's subject, else the sentence's first subject before the trigger, else the
/// previous sentence's topic (only when the clause has a counterpart), else a bare or
/// genitive company before the trigger.
fn anchor_of(
    slots: &[Slot],
    from: usize,
    t: &Trigger,
    counterparts: &[String],
    prev_topic: Option<&str>,
) -> Option<String> {
    let usable = |s: &&Slot| {
        s.companies.len() == 1 && !s.reading.rival && !counterparts.contains(&s.companies[0])
    };
    let before: Vec<&Slot> = slots
        .iter()
        .filter(|s| s.start < t.start)
        .filter(usable)
        .collect();
    let subject = |s: &&&Slot| s.reading.marker == Marker::Subject;
    if let Some(s) = before.iter().filter(|s| s.start >= from).rfind(subject) {
        return Some(s.companies[0].clone());
    }
    if let Some(s) = before.iter().find(subject) {
        return Some(s.companies[0].clone());
    }
    if !counterparts.is_empty() {
        if let Some(p) = prev_topic.filter(|p| !counterparts.iter().any(|c| c == p)) {
            return Some(p.to_string());
        }
    }
    before
        .iter()
        .rev()
        .find(|s| {
            matches!(s.reading.marker, Marker::Bare | Marker::Genitive) && !s.reading.relational
        })
        .map(|s| s.companies[0].clone())
}

/// A partnership between a company and its own parent is group business, not a deal.
fn family(ctx: &Ctx, a: &str, b: &str, kind: DealKind) -> bool {
    let parent = |x: &str| ctx.by_id.get(x).and_then(|c| c.parent.as_deref());
    kind == DealKind::Partnership && (parent(a) == Some(b) || parent(b) == Some(a))
}

/// Roles, with a government counterparty as the customer of a contract.
fn roles_for(ctx: &Ctx, kind: DealKind, a: &str, c: &str, ra: Role, rc: Role) -> (Role, Role) {
    let gov = |x: &str| {
        ctx.by_id
            .get(x)
            .is_some_and(|co| co.kind == CompanyKind::Government)
    };
    if kind == DealKind::Contract {
        if gov(c) && !gov(a) {
            return (Role::Vendor, Role::Customer);
        }
        if gov(a) && !gov(c) {
            return (Role::Customer, Role::Vendor);
        }
    }
    (ra, rc)
}

/// Where each (kind, sorted party ids) already is in the article's deals.
type Merged = HashMap<(DealKind, Vec<String>), usize>;

/// Adds `d` unless the same (kind, party set) is already there; then fills gaps.
fn merge(deals: &mut Vec<Deal>, merged: &mut Merged, d: Deal) {
    let mut ids: Vec<String> = d.party_ids().map(str::to_string).collect();
    ids.sort();
    match merged
        .get(&(d.kind, ids.clone()))
        .and_then(|&i| deals.get_mut(i))
    {
        Some(x) => {
            if x.amount.is_none() {
                x.amount = d.amount;
            }
            if x.date.is_none() {
                x.date = d.date;
            }
        }
        None => {
            merged.insert((d.kind, ids), deals.len());
            deals.push(d);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn merge_keeps_first_and_fills_gaps() {
        let mk = |trigger: &str, amount: Option<Amount>| Deal {
            id: "x".into(),
            kind: DealKind::Partnership,
            parties: vec![
                Party {
                    company: "a".into(),
                    role: None,
                },
                Party {
                    company: "b".into(),
                    role: None,
                },
            ],
            article: "t".into(),
            date: None,
            amount,
            status: Default::default(),
            evidence: String::new(),
            evidence_span: Span::default(),
            trigger: trigger.into(),
        };
        let mut deals = Vec::new();
        let mut merged = Merged::new();
        merge(&mut deals, &mut merged, mk("협력", None));
        let mut second = mk("제휴", Some(Amount::default()));
        second.parties.reverse();
        merge(&mut deals, &mut merged, second);
        assert_eq!(deals.len(), 1);
        assert_eq!(deals[0].trigger, "협력");
        assert!(deals[0].amount.is_some());
    }

    #[test]
    fn overlong_sentences_are_cut_at_spaces() {
        let text: Vec<char> = "가나 ".repeat(1_000).chars().collect();
        let spans = bounded(
            &[
                Span { start: 0, end: 10 },
                Span {
                    start: 10,
                    end: text.len() as u32,
                },
            ],
            &text,
        );
        assert_eq!(spans[0], Span { start: 0, end: 10 });
        assert_eq!(spans.last().map(|s| s.end), Some(text.len() as u32));
        for w in spans.windows(2) {
            assert_eq!(w[0].end, w[1].start, "pieces are contiguous");
        }
        for s in &spans[1..] {
            let len = (s.end - s.start) as usize;
            assert!(len <= MAX_SENTENCE_CHARS, "{s:?}");
        }
        for s in &spans[1..spans.len() - 1] {
            assert_eq!(text[s.end as usize - 1], ' ', "cut after a space: {s:?}");
        }
        // No space at all: cut at the limit.
        let solid: Vec<char> = "가".repeat(2_500).chars().collect();
        let spans = bounded(
            &[Span {
                start: 0,
                end: 2_500,
            }],
            &solid,
        );
        let lens: Vec<u32> = spans.iter().map(|s| s.end - s.start).collect();
        assert_eq!(lens, [1_000, 1_000, 500]);
    }

    use crate::model::Amount;
}
