//! Build script: runs the corpus pipeline on `seeds/` natively and embeds the result.
//!
//! Writes `$OUT_DIR/dataset.bin` (postcard). A bad seed stops the build with a message naming
//! the file and line; recoverable problems are shown as cargo warnings. Never a panic trace.

use std::path::PathBuf;

fn main() {
    let root = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default());
    let seeds = std::env::var_os("EXPLORER_SEEDS")
        .map(PathBuf::from)
        .unwrap_or_else(|| root.join("seeds"));
    println!("cargo:rerun-if-env-changed=EXPLORER_SEEDS");
    println!("cargo:rerun-if-changed={}", seeds.display());
    println!("cargo:rerun-if-changed=crates/corpus/data");
    if let Ok(entries) = std::fs::read_dir(&seeds) {
        for entry in entries.flatten() {
            println!("cargo:rerun-if-changed={}", entry.path().display());
        }
    }
    println!("cargo:rerun-if-env-changed=EXPLORER_SYNTHETIC");
    let synthetic = std::env::var("EXPLORER_SYNTHETIC").ok();
    let (dataset, warnings) = match synthetic.as_deref().map(str::parse::<usize>) {
        // A generated corpus of that many companies, to try the explorer at size.
        Some(Ok(companies)) => (corpus::synthetic::dataset(companies), Vec::new()),
        Some(Err(_)) => fail("EXPLORER_SYNTHETIC must be a number of companies"),
        None => match corpus::pipeline::build(&seeds) {
            Ok(built) => built,
            Err(err) => fail(&format!("corpus pipeline failed: {err}")),
        },
    };
    for w in &warnings {
        println!("cargo:warning={w}");
    }
    let bytes = match corpus::codec::encode(&dataset) {
        Ok(b) => b,
        Err(err) => fail(&format!("cannot encode the dataset: {err}")),
    };
    let out = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default()).join("dataset.bin");
    if let Err(err) = std::fs::write(&out, bytes) {
        fail(&format!("{}: {err}", out.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    println!("cargo:warning={message}");
    std::process::exit(1);
}
