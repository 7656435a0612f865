//! The `corpus export` binary on a directory of small Korean articles nobody has seen.

use std::process::{Command, Output};

use serde_json::Value;

mod tempdir;
use tempdir::TempDir;

fn corpus(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_corpus"))
        .args(args)
        .output()
        .unwrap()
}

fn articles() -> TempDir {
    let dir = TempDir::new("articles");
    dir.write(
        "k1.txt",
        "네이버클라우드, 일본 통신사와 \"AI 동맹\"\n\n\
         [가상일보=박지민 기자] 네이버클라우드가 일본 통신사와 손잡고 1조 2000억원 규모의 \
         데이터센터를 짓는다. 두 회사는 지난달 계약을 맺었다.\n\n댓글0\n",
    )
    .write(
        "k2.txt",
        "삼성SDS가 지난해 클라우드 사업에서 수조원대 매출을 올렸다.회사는 올해도 성장을 \
         기대한다, 라고 밝혔다.\n글. 테스트미디어\n",
    )
    .write(
        "catalog.toml",
        "[\"k1\"]\ndate = \"2024-03-15\"\nurl = \"https://example.com/k1\"\n",
    )
    .write("stray.csv", "a,b\n");
    dir
}

#[test]
fn json_to_stdout_has_the_documented_shape() {
    let dir = articles();
    let out = corpus(&["export".as_ref(), dir.path().as_os_str()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: Value = serde_json::from_slice(&out.stdout).unwrap();
    for key in ["articles", "companies", "deals", "mentions"] {
        assert!(v[key].is_array(), "{key}");
    }
    let arts = v["articles"].as_array().unwrap();
    assert_eq!(arts.len(), 2);
    let k1 = &arts[0];
    for key in ["id", "title", "date", "outlet", "reporter", "url"] {
        assert!(k1.get(key).is_some(), "{key}");
    }
    assert_eq!(k1["id"], "k1");
    assert_eq!(k1["date"], "2024-03-15");
    assert_eq!(k1["url"], "https://example.com/k1");
    assert_eq!(k1["outlet"], "가상일보");
    assert_eq!(k1["reporter"], "박지민");
    assert_eq!(k1["title"], "네이버클라우드, 일본 통신사와 \"AI 동맹\"");
    assert_eq!(arts[1]["outlet"], "테스트미디어");
    assert_eq!(arts[1]["date"], Value::Null);
    // Deals, when any, carry the documented fields.
    for deal in v["deals"].as_array().unwrap() {
        for key in [
            "id",
            "kind",
            "parties",
            "roles",
            "article",
            "date",
            "amount",
            "status",
            "evidence",
            "evidence_start",
            "evidence_end",
            "trigger",
        ] {
            assert!(deal.get(key).is_some(), "deal.{key}");
        }
    }
    // The stray file is a warning on stderr in the documented form.
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr
            .lines()
            .any(|l| l.starts_with("warning: ") && l.contains("stray.csv")),
        "{stderr}"
    );
}

#[test]
fn csv_files_have_a_bom_and_rfc_4180_quoting() {
    let dir = articles();
    let out_dir = TempDir::new("csv-out");
    let target = out_dir.path().join("tables");
    let out = corpus(&[
        "export".as_ref(),
        dir.path().as_os_str(),
        "--format".as_ref(),
        "csv".as_ref(),
        "--out".as_ref(),
        target.as_os_str(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for name in ["articles.csv", "companies.csv", "deals.csv", "mentions.csv"] {
        let bytes = std::fs::read(target.join(name)).unwrap();
        assert!(bytes.starts_with(&[0xEF, 0xBB, 0xBF]), "{name} lacks a BOM");
    }
    let articles = std::fs::read_to_string(target.join("articles.csv")).unwrap();
    let mut lines = articles.trim_start_matches('\u{FEFF}').split("\r\n");
    assert!(lines
        .next()
        .unwrap()
        .starts_with("id,title,date,outlet,reporter,url"));
    // The title has a comma and quotes: quoted, quotes doubled.
    assert!(
        articles.contains(
            "k1,\"네이버클라우드, 일본 통신사와 \"\"AI 동맹\"\"\",2024-03-15,가상일보,박지민,"
        ),
        "{articles}"
    );
}

#[test]
fn usage_errors_exit_2_and_input_errors_exit_1() {
    let dir = articles();
    let bad_format = corpus(&[
        "export".as_ref(),
        dir.path().as_os_str(),
        "--format".as_ref(),
        "xml".as_ref(),
    ]);
    assert_eq!(bad_format.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad_format.stderr).contains("usage: corpus export"));
    assert_eq!(corpus(&[]).status.code(), Some(2));
    assert_eq!(corpus(&["frobnicate".as_ref()]).status.code(), Some(2));

    let missing = dir.path().join("no-such-dir");
    let out = corpus(&["export".as_ref(), missing.as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("error: "));

    let broken = TempDir::new("broken");
    std::fs::write(broken.path().join("bad.txt"), b"ok\n\xFF\xFE\xFDbad").unwrap();
    let out = corpus(&["export".as_ref(), broken.path().as_os_str()]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("bad.txt:2:"), "{stderr}");
    assert!(!stderr.contains("panicked"), "{stderr}");
}
