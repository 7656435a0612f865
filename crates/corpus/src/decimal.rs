//! Decimal text ↔ `f64`, exactly as core does it, without core's float parser and formatter.
//!
//! `str::parse::<f64>` links a 10 KB table of powers of five (plus the Eisel–Lemire and
//! decimal-sequence code) into the wasm. [`parse_f64`] accepts exactly the same text and gives
//! exactly the same value (round half to even), using Clinger's fast path for short inputs and
//! a small big-integer division otherwise. Only the URL amounts and the amount facet inputs
//! parse numbers, so the slow path's speed does not matter. Likewise [`fixed`] is
//! `format!("{v:.1}")` without core's Grisu/Dragon fixed-precision code, and [`shortest`] is
//! `format!("{v}")` without its shortest-digit code.

mod shortest;

pub use shortest::shortest;

/// `text.parse::<f64>().ok()`: same grammar (optional sign, digits with an optional point and
/// exponent, or `inf`/`infinity`/`nan` in any case), same correctly rounded value.
pub fn parse_f64(text: &str) -> Option<f64> {
    let (negative, rest) = match text.as_bytes().first() {
        Some(b'-') => (true, &text[1..]),
        Some(b'+') => (false, &text[1..]),
        _ => (false, text),
    };
    let value = if rest.eq_ignore_ascii_case("inf") || rest.eq_ignore_ascii_case("infinity") {
        f64::INFINITY
    } else if rest.eq_ignore_ascii_case("nan") {
        f64::NAN
    } else {
        parse_number(rest.as_bytes())?
    };
    Some(if negative { -value } else { value })
}

/// `format!("{v:.decimals$}")` for `decimals` ≤ 4: the exact binary value rounded half to
/// even, `-` for negative values (also `-0.0`), `inf`, `NaN`.
pub fn fixed(v: f64, decimals: u32) -> String {
    let decimals = decimals.min(4);
    let mut out = match sign(v) {
        Ok(sign) => sign,
        Err(whole) => return whole,
    };
    let (m, e) = binary(v);
    let scale = 10u64.pow(decimals);
    if e >= 0 {
        // An integer (at least 2^52): print it in full, then zero decimals.
        let mut n = Big(vec![m as u32, (m >> 32) as u32]);
        for _ in 0..e {
            n.mul_add(2, 0);
        }
        let mut digits = Vec::new();
        while n.bits() > 0 {
            digits.push(b'0' + n.div_small(10) as u8);
        }
        out.extend(digits.iter().rev().map(|&d| char::from(d)));
        if decimals > 0 {
            out.push('.');
            out.extend((0..decimals).map(|_| '0'));
        }
        return out;
    }
    // m × 10^decimals < 2^67 fits in u128; shift out the binary fraction, rounding half to even.
    let x = u128::from(m) * u128::from(scale);
    let s = -e as u32;
    let q = if s >= 100 {
        0
    } else {
        let q = x >> s;
        let r = x - (q << s);
        let half = 1u128 << (s - 1);
        if r > half || (r == half && q & 1 == 1) {
            q + 1
        } else {
            q
        }
    } as u64;
    out.push_str(&(q / scale).to_string());
    if decimals > 0 {
        let f = (q % scale).to_string();
        out.push('.');
        out.extend((f.len()..decimals as usize).map(|_| '0'));
        out.push_str(&f);
    }
    out
}

/// The text before the digits (`-` for negative values, also `-0.0`), or `Err` with the whole
/// text for `NaN`, `inf` and `-inf`, as core prints them.
fn sign(v: f64) -> Result<String, String> {
    if v.is_nan() {
        return Err("NaN".into());
    }
    let sign = if v.is_sign_negative() { "-" } else { "" };
    if v.is_infinite() {
        Err(format!("{sign}inf"))
    } else {
        Ok(sign.into())
    }
}

/// `(m, e)` with `|v| = m × 2^e` exactly, for a finite `v`.
fn binary(v: f64) -> (u64, i64) {
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | 1 << 52, exp - 1075)
    }
}

