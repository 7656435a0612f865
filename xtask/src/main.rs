//! `cargo xtask <verb>`: project automation in Rust (matklad's cargo-xtask pattern).
//!
//! * `gen-corpus --articles N [--seed S] --out DIR` — a deterministic synthetic corpus;
//! * `bench [--sizes 5,1000,10000] [--quick] [--runs K] [--seed S]` — the benchmark table;
//! * `extract-stats DIR [--records FILE] [--blob FILE]` — (used by `bench`) runs the pipeline once and prints
//!   its time and peak memory; with `--records`, writes the deals as flat JSON for the peer.
//!
//! Never panics on user input: errors are printed and exit with status 1 (2 for usage).

mod bench;
mod extract;
mod gen;
mod korean;
mod names;
mod prng;
mod table;
mod vocab;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage:
  cargo xtask gen-corpus --articles N [--seed S] --out DIR
  cargo xtask bench [--sizes 5,1000,10000] [--quick] [--runs K] [--seed S]
  cargo xtask extract-stats DIR [--records FILE] [--blob FILE]";

/// Command-line flags, as `--name value` pairs and bare words.
struct Flags {
    words: Vec<String>,
    pairs: Vec<(String, String)>,
    switches: Vec<String>,
}

impl Flags {
    fn parse(args: Vec<String>, switches: &[&str]) -> Result<Flags, String> {
        let mut flags = Flags {
            words: Vec::new(),
            pairs: Vec::new(),
            switches: Vec::new(),
        };
        let mut it = args.into_iter();
        while let Some(arg) = it.next() {
            if switches.contains(&arg.as_str()) {
                flags.switches.push(arg);
            } else if let Some(name) = arg.strip_prefix("--") {
                let value = it.next().ok_or(format!("--{name} needs a value"))?;
                flags.pairs.push((name.to_string(), value));
            } else {
                flags.words.push(arg);
            }
        }
        Ok(flags)
    }

    fn get(&self, name: &str) -> Option<&str> {
        self.pairs
            .iter()
            .rev()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn number(&self, name: &str, default: u64) -> Result<u64, String> {
        match self.get(name) {
            None => Ok(default),
            Some(v) => v
                .parse()
                .map_err(|_| format!("--{name}: `{v}` is not a whole number")),
        }
    }

    fn has(&self, switch: &str) -> bool {
        self.switches.iter().any(|s| s == switch)
    }

    fn reject_unknown(&self, known: &[&str]) -> Result<(), String> {
        match self
            .pairs
            .iter()
            .find(|(n, _)| !known.contains(&n.as_str()))
        {
            Some((n, _)) => Err(format!("unknown option --{n}")),
            None => Ok(()),
        }
    }
}

fn run(args: Vec<String>) -> Result<(), String> {
    let Some((verb, rest)) = args.split_first() else {
        return Err("missing command".into());
    };
    match verb.as_str() {
        "gen-corpus" => {
            let flags = Flags::parse(rest.to_vec(), &[])?;
            flags.reject_unknown(&["articles", "seed", "out"])?;
            let out = flags.get("out").ok_or("--out DIR is required")?;
            let opts = gen::Options {
                articles: flags.number("articles", 1000)? as usize,
                seed: flags.number("seed", 1)?,
            };
            gen::write_corpus(&opts, &PathBuf::from(out))?;
            eprintln!("wrote {} articles to {out}", opts.articles);
            Ok(())
        }
        "bench" => {
            let flags = Flags::parse(rest.to_vec(), &["--quick"])?;
            flags.reject_unknown(&["sizes", "runs", "seed"])?;
            let quick = flags.has("--quick");
            let sizes = flags
                .get("sizes")
                .unwrap_or("5,1000,10000")
                .split(',')
                .map(|s| {
                    s.trim()
                        .parse::<usize>()
                        .map_err(|_| format!("--sizes: `{s}` is not a number"))
                })
                .collect::<Result<Vec<_>, _>>()?;
            let opts = bench::Options {
                sizes,
                runs: flags.number("runs", if quick { 1 } else { 9 })? as usize,
                seed: flags.number("seed", 1)?,
                quick,
            };
            bench::run(&opts)
        }
        "extract-stats" => {
            let flags = Flags::parse(rest.to_vec(), &[])?;
            flags.reject_unknown(&["records", "blob"])?;
            let dir = flags.words.first().ok_or("missing DIR")?;
            extract::stats(
                &PathBuf::from(dir),
                flags.get("records").map(PathBuf::from),
                flags.get("blob").map(PathBuf::from),
            )
        }
        "-h" | "--help" | "help" => {
            println!("{USAGE}");
            Ok(())
        }
        other => Err(format!("unknown command `{other}`")),
    }
}

fn main() -> ExitCode {
    match run(std::env::args().skip(1).collect()) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("error: {e}\n{USAGE}");
            ExitCode::from(1)
        }
    }
}
