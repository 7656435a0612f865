//! `corpus` CLI: `corpus export <DIR> [--format json|csv] [--out DIR]`.
//!
//! A thin shell over `corpus::pipeline` and `corpus::export`. JSON goes to stdout (or to
//! `DIR/corpus.json` with `--out`); CSV goes to `--out DIR`, by default the current directory.
//! Warnings go to stderr as `warning: file:line: message`; errors as `error: ...` with exit
//! code 1; usage errors exit 2. Never panics on user input.

use std::ffi::OsString;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: corpus export <DIR> [--format json|csv] [--out DIR]";

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Json,
    Csv,
}

#[derive(Debug)]
struct Args {
    dir: PathBuf,
    format: Format,
    out: Option<PathBuf>,
}

enum Parsed {
    Run(Args),
    Help,
}

fn parse_args(args: Vec<OsString>) -> Result<Parsed, String> {
    let mut it = args.into_iter();
    match it.next() {
        Some(cmd) if cmd == "export" => {}
        Some(cmd) if cmd == "-h" || cmd == "--help" || cmd == "help" => return Ok(Parsed::Help),
        Some(cmd) => return Err(format!("unknown command `{}`", cmd.to_string_lossy())),
        None => return Err("missing command".to_string()),
    }
    let mut dir = None;
    let mut format = Format::Json;
    let mut out = None;
    while let Some(arg) = it.next() {
        let text = arg.to_string_lossy().into_owned();
        let (flag, inline) = match text.split_once('=') {
            Some((f, v)) if f.starts_with("--") => (f.to_string(), Some(v.to_string())),
            _ => (text.clone(), None),
        };
        match flag.as_str() {
            "-h" | "--help" => return Ok(Parsed::Help),
            "--format" => {
                let value = match inline {
                    Some(v) => v,
                    None => it
                        .next()
                        .map(|v| v.to_string_lossy().into_owned())
                        .ok_or("--format needs a value")?,
                };
                format = match value.as_str() {
                    "json" => Format::Json,
                    "csv" => Format::Csv,
                    other => return Err(format!("unknown format `{other}` (json or csv)")),
                };
            }
            "--out" => {
                let value = match inline {
                    Some(v) => OsString::from(v),
                    None => it.next().ok_or("--out needs a directory")?,
                };
                out = Some(PathBuf::from(value));
            }
            f if f.starts_with('-') && f.len() > 1 => return Err(format!("unknown option `{f}`")),
            _ if dir.is_none() => dir = Some(PathBuf::from(arg)),
            _ => return Err(format!("unexpected argument `{text}`")),
        }
    }
    let dir = dir.ok_or("missing <DIR>")?;
    Ok(Parsed::Run(Args { dir, format, out }))
}

fn run(args: Args) -> Result<(), String> {
    let (dataset, warnings) = corpus::pipeline::build(&args.dir).map_err(|e| e.to_string())?;
    for w in &warnings {
        eprintln!("warning: {w}");
    }
    match args.format {
        Format::Json => {
            let json = corpus::export::to_json_string(&dataset);
            match args.out {
                Some(dir) => {
                    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
                    let path = dir.join("corpus.json");
                    std::fs::write(&path, json).map_err(|e| format!("{}: {e}", path.display()))?;
                    eprintln!("wrote {}", path.display());
                }
                None => {
                    let mut stdout = std::io::stdout().lock();
                    if let Err(e) = stdout
                        .write_all(json.as_bytes())
                        .and_then(|_| stdout.flush())
                    {
                        if e.kind() != std::io::ErrorKind::BrokenPipe {
                            return Err(format!("stdout: {e}"));
                        }
                    }
                }
            }
        }
        Format::Csv => {
            let dir = args.out.unwrap_or_else(|| PathBuf::from("."));
            let written = corpus::export::write_csv(&dataset, &dir).map_err(|e| e.to_string())?;
            for path in written {
                eprintln!("wrote {}", path.display());
            }
        }
    }
    Ok(())
}

fn main() -> ExitCode {
    match parse_args(std::env::args_os().skip(1).collect()) {
        Ok(Parsed::Help) => {
            println!("{USAGE}");
            ExitCode::SUCCESS
        }
        Ok(Parsed::Run(args)) => match run(args) {
            Ok(()) => ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("error: {e}");
                ExitCode::from(1)
            }
        },
        Err(e) => {
            eprintln!("error: {e}");
            eprintln!("{USAGE}");
            ExitCode::from(2)
        }
    }
}
