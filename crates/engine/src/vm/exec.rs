//! The instruction loop. `run_fiber` executes the current fiber until it
//! returns, raises, suspends on an `await`, runs out of budget, or reaches
//! a line where the driver asked to stop. All state is in the frames, so
//! any stop can be resumed by calling `run_fiber` again.


use super::{Flow, PyResult, Signal, Vm};

use crate::compiler::code::Op;
use crate::value::Value;
use std::rc::Rc;

/// Why `run_fiber` returned.
#[derive(Debug)]
pub enum Stop {
    /// The fiber's bottom frame returned this value.
    Returned(Value),
    /// An exception left the fiber's bottom frame.
    Raised(Value),
    /// Suspended on a pending future (or `Value::None`: a bare yield).
    Awaiting(Value),
    /// The slice budget ran out; call again to continue.
    Budget,
    /// About to run a new line of learner code (line stepping).
    Line,
    Signal(Signal),
}

/// What one instruction did to control flow.
pub(crate) enum Step {
    Continue,
    Suspend(Value),
    /// The fiber's last frame returned.
    Done(Value),
}

pub(crate) fn internal(msg: &str) -> Flow {
    Flow::Signal(Signal::Internal(msg.to_string()))
}

impl Vm {
    #[inline]
    pub(crate) fn frame(&mut self) -> PyResult<&mut super::frame::Frame> {
        self.cur.frames.last_mut().ok_or_else(|| internal("no frame"))
    }

    #[inline]
    pub(crate) fn push(&mut self, v: Value) -> PyResult<()> {
        self.frame()?.stack.push(v);
        Ok(())
    }

    #[inline]
    pub(crate) fn pop(&mut self) -> PyResult<Value> {
        self.frame()?.stack.pop().ok_or_else(|| internal("stack underflow"))
    }

    #[inline]
    pub(crate) fn peek_top(&mut self) -> PyResult<Value> {
        self.top()
    }

    #[inline]
    pub(super) fn top(&mut self) -> PyResult<Value> {
        self.frame()?.stack.last().cloned().ok_or_else(|| internal("empty stack"))
    }

    /// The item n places from the top (1 = top).
    pub(super) fn peek(&mut self, n: usize) -> PyResult<Value> {
        let s = &self.frame()?.stack;
        if n == 0 || n > s.len() {
            return Err(internal("peek out of range"));
        }
        Ok(s[s.len() - n].clone())
    }

    pub(super) fn pop_n(&mut self, n: usize) -> PyResult<Vec<Value>> {
        let s = &mut self.frame()?.stack;
        if n > s.len() {
            return Err(internal("stack underflow"));
        }
        let at = s.len() - n;
        Ok(s.split_off(at))
    }

    /// Run the current fiber. See `Stop`.
    pub fn run_fiber(&mut self) -> Stop {
        let stop = self.run_fiber_inner();
        if !self.finalize.borrow().is_empty() {
            if let Err(Flow::Signal(s)) = self.finalize_dropped() {
                return Stop::Signal(s);
            }
        }
        stop
    }

    fn run_fiber_inner(&mut self) -> Stop {
        loop {
            if !self.finalize.borrow().is_empty() {
                if let Err(Flow::Signal(s)) = self.finalize_dropped() {
                    return Stop::Signal(s);
                }
            }
            if self.budget <= 0 {
                return Stop::Budget;
            }
            let (op, start, internal_code) = {
                let Some(frame) = self.cur.frames.last_mut() else {
                    return Stop::Signal(Signal::Internal("fiber has no frame".into()));
                };
                let pc = frame.pc;
                let Some(op) = frame.code.ops.get(pc).copied() else {
                    return Stop::Signal(Signal::Internal(format!("pc {pc} out of range in {}", frame.code.qualname)));
                };
                let start = frame.code.starts[pc];
                if start != 0 {
                    frame.line = start;
                }
                (op, start, frame.code.internal)
            };
            if start != 0 && !internal_code {
                if self.skip_line_stop {
                    self.skip_line_stop = false;
                } else {
                    self.trace_line(start);
                    if self.stop_at_lines {
                        self.skip_line_stop = true;
                        return Stop::Line;
                    }
                }
            }
            if let Some(f) = self.cur.frames.last_mut() {
                f.pc += 1;
            }
            self.budget -= 1;
            self.ops_total += 1;
            self.cur.ops_since_yield += 1;
            let result = if self.over_memory() { self.check_memory(0).map(|_| Step::Continue) } else { self.exec(op) };
            match result {
                Ok(Step::Continue) => {}
                Ok(Step::Suspend(v)) => return Stop::Awaiting(v),
                Ok(Step::Done(v)) => return Stop::Returned(v),
                Err(Flow::Exc(e)) => {
                    if !matches!(op, Op::Reraise | Op::Raise(0)) {
                        Vm::chain_context(&e, &self.cur.handled);
                        if let Some(f) = self.cur.frames.last() {
                            let line = f.code.line_at(f.pc.saturating_sub(1));
                            Vm::add_traceback(&e, &f.code, line);
                        }
                    }
                    if let Some(stop) = self.unwind(e) {
                        return stop;
                    }
                }
                Err(Flow::Signal(s)) => return Stop::Signal(s),
            }
        }
    }

