//! Calling: the `Call` instructions, binding arguments to parameters with
//! CPython's error messages, making functions and classes, instantiating
//! classes, and synchronous nested calls made by built-in code.

use super::exec::{internal, Step, Stop};
use super::frame::{ClassBuild, Fiber, FiberOwner, Frame, FrameKind};
use super::{Flow, PyResult, Signal, Vm};
use crate::compiler::code::CodeKind;
use crate::value::*;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The outcome of starting a call.
pub(crate) enum Invoked {
    /// A native call (or a coroutine/generator creation) finished.
    Value(Value),
    /// A Python frame was pushed on the current fiber.
    Frame,
}

impl Vm {
    pub(crate) fn op_call(&mut self, argc: usize) -> PyResult<Step> {
        let kwnames = self.frame()?.kwnames.take();
        let mut args = {
            let s = &mut self.frame()?.stack;
            if argc + 2 > s.len() {
                return Err(internal("call stack underflow"));
            }
            let at = s.len() - argc;
            s.split_off(at)
        };
        let a = self.pop()?;
        let b = self.pop()?;
        let callee = if b.is_null() {
            a
        } else {
            args.insert(0, a);
            b
        };
        let kw = match kwnames {
            Some(names) => {
                let k = names.len();
                if k > args.len() {
                    return Err(internal("kwnames longer than args"));
                }
                let vals = args.split_off(args.len() - k);
                names
                    .iter()
                    .zip(vals)
                    .map(|(n, v)| (match n {
                        Value::Str(s) => s.clone(),
                        _ => Rc::from("?"),
                    }, v))
                    .collect()
            }
            None => Vec::new(),
        };
        self.call_and_push(callee, args, kw)
    }

    pub(crate) fn op_call_ex(&mut self, flags: u32) -> PyResult<Step> {
        let kwargs = if flags & 1 != 0 { Some(self.pop()?) } else { None };
        let args = self.pop()?;
        let a = self.pop()?;
        let b = self.pop()?;
        let mut pos = match args {
            Value::Tuple(t) => t.to_vec(),
            _ => return Err(internal("CallEx args")),
        };
        let callee = if b.is_null() {
            a
        } else {
            pos.insert(0, a);
            b
        };
        let mut kw = Vec::new();
        if let Some(Value::Dict(d)) = kwargs {
            for (k, v) in d.items() {
                match k {
                    Value::Str(s) => kw.push((s, v)),
                    _ => return self.type_error("keywords must be strings"),
                }
            }
        }
        self.call_and_push(callee, pos, kw)
    }

    /// Call and, for a native result, push it.
    pub(crate) fn call_and_push(&mut self, callee: Value, pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>) -> PyResult<Step> {
        match self.invoke(callee, pos, kw)? {
            Invoked::Value(v) => {
                self.push(v)?;
                Ok(Step::Continue)
            }
            Invoked::Frame => Ok(Step::Continue),
        }
    }

    /// Start a call: natives run now; Python functions get a frame.
    pub(crate) fn invoke(&mut self, callee: Value, mut pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>) -> PyResult<Invoked> {
        match callee {
            Value::Function(f) => self.invoke_function(&f, pos, kw, FrameKind::Call),
            Value::Builtin(b) => {
                if !b.bound.is_null() {
                    pos.insert(0, b.bound.clone());
                }
                let v = (b.func)(self, Args { pos, kw })?;
                Ok(Invoked::Value(v))
            }
            Value::Method(m) => {
                pos.insert(0, m.receiver.clone());
                self.invoke(m.func.clone(), pos, kw)
            }
            Value::Class(c) => match super::types::meta_method(&c, "__call__") {
                Some(f) => {
                    pos.insert(0, Value::Class(c.clone()));
                    self.invoke(f, pos, kw)
                }
                None => self.instantiate(&c, pos, kw),
            },
            Value::Descriptor(d) => match &*d {
                Descriptor::StaticMethod(f) => self.invoke(f.clone(), pos, kw),
                _ => {
                    let tn = self.type_name(&Value::Descriptor(d.clone()));
                    self.type_error(format!("'{tn}' object is not callable"))
                }
            },
            Value::Instance(ref i) => {
                match i.class.lookup("__call__") {
                    Some(f) => {
                        pos.insert(0, callee.clone());
                        self.invoke(f, pos, kw)
                    }
                    None => {
                        let tn = i.class.name.clone();
                        self.type_error(format!("'{tn}' object is not callable"))
                    }
                }
            }
            other => {
                let tn = self.type_name(&other);
                self.type_error(format!("'{tn}' object is not callable"))
            }
        }
    }

