//! `statistics`: mean, fmean, median (low/high), mode, multimode,
//! variance, stdev and their population forms, computed exactly with
//! fractions as CPython 3.11 does (so results round the same way).

use super::{fns, new_module};
use crate::value::*;
use crate::vm::ops::value_to_big;
use crate::vm::{Flow, PyResult, Vm};
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn module(vm: &mut Vm) -> Value {
    let mut items = fns(
        &[
            ("mean", mean),
            ("fmean", fmean),
            ("median", median),
            ("median_low", median_low),
            ("median_high", median_high),
            ("mode", mode),
            ("multimode", multimode),
            ("variance", variance),
            ("pvariance", pvariance),
            ("stdev", stdev),
            ("pstdev", pstdev),
        ],
        "statistics",
    );
    items.push(("StatisticsError", Value::Class(error_class(vm))));
    new_module("statistics", items)
}

fn error_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.ext.classes.get("StatisticsError") {
        return c.clone();
    }
    let base = vm.types.exc("ValueError");
    let c = crate::vm::types::new_class("StatisticsError", "statistics", &[base], None, BuiltinType::BaseException);
    vm.ext.classes.insert("StatisticsError", c.clone());
    c
}

fn fail<T>(vm: &mut Vm, msg: &str) -> PyResult<T> {
    let c = error_class(vm);
    Err(Flow::Exc(vm.new_exception(&c, vec![Value::str(msg)])))
}

/// An exact fraction, den > 0.
#[derive(Clone, Debug)]
struct Frac {
    num: BigInt,
    den: BigInt,
}

impl Frac {
    fn new(num: BigInt, den: BigInt) -> Frac {
        let (num, den) = if den.is_negative() { (-num, -den) } else { (num, den) };
        let g = num.gcd(&den);
        if g.is_zero() || g.is_one() {
            Frac { num, den }
        } else {
            Frac { num: num / &g, den: den / &g }
        }
    }
    fn int(n: BigInt) -> Frac {
        Frac { num: n, den: BigInt::one() }
    }
    fn add(&self, o: &Frac) -> Frac {
        Frac::new(&self.num * &o.den + &o.num * &self.den, &self.den * &o.den)
    }
    fn sub(&self, o: &Frac) -> Frac {
        Frac::new(&self.num * &o.den - &o.num * &self.den, &self.den * &o.den)
    }
    fn mul(&self, o: &Frac) -> Frac {
        Frac::new(&self.num * &o.num, &self.den * &o.den)
    }
    fn div_int(&self, n: usize) -> Frac {
        Frac::new(self.num.clone(), &self.den * BigInt::from(n))
    }
    fn to_f64(&self) -> f64 {
        crate::format::int_true_div(&self.num, &self.den).unwrap_or(f64::NAN)
    }
}

/// The type of a data set: all ints (and bools), or floats among them.
#[derive(Clone, Copy, PartialEq)]
enum T {
    Int,
    Float,
}

/// Exact values of the data; `Err(x)` holds a non-finite float sum.
fn exact(vm: &mut Vm, data: &[Value]) -> PyResult<(T, Result<Vec<Frac>, f64>)> {
    let mut t = T::Int;
    let mut out = Vec::with_capacity(data.len());
    let mut special: Option<f64> = None;
    for v in data {
        match v {
            Value::Float(f) => {
                t = T::Float;
                if !f.is_finite() {
                    special = Some(special.unwrap_or(0.0) + f);
                    continue;
                }
                out.push(float_frac(*f));
            }
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => out.push(Frac::int(value_to_big(v).unwrap_or_default())),
            other => {
                let tn = vm.type_name(other);
                return vm.type_error(format!("can't convert type '{tn}' to numerator/denominator"));
            }
        }
    }
    Ok((t, match special {
        Some(s) => Err(s),
        None => Ok(out),
    }))
}

