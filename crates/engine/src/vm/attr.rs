//! Attribute access: instances (with descriptors: methods, properties,
//! static/class methods), classes, modules, built-in values, `super()`.

use super::{Flow, PyResult, Vm};
use crate::value::*;
use std::rc::Rc;

impl Vm {
    /// Bind a class attribute found on `cls` to `obj` (the descriptor
    /// protocol for the kinds Loopscope has).
    fn bind_class_attr(&mut self, attr: Value, obj: &Value, cls: &Rc<Class>) -> PyResult<Value> {
        Ok(match attr {
            Value::Function(_) => Value::Method(Rc::new(Method { func: attr, receiver: obj.clone() })),
            Value::Builtin(b) if b.bound.is_null() => Value::Builtin(Rc::new(Builtin {
                name: b.name.clone(),
                qualname: b.qualname.clone(),
                func: b.func,
                bound: obj.clone(),
            })),
            Value::Descriptor(d) => match &*d {
                Descriptor::StaticMethod(f) => f.clone(),
                Descriptor::ClassMethod(f) => Value::Method(Rc::new(Method { func: f.clone(), receiver: Value::Class(cls.clone()) })),
                Descriptor::Property { fget, .. } => {
                    if fget.is_none() {
                        return self.err("AttributeError", "unreadable attribute");
                    }
                    self.call_sync(fget.clone(), vec![obj.clone()], Vec::new())?
                }
                _ => Value::Descriptor(d.clone()),
            },
            other => other,
        })
    }

