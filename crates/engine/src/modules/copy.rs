//! `copy`: copy() and deepcopy() (with the memo that keeps shared and
//! cyclic structure), `__copy__` / `__deepcopy__` honoured.

use super::{fns, new_module};
use crate::builtins::args::{PySig, Sig};
use crate::value::*;
use crate::vm::{Flow, PyResult, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

pub fn module(vm: &mut Vm) -> Value {
    let mut items = fns(&[("copy", copy), ("deepcopy", deepcopy)], "copy");
    let err = error_class(vm);
    items.push(("Error", Value::Class(err.clone())));
    items.push(("error", Value::Class(err)));
    new_module("copy", items)
}

fn error_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.ext.classes.get("copy.Error") {
        return c.clone();
    }
    let base = vm.types.exc("Exception");
    let c = crate::vm::types::new_class("Error", "copy", &[base], None, BuiltinType::BaseException);
    vm.ext.classes.insert("copy.Error", c.clone());
    c
}

/// Is `v` immutable (copy and deepcopy return it as is)?
fn atomic(v: &Value) -> bool {
    matches!(
        v,
        Value::None
            | Value::NotImplemented
            | Value::Ellipsis
            | Value::Bool(_)
            | Value::Int(_)
            | Value::BigInt(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Bytes(_)
            | Value::Range(_)
            | Value::Slice(_)
            | Value::Function(_)
            | Value::Builtin(_)
            | Value::Class(_)
            | Value::Module(_)
            | Value::Code(_)
    )
}

fn new_instance_like(i: &Instance) -> Rc<Instance> {
    let exc = i.exc().map(|d| RefCell::new(ExcData { args: d.args.clone(), ..ExcData::default() }));
    Rc::new(Instance { class: i.class.clone(), dict: RefCell::new(new_attrmap()), exc })
}

fn copy_dict(d: &Dict) -> Rc<Dict> {
    let out = Dict::new();
    *out.class.borrow_mut() = d.flavor();
    *out.factory.borrow_mut() = d.factory.borrow().clone();
    for (k, v) in d.borrow().iter() {
        out.insert(k.clone(), v.clone());
    }
    Rc::new(out)
}

static COPY: PySig = PySig { name: "copy", params: &["x"], required: 1, kwonly: &[], self_counted: false, kw_owner: None };

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [x] = vm.fn_args::<1>(&a, Sig::Py(&COPY))?;
    shallow(vm, &x.unwrap_or(Value::None))
}

/// `copy.copy(v)`.
pub fn shallow(vm: &mut Vm, v: &Value) -> PyResult<Value> {
    if atomic(v) {
        return Ok(v.clone());
    }
    Ok(match v {
        Value::Tuple(_) => v.clone(),
        Value::Set(s) if s.frozen => v.clone(),
        Value::List(l) => Value::list(l.snapshot()),
        Value::Dict(d) => Value::Dict(copy_dict(d)),
        Value::Set(s) => {
            let out = Rc::new(Set::new(false));
            out.table_mut().merge(&s.table(), keys_equal);
            Value::Set(out)
        }
        Value::Instance(i) => {
            if let Some(f) = i.class.lookup("__copy__") {
                return vm.call_sync(f, vec![v.clone()], Vec::new());
            }
            let out = new_instance_like(i);
            for (k, val) in i.dict.borrow().iter() {
                out.dict.borrow_mut().insert(k.clone(), val.clone());
            }
            Value::Instance(out)
        }
        Value::Native(_) => vm.call_method(v, "copy", Vec::new())?,
        other => {
            let tn = vm.type_name(other);
            let c = error_class(vm);
            return Err(Flow::Exc(vm.new_exception(&c, vec![Value::str(&format!("un(shallow)copyable object of type {tn}"))])));
        }
    })
}

static DEEPCOPY: PySig = PySig { name: "deepcopy", params: &["x", "memo", "_nil"], required: 1, kwonly: &[], self_counted: false, kw_owner: None };

