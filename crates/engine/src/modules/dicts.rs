//! `collections.defaultdict`, `Counter` and `OrderedDict`: dicts whose
//! `Dict::class` names the subclass (so every dict method and operation
//! applies), with the methods CPython adds.

use crate::builtins::args::{KwSig, Sig};
use crate::builtins::builtin;
use crate::value::*;
use crate::vm::{Flow, PyResult, Vm};
use std::rc::Rc;

/// The class `name` (made once per VM).
pub fn flavor_class(vm: &mut Vm, name: &'static str) -> Rc<Class> {
    if let Some(c) = vm.ext.classes.get(name) {
        return c.clone();
    }
    let dict = vm.types.dict.clone();
    let c = crate::vm::types::new_class(name, "collections", std::slice::from_ref(&dict), Some(BuiltinType::Dict), BuiltinType::Dict);
    let methods: &[(&str, NativeFn)] = match name {
        "defaultdict" => &[("__new__", dd_new), ("__missing__", dd_missing), ("__repr__", dd_repr), ("copy", dd_copy), ("__copy__", dd_copy)],
        "Counter" => &[
            ("__new__", counter_new),
            ("__missing__", counter_missing),
            ("__repr__", counter_repr),
            ("__eq__", counter_eq),
            ("copy", counter_copy),
            ("__copy__", counter_copy),
            ("most_common", most_common),
            ("elements", elements),
            ("update", counter_update),
            ("subtract", counter_subtract),
            ("total", counter_total),
            ("__add__", counter_add),
            ("__sub__", counter_sub),
            ("__or__", counter_or),
            ("__and__", counter_and),
            ("__iadd__", counter_iadd),
            ("__isub__", counter_isub),
            ("__pos__", counter_pos),
            ("__neg__", counter_neg),
        ],
        _ => &[
            ("__new__", od_new),
            ("__repr__", od_repr),
            ("__eq__", od_eq),
            ("copy", od_copy),
            ("__copy__", od_copy),
            ("move_to_end", move_to_end),
            ("popitem", od_popitem),
        ],
    };
    for (n, f) in methods {
        crate::builtins::add_method(&c, n, *f);
    }
    if name == "defaultdict" {
        let getter = builtin("default_factory", "defaultdict.default_factory", dd_factory);
        let prop = Descriptor::Property { fget: getter, fset: Value::None, fdel: Value::None, doc: Value::None };
        c.dict.borrow_mut().insert(Rc::from("default_factory"), Value::Descriptor(Rc::new(prop)));
    }
    if name == "Counter" {
        let fk = builtin("fromkeys", "Counter.fromkeys", counter_fromkeys);
        c.dict.borrow_mut().insert(Rc::from("fromkeys"), Value::Descriptor(Rc::new(Descriptor::ClassMethod(fk))));
    }
    vm.ext.classes.insert(name, c.clone());
    c
}

fn new_flavored(vm: &mut Vm, name: &'static str) -> Rc<Dict> {
    let c = flavor_class(vm, name);
    let d = Dict::new();
    *d.class.borrow_mut() = Some(c);
    Rc::new(d)
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<Dict>> {
    match a.pos.first() {
        Some(Value::Dict(d)) => Ok(d.clone()),
        _ => vm.type_error(format!("descriptor '{name}' requires a 'dict' object")),
    }
}

/// Fill `d` from a positional source and keywords, as `dict.update` does.
fn fill(vm: &mut Vm, d: &Dict, src: Option<&Value>, kw: &[(Rc<str>, Value)]) -> PyResult<()> {
    if let Some(src) = src {
        vm.dict_update_from(d, src)?;
    }
    for (k, v) in kw {
        d.set_str(k, v.clone());
    }
    Ok(())
}

fn copy_into(src: &Dict, dst: &Dict) {
    for (k, v) in src.borrow().iter() {
        dst.insert(k.clone(), v.clone());
    }
}

// ---- defaultdict ---------------------------------------------------------

fn dd_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let factory = a.pos.first().cloned().unwrap_or(Value::None);
    if !factory.is_none() && !vm.is_callable(&factory) {
        return vm.type_error("first argument must be callable or None");
    }
    if a.pos.len() > 2 {
        let n = a.pos.len() - 1;
        return vm.type_error(format!("dict expected at most 1 argument, got {n}"));
    }
    let d = new_flavored(vm, "defaultdict");
    *d.factory.borrow_mut() = Some(factory);
    fill(vm, &d, a.pos.get(1), &a.kw)?;
    Ok(Value::Dict(d))
}

