//! Decimal digit generation for doubles, as CPython's `_Py_dg_dtoa` does it:
//! shortest round-trip digits (mode 0), `n` significant digits (mode 2) and
//! `n` digits after the point (mode 3), all correctly rounded with
//! round-half-even on the exact binary value.
//!
//! Every finite double is `m * 2^e`, whose decimal expansion is finite; we
//! compute it exactly with `BigInt` and round the digit string.

use num_bigint::BigUint;

/// Digits of a non-negative finite double: value = 0.`digits` × 10^`decpt`.
/// `digits` has no trailing zeros; zero is `("0", 1)`. In fixed mode a value
/// that rounds to zero gives `("", -ndigits)`, like `_Py_dg_dtoa`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Digits {
    pub digits: Vec<u8>,
    pub decpt: i64,
}

/// Split a finite non-negative double into `(mantissa, exponent)` with
/// value = mantissa × 2^exponent.
pub fn decompose(x: f64) -> (u64, i32) {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = bits & ((1u64 << 52) - 1);
    if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1u64 << 52), exp - 1075)
    }
}

/// The exact decimal expansion of `|x|` (finite).
pub fn exact_digits(x: f64) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    let (m, e) = decompose(x);
    let (s, k) = if e >= 0 {
        ((BigUint::from(m) << (e as usize)).to_string(), 0i64)
    } else {
        let k = (-e) as u32;
        (
            (BigUint::from(m) * BigUint::from(5u32).pow(k)).to_string(),
            k as i64,
        )
    };
    let mut digits = s.into_bytes();
    let decpt = digits.len() as i64 - k;
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

/// Shortest digits that round-trip to `|x|` (finite), closest to the true
/// value when several are that short (dtoa mode 0, `repr`).
pub fn shortest_digits(x: f64) -> Digits {
    let x = x.abs();
    if x == 0.0 {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    // Rust's `{:e}` without precision is the shortest round-trip form.
    let s = format!("{:e}", x);
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let exp: i64 = exp.parse().unwrap_or(0);
    let mut digits: Vec<u8> = mant.bytes().filter(|b| b.is_ascii_digit()).collect();
    while digits.len() > 1 && digits.last() == Some(&b'0') {
        digits.pop();
    }
    // Rust breaks exact ties between two shortest candidates upward; dtoa
    // takes the correctly rounded (half-even) one. Ties need >= 16 digits.
    if digits.len() >= 15 {
        let n = digits.len() as i64;
        let r = sig_digits(x, n);
        let mut s = String::from("0.");
        s.extend(r.digits.iter().map(|&c| c as char));
        s.push_str(&format!("e{}", r.decpt));
        if super::atof::parse_f64(&s) == Some(x) {
            return r;
        }
    }
    Digits {
        digits,
        decpt: exp + 1,
    }
}

/// Round an exact digit string so that `keep` digits remain (counted from
/// the first digit; may be ≤ 0), half-even. Returns the rounded digits
/// (trailing zeros stripped, possibly empty) and the new decimal point.
fn round_at(d: &Digits, keep: i64) -> Digits {
    let n = d.digits.len() as i64;
    if keep >= n {
        return d.clone();
    }
    if keep < 0 {
        return Digits {
            digits: Vec::new(),
            decpt: d.decpt,
        };
    }
    let keep = keep as usize;
    let rest = &d.digits[keep..];
    let first = rest[0];
    let tail_nonzero = rest[1..].iter().any(|&c| c != b'0');
    let last_odd = keep > 0 && (d.digits[keep - 1] - b'0') % 2 == 1;
    let up = first > b'5' || (first == b'5' && (tail_nonzero || last_odd));
    let mut digits = d.digits[..keep].to_vec();
    let mut decpt = d.decpt;
    if up {
        let mut i = digits.len();
        loop {
            if i == 0 {
                digits.insert(0, b'1');
                decpt += 1;
                break;
            }
            i -= 1;
            if digits[i] == b'9' {
                digits[i] = b'0';
            } else {
                digits[i] += 1;
                break;
            }
        }
    }
    while digits.last() == Some(&b'0') {
        digits.pop();
    }
    Digits { digits, decpt }
}

/// `ndigits` significant digits of `|x|` (finite, `ndigits ≥ 1`), dtoa mode 2.
pub fn sig_digits(x: f64, ndigits: i64) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    let d = exact_digits(x);
    round_at(&d, ndigits.max(1))
}

/// `|x|` (finite) rounded to `ndigits` digits after the decimal point
/// (`ndigits` may be negative: round to tens, hundreds, ...), dtoa mode 3.
pub fn fixed_digits(x: f64, ndigits: i64) -> Digits {
    if x == 0.0 {
        return Digits {
            digits: b"0".to_vec(),
            decpt: 1,
        };
    }
    let d = exact_digits(x);
    let r = round_at(&d, d.decpt.saturating_add(ndigits));
    if r.digits.is_empty() {
        Digits {
            digits: Vec::new(),
            decpt: -ndigits,
        }
    } else {
        r
    }
}
