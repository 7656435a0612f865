//! The log scale of the amount picture: whole decades of USD, tick labels in Korean units
//! (만, 억, 조) or English (K, M, B, T), and rounding of brushed values to readable numbers.

use crate::view::Lang;

/// A base-10 log scale from `10^lo` to `10^hi` (whole decades, `lo < hi`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LogScale {
    pub lo: i32,
    pub hi: i32,
}

impl LogScale {
    /// The smallest whole-decade scale holding every positive finite value; `None` if none is.
    pub fn covering(values: impl IntoIterator<Item = f64>) -> Option<LogScale> {
        let mut range: Option<(f64, f64)> = None;
        for v in values.into_iter().filter(|v| v.is_finite() && *v > 0.0) {
            range = Some(match range {
                Some((a, b)) => (a.min(v), b.max(v)),
                None => (v, v),
            });
        }
        let (min, max) = range?;
        let lo = min.log10().floor() as i32;
        let hi = (max.log10().ceil() as i32).max(lo + 1);
        Some(LogScale { lo, hi })
    }

    /// Decade exponents from `lo` to `hi`, both included.
    pub fn decades(&self) -> impl Iterator<Item = i32> {
        self.lo..=self.hi
    }

    /// Where `value` sits, `0.0` at `10^lo` to `1.0` at `10^hi` (clamped; non-positive → 0).
    pub fn fraction(&self, value: f64) -> f64 {
        if value.is_nan() || value <= 0.0 {
            return 0.0;
        }
        let span = f64::from(self.hi - self.lo);
        ((value.log10() - f64::from(self.lo)) / span).clamp(0.0, 1.0)
    }

    /// The value at a fraction of the axis (clamped to the scale).
    pub fn value_at(&self, fraction: f64) -> f64 {
        let f = if fraction.is_finite() {
            fraction.clamp(0.0, 1.0)
        } else {
            0.0
        };
        10f64.powf(f64::from(self.lo) + f * f64::from(self.hi - self.lo))
    }

    /// The `min`/`max` a brush from fraction `a` to fraction `b` selects, rounded outwards to
    /// two significant digits so the URL stays readable and no brushed dot is lost.
    pub fn brushed(&self, a: f64, b: f64) -> (f64, f64) {
        let (v0, v1) = (self.value_at(a), self.value_at(b));
        let (lo, hi) = if v0 <= v1 { (v0, v1) } else { (v1, v0) };
        (round_sig_down(lo, 2), round_sig_up(hi, 2))
    }
}

/// How many of `values` fall in each of `bins` equal slices of the scale (log-spaced); values
/// off the scale count in the first or last slice, non-positive and non-finite ones nowhere.
pub fn histogram(scale: &LogScale, values: impl IntoIterator<Item = f64>, bins: usize) -> Vec<u32> {
    let mut counts = vec![0u32; bins];
    if bins == 0 {
        return counts;
    }
    for v in values.into_iter().filter(|v| v.is_finite() && *v > 0.0) {
        let at = (scale.fraction(v) * bins as f64) as usize;
        counts[at.min(bins - 1)] += 1;
    }
    counts
}

/// `value` rounded down to `digits` significant digits (positive finite values; else as is).
pub fn round_sig_down(value: f64, digits: i32) -> f64 {
    round_sig(value, digits, f64::floor)
}

/// `value` rounded up to `digits` significant digits (positive finite values; else as is).
pub fn round_sig_up(value: f64, digits: i32) -> f64 {
    round_sig(value, digits, f64::ceil)
}

fn round_sig(value: f64, digits: i32, round: fn(f64) -> f64) -> f64 {
    if !(value.is_finite() && value > 0.0) {
        return value;
    }
    let exp = value.log10().floor() as i32 - (digits - 1);
    let unit = 10f64.powi(exp);
    // Undo float noise first (3e9 / 1e8 = 29.999999999999996), then round.
    let scaled = (value / unit * 1e9).round() / 1e9;
    let out = round(scaled) * unit;
    // Integers print without an exponent or a fraction in the URL.
    if exp >= 0 {
        out.round()
    } else {
        out
    }
}