fn factory_of(d: &Dict) -> Value {
    d.factory.borrow().clone().unwrap_or(Value::None)
}

fn dd_factory(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "default_factory")?;
    Ok(factory_of(&d))
}

fn dd_missing(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__missing__")?;
    let [key] = vm.method_args::<1>(&a, Sig::One("defaultdict.__missing__"))?;
    let key = key.unwrap_or(Value::None);
    let f = factory_of(&d);
    if f.is_none() {
        return Err(Flow::Exc(vm.key_error(key)));
    }
    let v = vm.call_sync(f, Vec::new(), Vec::new())?;
    vm.dict_set(&d, key, v.clone())?;
    Ok(v)
}

fn plain_repr(vm: &mut Vm, d: &Dict) -> PyResult<String> {
    let plain = Dict::new();
    copy_into(d, &plain);
    vm.repr(&Value::Dict(Rc::new(plain)))
}

fn dd_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__repr__")?;
    let f = factory_of(&d);
    let fr = vm.repr(&f)?;
    let inner = plain_repr(vm, &d)?;
    Ok(Value::str(&format!("defaultdict({fr}, {inner})")))
}

fn dd_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "copy")?;
    let out = new_flavored(vm, "defaultdict");
    *out.factory.borrow_mut() = Some(factory_of(&d));
    copy_into(&d, &out);
    Ok(Value::Dict(out))
}

// ---- Counter -------------------------------------------------------------

fn is_counter(vm: &Vm, v: &Value) -> bool {
    match v {
        Value::Dict(d) => d.flavor().is_some_and(|c| vm.ext.classes.get("Counter").is_some_and(|k| Rc::ptr_eq(&c, k))),
        _ => false,
    }
}

/// Add (or subtract) counts from a mapping or an iterable into `d`.
fn count_into(vm: &mut Vm, d: &Dict, src: &Value, sign: i64) -> PyResult<()> {
    let is_mapping = matches!(src, Value::Dict(_)) || matches!(src, Value::Instance(i) if i.class.lookup("keys").is_some());
    if is_mapping {
        let keys = match src {
            Value::Dict(s) => s.keys(),
            _ => {
                let k = vm.call_method(src, "keys", Vec::new())?;
                vm.collect_iterable(&k)?
            }
        };
        for k in keys {
            let v = vm.getitem(src, &k)?;
            let old = vm.dict_get(d, &k)?.unwrap_or(Value::Int(0));
            let new = if sign > 0 { vm.binary_op(&old, &v, crate::ast::BinOp::Add)? } else { vm.binary_op(&old, &v, crate::ast::BinOp::Sub)? };
            vm.dict_set(d, k, new)?;
        }
        return Ok(());
    }
    let it = vm.get_iter(src)?;
    while let Some(x) = vm.next_value(&it)? {
        let old = vm.dict_get(d, &x)?.unwrap_or(Value::Int(0));
        let new = match old {
            Value::Int(n) if n.checked_add(sign).is_some() => Value::Int(n + sign),
            other => vm.binary_op(&other, &Value::Int(sign), crate::ast::BinOp::Add)?,
        };
        vm.dict_set(d, x, new)?;
    }
    Ok(())
}

fn count_kw(vm: &mut Vm, d: &Dict, kw: &[(Rc<str>, Value)], sign: i64) -> PyResult<()> {
    if kw.is_empty() {
        return Ok(());
    }
    let src = Dict::new();
    for (k, v) in kw {
        src.set_str(k, v.clone());
    }
    count_into(vm, d, &Value::Dict(Rc::new(src)), sign)
}

