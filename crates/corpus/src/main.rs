//! `corpus` CLI: `corpus export <DIR> [--format json|csv]`.
//!
//! STUB: owned by the extraction work.

fn main() {
    eprintln!("corpus: not implemented yet");
    std::process::exit(2);
}
