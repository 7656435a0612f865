//! `format!("{v}")` for `f64` — the shortest digits that read back as `v`, nearest first, in
//! plain notation — without core's Grisu/Dragon shortest-digit code and its tables.
//!
//! Only the JSON and CSV exports print amounts this way, so plain big-integer arithmetic is
//! fast enough: the exact decimal expansion of `v`, rounded to 1, 2, … 17 significant digits
//! until a candidate parses back to `v` (checked with this module's own exact parser).

use super::{binary, digits_to_f64, sign, Big};

/// `format!("{v}")`: `NaN`, `inf`, `-inf`, `-0`, and otherwise every digit written out
/// (`1e21` is `1000000000000000000000`, `1e-7` is `0.0000001`).
pub fn shortest(v: f64) -> String {
    let mut out = match sign(v) {
        Ok(sign) => sign,
        Err(whole) => return whole,
    };
    let a = v.abs();
    if a == 0.0 {
        out.push('0');
        return out;
    }
    let (exact, point) = exact_digits(a);
    let (digits, point) = (1..exact.len())
        .find_map(|n| nearest_round_trip(&exact, point, n, a))
        .unwrap_or((exact, point));
    write_plain(&mut out, &digits, point);
    out
}

/// The exact decimal digits of a finite positive `a`, without trailing zeros, and the position
/// of the decimal point: `a = 0.d₁d₂…dₙ × 10^point`.
fn exact_digits(a: f64) -> (Vec<u8>, i64) {
    let (m, e) = binary(a);
    let mut n = Big(vec![m as u32, (m >> 32) as u32]);
    // m × 2^e = m × 5^-e × 10^e for negative e.
    let (mul, times, mut exp10) = if e >= 0 { (2, e, 0) } else { (5, -e, e) };
    for _ in 0..times {
        n.mul_add(mul, 0);
    }
    let mut digits = Vec::new();
    while n.bits() > 0 {
        digits.push(n.div_small(10) as u8);
    }
    digits.reverse();
    while digits.last() == Some(&0) {
        digits.pop();
        exp10 += 1;
    }
    let point = exp10 + digits.len() as i64;
    (digits, point)
}

/// Of the two `n`-digit decimals around the exact value (`exact` has more than `n` digits),
/// the nearer one that reads back as `a` (the upper one first on a tie, as core does), trailing
/// zeros removed.
fn nearest_round_trip(exact: &[u8], point: i64, n: usize, a: f64) -> Option<(Vec<u8>, i64)> {
    let down = exact[..n].to_vec();
    let rest = &exact[n..];
    let up = increment(&down, point);
    let down = (down, point);
    let order = if rest[0] >= 5 { [up, down] } else { [down, up] };
    order.into_iter().find_map(|(mut digits, point)| {
        let value = digits_to_f64(&digits, point - digits.len() as i64);
        (value == a).then(|| {
            while digits.last() == Some(&0) {
                digits.pop();
            }
            (digits, point)
        })
    })
}

/// `digits + 1` in the last place; `99` becomes `1` with the point one further right.
fn increment(digits: &[u8], point: i64) -> (Vec<u8>, i64) {
    let mut out = digits.to_vec();
    for d in out.iter_mut().rev() {
        if *d == 9 {
            *d = 0;
        } else {
            *d += 1;
            return (out, point);
        }
    }
    out.insert(0, 1);
    out.pop();
    (out, point + 1)
}

/// `0.d₁d₂…dₙ × 10^point` without an exponent.
fn write_plain(out: &mut String, digits: &[u8], point: i64) {
    let digit = |d: &u8| char::from(b'0' + d);
    if point <= 0 {
        out.push_str("0.");
        out.extend((0..-point).map(|_| '0'));
        out.extend(digits.iter().map(digit));
        return;
    }
    let point = point as usize;
    if point >= digits.len() {
        out.extend(digits.iter().map(digit));
        out.extend((digits.len()..point).map(|_| '0'));
    } else {
        out.extend(digits[..point].iter().map(digit));
        out.push('.');
        out.extend(digits[point..].iter().map(digit));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn matches_std_on_edge_values() {
        for v in [
            0.0,
            -0.0,
            1.0,
            -1.5,
            0.1,
            0.3,
            1.0 / 3.0,
            2.0 / 3.0,
            1e21,
            1e22,
            1e23,
            1e-7,
            123_456_789_012.0,
            1.5e12,
            9007199254740993.0,
            f64::MAX,
            f64::MIN_POSITIVE,
            5e-324,
            f64::from_bits(0x000F_FFFF_FFFF_FFFF),
            f64::EPSILON,
            9.5,
            0.95,
            999_999_999_999_999.9,
            f64::NAN,
            f64::INFINITY,
            f64::NEG_INFINITY,
        ] {
            assert_eq!(shortest(v), format!("{v}"), "{v:e}");
        }
        // Powers of two: the round-trip interval is lopsided there.
        for e in -1074..=1023 {
            let bits = if e >= -1022 {
                ((e + 1023) as u64) << 52
            } else {
                1 << (e + 1074)
            };
            let v = f64::from_bits(bits);
            assert_eq!(shortest(v), format!("{v}"), "2^{e}");
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(1000))]
        #[test]
        fn matches_std_on_any_value(bits in any::<u64>(), amount in 0.0f64..1e13, cents in 0u64..10_000_000) {
            let v = f64::from_bits(bits);
            prop_assert_eq!(shortest(v), format!("{v}"));
            prop_assert_eq!(shortest(amount), format!("{amount}"));
            let money = cents as f64 / 100.0;
            prop_assert_eq!(shortest(money), format!("{money}"));
        }
    }
}
