//! Guards against quadratic blow-ups: long adversarial inputs (about 50,000 characters of
//! repeated particles, brackets, digits, company names, triggers, one endless sentence or
//! thousands of short ones) through every extraction entry point must finish.
//!
//! This is a guard, not a benchmark: each input runs in its own thread and the test fails only
//! if it has not finished after [`GUARD`], a bound hundreds of times what linear work takes in
//! a debug build. Quadratic work on these inputs (2.5e9 steps and more) blows far past it; the
//! bound is never used to compare speeds. Each case also checks the outputs stay in the text.

use std::sync::mpsc;
use std::time::Duration;

use corpus::ingest::{article_from_text, clean, normalize, sentences};
use corpus::model::Article;
use corpus::{amount, date, deals, mentions, pipeline};

mod shared_kb;
use shared_kb::{gazetteer, kb};

/// How long one input may take before it counts as a blow-up (not a timing assertion).
const GUARD: Duration = Duration::from_secs(120);

/// Characters per adversarial input.
const N: usize = 50_000;

/// `unit` repeated until the text has at least `N` characters.
fn repeat(unit: &str) -> String {
    let n = unit.chars().count().max(1);
    unit.repeat(N.div_ceil(n))
}

/// The adversarial inputs, named.
fn inputs() -> Vec<(&'static str, String)> {
    vec![
        ("particles", repeat("가")),
        ("particle chain", repeat("으로부터의에게는도만")),
        ("open brackets", repeat("(")),
        ("close brackets", repeat(")")),
        ("nested quotes", repeat("“[「(")),
        ("digits", repeat("1")),
        ("digits and commas", repeat("1,")),
        ("digits with units", repeat("100억")),
        ("money words", repeat("수조원대 ")),
        ("tilde ranges", repeat("1~")),
        ("dates", repeat("2024년 3월 ")),
        ("relative dates", repeat("지난달 ")),
        ("company names glued", repeat("KT")),
        ("companies with particles", repeat("KT와 ")),
        (
            "one endless sentence",
            repeat("KT가 마이크로소프트와 손잡고 AWS에 투자하며 "),
        ),
        (
            "a list of partners",
            repeat("네이버클라우드, 삼성SDS, LG CNS, "),
        ),
        ("thousands of sentences", repeat("KT가 MS와 협력했다. ")),
        ("coreference", repeat("양사는 두 회사는 계약을 맺었다 ")),
        ("unknown organisations", repeat("가나다클라우드와 ")),
        ("people", repeat("김기자 기자 ")),
        ("dots", repeat(".")),
        ("newlines", repeat("\n")),
        ("boilerplate lines", repeat("답글 남기기\n")),
        ("bylines", repeat("[테크뉴스=김기자 기자] ")),
        ("latin words", repeat("cloud ")),
        ("combining marks", repeat("a\u{0301}")),
    ]
}

/// Every entry point on one text; panics (failing the test) if an output leaves the text.
fn run_all(text: &str) {
    let normal = normalize::normalize(text);
    let cleaned = clean::clean(&normal);
    let n = cleaned.text.chars().count() as u32;
    assert!(sentences::split(&cleaned.text).iter().all(|s| s.end <= n));
    assert!(amount::find_amounts(text)
        .iter()
        .all(|m| m.end <= text.len()));
    let published = date::parse_pub_date("2024-07-15");
    assert!(date::find_dates(text, published)
        .iter()
        .all(|m| m.end <= text.len()));

    let article = article_from_text("long", text);
    extract(&article);
    // Extraction must also cope with an article that skipped ingestion (no sentences).
    let mut raw = article_from_text("raw", "");
    raw.text = text.to_string();
    extract(&raw);

    let ds = pipeline::build_from_articles(vec![article], kb());
    assert_eq!(ds.articles.len(), 1);
}

fn extract(article: &Article) {
    let n = article.text.chars().count() as u32;
    let found = mentions::find_with(gazetteer(), kb(), article);
    assert!(found.mentions.iter().all(|m| m.span.end <= n));
    let mut companies = kb().companies.clone();
    companies.extend(found.discovered.iter().cloned());
    let deals = deals::extract_deals(article, &found.mentions, &companies);
    assert!(deals.iter().all(|d| d.evidence_span.end <= n));
}

#[test]
fn long_adversarial_inputs_finish() {
    // Warm the shared data up front so the first case does not pay for it.
    let _ = gazetteer();
    for (name, text) in inputs() {
        let (tx, rx) = mpsc::channel();
        let worker = std::thread::spawn(move || {
            run_all(&text);
            let _ = tx.send(());
        });
        match rx.recv_timeout(GUARD) {
            Ok(()) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => {
                // The worker panicked: surface its message.
                if let Err(e) = worker.join() {
                    std::panic::resume_unwind(e);
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {
                panic!("`{name}` ({N} chars) did not finish within {GUARD:?}: super-linear work?")
            }
        }
    }
}
