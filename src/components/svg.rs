//! Numbers for SVG attributes, shared by the pictures.

/// An SVG number with one decimal: `format!("{v:.1}")` without core's float formatting code.
pub fn num(v: impl Into<f64>) -> String {
    corpus::decimal::fixed(v.into(), 1)
}
