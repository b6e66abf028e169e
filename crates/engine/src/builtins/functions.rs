//! Built-in functions: print, len, sorted, min/max, sum, isinstance, ...

use super::args::{ArgParse, KwSig, Sig};
use super::builtin;
use crate::value::*;
use crate::vm::ops::{as_num, value_to_big, Num};
use crate::vm::{Flow, PyResult, Signal, Vm};
use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use std::cell::RefCell;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let fns: &[(&str, NativeFn)] = &[
        ("print", super::print::print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("abs", abs),
        ("round", round),
        ("sum", sum),
        ("min", min),
        ("max", max),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("hasattr", hasattr),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("divmod", divmod),
        ("pow", pow),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("bin", bin),
        ("oct", oct),
        ("hash", hash),
        ("id", id),
        ("callable", callable),
        ("format", format),
        ("enumerate", enumerate),
        ("zip", zip),
        ("map", map),
        ("filter", filter),
        ("reversed", reversed),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("input", input),
        ("__import__", dunder_import),
        ("open", unsupported_builtin),
        ("eval", unsupported_builtin),
        ("exec", unsupported_builtin),
        ("compile", unsupported_builtin),
        ("exit", exit),
        ("quit", exit),
        ("aiter", aiter),
        ("anext", anext),
    ];
    let mut b = vm.builtins.borrow_mut();
    for (name, f) in fns {
        b.insert(Rc::from(*name), builtin(name, name, *f));
    }
}

fn len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("len"))?;
    Ok(Value::Int(vm.len(&a.pos[0])? as i64))
}

fn repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("repr"))?;
    Ok(Value::str(&vm.repr(&a.pos[0])?))
}

fn ascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("ascii"))?;
    Ok(Value::str(&vm.ascii(&a.pos[0])?))
}

fn abs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("abs"))?;
    let v = &a.pos[0];
    Ok(match v {
        Value::Int(i) => i.checked_abs().map(Value::Int).unwrap_or_else(|| Value::bigint(BigInt::from(*i).abs())),
        Value::Bool(b) => Value::Int(*b as i64),
        Value::BigInt(b) => Value::bigint(b.abs()),
        Value::Float(f) => Value::Float(f.abs()),
        Value::Instance(i) => match i.class.lookup("__abs__") {
            Some(f) => return vm.call_sync(f, vec![v.clone()], Vec::new()),
            None => return bad_operand(vm, "abs()", v),
        },
        _ => return bad_operand(vm, "abs()", v),
    })
}

fn bad_operand<T>(vm: &Vm, what: &str, v: &Value) -> PyResult<T> {
    let tn = vm.type_name(v);
    vm.type_error(format!("bad operand type for {what}: '{tn}'"))
}

static ROUND: KwSig = KwSig { name: "round", params: &["number", "ndigits"], posonly: 0, required: 1, maxpos: 2 };

fn round(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [v, nd] = vm.fn_args::<2>(&a, Sig::Kw(&ROUND))?;
    let a = Args::new(match nd {
        Some(n) => vec![v.unwrap_or(Value::None), n],
        None => vec![v.unwrap_or(Value::None)],
    });
    let v = &a.pos[0];
    let ndigits = match a.pos.get(1) {
        None | Some(Value::None) => None,
        Some(n) => Some(vm.to_index(n)?),
    };
    match v {
        Value::Float(f) => match vm.fmt_err(crate::format::round_float(*f, ndigits))? {
            crate::format::Rounded::Int(i) => Ok(Value::bigint(i)),
            crate::format::Rounded::Float(x) => Ok(Value::Float(x)),
        },
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let b = value_to_big(v).unwrap_or_default();
            match ndigits {
                None => Ok(Value::bigint(b)),
                Some(n) => Ok(Value::bigint(crate::format::round_int(&b, n))),
            }
        }
        Value::Instance(i) => match i.class.lookup("__round__") {
            Some(f) => {
                let mut args = vec![v.clone()];
                if let Some(n) = a.pos.get(1) {
                    args.push(n.clone());
                }
                vm.call_sync(f, args, Vec::new())
            }
            None => {
                let tn = vm.type_name(v);
                vm.type_error(format!("type {tn} doesn't define __round__ method"))
            }
        },
        _ => {
            let tn = vm.type_name(v);
            vm.type_error(format!("type {tn} doesn't define __round__ method"))
        }
    }
}

