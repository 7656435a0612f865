//! The `corpus export` binary on each malformed seed of the decision table in `ingest/mod.rs`:
//! either exit 1 with `error: FILE:LINE: ...`, or exit 0 with a `warning:` naming the file and
//! the rest of the corpus exported. Never a panic or a backtrace, never an article dropped
//! without a word.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

mod tempdir;
use tempdir::TempDir;

const GOOD: &str = "KT가 마이크로소프트와 클라우드 사업에서 손잡았다. 두 회사는 협력한다.\n";

fn utf16le(text: &str) -> Vec<u8> {
    [0xFF, 0xFE]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect()
}

/// Runs `corpus export DIR` with backtraces requested, so a panic would show one.
fn export(dir: &Path) -> (Output, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_corpus"))
        .arg("export")
        .arg(dir)
        .env("RUST_BACKTRACE", "1")
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    assert!(!stderr.contains("panicked"), "a panic: {stderr}");
    assert!(
        !stderr.contains("RUST_BACKTRACE"),
        "a backtrace hint: {stderr}"
    );
    assert!(!stderr.contains("stack backtrace"), "a backtrace: {stderr}");
    (out, stderr)
}

/// A directory with one good article and `name` holding `bytes`: must fail naming `where_`.
fn assert_error(case: &str, name: &str, bytes: &[u8], where_: &str) {
    let dir = TempDir::new(case);
    dir.write("good.txt", GOOD).write(name, bytes);
    let (out, stderr) = export(dir.path());
    assert_eq!(out.status.code(), Some(1), "{case}: {stderr}");
    assert!(out.stdout.is_empty(), "{case}: no partial output on error");
    let first = stderr.lines().next().unwrap_or("");
    assert!(
        first.starts_with("error: ") && first.contains(where_),
        "{case}: expected `error: ...{where_}...`, got {stderr}"
    );
}

/// Runs the export and checks every `.txt` file is exported or named in a warning.
fn assert_nothing_lost(case: &str, dir: &TempDir) -> (Value, String) {
    let (out, stderr) = export(dir.path());
    assert_eq!(out.status.code(), Some(0), "{case}: {stderr}");
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    let ids = article_ids(&v);
    for entry in std::fs::read_dir(dir.path()).unwrap() {
        let name = entry.unwrap().file_name().to_string_lossy().into_owned();
        let Some(stem) = name.strip_suffix(".txt") else {
            continue;
        };
        let warned = stderr
            .lines()
            .any(|l| l.starts_with("warning: ") && l.contains(&name));
        assert!(
            ids.contains(&stem) || warned,
            "{case}: {name} neither exported nor warned about: {stderr}"
        );
    }
    assert!(ids.contains(&"good"), "{case}: the rest is built");
    (v, stderr)
}

fn warned(stderr: &str, file: &str, words: &str) -> bool {
    stderr
        .lines()
        .any(|l| l.starts_with("warning: ") && l.contains(file) && l.contains(words))
}

#[test]
fn invalid_utf8_is_an_error_naming_file_and_line() {
    assert_error(
        "utf8",
        "euc-kr.txt",
        b"first line\n\xC7\xD1\xB1\xDB line two\n",
        "euc-kr.txt:2:",
    );
}

#[test]
fn binary_junk_is_an_error_naming_file_and_line() {
    let junk: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 251) as u8).collect();
    assert_error("junk", "junk.txt", &junk, "junk.txt:1:");
    assert_error(
        "png",
        "image.txt",
        b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR",
        "image.txt:3:",
    );
}

#[test]
fn utf16_without_bom_and_broken_utf16_are_errors() {
    let no_bom: Vec<u8> = "기사\n본문"
        .encode_utf16()
        .flat_map(u16::to_le_bytes)
        .collect();
    // The NUL after the first `\n` byte: line 2.
    assert_error("utf16-nobom", "wide.txt", &no_bom, "wide.txt:2:");
    let lone = [0xFF, 0xFE, b'a', 0, b'\n', 0, 0x00, 0xD8, b'b', 0];
    assert_error("utf16-bad", "lone.txt", &lone, "lone.txt:2:");
}

