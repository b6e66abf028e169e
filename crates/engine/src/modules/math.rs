//! `math`: the functions tutorials use.

use super::{fns, new_module};
use crate::builtins::args::{KwSig, Sig};
use crate::value::*;
use crate::vm::ops::value_to_big;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub fn module() -> Value {
    let mut items = fns(
        &[
            ("sqrt", sqrt),
            ("floor", floor),
            ("ceil", ceil),
            ("trunc", trunc),
            ("fabs", fabs),
            ("pow", pow),
            ("exp", exp),
            ("log", log),
            ("log2", log2),
            ("log10", log10),
            ("sin", sin),
            ("cos", cos),
            ("tan", tan),
            ("atan", atan),
            ("atan2", atan2),
            ("hypot", hypot),
            ("isclose", isclose),
            ("isfinite", isfinite),
            ("isinf", isinf),
            ("isnan", isnan),
            ("gcd", gcd),
            ("factorial", factorial),
            ("prod", prod),
            ("fsum", fsum),
            ("comb", comb),
            ("degrees", degrees),
            ("radians", radians),
        ],
        "math",
    );
    items.extend(super::math_more::items());
    items.push(("pi", Value::Float(std::f64::consts::PI)));
    items.push(("e", Value::Float(std::f64::consts::E)));
    items.push(("tau", Value::Float(std::f64::consts::TAU)));
    items.push(("inf", Value::Float(f64::INFINITY)));
    items.push(("nan", Value::Float(f64::NAN)));
    new_module("math", items)
}

fn f1(vm: &mut Vm, a: &Args, name: &str) -> PyResult<f64> {
    vm.fn_args::<1>(a, Sig::One(&format!("math.{name}")))?;
    vm.to_f64(&a.pos[0])
}

fn domain<T>(vm: &Vm) -> PyResult<T> {
    vm.value_error("math domain error")
}

fn sqrt(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a, "sqrt")?;
    if x < 0.0 {
        return domain(vm);
    }
    Ok(Value::Float(x.sqrt()))
}

fn int_round(vm: &mut Vm, a: Args, name: &str, f: fn(f64) -> crate::format::PyResult<BigInt>) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One(&format!("math.{name}")))?;
    if let Some(b) = value_to_big(&a.pos[0]) {
        return Ok(Value::bigint(b));
    }
    let x = vm.to_f64(&a.pos[0])?;
    Ok(Value::bigint(vm.fmt_err(f(x))?))
}

fn floor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    int_round(vm, a, "floor", crate::format::float_floor)
}
fn ceil(vm: &mut Vm, a: Args) -> PyResult<Value> {
    int_round(vm, a, "ceil", crate::format::float_ceil)
}
fn trunc(vm: &mut Vm, a: Args) -> PyResult<Value> {
    int_round(vm, a, "trunc", crate::format::float_to_int)
}

fn fabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a, "fabs")?.abs()))
}

fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("pow", "math.pow", 2, 2))?;
    let x = vm.to_f64(&a.pos[0])?;
    let y = vm.to_f64(&a.pos[1])?;
    let r = x.powf(y);
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return domain(vm);
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        if x == 0.0 {
            return domain(vm);
        }
        return vm.err("OverflowError", "math range error");
    }
    Ok(Value::Float(r))
}

fn exp(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a, "exp")?;
    let r = x.exp();
    if r.is_infinite() && x.is_finite() {
        return vm.err("OverflowError", "math range error");
    }
    Ok(Value::Float(r))
}

fn log(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return vm.type_error("log() takes no keyword arguments");
    }
    if a.pos.is_empty() || a.pos.len() > 2 {
        return vm.type_error("math.log requires 1 to 2 arguments");
    }
    let x = vm.to_f64(&a.pos[0])?;
    if x <= 0.0 {
        return domain(vm);
    }
    match a.pos.get(1) {
        Some(b) => {
            let b = vm.to_f64(b)?;
            if b <= 0.0 || b == 1.0 {
                if b == 1.0 {
                    return vm.err("ZeroDivisionError", "float division by zero");
                }
                return domain(vm);
            }
            Ok(Value::Float(x.ln() / b.ln()))
        }
        None => Ok(Value::Float(x.ln())),
    }
}