static SUM: KwSig = KwSig { name: "sum", params: &["iterable", "start"], posonly: 1, required: 1, maxpos: 2 };

fn sum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [iterable, start] = vm.fn_args::<2>(&a, Sig::Kw(&SUM))?;
    let iterable = iterable.unwrap_or(Value::None);
    let mut acc = start.unwrap_or(Value::Int(0));
    match &acc {
        Value::Str(_) => return vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"),
        Value::Bytes(_) => return vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"),
        _ => {}
    }
    let it = vm.get_iter(&iterable)?;
    while let Some(x) = vm.next_value(&it)? {
        acc = match (&acc, &x) {
            (Value::Int(p), Value::Int(q)) if p.checked_add(*q).is_some() => Value::Int(p + q),
            (Value::Float(p), Value::Float(q)) => Value::Float(p + q),
            _ => vm.binary_op(&acc, &x, crate::ast::BinOp::Add)?,
        };
    }
    Ok(acc)
}

fn min_max(vm: &mut Vm, mut a: Args, is_max: bool) -> PyResult<Value> {
    let name = if is_max { "max" } else { "min" };
    let key = a.take_kw("key").filter(|k| !k.is_none());
    let default = a.take_kw("default");
    a.no_kw(vm, name)?;
    let items: Vec<Value> = match a.pos.len() {
        0 => return vm.type_error(format!("{name} expected at least 1 argument, got 0")),
        1 => {
            if !vm.is_iterable(&a.pos[0]) {
                let tn = vm.type_name(&a.pos[0]);
                return vm.type_error(format!("'{tn}' object is not iterable"));
            }
            vm.collect_iterable(&a.pos[0])?
        }
        _ => {
            if default.is_some() {
                return vm.type_error(format!("Cannot specify a default for {name}() with multiple positional arguments"));
            }
            a.pos.clone()
        }
    };
    if items.is_empty() {
        return match default {
            Some(d) => Ok(d),
            None => vm.value_error(format!("{name}() arg is an empty sequence")),
        };
    }
    let mut best = items[0].clone();
    let mut best_key = match &key {
        Some(k) => vm.call_sync(k.clone(), vec![best.clone()], Vec::new())?,
        None => best.clone(),
    };
    for it in items.into_iter().skip(1) {
        let k = match &key {
            Some(kf) => vm.call_sync(kf.clone(), vec![it.clone()], Vec::new())?,
            None => it.clone(),
        };
        let better = if is_max {
            let r = vm.compare_op(&k, &best_key, crate::ast::CmpOp::Gt)?;
            vm.truthy(&r)?
        } else {
            vm.lt(&k, &best_key)?
        };
        if better {
            best = it;
            best_key = k;
        }
    }
    Ok(best)
}

fn min(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, false)
}

fn max(vm: &mut Vm, a: Args) -> PyResult<Value> {
    min_max(vm, a, true)
}

fn any(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("any"))?;
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(x) = vm.next_value(&it)? {
        if vm.truthy(&x)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("all"))?;
    let it = vm.get_iter(&a.pos[0])?;
    while let Some(x) = vm.next_value(&it)? {
        if !vm.truthy(&x)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn sorted(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    if a.pos.len() != 1 {
        let n = a.pos.len();
        return vm.type_error(format!("sorted expected 1 argument, got {n}"));
    }
    let key = a.take_kw("key");
    let reverse = a.take_kw("reverse");
    a.no_kw(vm, "sort")?;
    let items = vm.collect_iterable(&a.pos[0])?;
    let reverse = match reverse {
        Some(r) => vm.truthy(&r)?,
        None => false,
    };
    let sorted = super::sort::sort_values(vm, items, key.filter(|k| !k.is_none()), reverse)?;
    Ok(Value::list(sorted))
}

/// `isinstance(v, spec)`: spec is a class or a (nested) tuple of classes.
pub fn isinstance_spec(vm: &mut Vm, v: &Value, spec: &Value, fname: &str) -> PyResult<bool> {
    match spec {
        Value::Class(c) => Ok(crate::modules::abc_protocols::isinstance(vm, v, c)),
        Value::Tuple(t) => {
            // A tuple nested a hundred thousand deep recurses here.
            vm.enter_native(if fname == "isinstance" { " in __instancecheck__" } else { " in __subclasscheck__" })?;
            let mut found = Ok(false);
            for s in t.iter() {
                found = isinstance_spec(vm, v, s, fname);
                if !matches!(found, Ok(false)) {
                    break;
                }
            }
            vm.leave_native();
            found
        }
        _ => {
            vm.refuse_missing(spec)?;
            vm.type_error(format!("{fname}() arg 2 must be a type, a tuple of types, or a union"))
        }
    }
}

fn isinstance(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("isinstance", "isinstance", 2, 2))?;
    Ok(Value::Bool(isinstance_spec(vm, &a.pos[0], &a.pos[1], "isinstance")?))
}