/// Significant digits kept; later non-zero digits only set a sticky digit. Enough for correct
/// rounding: an `f64` halfway point has at most 767 significant digits.
const MAX_DIGITS: usize = 800;

fn parse_number(s: &[u8]) -> Option<f64> {
    let mut digits: Vec<u8> = Vec::new();
    // Decimal exponent of the point after the kept digits: value = digits × 10^exp10.
    let mut exp10: i64 = 0;
    let mut seen_digit = false;
    let mut seen_point = false;
    let mut sticky = false;
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            c @ b'0'..=b'9' => {
                seen_digit = true;
                let d = c - b'0';
                if digits.is_empty() && d == 0 {
                    // Leading zeros: only the point's position matters.
                    if seen_point {
                        exp10 -= 1;
                    }
                } else if digits.len() < MAX_DIGITS {
                    digits.push(d);
                    if seen_point {
                        exp10 -= 1;
                    }
                } else {
                    sticky |= d != 0;
                    if !seen_point {
                        exp10 += 1;
                    }
                }
            }
            b'.' if !seen_point => seen_point = true,
            _ => break,
        }
        i += 1;
    }
    if !seen_digit {
        return None;
    }
    if i < s.len() {
        if s[i] != b'e' && s[i] != b'E' {
            return None;
        }
        i += 1;
        let negative = match s.get(i) {
            Some(b'-') => {
                i += 1;
                true
            }
            Some(b'+') => {
                i += 1;
                false
            }
            _ => false,
        };
        if i == s.len() {
            return None;
        }
        let mut e: i64 = 0;
        for &c in &s[i..] {
            if !c.is_ascii_digit() {
                return None;
            }
            // Saturate: anything this large is zero or infinity anyway.
            e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
        }
        exp10 += if negative { -e } else { e };
    }
    if sticky {
        // A non-zero digit past the kept ones: one more digit keeps rounding exact.
        digits.push(1);
        exp10 -= 1;
    }
    Some(digits_to_f64(&digits, exp10))
}

/// `digits × 10^exp10`, correctly rounded.
fn digits_to_f64(digits: &[u8], exp10: i64) -> f64 {
    if digits.is_empty() {
        return 0.0;
    }
    // The value lies in [10^(top-1), 10^top).
    let top = exp10 + digits.len() as i64;
    if top > 310 {
        return f64::INFINITY;
    }
    if top < -324 {
        return 0.0;
    }
    if digits.len() <= 15 && exp10.abs() <= 22 {
        // Clinger's fast path: both operands and the result's rounding are exact.
        let mut m = 0u64;
        for &d in digits {
            m = m * 10 + u64::from(d);
        }
        let p = 10f64.powi(exp10.unsigned_abs() as i32);
        return if exp10 < 0 {
            m as f64 / p
        } else {
            m as f64 * p
        };
    }
    let mut n = Big::default();
    for &d in digits {
        n.mul_add(10, u32::from(d));
    }
    if exp10 >= 0 {
        for _ in 0..exp10 {
            n.mul_add(10, 0);
        }
        return round(&n, 0, false);
    }
    let mut divisor = Big(vec![1]);
    for _ in 0..-exp10 {
        divisor.mul_add(10, 0);
    }
    // Enough quotient bits for 53 significant ones plus rounding.
    let shift = (divisor.bits() as i64 + 66 - n.bits() as i64).max(0);
    let (q, exact) = n.div_shifted(shift as usize, &divisor);
    round(&q, -shift, !exact)
}

