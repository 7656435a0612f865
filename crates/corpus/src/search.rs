//! Korean-aware text search: particles, 초성, aliases across scripts, highlighting.
//!
//! STUB: owned by the search work.
