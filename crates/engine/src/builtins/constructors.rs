//! Constructors of the built-in types: int(), str(), list(), dict(), ...
//! and super(), property(), staticmethod(), classmethod().

use super::args::{KwSig, Sig};
use super::{add_method, builtin};
use crate::value::*;
use crate::vm::ops::value_to_big;
use crate::vm::{Flow, PyResult, Vm};
use num_bigint::BigInt;
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let ctors: Vec<(Rc<Class>, NativeFn)> = vec![
        (t.int.clone(), int_new),
        (t.float.clone(), float_new),
        (t.str_.clone(), str_new),
        (t.bool_.clone(), bool_new),
        (t.list.clone(), list_new),
        (t.tuple.clone(), tuple_new),
        (t.dict.clone(), dict_new),
        (t.set.clone(), set_new),
        (t.frozenset.clone(), frozenset_new),
        (t.range.clone(), range_new),
        (t.slice.clone(), slice_new),
        (t.bytes.clone(), bytes_new),
        (t.object.clone(), object_new),
        (t.type_.clone(), type_new),
        (t.super_.clone(), super_new),
        (t.property.clone(), property_new),
        (t.staticmethod.clone(), staticmethod_new),
        (t.classmethod.clone(), classmethod_new),
    ];
    let mut b = vm.builtins.borrow_mut();
    for (cls, f) in ctors {
        add_method(&cls, "__new__", f);
        b.insert(cls.name.clone(), Value::Class(cls.clone()));
    }
    drop(b);
    let p = vm.types.property.clone();
    add_method(&p, "setter", property_setter);
    add_method(&p, "getter", property_getter);
    add_method(&p, "deleter", property_deleter);
    let _ = builtin;
}

static INT: KwSig = KwSig { name: "int", params: &["x", "base"], posonly: 1, required: 0, maxpos: 2 };

fn int_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [x, base] = vm.fn_args::<2>(&a, Sig::Kw(&INT))?;
    let Some(x) = x else {
        if base.is_some() {
            return vm.type_error("int() missing string argument");
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = vm.to_index(&b)?;
        let s = match &x {
            Value::Str(s) => s.to_string(),
            Value::Bytes(bs) => String::from_utf8_lossy(bs).to_string(),
            _ => return vm.type_error("int() can't convert non-string with explicit base"),
        };
        if b != 0 && !(2..=36).contains(&b) {
            return vm.value_error("int() base must be >= 2 and <= 36, or 0");
        }
        return Ok(Value::bigint(vm.fmt_err(crate::format::parse_int(&s, b as u32))?));
    }
    vm.to_int(&x)
}

impl Vm {
    /// `int(x)` for one argument.
    pub fn to_int(&mut self, x: &Value) -> PyResult<Value> {
        match x {
            Value::Int(_) | Value::BigInt(_) => Ok(x.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(f) => Ok(Value::bigint(self.fmt_err(crate::format::float_to_int(*f))?)),
            Value::Str(s) => Ok(Value::bigint(self.fmt_err(crate::format::parse_int(s, 10))?)),
            Value::Bytes(b) => Ok(Value::bigint(self.fmt_err(crate::format::parse_int(&String::from_utf8_lossy(b), 10))?)),
            Value::Instance(i) => {
                for name in ["__int__", "__index__", "__trunc__"] {
                    if let Some(f) = i.class.lookup(name) {
                        return self.call_sync(f, vec![x.clone()], Vec::new());
                    }
                }
                let tn = i.class.name.clone();
                self.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'"))
            }
            other => {
                let tn = self.type_name(other);
                self.type_error(format!("int() argument must be a string, a bytes-like object or a real number, not '{tn}'"))
            }
        }
    }
}

fn float_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("float", "float", 0, 1))?;
    let Some(x) = a.pos.first() else { return Ok(Value::Float(0.0)) };
    match x {
        Value::Float(_) => Ok(x.clone()),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => Ok(Value::Float(vm.to_f64(x)?)),
        Value::Str(s) => Ok(Value::Float(vm.fmt_err(crate::format::parse_float(s))?)),
        Value::Instance(i) => {
            for name in ["__float__", "__index__"] {
                if let Some(f) = i.class.lookup(name) {
                    let r = vm.call_sync(f, vec![x.clone()], Vec::new())?;
                    return Ok(Value::Float(vm.to_f64(&r)?));
                }
            }
            let tn = i.class.name.clone();
            vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'"))
        }
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("float() argument must be a string or a real number, not '{tn}'"))
        }
    }
}

