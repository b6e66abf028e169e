//! Methods of `dict`.

use super::add_method;
use super::args::Sig;
use crate::value::*;
use crate::vm::{Flow, PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let c = vm.types.dict.clone();
    let m: &[(&str, NativeFn)] = &[
        ("get", get),
        ("setdefault", setdefault),
        ("pop", pop),
        ("popitem", popitem),
        ("items", items),
        ("keys", keys),
        ("values", values),
        ("update", update),
        ("copy", copy),
        ("clear", clear),
    ];
    for (name, f) in m {
        add_method(&c, name, *f);
    }
    c.dict.borrow_mut().insert(Rc::from("fromkeys"), Value::Descriptor(Rc::new(Descriptor::ClassMethod(super::builtin("fromkeys", "dict.fromkeys", fromkeys)))));
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<Dict>> {
    match a.pos.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("descriptor '{name}' for 'dict' objects doesn't apply to a '{tn}' object"))
        }
        None => vm.type_error(format!("unbound method dict.{name}() needs an argument")),
    }
}

fn get(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "get")?;
    let [k, default] = vm.method_args::<2>(&a, Sig::Pos("get", "dict.get", 1, 2))?;
    Ok(vm.dict_get(&d, &k.unwrap_or(Value::None))?.unwrap_or(default.unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "setdefault")?;
    vm.method_args::<2>(&a, Sig::Pos("setdefault", "dict.setdefault", 1, 2))?;
    let key = vm.dict_key_in(&d, a.pos[1].clone())?;
    if let Some(v) = d.get(&key) {
        return Ok(v);
    }
    let v = a.pos.get(2).cloned().unwrap_or(Value::None);
    d.insert(key, v.clone());
    Ok(v)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "pop")?;
    vm.method_args::<2>(&a, Sig::Pos("pop", "dict.pop", 1, 2))?;
    let key = vm.dict_key_in(&d, a.pos[1].clone())?;
    match d.remove(&key) {
        Some(v) => Ok(v),
        None => match a.pos.get(2) {
            Some(def) => Ok(def.clone()),
            None => Err(Flow::Exc(vm.key_error(a.pos[1].clone()))),
        },
    }
}

fn popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "popitem")?;
    vm.method_args::<0>(&a, Sig::NoArgs("dict.popitem"))?;
    let last = d.borrow_mut().pop();
    match last {
        Some((k, v)) => Ok(Value::tuple(vec![k.key, v])),
        None => vm.err("KeyError", "popitem(): dictionary is empty"),
    }
}

fn view(vm: &mut Vm, a: Args, v: DictView, name: &str) -> PyResult<Value> {
    let d = this(vm, &a, name)?;
    vm.method_args::<0>(&a, Sig::NoArgs(&format!("dict.{name}")))?;
    Ok(Value::Descriptor(Rc::new(Descriptor::DictView(d, v))))
}

fn items(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view(vm, a, DictView::Items, "items")
}
fn keys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view(vm, a, DictView::Keys, "keys")
}
fn values(vm: &mut Vm, a: Args) -> PyResult<Value> {
    view(vm, a, DictView::Values, "values")
}

fn update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "update")?;
    if a.pos.len() > 2 {
        return vm.type_error(format!("update expected at most 1 argument, got {}", a.pos.len() - 1));
    }
    if let Some(src) = a.pos.get(1) {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in a.kw {
        d.set_str(&k, v);
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "copy")?;
    vm.method_args::<0>(&a, Sig::NoArgs("dict.copy"))?;
    let out = Dict::new();
    for (k, v) in d.borrow().iter() {
        out.insert(k.clone(), v.clone());
    }
    Ok(Value::Dict(Rc::new(out)))
}

fn clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "clear")?;
    vm.method_args::<0>(&a, Sig::NoArgs("dict.clear"))?;
    d.borrow_mut().clear();
    Ok(Value::None)
}

fn fromkeys(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // a.pos[0] is the class.
    let [keys, value] = vm.method_args::<2>(&a, Sig::Pos("fromkeys", "dict.fromkeys", 1, 2))?;
    let value = value.unwrap_or(Value::None);
    let keys = vm.collect_iterable(&keys.unwrap_or(Value::None))?;
    let d = Dict::new();
    for k in keys {
        vm.dict_set(&d, k, value.clone())?;
    }
    Ok(Value::Dict(Rc::new(d)))
}
