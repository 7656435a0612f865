//! Filter + facet-count latency of the pure crate, natively: `cargo bench -p corpus`.
//!
//! A hand-rolled harness (`harness = false`): criterion's compile time is too much on a
//! two-core machine for one number. Reads the dataset from `$CORPUS_BENCH_BLOB` (a postcard
//! blob, as `cargo xtask bench` writes for each size) or else runs the pipeline on the repo's
//! `seeds/`. For each view: warm-up, then the median and slowest of `ITERATIONS` runs of
//! `filter()`, plus the first run (which also fills the index's stored sort orders). Prints a
//! table (lines starting `#`) and, last, `filter_worst_median_ms <x>` — the slowest view's
//! median, the number the budget is about. Reports only; it asserts nothing about speed.
//! `$CORPUS_BENCH_VIEWS` (views as listed below, separated by spaces) keeps only those and
//! `$CORPUS_BENCH_ITERATIONS` sets the runs per view, for profiling one view at a time.

use std::path::PathBuf;
use std::time::Instant;

use corpus::filter::{filter, Index};

/// Timed runs per view unless `$CORPUS_BENCH_ITERATIONS` says otherwise.
const ITERATIONS: usize = 30;
const WARM_UP: usize = 3;

/// Views typed and clicked by users: Korean, English, 초성, several terms, facets.
const VIEWS: &[&str] = &[
    "deals",
    "deals?q=마이크로소프트",
    "deals?q=마이크로소프트와",
    "deals?q=aws",
    "deals?q=ㅋㅌ",
    "deals?q=ㅁ",
    "deals?q=클라우드%20투자",
    "deals?q=누리",
    "deals?q=m",
    "deals?q=kt",
    "deals?q=클",
    "deals?q=cloud%20data",
    "deals?kind=investment",
    "deals?kind=partnership,-lease&status=planned",
    "deals?company=microsoft",
    "deals?company=microsoft,kt&match=all",
    "deals?country=KR&sector=cloud",
    "deals?from=2020&to=2022&min=1000000",
    "deals?q=클라우드&kind=contract&sort=amount",
    "deals?company=microsoft&kind=investment,contract",
    "deals?sort=-amount",
    "companies",
    "companies?q=클라우드",
    "companies?sort=name",
    "companies?kind=investment&sort=-deals",
];

fn main() {
    let dataset = match std::env::var_os("CORPUS_BENCH_BLOB") {
        Some(path) => {
            let bytes = std::fs::read(&path).unwrap_or_else(|e| {
                eprintln!("error: {}: {e}", PathBuf::from(&path).display());
                std::process::exit(1);
            });
            corpus::codec::decode(&bytes).unwrap_or_else(|e| {
                eprintln!("error: {}: {e}", PathBuf::from(&path).display());
                std::process::exit(1);
            })
        }
        None => {
            let seeds = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../seeds");
            match corpus::pipeline::build(&seeds) {
                Ok((ds, _)) => ds,
                Err(e) => {
                    eprintln!("error: {e}");
                    std::process::exit(1);
                }
            }
        }
    };
    let deals = dataset.deals.len();
    // The browser's start-up work: decode the embedded core, build the index.
    let core = corpus::split::split(dataset)
        .and_then(|s| corpus::split::encode_core(&s.core))
        .unwrap_or_else(|e| {
            eprintln!("error: cannot split the dataset: {e}");
            std::process::exit(1);
        });
    let started = Instant::now();
    let index = match corpus::split::decode_core(&core) {
        Ok(core) => Index::from_core(core),
        Err(e) => {
            eprintln!("error: core: {e}");
            std::process::exit(1);
        }
    };
    let index_ms = ms(started);
    println!(
        "# filter bench: {deals} deals; core {} bytes; decode + Index::from_core {index_ms:.1} ms",
        core.len()
    );
    println!(
        "# {:<46} {:>9} {:>9} {:>9} {:>7}",
        "view", "median", "max", "first", "rows"
    );
    let iterations = std::env::var("CORPUS_BENCH_ITERATIONS")
        .ok()
        .and_then(|n| n.parse::<usize>().ok())
        .filter(|n| *n > 0)
        .unwrap_or(ITERATIONS);
    let only = std::env::var("CORPUS_BENCH_VIEWS").unwrap_or_default();
    let wanted = |fragment: &str| only.is_empty() || only.split_whitespace().any(|v| v == fragment);
    let mut worst: f64 = 0.0;
    for fragment in VIEWS.iter().filter(|f| wanted(f)) {
        let view = corpus::url::decode(fragment).view;
        let t = Instant::now();
        let mut rows = filter(&index, &view).deals.len();
        let first = ms(t);
        for _ in 0..WARM_UP {
            rows = filter(&index, &view).deals.len();
        }
        let mut times: Vec<f64> = (0..iterations)
            .map(|_| {
                let t = Instant::now();
                std::hint::black_box(filter(&index, std::hint::black_box(&view)));
                ms(t)
            })
            .collect();
        times.sort_by(f64::total_cmp);
        let median = times[times.len() / 2];
        worst = worst.max(median);
        println!(
            "# {fragment:<46} {median:>6.2} ms {:>6.2} ms {first:>6.2} ms {rows:>7}",
            times[times.len() - 1]
        );
    }
    println!(
        "# filter structures (evidence text, sort orders used): {:.1} MB",
        index.filter_heap_bytes() as f64 / 1e6
    );
    println!("index_ms {index_ms:.1}");
    println!("filter_worst_median_ms {worst:.2}");
}

fn ms(since: Instant) -> f64 {
    since.elapsed().as_secs_f64() * 1000.0
}