fn counter_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 {
        let n = a.pos.len();
        return vm.type_error(format!("expected at most 1 argument, got {n}"));
    }
    let d = new_flavored(vm, "Counter");
    if let Some(src) = a.pos.first() {
        if !src.is_none() {
            count_into(vm, &d, src, 1)?;
        }
    }
    count_kw(vm, &d, &a.kw, 1)?;
    Ok(Value::Dict(d))
}

fn counter_missing(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Int(0))
}

fn counter_update(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "update")?;
    if a.pos.len() > 2 {
        let n = a.pos.len() - 1;
        return vm.type_error(format!("expected at most 1 argument, got {n}"));
    }
    if let Some(src) = a.pos.get(1) {
        if !src.is_none() {
            count_into(vm, &d, src, 1)?;
        }
    }
    count_kw(vm, &d, &a.kw, 1)?;
    Ok(Value::None)
}

fn counter_subtract(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "subtract")?;
    if a.pos.len() > 2 {
        let n = a.pos.len() - 1;
        return vm.type_error(format!("expected at most 1 argument, got {n}"));
    }
    if let Some(src) = a.pos.get(1) {
        if !src.is_none() {
            count_into(vm, &d, src, -1)?;
        }
    }
    count_kw(vm, &d, &a.kw, -1)?;
    Ok(Value::None)
}

fn counter_total(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "total")?;
    vm.method_args::<0>(&a, Sig::NoArgs("Counter.total"))?;
    let mut acc = Value::Int(0);
    for v in d.values() {
        acc = vm.binary_op(&acc, &v, crate::ast::BinOp::Add)?;
    }
    Ok(acc)
}

/// Items sorted by count, largest first (stable, as `sorted(...,
/// reverse=True)`).
fn sorted_items(vm: &mut Vm, d: &Dict) -> PyResult<Vec<Value>> {
    let items: Vec<Value> = d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
    let key = builtin("itemgetter1", "itemgetter1", second);
    crate::builtins::sort_values(vm, items, Some(key), true)
}

fn second(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Tuple(t)) if t.len() > 1 => Ok(t[1].clone()),
        _ => Ok(Value::None),
    }
}

static MOST_COMMON: KwSig = KwSig { name: "most_common", params: &["n"], posonly: 0, required: 0, maxpos: 1 };

fn most_common(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "most_common")?;
    let [n] = vm.method_args::<1>(&a, Sig::Kw(&MOST_COMMON))?;
    let mut items = sorted_items(vm, &d)?;
    if let Some(n) = n.filter(|n| !n.is_none()) {
        let n = vm.to_index(&n)?.max(0) as usize;
        items.truncate(n);
    }
    Ok(Value::list(items))
}

fn elements(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "elements")?;
    vm.method_args::<0>(&a, Sig::NoArgs("Counter.elements"))?;
    let mut out = Vec::new();
    for (k, v) in d.items() {
        let n = vm.to_index(&v)?;
        for _ in 0..n.max(0) {
            out.push(k.clone());
            if out.len() > vm.limits.max_collection_len {
                return vm.err("MemoryError", "");
            }
        }
    }
    vm.get_iter(&Value::list(out))
}

fn counter_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__repr__")?;
    if d.is_empty() {
        return Ok(Value::str("Counter()"));
    }
    let items = match sorted_items(vm, &d) {
        Ok(items) => items,
        Err(Flow::Exc(e)) if vm.exc_is(&e, "TypeError") => {
            let inner = plain_repr(vm, &d)?;
            return Ok(Value::str(&format!("Counter({inner})")));
        }
        Err(e) => return Err(e),
    };
    let mut parts = Vec::new();
    for it in items {
        if let Value::Tuple(t) = it {
            parts.push(format!("{}: {}", vm.repr(&t[0])?, vm.repr(&t[1])?));
        }
    }
    Ok(Value::str(&format!("Counter({{{}}})", parts.join(", "))))
}

fn counter_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "copy")?;
    let out = new_flavored(vm, "Counter");
    copy_into(&d, &out);
    Ok(Value::Dict(out))
}

