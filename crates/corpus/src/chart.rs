//! Pure helpers behind the pictures (deal network, timeline, amounts): what to draw and how a
//! brushed span or a clicked mark turns into filter values.
//!
//! Everything here works on indices from [`crate::filter::Results`] and returns plain numbers
//! in picture units; drawing (SVG) is the app's job. Nothing here filters or touches the DOM.

pub mod brush;
pub mod labels;
pub mod network;
pub mod scale;
pub mod timeline;

pub use brush::{extend_range, ordered, Range};
pub use labels::{place_labels, text_width, LabelBox};
pub use network::{network, Limits, NetEdge, NetNode, Network, Positions};
pub use scale::{decade_label, histogram, round_sig_down, round_sig_up, LogScale};
pub use timeline::{nice_ceiling, year_bins, YearBin};
