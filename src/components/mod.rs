//! Reusable pieces of the interface, one component per file.

pub mod amounts;
pub mod bars;
pub mod chart_data;
pub mod company_table;
pub mod crash;
pub mod deal_table;
pub mod disclosure;
pub mod facets;
pub mod header;
pub mod highlight;
pub mod later;
pub mod network;
pub mod notice;
pub mod pointer;
pub mod sort_header;
pub mod svg;
pub mod timeline;
pub mod virtual_rows;