fn counter_fromkeys(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    vm.err("NotImplementedError", "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")
}

fn count_of(vm: &mut Vm, d: &Dict, k: &Value) -> PyResult<Value> {
    Ok(vm.dict_get(d, k)?.unwrap_or(Value::Int(0)))
}

fn positive(vm: &mut Vm, v: &Value) -> PyResult<bool> {
    let r = vm.compare_op(v, &Value::Int(0), crate::ast::CmpOp::Gt)?;
    vm.truthy(&r)
}

/// Counter arithmetic: `op` combines two counts; the result keeps the
/// positive ones (keys of `a` first, then new keys of `b`).
fn combine(vm: &mut Vm, a: &Args, f: fn(&mut Vm, Value, Value) -> PyResult<Value>) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.pos.first(), a.pos.get(1)) else { return Ok(Value::NotImplemented) };
    if !is_counter(vm, x) || !is_counter(vm, y) {
        return Ok(Value::NotImplemented);
    }
    let (Value::Dict(x), Value::Dict(y)) = (x, y) else { return Ok(Value::NotImplemented) };
    let out = new_flavored(vm, "Counter");
    let mut keys = x.keys();
    for k in y.keys() {
        if vm.dict_get(x, &k)?.is_none() {
            keys.push(k);
        }
    }
    for k in keys {
        let (p, q) = (count_of(vm, x, &k)?, count_of(vm, y, &k)?);
        let r = f(vm, p, q)?;
        if positive(vm, &r)? {
            vm.dict_set(&out, k, r)?;
        }
    }
    Ok(Value::Dict(out))
}

fn counter_add(vm: &mut Vm, a: Args) -> PyResult<Value> {
    combine(vm, &a, |vm, p, q| vm.binary_op(&p, &q, crate::ast::BinOp::Add))
}
fn counter_sub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    combine(vm, &a, |vm, p, q| vm.binary_op(&p, &q, crate::ast::BinOp::Sub))
}
fn counter_or(vm: &mut Vm, a: Args) -> PyResult<Value> {
    combine(vm, &a, |vm, p, q| Ok(if vm.lt(&p, &q)? { q } else { p }))
}
fn counter_and(vm: &mut Vm, a: Args) -> PyResult<Value> {
    combine(vm, &a, |vm, p, q| Ok(if vm.lt(&p, &q)? { p } else { q }))
}

/// `c += other` / `c -= other`: in place, then drop non-positive counts.
fn in_place(vm: &mut Vm, a: Args, sign: i64) -> PyResult<Value> {
    let (Some(x), Some(y)) = (a.pos.first().cloned(), a.pos.get(1).cloned()) else { return Ok(Value::NotImplemented) };
    if !is_counter(vm, &y) {
        return Ok(Value::NotImplemented);
    }
    let Value::Dict(d) = &x else { return Ok(Value::NotImplemented) };
    count_into(vm, d, &y, sign)?;
    for (k, v) in d.items() {
        if !positive(vm, &v)? {
            let key = vm.dict_key_in(d, k)?;
            d.remove(&key);
        }
    }
    Ok(x)
}

fn counter_iadd(vm: &mut Vm, a: Args) -> PyResult<Value> {
    in_place(vm, a, 1)
}
fn counter_isub(vm: &mut Vm, a: Args) -> PyResult<Value> {
    in_place(vm, a, -1)
}

fn unary(vm: &mut Vm, a: &Args, neg: bool) -> PyResult<Value> {
    let d = this(vm, a, "__pos__")?;
    let out = new_flavored(vm, "Counter");
    for (k, v) in d.items() {
        let v = if neg { vm.unary_op(&v, crate::ast::UnaryOp::Neg)? } else { v };
        if positive(vm, &v)? {
            vm.dict_set(&out, k, v)?;
        }
    }
    Ok(Value::Dict(out))
}

fn counter_pos(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary(vm, &a, false)
}
fn counter_neg(vm: &mut Vm, a: Args) -> PyResult<Value> {
    unary(vm, &a, true)
}