fn float_frac(f: f64) -> Frac {
    let bits = f.to_bits();
    let neg = bits >> 63 == 1;
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (m, e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    let m = if neg { -BigInt::from(m) } else { BigInt::from(m) };
    if e >= 0 {
        Frac::int(m << e as usize)
    } else {
        Frac::new(m, BigInt::one() << (-e) as usize)
    }
}

/// `_convert(value, T)`.
fn convert(f: &Frac, t: T) -> Value {
    if t == T::Int && f.den.is_one() {
        return Value::bigint(f.num.clone());
    }
    Value::Float(f.to_f64())
}

/// The data argument (CPython's statistics functions are Python functions:
/// `name(data)`, or `name(data, xbar=None)` / `(data, mu=None)`).
fn data_of(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Vec<Value>> {
    use crate::builtins::args::{PySig, Sig};
    static ONE: [PySig; 11] = [
        PySig { name: "mean", params: &["data"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "fmean", params: &["data", "weights"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "median", params: &["data"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "median_low", params: &["data"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "median_high", params: &["data"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "mode", params: &["data"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "multimode", params: &["data"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "variance", params: &["data", "xbar"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "stdev", params: &["data", "xbar"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "pvariance", params: &["data", "mu"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
        PySig { name: "pstdev", params: &["data", "mu"], required: 1, kwonly: &[], self_counted: false, kw_owner: None },
    ];
    let sig = ONE.iter().find(|s| s.name == name).unwrap_or(&ONE[0]);
    let v = Sig::Py(sig).bind(vm, a, 0)?;
    vm.collect_iterable(&v[0].clone().unwrap_or(Value::None))
}

fn sum(fs: &[Frac]) -> Frac {
    fs.iter().fold(Frac::int(BigInt::zero()), |acc, f| acc.add(f))
}

fn mean(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = data_of(vm, &a, "mean")?;
    if data.is_empty() {
        return fail(vm, "mean requires at least one data point");
    }
    let n = data.len();
    match exact(vm, &data)? {
        (_, Err(s)) => Ok(Value::Float(s / n as f64)),
        (t, Ok(fs)) => Ok(convert(&sum(&fs).div_int(n), t)),
    }
}

fn fmean(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = data_of(vm, &a, "fmean")?;
    if data.is_empty() {
        return fail(vm, "fmean requires at least one data point");
    }
    let n = data.len() as f64;
    let mut fs = Vec::with_capacity(data.len());
    let mut special: Option<f64> = None;
    for v in &data {
        let x = vm.to_f64(v)?;
        if x.is_finite() {
            fs.push(float_frac(x));
        } else {
            special = Some(special.unwrap_or(0.0) + x);
        }
    }
    let total = match special {
        Some(s) => s,
        None => sum(&fs).to_f64(),
    };
    Ok(Value::Float(total / n))
}

fn sorted_data(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Vec<Value>> {
    let data = data_of(vm, a, name)?;
    crate::builtins::sort_values(vm, data, None, false)
}

fn median(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = sorted_data(vm, &a, "median")?;
    let n = data.len();
    if n == 0 {
        return fail(vm, "no median for empty data");
    }
    if n % 2 == 1 {
        return Ok(data[n / 2].clone());
    }
    let s = vm.binary_op(&data[n / 2 - 1], &data[n / 2], crate::ast::BinOp::Add)?;
    vm.binary_op(&s, &Value::Int(2), crate::ast::BinOp::Div)
}

fn median_low(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = sorted_data(vm, &a, "median_low")?;
    let n = data.len();
    if n == 0 {
        return fail(vm, "no median for empty data");
    }
    Ok(if n % 2 == 1 { data[n / 2].clone() } else { data[n / 2 - 1].clone() })
}

fn median_high(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = sorted_data(vm, &a, "median_high")?;
    let n = data.len();
    if n == 0 {
        return fail(vm, "no median for empty data");
    }
    Ok(data[n / 2].clone())
}

/// (value, count) in order of first appearance.
fn counts(vm: &mut Vm, data: Vec<Value>) -> PyResult<Vec<(Value, usize)>> {
    let index = Dict::new();
    let mut out: Vec<(Value, usize)> = Vec::new();
    for v in data {
        match vm.dict_get(&index, &v)? {
            Some(Value::Int(i)) => out[i as usize].1 += 1,
            _ => {
                vm.dict_set(&index, v.clone(), Value::Int(out.len() as i64))?;
                out.push((v, 1));
            }
        }
    }
    Ok(out)
}

fn mode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = data_of(vm, &a, "mode")?;
    let c = counts(vm, data)?;
    let Some(best) = c.iter().map(|(_, n)| *n).max() else {
        return fail(vm, "no mode for empty data");
    };
    Ok(c.into_iter().find(|(_, n)| *n == best).map(|(v, _)| v).unwrap_or(Value::None))
}

fn multimode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let data = data_of(vm, &a, "multimode")?;
    let c = counts(vm, data)?;
    let best = c.iter().map(|(_, n)| *n).max().unwrap_or(0);
    Ok(Value::list(c.into_iter().filter(|(_, n)| *n == best).map(|(v, _)| v).collect()))
}

/// Sum of squared deviations from the mean (or from `center`): (type,
/// ss, n); `Err` for non-finite data.
fn ss(vm: &mut Vm, data: &[Value], center: Option<&Value>) -> PyResult<(T, Result<Frac, f64>, usize)> {
    let (mut t, ex) = exact(vm, data)?;
    let fs = match ex {
        Ok(fs) => fs,
        Err(s) => return Ok((t, Err(s), data.len())),
    };
    let n = fs.len();
    if n == 0 {
        return Ok((t, Ok(Frac::int(BigInt::zero())), 0));
    }
    let c = match center {
        Some(c) => {
            let (tc, cf) = exact(vm, std::slice::from_ref(c))?;
            if tc == T::Float {
                t = T::Float;
            }
            match cf {
                Ok(v) => v[0].clone(),
                Err(s) => return Ok((t, Err(s), n)),
            }
        }
        None => sum(&fs).div_int(n),
    };
    let total = fs.iter().fold(Frac::int(BigInt::zero()), |acc, x| {
        let d = x.sub(&c);
        acc.add(&d.mul(&d))
    });
    Ok((t, Ok(total), n))
}

fn spread(vm: &mut Vm, a: Args, name: &str, sample: bool, root: bool) -> PyResult<Value> {
    let data = data_of(vm, &a, name)?;
    let center = a.pos.get(1).cloned().or_else(|| a.kw.iter().find(|(k, _)| &**k == "xbar" || &**k == "mu").map(|(_, v)| v.clone()));
    let center = center.filter(|c| !c.is_none());
    let (t, total, n) = ss(vm, &data, center.as_ref())?;
    let min = if sample { 2 } else { 1 };
    if n < min {
        let what = if root { name.trim_start_matches('p').replace("stdev", "stdev") } else { name.trim_start_matches('p').to_string() };
        let msg = if sample { format!("{what} requires at least two data points") } else { format!("{name} requires at least one data point") };
        return fail(vm, &msg);
    }
    let total = match total {
        Ok(f) => f,
        Err(s) => return Ok(Value::Float(if s.is_nan() { s } else { f64::NAN })),
    };
    let v = total.div_int(if sample { n - 1 } else { n });
    if root {
        return Ok(Value::Float(sqrt_of_frac(&v.num, &v.den)));
    }
    Ok(convert(&v, t))
}

/// `_float_sqrt_of_frac`: the correctly rounded square root of n/m.
fn sqrt_of_frac(n: &BigInt, m: &BigInt) -> f64 {
    if n.is_zero() {
        return 0.0;
    }
    let width: i64 = 2 * 53 + 3;
    let q = num_integer::Integer::div_floor(&(n.bits() as i64 - m.bits() as i64 - width), &2);
    let rto = |n: &BigInt, m: &BigInt| -> BigInt {
        let a = (n / m).sqrt();
        let exact = &a * &a * m == *n;
        if exact {
            a
        } else {
            a | BigInt::one()
        }
    };
    if q >= 0 {
        let num = rto(n, &(m << (2 * q) as usize)) << q as usize;
        num.to_f64().unwrap_or(f64::INFINITY)
    } else {
        let num = rto(&(n << (-2 * q) as usize), m);
        crate::format::int_true_div(&num, &(BigInt::one() << (-q) as usize)).unwrap_or(f64::NAN)
    }
}

fn variance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    spread(vm, a, "variance", true, false)
}
fn pvariance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    spread(vm, a, "pvariance", false, false)
}
fn stdev(vm: &mut Vm, a: Args) -> PyResult<Value> {
    spread(vm, a, "stdev", true, true)
}
fn pstdev(vm: &mut Vm, a: Args) -> PyResult<Value> {
    spread(vm, a, "pstdev", false, true)
}
