//! `sys`: exit, argv, stdout/stderr, the recursion limit.

use super::{fns, new_module};
use crate::aio::native::{native, NativeObj};
use crate::builtins::args::ArgParse;
use crate::value::*;
use crate::vm::{Flow, PyResult, Vm};

pub fn module(vm: &mut Vm) -> Value {
    let stream = crate::vm::types::new_class("TextIOWrapper", "_io", std::slice::from_ref(&vm.types.object), Some(BuiltinType::Object), BuiltinType::Object);
    crate::builtins::add_method(&stream, "write", stream_write);
    crate::builtins::add_method(&stream, "flush", stream_flush);
    vm.types.iterators.insert("TextIOWrapper", stream);
    let mut items = fns(
        &[
            ("exit", exit),
            ("getrecursionlimit", getrecursionlimit),
            ("setrecursionlimit", setrecursionlimit),
            ("get_int_max_str_digits", get_int_max_str_digits),
            ("set_int_max_str_digits", set_int_max_str_digits),
            ("exc_info", exc_info),
            ("exception", exception),
        ],
        "sys",
    );
    let program = vm.sources.first().map(|s| s.name.clone()).unwrap_or_default();
    items.push(("argv", Value::list(vec![Value::str(&program)])));
    items.push(("stdout", native(NativeObj::Stream { stderr: false })));
    items.push(("stderr", native(NativeObj::Stream { stderr: true })));
    items.push(("version", Value::str("3.11.7 (Loopscope)")));
    items.push(("platform", Value::str("linux")));
    items.push(("maxsize", Value::Int(i64::MAX)));
    items.push(("version_info", Value::tuple(vec![Value::Int(3), Value::Int(11), Value::Int(7), Value::str("final"), Value::Int(0)])));
    new_module("sys", items)
}

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "exit", 0, 1)?;
    let c = vm.types.exc("SystemExit");
    Err(Flow::Exc(vm.new_exception(&c, a.pos)))
}

/// `sys.exc_info()`: the exception being handled, as (type, value,
/// traceback); Loopscope has no traceback objects (None).
fn exc_info(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "exc_info", 0, 0)?;
    Ok(match vm.cur.handled.clone() {
        Some(e) => Value::tuple(vec![Value::Class(vm.types.type_of(&e)), e, Value::None]),
        None => Value::tuple(vec![Value::None, Value::None, Value::None]),
    })
}

/// `sys.exception()`: the exception being handled, or None.
fn exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "exception", 0, 0)?;
    Ok(vm.cur.handled.clone().unwrap_or(Value::None))
}

fn getrecursionlimit(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(vm.limits.recursion_limit as i64))
}

fn setrecursionlimit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "setrecursionlimit", 1, 1)?;
    let n = vm.to_index(&a.pos[0])?;
    if n < 1 {
        return vm.value_error("recursion limit must be greater or equal than 1");
    }
    // Deep recursion runs on heap frames; cap it to keep memory bounded.
    vm.limits.recursion_limit = (n as usize).min(100_000);
    Ok(Value::None)
}

fn get_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "get_int_max_str_digits", 0, 0)?;
    Ok(Value::Int(vm.int_max_str_digits as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
fn set_int_max_str_digits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let given = a.pos.len() + a.kw.len();
    if given > 1 {
        return vm.type_error(format!("set_int_max_str_digits() takes at most 1 argument ({given} given)"));
    }
    let n = match (&a.pos[..], &a.kw[..]) {
        ([v], []) => v.clone(),
        ([], [(k, v)]) if &**k == "maxdigits" => v.clone(),
        _ => return vm.type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)"),
    };
    let n = vm.to_index(&n)?;
    if n != 0 && !(640..=i64::MAX as i128).contains(&(n as i128)) {
        return vm.value_error("maxdigits must be 0 or larger than 640");
    }
    vm.int_max_str_digits = n as usize;
    crate::format::set_int_digits_limit(n as usize);
    Ok(Value::None)
}

fn stream_write(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "write", 2, 2)?;
    let Value::Str(s) = &a.pos[1] else {
        let tn = vm.type_name(&a.pos[1]);
        return vm.type_error(format!("write() argument must be str, not {tn}"));
    };
    let to_stderr = matches!(&a.pos[0], Value::Native(n) if matches!(&**n, NativeObj::Stream { stderr: true }));
    vm.write_out(s, to_stderr)?;
    Ok(Value::Int(s.chars().count() as i64))
}

fn stream_flush(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}