fn deepcopy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [x, memo, _nil] = vm.fn_args::<3>(&a, Sig::Py(&DEEPCOPY))?;
    if let Some(m) = memo.filter(|m| !m.is_none() && !matches!(m, Value::Dict(_))) {
        // CPython calls memo.get(...).
        vm.getattr(&m, "get")?;
    }
    let mut memo = HashMap::new();
    deep(vm, &x.unwrap_or(Value::None), &mut memo)
}

/// `copy.deepcopy(v)` with `memo` (identity → copy).
pub fn deep(vm: &mut Vm, v: &Value, memo: &mut HashMap<usize, Value>) -> PyResult<Value> {
    if atomic(v) {
        return Ok(v.clone());
    }
    if let Some(c) = memo.get(&v.identity()) {
        return Ok(c.clone());
    }
    vm.enter_native(" while calling a Python object")?;
    let r = deep_inner(vm, v, memo);
    vm.leave_native();
    r
}

fn deep_inner(vm: &mut Vm, v: &Value, memo: &mut HashMap<usize, Value>) -> PyResult<Value> {
    let id = v.identity();
    Ok(match v {
        Value::Tuple(t) => {
            let mut items = Vec::with_capacity(t.len());
            for it in t.iter() {
                items.push(deep(vm, it, memo)?);
            }
            // A tuple of unchanged elements is returned as is.
            if items.iter().zip(t.iter()).all(|(a, b)| a.is(b)) {
                return Ok(v.clone());
            }
            if let Some(c) = memo.get(&id) {
                return Ok(c.clone());
            }
            let out = Value::tuple(items);
            memo.insert(id, out.clone());
            out
        }
        Value::List(l) => {
            let out = Rc::new(List::new(Vec::new()));
            memo.insert(id, Value::List(out.clone()));
            for it in l.snapshot() {
                let c = deep(vm, &it, memo)?;
                out.borrow_mut().push(c);
            }
            Value::List(out)
        }
        Value::Dict(d) => {
            let out = Dict::new();
            *out.class.borrow_mut() = d.flavor();
            *out.factory.borrow_mut() = d.factory.borrow().clone();
            let out = Rc::new(out);
            memo.insert(id, Value::Dict(out.clone()));
            for (k, val) in d.items() {
                let k = deep(vm, &k, memo)?;
                let val = deep(vm, &val, memo)?;
                vm.dict_set(&out, k, val)?;
            }
            Value::Dict(out)
        }
        Value::Set(s) => {
            let mut items = Vec::new();
            for it in s.items() {
                items.push(deep(vm, &it, memo)?);
            }
            let out = vm.new_set(items, s.frozen)?;
            memo.insert(id, out.clone());
            out
        }
        Value::Instance(i) => {
            if let Some(f) = i.class.lookup("__deepcopy__") {
                let m = Dict::new();
                let out = vm.call_sync(f, vec![v.clone(), Value::Dict(Rc::new(m))], Vec::new())?;
                memo.insert(id, out.clone());
                return Ok(out);
            }
            let out = new_instance_like(i);
            memo.insert(id, Value::Instance(out.clone()));
            let attrs: Vec<(Rc<str>, Value)> = i.dict.borrow().iter().map(|(k, x)| (k.clone(), x.clone())).collect();
            for (k, val) in attrs {
                let c = deep(vm, &val, memo)?;
                out.dict.borrow_mut().insert(k, c);
            }
            Value::Instance(out)
        }
        Value::Native(_) => {
            let items = vm.collect_iterable(v)?;
            let mut copied = Vec::with_capacity(items.len());
            for it in items {
                copied.push(deep(vm, &it, memo)?);
            }
            let out = vm.call_method(v, "copy", Vec::new())?;
            vm.call_method(&out, "clear", Vec::new())?;
            vm.call_method(&out, "extend", vec![Value::list(copied)])?;
            memo.insert(id, out.clone());
            out
        }
        other => {
            let tn = vm.type_name(other);
            let c = error_class(vm);
            return Err(Flow::Exc(vm.new_exception(&c, vec![Value::str(&format!("un(deep)copyable object of type {tn}"))])));
        }
    })
}
