//! `corpus`: the pure core of the Korean cloud-industry explorer.
//!
//! From article files to a [`Dataset`] (feature `extract`, native, build time), and from a
//! dataset plus a [`view::ViewState`] to filtered results (everywhere, including wasm).
//! This crate never touches the DOM and has no web dependencies.

pub mod amount;
pub mod chart;
pub mod codec;
pub mod date;
pub mod decimal;
pub mod display;
pub mod filter;
mod fold;
pub mod hangul;
pub mod hash;
pub mod josa;
pub mod lower;
pub mod model;
pub mod recent;
mod scan;
pub mod search;
pub mod sorting;
pub mod split;
pub mod url;
pub mod view;
pub mod window;

#[cfg(feature = "extract")]
pub mod deals;
#[cfg(feature = "extract")]
pub mod error;
#[cfg(feature = "extract")]
pub mod export;
#[cfg(feature = "extract")]
pub mod ingest;
#[cfg(feature = "extract")]
pub mod kb;
#[cfg(feature = "extract")]
pub mod layout;
#[cfg(feature = "extract")]
pub mod mentions;
#[cfg(feature = "extract")]
pub mod pipeline;
#[cfg(feature = "extract")]
pub mod synthetic;

pub use model::*;
