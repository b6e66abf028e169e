//! `round()` for floats and ints, correctly rounded half-even like CPython.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, Zero};

use super::arith_float::float_to_int;
use super::digits::fixed_digits;
use super::{PyErr, PyResult};

/// What `round(x, ndigits)` returns: an int without `ndigits`, a float with.
#[derive(Clone, Debug, PartialEq)]
pub enum Rounded {
    Int(BigInt),
    Float(f64),
}

/// `round(x)` / `round(x, ndigits)` for a float.
pub fn round_float(x: f64, ndigits: Option<i64>) -> PyResult<Rounded> {
    match ndigits {
        None => round_float_to_int(x).map(Rounded::Int),
        Some(n) => round_float_digits(x, n).map(Rounded::Float),
    }
}

/// `round(x)`: nearest int, ties to even. Errors: "cannot convert float
/// infinity to integer" (OverflowError), "cannot convert float NaN to
/// integer" (ValueError).
pub fn round_float_to_int(x: f64) -> PyResult<BigInt> {
    let mut r = x.round();
    if (x - r).abs() == 0.5 {
        r = 2.0 * (x / 2.0).round();
    }
    float_to_int(r)
}

/// `round(x, ndigits)`: the double nearest to the decimal value of `x`
/// correctly rounded (half-even) to `ndigits` places, e.g.
/// `round(2.675, 2)` → `2.67`. Error: "rounded value too large to
/// represent" (OverflowError).
pub fn round_float_digits(x: f64, ndigits: i64) -> PyResult<f64> {
    if !x.is_finite() {
        return Ok(x);
    }
    if ndigits > 323 {
        return Ok(x);
    }
    if ndigits < -308 {
        return Ok(0.0 * x);
    }
    let d = fixed_digits(x, ndigits);
    let digits: String = d.digits.iter().map(|&c| c as char).collect();
    let s = format!(
        "{}0{}e{}",
        if x.is_sign_negative() { "-" } else { "" },
        digits,
        d.decpt - d.digits.len() as i64
    );
    let r: f64 = super::atof::parse_f64(&s).unwrap_or(0.0);
    if r.is_infinite() {
        return Err(PyErr::overflow("rounded value too large to represent"));
    }
    Ok(r)
}

/// `round(n, ndigits)` for an int: unchanged for `ndigits >= 0`, else
/// rounded to a multiple of `10**-ndigits`, ties to even.
pub fn round_int(n: &BigInt, ndigits: i64) -> BigInt {
    if ndigits >= 0 || n.is_zero() {
        return n.clone();
    }
    let k = ndigits.unsigned_abs();
    // 10**k > 2*|n| means the result is 0 (no tie possible at that size).
    if k > n.magnitude().bits() / 3 + 2 {
        return BigInt::zero();
    }
    let p = num_traits::pow::pow(BigInt::from(10u32), k as usize);
    let (mut q, r) = n.div_mod_floor(&p);
    let twice: BigInt = r * 2u32;
    if twice > p || (twice == p && q.is_odd()) {
        q += 1u32;
    }
    let out = q * p;
    if out.is_negative() || !out.is_zero() {
        out
    } else {
        BigInt::zero()
    }
}
