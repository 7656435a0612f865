//! Export of a dataset as JSON or CSV (the CLI's stable interface).
//!
//! STUB: owned by the extraction work.
