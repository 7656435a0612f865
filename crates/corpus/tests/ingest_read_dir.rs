//! `ingest::read_dir` on directories of good and malformed articles written by the test.

use corpus::error::Error;
use corpus::ingest::{article_from_text, read_dir};
use corpus::Provenance;

mod tempdir;
use tempdir::TempDir;

const ARTICLE: &str = "클라우드 동맹의 시대\n\n[테크뉴스=김기자 기자] KT가 지난달 3일 MS와 손잡았다. 두 회사는 협력한다.\n\n답글 남기기\n댓글 3\n";

#[test]
fn articles_sorted_with_catalog_and_derived_fields() {
    let dir = TempDir::new("basic");
    dir.write("b.txt", ARTICLE)
        .write("a.txt", "\u{FEFF}첫 기사다.\r\n둘째 줄이다.\r\n")
        .write(
            "catalog.toml",
            "[\"b\"]\n# inferred\ndate = \"2024-07\"\ntitle = \"카탈로그 제목\"\n",
        );
    let got = read_dir(dir.path()).unwrap();
    let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a", "b"]);
    assert!(got.warnings.is_empty(), "{:?}", got.warnings);

    let a = &got.articles[0];
    assert_eq!(a.text, "첫 기사다.\n둘째 줄이다.");
    assert_eq!(a.title.source, Provenance::Derived);
    assert_eq!(a.date.source, Provenance::Missing);

    let b = &got.articles[1];
    assert_eq!(b.title.value.as_deref(), Some("카탈로그 제목"));
    assert_eq!(b.title.source, Provenance::Catalog);
    assert_eq!(b.date.value.as_deref(), Some("2024-07"));
    assert_eq!(b.outlet.value.as_deref(), Some("테크뉴스"));
    assert_eq!(b.outlet.source, Provenance::Derived);
    assert_eq!(b.reporter.value.as_deref(), Some("김기자"));
    assert!(!b.text.contains("답글"));
    assert!(!b.text.contains("댓글"));
    assert!(!b.text.contains("[테크뉴스"));
    // Headline, then two sentences of the byline paragraph.
    assert_eq!(b.sentences.len(), 3);
    assert!(b.notes.iter().any(|n| n.contains("comment-box")));
}

#[test]
fn sentence_spans_are_character_offsets_into_text() {
    let a = article_from_text("x", "가나다라 마바사다.AWS가 왔다. 값은 3.5다!\n제목 줄");
    let chars: Vec<char> = a.text.chars().collect();
    let got: Vec<String> = a
        .sentences
        .iter()
        .map(|s| chars[s.start as usize..s.end as usize].iter().collect())
        .collect();
    assert_eq!(
        got,
        [
            "가나다라 마바사다.",
            "AWS가 왔다.",
            "값은 3.5다!",
            "제목 줄"
        ]
    );
}

#[test]
fn invalid_utf8_stops_the_build_naming_file_and_line() {
    let dir = TempDir::new("utf8");
    dir.write("good.txt", "좋은 기사다.")
        .write("bad.txt", b"first line\nsecond \xB0\xA1 line\n");
    match read_dir(dir.path()) {
        Err(Error::Data {
            path,
            line,
            message,
        }) => {
            assert!(path.ends_with("bad.txt"));
            assert_eq!(line, 2);
            assert!(message.contains("UTF-8"), "{message}");
        }
        other => panic!("expected a data error, got {other:?}"),
    }
}

#[test]
fn nul_bytes_are_an_error() {
    let dir = TempDir::new("nul");
    dir.write("junk.txt", b"\x00\x01\x02binary");
    let err = read_dir(dir.path()).unwrap_err();
    let shown = err.to_string();
    assert!(shown.contains("junk.txt:1:"), "{shown}");
}

#[test]
fn utf16_is_decoded_with_a_warning() {
    let dir = TempDir::new("utf16");
    let le: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain("유니코드 기사다.".encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    dir.write("wide.txt", le);
    let got = read_dir(dir.path()).unwrap();
    assert_eq!(got.articles[0].text, "유니코드 기사다.");
    assert_eq!(got.warnings.len(), 1);
    assert!(got.warnings[0].message.contains("UTF-16"));
}

#[test]
fn recoverable_problems_are_warnings() {
    let dir = TempDir::new("warn");
    dir.write("a.txt", "같은 기사다.")
        .write("b.txt", "같은 기사다.\n")
        .write("empty.txt", "  \n\t\n")
        .write("only-boilerplate.txt", "답글 남기기\n댓글0\n")
        .write("notes.md", "# not an article")
        .write("README.md", "ignored quietly")
        .write(".hidden", "ignored quietly")
        .write(
            "catalog.toml",
            "[\"ghost\"]\ndate = \"2020\"\n[\"a\"]\ncolour = \"red\"\n",
        );
    let got = read_dir(dir.path()).unwrap();
    let ids: Vec<&str> = got.articles.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids, ["a"], "the duplicate b is skipped, the first kept");
    let shown: Vec<String> = got.warnings.iter().map(|w| w.to_string()).collect();
    let has = |file: &str, words: &str| shown.iter().any(|w| w.contains(file) && w.contains(words));
    assert!(has("b.txt", "same text"), "{shown:#?}");
    assert!(has("empty.txt", "empty"), "{shown:#?}");
    assert!(has("only-boilerplate.txt", "boilerplate"), "{shown:#?}");
    assert!(has("notes.md", "not a .txt"), "{shown:#?}");
    assert!(has("catalog.toml:1:", "ghost"), "{shown:#?}");
    assert!(has("catalog.toml:4:", "colour"), "{shown:#?}");
    assert_eq!(shown.len(), 6, "{shown:#?}");
}

#[test]
fn a_bad_catalog_date_names_the_line() {
    let dir = TempDir::new("catalog");
    dir.write("a.txt", "기사다.")
        .write("catalog.toml", "[\"a\"]\ndate = \"October 2020\"\n");
    let err = read_dir(dir.path()).unwrap_err();
    assert!(err.to_string().contains("catalog.toml:2:"), "{err}");
}

#[test]
fn huge_files_and_lines_are_read_in_linear_time() {
    let dir = TempDir::new("huge");
    let line = "가".repeat(200_000);
    let mut big = String::with_capacity(20 * 1024 * 1024);
    let mut n = 0;
    while big.len() < 20 * 1024 * 1024 {
        // Distinct lines: identical consecutive lines are dropped as repeats.
        big.push_str(&format!(
            "클라우드 사업을 {n}번째 확대했다. 투자는 100억 달러다.\n"
        ));
        n += 1;
    }
    dir.write("line.txt", &line).write("big.txt", &big);
    // A guard, not a benchmark: linear reading takes seconds even in a debug build on a busy
    // machine; quadratic reading of 20 MB would take hours. Only a hang fails this.
    let (tx, rx) = std::sync::mpsc::channel();
    let path = dir.path().to_path_buf();
    std::thread::spawn(move || {
        let _ = tx.send(read_dir(&path).map_err(|e| e.to_string()));
    });
    let got = match rx.recv_timeout(std::time::Duration::from_secs(600)) {
        Ok(got) => got.unwrap(),
        Err(e) => panic!("reading 20 MB did not finish: {e}"),
    };
    assert_eq!(got.articles.len(), 2);
    assert_eq!(got.articles[1].text.chars().count(), 200_000);
    assert!(got.articles[0].sentences.len() > 100_000);
}

#[test]
fn a_missing_directory_is_an_io_error() {
    let dir = TempDir::new("gone");
    let missing = dir.path().join("nope");
    assert!(matches!(read_dir(&missing), Err(Error::Io { .. })));
}
