//! Methods of `set` and `frozenset`.

use super::add_method;
use super::args::Sig;
use crate::ast::BinOp;
use crate::value::*;
use crate::vm::{Flow, PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let set = vm.types.set.clone();
    let frozen = vm.types.frozenset.clone();
    let both: &[(&str, NativeFn)] = &[
        ("union", union),
        ("intersection", intersection),
        ("difference", difference),
        ("symmetric_difference", symmetric_difference),
        ("issubset", issubset),
        ("issuperset", issuperset),
        ("isdisjoint", isdisjoint),
        ("copy", copy),
    ];
    for (name, f) in both {
        add_method(&set, name, *f);
        add_method(&frozen, name, *f);
    }
    let only: &[(&str, NativeFn)] = &[
        ("add", add),
        ("discard", discard),
        ("remove", remove),
        ("pop", pop),
        ("clear", clear),
        ("update", update),
        ("intersection_update", intersection_update),
        ("difference_update", difference_update),
        ("symmetric_difference_update", symmetric_difference_update),
    ];
    for (name, f) in only {
        add_method(&set, name, *f);
    }
}

/// `set.name` or `frozenset.name`, for messages.
fn qual(a: &Args, name: &str) -> String {
    match a.pos.first() {
        Some(Value::Set(s)) if s.frozen => format!("frozenset.{name}"),
        _ => format!("set.{name}"),
    }
}

fn no_kw(vm: &Vm, a: &Args, name: &str) -> PyResult<()> {
    if !a.kw.is_empty() {
        return vm.type_error(format!("{}() takes no keyword arguments", qual(a, name)));
    }
    Ok(())
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<Set>> {
    match a.pos.first() {
        Some(Value::Set(s)) => Ok(s.clone()),
        _ => vm.type_error(format!("descriptor '{name}' requires a 'set' object")),
    }
}

/// Any iterable as a set (for the method forms, which accept iterables).
fn as_set(vm: &mut Vm, v: &Value) -> PyResult<Rc<Set>> {
    match v {
        Value::Set(s) => Ok(s.clone()),
        other => {
            let items = vm.collect_iterable(other)?;
            match vm.new_set(items, false)? {
                Value::Set(s) => Ok(s),
                _ => vm.type_error("set expected"),
            }
        }
    }
}

fn fold(vm: &mut Vm, a: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let s = this(vm, &a, name)?;
    no_kw(vm, &a, name)?;
    let mut acc = Value::Set(s.clone());
    if a.pos.len() == 1 {
        let out = Rc::new(Set::new(s.frozen));
        out.table_mut().merge(&s.table(), keys_equal);
        return Ok(Value::Set(out));
    }
    for other in &a.pos[1..] {
        let o = as_set(vm, other)?;
        acc = vm.binary_op(&acc, &Value::Set(o), op)?;
    }
    Ok(acc)
}

fn union(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fold(vm, a, "union", BinOp::BitOr)
}
fn intersection(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fold(vm, a, "intersection", BinOp::BitAnd)
}
fn difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    fold(vm, a, "difference", BinOp::Sub)
}
fn symmetric_difference(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.method_args::<1>(&a, Sig::One(&qual(&a, "symmetric_difference")))?;
    fold(vm, a, "symmetric_difference", BinOp::BitXor)
}

fn rel(vm: &mut Vm, a: Args, name: &str) -> PyResult<(Rc<Set>, Rc<Set>)> {
    let s = this(vm, &a, name)?;
    vm.method_args::<1>(&a, Sig::One(&qual(&a, name)))?;
    let o = as_set(vm, &a.pos[1])?;
    Ok((s, o))
}

fn issubset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, o) = rel(vm, a, "issubset")?;
    for v in s.items() {
        if !vm.set_contains(&o, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn issuperset(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, o) = rel(vm, a, "issuperset")?;
    for v in o.items() {
        if !vm.set_contains(&s, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn isdisjoint(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (s, o) = rel(vm, a, "isdisjoint")?;
    for v in s.items() {
        if vm.set_contains(&o, &v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "copy")?;
    vm.method_args::<0>(&a, Sig::NoArgs(&qual(&a, "copy")))?;
    let out = Rc::new(Set::new(s.frozen));
    out.table_mut().merge(&s.table(), keys_equal);
    Ok(Value::Set(out))
}

fn add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "add")?;
    vm.method_args::<1>(&a, Sig::One("set.add"))?;
    vm.set_add(&s, a.pos[1].clone())?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "discard")?;
    vm.method_args::<1>(&a, Sig::One("set.discard"))?;
    vm.set_remove(&s, &a.pos[1])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "remove")?;
    vm.method_args::<1>(&a, Sig::One("set.remove"))?;
    if !vm.set_remove(&s, &a.pos[1])? {
        return Err(Flow::Exc(vm.key_error(a.pos[1].clone())));
    }
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "pop")?;
    vm.method_args::<0>(&a, Sig::NoArgs("set.pop"))?;
    let v = s.table_mut().pop();
    match v {
        Some(v) => Ok(v),
        None => vm.err("KeyError", "pop from an empty set"),
    }
}

fn clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "clear")?;
    vm.method_args::<0>(&a, Sig::NoArgs("set.clear"))?;
    s.table_mut().clear();
    Ok(Value::None)
}

fn update_with(vm: &mut Vm, a: Args, name: &str, op: BinOp) -> PyResult<Value> {
    let s = this(vm, &a, name)?;
    no_kw(vm, &a, name)?;
    for other in &a.pos[1..] {
        let o = as_set(vm, other)?;
        vm.inplace_op(&Value::Set(s.clone()), &Value::Set(o), op)?;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let s = this(vm, &a, "update")?;
    no_kw(vm, &a, "update")?;
    for other in &a.pos[1..] {
        let items = vm.collect_iterable(other)?;
        for it in items {
            vm.set_add(&s, it)?;
        }
    }
    Ok(Value::None)
}
fn intersection_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    update_with(vm, a, "intersection_update", BinOp::BitAnd)
}
fn difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    update_with(vm, a, "difference_update", BinOp::Sub)
}
fn symmetric_difference_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.method_args::<1>(&a, Sig::One("set.symmetric_difference_update"))?;
    update_with(vm, a, "symmetric_difference_update", BinOp::BitXor)
}