    pub(crate) fn invoke_function(&mut self, f: &Rc<Function>, pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>, kind: FrameKind) -> PyResult<Invoked> {
        let frame = self.function_frame(f, pos, kw, kind)?;
        match frame.code.kind {
            CodeKind::AsyncFunction => {
                let code = frame.code.clone();
                let co = Coroutine {
                    qualname: f.qualname.clone(),
                    code,
                    frame: RefCell::new(Some(Box::new(frame))),
                    state: Cell::new(CoroState::Created),
                    warnings: self.warnings.clone(),
                    hand: RefCell::new(None),
                };
                Ok(Invoked::Value(Value::Coroutine(Rc::new(co))))
            }
            CodeKind::GeneratorExp | CodeKind::Generator | CodeKind::AsyncGenerator => {
                let code = frame.code.clone();
                let g = Generator::new(code, f.qualname.clone(), frame, &self.finalize);
                Ok(Invoked::Value(Value::Generator(Rc::new(g))))
            }
            _ => {
                self.push_frame(frame)?;
                Ok(Invoked::Frame)
            }
        }
    }

    /// A frame for calling `f` with bound arguments and closure cells.
    pub(crate) fn function_frame(&mut self, f: &Rc<Function>, pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>, kind: FrameKind) -> PyResult<Frame> {
        let code = f.code.clone();
        let fast = self.bind_args(f, pos, kw)?;
        let mut frame = Frame::with_locals(code.clone(), f.globals.clone(), kind, fast);
        let ncell = code.cellvars.len();
        for (i, c) in f.closure.iter().enumerate() {
            if let Some(slot) = frame.cells.get_mut(ncell + i) {
                *slot = c.clone();
            }
        }
        for &(ci, ai) in &code.cell_args {
            let v = frame.fast.get(ai as usize).cloned().unwrap_or(Value::Null);
            if let Some(c) = frame.cells.get(ci as usize) {
                *c.borrow_mut() = v;
            }
        }
        Ok(frame)
    }