fn log2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a, "log2")?;
    if x <= 0.0 {
        return domain(vm);
    }
    Ok(Value::Float(x.log2()))
}

fn log10(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = f1(vm, &a, "log10")?;
    if x <= 0.0 {
        return domain(vm);
    }
    Ok(Value::Float(x.log10()))
}

fn sin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a, "sin")?.sin()))
}
fn cos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a, "cos")?.cos()))
}
fn tan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a, "tan")?.tan()))
}
fn atan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a, "atan")?.atan()))
}
fn degrees(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a, "degrees")?.to_degrees()))
}
fn radians(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Float(f1(vm, &a, "radians")?.to_radians()))
}

fn atan2(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("atan2", "math.atan2", 2, 2))?;
    let y = vm.to_f64(&a.pos[0])?;
    let x = vm.to_f64(&a.pos[1])?;
    Ok(Value::Float(y.atan2(x)))
}

fn hypot(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return vm.type_error("math.hypot() takes no keyword arguments");
    }
    let mut xs = Vec::with_capacity(a.pos.len());
    for v in &a.pos {
        xs.push(vm.to_f64(v)?.abs());
    }
    Ok(Value::Float(vector_norm(&mut xs)))
}

/// CPython's `vector_norm` (math.hypot / math.dist): the correctly
/// scaled, compensated Euclidean norm of non-negative `vec`.
pub fn vector_norm(vec: &mut [f64]) -> f64 {
    let max = vec.iter().cloned().fold(0.0f64, f64::max);
    if vec.iter().any(|x| x.is_infinite()) {
        return f64::INFINITY;
    }
    if vec.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    if max == 0.0 || vec.len() <= 1 {
        return max;
    }
    let max_e = frexp_exp(max);
    if max_e < -1023 {
        for x in vec.iter_mut() {
            *x /= f64::MIN_POSITIVE;
        }
        return f64::MIN_POSITIVE * vector_norm(vec);
    }
    let scale = 2f64.powi(-max_e);
    let (mut csum, mut frac1, mut frac2) = (1.0f64, 0.0f64, 0.0f64);
    let dl_mul = |x: f64, y: f64| {
        let m = x * y;
        (m, x.mul_add(y, -m))
    };
    let dl_fast_sum = |a: f64, b: f64| {
        let x = a + b;
        let z = x - a;
        (x, b - z)
    };
    for &x in vec.iter() {
        let x = x * scale;
        let (hi, lo) = dl_mul(x, x);
        let (s, slo) = dl_fast_sum(csum, hi);
        csum = s;
        frac1 += lo;
        frac2 += slo;
    }
    let mut h = (csum - 1.0 + (frac1 + frac2)).sqrt();
    let (hi, lo) = dl_mul(-h, h);
    let (s, slo) = dl_fast_sum(csum, hi);
    csum = s;
    frac1 += lo;
    frac2 += slo;
    let x = csum - 1.0 + (frac1 + frac2);
    h += x / (2.0 * h);
    h / scale
}

/// The exponent `frexp` gives (x = m * 2**e, 0.5 <= m < 1).
fn frexp_exp(x: f64) -> i32 {
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal.
        let y = x * 2f64.powi(54);
        return ((y.to_bits() >> 52) & 0x7ff) as i32 - 1022 - 54;
    }
    exp - 1022
}

static ISCLOSE: KwSig = KwSig { name: "isclose", params: &["a", "b", "rel_tol", "abs_tol"], posonly: 0, required: 2, maxpos: 2 };

fn isclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [x, y, rel, abs] = vm.fn_args::<4>(&a, Sig::Kw(&ISCLOSE))?;
    let x = vm.to_f64(&x.unwrap_or(Value::None))?;
    let y = vm.to_f64(&y.unwrap_or(Value::None))?;
    let rel = match rel {
        Some(v) => vm.to_f64(&v)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(v) => vm.to_f64(&v)?,
        None => 0.0,
    };
    if x == y {
        return Ok(Value::Bool(true));
    }
    if x.is_infinite() || y.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (x - y).abs();
    Ok(Value::Bool(diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs))
}