static STR: KwSig = KwSig { name: "str", params: &["object", "encoding", "errors"], posonly: 0, required: 0, maxpos: 3 };

fn str_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [x, encoding, errors] = vm.fn_args::<3>(&a, Sig::Kw(&STR))?;
    let Some(x) = x else { return Ok(Value::str("")) };
    if encoding.is_none() && errors.is_none() {
        return Ok(Value::str(&vm.str(&x)?));
    }
    match &x {
        Value::Bytes(b) => super::codecs::decode(vm, b, encoding, errors),
        Value::Str(_) => vm.type_error("decoding str is not supported"),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("decoding to str: need a bytes-like object, {tn} found"))
        }
    }
}

fn bool_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("bool", "bool", 0, 1))?;
    match a.pos.first() {
        Some(v) => Ok(Value::Bool(vm.truthy(v)?)),
        None => Ok(Value::Bool(false)),
    }
}

fn list_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("list", "list", 0, 1))?;
    match a.pos.first() {
        Some(v) => Ok(Value::list(vm.collect_iterable(v)?)),
        None => Ok(Value::list(Vec::new())),
    }
}

fn tuple_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("tuple", "tuple", 0, 1))?;
    match a.pos.first() {
        Some(Value::Tuple(t)) => Ok(Value::Tuple(t.clone())),
        Some(v) => Ok(Value::tuple(vm.collect_iterable(v)?)),
        None => Ok(Value::tuple(Vec::new())),
    }
}

impl Vm {
    /// `d.update(other)` / `dict(other)`: a mapping or an iterable of pairs.
    pub fn dict_update_from(&mut self, d: &Dict, other: &Value) -> PyResult<()> {
        match other {
            Value::Dict(src) => {
                for (k, v) in src.borrow().iter() {
                    d.insert(k.clone(), v.clone());
                }
                Ok(())
            }
            Value::Instance(i) if i.class.lookup("keys").is_some() => {
                let keys = self.call_method(other, "keys", Vec::new())?;
                for k in self.collect_iterable(&keys)? {
                    let v = self.getitem(other, &k)?;
                    let key = self.dict_key(k)?;
                    d.insert(key, v);
                }
                Ok(())
            }
            _ => {
                if !self.is_iterable(other) {
                    let tn = self.type_name(other);
                    return self.type_error(format!("'{tn}' object is not iterable"));
                }
                let items = self.collect_iterable(other)?;
                for (i, it) in items.iter().enumerate() {
                    if !self.is_iterable(it) {
                        let tn = self.type_name(it);
                        let _ = tn;
                        return self.type_error(format!("cannot convert dictionary update sequence element #{i} to a sequence"));
                    }
                    let pair = self.collect_iterable(it)?;
                    if pair.len() != 2 {
                        return self.value_error(format!(
                            "dictionary update sequence element #{i} has length {}; 2 is required",
                            pair.len()
                        ));
                    }
                    let key = self.dict_key(pair[0].clone())?;
                    d.insert(key, pair[1].clone());
                }
                Ok(())
            }
        }
    }
}

fn dict_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 {
        let n = a.pos.len();
        return vm.type_error(format!("dict expected at most 1 argument, got {n}"));
    }
    let d = Dict::new();
    if let Some(src) = a.pos.first() {
        vm.dict_update_from(&d, src)?;
    }
    for (k, v) in a.kw {
        d.set_str(&k, v);
    }
    Ok(Value::Dict(Rc::new(d)))
}