    /// Bind call arguments to the fast locals of `f` (CPython's rules and
    /// messages).
    fn bind_args(&mut self, f: &Rc<Function>, pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>) -> PyResult<Vec<Value>> {
        let code = &f.code;
        let argcount = code.argcount as usize;
        let kwonly = code.kwonlyargcount as usize;
        let posonly = code.posonlyargcount as usize;
        let mut fast = vec![Value::Null; code.varnames.len()];
        let npos = pos.len();
        let name = &f.qualname;
        let mut extra_pos = Vec::new();
        for (i, v) in pos.into_iter().enumerate() {
            if i < argcount {
                fast[i] = v;
            } else {
                extra_pos.push(v);
            }
        }
        if code.has_varargs {
            fast[argcount + kwonly] = Value::tuple(extra_pos);
        } else if !extra_pos.is_empty() {
            let kw_given = kw.iter().filter(|(n, _)| code.varnames[argcount..argcount + kwonly].iter().any(|p| p == n)).count();
            let ndefaults = f.defaults.len();
            let takes = if ndefaults > 0 {
                format!("from {} to {} positional arguments", argcount - ndefaults, argcount)
            } else {
                format!("{} positional argument{}", argcount, if argcount == 1 { "" } else { "s" })
            };
            let given = if kw_given > 0 {
                format!(
                    "{} positional argument{} (and {} keyword-only argument{}) were given",
                    npos,
                    if npos == 1 { "" } else { "s" },
                    kw_given,
                    if kw_given == 1 { "" } else { "s" }
                )
            } else {
                format!("{} {} given", npos, if npos == 1 { "was" } else { "were" })
            };
            return self.type_error(format!("{name}() takes {takes} but {given}"));
        }
        let mut kwargs: Option<Dict> = if code.has_varkw { Some(Dict::new()) } else { None };
        let mut posonly_as_kw: Vec<Rc<str>> = Vec::new();
        for (k, v) in kw {
            let idx = code.varnames[posonly..argcount + kwonly].iter().position(|p| *p == k).map(|i| i + posonly);
            match idx {
                Some(i) => {
                    if !fast[i].is_null() {
                        return self.type_error(format!("{name}() got multiple values for argument '{k}'"));
                    }
                    fast[i] = v;
                }
                None => {
                    let is_posonly = code.varnames[..posonly].iter().any(|p| *p == k);
                    match &mut kwargs {
                        Some(d) => {
                            let key = self.dict_key(Value::Str(k.clone()))?;
                            if d.get(&key).is_some() {
                                return self.type_error(format!("{name}() got multiple values for keyword argument '{k}'"));
                            }
                            d.insert(key, v);
                        }
                        None if is_posonly => posonly_as_kw.push(k),
                        None => return self.type_error(format!("{name}() got an unexpected keyword argument '{k}'")),
                    }
                }
            }
        }
        if !posonly_as_kw.is_empty() {
            let names: Vec<String> = posonly_as_kw.iter().map(|n| n.to_string()).collect();
            return self.type_error(format!(
                "{name}() got some positional-only arguments passed as keyword arguments: '{}'",
                names.join(", ")
            ));
        }
        if let Some(d) = kwargs {
            let at = argcount + kwonly + code.has_varargs as usize;
            fast[at] = Value::Dict(Rc::new(d));
        }
        // Defaults and missing arguments.
        let ndefaults = f.defaults.len();
        let first_default = argcount.saturating_sub(ndefaults);
        let mut missing: Vec<Rc<str>> = Vec::new();
        for i in 0..argcount {
            if fast[i].is_null() {
                if i >= first_default {
                    fast[i] = f.defaults[i - first_default].clone();
                } else {
                    missing.push(code.varnames[i].clone());
                }
            }
        }
        if !missing.is_empty() {
            return self.type_error(format!(
                "{name}() missing {} required positional argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ));
        }
        for i in argcount..argcount + kwonly {
            if fast[i].is_null() {
                let pname = &code.varnames[i];
                match f.kwdefaults.iter().find(|(n, _)| n == pname) {
                    Some((_, v)) => fast[i] = v.clone(),
                    None => missing.push(pname.clone()),
                }
            }
        }
        if !missing.is_empty() {
            return self.type_error(format!(
                "{name}() missing {} required keyword-only argument{}: {}",
                missing.len(),
                if missing.len() == 1 { "" } else { "s" },
                name_list(&missing)
            ));
        }
        Ok(fast)
    }

    /// `MakeFunction`: stack `[defaults] [kwdefaults] [closure] code`.
    pub(crate) fn make_function(&mut self, flags: u32) -> PyResult<Value> {
        let code = match self.pop()? {
            Value::Code(c) => c,
            _ => return Err(internal("MakeFunction without code")),
        };
        let closure = if flags & 8 != 0 {
            match self.pop()? {
                Value::Tuple(t) => t
                    .iter()
                    .map(|c| match c {
                        Value::Cell(c) => c.clone(),
                        _ => Rc::new(RefCell::new(Value::Null)),
                    })
                    .collect(),
                _ => return Err(internal("closure tuple")),
            }
        } else {
            Vec::new()
        };
        let kwdefaults = if flags & 2 != 0 {
            match self.pop()? {
                Value::Dict(d) => d
                    .items()
                    .into_iter()
                    .map(|(k, v)| (match k {
                        Value::Str(s) => s,
                        _ => Rc::from("?"),
                    }, v))
                    .collect(),
                _ => return Err(internal("kwdefaults")),
            }
        } else {
            Vec::new()
        };
        let defaults = if flags & 1 != 0 {
            match self.pop()? {
                Value::Tuple(t) => t.to_vec(),
                _ => return Err(internal("defaults")),
            }
        } else {
            Vec::new()
        };
        let globals = self.frame()?.globals.clone();
        let module = match globals.borrow().get("__name__") {
            Some(Value::Str(s)) => s.clone(),
            _ => Rc::from("__main__"),
        };
        Ok(Value::Function(Rc::new(Function {
            name: RefCell::new(code.name.clone()),
            qualname: code.qualname.clone(),
            code,
            globals,
            module,
            defaults,
            kwdefaults,
            closure,
            dict: RefCell::new(new_attrmap()),
        })))
    }

    /// `BuildClass`: stack `body_function, name, bases`. Runs the body in
    /// a fresh namespace; the class is made when the body returns.
    pub(crate) fn op_build_class(&mut self) -> PyResult<Step> {
        let bases = self.pop()?;
        let name = self.pop()?;
        let body = self.pop()?;
        let Value::Function(body) = body else { return Err(internal("class body")) };
        let Value::Str(name) = name else { return Err(internal("class name")) };
        let mut base_classes = Vec::new();
        if let Value::Tuple(t) = &bases {
            for b in t.iter() {
                match b {
                    Value::Class(c) => {
                        let ok = matches!(c.layout, BuiltinType::Object | BuiltinType::BaseException);
                        if !ok || matches!(c.builtin, Some(bt) if bt != BuiltinType::Object && bt != BuiltinType::BaseException) && !c.is_exception() {
                            return Err(Flow::Signal(Signal::Unsupported(format!(
                                "subclassing the built-in type '{}'",
                                c.name
                            ))));
                        }
                        base_classes.push(c.clone());
                    }
                    other => {
                        self.refuse_missing(other)?;
                        let tn = self.type_name(other);
                        return self.type_error(format!("bases must be types, not {tn}"));
                    }
                }
            }
        }
        let module = match body.globals.borrow().get("__name__") {
            Some(Value::Str(s)) => s.clone(),
            _ => Rc::from("__main__"),
        };
        let build = Rc::new(ClassBuild { name, qualname: body.code.qualname.clone(), bases: base_classes, module });
        let mut frame = self.function_frame(&body, Vec::new(), Vec::new(), FrameKind::ClassBody(build))?;
        frame.namespace = Some(Rc::new(RefCell::new(new_attrmap())));
        self.push_frame(frame)?;
        Ok(Step::Continue)
    }

    /// The class body returned: make the class from its namespace.
    pub(crate) fn finish_class(&mut self, build: &ClassBuild, ns: Globals, ret: Value) -> PyResult<Value> {
        let bases = if build.bases.is_empty() { vec![self.types.object.clone()] } else { build.bases.clone() };
        let mro = match super::types::c3_mro(&bases) {
            Ok(m) => m,
            Err(msg) => return self.type_error(msg),
        };
        let layout = if mro.iter().any(|c| c.layout == BuiltinType::BaseException) { BuiltinType::BaseException } else { BuiltinType::Object };
        let dict = ns.borrow().clone();
        let cls = Rc::new(Class {
            name: build.name.clone(),
            qualname: build.qualname.clone(),
            module: build.module.clone(),
            bases,
            mro,
            dict: RefCell::new(dict),
            builtin: None,
            layout,
        });
        if let Value::Cell(c) = ret {
            *c.borrow_mut() = Value::Class(cls.clone());
        }
        self.class_created(&cls)?;
        Ok(Value::Class(cls))
    }

    /// After a class is made: `__set_name__` of its attributes, then the
    /// parent's `__init_subclass__`, as `type.__new__` does.
    pub fn class_created(&mut self, cls: &Rc<Class>) -> PyResult<()> {
        let attrs: Vec<(Rc<str>, Value)> = cls.dict.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        for (name, v) in attrs {
            if let Value::Instance(i) = &v {
                if let Some(f) = i.class.lookup("__set_name__") {
                    self.call_sync(f, vec![v.clone(), Value::Class(cls.clone()), Value::Str(name)], Vec::new())?;
                }
            }
        }
        let hook = cls.mro.iter().find_map(|c| c.dict.borrow().get("__init_subclass__").cloned());
        let f = match hook {
            Some(Value::Descriptor(d)) => match &*d {
                Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f) => Some(f.clone()),
                _ => None,
            },
            Some(f @ Value::Function(_)) => Some(f),
            _ => None,
        };
        if let Some(f) = f {
            self.call_sync(f, vec![Value::Class(cls.clone())], Vec::new())?;
        }
        Ok(())
    }

    /// `Class(...)`.
    pub(crate) fn instantiate(&mut self, cls: &Rc<Class>, pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>) -> PyResult<Invoked> {
        if cls.builtin.is_some() && !cls.is_exception() {
            // Built-in types: their constructor is the native `__new__`.
            return match cls.dict.borrow().get("__new__").cloned() {
                Some(Value::Builtin(b)) => Ok(Invoked::Value((b.func)(self, Args { pos, kw })?)),
                _ => {
                    let n = cls.name.clone();
                    self.type_error(format!("cannot create '{n}' instances"))
                }
            };
        }
        // BaseExceptionGroup(msg, excs) is an ExceptionGroup when every
        // exception is an Exception (BaseExceptionGroup.__new__).
        let mut cls = cls.clone();
        if cls.builtin.is_none() && &*cls.name == "BaseExceptionGroup" && &*cls.module == "builtins" {
            if let Some(excs) = pos.get(1) {
                let items = crate::vm::compare::seq_items(excs);
                if !items.is_empty() && items.iter().all(|e| self.exc_is(e, "Exception")) {
                    cls = self.types.exc("ExceptionGroup");
                }
            }
        } else if &*cls.name == "ExceptionGroup" && &*cls.module == "builtins" {
            if let Some(excs) = pos.get(1) {
                let items = crate::vm::compare::seq_items(excs);
                if items.iter().any(|e| Vm::is_exception(e) && !self.exc_is(e, "Exception")) {
                    return self.type_error("Cannot nest BaseExceptions in an ExceptionGroup");
                }
            }
        }
        // OSError(errno, strerror) is the subclass for that errno.
        if &*cls.name == "OSError" && &*cls.module == "builtins" && pos.len() >= 2 {
            let sub = match pos[0] {
                Value::Int(1 | 13) => Some("PermissionError"),
                Value::Int(2) => Some("FileNotFoundError"),
                Value::Int(3) => Some("ProcessLookupError"),
                Value::Int(4) => Some("InterruptedError"),
                Value::Int(10) => Some("ChildProcessError"),
                Value::Int(11 | 114 | 115) => Some("BlockingIOError"),
                Value::Int(17) => Some("FileExistsError"),
                Value::Int(20) => Some("NotADirectoryError"),
                Value::Int(21) => Some("IsADirectoryError"),
                Value::Int(32) => Some("BrokenPipeError"),
                Value::Int(103) => Some("ConnectionAbortedError"),
                Value::Int(104) => Some("ConnectionResetError"),
                Value::Int(110) => Some("TimeoutError"),
                Value::Int(111) => Some("ConnectionRefusedError"),
                _ => None,
            };
            if let Some(sub) = sub {
                cls = self.types.exc(sub);
            }
        }
        let cls = &cls;
        // abc: a class with abstract methods left cannot be instantiated.
        if let Some(Value::Set(abstract_names)) = cls.lookup("__abstractmethods__") {
            if !abstract_names.is_empty() {
                let mut names: Vec<String> = abstract_names.items().iter().map(|n| match n {
                    Value::Str(s) => s.to_string(),
                    other => format!("{other:?}"),
                }).collect();
                crate::order::sort(&mut names);
                let s = if names.len() == 1 { "" } else { "s" };
                let n = cls.name.clone();
                return self.type_error(format!("Can't instantiate abstract class {n} with abstract method{s} {}", names.join(", ")));
            }
        }
        let exc = if cls.is_exception() { Some(RefCell::new(ExcData { args: pos.clone(), ..ExcData::default() })) } else { None };
        let inst = Rc::new(Instance { class: cls.clone(), dict: RefCell::new(new_attrmap()), exc });
        match cls.lookup("__init__") {
            Some(Value::Function(f)) => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(Value::Instance(inst.clone()));
                args.extend(pos);
                let frame = self.function_frame(&f, args, kw, FrameKind::Init(inst))?;
                self.push_frame(frame)?;
                Ok(Invoked::Frame)
            }
            Some(Value::Builtin(b)) => {
                let mut args = Vec::with_capacity(pos.len() + 1);
                args.push(Value::Instance(inst.clone()));
                args.extend(pos);
                (b.func)(self, Args { pos: args, kw })?;
                Ok(Invoked::Value(Value::Instance(inst)))
            }
            Some(other) => {
                // A callable attribute named __init__ (rare).
                let mut args = vec![Value::Instance(inst.clone())];
                args.extend(pos);
                self.call_sync(other, args, kw)?;
                Ok(Invoked::Value(Value::Instance(inst)))
            }
            None => {
                if cls.is_exception() {
                    if !kw.is_empty() {
                        let n = cls.name.clone();
                        return self.type_error(format!("{n}() takes no keyword arguments"));
                    }
                } else if !pos.is_empty() || !kw.is_empty() {
                    let n = cls.name.clone();
                    return self.type_error(format!("{n}() takes no arguments"));
                }
                Ok(Invoked::Value(Value::Instance(inst)))
            }
        }
    }

