//! Methods of `int` and `float`.

use super::add_method;
use super::args::ArgParse;
use crate::value::*;
use crate::vm::ops::value_to_big;
use crate::vm::{PyResult, Vm};

pub fn install(vm: &mut Vm) {
    let i = vm.types.int.clone();
    add_method(&i, "bit_length", int_bit_length);
    add_method(&i, "conjugate", same);
    add_method(&i, "__index__", same);
    add_method(&i, "__int__", same);
    add_method(&i, "is_integer", always_true);
    let f = vm.types.float.clone();
    add_method(&f, "is_integer", float_is_integer);
    add_method(&f, "as_integer_ratio", float_as_integer_ratio);
    add_method(&f, "conjugate", same);
    add_method(&f, "__float__", same);
}

fn same(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

fn always_true(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(true))
}

fn int_bit_length(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "int.bit_length", 1, 1)?;
    let b = value_to_big(&a.pos[0]).unwrap_or_default();
    Ok(Value::Int(crate::format::int_bit_length(&b) as i64))
}

fn float_is_integer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.to_f64(&a.pos[0])?;
    Ok(Value::Bool(crate::format::float_is_integer(x)))
}

fn float_as_integer_ratio(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let x = vm.to_f64(&a.pos[0])?;
    if x.is_infinite() {
        return vm.err("OverflowError", "cannot convert Infinity to integer ratio");
    }
    if x.is_nan() {
        return vm.value_error("cannot convert NaN to integer ratio");
    }
    // x = m * 2**e exactly.
    let bits = x.to_bits();
    let sign = if bits >> 63 == 1 { -1 } else { 1 };
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let frac = bits & ((1u64 << 52) - 1);
    let (mut m, mut e) = if exp == 0 { (frac, -1074) } else { (frac | (1u64 << 52), exp - 1075) };
    if m == 0 {
        return Ok(Value::tuple(vec![Value::Int(0), Value::Int(1)]));
    }
    while m % 2 == 0 && e < 0 {
        m /= 2;
        e += 1;
    }
    let num = num_bigint::BigInt::from(m) * sign;
    let (num, den) = if e >= 0 {
        (num << e as usize, num_bigint::BigInt::from(1))
    } else {
        (num, num_bigint::BigInt::from(1) << (-e) as usize)
    };
    Ok(Value::tuple(vec![Value::bigint(num), Value::bigint(den)]))
}