fn set_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("set", "set", 0, 1))?;
    match a.pos.first() {
        Some(Value::Set(s)) => {
            let out = Rc::new(Set::new(false));
            out.table_mut().merge(&s.table(), keys_equal);
            Ok(Value::Set(out))
        }
        Some(v) => {
            let items = vm.collect_iterable(v)?;
            vm.new_set(items, false)
        }
        None => vm.new_set(Vec::new(), false),
    }
}

fn frozenset_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("frozenset", "frozenset", 0, 1))?;
    match a.pos.first() {
        Some(Value::Set(s)) if s.frozen => Ok(Value::Set(s.clone())),
        Some(v) => {
            let items = vm.collect_iterable(v)?;
            vm.new_set(items, true)
        }
        None => vm.new_set(Vec::new(), true),
    }
}

fn range_arg(vm: &mut Vm, v: &Value) -> PyResult<i64> {
    match vm.index_value(v)? {
        Some(i) if i != i64::MIN && i != i64::MAX => Ok(i),
        Some(_) => vm.err("OverflowError", "Python int too large to convert to C ssize_t"),
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

fn range_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<3>(&a, Sig::Pos("range", "range", 1, 3))?;
    let n = a.pos.len();
    if n == 0 {
        return vm.type_error("range expected at least 1 argument, got 0");
    }
    if n > 3 {
        return vm.type_error(format!("range expected at most 3 arguments, got {n}"));
    }
    let (start, stop, step) = match n {
        1 => (0, range_arg(vm, &a.pos[0])?, 1),
        2 => (range_arg(vm, &a.pos[0])?, range_arg(vm, &a.pos[1])?, 1),
        _ => (range_arg(vm, &a.pos[0])?, range_arg(vm, &a.pos[1])?, range_arg(vm, &a.pos[2])?),
    };
    if step == 0 {
        return vm.value_error("range() arg 3 must not be zero");
    }
    Ok(Value::Range(Rc::new(RangeObj { start, stop, step })))
}

fn slice_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<3>(&a, Sig::Pos("slice", "slice", 1, 3))?;
    let (start, stop, step) = match a.pos.len() {
        1 => (Value::None, a.pos[0].clone(), Value::None),
        2 => (a.pos[0].clone(), a.pos[1].clone(), Value::None),
        _ => (a.pos[0].clone(), a.pos[1].clone(), a.pos[2].clone()),
    };
    Ok(Value::Slice(Rc::new(SliceObj { start, stop, step })))
}

static BYTES: KwSig = KwSig { name: "bytes", params: &["source", "encoding", "errors"], posonly: 0, required: 0, maxpos: 3 };

fn bytes_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [x, enc, errors] = vm.fn_args::<3>(&a, Sig::Kw(&BYTES))?;
    let Some(x) = x else {
        if enc.is_some() {
            return vm.type_error("encoding without a string argument");
        }
        if errors.is_some() {
            return vm.type_error("errors without a string argument");
        }
        return Ok(Value::Bytes(Rc::from(Vec::new())));
    };
    if !matches!(x, Value::Str(_)) && (enc.is_some() || errors.is_some()) {
        let what = if enc.is_some() { "encoding" } else { "errors" };
        return vm.type_error(format!("{what} without a string argument"));
    }
    match &x {
        Value::Str(s) => {
            if enc.is_none() {
                return vm.type_error("string argument without an encoding");
            }
            super::codecs::encode(vm, s, enc, errors)
        }
        Value::Int(n) => {
            if *n < 0 {
                return vm.value_error("negative count");
            }
            if *n as usize > vm.limits.max_collection_len {
                return vm.err("MemoryError", "");
            }
            Ok(Value::Bytes(Rc::from(vec![0u8; *n as usize])))
        }
        Value::Bytes(_) => Ok(x.clone()),
        _ => {
            let items = vm.collect_iterable(&x)?;
            let mut out = Vec::with_capacity(items.len());
            for it in items {
                match value_to_big(&it).and_then(|b| u8::try_from(b).ok()) {
                    Some(b) => out.push(b),
                    None => return vm.value_error("bytes must be in range(0, 256)"),
                }
            }
            Ok(Value::Bytes(Rc::from(out)))
        }
    }
}