/// `n × 2^exp2` (plus a little more when `sticky`), rounded half to even, with subnormals.
fn round(n: &Big, exp2: i64, sticky: bool) -> f64 {
    let len = n.bits() as i64;
    if len == 0 {
        return 0.0;
    }
    // The value lies in [2^e, 2^(e+1)); below 2^-1022 fewer mantissa bits are kept.
    let e = len - 1 + exp2;
    let keep = (e + 1075).min(53);
    if keep < 0 {
        return 0.0;
    }
    let drop = len - keep;
    let mut mant = n.bits_from(drop.max(0) as usize);
    if drop > 0 {
        let half = n.bit(drop as usize - 1);
        let below = sticky || n.any_below(drop as usize - 1);
        if half && (below || mant & 1 == 1) {
            mant += 1;
        }
    } else {
        mant <<= -drop;
    }
    // `mant` has at most 54 bits, so it converts exactly; scaling by powers of two is exact
    // unless the result overflows, where it correctly becomes infinity.
    scale(mant as f64, exp2 + drop)
}

fn scale(mut v: f64, mut exp2: i64) -> f64 {
    while exp2 > 1000 {
        v *= pow2(1000);
        exp2 -= 1000;
    }
    while exp2 < -1000 {
        v *= pow2(-1000);
        exp2 += 1000;
    }
    v * pow2(exp2)
}

/// 2^e for -1022 ≤ e ≤ 1023.
fn pow2(e: i64) -> f64 {
    f64::from_bits(((e + 1023) as u64) << 52)
}

/// A non-negative big integer, little-endian 32-bit limbs.
#[derive(Default)]
struct Big(Vec<u32>);

