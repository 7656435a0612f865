//! `cargo xtask extract-stats DIR`: the pipeline once, timed, with this process's peak memory.
//!
//! Runs in a child process of `bench` so that `VmHWM` (from `/proc/self/status`) is the peak
//! resident memory of extraction alone. Prints `key value` lines on stdout. With `--records`,
//! also writes the deals as flat JSON records, the input of the itemsjs peer; with `--blob`,
//! the embedded postcard blob (to measure its gzipped size).

use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::time::Instant;

use corpus::Dataset;

pub fn stats(
    dir: &Path,
    records: Option<PathBuf>,
    blob_out: Option<PathBuf>,
) -> Result<(), String> {
    let start = Instant::now();
    let (dataset, warnings) = corpus::pipeline::build(dir).map_err(|e| e.to_string())?;
    let blob = corpus::codec::encode(&dataset).map_err(|e| e.to_string())?;
    let elapsed = start.elapsed();
    println!("extract_ms {}", elapsed.as_millis());
    println!("articles {}", dataset.articles.len());
    println!("deals {}", dataset.deals.len());
    println!("companies {}", dataset.companies.len());
    println!("mentions {}", dataset.mentions.len());
    println!("warnings {}", warnings.len());
    // What the wasm embeds is the core; the texts are in lazily loaded chunks.
    let split = corpus::split::split(dataset.clone()).map_err(|e| e.to_string())?;
    let core = corpus::split::encode_core(&split.core).map_err(|e| e.to_string())?;
    println!("blob_bytes {}", core.len());
    println!("dataset_bytes {}", blob.len());
    println!("chunk_count {}", split.chunks.len());
    let chunk_bytes: usize = split.chunks.iter().map(|(_, b)| b.len()).sum();
    println!("chunk_bytes {chunk_bytes}");
    // The browser's start-up work, natively: decode the core, then index it.
    let t = Instant::now();
    let decoded = corpus::split::decode_core(&core).map_err(|e| e.to_string())?;
    println!("core_decode_ms {:.1}", t.elapsed().as_secs_f64() * 1000.0);
    let t = Instant::now();
    let index = corpus::filter::Index::from_core(decoded);
    println!("from_core_ms {:.1}", t.elapsed().as_secs_f64() * 1000.0);
    drop(index);
    let text: usize = dataset.articles.iter().map(|a| a.text.len()).sum();
    println!("text_bytes {text}");
    match peak_rss_kb() {
        Some(kb) => println!("vmhwm_kb {kb}"),
        None => eprintln!("extract-stats: /proc/self/status has no VmHWM"),
    }
    if let Some(path) = blob_out {
        std::fs::write(&path, &blob).map_err(|e| format!("{}: {e}", path.display()))?;
        let core_path = path.with_extension("core.bin");
        std::fs::write(&core_path, &core).map_err(|e| format!("{}: {e}", core_path.display()))?;
    }
    if let Some(path) = records {
        std::fs::write(&path, records_json(&dataset))
            .map_err(|e| format!("{}: {e}", path.display()))?;
    }
    Ok(())
}

/// Peak resident set size of this process, in KiB (Linux only).
fn peak_rss_kb() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

/// The deals as the peer sees them: one flat object per deal with the same facets and the
/// same searchable text (party names in every script, evidence, kind) as ours.
fn records_json(ds: &Dataset) -> String {
    let companies: std::collections::HashMap<&str, &corpus::Company> =
        ds.companies.iter().map(|c| (c.id.as_str(), c)).collect();
    let mut out = String::from("[");
    for (i, d) in ds.deals.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        let parties: Vec<&corpus::Company> = d
            .party_ids()
            .filter_map(|p| companies.get(p).copied())
            .collect();
        let mut names: Vec<&str> = Vec::new();
        let mut countries: Vec<&str> = Vec::new();
        let mut sectors: Vec<&str> = Vec::new();
        for c in &parties {
            names.push(&c.name);
            names.extend(c.name_ko.as_deref());
            names.extend(c.aliases.iter().map(String::as_str));
            countries.extend(c.country.as_deref());
            sectors.extend(c.sectors.iter().map(String::as_str));
        }
        countries.sort_unstable();
        countries.dedup();
        sectors.sort_unstable();
        sectors.dedup();
        let ids: Vec<&str> = d.party_ids().collect();
        let _ = write!(
            out,
            "{{\"id\":{},\"kind\":{},\"status\":{},\"company\":{},\"country\":{},\"sector\":{},\"year\":{},\"article\":{},\"usd\":{},\"names\":{},\"evidence\":{}}}",
            json_str(&d.id),
            json_str(d.kind.id()),
            json_str(d.status.id()),
            json_list(&ids),
            json_list(&countries),
            json_list(&sectors),
            d.date.as_ref().map_or("null".to_string(), |x| x.year.to_string()),
            json_str(&d.article),
            d.amount.as_ref().and_then(|a| a.usd).filter(|u| u.is_finite()).map_or("null".to_string(), |u| u.to_string()),
            json_str(&names.join(" ")),
            json_str(&d.evidence),
        );
    }
    out.push(']');
    out
}

fn json_list(items: &[&str]) -> String {
    let inner: Vec<String> = items.iter().map(|s| json_str(s)).collect();
    format!("[{}]", inner.join(","))
}

fn json_str(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_strings_are_escaped() {
        assert_eq!(json_str("a\"b\\c\nd"), "\"a\\\"b\\\\c\\u000ad\"");
        assert_eq!(json_list(&["x", "한"]), "[\"x\",\"한\"]");
    }

    #[test]
    fn peak_memory_is_readable_here() {
        assert!(peak_rss_kb().is_some_and(|kb| kb > 0));
    }
}
