//! Integer arithmetic with CPython's semantics and messages: conversion to
//! float, true division, floor division, modulo, divmod, powers.

use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::arith_float::float_pow;
use super::{PyErr, PyResult};

/// Loopscope's cap on the size of an `int ** int` result (in bits); CPython
/// would try and exhaust memory. Past it: `MemoryError`.
pub const MAX_POW_BITS: u64 = 1 << 24;

/// `2^e` as a double, for `e` in the range of finite doubles (subnormals too).
pub fn pow2(e: i64) -> f64 {
    if e >= 1024 {
        f64::INFINITY
    } else if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else if e >= -1074 {
        f64::from_bits(1u64 << (e + 1074))
    } else {
        0.0
    }
}

/// `float(n)`: correctly rounded (half-even); "int too large to convert to
/// float" (OverflowError) past the largest double.
pub fn int_to_f64(n: &BigInt) -> PyResult<f64> {
    let too_large = || PyErr::overflow("int too large to convert to float");
    let mag = n.magnitude();
    let bits = mag.bits();
    let x = if bits <= 64 {
        mag.to_u64().unwrap_or(0) as f64
    } else {
        if bits > 1024 {
            return Err(too_large());
        }
        // Keep 55 bits and fold the rest into a sticky bit, so the single
        // rounding of u64 -> f64 is the correct one.
        let shift = bits - 55;
        let top = (mag >> shift).to_u64().unwrap_or(0);
        let sticky = mag.trailing_zeros().is_some_and(|tz| tz < shift) as u64;
        let m = (top | sticky) as f64;
        let r = m * pow2(shift as i64);
        if r.is_infinite() {
            return Err(too_large());
        }
        r
    };
    Ok(if n.sign() == Sign::Minus { -x } else { x })
}

/// `a / b` for ints: the correctly rounded quotient (CPython's
/// `long_true_divide`). Errors: "division by zero", "integer division
/// result too large for a float".
pub fn int_true_div(a: &BigInt, b: &BigInt) -> PyResult<f64> {
    if b.is_zero() {
        return Err(PyErr::zero_div("division by zero"));
    }
    let negate = (a.sign() == Sign::Minus) != (b.sign() == Sign::Minus);
    let (am, bm) = (a.magnitude(), b.magnitude());
    if am.is_zero() {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    if am.bits() <= 53 && bm.bits() <= 53 {
        let q = am.to_u64().unwrap_or(0) as f64 / bm.to_u64().unwrap_or(1) as f64;
        return Ok(if negate { -q } else { q });
    }
    let overflow = || PyErr::overflow("integer division result too large for a float");
    // e: floor(log2(a/b)) is e or e - 1.
    let mut e = am.bits() as i64 - bm.bits() as i64;
    if e > 1025 {
        return Err(overflow());
    }
    if e < -1077 {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    let ge = if e >= 0 {
        *am >= (bm << (e as u64))
    } else {
        (am << ((-e) as u64)) >= *bm
    };
    if !ge {
        e -= 1;
    }
    if e > 1023 {
        return Err(overflow());
    }
    if e < -1075 {
        return Ok(if negate { -0.0 } else { 0.0 });
    }
    let lsb = (e - 52).max(-1074);
    let (num, den) = if lsb <= 0 {
        (am << ((-lsb) as u64), bm.clone())
    } else {
        (am.clone(), bm << (lsb as u64))
    };
    let (mut q, r) = num.div_rem(&den);
    let twice = r << 1u32;
    if twice > den || (twice == den && q.bit(0)) {
        q += 1u32;
    }
    let qf = q.to_u64().unwrap_or(0) as f64;
    let x = if lsb > 971 {
        qf * pow2(lsb - 60) * pow2(60)
    } else {
        qf * pow2(lsb)
    };
    if x.is_infinite() {
        return Err(overflow());
    }
    Ok(if negate { -x } else { x })
}

/// `a // b` (floor division). Error: "integer division or modulo by zero".
pub fn int_floordiv(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(PyErr::zero_div("integer division or modulo by zero"));
    }
    Ok(a.div_floor(b))
}

/// `a % b` (result has the sign of `b`). Error: "integer modulo by zero".
pub fn int_mod(a: &BigInt, b: &BigInt) -> PyResult<BigInt> {
    if b.is_zero() {
        return Err(PyErr::zero_div("integer modulo by zero"));
    }
    Ok(a.mod_floor(b))
}

/// `divmod(a, b)`. Error: "integer division or modulo by zero".
pub fn int_divmod(a: &BigInt, b: &BigInt) -> PyResult<(BigInt, BigInt)> {
    if b.is_zero() {
        return Err(PyErr::zero_div("integer division or modulo by zero"));
    }
    Ok(a.div_mod_floor(b))
}

/// The result of `int ** int`: an int, or a float for negative exponents.
#[derive(Clone, Debug, PartialEq)]
pub enum IntPow {
    Int(BigInt),
    Float(f64),
}

/// `base ** exp` for ints. A negative exponent gives a float
/// (`float(base) ** float(exp)`, so `0 ** -1` raises ZeroDivisionError
/// "0.0 cannot be raised to a negative power").
pub fn int_pow(base: &BigInt, exp: &BigInt) -> PyResult<IntPow> {
    if exp.is_negative() {
        let b = int_to_f64(base)?;
        let e = int_to_f64(exp)?;
        return float_pow(b, e).map(IntPow::Float);
    }
    let mag = base.magnitude();
    if mag.is_zero() || mag.is_one() {
        if exp.is_zero() {
            return Ok(IntPow::Int(BigInt::one()));
        }
        if mag.is_zero() {
            return Ok(IntPow::Int(BigInt::zero()));
        }
        let odd = exp.is_odd();
        return Ok(IntPow::Int(if base.is_negative() && odd {
            -BigInt::one()
        } else {
            BigInt::one()
        }));
    }
    let e = match exp.to_u64() {
        Some(e) if (mag.bits().saturating_sub(1)).saturating_mul(e) <= MAX_POW_BITS => e,
        _ => {
            return Err(PyErr {
                kind: "MemoryError",
                msg: String::new(),
            })
        }
    };
    Ok(IntPow::Int(num_traits::pow::pow(base.clone(), e as usize)))
}

/// `pow(base, exp, modulus)` for ints (negative exponents use the modular
/// inverse, as in Python 3.8+).
pub fn int_pow_mod(base: &BigInt, exp: &BigInt, modulus: &BigInt) -> PyResult<BigInt> {
    if modulus.is_zero() {
        return Err(PyErr::value("pow() 3rd argument cannot be 0"));
    }
    let m = modulus.abs();
    let mut b = base.mod_floor(&m);
    let mut e = exp.clone();
    if e.is_negative() {
        let g = b.extended_gcd(&m);
        if !g.gcd.is_one() {
            return Err(PyErr::value("base is not invertible for the given modulus"));
        }
        b = g.x.mod_floor(&m);
        e = -e;
    }
    let mut r = b.modpow(&e, &m);
    if modulus.is_negative() && !r.is_zero() {
        r -= &m;
    }
    Ok(r)
}

/// `int.bit_length()`.
pub fn int_bit_length(n: &BigInt) -> u64 {
    n.magnitude().bits()
}