fn object_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    // `object.__new__(cls)`: a bare instance of a Python class.
    if let Some(Value::Class(c)) = a.pos.first() {
        if c.builtin.is_none() {
            let exc = if c.is_exception() { Some(std::cell::RefCell::new(ExcData { args: a.pos[1..].to_vec(), ..ExcData::default() })) } else { None };
            return Ok(Value::Instance(Rc::new(Instance { class: c.clone(), dict: std::cell::RefCell::new(new_attrmap()), exc })));
        }
    }
    if !a.pos.is_empty() || !a.kw.is_empty() {
        return vm.type_error("object() takes no arguments");
    }
    let c = vm.types.object.clone();
    Ok(Value::Instance(Rc::new(Instance { class: c, dict: std::cell::RefCell::new(new_attrmap()), exc: None })))
}

fn type_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() == 1 && a.kw.is_empty() {
        return Ok(Value::Class(vm.types.type_of(&a.pos[0])));
    }
    if a.pos.len() == 1 {
        return vm.type_error("type() takes no keyword arguments");
    }
    if a.pos.len() != 3 {
        return vm.type_error("type() takes 1 or 3 arguments");
    }
    let Value::Str(name) = &a.pos[0] else {
        let tn = vm.type_name(&a.pos[0]);
        return vm.type_error(format!("type.__new__() argument 1 must be str, not {tn}"));
    };
    let Value::Tuple(bases) = &a.pos[1] else {
        let tn = vm.type_name(&a.pos[1]);
        return vm.type_error(format!("type.__new__() argument 2 must be tuple, not {tn}"));
    };
    let Value::Dict(ns) = &a.pos[2] else {
        let tn = vm.type_name(&a.pos[2]);
        return vm.type_error(format!("type.__new__() argument 3 must be dict, not {tn}"));
    };
    let mut classes = Vec::new();
    for b in bases.iter() {
        match b {
            Value::Class(c) => classes.push(c.clone()),
            other => {
                let tn = vm.type_name(other);
                return vm.type_error(format!("bases must be types, not {tn}"));
            }
        }
    }
    let mut attrs = new_attrmap();
    for (k, v) in ns.items() {
        match k {
            Value::Str(k) => {
                attrs.insert(k, v);
            }
            _ => return vm.type_error("type.__new__() namespace keys must be strings"),
        }
    }
    let module = match attrs.get("__module__") {
        Some(Value::Str(m)) => m.clone(),
        _ => match vm.frame().ok().and_then(|f| f.globals.borrow().get("__name__").cloned()) {
            Some(Value::Str(m)) => m,
            _ => Rc::from("__main__"),
        },
    };
    make_class(vm, name, classes, attrs, module)
}

/// A new class from its name, bases and namespace (`type(name, bases,
/// ns)`; also used by modules that build classes, like namedtuple).
pub fn make_class(vm: &mut Vm, name: &Rc<str>, bases: Vec<Rc<Class>>, mut attrs: AttrMap, module: Rc<str>) -> PyResult<Value> {
    for b in &bases {
        let ok = matches!(b.layout, BuiltinType::Object | BuiltinType::BaseException);
        if !ok || matches!(b.builtin, Some(bt) if bt != BuiltinType::Object && bt != BuiltinType::BaseException) && !b.is_exception() {
            return Err(Flow::Signal(crate::vm::Signal::Unsupported(format!("subclassing the built-in type '{}'", b.name))));
        }
    }
    let bases = if bases.is_empty() { vec![vm.types.object.clone()] } else { bases };
    let mro = match crate::vm::types::c3_mro(&bases) {
        Ok(m) => m,
        Err(msg) => return vm.type_error(msg),
    };
    let layout = if mro.iter().any(|c| c.layout == BuiltinType::BaseException) { BuiltinType::BaseException } else { BuiltinType::Object };
    if !attrs.contains_key("__module__") {
        attrs.insert(Rc::from("__module__"), Value::Str(module.clone()));
    }
    let qualname = match attrs.get("__qualname__") {
        Some(Value::Str(q)) => q.clone(),
        _ => name.clone(),
    };
    attrs.insert(Rc::from("__qualname__"), Value::Str(qualname.clone()));
    let cls = Rc::new(Class { name: name.clone(), qualname, module, bases, mro, dict: std::cell::RefCell::new(attrs), builtin: None, layout });
    vm.class_created(&cls)?;
    Ok(Value::Class(cls))
}

