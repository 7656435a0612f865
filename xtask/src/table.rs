//! The benchmark table: one row per measurement, one column per corpus size.
//!
//! Values come as printed by the child tools; a missing one shows as `–`.

use crate::bench::Metrics;

/// The performance issue's budgets, by metric key (shown in the last column).
const BUDGETS: &[(&str, &str)] = &[
    ("extract_ms", "≤ 30 s at 10,000"),
    ("filter_worst_median_ms", "≤ 5 ms at 10,000"),
    ("gz_total_kb", "≤ 250 KB at 5"),
    ("startup_first_row_ms", "≤ 100 ms at 5, ≤ 300 ms at 10,000"),
    ("key_p95_ms", "≤ 16 ms"),
];

/// (label, metric key, unit suffix)
const ROWS: &[(&str, &str, &str)] = &[
    ("**corpus** deals / companies", "deals_companies", ""),
    (
        "**build** extraction (release, 1 process)",
        "extract_ms",
        " ms",
    ),
    ("extraction peak memory (VmHWM)", "vmhwm_mb", " MB"),
    ("embedded data: core (postcard, raw)", "blob_kb", " KB"),
    ("article texts: lazily loaded chunks (raw)", "chunks_kb", ""),
    ("`trunk build --release` (deps cached)", "build_s", " s"),
    (
        "**filter + facets**, native: slowest view's median",
        "filter_worst_median_ms",
        " ms",
    ),
    (
        "core decode + `Index::from_core` (start-up work), native",
        "index_ms",
        " ms",
    ),
    ("**payload, gzip** wasm (incl. data)", "gz_wasm_kb", " KB"),
    ("— of which embedded data", "gz_data_kb", " KB"),
    ("js", "gz_js_kb", " KB"),
    ("css (inlined in the html)", "gz_css_kb", " KB"),
    ("html (with the css)", "gz_html_kb", " KB"),
    ("total", "gz_total_kb", " KB"),
    (
        "**start-up** (median) → first deal row",
        "startup_first_row_ms",
        " ms",
    ),
    (
        "→ first deal row rendered by the app (not the prerendered copy)",
        "startup_app_row_ms",
        " ms",
    ),
    ("→ interactive", "startup_interactive_ms", " ms"),
    (
        "peer (itemsjs) → first row",
        "peer_startup_first_row_ms",
        " ms",
    ),
    ("ratio ours / peer", "ratio_startup", ""),
    (
        "floor: a static page, one row of Korean text → painted",
        "floor_startup_first_row_ms",
        " ms",
    ),
    (
        "**keystroke → results painted** (count, rows) median",
        "key_median_ms",
        " ms",
    ),
    ("p95", "key_p95_ms", " ms"),
    (
        "keystroke → whole view painted (filter panel, pictures) median / p95",
        "key_view",
        " ms",
    ),
    (
        "peer (rows and facets at once) median / p95",
        "peer_key",
        " ms",
    ),
    ("ratio ours (whole view) / peer (median)", "ratio_key", ""),
    (
        "floor: a keystroke that changes one number, median / p95",
        "floor_key",
        " ms",
    ),
    ("**facet click → painted** median / p95", "facet", " ms"),
    ("peer median / p95", "peer_facet", " ms"),
    (
        "**memory** wasm linear, after load",
        "wasm_mem_load_mb",
        " MB",
    ),
    (
        "wasm linear, after the sequence",
        "wasm_mem_after_mb",
        " MB",
    ),
    ("JS heap after load / after", "js_heap", " MB"),
    ("peer JS heap after load / after", "peer_js_heap", " MB"),
];

pub fn render(results: &[(usize, Metrics)], machine: &str) -> String {
    let mut out = String::new();
    out.push_str(&format!("Benchmark on {machine}\n\n| |"));
    for (size, _) in results {
        out.push_str(&format!(" {} articles |", thousands(*size)));
    }
    out.push_str(" budget |\n|---|");
    for _ in results {
        out.push_str("---:|");
    }
    out.push_str("---|\n");
    for (label, key, unit) in ROWS {
        out.push_str(&format!("| {label} |"));
        for (_, m) in results {
            let value = derived(m, key);
            match value {
                Some(v) => out.push_str(&format!(" {v}{unit} |")),
                None => out.push_str(" – |"),
            }
        }
        let budget = BUDGETS
            .iter()
            .find(|(k, _)| k == key)
            .map_or("", |(_, b)| b);
        out.push_str(&format!(" {budget} |\n"));
    }
    out
}

/// A metric, or one computed from others.
fn derived(m: &Metrics, key: &str) -> Option<String> {
    let num = |k: &str| m.get(k).and_then(|v| v.parse::<f64>().ok());
    let pair = |a: &str, b: &str| Some(format!("{} / {}", m.get(a)?, m.get(b)?));
    match key {
        "deals_companies" => pair("deals", "companies"),
        "vmhwm_mb" => num("vmhwm_kb").map(|kb| format!("{:.0}", kb / 1024.0)),
        "blob_kb" => num("blob_bytes").map(|b| format!("{:.0}", b / 1000.0)),
        "chunks_kb" => Some(format!(
            "{:.0} KB in {} file(s)",
            num("chunk_bytes")? / 1000.0,
            m.get("chunk_count")?
        )),
        "facet" => pair("facet_median_ms", "facet_p95_ms"),
        "key_view" => pair("key_view_median_ms", "key_view_p95_ms"),
        "peer_key" => pair("peer_key_median_ms", "peer_key_p95_ms"),
        "peer_facet" => pair("peer_facet_median_ms", "peer_facet_p95_ms"),
        "floor_key" => pair("floor_key_median_ms", "floor_key_p95_ms"),
        "js_heap" => pair("js_heap_load_mb", "js_heap_after_mb"),
        "peer_js_heap" => pair("peer_js_heap_load_mb", "peer_js_heap_after_mb"),
        "ratio_startup" => ratio(
            num("startup_first_row_ms")?,
            num("peer_startup_first_row_ms")?,
        ),
        "ratio_key" => ratio(num("key_view_median_ms")?, num("peer_key_median_ms")?),
        _ => m.get(key).cloned(),
    }
}

fn ratio(ours: f64, peer: f64) -> Option<String> {
    (peer > 0.0).then(|| format!("{:.2}", ours / peer))
}

fn thousands(n: usize) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn missing_values_show_as_dashes_and_budgets_stand_last() {
        let mut m = Metrics::new();
        m.insert("extract_ms".into(), "12".into());
        let t = render(&[(10_000, m)], "2 cores");
        assert!(t.contains("| 10,000 articles | budget |"));
        assert!(
            t.contains("| **build** extraction (release, 1 process) | 12 ms | ≤ 30 s at 10,000 |")
        );
        assert!(t.contains("| total | – | ≤ 250 KB at 5 |"));
        assert!(t.contains("| js | – |  |"));
    }
}
