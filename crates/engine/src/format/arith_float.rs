//! Float arithmetic with CPython's semantics and messages: `/`, `//`, `%`,
//! `divmod`, `**`, `int(x)`, `math.floor/ceil`, `float.is_integer`.

use num_bigint::BigInt;

use super::digits::decompose;
use super::{PyErr, PyResult};

/// `x / y` for floats. Error: "float division by zero".
pub fn float_div(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_div("float division by zero"));
    }
    Ok(x / y)
}

fn divmod_unchecked(vx: f64, wx: f64) -> (f64, f64) {
    let mut m = vx % wx;
    let mut div = (vx - m) / wx;
    if m != 0.0 {
        if (wx < 0.0) != (m < 0.0) {
            m += wx;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(wx);
    }
    let floordiv = if div != 0.0 {
        let mut f = div.floor();
        if div - f > 0.5 {
            f += 1.0;
        }
        f
    } else {
        0.0f64.copysign(vx / wx)
    };
    (floordiv, m)
}

/// `x // y` for floats. Error: "float floor division by zero".
pub fn float_floordiv(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_div("float floor division by zero"));
    }
    Ok(divmod_unchecked(x, y).0)
}

/// `x % y` for floats (sign of `y`). Error: "float modulo".
pub fn float_mod(x: f64, y: f64) -> PyResult<f64> {
    if y == 0.0 {
        return Err(PyErr::zero_div("float modulo"));
    }
    let mut m = x % y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    Ok(m)
}

/// `divmod(x, y)` for floats. Error: "float divmod()".
pub fn float_divmod(x: f64, y: f64) -> PyResult<(f64, f64)> {
    if y == 0.0 {
        return Err(PyErr::zero_div("float divmod()"));
    }
    Ok(divmod_unchecked(x, y))
}

fn is_odd_integer(x: f64) -> bool {
    x.abs() % 2.0 == 1.0
}

/// `x ** y` for floats, with CPython's special cases. Errors:
/// ZeroDivisionError "0.0 cannot be raised to a negative power",
/// OverflowError "(34, 'Numerical result out of range')", and
/// `UnsupportedComplex` for a negative base with a fractional exponent
/// (CPython returns a complex there).
pub fn float_pow(iv: f64, iw: f64) -> PyResult<f64> {
    if iw == 0.0 {
        return Ok(1.0);
    }
    if iv.is_nan() {
        return Ok(iv);
    }
    if iw.is_nan() {
        return Ok(if iv == 1.0 { 1.0 } else { iw });
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        });
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        });
    }
    if iv == 0.0 {
        if iw < 0.0 {
            return Err(PyErr::zero_div("0.0 cannot be raised to a negative power"));
        }
        return Ok(if is_odd_integer(iw) { iv } else { 0.0 });
    }
    let mut base = iv;
    let mut negate = false;
    if iv < 0.0 {
        if iw != iw.floor() {
            return Err(PyErr::unsupported_complex(
                "a negative number raised to a fractional power is a complex number",
            ));
        }
        base = -iv;
        negate = is_odd_integer(iw);
    }
    if base == 1.0 {
        return Ok(if negate { -1.0 } else { 1.0 });
    }
    let r = base.powf(iw);
    if r.is_infinite() {
        return Err(PyErr::overflow("(34, 'Numerical result out of range')"));
    }
    Ok(if negate { -r } else { r })
}

/// `int(x)` for a float (truncation toward zero). Errors: OverflowError
/// "cannot convert float infinity to integer", ValueError "cannot convert
/// float NaN to integer".
pub fn float_to_int(x: f64) -> PyResult<BigInt> {
    if x.is_nan() {
        return Err(PyErr::value("cannot convert float NaN to integer"));
    }
    if x.is_infinite() {
        return Err(PyErr::overflow("cannot convert float infinity to integer"));
    }
    let t = x.trunc();
    if t.abs() < 9.0e15 {
        return Ok(BigInt::from(t as i64));
    }
    let (m, e) = decompose(t.abs());
    let mag = if e >= 0 {
        BigInt::from(m) << (e as usize)
    } else {
        BigInt::from(m >> ((-e) as u32))
    };
    Ok(if t < 0.0 { -mag } else { mag })
}

/// `math.floor(x)` for a float, as an int (errors as [`float_to_int`]).
pub fn float_floor(x: f64) -> PyResult<BigInt> {
    float_to_int(x.floor())
}

/// `math.ceil(x)` for a float, as an int (errors as [`float_to_int`]).
pub fn float_ceil(x: f64) -> PyResult<BigInt> {
    float_to_int(x.ceil())
}

/// `float.is_integer()`.
pub fn float_is_integer(x: f64) -> bool {
    x.is_finite() && x.floor() == x
}