    /// Call `callee` to completion from native code (a `key=` function,
    /// `__repr__`, a property getter...). Runs on a nested fiber that
    /// cannot suspend.
    pub fn call_sync(&mut self, callee: Value, pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>) -> PyResult<Value> {
        self.enter_native(" while calling a Python object")?;
        let r = self.call_sync_inner(callee, pos, kw);
        self.leave_native();
        r
    }

    fn call_sync_inner(&mut self, callee: Value, pos: Vec<Value>, kw: Vec<(Rc<str>, Value)>) -> PyResult<Value> {
        if let Value::Builtin(b) = &callee {
            let mut pos = pos;
            if !b.bound.is_null() {
                pos.insert(0, b.bound.clone());
            }
            return (b.func)(self, Args { pos, kw });
        }
        let mut nested = Fiber::new(FiberOwner::Nested);
        nested.handled = self.cur.handled.clone();
        let outer = std::mem::replace(&mut self.cur, nested);
        let saved_base = self.depth_base;
        self.depth_base += outer.frames.len();
        let r = match self.invoke(callee, pos, kw) {
            Ok(Invoked::Value(v)) => Ok(v),
            Ok(Invoked::Frame) => self.run_nested(),
            Err(e) => Err(e),
        };
        self.cur = outer;
        self.depth_base = saved_base;
        r
    }