/// A decade tick as a short label: `1억 달러` / `$100M`.
pub fn decade_label(exp: i32, lang: Lang) -> String {
    match lang {
        Lang::En => {
            let (unit, base) = match exp {
                e if e >= 12 => ("T", 12),
                e if e >= 9 => ("B", 9),
                e if e >= 6 => ("M", 6),
                e if e >= 3 => ("K", 3),
                _ => ("", 0),
            };
            format!("${}{unit}", pow10_text(exp - base))
        }
        Lang::Ko => {
            let (unit, base) = match exp {
                e if e >= 12 => ("조", 12),
                e if e >= 8 => ("억", 8),
                e if e >= 4 => ("만", 4),
                _ => ("", 0),
            };
            let n = pow10_text(exp - base);
            // 1천만, 1천억: Korean reads thousands as 천.
            let n = if n == "1000" { "1천".to_string() } else { n };
            format!("{n}{unit} 달러")
        }
    }
}

fn pow10_text(exp: i32) -> String {
    if exp < 0 {
        crate::decimal::shortest(10f64.powi(exp))
    } else {
        format!("1{}", "0".repeat(exp as usize))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn covering_uses_whole_decades_and_ignores_bad_values() {
        let s = LogScale::covering([3.0e6, 1.5e10, f64::NAN, -5.0, 0.0]).unwrap();
        assert_eq!(s, LogScale { lo: 6, hi: 11 });
        assert_eq!(s.decades().collect::<Vec<_>>(), [6, 7, 8, 9, 10, 11]);
        // One value, or a value on a decade, still gives a non-empty span.
        assert_eq!(
            LogScale::covering([1e9]).unwrap(),
            LogScale { lo: 9, hi: 10 }
        );
        assert_eq!(LogScale::covering([f64::INFINITY, -1.0]), None);
        assert_eq!(LogScale::covering(Vec::new()), None);
    }

    #[test]
    fn fraction_and_value_at_are_inverse() {
        let s = LogScale { lo: 6, hi: 11 };
        assert_eq!(s.fraction(1e6), 0.0);
        assert_eq!(s.fraction(1e11), 1.0);
        assert!((s.fraction(1e8) - 0.4).abs() < 1e-12);
        assert_eq!(s.fraction(1e3), 0.0);
        assert_eq!(s.fraction(-1.0), 0.0);
        for v in [2.5e6, 7e7, 1.5e10] {
            assert!((s.value_at(s.fraction(v)) - v).abs() / v < 1e-9);
        }
        assert_eq!(s.value_at(f64::NAN), 1e6);
    }

    #[test]
    fn brushing_rounds_outwards_to_two_digits_in_either_direction() {
        let s = LogScale { lo: 6, hi: 11 };
        let (min, max) = s.brushed(s.fraction(1.234e8), s.fraction(5.678e9));
        assert_eq!((min, max), (1.2e8, 5.7e9));
        assert_eq!(
            s.brushed(s.fraction(5.678e9), s.fraction(1.234e8)),
            (min, max)
        );
        // A value brushed exactly stays inside.
        let (min, max) = s.brushed(s.fraction(3e9), s.fraction(3e9));
        assert!(min <= 3e9 && 3e9 <= max, "{min}..{max}");
        assert_eq!(min.to_string(), "3000000000");
    }

    #[test]
    fn significant_digit_rounding() {
        assert_eq!(round_sig_down(123_456.0, 2), 120_000.0);
        assert_eq!(round_sig_up(123_456.0, 2), 130_000.0);
        assert_eq!(round_sig_up(120_000.0, 2), 120_000.0);
        assert_eq!(round_sig_down(0.0456, 2), 0.045);
        assert!(round_sig_up(f64::NAN, 2).is_nan());
    }

    #[test]
    fn tick_labels_in_korean_and_english_units() {
        assert_eq!(decade_label(8, Lang::Ko), "1억 달러");
        assert_eq!(decade_label(10, Lang::Ko), "100억 달러");
        assert_eq!(decade_label(7, Lang::Ko), "1천만 달러");
        assert_eq!(decade_label(12, Lang::Ko), "1조 달러");
        assert_eq!(decade_label(8, Lang::En), "$100M");
        assert_eq!(decade_label(9, Lang::En), "$1B");
        assert_eq!(decade_label(3, Lang::En), "$1K");
        assert_eq!(decade_label(0, Lang::En), "$1");
    }

    #[test]
    fn histogram_slices_the_log_axis() {
        let scale = LogScale { lo: 0, hi: 2 };
        // Four slices: [1, 3.16), [3.16, 10), [10, 31.6), [31.6, 100].
        let counts = histogram(
            &scale,
            [1.0, 2.0, 5.0, 10.0, 99.0, 100.0, 1e9, 0.5, -1.0, f64::NAN],
            4,
        );
        assert_eq!(counts, [3, 1, 1, 3]);
        assert!(histogram(&scale, [5.0], 0).is_empty());
    }
}
