//! Methods of `list` and `tuple`.

use super::add_method;
use super::args::ArgParse;
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
    if a.pos.len() != 2 {
        return vm.type_error(format!("list.append() takes exactly one argument ({} given)", a.pos.len() - 1));
    }
    a.no_kw(vm, "list.append")?;
    if l.len() >= vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    l.borrow_mut().push(a.pos[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "extend")?;
    if a.pos.len() != 2 {
        return vm.type_error(format!("list.extend() takes exactly one argument ({} given)", a.pos.len() - 1));
    }
    let items = vm.collect_iterable(&a.pos[1])?;
    if l.len() + items.len() > vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    l.borrow_mut().extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "insert")?;
    if a.pos.len() != 3 {
        return vm.type_error(format!("insert expected 2 arguments, got {}", a.pos.len() - 1));
    }
    let i = vm.to_index(&a.pos[1])?;
    let n = l.len() as i64;
    let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
    l.borrow_mut().insert(at as usize, a.pos[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "pop")?;
    if a.pos.len() > 2 {
        return vm.type_error(format!("pop expected at most 1 argument, got {}", a.pos.len() - 1));
    }
    let n = l.len() as i64;
    if n == 0 {
        return vm.err("IndexError", "pop from empty list");
    }
    let i = match a.pos.get(1) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return vm.err("IndexError", "pop index out of range");
    }
    let v = l.borrow_mut().remove(j as usize);
    Ok(v)
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "remove")?;
    a.check(vm, "list.remove", 2, 2)?;
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
    crate::vm::ops::seq_items(v)
}

fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return vm.type_error("index expected at least 1 argument, got 0");
    }
    let items = seq_items(&a.pos[0]);
    let n = items.len() as i64;
    let norm = |i: i64| if i < 0 { (i + n).max(0) } else { i.min(n) };
    let start = match a.pos.get(2) {
        Some(v) => norm(vm.to_index(v)?),
        None => 0,
    };
    let stop = match a.pos.get(3) {
        Some(v) => norm(vm.to_index(v)?),
        None => n,
    };
    for i in start..stop {
        let it = &items[i as usize];
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
    if a.pos.len() != 2 {
        return vm.type_error(format!("count() takes exactly one argument ({} given)", a.pos.len().saturating_sub(1)));
    }
    let mut n = 0;
    for it in seq_items(&a.pos[0]) {
        if it.is(&a.pos[1]) || vm.eq_any(&it, &a.pos[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let key = a.take_kw("key");
    let reverse = a.take_kw("reverse");
    let l = this(vm, &a, "sort")?;
    if a.pos.len() > 1 {
        return vm.type_error("sort() takes no positional arguments");
    }
    a.no_kw(vm, "sort")?;
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
    l.borrow_mut().reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "copy")?;
    Ok(Value::list(l.snapshot()))
}

fn clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let l = this(vm, &a, "clear")?;
    l.borrow_mut().clear();
    Ok(Value::None)
}