/// Plain-dict equality of two dicts (ignoring their classes).
fn plain_eq(vm: &mut Vm, x: &Dict, y: &Value) -> PyResult<bool> {
    let Value::Dict(y) = y else { return Ok(false) };
    let (p, q) = (Dict::new(), Dict::new());
    copy_into(x, &p);
    copy_into(y, &q);
    vm.eq(&Value::Dict(Rc::new(p)), &Value::Dict(Rc::new(q)))
}

fn counter_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__eq__")?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    if !is_counter(vm, &other) {
        return Ok(Value::Bool(plain_eq(vm, &d, &other)?));
    }
    let Value::Dict(o) = &other else { return Ok(Value::Bool(false)) };
    // Since 3.10 missing elements count as zero.
    for (x, y) in [(&d, o), (o, &d)] {
        for k in x.keys() {
            let (p, q) = (count_of(vm, x, &k)?, count_of(vm, y, &k)?);
            if !vm.eq_any(&p, &q)? {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(true))
}

// ---- OrderedDict ---------------------------------------------------------

fn od_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 {
        let n = a.pos.len();
        return vm.type_error(format!("expected at most 1 argument, got {n}"));
    }
    let d = new_flavored(vm, "OrderedDict");
    fill(vm, &d, a.pos.first(), &a.kw)?;
    Ok(Value::Dict(d))
}

fn od_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__repr__")?;
    if d.is_empty() {
        return Ok(Value::str("OrderedDict()"));
    }
    let items: Vec<Value> = d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect();
    let inner = vm.repr(&Value::list(items))?;
    Ok(Value::str(&format!("OrderedDict({inner})")))
}

fn od_eq(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "__eq__")?;
    let other = a.pos.get(1).cloned().unwrap_or(Value::None);
    let both = matches!(&other, Value::Dict(o) if o.flavor().is_some_and(|c| &*c.name == "OrderedDict"));
    if both {
        let Value::Dict(o) = &other else { return Ok(Value::Bool(false)) };
        let (xk, yk) = (d.keys(), o.keys());
        if xk.len() != yk.len() {
            return Ok(Value::Bool(false));
        }
        for (p, q) in xk.iter().zip(yk.iter()) {
            if !vm.eq_any(p, q)? {
                return Ok(Value::Bool(false));
            }
        }
    }
    Ok(Value::Bool(plain_eq(vm, &d, &other)?))
}

fn od_copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "copy")?;
    let out = new_flavored(vm, "OrderedDict");
    copy_into(&d, &out);
    Ok(Value::Dict(out))
}

static MOVE_TO_END: KwSig = KwSig { name: "move_to_end", params: &["key", "last"], posonly: 0, required: 1, maxpos: 2 };

fn move_to_end(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "move_to_end")?;
    let [key, last] = vm.method_args::<2>(&a, Sig::Kw(&MOVE_TO_END))?;
    let key = key.unwrap_or(Value::None);
    let last = match last {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let k = vm.dict_key_in(&d, key.clone())?;
    let Some(idx) = d.borrow().get_index_of(&k) else {
        return Err(Flow::Exc(vm.key_error(key)));
    };
    let mut map = d.borrow_mut();
    let n = map.len();
    if last {
        map.move_index(idx, n - 1);
    } else {
        map.move_index(idx, 0);
    }
    Ok(Value::None)
}

static POPITEM: KwSig = KwSig { name: "popitem", params: &["last"], posonly: 0, required: 0, maxpos: 1 };

fn od_popitem(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let d = this(vm, &a, "popitem")?;
    let [last] = vm.method_args::<1>(&a, Sig::Kw(&POPITEM))?;
    let last = match last {
        Some(v) => vm.truthy(&v)?,
        None => true,
    };
    let item = if last { d.borrow_mut().pop() } else { d.borrow_mut().shift_remove_index(0) };
    match item {
        Some((k, v)) => Ok(Value::tuple(vec![k.key, v])),
        None => vm.err("KeyError", "dictionary is empty"),
    }
}