fn isfinite(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, &a, "isfinite")?.is_finite()))
}
fn isinf(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, &a, "isinf")?.is_infinite()))
}
fn isnan(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(f1(vm, &a, "isnan")?.is_nan()))
}

fn int_args(vm: &mut Vm, a: &Args) -> PyResult<Vec<BigInt>> {
    let mut out = Vec::new();
    for v in &a.pos {
        match value_to_big(v) {
            Some(b) => out.push(b),
            None => {
                let tn = vm.type_name(v);
                return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
            }
        }
    }
    Ok(out)
}

fn gcd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return vm.type_error("math.gcd() takes no keyword arguments");
    }
    let xs = int_args(vm, &a)?;
    let mut g = BigInt::zero();
    for x in xs {
        let (mut p, mut q) = (g.abs(), x.abs());
        while !q.is_zero() {
            let r = &p % &q;
            p = q;
            q = r;
        }
        g = p;
    }
    Ok(Value::bigint(g))
}

fn factorial(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("math.factorial"))?;
    let n = match value_to_big(&a.pos[0]) {
        Some(n) => n,
        None => return vm.type_error("'float' object cannot be interpreted as an integer"),
    };
    if n.is_negative() {
        return vm.value_error("factorial() not defined for negative values");
    }
    let n = n.to_u64().unwrap_or(u64::MAX);
    if n > 20_000 {
        return vm.err("MemoryError", "");
    }
    let mut acc = BigInt::one();
    for k in 2..=n {
        acc *= k;
    }
    Ok(Value::bigint(acc))
}

static PROD: KwSig = KwSig { name: "prod", params: &["iterable", "start"], posonly: 1, required: 1, maxpos: 1 };

fn prod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [_, start] = vm.fn_args::<2>(&a, Sig::Kw(&PROD))?;
    let mut acc = start.unwrap_or(Value::Int(1));
    for v in vm.collect_iterable(&a.pos[0])? {
        acc = vm.binary_op(&acc, &v, crate::ast::BinOp::Mult)?;
    }
    Ok(acc)
}

fn fsum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("math.fsum"))?;
    // Exact summation (Shewchuk), as CPython's fsum.
    let mut partials: Vec<f64> = Vec::new();
    for v in vm.collect_iterable(&a.pos[0])? {
        let mut x = vm.to_f64(&v)?;
        let mut i = 0;
        for j in 0..partials.len() {
            let mut y = partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        partials.truncate(i);
        partials.push(x);
    }
    let mut hi = 0.0;
    if let Some(mut n) = partials.len().checked_sub(1) {
        hi = partials[n];
        let mut lo = 0.0;
        while n > 0 {
            let x = hi;
            n -= 1;
            let y = partials[n];
            hi = x + y;
            let yr = hi - x;
            lo = y - yr;
            if lo != 0.0 {
                break;
            }
        }
        if n > 0 && ((lo < 0.0 && partials[n - 1] < 0.0) || (lo > 0.0 && partials[n - 1] > 0.0)) {
            let y = lo * 2.0;
            let x = hi + y;
            if y == x - hi {
                hi = x;
            }
        }
    }
    Ok(Value::Float(hi))
}

fn comb(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("comb", "math.comb", 2, 2))?;
    let xs = int_args(vm, &a)?;
    let (n, k) = (&xs[0], &xs[1]);
    if n.is_negative() || k.is_negative() {
        return vm.value_error("n must be a non-negative integer");
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    // comb(n, k) == comb(n, n - k): loop over the smaller one.
    let k = std::cmp::min(k.clone(), n - k).to_u64().unwrap_or(u64::MAX);
    if k > 200_000 {
        return vm.err("MemoryError", "");
    }
    let mut acc = BigInt::one();
    for i in 0..k {
        acc = acc * (n - BigInt::from(i)) / BigInt::from(i + 1);
    }
    Ok(Value::bigint(acc))
}