fn issubclass(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("issubclass", "issubclass", 2, 2))?;
    let Value::Class(c) = &a.pos[0] else {
        return vm.type_error("issubclass() arg 1 must be a class");
    };
    fn check(vm: &Vm, c: &Rc<Class>, spec: &Value) -> PyResult<bool> {
        match spec {
            Value::Class(s) => Ok(c.is_subclass(s) || Rc::ptr_eq(s, &vm.types.object)),
            Value::Tuple(t) => {
                for x in t.iter() {
                    if check(vm, c, x)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            _ => vm.type_error("issubclass() arg 2 must be a class, a tuple of classes, or a union"),
        }
    }
    Ok(Value::Bool(check(vm, c, &a.pos[1])?))
}

fn iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("iter", "iter", 1, 2))?;
    if a.pos.len() == 2 {
        return Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Callable { func: a.pos[0].clone(), sentinel: a.pos[1].clone() }))));
    }
    vm.get_iter(&a.pos[0])
}

fn next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("next", "next", 1, 2))?;
    let it = &a.pos[0];
    let ok = matches!(it, Value::Iter(_)) || matches!(it, Value::Generator(g) if !g.is_async()) || matches!(it, Value::Instance(i) if i.class.lookup("__next__").is_some());
    if !ok {
        let tn = vm.type_name(it);
        return vm.type_error(format!("'{tn}' object is not an iterator"));
    }
    if let Value::Generator(g) = it {
        if !g.is_async() {
            return match vm.gen_send(g, Value::None) {
                Err(Flow::Exc(e)) if a.pos.len() == 2 && vm.exc_is(&e, "StopIteration") => Ok(a.pos[1].clone()),
                other => other,
            };
        }
    }
    if let Value::Instance(i) = it {
        if let Some(f) = i.class.lookup("__next__") {
            return match vm.call_sync(f, vec![it.clone()], Vec::new()) {
                Err(Flow::Exc(e)) if a.pos.len() == 2 && vm.exc_is(&e, "StopIteration") => Ok(a.pos[1].clone()),
                other => other,
            };
        }
    }
    match vm.next_value(it)? {
        Some(v) => Ok(v),
        None => match a.pos.get(1) {
            Some(d) => Ok(d.clone()),
            None => {
                let c = vm.types.exc("StopIteration");
                Err(Flow::Exc(vm.new_exception(&c, Vec::new())))
            }
        },
    }
}

fn attr_name(vm: &Vm, v: &Value) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("attribute name must be string, not '{tn}'"))
        }
    }
}

fn hasattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("hasattr", "hasattr", 2, 2))?;
    let name = attr_name(vm, &a.pos[1])?;
    Ok(Value::Bool(vm.hasattr(&a.pos[0], &name)?))
}

