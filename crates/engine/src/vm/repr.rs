//! `str()`, `repr()`, `ascii()`, `format()` and `%` of values, as CPython
//! prints them. Object addresses are replaced by stable fake ones, so a
//! run's output never depends on memory layout.

use super::{PyResult, Vm};
use crate::format::{self, PercentArg, PercentArgs, PercentValue};
use crate::value::*;

impl Vm {
    /// A deterministic stand-in for an object address: `0x7f...`.
    pub fn fake_addr(&mut self, v: &Value) -> String {
        let key = v.identity();
        let n = self.addr_ids.len() as u64;
        let id = *self.addr_ids.entry(key).or_insert(n);
        format!("0x7f3a{:08x}", 0x1000_0000u64 + id * 0x40)
    }

    /// `str(v)`.
    pub fn str(&mut self, v: &Value) -> PyResult<String> {
        match v {
            Value::Str(s) => Ok(s.to_string()),
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup("__str__") {
                    if !matches!(f, Value::Builtin(_)) {
                        return self.call_to_string(f, v, "__str__");
                    }
                }
                if i.exc.is_some() {
                    return self.exc_str_builtin(v);
                }
                self.repr(v)
            }
            _ => self.repr(v),
        }
    }

    fn call_to_string(&mut self, f: Value, v: &Value, what: &str) -> PyResult<String> {
        match self.call_sync(f, vec![v.clone()], Vec::new())? {
            Value::Str(s) => Ok(s.to_string()),
            other => {
                let tn = self.type_name(&other);
                self.type_error(format!("{what} returned non-string (type {tn})"))
            }
        }
    }

    /// `repr(v)`.
    pub fn repr(&mut self, v: &Value) -> PyResult<String> {
        if matches!(v, Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_)) {
            self.enter_native(" while getting the repr of an object")?;
            let r = self.repr_inner(v);
            self.leave_native();
            return r;
        }
        self.repr_inner(v)
    }

    fn repr_inner(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::Null => "<NULL>".into(),
            Value::None => "None".into(),
            Value::NotImplemented => "NotImplemented".into(),
            Value::Ellipsis => "Ellipsis".into(),
            Value::Bool(b) => if *b { "True" } else { "False" }.into(),
            Value::Int(i) => i.to_string(),
            Value::BigInt(b) => self.fmt_err(format::int_to_str(b))?,
            Value::Float(f) => format::float_repr(*f),
            Value::Str(s) => format::parse::py_str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
            Value::Tuple(t) => {
                if t.len() == 1 {
                    format!("({},)", self.repr(&t[0])?)
                } else {
                    return self.repr_seq(v, t.to_vec(), "(", ")");
                }
            }
            Value::List(l) => return self.repr_seq(v, l.snapshot(), "[", "]"),
            Value::Dict(d) if d.flavor().is_some_and(|c| c.dict.borrow().contains_key("__repr__")) => {
                // defaultdict / Counter / OrderedDict have their own repr.
                let f = d.flavor().and_then(|c| c.lookup("__repr__")).unwrap_or(Value::None);
                return self.call_to_string(f, v, "__repr__");
            }
            Value::Dict(d) => {
                if self.repr_enter(v) {
                    return Ok("{...}".into());
                }
                let mut parts = Vec::with_capacity(d.len());
                let items = d.items();
                let r: PyResult<()> = (|| {
                    for (k, val) in items {
                        let ks = self.repr(&k)?;
                        let vs = self.repr(&val)?;
                        parts.push(format!("{ks}: {vs}"));
                    }
                    Ok(())
                })();
                self.repr_leave();
                r?;
                format!("{{{}}}", parts.join(", "))
            }
            Value::Set(s) => {
                let items = s.items();
                if items.is_empty() {
                    return Ok(if s.frozen { "frozenset()".into() } else { "set()".into() });
                }
                let inner = self.repr_seq(v, items, "{", "}")?;
                if s.frozen {
                    format!("frozenset({inner})")
                } else {
                    inner
                }
            }
            Value::Range(r) => {
                if r.step == 1 {
                    format!("range({}, {})", r.start, r.stop)
                } else {
                    format!("range({}, {}, {})", r.start, r.stop, r.step)
                }
            }
            Value::Slice(s) => {
                let (a, b, c) = (s.start.clone(), s.stop.clone(), s.step.clone());
                format!("slice({}, {}, {})", self.repr(&a)?, self.repr(&b)?, self.repr(&c)?)
            }
            Value::Function(f) => {
                let a = self.fake_addr(v);
                let q = match f.dict.borrow().get("__qualname__") {
                    Some(Value::Str(q)) => q.clone(),
                    _ => f.qualname.clone(),
                };
                format!("<function {} at {}>", q, a)
            }
            Value::Builtin(b) => {
                if b.bound.is_null() || matches!(b.bound, Value::Module(_)) {
                    format!("<built-in function {}>", b.name)
                } else {
                    let tn = self.type_name(&b.bound);
                    let bound = b.bound.clone();
                    let a = self.fake_addr(&bound);
                    format!("<built-in method {} of {} object at {}>", b.name, tn, a)
                }
            }
            Value::Method(m) => {
                let fname = match &m.func {
                    Value::Function(f) => f.qualname.to_string(),
                    other => self.repr(other)?,
                };
                let recv = m.receiver.clone();
                let rr = self.repr(&recv)?;
                format!("<bound method {fname} of {rr}>")
            }
            Value::Class(c) if super::types::meta_method(c, "__repr__").is_some() => {
                let f = super::types::meta_method(c, "__repr__").unwrap_or(Value::None);
                return self.call_to_string(f, v, "__repr__");
            }
            Value::Class(c) => {
                if &*c.module == "builtins" {
                    format!("<class '{}'>", c.qualname)
                } else {
                    format!("<class '{}.{}'>", c.module, c.qualname)
                }
            }
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup("__repr__") {
                    if !matches!(f, Value::Builtin(_)) {
                        return self.call_to_string(f, v, "__repr__");
                    }
                }
                if i.exc.is_some() {
                    return self.exc_repr(v);
                }
                let a = self.fake_addr(v);
                format!("<{}.{} object at {}>", i.class.module, i.class.qualname, a)
            }
            Value::Module(m) => format!("<module '{}'>", m.name),
            Value::Coroutine(c) => {
                let a = self.fake_addr(v);
                format!("<coroutine object {} at {}>", c.qualname, a)
            }
            Value::Generator(g) => {
                let a = self.fake_addr(v);
                let kind = if g.is_async() { "async_generator" } else { "generator" };
                format!("<{kind} object {} at {}>", g.qualname, a)
            }
            Value::Iter(_) => {
                let tn = self.type_name(v);
                let a = self.fake_addr(v);
                format!("<{tn} object at {a}>")
            }
            Value::Descriptor(d) => match &**d {
                Descriptor::DictView(dict, view) => {
                    let items = self.view_items(dict, *view);
                    let name = match view {
                        DictView::Keys => "dict_keys",
                        DictView::Values => "dict_values",
                        DictView::Items => "dict_items",
                    };
                    let inner = self.repr_seq(v, items, "[", "]")?;
                    format!("{name}({inner})")
                }
                Descriptor::Property { .. } => {
                    let a = self.fake_addr(v);
                    format!("<property object at {a}>")
                }
                Descriptor::StaticMethod(f) => {
                    let f = f.clone();
                    format!("<staticmethod({})>", self.repr(&f)?)
                }
                Descriptor::ClassMethod(f) => {
                    let f = f.clone();
                    format!("<classmethod({})>", self.repr(&f)?)
                }
            },
            Value::Super(s) => {
                let c = s.0.name.clone();
                format!("<super: <class '{c}'>, <{} object>>", self.type_name(&s.1))
            }
            Value::Future(_) | Value::Native(_) => return crate::aio::repr_native(self, v),
            Value::Code(c) => format!("<code object {}>", c.name),
            Value::Cell(_) => "<cell>".into(),
        })
    }

    /// `ascii(v)`: repr with non-ASCII escaped.
    pub fn ascii(&mut self, v: &Value) -> PyResult<String> {
        let r = self.repr(v)?;
        let mut out = String::with_capacity(r.len());
        for c in r.chars() {
            let n = c as u32;
            if n < 0x80 {
                out.push(c);
            } else if n < 0x100 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        Ok(out)
    }

    fn repr_enter(&mut self, v: &Value) -> bool {
        let id = v.identity();
        if self.repr_stack.contains(&id) {
            return true;
        }
        self.repr_stack.push(id);
        false
    }

    fn repr_leave(&mut self) {
        self.repr_stack.pop();
    }

    fn repr_seq(&mut self, container: &Value, items: Vec<Value>, open: &str, close: &str) -> PyResult<String> {
        if self.repr_enter(container) {
            return Ok(format!("{open}...{close}"));
        }
        let mut parts = Vec::with_capacity(items.len());
        let mut result = Ok(());
        for it in &items {
            match self.repr(it) {
                Ok(s) => parts.push(s),
                Err(e) => {
                    result = Err(e);
                    break;
                }
            }
        }
        self.repr_leave();
        result?;
        Ok(format!("{open}{}{close}", parts.join(", ")))
    }

    /// `repr(exc)`: `ValueError('bad')`, `KeyError('k')`, `Stop()`.
    pub fn exc_repr(&mut self, v: &Value) -> PyResult<String> {
        let cls = self.types.type_of(v);
        let args = Vm::exc_args(v);
        if let Value::Instance(i) = v {
            let group = i.exc().and_then(|d| d.group.clone());
            if let Some((msg, excs)) = group {
                let m = self.repr(&msg)?;
                let l = self.repr(&Value::list(excs))?;
                return Ok(format!("{}({}, {})", cls.name, m, l));
            }
        }
        if args.len() == 1 {
            let a = self.repr(&args[0])?;
            return Ok(format!("{}({})", cls.name, a));
        }
        let t = self.repr(&Value::tuple(args))?;
        if t == "()" {
            return Ok(format!("{}()", cls.name));
        }
        Ok(format!("{}{}", cls.name, t))
    }

    /// `format(v, spec)`.
    pub fn format_value(&mut self, v: &Value, spec: &str) -> PyResult<String> {
        match v {
            Value::Str(s) => {
                if spec.is_empty() {
                    return Ok(s.to_string());
                }
                self.fmt_err(format::format_str(s, spec))
            }
            Value::Int(i) => {
                if spec.is_empty() {
                    return Ok(i.to_string());
                }
                self.fmt_err(format::format_int_i64(*i, spec))
            }
            Value::BigInt(b) => self.fmt_err(format::format_int(b, spec)),
            Value::Bool(b) => {
                if spec.is_empty() {
                    return Ok(if *b { "True" } else { "False" }.into());
                }
                self.fmt_err(format::format_int_i64(*b as i64, spec))
            }
            Value::Float(f) => {
                if spec.is_empty() {
                    return Ok(format::float_repr(*f));
                }
                self.fmt_err(format::format_float(*f, spec))
            }
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup("__format__") {
                    if !matches!(f, Value::Builtin(_)) {
                        match self.call_sync(f, vec![v.clone(), Value::str(spec)], Vec::new())? {
                            Value::Str(s) => return Ok(s.to_string()),
                            other => {
                                let tn = self.type_name(&other);
                                return self.type_error(format!("__format__ must return a str, not {tn}"));
                            }
                        }
                    }
                }
                if spec.is_empty() {
                    return self.str(v);
                }
                let tn = self.type_name(v);
                self.type_error(format!("unsupported format string passed to {tn}.__format__"))
            }
            _ => {
                if spec.is_empty() {
                    return self.str(v);
                }
                let tn = self.type_name(v);
                self.type_error(format!("unsupported format string passed to {tn}.__format__"))
            }
        }
    }

    fn percent_arg(&mut self, v: &Value) -> PyResult<PercentArg> {
        let value = match v {
            Value::Int(i) => PercentValue::Int(num_bigint::BigInt::from(*i)),
            Value::Bool(b) => PercentValue::Int(num_bigint::BigInt::from(*b as i64)),
            Value::BigInt(b) => PercentValue::Int((**b).clone()),
            Value::Float(f) => PercentValue::Float(*f),
            Value::Str(s) => PercentValue::Str(s.to_string()),
            _ => PercentValue::Other,
        };
        Ok(PercentArg { value, type_name: self.type_name(v), str: self.str(v)?, repr: self.repr(v)?, ascii: self.ascii(v)? })
    }

    /// `template % args`.
    pub fn percent_format(&mut self, template: &str, args: &Value) -> PyResult<String> {
        let pargs = match args {
            Value::Tuple(t) => {
                let mut items = Vec::with_capacity(t.len());
                for it in t.iter() {
                    items.push(self.percent_arg(it)?);
                }
                PercentArgs::Tuple(items)
            }
            Value::Dict(d) => {
                let mut entries = Vec::new();
                for (k, val) in d.items() {
                    if let Value::Str(ks) = &k {
                        entries.push((ks.to_string(), self.percent_arg(&val)?));
                    }
                }
                PercentArgs::Mapping { itself: self.percent_arg(args)?, entries }
            }
            other => PercentArgs::Single(self.percent_arg(other)?),
        };
        match format::percent_format(template, &pargs) {
            Ok(s) => Ok(s),
            Err(e) if e.kind == "KeyError" => {
                // The message is the repr of the missing key.
                let key = e.msg.trim_matches('\'').to_string();
                Err(super::Flow::Exc(self.key_error(Value::str(&key))))
            }
            Err(e) => self.fmt_err(Err(e)),
        }
    }
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') { '"' } else { '\'' };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(c as char);
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{c:02x}")),
        }
    }
    out.push(quote);
    out
}