    /// `obj.name`.
    pub fn getattr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        match obj {
            Value::Instance(inst) => {
                let cls = inst.class.clone();
                let cls_attr = cls.lookup(name);
                if let Some(Value::Descriptor(d)) = &cls_attr {
                    if let Descriptor::Property { .. } = &**d {
                        return self.bind_class_attr(Value::Descriptor(d.clone()), obj, &cls);
                    }
                }
                if let Some(v) = inst.dict.borrow().get(name) {
                    return Ok(v.clone());
                }
                if let Some(a) = cls_attr {
                    return self.bind_class_attr(a, obj, &cls);
                }
                if inst.exc.is_some() {
                    if let Some(v) = self.exception_attr(inst, name) {
                        return Ok(v);
                    }
                }
                match name {
                    "__class__" => return Ok(Value::Class(cls)),
                    "__dict__" => {
                        let d = Dict::new();
                        for (k, v) in inst.dict.borrow().iter() {
                            d.set_str(k, v.clone());
                        }
                        return Ok(Value::Dict(Rc::new(d)));
                    }
                    _ => {}
                }
                if let Some(ga) = cls.lookup("__getattr__") {
                    return self.call_sync(ga, vec![obj.clone(), Value::str(name)], Vec::new());
                }
                let cn = cls.name.clone();
                let e = self.attribute_error(obj, name, format!("'{cn}' object has no attribute '{name}'"));
                Err(Flow::Exc(e))
            }
            Value::Class(c) => {
                if let Some(a) = c.lookup(name) {
                    return Ok(match a {
                        Value::Descriptor(d) => match &*d {
                            Descriptor::StaticMethod(f) => f.clone(),
                            Descriptor::ClassMethod(f) => Value::Method(Rc::new(Method { func: f.clone(), receiver: obj.clone() })),
                            _ => Value::Descriptor(d.clone()),
                        },
                        other => other,
                    });
                }
                match name {
                    "__name__" => Ok(Value::Str(c.name.clone())),
                    "__qualname__" => Ok(Value::Str(c.qualname.clone())),
                    "__module__" => Ok(Value::Str(c.module.clone())),
                    "__doc__" => Ok(Value::None),
                    "__bases__" => Ok(Value::tuple(c.bases.iter().map(|b| Value::Class(b.clone())).collect())),
                    "__mro__" => {
                        let mut v = vec![obj.clone()];
                        v.extend(c.mro.iter().map(|b| Value::Class(b.clone())));
                        Ok(Value::tuple(v))
                    }
                    "__class__" => Ok(Value::Class(self.types.type_.clone())),
                    "__dict__" => {
                        // A copy (CPython gives a read-only mappingproxy).
                        let d = Dict::new();
                        for (k, v) in c.dict.borrow().iter() {
                            d.set_str(k, v.clone());
                        }
                        Ok(Value::Dict(Rc::new(d)))
                    }
                    "mro" => Ok(obj.clone()),
                    _ => {
                        let cn = c.name.clone();
                        let e = self.attribute_error(obj, name, format!("type object '{cn}' has no attribute '{name}'"));
                        Err(Flow::Exc(e))
                    }
                }
            }
            Value::Module(m) => {
                if let Some(v) = m.globals.borrow().get(name) {
                    return Ok(v.clone());
                }
                match name {
                    "__name__" => Ok(Value::Str(m.name.clone())),
                    _ if crate::modules::missing::cpython_has(&m.name, name) => Err(Flow::Signal(crate::vm::Signal::Unsupported(format!("{}.{name}", m.name)))),
                    _ => {
                        let mn = m.name.clone();
                        let e = self.attribute_error(obj, name, format!("module '{mn}' has no attribute '{name}'"));
                        Err(Flow::Exc(e))
                    }
                }
            }
            Value::Super(sp) => self.super_getattr(&sp.0, &sp.1, name),
            // `__qualname__`, `__doc__`, `__module__` assigned by the
            // program (functools.wraps) live in the function's dict.
            Value::Function(f) if matches!(name, "__qualname__" | "__doc__" | "__module__") && f.dict.borrow().contains_key(name) => {
                Ok(f.dict.borrow().get(name).cloned().unwrap_or(Value::None))
            }
            Value::Function(f) => match name {
                "__name__" => Ok(Value::Str(f.name.borrow().clone())),
                "__qualname__" => Ok(Value::Str(f.qualname.clone())),
                "__module__" => Ok(Value::Str(f.module.clone())),
                "__doc__" => Ok(f.code.doc.clone().map(Value::Str).unwrap_or(Value::None)),
                "__defaults__" => Ok(if f.defaults.is_empty() { Value::None } else { Value::tuple(f.defaults.clone()) }),
                "__class__" => Ok(Value::Class(self.types.function.clone())),
                "__dict__" => {
                    let d = Dict::new();
                    for (k, v) in f.dict.borrow().iter() {
                        d.set_str(k, v.clone());
                    }
                    Ok(Value::Dict(Rc::new(d)))
                }
                _ => match f.dict.borrow().get(name) {
                    Some(v) => Ok(v.clone()),
                    None => self.err("AttributeError", format!("'function' object has no attribute '{name}'")),
                },
            },
            Value::Method(m) => match name {
                "__self__" => Ok(m.receiver.clone()),
                "__func__" => Ok(m.func.clone()),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => self.getattr(&m.func, name),
                _ => {
                    let f = m.func.clone();
                    self.getattr(&f, name).map_err(|_| self.exc("AttributeError", format!("'method' object has no attribute '{name}'"))).map_err(Flow::Exc)
                }
            },
            Value::Builtin(b) => match name {
                "__name__" => Ok(Value::Str(b.name.clone())),
                "__qualname__" => Ok(Value::Str(b.qualname.clone())),
                "__self__" => Ok(if b.bound.is_null() { Value::None } else { b.bound.clone() }),
                "__doc__" => Ok(Value::None),
                _ => self.err("AttributeError", format!("'builtin_function_or_method' object has no attribute '{name}'")),
            },
            Value::Coroutine(co) => match name {
                "__name__" => Ok(Value::Str(co.code.name.clone())),
                "__qualname__" => Ok(Value::Str(co.qualname.clone())),
                "cr_running" => Ok(Value::Bool(false)),
                "close" => self.builtin_attr(obj, name),
                _ => self.builtin_attr(obj, name),
            },
            Value::Generator(g) => match name {
                "__name__" => Ok(Value::Str(g.code.name.clone())),
                "__qualname__" => Ok(Value::Str(g.qualname.clone())),
                "gi_running" | "ag_running" if (name == "ag_running") == g.is_async() => Ok(Value::Bool(g.state.get() == crate::value::GenState::Running)),
                "gi_suspended" | "ag_suspended" if (name == "ag_suspended") == g.is_async() => Ok(Value::Bool(g.state.get() == crate::value::GenState::Suspended)),
                "gi_yieldfrom" if !g.is_async() => Ok(self.gen_yieldfrom(g).map(|(v, _)| v).unwrap_or(Value::None)),
                _ => self.builtin_attr(obj, name),
            },
            _ => self.builtin_attr(obj, name),
        }
    }

    /// Attributes of built-in values: methods from the type's dict plus a
    /// few data attributes.
    fn builtin_attr(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let cls = self.types.type_of(obj);
        if let Some(a) = cls.lookup(name) {
            if let Value::Builtin(b) = &a {
                if &*b.name == "__new__" {
                    // fall through: constructors are not attributes of values
                } else {
                    return self.bind_class_attr(a, obj, &cls);
                }
            } else {
                return self.bind_class_attr(a, obj, &cls);
            }
        }
        let data = match (obj, name) {
            (_, "__class__") => Some(Value::Class(cls.clone())),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                Value::Bool(b) => Value::Int(*b as i64),
                _ => obj.clone(),
            }),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
            (Value::Int(_) | Value::BigInt(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
            (Value::Float(f), "real") => Some(Value::Float(*f)),
            (Value::Float(_), "imag") => Some(Value::Float(0.0)),
            (Value::Range(r), "start") => Some(Value::Int(r.start)),
            (Value::Range(r), "stop") => Some(Value::Int(r.stop)),
            (Value::Range(r), "step") => Some(Value::Int(r.step)),
            (Value::Slice(s), "start") => Some(s.start.clone()),
            (Value::Slice(s), "stop") => Some(s.stop.clone()),
            (Value::Slice(s), "step") => Some(s.step.clone()),
            (Value::Descriptor(d), _) => match (&**d, name) {
                (Descriptor::Property { fget, .. }, "fget") => Some(fget.clone()),
                (Descriptor::Property { fset, .. }, "fset") => Some(fset.clone()),
                (Descriptor::StaticMethod(f) | Descriptor::ClassMethod(f), "__func__") => Some(f.clone()),
                _ => None,
            },
            _ => None,
        };
        if let Some(v) = data {
            return Ok(v);
        }
        if let Some(v) = crate::aio::native_getattr(self, obj, name)? {
            return Ok(v);
        }
        if let Some((list, shown)) = crate::aio::surface_of(obj) {
            if crate::modules::missing::cpython_has(list, name) {
                return Err(Flow::Signal(crate::vm::Signal::Unsupported(format!("{shown}.{name}"))));
            }
        }
        let tn = cls.name.clone();
        let e = self.attribute_error(obj, name, format!("'{tn}' object has no attribute '{name}'"));
        Err(Flow::Exc(e))
    }

    fn exception_attr(&mut self, inst: &Rc<Instance>, name: &str) -> Option<Value> {
        let d = inst.exc()?;
        Some(match name {
            "args" => Value::tuple(d.args.clone()),
            "__cause__" => d.cause.clone().unwrap_or(Value::None),
            "__context__" => d.context.clone().unwrap_or(Value::None),
            "__suppress_context__" => Value::Bool(d.suppress_context),
            "__traceback__" => {
                if d.traceback.is_empty() {
                    Value::None
                } else {
                    Value::str("<traceback>")
                }
            }
            "__notes__" if !d.notes.is_empty() => Value::list(d.notes.clone()),
            "exceptions" => match &d.group {
                Some((_, excs)) => Value::tuple(excs.clone()),
                None => return None,
            },
            "message" => match &d.group {
                Some((msg, _)) => msg.clone(),
                None => return None,
            },
            "value" if self.types.type_of(&Value::Instance(inst.clone())).is_subclass(&self.types.exc("StopIteration")) => {
                d.args.first().cloned().unwrap_or(Value::None)
            }
            "errno" | "strerror" | "filename" if inst.class.is_subclass(&self.types.exc("OSError")) => {
                let i = match name {
                    "errno" => 0,
                    "strerror" => 1,
                    _ => 2,
                };
                if (2..=5).contains(&d.args.len()) {
                    d.args.get(i).cloned().unwrap_or(Value::None)
                } else {
                    Value::None
                }
            }
            "code" if self.types.type_of(&Value::Instance(inst.clone())).is_subclass(&self.types.exc("SystemExit")) => {
                match d.args.len() {
                    0 => Value::None,
                    1 => d.args[0].clone(),
                    _ => Value::tuple(d.args.clone()),
                }
            }
            _ => return None,
        })
    }

    fn super_getattr(&mut self, start: &Rc<Class>, obj: &Value, name: &str) -> PyResult<Value> {
        let cls = match obj {
            Value::Class(c) => c.clone(),
            other => self.types.type_of(other),
        };
        // The MRO of the instance's class, after `start`.
        let mut mro = vec![cls.clone()];
        mro.extend(cls.mro.iter().cloned());
        let pos = mro.iter().position(|c| Rc::ptr_eq(c, start)).map(|p| p + 1).unwrap_or(mro.len());
        for c in &mro[pos..] {
            let found = c.dict.borrow().get(name).cloned();
            if let Some(a) = found {
                if let Value::Class(_) = obj {
                    return Ok(match a {
                        Value::Descriptor(d) => match &*d {
                            Descriptor::ClassMethod(f) => Value::Method(Rc::new(Method { func: f.clone(), receiver: obj.clone() })),
                            Descriptor::StaticMethod(f) => f.clone(),
                            _ => Value::Descriptor(d.clone()),
                        },
                        other => other,
                    });
                }
                return self.bind_class_attr(a, obj, &cls);
            }
        }
        self.err("AttributeError", format!("'super' object has no attribute '{name}'"))
    }

    /// For `LoadMethod`: the plain function to call with `obj` prepended,
    /// when `name` is an ordinary method of obj's type not shadowed by an
    /// instance attribute.
    pub fn lookup_method(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        match obj {
            Value::Instance(inst) => {
                if inst.dict.borrow().contains_key(name) {
                    return Ok(None);
                }
                match inst.class.lookup(name) {
                    Some(f @ Value::Function(_)) => Ok(Some(f)),
                    Some(Value::Builtin(b)) if b.bound.is_null() => Ok(Some(Value::Builtin(b))),
                    _ => Ok(None),
                }
            }
            Value::Class(_) | Value::Module(_) | Value::Super(_) | Value::Function(_) => Ok(None),
            _ => {
                let cls = self.types.type_of(obj);
                match cls.lookup(name) {
                    Some(Value::Builtin(b)) if b.bound.is_null() && &*b.name != "__new__" => Ok(Some(Value::Builtin(b))),
                    _ => Ok(None),
                }
            }
        }
    }

    /// `obj.name = v`.
    pub fn setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        if let Value::Instance(inst) = obj {
            // A Python `__setattr__` comes before everything else.
            if let Some(sa @ Value::Function(_)) = inst.class.lookup("__setattr__") {
                self.call_sync(sa, vec![obj.clone(), Value::str(name), v], Vec::new())?;
                return Ok(());
            }
        }
        self.generic_setattr(obj, name, v)
    }

    /// `object.__setattr__(obj, name, v)`: descriptors, then the
    /// instance dict.
    pub fn generic_setattr(&mut self, obj: &Value, name: &str, v: Value) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if let Some(Value::Descriptor(d)) = inst.class.lookup(name) {
                    if let Descriptor::Property { fset, .. } = &*d {
                        if fset.is_none() {
                            let cn = inst.class.name.clone();
                            return self.err("AttributeError", format!("property '{name}' of '{cn}' object has no setter"));
                        }
                        self.call_sync(fset.clone(), vec![obj.clone(), v], Vec::new())?;
                        return Ok(());
                    }
                }
                if let Some(mut d) = inst.exc_mut() {
                    match name {
                        "__cause__" => {
                            d.cause = if v.is_none() { None } else { Some(v) };
                            d.suppress_context = true;
                            return Ok(());
                        }
                        "__context__" => {
                            d.context = if v.is_none() { None } else { Some(v) };
                            return Ok(());
                        }
                        "__suppress_context__" => {
                            d.suppress_context = matches!(v, Value::Bool(true));
                            return Ok(());
                        }
                        "args" => {
                            d.args = match &v {
                                Value::Tuple(t) => t.to_vec(),
                                Value::List(l) => l.snapshot(),
                                other => vec![other.clone()],
                            };
                            return Ok(());
                        }
                        _ => {}
                    }
                }
                inst.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Class(c) => {
                if c.builtin.is_some() {
                    let cn = c.name.clone();
                    return self.type_error(format!("cannot set '{name}' attribute of immutable type '{cn}'"));
                }
                c.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Module(m) => {
                m.globals.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            Value::Function(f) => {
                if name == "__name__" {
                    if let Value::Str(s) = &v {
                        *f.name.borrow_mut() = s.clone();
                        return Ok(());
                    }
                }
                f.dict.borrow_mut().insert(Rc::from(name), v);
                Ok(())
            }
            other => {
                let tn = self.type_name(other);
                if self.types.type_of(other).lookup(name).is_some() {
                    return self.err("AttributeError", format!("'{tn}' object attribute '{name}' is read-only"));
                }
                self.err("AttributeError", format!("'{tn}' object has no attribute '{name}'"))
            }
        }
    }

    /// `del obj.name`.
    pub fn delattr(&mut self, obj: &Value, name: &str) -> PyResult<()> {
        match obj {
            Value::Instance(inst) => {
                if inst.dict.borrow_mut().shift_remove(name).is_none() {
                    let cn = inst.class.name.clone();
                    return self.err("AttributeError", format!("'{cn}' object has no attribute '{name}'"));
                }
                Ok(())
            }
            Value::Class(c) => {
                if c.dict.borrow_mut().shift_remove(name).is_none() {
                    let cn = c.name.clone();
                    return self.err("AttributeError", format!("type object '{cn}' has no attribute '{name}'"));
                }
                Ok(())
            }
            Value::Module(m) => {
                if m.globals.borrow_mut().shift_remove(name).is_none() {
                    let mn = m.name.clone();
                    return self.err("AttributeError", format!("module '{mn}' has no attribute '{name}'"));
                }
                Ok(())
            }
            other => {
                let tn = self.type_name(other);
                self.err("AttributeError", format!("'{tn}' object has no attribute '{name}'"))
            }
        }
    }

    /// `hasattr(obj, name)`.
    pub fn hasattr(&mut self, obj: &Value, name: &str) -> PyResult<bool> {
        match self.getattr(obj, name) {
            Ok(_) => Ok(true),
            Err(Flow::Exc(e)) if self.exc_is(&e, "AttributeError") => Ok(false),
            Err(e) => Err(e),
        }
    }
}
