//! Methods of `int` and `float`.

use super::add_method;
use super::args::{KwSig, Sig};
use crate::value::*;
use crate::vm::ops::value_to_big;
use crate::vm::{PyResult, Vm};
use num_bigint::{BigInt, Sign};
use num_traits::{Signed, ToPrimitive, Zero};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let i = vm.types.int.clone();
    add_method(&i, "bit_length", int_bit_length);
    add_method(&i, "bit_count", int_bit_count);
    add_method(&i, "conjugate", int_conjugate);
    add_method(&i, "as_integer_ratio", int_as_integer_ratio);
    add_method(&i, "to_bytes", int_to_bytes);
    add_method(&i, "__index__", same);
    add_method(&i, "__int__", same);
    let fb = super::builtin("from_bytes", "int.from_bytes", int_from_bytes);
    i.dict.borrow_mut().insert(Rc::from("from_bytes"), Value::Descriptor(Rc::new(Descriptor::ClassMethod(fb))));
    let f = vm.types.float.clone();
    add_method(&f, "is_integer", float_is_integer);
    add_method(&f, "as_integer_ratio", float_as_integer_ratio);
    add_method(&f, "conjugate", float_conjugate);
    add_method(&f, "hex", float_hex);
    add_method(&f, "__float__", same);
    let fh = super::builtin("fromhex", "float.fromhex", float_fromhex);
    f.dict.borrow_mut().insert(Rc::from("fromhex"), Value::Descriptor(Rc::new(Descriptor::ClassMethod(fh))));
}

fn same(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

fn this_int(vm: &Vm, a: &Args, name: &str) -> PyResult<BigInt> {
    match a.pos.first().and_then(value_to_big) {
        Some(b) => Ok(b),
        None => vm.type_error(format!("descriptor '{name}' for 'int' objects doesn't apply to this object")),
    }
}

fn this_float(vm: &Vm, a: &Args, name: &str) -> PyResult<f64> {
    match a.pos.first() {
        Some(Value::Float(f)) => Ok(*f),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("descriptor '{name}' for 'float' objects doesn't apply to a '{tn}' object"))
        }
        None => vm.type_error(format!("unbound method float.{name}() needs an argument")),
    }
}

fn int_bit_length(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this_int(vm, &a, "bit_length")?;
    vm.method_args::<0>(&a, Sig::NoArgs("int.bit_length"))?;
    Ok(Value::Int(crate::format::int_bit_length(&b) as i64))
}

fn int_bit_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this_int(vm, &a, "bit_count")?;
    vm.method_args::<0>(&a, Sig::NoArgs("int.bit_count"))?;
    let n: u64 = b.magnitude().iter_u64_digits().map(|d| d.count_ones() as u64).sum();
    Ok(Value::Int(n as i64))
}

fn int_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this_int(vm, &a, "conjugate")?;
    vm.method_args::<0>(&a, Sig::NoArgs("int.conjugate"))?;
    Ok(Value::bigint(b))
}

fn int_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this_int(vm, &a, "as_integer_ratio")?;
    vm.method_args::<0>(&a, Sig::NoArgs("int.as_integer_ratio"))?;
    Ok(Value::tuple(vec![Value::bigint(b), Value::Int(1)]))
}

fn byteorder(vm: &Vm, v: &Option<Value>, fname: &str) -> PyResult<bool> {
    match v {
        None => Ok(false),
        Some(Value::Str(s)) => match &**s {
            "big" => Ok(false),
            "little" => Ok(true),
            _ => vm.value_error("byteorder must be either 'little' or 'big'"),
        },
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("{fname}() argument 'byteorder' must be str, not {tn}"))
        }
    }
}

static TO_BYTES: KwSig = KwSig { name: "to_bytes", params: &["length", "byteorder", "signed"], posonly: 0, required: 0, maxpos: 2 };