fn getattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<3>(&a, Sig::Pos("getattr", "getattr", 2, 3))?;
    let name = attr_name(vm, &a.pos[1])?;
    match vm.getattr(&a.pos[0], &name) {
        Ok(v) => Ok(v),
        Err(Flow::Exc(e)) if a.pos.len() == 3 && vm.exc_is(&e, "AttributeError") => Ok(a.pos[2].clone()),
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<3>(&a, Sig::Pos("setattr", "setattr", 3, 3))?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.setattr(&a.pos[0], &name, a.pos[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("delattr", "delattr", 2, 2))?;
    let name = attr_name(vm, &a.pos[1])?;
    vm.delattr(&a.pos[0], &name)?;
    Ok(Value::None)
}

fn divmod(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("divmod", "divmod", 2, 2))?;
    let (x, y) = (&a.pos[0], &a.pos[1]);
    match (as_num(x), as_num(y)) {
        (Some(Num::F(_)), Some(_)) | (Some(_), Some(Num::F(_))) => {
            let p = vm.to_f64(x)?;
            let q = vm.to_f64(y)?;
            let (d, m) = vm.fmt_err(crate::format::float_divmod(p, q))?;
            Ok(Value::tuple(vec![Value::Float(d), Value::Float(m)]))
        }
        (Some(_), Some(_)) => {
            let p = value_to_big(x).unwrap_or_default();
            let q = value_to_big(y).unwrap_or_default();
            if q.is_zero() {
                return vm.err("ZeroDivisionError", "integer division or modulo by zero");
            }
            let (d, m) = vm.fmt_err(crate::format::int_divmod(&p, &q))?;
            Ok(Value::tuple(vec![Value::bigint(d), Value::bigint(m)]))
        }
        _ => {
            // A class's own __divmod__, else the other's __rdivmod__.
            for (obj, other, name) in [(x, y, "__divmod__"), (y, x, "__rdivmod__")] {
                if let Value::Instance(i) = obj {
                    if let Some(m) = i.class.lookup(name) {
                        let r = vm.call_sync(m, vec![obj.clone(), other.clone()], Vec::new())?;
                        if !matches!(r, Value::NotImplemented) {
                            return Ok(r);
                        }
                    }
                }
            }
            let (ta, tb) = (vm.type_name(x), vm.type_name(y));
            vm.type_error(format!("unsupported operand type(s) for divmod(): '{ta}' and '{tb}'"))
        }
    }
}

static POW: KwSig = KwSig { name: "pow", params: &["base", "exp", "mod"], posonly: 0, required: 2, maxpos: 3 };

fn pow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [b, e, m] = vm.fn_args::<3>(&a, Sig::Kw(&POW))?;
    let mut pos = vec![b.unwrap_or(Value::None), e.unwrap_or(Value::None)];
    if let Some(m) = m {
        pos.push(m);
    }
    let a = Args::new(pos);
    if a.pos.len() == 3 && !a.pos[2].is_none() {
        let (Some(b), Some(e), Some(m)) = (value_to_big(&a.pos[0]), value_to_big(&a.pos[1]), value_to_big(&a.pos[2])) else {
            return vm.type_error("pow() 3rd argument not allowed unless all arguments are integers");
        };
        return Ok(Value::bigint(vm.fmt_err(crate::format::int_pow_mod(&b, &e, &m))?));
    }
    vm.binary_op(&a.pos[0], &a.pos[1], crate::ast::BinOp::Pow)
}

fn chr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("chr"))?;
    let i = vm.to_index(&a.pos[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(&c.to_string())),
        None if (0..0x110000).contains(&i) => Err(crate::vm::Flow::Signal(crate::vm::Signal::Unsupported(format!("lone surrogate character chr({i:#x})")))),
        None => vm.value_error("chr() arg not in range(0x110000)"),
    }
}

fn ord(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("ord"))?;
    match &a.pos[0] {
        Value::Str(s) => {
            let mut chars = s.chars();
            match (chars.next(), chars.next()) {
                (Some(c), None) => Ok(Value::Int(c as i64)),
                _ => {
                    let n = s.chars().count();
                    vm.type_error(format!("ord() expected a character, but string of length {n} found"))
                }
            }
        }
        Value::Bytes(b) if b.len() == 1 => Ok(Value::Int(b[0] as i64)),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("ord() expected string of length 1, but {tn} found"))
        }
    }
}

fn radix(vm: &mut Vm, a: Args, name: &'static str, spec: &str) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One(name))?;
    match value_to_big(&a.pos[0]) {
        Some(b) => Ok(Value::str(&vm.fmt_err(crate::format::format_int(&b, spec))?)),
        None => {
            let tn = vm.type_name(&a.pos[0]);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

fn hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "hex", "#x")
}
fn bin(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "bin", "#b")
}
fn oct(vm: &mut Vm, a: Args) -> PyResult<Value> {
    radix(vm, a, "oct", "#o")
}

fn hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("hash"))?;
    Ok(Value::Int(vm.py_hash(&a.pos[0])?))
}

