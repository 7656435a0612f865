//! Gold evaluation: runs the real pipeline over the repository's `seeds/` and scores companies
//! and deals against the hand labels in `tests/gold/<article id>.toml`.
//!
//! Prints precision/recall/F1 per article and overall with every false positive and negative,
//! and fails below the targets. Labels are never adjusted to fit the output.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use corpus::kb::{is_media, KnowledgeBase};
use corpus::model::Dataset;
use serde::Deserialize;

const COMPANY_F1_TARGET: f64 = 0.95;
const DEAL_F1_TARGET: f64 = 0.85;

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct Gold {
    companies: Vec<String>,
    #[serde(default)]
    media: Vec<String>,
    #[serde(default)]
    deal: Vec<GoldDeal>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GoldDeal {
    kind: String,
    parties: Vec<String>,
    #[serde(default)]
    status: Option<String>,
}

#[derive(Debug, Default, Clone, Copy)]
struct Score {
    tp: usize,
    fp: usize,
    fn_: usize,
}

impl Score {
    fn add(&mut self, o: Score) {
        self.tp += o.tp;
        self.fp += o.fp;
        self.fn_ += o.fn_;
    }
    fn prf(&self) -> (f64, f64, f64) {
        let p = ratio(self.tp, self.tp + self.fp);
        let r = ratio(self.tp, self.tp + self.fn_);
        let f = if p + r == 0.0 {
            0.0
        } else {
            2.0 * p * r / (p + r)
        };
        (p, r, f)
    }
    fn line(&self) -> String {
        let (p, r, f) = self.prf();
        format!(
            "P {p:.3} R {r:.3} F1 {f:.3} (tp {} fp {} fn {})",
            self.tp, self.fp, self.fn_
        )
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

fn compare<T: Ord + Clone + std::fmt::Debug>(
    gold: &BTreeSet<T>,
    got: &BTreeSet<T>,
    what: &str,
) -> Score {
    let fp: Vec<&T> = got.difference(gold).collect();
    let fn_: Vec<&T> = gold.difference(got).collect();
    if !fp.is_empty() {
        println!("    {what} false positives: {fp:?}");
    }
    if !fn_.is_empty() {
        println!("    {what} false negatives: {fn_:?}");
    }
    Score {
        tp: gold.intersection(got).count(),
        fp: fp.len(),
        fn_: fn_.len(),
    }
}

type DealKey = (String, Vec<String>);

fn deal_key(kind: &str, parties: &[String]) -> DealKey {
    let mut p: Vec<String> = parties.to_vec();
    p.sort();
    p.dedup();
    (kind.to_string(), p)
}

fn manifest_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn load_gold() -> BTreeMap<String, Gold> {
    let dir = manifest_dir().join("tests").join("gold");
    let mut out = BTreeMap::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().and_then(|e| e.to_str()) != Some("toml") {
            continue;
        }
        let id = path.file_stem().unwrap().to_str().unwrap().to_string();
        let text = std::fs::read_to_string(&path).unwrap();
        let gold: Gold = toml::from_str(&text).unwrap_or_else(|e| panic!("{id}: {e}"));
        out.insert(id, gold);
    }
    out
}

fn build() -> Dataset {
    let seeds = manifest_dir().join("..").join("..").join("seeds");
    corpus::pipeline::build(&seeds).unwrap().0
}

#[test]
fn gold_companies_and_deals() {
    let kb = KnowledgeBase::builtin().unwrap();
    let gold = load_gold();
    assert_eq!(gold.len(), 5, "one gold file per seed article");
    let data = build();
    let media: BTreeSet<&str> = kb
        .companies
        .iter()
        .filter(|c| is_media(c))
        .map(|c| c.id.as_str())
        .collect();
    let (mut companies, mut deals, mut statuses) = (Score::default(), Score::default(), (0, 0));
    for (id, g) in &gold {
        assert!(
            data.articles.iter().any(|a| &a.id == id),
            "seed {id} missing from the pipeline output"
        );
        println!("{id}");
        let got_companies: BTreeSet<String> = data
            .mentions
            .iter()
            .filter(|m| &m.article == id && !media.contains(m.company.as_str()))
            .map(|m| m.company.clone())
            .collect();
        let gold_companies: BTreeSet<String> = g.companies.iter().cloned().collect();
        let c = compare(&gold_companies, &got_companies, "company");
        let got_media: BTreeSet<String> = data
            .mentions
            .iter()
            .filter(|m| &m.article == id && media.contains(m.company.as_str()))
            .map(|m| m.company.clone())
            .collect();
        let gold_media: BTreeSet<String> = g.media.iter().cloned().collect();
        compare(&gold_media, &got_media, "media (not scored)");

        let got_deals: BTreeMap<DealKey, String> = data
            .deals
            .iter()
            .filter(|d| &d.article == id)
            .map(|d| {
                let ids: Vec<String> = d.party_ids().map(str::to_string).collect();
                (deal_key(d.kind.id(), &ids), d.status.id().to_string())
            })
            .collect();
        let gold_deals: BTreeSet<DealKey> = g
            .deal
            .iter()
            .map(|d| deal_key(&d.kind, &d.parties))
            .collect();
        let got_keys: BTreeSet<DealKey> = got_deals.keys().cloned().collect();
        let d = compare(&gold_deals, &got_keys, "deal");
        for gd in &g.deal {
            if let (Some(want), Some(got)) =
                (&gd.status, got_deals.get(&deal_key(&gd.kind, &gd.parties)))
            {
                statuses.1 += 1;
                if want == got {
                    statuses.0 += 1;
                } else {
                    println!("    status of {:?}: want {want}, got {got}", gd.parties);
                }
            }
        }
        println!("  companies {}", c.line());
        println!("  deals     {}", d.line());
        companies.add(c);
        deals.add(d);
    }
    println!("OVERALL companies {}", companies.line());
    println!("OVERALL deals     {}", deals.line());
    println!("labelled statuses right: {}/{}", statuses.0, statuses.1);
    let (_, _, cf) = companies.prf();
    let (_, _, df) = deals.prf();
    assert!(
        cf >= COMPANY_F1_TARGET,
        "company F1 {cf:.3} < {COMPANY_F1_TARGET}"
    );
    assert!(df >= DEAL_F1_TARGET, "deal F1 {df:.3} < {DEAL_F1_TARGET}");
}

#[test]
fn gold_labels_use_known_ids_and_kinds() {
    let kb = KnowledgeBase::builtin().unwrap();
    for (id, g) in load_gold() {
        for c in g.companies.iter().chain(&g.media) {
            assert!(kb.get(c).is_some(), "{id}: unknown company id {c}");
        }
        for d in &g.deal {
            assert!(
                corpus::model::DealKind::from_id(&d.kind).is_some(),
                "{id}: unknown kind {}",
                d.kind
            );
            if let Some(s) = &d.status {
                assert!(corpus::model::DealStatus::from_id(s).is_some(), "{id}: {s}");
            }
        }
    }
}