fn int_to_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = this_int(vm, &a, "to_bytes")?;
    let [length, order, signed] = vm.method_args::<3>(&a, Sig::Kw(&TO_BYTES))?;
    let length = match length {
        Some(v) => vm.to_index(&v)?,
        None => 1,
    };
    if length < 0 {
        return vm.value_error("length argument must be non-negative");
    }
    if length as usize > vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    let little = byteorder(vm, &order, "to_bytes")?;
    let signed = match signed {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    if !signed && n.is_negative() {
        return vm.err("OverflowError", "can't convert negative int to unsigned");
    }
    let len = length as usize;
    let mut bytes = if signed { n.to_signed_bytes_le() } else { n.to_bytes_le().1 };
    if n.is_zero() {
        bytes.clear();
    }
    // Trim sign-extension bytes the minimal form may not need.
    if bytes.len() > len {
        return vm.err("OverflowError", "int too big to convert");
    }
    let fill = if signed && n.is_negative() { 0xff } else { 0 };
    bytes.resize(len, fill);
    if !little {
        bytes.reverse();
    }
    Ok(Value::Bytes(Rc::from(bytes)))
}

static FROM_BYTES: KwSig = KwSig { name: "from_bytes", params: &["bytes", "byteorder", "signed"], posonly: 0, required: 1, maxpos: 2 };

fn int_from_bytes(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // a.pos[0] is the class.
    let [src, order, signed] = vm.method_args::<3>(&a, Sig::Kw(&FROM_BYTES))?;
    let src = src.unwrap_or(Value::None);
    let data: Vec<u8> = match &src {
        Value::Bytes(b) => b.to_vec(),
        Value::Str(_) => return vm.type_error("cannot convert 'str' object to bytes"),
        other => {
            if !vm.is_iterable(other) {
                let tn = vm.type_name(other);
                return vm.type_error(format!("cannot convert '{tn}' object to bytes"));
            }
            let mut out = Vec::new();
            for it in vm.collect_iterable(other)? {
                let i = vm.to_index(&it)?;
                match u8::try_from(i) {
                    Ok(b) => out.push(b),
                    Err(_) => return vm.value_error("bytes must be in range(0, 256)"),
                }
            }
            out
        }
    };
    let little = byteorder(vm, &order, "from_bytes")?;
    let signed = match signed {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let n = match (little, signed) {
        (true, true) => BigInt::from_signed_bytes_le(&data),
        (true, false) => BigInt::from_bytes_le(Sign::Plus, &data),
        (false, true) => BigInt::from_signed_bytes_be(&data),
        (false, false) => BigInt::from_bytes_be(Sign::Plus, &data),
    };
    Ok(Value::bigint(n))
}

fn float_is_integer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = this_float(vm, &a, "is_integer")?;
    vm.method_args::<0>(&a, Sig::NoArgs("float.is_integer"))?;
    Ok(Value::Bool(crate::format::float_is_integer(x)))
}

fn float_conjugate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = this_float(vm, &a, "conjugate")?;
    vm.method_args::<0>(&a, Sig::NoArgs("float.conjugate"))?;
    Ok(Value::Float(x))
}

/// (mantissa, exponent) with x = m * 2**e exactly, m odd (or 0).
fn float_parts(x: f64) -> (i64, i64) {
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    if m == 0 {
        return (0, 0);
    }
    while m % 2 == 0 {
        m /= 2;
        e += 1;
    }
    (sign * m as i64, e)
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = this_float(vm, &a, "as_integer_ratio")?;
    vm.method_args::<0>(&a, Sig::NoArgs("float.as_integer_ratio"))?;
    if x.is_infinite() {
        return vm.err("OverflowError", "cannot convert Infinity to integer ratio");
    }
    if x.is_nan() {
        return vm.value_error("cannot convert NaN to integer ratio");
    }
    let (m, e) = float_parts(x);
    let num = BigInt::from(m);
    let (num, den) = if e >= 0 { (num << e as usize, BigInt::from(1)) } else { (num, BigInt::from(1) << (-e) as usize) };
    Ok(Value::tuple(vec![Value::bigint(num), Value::bigint(den)]))
}