    /// Run the (nested) current fiber to completion.
    pub(crate) fn run_nested(&mut self) -> PyResult<Value> {
        let saved_stop = self.stop_at_lines;
        let saved_skip = self.skip_line_stop;
        let saved_budget = self.budget;
        self.stop_at_lines = false;
        self.skip_line_stop = false;
        self.trace.suspend();
        let result = loop {
            self.budget = 100_000;
            match self.run_fiber() {
                Stop::Returned(v) => break Ok(v),
                Stop::Raised(e) => break Err(Flow::Exc(e)),
                Stop::Awaiting(_) => break self.err("RuntimeError", "await inside a synchronous call is not supported"),
                Stop::Budget | Stop::Line => {
                    if self.ops_since_yield() > self.limits.max_ops_without_yield {
                        break Err(Flow::Signal(Signal::Limit(self.blocked_message())));
                    }
                }
                Stop::Signal(s) => break Err(Flow::Signal(s)),
            }
        };
        self.trace.resume();
        self.stop_at_lines = saved_stop;
        self.skip_line_stop = saved_skip;
        let used = 100_000 - self.budget.max(0);
        self.budget = saved_budget.saturating_sub(used);
        result
    }

    /// Call a method by name on `obj` synchronously.
    pub fn call_method(&mut self, obj: &Value, name: &str, args: Vec<Value>) -> PyResult<Value> {
        let f = self.getattr(obj, name)?;
        self.call_sync(f, args, Vec::new())
    }