fn id(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("id"))?;
    let s = vm.fake_addr(&a.pos[0]);
    Ok(Value::Int(i64::from_str_radix(s.trim_start_matches("0x"), 16).unwrap_or(0)))
}

fn callable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("callable"))?;
    Ok(Value::Bool(vm.is_callable(&a.pos[0])))
}

impl Vm {
    /// `callable(v)`.
    pub fn is_callable(&self, v: &Value) -> bool {
        match v {
            Value::Function(_) | Value::Builtin(_) | Value::Method(_) | Value::Class(_) => true,
            Value::Instance(i) => i.class.lookup("__call__").is_some(),
            Value::Descriptor(d) => matches!(&**d, Descriptor::StaticMethod(_)),
            _ => false,
        }
    }
}

fn format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("format", "format", 1, 2))?;
    let spec = match a.pos.get(1) {
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("format() argument 2 must be str, not {tn}"));
        }
        None => String::new(),
    };
    Ok(Value::str(&vm.format_value(&a.pos[0], &spec)?))
}

fn enumerate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // enumerate's own vectorcall: no "(pos 1)" in its message.
    if a.pos.is_empty() && !a.kw.iter().any(|(k, _)| &**k == "iterable") && a.kw.len() < 2 {
        return vm.type_error("enumerate() missing required argument 'iterable'");
    }
    static ENUMERATE: KwSig = KwSig { name: "enumerate", params: &["iterable", "start"], posonly: 0, required: 1, maxpos: 2 };
    let [it, start] = vm.fn_args::<2>(&a, Sig::Kw(&ENUMERATE))?;
    let mut pos = vec![it.unwrap_or(Value::None)];
    pos.extend(start);
    let a = Args::new(pos);
    let inner = vm.get_iter(&a.pos[0])?;
    let count = match a.pos.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 0,
    };
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Enumerate { inner, count }))))
}

fn zip(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let strict = match a.take_kw("strict") {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    a.no_kw(vm, "zip")?;
    let mut iters = Vec::with_capacity(a.pos.len());
    for v in a.pos.iter() {
        iters.push(vm.get_iter(v)?);
    }
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Zip { iters, strict }))))
}

fn map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if !a.kw.is_empty() {
        return vm.type_error("map() takes no keyword arguments");
    }
    if a.pos.len() < 2 {
        return vm.type_error("map() must have at least two arguments.");
    }
    let func = a.pos[0].clone();
    let mut iters = Vec::new();
    for v in &a.pos[1..] {
        iters.push(vm.get_iter(v)?);
    }
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Map { func, iters }))))
}

fn filter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("filter", "filter", 2, 2))?;
    let inner = vm.get_iter(&a.pos[1])?;
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Filter { func: a.pos[0].clone(), inner }))))
}

fn reversed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("reversed", "reversed", 1, 1))?;
    let v = &a.pos[0];
    let len = match v {
        Value::List(l) => l.len(),
        Value::Tuple(t) => t.len(),
        Value::Str(s) => s.chars().count(),
        Value::Range(r) => r.len(),
        Value::Bytes(b) => b.len(),
        Value::Dict(d) => {
            let mut keys = d.keys();
            keys.reverse();
            return vm.get_iter(&Value::list(keys));
        }
        Value::Class(c) if crate::vm::types::meta_method(c, "__reversed__").is_some() => {
            let f = crate::vm::types::meta_method(c, "__reversed__").unwrap_or(Value::None);
            return vm.call_sync(f, vec![v.clone()], Vec::new());
        }
        Value::Descriptor(dv) if matches!(&**dv, Descriptor::DictView(..)) => {
            let mut items = vm.collect_iterable(v)?;
            items.reverse();
            return vm.get_iter(&Value::list(items));
        }
        Value::Instance(i) => {
            if let Some(f) = i.class.lookup("__reversed__") {
                return vm.call_sync(f, vec![v.clone()], Vec::new());
            }
            let n = vm.len(v)?;
            let items: Vec<Value> = (0..n).map(|k| vm.getitem(v, &Value::Int(k as i64))).collect::<PyResult<_>>()?;
            let mut items = items;
            items.reverse();
            return vm.get_iter(&Value::list(items));
        }
        Value::Native(n) => {
            if let Some(mut items) = crate::builtins::collections::native_items(n) {
                items.reverse();
                return vm.get_iter(&Value::list(items));
            }
            let tn = vm.type_name(v);
            return vm.type_error(format!("'{tn}' object is not reversible"));
        }
        _ => {
            let tn = vm.type_name(v);
            return vm.type_error(format!("'{tn}' object is not reversible"));
        }
    };
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Reversed { seq: v.clone(), index: len }))))
}