impl Big {
    fn mul_add(&mut self, mul: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let v = u64::from(*limb) * u64::from(mul) + carry;
            *limb = v as u32;
            carry = v >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    /// `self /= d`, returning the remainder.
    fn div_small(&mut self, d: u32) -> u32 {
        let mut rem = 0u64;
        for limb in self.0.iter_mut().rev() {
            let v = rem << 32 | u64::from(*limb);
            *limb = (v / u64::from(d)) as u32;
            rem = v % u64::from(d);
        }
        rem as u32
    }

    fn bits(&self) -> usize {
        match self.0.iter().rposition(|&l| l != 0) {
            Some(i) => i * 32 + 32 - self.0[i].leading_zeros() as usize,
            None => 0,
        }
    }

    fn bit(&self, i: usize) -> bool {
        self.0.get(i / 32).is_some_and(|l| l >> (i % 32) & 1 == 1)
    }

    fn any_below(&self, i: usize) -> bool {
        (0..i).any(|b| self.bit(b))
    }

    /// Bits `from..from + 64` as a number.
    fn bits_from(&self, from: usize) -> u64 {
        (0..64).fold(0, |acc, b| acc | (u64::from(self.bit(from + b)) << b))
    }

    /// `⌊self × 2^shift / divisor⌋` and whether the division was exact (binary long division).
    fn div_shifted(&self, shift: usize, divisor: &Big) -> (Big, bool) {
        let total = self.bits() + shift;
        let mut q = Big(vec![0; total / 32 + 1]);
        let mut r = Big::default();
        for i in (0..total).rev() {
            r.mul_add(2, u32::from(i >= shift && self.bit(i - shift)));
            if !r.less_than(divisor) {
                r.sub(divisor);
                q.0[i / 32] |= 1 << (i % 32);
            }
        }
        (q, r.bits() == 0)
    }

    fn less_than(&self, other: &Big) -> bool {
        let len = self.0.len().max(other.0.len());
        for i in (0..len).rev() {
            let (a, b) = (
                self.0.get(i).copied().unwrap_or(0),
                other.0.get(i).copied().unwrap_or(0),
            );
            if a != b {
                return a < b;
            }
        }
        false
    }

    /// `self -= other`; `other` must not be larger.
    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let v = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            *limb = v as u32;
            borrow = i64::from(v < 0);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(text: &str) {
        let ours = parse_f64(text);
        let std = text.parse::<f64>().ok();
        match (ours, std) {
            (Some(a), Some(b)) if a.is_nan() && b.is_nan() => {}
            (Some(a), Some(b)) => assert_eq!(a.to_bits(), b.to_bits(), "{text}: {a:e} vs {b:e}"),
            (a, b) => assert_eq!(a, b, "{text}"),
        }
    }

    #[test]
    fn grammar_matches_std() {
        for t in [
            "",
            "+",
            "-",
            ".",
            "e5",
            "1e",
            "1e+",
            "1e-",
            "1.",
            ".5",
            "+.5",
            "-0",
            "0",
            "00.00",
            "1_000",
            " 1",
            "1 ",
            "0x10",
            "1e5",
            "1E5",
            "1e+5",
            "1.5e-3",
            "inf",
            "-Infinity",
            "INF",
            "infinit",
            "nan",
            "-NaN",
            "+nan",
            "nana",
            "1..2",
            "1.2.3",
            "1e5.5",
            "١",
            "1e99999999999999999999",
            "1e-99999999999999999999",
            "12abc",
            "e",
            "-.e1",
        ] {
            same(t);
        }
    }

    #[test]
    fn hard_values_match_std() {
        for t in [
            "9007199254740993",
            "9007199254740992.5",
            "2.2250738585072011e-308",
            "2.2250738585072014e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "0.1",
            "0.3",
            "123456789012345678901234567890",
            "1e23",
            "8.98846567431158e307",
            "0.000000000000000000000000000000000000000000000000000001",
            "3.0e6",
            "1500000000",
            "7.2057594037927933e16",
        ] {
            same(t);
        }
        let long = format!("1.{}e-5", "0".repeat(900) + "1");
        same(&long);
        let long = format!("{}.5", "9".repeat(850));
        same(&long);
        // Exactly halfway between two f64 values, then a hair above, with many digits.
        let half = "1.00000000000000011102230246251565404236316680908203125";
        same(half);
        same(&format!("{half}{}1", "0".repeat(800)));
    }

    #[test]
    fn fixed_matches_std() {
        for v in [
            0.0,
            -0.0,
            0.05,
            0.15,
            0.25,
            0.35,
            0.45,
            2.5,
            3.5,
            -2.25,
            99.95,
            100.0,
            1e15,
            1e16,
            1e22,
            1e23,
            1.7976931348623157e308,
            5e-324,
            -1e-9,
            0.5,
            1.5,
            123.456,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
            9007199254740993.0,
            4503599627370497.5,
        ] {
            assert_eq!(fixed(v, 1), format!("{v:.1}"), "{v:e}");
            assert_eq!(fixed(v, 0), format!("{v:.0}"), "{v:e}");
            assert_eq!(fixed(v, 2), format!("{v:.2}"), "{v:e}");
        }
        let v = 1.25f32;
        assert_eq!(fixed(f64::from(v), 1), format!("{v:.1}"));
    }

    proptest! {
        #[test]
        fn fixed_matches_std_on_any_value(bits in any::<u64>(), small in -1e6f64..1e6) {
            let v = f64::from_bits(bits);
            prop_assert_eq!(fixed(v, 1), format!("{v:.1}"));
            prop_assert_eq!(fixed(v, 0), format!("{v:.0}"));
            prop_assert_eq!(fixed(small, 1), format!("{small:.1}"));
            prop_assert_eq!(fixed(small, 0), format!("{small:.0}"));
            let tenth = (small * 10.0).round() / 10.0 + 0.05;
            prop_assert_eq!(fixed(tenth, 1), format!("{tenth:.1}"));
            let f = small as f32;
            prop_assert_eq!(fixed(f64::from(f), 1), format!("{f:.1}"));
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(2000))]
        #[test]
        fn random_text_matches_std(t in "[-+]?[0-9]{0,25}(\\.[0-9]{0,25})?([eE][-+]?[0-9]{1,3})?") {
            same(&t);
        }

        #[test]
        fn printed_values_round_trip(bits in any::<u64>()) {
            let v = f64::from_bits(bits);
            same(&format!("{v}"));
            same(&format!("{v:e}"));
            same(&format!("{v:.3e}"));
        }

        #[test]
        fn odd_text_matches_std(t in "[-+0-9.eEinfaINFA_ x]{0,12}") {
            same(&t);
        }
    }
}