#[test]
fn a_broken_catalog_is_an_error_naming_its_line() {
    let dir = TempDir::new("catalog");
    dir.write("good.txt", GOOD)
        .write("catalog.toml", "[\"good\"]\ntitle = \"ok\"\ndate = 2024\n");
    let (out, stderr) = export(dir.path());
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("catalog.toml:3:"), "{stderr}");
}

#[test]
fn utf16_with_bom_is_built_with_a_warning() {
    let dir = TempDir::new("utf16");
    dir.write("good.txt", GOOD).write(
        "wide.txt",
        utf16le("네이버클라우드가 삼성SDS와 계약을 맺었다.\n"),
    );
    let (v, stderr) = assert_nothing_lost("utf16", &dir);
    assert!(warned(&stderr, "wide.txt", "UTF-16"), "{stderr}");
    let wide = v["articles"]
        .as_array()
        .unwrap()
        .iter()
        .find(|a| a["id"] == "wide")
        .expect("the UTF-16 article is kept");
    assert!(wide["text"].as_str().unwrap().contains("네이버클라우드"));
}

#[test]
fn recoverable_cases_warn_and_build_the_rest() {
    let dir = TempDir::new("warn");
    dir.write("good.txt", GOOD)
        .write("empty.txt", "")
        .write("blank.txt", " \n\t\r\n")
        .write("later-copy.txt", GOOD)
        .write("notes.md", "# notes")
        .write("data.csv", "a,b\n")
        .write("picture.jpg", b"\xFF\xD8\xFF\xE0\0\x10JFIF")
        .write(
            "catalog.toml",
            "[\"good\"]\ndate = \"2024-07-15\"\n\n[\"ghost\"]\ntitle = \"없는 기사\"\n",
        );
    let (v, stderr) = assert_nothing_lost("warn", &dir);
    assert!(warned(&stderr, "empty.txt", "empty"), "{stderr}");
    assert!(warned(&stderr, "blank.txt", "empty"), "{stderr}");
    // The first id in sort order is kept, the other named.
    assert!(
        warned(&stderr, "later-copy.txt", "same text as article `good`"),
        "{stderr}"
    );
    for other in ["notes.md", "data.csv", "picture.jpg"] {
        assert!(warned(&stderr, other, "not a .txt"), "{other}: {stderr}");
    }
    assert!(warned(&stderr, "catalog.toml:4:", "ghost"), "{stderr}");
    let ids = article_ids(&v);
    assert_eq!(ids, ["good"], "{stderr}");
}

#[test]
fn long_lines_and_large_files_are_built() {
    let dir = TempDir::new("large");
    // One line of 200,000 characters, and a file of several megabytes of distinct lines (the
    // 20 MB case is read by `ingest_read_dir`, and run through the release CLI by scripts/test).
    let line = "클라우드 사업을 확대한다 ".repeat(200_000 / 13);
    let mut big = String::new();
    let mut n = 0;
    while big.len() < 2 * 1024 * 1024 {
        big.push_str(&format!(
            "KT가 {n}번째 클라우드 계약을 맺었다. 금액은 {n}억원이다.\n"
        ));
        n += 1;
    }
    dir.write("good.txt", GOOD)
        .write("line.txt", &line)
        .write("big.txt", &big);
    let (v, stderr) = assert_nothing_lost("large", &dir);
    let ids = article_ids(&v);
    assert_eq!(ids, ["big", "good", "line"], "{stderr}");
}

/// The ids of the exported articles.
fn article_ids(v: &Value) -> Vec<&str> {
    v["articles"]
        .as_array()
        .expect("the export has an articles array")
        .iter()
        .filter_map(|a| a["id"].as_str())
        .collect()
}
