//! One component per routed page.

pub mod article;
pub mod companies;
pub mod company;
pub mod deals;
pub mod empty;
pub mod filtered;
pub mod missing;
pub mod network;
pub mod overview;
