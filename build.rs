//! Build script: runs the corpus pipeline on `seeds/` natively and embeds the result.
//!
//! Splits the dataset (`corpus::split`): the core goes to `$OUT_DIR/core.bin` (postcard,
//! embedded by `src/data.rs`); the article-text chunks go to
//! `<cargo target dir>/explorer-chunks/<chunk set>/<name>.bin`, where the trunk post-build hook
//! picks the set whose name occurs in the built wasm and copies it to `dist/data/`. A bad seed
//! stops the build with a message naming the file and line; recoverable problems are shown as
//! cargo warnings. Never a panic trace.

use std::path::{Path, PathBuf};

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
    let split = match corpus::split::split(dataset) {
        Ok(s) => s,
        Err(err) => fail(&format!("cannot split the dataset: {err}")),
    };
    let bytes = match corpus::split::encode_core(&split.core) {
        Ok(b) => b,
        Err(err) => fail(&format!("cannot encode the dataset: {err}")),
    };
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let out = out_dir.join("core.bin");
    if let Err(err) = std::fs::write(&out, bytes) {
        fail(&format!("{}: {err}", out.display()));
    }
    let set = chunk_root(&out_dir).join(&split.core.text.chunk_set);
    write_chunks(&set, &split.chunks);
}

/// `<target dir>/explorer-chunks`. `$OUT_DIR` is `<target>/[<triple>/]<profile>/build/<pkg>/out`;
/// `$CARGO_TARGET_DIR` or `<workspace>/target` if it has another shape.
fn chunk_root(out_dir: &Path) -> PathBuf {
    let triple = std::env::var("TARGET").unwrap_or_default();
    let above_profile = out_dir.ancestors().nth(4);
    let target = match above_profile {
        Some(dir) if dir.file_name().is_some_and(|n| *n == *triple) => dir.parent(),
        other => other,
    }
    .filter(|_| out_dir.ancestors().nth(2).and_then(Path::file_name) == Some("build".as_ref()))
    .map(Path::to_path_buf)
    .or_else(|| std::env::var_os("CARGO_TARGET_DIR").map(PathBuf::from))
    .unwrap_or_else(|| {
        PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").unwrap_or_default()).join("target")
    });
    target.join("explorer-chunks")
}

/// Writes the chunk files of one set (content-named, so rewriting is harmless), then a
/// `complete` marker listing them, which the post-build hook checks.
fn write_chunks(set: &Path, chunks: &[(String, Vec<u8>)]) {
    if let Err(err) = std::fs::create_dir_all(set) {
        fail(&format!("{}: {err}", set.display()));
    }
    let mut list = String::new();
    for (name, bytes) in chunks {
        let path = set.join(format!("{name}.bin"));
        let same = std::fs::metadata(&path).is_ok_and(|m| m.len() == bytes.len() as u64);
        if !same {
            if let Err(err) = std::fs::write(&path, bytes) {
                fail(&format!("{}: {err}", path.display()));
            }
        }
        list.push_str(name);
        list.push('\n');
    }
    let marker = set.join("complete");
    if let Err(err) = std::fs::write(&marker, list) {
        fail(&format!("{}: {err}", marker.display()));
    }
}

fn fail(message: &str) -> ! {
    eprintln!("error: {message}");
    println!("cargo:warning={message}");
    std::process::exit(1);
}