    pub(super) fn jump_to(&mut self, target: u32) -> PyResult<()> {
        self.frame()?.pc = target as usize;
        Ok(())
    }

    fn exec(&mut self, op: Op) -> PyResult<Step> {
        match op {
            Op::Nop => {}
            Op::Pop => {
                self.pop()?;
            }
            Op::Copy(n) => {
                let v = self.peek(n as usize)?;
                self.push(v)?;
            }
            Op::Swap(n) => {
                let s = &mut self.frame()?.stack;
                let len = s.len();
                let n = n as usize;
                if n > len || n < 2 {
                    return Err(internal("bad swap"));
                }
                s.swap(len - 1, len - n);
            }
            Op::PushNull => self.push(Value::Null)?,
            Op::LoadConst(i) => {
                let f = self.frame()?;
                let v = f.code.consts.get(i as usize).cloned().ok_or_else(|| internal("bad const"))?;
                f.stack.push(v);
            }
            Op::LoadFast(_) | Op::StoreFast(_) | Op::DeleteFast(_) | Op::LoadDeref(_) | Op::LoadClassDeref(_) | Op::StoreDeref(_) | Op::DeleteDeref(_) | Op::LoadClosure(_) | Op::LoadGlobal(_) | Op::StoreGlobal(_) | Op::DeleteGlobal(_) | Op::LoadName(_) | Op::StoreName(_) | Op::DeleteName(_) => return self.exec_variable(op),
            Op::LoadAttr(i) => {
                let name = self.name_at(i)?;
                let obj = self.pop()?;
                let v = self.getattr(&obj, &name)?;
                self.push(v)?;
            }
            Op::StoreAttr(i) => {
                let name = self.name_at(i)?;
                let obj = self.pop()?;
                let v = self.pop()?;
                self.setattr(&obj, &name, v)?;
            }
            Op::DeleteAttr(i) => {
                let name = self.name_at(i)?;
                let obj = self.pop()?;
                self.delattr(&obj, &name)?;
            }
            Op::LoadMethod(i) => {
                let name = self.name_at(i)?;
                let obj = self.pop()?;
                match self.lookup_method(&obj, &name)? {
                    Some(func) => {
                        self.push(func)?;
                        self.push(obj)?;
                    }
                    None => {
                        let v = self.getattr(&obj, &name)?;
                        self.push(Value::Null)?;
                        self.push(v)?;
                    }
                }
            }
            Op::LoadSpecial(m) => {
                let obj = self.pop()?;
                let cls = self.types.type_of(&obj);
                match cls.lookup(m.name()) {
                    Some(func) => {
                        self.push(func)?;
                        self.push(obj)?;
                    }
                    None => {
                        let tn = cls.name.clone();
                        let msg = match m {
                            crate::compiler::code::SpecialMethod::Enter | crate::compiler::code::SpecialMethod::Exit => {
                                format!("'{tn}' object does not support the context manager protocol")
                            }
                            _ => format!("'{tn}' object does not support the asynchronous context manager protocol"),
                        };
                        return self.type_error(msg);
                    }
                }
            }
            Op::BinarySubscr => {
                let idx = self.pop()?;
                let obj = self.pop()?;
                let v = self.getitem(&obj, &idx)?;
                self.push(v)?;
            }
            Op::StoreSubscr => {
                let idx = self.pop()?;
                let obj = self.pop()?;
                let v = self.pop()?;
                self.setitem(&obj, idx, v)?;
            }
            Op::DeleteSubscr => {
                let idx = self.pop()?;
                let obj = self.pop()?;
                self.delitem(&obj, &idx)?;
            }
            Op::BuildSlice(n) => {
                let step = if n == 3 { self.pop()? } else { Value::None };
                let stop = self.pop()?;
                let start = self.pop()?;
                self.push(Value::Slice(Rc::new(crate::value::SliceObj { start, stop, step })))?;
            }
            Op::Binary(bop) => {
                let b = self.pop()?;
                let a = self.pop()?;
                let v = self.binary_op(&a, &b, bop)?;
                self.push(v)?;
            }
            Op::Inplace(bop) => {
                let b = self.pop()?;
                let a = self.pop()?;
                let v = self.inplace_op(&a, &b, bop)?;
                self.push(v)?;
            }
            Op::Unary(uop) => {
                let a = self.pop()?;
                let v = self.unary_op(&a, uop)?;
                self.push(v)?;
            }
            Op::Compare(cop) => {
                let b = self.pop()?;
                let a = self.pop()?;
                let v = self.compare_op(&a, &b, cop)?;
                self.push(v)?;
            }
            Op::BuildTuple(n) => {
                let items = self.pop_n(n as usize)?;
                self.push(Value::tuple(items))?;
            }
            Op::BuildList(n) => {
                let items = self.pop_n(n as usize)?;
                self.push(Value::list(items))?;
            }
            Op::BuildSet(n) => {
                let items = self.pop_n(n as usize)?;
                let s = self.new_set(items, false)?;
                self.push(s)?;
            }
            Op::BuildConstSet(n) => {
                let items = self.pop_n(n as usize)?;
                let first = self.new_set(items, true)?;
                let Value::Set(first) = first else { return Err(internal("BuildConstSet")) };
                let rebuilt = self.new_set(first.items(), true)?;
                let Value::Set(rebuilt) = rebuilt else { return Err(internal("BuildConstSet")) };
                let out = Rc::new(crate::value::Set::new(false));
                out.table_mut().merge(&rebuilt.table(), crate::value::keys_equal);
                self.push(Value::Set(out))?;
            }
            Op::BuildMap(n) => {
                let items = self.pop_n(2 * n as usize)?;
                let d = crate::value::Dict::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    let key = self.dict_key(k)?;
                    d.insert(key, v);
                }
                self.push(Value::Dict(Rc::new(d)))?;
            }
            Op::BuildString(n) => {
                let items = self.pop_n(n as usize)?;
                let mut s = String::new();
                for it in items {
                    if let Value::Str(p) = it {
                        s.push_str(&p);
                    }
                }
                self.push(Value::str(&s))?;
            }
            Op::ListAppend(n) => {
                let v = self.pop()?;
                let target = self.peek(n as usize)?;
                match target {
                    Value::List(l) => {
                        if l.len() >= self.limits.max_collection_len {
                            return self.err("MemoryError", "");
                        }
                        l.borrow_mut().push(v)
                    }
                    _ => return Err(internal("ListAppend target")),
                }
            }
            Op::SetAdd(n) => {
                let v = self.pop()?;
                let target = self.peek(n as usize)?;
                match target {
                    Value::Set(s) => self.set_add(&s, v)?,
                    _ => return Err(internal("SetAdd target")),
                }
            }
            Op::MapAdd(n) => {
                let v = self.pop()?;
                let k = self.pop()?;
                let target = self.peek(n as usize)?;
                match target {
                    Value::Dict(d) => {
                        let key = self.dict_key(k)?;
                        d.insert(key, v);
                    }
                    _ => return Err(internal("MapAdd target")),
                }
            }
            Op::ListExtend(n) => {
                let v = self.pop()?;
                let target = self.peek(n as usize)?;
                let items = match self.collect_iterable(&v) {
                    Ok(items) => items,
                    Err(Flow::Exc(e)) if self.exc_is(&e, "TypeError") && !self.is_iterable(&v) => {
                        let tn = self.type_name(&v);
                        return self.type_error(format!("Value after * must be an iterable, not {tn}"));
                    }
                    Err(e) => return Err(e),
                };
                if let Value::List(l) = target {
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetUpdate(n) => {
                let v = self.pop()?;
                let target = self.peek(n as usize)?;
                let items = self.collect_iterable(&v)?;
                if let Value::Set(s) = target {
                    for it in items {
                        self.set_add(&s, it)?;
                    }
                }
            }
            Op::DictUpdate(n) | Op::DictMerge(n) => {
                let v = self.pop()?;
                let target = self.peek(n as usize)?;
                let Value::Dict(d) = target else { return Err(internal("DictUpdate target")) };
                let Value::Dict(src) = &v else {
                    let tn = self.type_name(&v);
                    if let Op::DictMerge(_) = op {
                        return self.type_error(format!("argument after ** must be a mapping, not {tn}"));
                    }
                    return self.type_error(format!("'{tn}' object is not a mapping"));
                };
                for (k, val) in src.items() {
                    let key = self.dict_key(k.clone())?;
                    if let Op::DictMerge(_) = op {
                        if d.get(&key).is_some() {
                            let ks = self.str(&k)?;
                            // The callable sits below the args tuple.
                            let a = self.peek(n as usize + 2)?;
                            let b = self.peek(n as usize + 3)?;
                            let func = if a.is_null() || b.is_null() { if a.is_null() { b } else { a } } else { b };
                            let fname = self.function_str(&func);
                            return self.type_error(format!("{fname} got multiple values for keyword argument '{ks}'"));
                        }
                    }
                    d.insert(key, val);
                }
            }
            Op::ListToTuple => {
                let v = self.pop()?;
                let items = match v {
                    Value::List(l) => l.snapshot(),
                    _ => return Err(internal("ListToTuple")),
                };
                self.push(Value::tuple(items))?;
            }
            Op::FormatValue(flags) => {
                let spec = if flags & 4 != 0 { Some(self.pop()?) } else { None };
                let v = self.pop()?;
                let v = match flags & 3 {
                    1 => Value::str(&self.str(&v)?),
                    2 => Value::str(&self.repr(&v)?),
                    3 => Value::str(&self.ascii(&v)?),
                    _ => v,
                };
                let spec = match spec {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                let s = self.format_value(&v, &spec)?;
                self.push(Value::str(&s))?;
            }
            Op::UnpackSequence(n) => {
                let v = self.pop()?;
                let items = self.unpack(&v, n as usize, None)?;
                for it in items.into_iter().rev() {
                    self.push(it)?;
                }
            }
            Op::UnpackEx(before, after) => {
                let v = self.pop()?;
                let items = self.unpack(&v, before as usize, Some(after as usize))?;
                for it in items.into_iter().rev() {
                    self.push(it)?;
                }
            }
            Op::Jump(t) => self.jump_to(t)?,
            Op::PopJumpIfFalse(t) => {
                let v = self.pop()?;
                if !self.truthy(&v)? {
                    self.jump_to(t)?;
                }
            }
            Op::PopJumpIfTrue(t) => {
                let v = self.pop()?;
                if self.truthy(&v)? {
                    self.jump_to(t)?;
                }
            }
            Op::PopJumpIfNone(t) => {
                let v = self.pop()?;
                if v.is_none() {
                    self.jump_to(t)?;
                }
            }
            Op::PopJumpIfNotNone(t) => {
                let v = self.pop()?;
                if !v.is_none() {
                    self.jump_to(t)?;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                let v = self.top()?;
                if !self.truthy(&v)? {
                    self.jump_to(t)?;
                } else {
                    self.pop()?;
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                let v = self.top()?;
                if self.truthy(&v)? {
                    self.jump_to(t)?;
                } else {
                    self.pop()?;
                }
            }
            Op::GetIter => {
                let v = self.pop()?;
                let it = self.get_iter(&v)?;
                self.push(it)?;
            }
            Op::ForIter(exit) => return self.for_iter(exit),
            Op::GetAIter => {
                let v = self.pop()?;
                let it = self.get_aiter(&v)?;
                self.push(it)?;
            }
            Op::GetANext => {
                let it = self.top()?;
                let aw = match &it {
                    Value::Generator(g) if g.is_async() => self.agen_op(g, super::generator::AgenOpKind::Send(Value::None)),
                    _ => self.call_method(&it, "__anext__", Vec::new())?,
                };
                self.push(aw)?;
            }
            Op::EndAsyncFor => {
                let exc = self.pop()?;
                if self.exc_is(&exc, "StopAsyncIteration") {
                    self.pop()?;
                } else {
                    return Err(Flow::Exc(exc));
                }
            }
            Op::KwNames(i) => {
                let f = self.frame()?;
                match f.code.consts.get(i as usize) {
                    Some(Value::Tuple(t)) => f.kwnames = Some(t.clone()),
                    _ => return Err(internal("KwNames const")),
                }
            }
            Op::Call(argc) => return self.op_call(argc as usize),
            Op::CallEx(flags) => return self.op_call_ex(flags),
            Op::MakeFunction(flags) => {
                let f = self.make_function(flags)?;
                self.push(f)?;
            }
            Op::BuildClass(_) => return self.op_build_class(),
            Op::ReturnValue => return self.op_return(),
            Op::GetAwaitable(flag) => {
                let v = self.top()?;
                if let Value::Instance(i) = &v {
                    if let Some(f) = i.class.lookup("__await__") {
                        let r = self.call_sync(f, vec![v.clone()], Vec::new())?;
                        let iterator = match &r {
                            Value::Future(_) => true,
                            Value::Native(n) => matches!(&**n, crate::aio::native::NativeObj::CoroWrapper(_)),
                            Value::Generator(g) => !g.is_async(),
                            _ => false,
                        };
                        if !iterator {
                            let tn = self.type_name(&r);
                            return self.type_error(format!("__await__() returned non-iterator of type '{tn}'"));
                        }
                        self.pop()?;
                        self.push(r)?;
                        return Ok(Step::Continue);
                    }
                }
                // A generator made by a `@types.coroutine` function.
                if matches!(&v, Value::Generator(g) if self.iterable_coroutines.iter().any(|c| Rc::ptr_eq(c, &g.code))) {
                    return Ok(Step::Continue);
                }
                self.check_awaitable(&v, flag)?;
            }
            Op::Await => return self.op_await(),
            Op::YieldValue => return self.op_yield(),
            Op::GetYieldFromIter => {
                let v = self.pop()?;
                let it = self.get_yield_from_iter(v)?;
                self.push(it)?;
            }
            Op::Send(exit) => return self.op_send(exit),
            Op::Raise(n) => return Err(self.op_raise(n)?),
            Op::Reraise => {
                let exc = self.pop()?;
                return Err(Flow::Exc(exc));
            }
            Op::PushExcInfo => {
                let exc = self.pop()?;
                let prev = self.cur.handled.take().unwrap_or(Value::None);
                self.push(prev)?;
                self.cur.handled = Some(exc.clone());
                self.push(exc)?;
            }
            Op::PopExcept => {
                let prev = self.pop()?;
                self.cur.handled = if prev.is_none() { None } else { Some(prev) };
            }
            Op::CheckExcMatch => {
                let typ = self.pop()?;
                let exc = self.top()?;
                let m = self.exc_matches(&exc, &typ)?;
                self.push(Value::Bool(m))?;
            }
            Op::CheckEgMatch => {
                let typ = self.pop()?;
                let eg = self.pop()?;
                let (rest, matched) = self.exception_group_match(&eg, &typ)?;
                self.push(rest)?;
                self.push(matched)?;
            }
            Op::PrepReraiseStar => {
                let raised = self.pop()?;
                let orig = self.pop()?;
                let r = self.prep_reraise_star(&orig, &raised)?;
                self.push(r)?;
            }
            Op::LoadAssertionError => {
                let c = self.types.exc("AssertionError");
                self.push(Value::Class(c))?;
            }
            Op::ImportName(i, whole) => {
                let name = self.name_at(i)?;
                let m = self.import_module(&name, whole != 0)?;
                self.push(m)?;
            }
            Op::ImportFrom(i) => {
                let name = self.name_at(i)?;
                let m = self.top()?;
                // A name Loopscope lacks (of a module it lacks, or one that
                // CPython's module has): refused when used, not here.
                let lacking = match &m {
                    Value::Module(md) if !md.globals.borrow().contains_key(&*name) && crate::modules::missing::cpython_has(&md.name, &name) => Some(format!("{}.{name}", md.name)),
                    Value::Instance(inst) if self.is_missing(&m) => match inst.dict.borrow().get("_missing_name") {
                        Some(Value::Str(mn)) => Some(format!("{mn}.{name}")),
                        _ => None,
                    },
                    _ => None,
                };
                if let Some(full) = lacking {
                    let v = self.missing(&full, false)?;
                    self.push(v)?;
                    return Ok(Step::Continue);
                }
                let v = match self.getattr(&m, &name) {
                    Ok(v) => v,
                    Err(Flow::Exc(e)) if self.exc_is(&e, "AttributeError") => {
                        let mname = match &m {
                            Value::Module(md) => md.name.to_string(),
                            _ => "?".into(),
                        };
                        return self.err("ImportError", format!("cannot import name '{name}' from '{mname}'"));
                    }
                    Err(e) => return Err(e),
                };
                self.push(v)?;
            }
            Op::SetupAnnotations => {
                let f = self.frame()?;
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                if !ns.borrow().contains_key("__annotations__") {
                    ns.borrow_mut().insert(Rc::from("__annotations__"), Value::Dict(Rc::new(crate::value::Dict::new())));
                }
            }
            Op::WithExceptStart => {
                // [exit_func, ctx, prev, exc]
                let exc = self.peek(1)?;
                let ctx = self.peek(3)?;
                let exit = self.peek(4)?;
                let typ = Value::Class(self.types.type_of(&exc));
                let args = vec![ctx, typ, exc, Value::None];
                return self.call_and_push(exit, args, Vec::new());
            }
        }
        Ok(Step::Continue)
    }

    /// `self.trace.line(...)` with the context of the current frame.
    pub(super) fn trace_line(&mut self, line: u32) {
        if self.trace.enabled() {
            let owner = self.cur.owner;
            self.trace.line(owner, line);
        }
    }
}