fn super_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<2>(&a, Sig::Pos("super", "super", 0, 2))?;
    if a.pos.len() == 2 {
        let Value::Class(c) = &a.pos[0] else {
            return vm.type_error("super() argument 1 must be a type");
        };
        return Ok(Value::Super(Rc::new((c.clone(), a.pos[1].clone()))));
    }
    let f = vm.frame()?;
    let code = f.code.clone();
    if code.argcount == 0 {
        return vm.err("RuntimeError", "super(): no arguments");
    }
    let receiver = match code.cell_args.iter().find(|(_, ai)| *ai == 0) {
        Some((ci, _)) => f.cells.get(*ci as usize).map(|c| c.borrow().clone()).unwrap_or(Value::Null),
        None => f.fast.first().cloned().unwrap_or(Value::Null),
    };
    let class_cell = code.freevars.iter().position(|n| &**n == "__class__").map(|i| i + code.cellvars.len());
    let cls = class_cell.and_then(|i| f.cells.get(i)).map(|c| c.borrow().clone());
    match (cls, receiver) {
        (Some(Value::Class(c)), r) if !r.is_null() => Ok(Value::Super(Rc::new((c, r)))),
        (Some(_), _) => vm.err("RuntimeError", "super(): arg[0] deleted"),
        (None, _) => vm.err("RuntimeError", "super(): __class__ cell not found"),
    }
}

static PROPERTY: KwSig = KwSig { name: "property", params: &["fget", "fset", "fdel", "doc"], posonly: 0, required: 0, maxpos: 4 };

fn property_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [fget, fset, fdel, doc] = vm.fn_args::<4>(&a, Sig::Kw(&PROPERTY))?;
    let [fget, fset, fdel, doc] = [fget, fset, fdel, doc].map(|v| v.unwrap_or(Value::None));
    Ok(Value::Descriptor(Rc::new(Descriptor::Property { fget, fset, fdel, doc })))
}

fn prop_parts(vm: &Vm, a: &Args) -> PyResult<(Value, Value, Value, Value)> {
    match a.pos.first() {
        Some(Value::Descriptor(d)) => match &**d {
            Descriptor::Property { fget, fset, fdel, doc } => Ok((fget.clone(), fset.clone(), fdel.clone(), doc.clone())),
            _ => vm.type_error("expected a property"),
        },
        _ => vm.type_error("expected a property"),
    }
}

fn property_setter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (fget, _, fdel, doc) = prop_parts(vm, &a)?;
    let fset = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Descriptor(Rc::new(Descriptor::Property { fget, fset, fdel, doc })))
}

fn property_getter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (_, fset, fdel, doc) = prop_parts(vm, &a)?;
    let fget = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Descriptor(Rc::new(Descriptor::Property { fget, fset, fdel, doc })))
}

fn property_deleter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (fget, fset, _, doc) = prop_parts(vm, &a)?;
    let fdel = a.pos.get(1).cloned().unwrap_or(Value::None);
    Ok(Value::Descriptor(Rc::new(Descriptor::Property { fget, fset, fdel, doc })))
}

fn staticmethod_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("staticmethod", "staticmethod", 1, 1))?;
    Ok(Value::Descriptor(Rc::new(Descriptor::StaticMethod(a.pos[0].clone()))))
}

fn classmethod_new(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::Pos("classmethod", "classmethod", 1, 1))?;
    Ok(Value::Descriptor(Rc::new(Descriptor::ClassMethod(a.pos[0].clone()))))
}

/// Keeps `BigInt` in scope for readers.
#[allow(dead_code)]
fn _big(_: BigInt) {}