fn float_hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = this_float(vm, &a, "hex")?;
    vm.method_args::<0>(&a, Sig::NoArgs("float.hex"))?;
    Ok(Value::str(&float_to_hex(x)))
}

/// `float.hex()`: `0x1.4000000000000p+1`.
pub fn float_to_hex(x: f64) -> String {
    if x.is_nan() {
        return "nan".into();
    }
    if x.is_infinite() {
        return if x > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if x.is_sign_negative() { "-" } else { "" };
    if x == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = x.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 { (0, -1022) } else { (1, exp - 1023) };
    let esign = if e < 0 { '-' } else { '+' };
    format!("{sign}0x{lead}.{frac:013x}p{esign}{}", e.abs())
}

fn float_fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [s] = vm.method_args::<1>(&a, Sig::One("float.fromhex"))?;
    let s = match s {
        Some(Value::Str(s)) => s,
        Some(_) => return vm.type_error("bad argument type for built-in operation"),
        None => Rc::from(""),
    };
    match parse_hex_float(&s) {
        Ok(x) => Ok(Value::Float(x)),
        Err(true) => vm.err("OverflowError", "hexadecimal value too large to represent as a float"),
        Err(false) => vm.value_error("invalid hexadecimal floating-point string"),
    }
}

/// Parse `float.fromhex`'s syntax, correctly rounded. Err(true) on
/// overflow, Err(false) on bad syntax.
pub fn parse_hex_float(s: &str) -> Result<f64, bool> {
    let t = s.trim_matches(|c: char| c.is_ascii_whitespace());
    let (neg, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sgn = |x: f64| if neg { -x } else { x };
    let lower = t.to_ascii_lowercase();
    match lower.as_str() {
        "inf" | "infinity" => return Ok(sgn(f64::INFINITY)),
        "nan" => return Ok(f64::NAN),
        _ => {}
    }
    let body = lower.strip_prefix("0x").unwrap_or(&lower);
    let (mant, exp) = match body.find('p') {
        Some(i) => (&body[..i], Some(&body[i + 1..])),
        None => (body, None),
    };
    let (int_part, frac_part) = match mant.find('.') {
        Some(i) => (&mant[..i], &mant[i + 1..]),
        None => (mant, ""),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut m = BigInt::zero();
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        m = m * 16 + d;
    }
    let mut x: i64 = -4 * frac_part.len() as i64;
    if let Some(e) = exp {
        let (eneg, digits) = match e.as_bytes().first() {
            Some(b'-') => (true, &e[1..]),
            Some(b'+') => (false, &e[1..]),
            _ => (false, e),
        };
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(false);
        }
        let v: i64 = digits.parse().unwrap_or(i64::MAX / 4).min(i64::MAX / 4);
        x += if eneg { -v } else { v };
    }
    if m.is_zero() {
        return Ok(sgn(0.0));
    }
    let top = m.bits() as i64 - 1 + x;
    if top >= 1024 {
        return Err(true);
    }
    let lsb = (top - 52).max(-1074);
    let shift = lsb - x;
    let q: BigInt = if shift > 0 {
        let sh = shift as usize;
        let q = &m >> sh;
        let r = &m - (&q << sh);
        let half = BigInt::from(1) << (sh - 1);
        if r > half || (r == half && (&q % 2u32) == BigInt::from(1)) {
            q + 1
        } else {
            q
        }
    } else {
        m << (-shift) as usize
    };
    let qf = q.to_f64().unwrap_or(f64::INFINITY);
    let v = if lsb < -1000 { qf * 2f64.powi((lsb + 600) as i32) * 2f64.powi(-600) } else { qf * 2f64.powi(lsb as i32) };
    if v.is_infinite() {
        return Err(true);
    }
    Ok(sgn(v))
}
