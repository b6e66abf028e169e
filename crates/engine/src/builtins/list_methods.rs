//! Methods of `list` and `tuple`.

use super::add_method;
use super::args::{KwSig, Sig};
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let c = vm.types.list.clone();
    let m: &[(&str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", index),
        ("count", count),
        ("sort", sort),
        ("reverse", reverse),
        ("copy", copy),
        ("clear", clear),
    ];
    for (name, f) in m {
        add_method(&c, name, *f);
    }
    let t = vm.types.tuple.clone();
    add_method(&t, "index", index);
    add_method(&t, "count", count);
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<List>> {
    match a.pos.first() {
        Some(Value::List(l)) => Ok(l.clone()),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("descriptor '{name}' for 'list' objects doesn't apply to a '{tn}' object"))
        }
        None => vm.type_error(format!("unbound method list.{name}() needs an argument")),
    }
}

fn append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "append")?;
    let [x] = vm.method_args::<1>(&a, Sig::One("list.append"))?;
    if l.len() >= vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    l.borrow_mut().push(x.unwrap_or(Value::None));
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "extend")?;
    let [x] = vm.method_args::<1>(&a, Sig::One("list.extend"))?;
    let items = vm.collect_iterable(&x.unwrap_or(Value::None))?;
    if l.len() + items.len() > vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "insert")?;
    vm.method_args::<2>(&a, Sig::Pos("insert", "list.insert", 2, 2))?;
    let i = vm.to_index(&a.pos[1])?;
    if l.len() >= vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.borrow_mut().insert(at as usize, a.pos[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "pop")?;
    let [i] = vm.method_args::<1>(&a, Sig::Pos("pop", "list.pop", 0, 1))?;
    let i = match i {
        Some(v) => vm.to_index(&v)?,
        None => -1,
    };
    let n = l.len() as i64;
    if n == 0 {
        return vm.err("IndexError", "pop from empty list");
    }
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return vm.err("IndexError", "pop index out of range");
    }
    let v = l.borrow_mut().remove(j as usize);
    Ok(v)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "remove")?;
    vm.method_args::<1>(&a, Sig::One("list.remove"))?;
    let items = l.snapshot();
    for (i, it) in items.iter().enumerate() {
        if it.is(&a.pos[1]) || vm.eq_any(it, &a.pos[1])? {
            l.borrow_mut().remove(i);
            return Ok(Value::None);
        }
    }
    vm.value_error("list.remove(x): x not in list")
}

fn seq_items(v: &Value) -> Vec<Value> {
    crate::vm::compare::seq_items(v)
}

fn qual(a: &Args, name: &str) -> String {
    match a.pos.first() {
        Some(Value::Tuple(_)) => format!("tuple.{name}"),
        _ => format!("list.{name}"),
    }
}

fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let q = qual(&a, "index");
    let [_, start, stop] = vm.method_args::<3>(&a, Sig::Pos("index", &q, 1, 3))?;
    let n = seq_items(&a.pos[0]).len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match start {
        Some(v) => norm(super::str_search::slice_index(vm, &Some(v))?.unwrap_or(0)),
        None => 0,
    };
    let stop = match stop {
        Some(v) => norm(super::str_search::slice_index(vm, &Some(v))?.unwrap_or(n)),
        None => n,
    };
    let mut i = start;
    while i < stop {
        // The list may change while comparing: re-read it each time.
        let items = seq_items(&a.pos[0]);
        let Some(it) = items.get(i as usize) else { break };
        i += 1;
        let i = i - 1;
        if it.is(&a.pos[1]) || vm.eq_any(it, &a.pos[1])? {
            return Ok(Value::Int(i));
        }
    }
    match &a.pos[0] {
        Value::Tuple(_) => vm.value_error("tuple.index(x): x not in tuple"),
        _ => {
            let r = vm.repr(&a.pos[1])?;
            vm.value_error(format!("{r} is not in list"))
        }
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let q = qual(&a, "count");
    vm.method_args::<1>(&a, Sig::One(&q))?;
    let mut n = 0;
    for it in seq_items(&a.pos[0]) {
        if it.is(&a.pos[1]) || vm.eq_any(&it, &a.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

static SORT: KwSig = KwSig { name: "sort", params: &["key", "reverse"], posonly: 0, required: 0, maxpos: 0 };

fn sort(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "sort")?;
    let [key, reverse] = vm.method_args::<2>(&a, Sig::Kw(&SORT))?;
    let reverse = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    // While sorting, the list looks empty (as in CPython).
    let items = std::mem::take(&mut *l.borrow_mut());
    let r = super::sort::sort_values(vm, items.clone(), key.filter(|k| !k.is_none()), reverse);
    match r {
        Ok(sorted) => {
            *l.borrow_mut() = sorted;
            Ok(Value::None)
        }
        Err(e) => {
            *l.borrow_mut() = items;
            Err(e)
        }
    }
}

fn reverse(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "reverse")?;
    vm.method_args::<0>(&a, Sig::NoArgs("list.reverse"))?;
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "copy")?;
    vm.method_args::<0>(&a, Sig::NoArgs("list.copy"))?;
    Ok(Value::list(l.snapshot()))
}

fn clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "clear")?;
    vm.method_args::<0>(&a, Sig::NoArgs("list.clear"))?;
    l.borrow_mut().clear();
    Ok(Value::None)
}