    /// `module.qualname()` of a callable, as CPython names it in messages.
    pub fn function_str(&self, f: &Value) -> String {
        match f {
            Value::Function(func) => {
                if &*func.module == "builtins" {
                    format!("{}()", func.qualname)
                } else {
                    format!("{}.{}()", func.module, func.qualname)
                }
            }
            Value::Method(m) => self.function_str(&m.func),
            Value::Builtin(b) => format!("{}()", b.qualname),
            Value::Class(c) => {
                if &*c.module == "builtins" {
                    format!("{}()", c.qualname)
                } else {
                    format!("{}.{}()", c.module, c.qualname)
                }
            }
            other => format!("{}()", self.type_name(other)),
        }
    }

    /// Instructions run since the running task last yielded.
    pub fn ops_since_yield(&self) -> u64 {
        self.cur.ops_since_yield + self.aio.outer_ops
    }

    /// The LIMIT message for a task that never yields.
    pub fn blocked_message(&self) -> String {
        self.blocked_after(self.limits.max_ops_without_yield)
    }

    /// The LIMIT message for a task that ran `ops` operations without
    /// yielding (the recorder's step cap can come first).
    pub fn blocked_after(&self, ops: u64) -> String {
        let who = self.aio.current_task_name().unwrap_or_else(|| "the program".to_string());
        format!("{} ran {} operations without awaiting: the event loop is blocked", who, crate::format::group_thousands(ops))
    }
}

fn name_list(names: &[Rc<str>]) -> String {
    let quoted: Vec<String> = names.iter().map(|n| format!("'{n}'")).collect();
    match quoted.len() {
        0 => String::new(),
        1 => quoted[0].clone(),
        2 => format!("{} and {}", quoted[0], quoted[1]),
        n => format!("{}, and {}", quoted[..n - 1].join(", "), quoted[n - 1]),
    }
}


