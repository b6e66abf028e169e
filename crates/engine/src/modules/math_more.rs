//! More of `math`: integer functions (isqrt, lcm, perm), float
//! decomposition (frexp, ldexp, modf, copysign, fmod, remainder, ulp,
//! nextafter), inverse and hyperbolic functions, dist, cbrt, exp2.

use super::fns;
use crate::builtins::args::Sig;
use crate::value::*;
use crate::vm::ops::value_to_big;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, Zero};

pub fn items() -> Vec<(&'static str, Value)> {
    fns(
        &[
            ("isqrt", isqrt),
            ("lcm", lcm),
            ("perm", perm),
            ("dist", dist),
            ("copysign", copysign),
            ("fmod", fmod),
            ("remainder", remainder),
            ("modf", modf),
            ("frexp", frexp),
            ("ldexp", ldexp),
            ("nextafter", nextafter),
            ("ulp", ulp),
            ("asin", asin),
            ("acos", acos),
            ("sinh", sinh),
            ("cosh", cosh),
            ("tanh", tanh),
            ("asinh", asinh),
            ("acosh", acosh),
            ("atanh", atanh),
            ("expm1", expm1),
            ("log1p", log1p),
            ("cbrt", cbrt),
            ("exp2", exp2),
        ],
        "math",
    )
}

fn domain<T>(vm: &Vm) -> PyResult<T> {
    vm.value_error("math domain error")
}

/// CPython's `math_1`: NaN result from a non-NaN input is a domain
/// error; an infinite result from a finite input overflows (or is a
/// domain error when the function cannot overflow).
fn math_1(vm: &mut Vm, a: &Args, name: &str, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    vm.fn_args::<1>(a, Sig::One(&format!("math.{name}")))?;
    let x = vm.to_f64(&a.pos[0])?;
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() && x.is_finite() {
        if can_overflow {
            return vm.err("OverflowError", "math range error");
        }
        return domain(vm);
    }
    Ok(Value::Float(r))
}

fn asin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "asin", f64::asin, false)
}
fn acos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "acos", f64::acos, false)
}
fn sinh(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "sinh", f64::sinh, true)
}
fn cosh(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "cosh", f64::cosh, true)
}
fn tanh(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "tanh", f64::tanh, false)
}
fn asinh(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "asinh", f64::asinh, false)
}
fn acosh(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "acosh", f64::acosh, false)
}
fn atanh(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("math.atanh"))?;
    let x = vm.to_f64(&a.pos[0])?;
    if x.abs() >= 1.0 {
        return domain(vm);
    }
    Ok(Value::Float(x.atanh()))
}
fn expm1(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "expm1", f64::exp_m1, true)
}
fn log1p(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("math.log1p"))?;
    let x = vm.to_f64(&a.pos[0])?;
    if x <= -1.0 {
        return domain(vm);
    }
    Ok(Value::Float(x.ln_1p()))
}
fn cbrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "cbrt", f64::cbrt, false)
}
fn exp2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    math_1(vm, &a, "exp2", f64::exp2, true)
}

fn two(vm: &mut Vm, a: &Args, name: &str) -> PyResult<(f64, f64)> {
    vm.fn_args::<2>(a, Sig::Pos(name, &format!("math.{name}"), 2, 2))?;
    Ok((vm.to_f64(&a.pos[0])?, vm.to_f64(&a.pos[1])?))
}

fn copysign(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a, "copysign")?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a, "fmod")?;
    if y.is_infinite() && x.is_finite() {
        return Ok(Value::Float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain(vm);
    }
    Ok(Value::Float(r))
}

fn remainder(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a, "remainder")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x.is_infinite() || y == 0.0 {
        return domain(vm);
    }
    if y.is_infinite() {
        return Ok(Value::Float(x));
    }
    // CPython's m_remainder.
    let (absx, absy) = (x.abs(), y.abs());
    let m = absx % absy;
    let c = absy - m;
    let r = if m < c {
        m
    } else if m > c {
        -c
    } else {
        m - 2.0 * ((0.5 * (absx - m)) % absy)
    };
    Ok(Value::Float(1.0f64.copysign(x) * r))
}

fn modf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("math.modf"))?;
    let x = vm.to_f64(&a.pos[0])?;
    if x.is_infinite() {
        return Ok(Value::tuple(vec![Value::Float(0.0f64.copysign(x)), Value::Float(x)]));
    }
    let i = x.trunc();
    Ok(Value::tuple(vec![Value::Float((x - i).copysign(x)), Value::Float(i)]))
}

