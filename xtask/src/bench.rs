//! `cargo xtask bench`: builds the app per corpus size and prints one table.
//!
//! For each size: a corpus (the seeds for 5, else `gen-corpus` output under `target/bench/`),
//! extraction timed in a release child process (`extract-stats`, peak memory from VmHWM),
//! `trunk build --release` into its own dist, then `tests/bench/browser.mjs` for payload,
//! start-up, interaction and memory in headless Chromium, ours and the itemsjs peer side by
//! side. Timings are reported, never asserted.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use crate::table;

pub struct Options {
    pub sizes: Vec<usize>,
    pub runs: usize,
    pub seed: u64,
    pub quick: bool,
}

/// Measurements of one size, as `key → value` (values as printed by the child tools).
pub type Metrics = HashMap<String, String>;

pub fn run(opts: &Options) -> Result<(), String> {
    let root = workspace_root();
    let work = root.join("target").join("bench");
    std::fs::create_dir_all(&work).map_err(|e| format!("{}: {e}", work.display()))?;
    eprintln!("bench: building the release xtask (extraction is timed in release)");
    run_cmd(
        Command::new("cargo")
            .args(["build", "--release", "--quiet", "-p", "xtask"])
            .current_dir(&root),
    )?;
    let xtask = root.join("target").join("release").join("xtask");
    let mut results: Vec<(usize, Metrics)> = Vec::new();
    for &size in &opts.sizes {
        eprintln!("bench: size {size}");
        let mut m = Metrics::new();
        let corpus = corpus_dir(&root, &work, size, opts.seed)?;
        let records = work.join(format!("records-{size}.json"));
        let blob = work.join(format!("dataset-{size}.bin"));
        let out = capture(
            Command::new(&xtask)
                .arg("extract-stats")
                .arg(&corpus)
                .arg("--records")
                .arg(&records)
                .arg("--blob")
                .arg(&blob),
        )?;
        m.extend(parse_pairs(&out));
        let filter_bench = capture(
            Command::new("cargo")
                .args(["bench", "--quiet", "-p", "corpus", "--bench", "filter"])
                .env("CORPUS_BENCH_BLOB", &blob)
                .current_dir(&root),
        )?;
        eprint!("{filter_bench}");
        m.extend(parse_pairs(&filter_bench));

        let dist = work.join(format!("dist-{size}"));
        let mut trunk = Command::new("trunk");
        trunk
            .args(["build", "--release", "--dist"])
            .arg(&dist)
            .current_dir(&root);
        if corpus != root.join("seeds") {
            trunk.env("EXPLORER_SEEDS", &corpus);
        }
        let started = Instant::now();
        run_cmd(&mut trunk)?;
        m.insert(
            "build_s".into(),
            format!("{:.1}", started.elapsed().as_secs_f64()),
        );

        let mut node = Command::new("node");
        node.arg(root.join("tests").join("bench").join("browser.mjs"))
            .arg("--dist")
            .arg(&dist)
            .arg("--records")
            .arg(&records)
            .arg("--blob")
            .arg(blob.with_extension("core.bin"))
            .arg("--runs")
            .arg(opts.runs.to_string())
            .current_dir(&root);
        if opts.quick {
            node.arg("--quick");
        }
        m.extend(parse_pairs(&capture(&mut node)?));
        results.push((size, m));
    }
    println!("{}", table::render(&results, &machine()));
    Ok(())
}

/// The seeds for size 5 (when there are five), else a generated corpus of `size` articles.
fn corpus_dir(root: &Path, work: &Path, size: usize, seed: u64) -> Result<PathBuf, String> {
    let seeds = root.join("seeds");
    let seed_count = std::fs::read_dir(&seeds)
        .map(|d| {
            d.flatten()
                .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
                .count()
        })
        .unwrap_or(0);
    if size == seed_count {
        return Ok(seeds);
    }
    let dir = work.join(format!("corpus-{size}-seed{seed}"));
    if !dir.join("catalog.toml").exists() {
        crate::gen::write_corpus(
            &crate::gen::Options {
                articles: size,
                seed,
            },
            &dir,
        )?;
    }
    Ok(dir)
}

fn workspace_root() -> PathBuf {
    let manifest = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    manifest.parent().map(Path::to_path_buf).unwrap_or(manifest)
}

/// "2 × Intel(R) Xeon(R) ..." from nproc and /proc/cpuinfo.
fn machine() -> String {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let model = std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("model name"))
                .and_then(|l| l.split_once(':'))
                .map(|(_, v)| v.trim().to_string())
        })
        .unwrap_or_else(|| "unknown CPU".into());
    format!("{cores} cores, {model}")
}

fn run_cmd(cmd: &mut Command) -> Result<(), String> {
    let status = cmd
        .status()
        .map_err(|e| format!("{:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", cmd.get_program()))
    }
}

/// Runs `cmd` with stderr passed through and returns its stdout.
fn capture(cmd: &mut Command) -> Result<String, String> {
    let out = cmd
        .stderr(std::process::Stdio::inherit())
        .output()
        .map_err(|e| format!("{:?}: {e}", cmd.get_program()))?;
    if !out.status.success() {
        return Err(format!("{:?} failed ({})", cmd.get_program(), out.status));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// `key value` lines (exactly two words, the key in `[a-z0-9_]`); anything else is ignored.
pub fn parse_pairs(text: &str) -> Metrics {
    text.lines()
        .filter_map(|l| {
            let mut words = l.split_whitespace();
            let (key, value) = (words.next()?, words.next()?);
            let is_key = key
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            (is_key && words.next().is_none()).then(|| (key.to_string(), value.to_string()))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs_skip_noise() {
        let m = parse_pairs("deals 12\nnot a pair line!\nextract_ms 3\n");
        assert_eq!(m.get("deals").map(String::as_str), Some("12"));
        assert_eq!(m.get("extract_ms").map(String::as_str), Some("3"));
        assert!(!m.contains_key("not"));
    }
}