fn globals(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<0>(&a, Sig::NoArgs("globals"))?;
    let g = vm.frame()?.globals.clone();
    let d = Dict::new();
    for (k, v) in g.borrow().iter() {
        d.set_str(k, v.clone());
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn locals(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<0>(&a, Sig::NoArgs("locals"))?;
    let f = vm.frame()?;
    let d = Dict::new();
    if let Some(ns) = &f.namespace {
        for (k, v) in ns.borrow().iter() {
            d.set_str(k, v.clone());
        }
    } else {
        for (k, v) in f.locals() {
            d.set_str(&k, v);
        }
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn vars(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("vars", "vars", 0, 1))?;
    match a.pos.first() {
        None => locals(vm, Args::default()),
        Some(v) => match vm.getattr(v, "__dict__") {
            Ok(d) => Ok(d),
            Err(_) => vm.type_error("vars() argument must have __dict__ attribute"),
        },
    }
}

fn dir(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("dir", "dir", 0, 1))?;
    let mut names: Vec<String> = Vec::new();
    match a.pos.first() {
        None => {
            let f = vm.frame()?;
            match &f.namespace {
                Some(ns) => names.extend(ns.borrow().keys().map(|k| k.to_string())),
                None => names.extend(f.locals().into_iter().map(|(k, _)| k.to_string())),
            }
        }
        Some(v) => {
            let cls = vm.types.type_of(v);
            if let Value::Instance(i) = v {
                names.extend(i.dict.borrow().keys().map(|k| k.to_string()));
            }
            if let Value::Module(m) = v {
                names.extend(m.globals.borrow().keys().map(|k| k.to_string()));
            }
            let classes: Vec<Rc<Class>> = match v {
                Value::Class(c) => std::iter::once(c.clone()).chain(c.mro.iter().cloned()).collect(),
                _ => std::iter::once(cls.clone()).chain(cls.mro.iter().cloned()).collect(),
            };
            for c in classes {
                names.extend(c.dict.borrow().keys().map(|k| k.to_string()).filter(|k| k != "__new__"));
            }
        }
    }
    crate::order::sort(&mut names);
    names.dedup();
    Ok(Value::list(names.iter().map(|s| Value::str(s)).collect()))
}

fn input(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("input", "input", 0, 1))?;
    if let Some(p) = a.pos.first() {
        let s = vm.str(p)?;
        vm.write_out(&s, false)?;
    }
    vm.err("EOFError", "EOF when reading a line")
}

fn unsupported_builtin(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Err(Flow::Signal(Signal::Unsupported("this built-in function (files and dynamic code)".into())))
}

fn exit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let c = vm.types.exc("SystemExit");
    Err(Flow::Exc(vm.new_exception(&c, a.pos)))
}

fn aiter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("aiter"))?;
    vm.get_aiter(&a.pos[0])
}

fn anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("anext", "anext", 1, 2))?;
    if a.pos.len() == 2 {
        return Err(Flow::Signal(Signal::Unsupported("anext() with a default".into())));
    }
    if let Value::Generator(g) = &a.pos[0] {
        if g.is_async() {
            return Ok(vm.agen_op(g, crate::vm::generator::AgenOpKind::Send(Value::None)));
        }
    }
    vm.call_method(&a.pos[0], "__anext__", Vec::new())
}

/// `__import__(name, globals=None, locals=None, fromlist=(), level=0)`:
/// the top module, or the named one itself when `fromlist` is not empty.
fn dunder_import(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Str(name)) = a.pos.first().cloned() else {
        return vm.type_error("__import__() argument 1 must be str");
    };
    let fromlist = a.pos.get(3).cloned().or_else(|| a.kw.iter().find(|(k, _)| &**k == "fromlist").map(|(_, v)| v.clone()));
    let whole = match fromlist {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    vm.import_module(&name, whole)
}