fn frexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("math.frexp"))?;
    let x = vm.to_f64(&a.pos[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let bits = x.to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let (m, e) = if exp == 0 {
        // Subnormal: scale up first.
        let y = x * 2f64.powi(54);
        exp = ((y.to_bits() >> 52) & 0x7ff) as i64;
        (f64::from_bits((y.to_bits() & !(0x7ffu64 << 52)) | (1022u64 << 52)), exp - 1022 - 54)
    } else {
        (f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52)), exp - 1022)
    };
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn ldexp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("ldexp", "math.ldexp", 2, 2))?;
    let x = vm.to_f64(&a.pos[0])?;
    let e = match value_to_big(&a.pos[1]) {
        Some(b) => b.clamp(BigInt::from(-100_000), BigInt::from(100_000)).try_into().unwrap_or(0i64),
        None => return vm.type_error("Expected an int as second argument to ldexp."),
    };
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::Float(x));
    }
    let mut r = x;
    let mut e = e;
    while e > 0 {
        let step = e.min(1000);
        r *= 2f64.powi(step as i32);
        e -= step;
    }
    while e < 0 {
        let step = (-e).min(1000);
        r *= 2f64.powi(-(step as i32));
        e += step;
    }
    if r.is_infinite() {
        return vm.err("OverflowError", "math range error");
    }
    Ok(Value::Float(r))
}

fn nextafter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = two(vm, &a, "nextafter")?;
    if x.is_nan() || y.is_nan() {
        return Ok(Value::Float(f64::NAN));
    }
    if x == y {
        return Ok(Value::Float(y));
    }
    if x == 0.0 {
        return Ok(Value::Float(f64::from_bits(1).copysign(y)));
    }
    let bits = x.to_bits();
    let up = (y > x) == (x > 0.0);
    Ok(Value::Float(f64::from_bits(if up { bits + 1 } else { bits - 1 })))
}

fn ulp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("math.ulp"))?;
    let x = vm.to_f64(&a.pos[0])?.abs();
    if !x.is_finite() {
        return Ok(Value::Float(x));
    }
    if x == f64::MAX {
        return Ok(Value::Float(x - f64::from_bits(x.to_bits() - 1)));
    }
    Ok(Value::Float(f64::from_bits(x.to_bits() + 1) - x))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match value_to_big(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

fn isqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("math.isqrt"))?;
    let n = int_arg(vm, &a.pos[0])?;
    if n.is_negative() {
        return vm.value_error("isqrt() argument must be nonnegative");
    }
    Ok(Value::bigint(n.sqrt()))
}

fn lcm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return vm.type_error("math.lcm() takes no keyword arguments");
    }
    let mut acc = BigInt::one();
    for v in &a.pos {
        let n = int_arg(vm, v)?.abs();
        if n.is_zero() || acc.is_zero() {
            acc = BigInt::zero();
            continue;
        }
        let g = num_integer::Integer::gcd(&acc, &n);
        acc = &acc / g * n;
    }
    Ok(Value::bigint(acc))
}

fn perm(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [n, k] = vm.fn_args::<2>(&a, Sig::Pos("perm", "math.perm", 1, 2))?;
    let n = int_arg(vm, &n.unwrap_or(Value::None))?;
    let k = match k {
        None | Some(Value::None) => n.clone(),
        Some(k) => int_arg(vm, &k)?,
    };
    if n.is_negative() {
        return vm.value_error("n must be a non-negative integer");
    }
    if k.is_negative() {
        return vm.value_error("k must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let steps: u64 = k.try_into().unwrap_or(u64::MAX);
    if steps > 100_000 {
        return vm.err("MemoryError", "");
    }
    let mut acc = BigInt::one();
    let mut f = n;
    for _ in 0..steps {
        acc *= &f;
        f -= 1;
    }
    Ok(Value::bigint(acc))
}

fn dist(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("dist", "math.dist", 2, 2))?;
    let (p, q) = (vm.collect_iterable(&a.pos[0])?, vm.collect_iterable(&a.pos[1])?);
    if p.len() != q.len() {
        return vm.value_error("both points must have the same number of dimensions");
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (x, y) in p.iter().zip(q.iter()) {
        diffs.push((vm.to_f64(x)? - vm.to_f64(y)?).abs());
    }
    Ok(Value::Float(super::math::vector_norm(&mut diffs)))
}
