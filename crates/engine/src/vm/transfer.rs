//! Control leaving a frame's straight line: the end of a `for` loop's
//! iterator, `return`, `yield`, `await`, `raise`, and throwing an
//! exception into a suspended fiber. `exec.rs` dispatches to these.

use super::exec::{internal, Step, Stop};
use super::frame::{FrameKind, GenResume};
use super::{Flow, PyResult, Vm};
use crate::value::{CoroState, GenState, Value};

impl Vm {
    /// Raise `exc` in the top frame of the current fiber at its current
    /// instruction (used to throw into a suspended task).
    pub fn throw_into_fiber(&mut self, exc: Value) -> Option<Stop> {
        if let Some(f) = self.cur.frames.last_mut() {
            if let FrameKind::Generator(g, GenResume::Await) = &f.kind {
                g.awaiting.set(false);
            }
            f.pc += 1;
            let line = f.code.line_at(f.pc - 1);
            let code = f.code.clone();
            Vm::add_traceback(&exc, &code, line);
        }
        self.unwind(exc)
    }

    /// Find a handler for `exc`, popping frames that have none. `None`:
    /// a handler was found, continue running. `Some`: the fiber is done.
    pub(crate) fn unwind(&mut self, mut exc: Value) -> Option<Stop> {
        loop {
            let frame = self.cur.frames.last_mut()?;
            let pc = frame.pc.saturating_sub(1) as u32;
            if let Some(h) = frame.code.handler_for(pc) {
                frame.stack.truncate(h.depth as usize);
                frame.stack.push(exc);
                frame.pc = h.target as usize;
                return None;
            }
            let frame = self.cur.frames.pop()?;
            match &frame.kind {
                FrameKind::Coroutine(co) => {
                    co.state.set(CoroState::Finished);
                    if self.exc_is(&exc, "StopIteration") {
                        let e = self.exc("RuntimeError", "coroutine raised StopIteration");
                        Vm::set_cause(&e, &exc);
                        exc = e;
                    }
                }
                FrameKind::Generator(g, resume) => {
                    g.state.set(GenState::Finished);
                    if g.is_async() {
                        for (name, msg) in [
                            ("StopAsyncIteration", "async generator raised StopAsyncIteration"),
                            ("StopIteration", "async generator raised StopIteration"),
                        ] {
                            if self.exc_is(&exc, name) {
                                let e = self.exc("RuntimeError", msg);
                                Vm::set_cause(&e, &exc);
                                exc = e;
                                break;
                            }
                        }
                        if self.exc_is(&exc, "GeneratorExit") {
                            g.closed.set(true);
                            if matches!(resume, GenResume::AsyncClose) && !self.cur.frames.is_empty() {
                                // aclose() is done: it returns None.
                                if let Some(caller) = self.cur.frames.last_mut() {
                                    caller.stack.push(Value::None);
                                }
                                return None;
                            }
                        }
                    } else if self.exc_is(&exc, "StopIteration") {
                        let e = self.exc("RuntimeError", "generator raised StopIteration");
                        Vm::set_cause(&e, &exc);
                        exc = e;
                    }
                }
                _ => {}
            }
            let Some(caller) = self.cur.frames.last() else {
                return Some(Stop::Raised(exc));
            };
            let line = caller.code.line_at(caller.pc.saturating_sub(1));
            let code = caller.code.clone();
            Vm::add_traceback(&exc, &code, line);
        }
    }

    pub(crate) fn set_cause(exc: &Value, cause: &Value) {
        if let Value::Instance(i) = exc {
            if let Some(mut d) = i.exc_mut() {
                d.cause = Some(cause.clone());
                d.suppress_context = true;
            }
        }
    }

    pub(super) fn for_iter(&mut self, exit: u32) -> PyResult<Step> {
        let it = self.top()?;
        match &it {
            Value::Generator(g) => {
                match g.state.get() {
                    GenState::Finished => {
                        self.pop()?;
                        self.jump_to(exit)?;
                        return Ok(Step::Continue);
                    }
                    GenState::Running => return self.value_error("generator already executing"),
                    _ => {}
                }
                let Some(mut frame) = g.frame.borrow_mut().take() else {
                    return Err(internal("generator without frame"));
                };
                if g.state.get() == GenState::Suspended {
                    frame.stack.push(Value::None);
                } else {
                    self.note_started(g);
                }
                frame.kind = FrameKind::Generator(g.clone(), GenResume::ForIter { exit });
                g.state.set(GenState::Running);
                self.push_frame(*frame)?;
            }
            Value::Iter(ni) => match self.native_next(ni)? {
                Some(v) => self.push(v)?,
                None => {
                    self.pop()?;
                    self.jump_to(exit)?;
                }
            },
            _ => match self.next_value(&it)? {
                Some(v) => self.push(v)?,
                None => {
                    self.pop()?;
                    self.jump_to(exit)?;
                }
            },
        }
        Ok(Step::Continue)
    }

    /// Push a frame on the current fiber, enforcing the recursion limit.
    pub(crate) fn push_frame(&mut self, frame: super::frame::Frame) -> PyResult<()> {
        if self.depth() + 1 > self.limits.recursion_limit {
            // The frame is dropped; a generator/coroutine whose frame it was
            // is finished.
            match &frame.kind {
                FrameKind::Coroutine(co) => co.state.set(CoroState::Finished),
                FrameKind::Generator(g, _) => g.state.set(GenState::Finished),
                _ => {}
            }
            return self.err("RecursionError", "maximum recursion depth exceeded");
        }
        self.cur.push(frame);
        Ok(())
    }

    pub(super) fn op_return(&mut self) -> PyResult<Step> {
        let v = self.pop()?;
        let Some(mut frame) = self.cur.frames.pop() else { return Err(internal("return without frame")) };
        let v = match std::mem::replace(&mut frame.kind, FrameKind::Call) {
            FrameKind::Call | FrameKind::Module => v,
            FrameKind::Init(inst) => {
                if !v.is_none() {
                    let tn = self.type_name(&v);
                    return self.type_error(format!("__init__() should return None, not '{tn}'"));
                }
                Value::Instance(inst)
            }
            FrameKind::Coroutine(co) => {
                co.state.set(CoroState::Finished);
                v
            }
            FrameKind::Generator(g, resume) => {
                g.state.set(GenState::Finished);
                match resume {
                    GenResume::Send { exit } if !self.cur.frames.is_empty() => {
                        // `yield from` is done: its value replaces the iterator.
                        self.pop()?;
                        self.push(v)?;
                        self.jump_to(exit)?;
                        return Ok(Step::Continue);
                    }
                    GenResume::AsyncSend if !self.cur.frames.is_empty() => {
                        g.closed.set(true);
                        let c = self.types.exc("StopAsyncIteration");
                        return Err(Flow::Exc(self.new_exception(&c, Vec::new())));
                    }
                    GenResume::AsyncClose | GenResume::Await if !self.cur.frames.is_empty() => {
                        self.push(if matches!(resume, GenResume::Await) { v } else { Value::None })?;
                        return Ok(Step::Continue);
                    }
                    _ => {}
                }
                if let GenResume::ForIter { exit } = resume {
                    if self.cur.frames.is_empty() {
                        return Ok(Step::Done(v));
                    }
                    self.pop()?;
                    self.jump_to(exit)?;
                    return Ok(Step::Continue);
                }
                return Ok(Step::Done(v));
            }
            FrameKind::ClassBody(build) => {
                let ns = frame.namespace.clone().unwrap_or_else(|| frame.globals.clone());
                let cls = self.finish_class(&build, ns, v)?;
                if self.cur.frames.is_empty() {
                    return Ok(Step::Done(cls));
                }
                self.push(cls)?;
                return Ok(Step::Continue);
            }
        };
        if self.cur.frames.is_empty() {
            return Ok(Step::Done(v));
        }
        self.push(v)?;
        Ok(Step::Continue)
    }

    pub(super) fn op_yield(&mut self) -> PyResult<Step> {
        if let Some(FrameKind::Generator(g, GenResume::Await)) = self.cur.frames.last().map(|f| &f.kind) {
            // An `__await__` generator yields to the task: the fiber stops
            // here, and the yield runs again when the task resumes it, then
            // giving the value sent (None).
            let g = g.clone();
            if g.awaiting.replace(false) {
                self.pop()?;
                self.push(Value::None)?;
                return Ok(Step::Continue);
            }
            g.awaiting.set(true);
            let v = self.top()?;
            self.frame()?.pc -= 1;
            return Ok(Step::Suspend(v));
        }
        let v = self.pop()?;
        let Some(mut frame) = self.cur.frames.pop() else { return Err(internal("yield without frame")) };
        let FrameKind::Generator(g, resume) = std::mem::replace(&mut frame.kind, FrameKind::Call) else {
            return Err(internal("yield outside a generator frame"));
        };
        g.state.set(GenState::Suspended);
        *g.frame.borrow_mut() = Some(Box::new(frame));
        match resume {
            GenResume::ForIter { .. } | GenResume::Send { .. } | GenResume::AsyncSend if !self.cur.frames.is_empty() => {
                self.push(v)?;
                Ok(Step::Continue)
            }
            GenResume::AsyncClose if !self.cur.frames.is_empty() => self.err("RuntimeError", "async generator ignored GeneratorExit"),
            _ => Ok(Step::Done(v)),
        }
    }

    pub(super) fn op_await(&mut self) -> PyResult<Step> {
        let aw = self.top()?;
        match &aw {
            Value::Coroutine(co) => {
                self.pop()?;
                if co.state.get() != CoroState::Created {
                    return self.err("RuntimeError", "cannot reuse already awaited coroutine");
                }
                let Some(mut frame) = co.frame.borrow_mut().take() else {
                    return self.err("RuntimeError", "cannot reuse already awaited coroutine");
                };
                frame.kind = FrameKind::Coroutine(co.clone());
                co.state.set(CoroState::Started);
                self.push_frame(*frame)?;
                Ok(Step::Continue)
            }
            Value::Future(fut) => {
                if fut.is_done() {
                    self.pop()?;
                    let r = self.future_result(fut)?;
                    self.push(r)?;
                    Ok(Step::Continue)
                } else if fut.blocking_yielded() {
                    // Resumed with send() while still pending.
                    fut.set_blocking_yielded(false);
                    self.pop()?;
                    self.err("RuntimeError", "await wasn't used with future")
                } else {
                    fut.set_blocking_yielded(true);
                    self.frame()?.pc -= 1;
                    Ok(Step::Suspend(aw.clone()))
                }
            }
            Value::Generator(g) if !g.is_async() => {
                let g = g.clone();
                self.pop()?;
                self.run_awaited_generator(&g)
            }
            Value::Native(n) => {
                if let crate::aio::native::NativeObj::AgenOp(op) = &**n {
                    return self.await_agen_op(op);
                }
                if let crate::aio::native::NativeObj::CoroWrapper(co) = &**n {
                    // Awaiting `coro.__await__()` is awaiting the coroutine.
                    let co = Value::Coroutine(co.clone());
                    self.pop()?;
                    self.push(co)?;
                    return self.op_await();
                }
                if let Some(first) = n.take_yield_once() {
                    if first {
                        self.frame()?.pc -= 1;
                        return Ok(Step::Suspend(Value::None));
                    }
                    self.pop()?;
                    self.push(Value::None)?;
                    return Ok(Step::Continue);
                }
                Err(internal("await on a native object"))
            }
            _ => Err(internal("await on a non-awaitable")),
        }
    }

    pub(super) fn check_awaitable(&mut self, v: &Value, flag: u32) -> PyResult<()> {
        let ok = match v {
            Value::Coroutine(_) | Value::Future(_) => true,
            Value::Native(n) => n.is_awaitable(),
            _ => false,
        };
        if ok {
            return Ok(());
        }
        let tn = self.type_name(v);
        let msg = match flag {
            1 => format!("'async with' received an object from __aenter__ that does not implement __await__: {tn}"),
            2 => format!("'async with' received an object from __aexit__ that does not implement __await__: {tn}"),
            _ => format!("object {tn} can't be used in 'await' expression"),
        };
        self.type_error(msg)
    }

    pub(super) fn op_raise(&mut self, n: u32) -> PyResult<Flow> {
        match n {
            0 => match self.cur.handled.clone() {
                Some(e) => Ok(Flow::Exc(e)),
                None => self.err("RuntimeError", "No active exception to reraise"),
            },
            _ => {
                let cause = if n == 2 { Some(self.pop()?) } else { None };
                let exc = self.pop()?;
                let exc = self.make_raisable(exc)?;
                if let Some(cause) = cause {
                    let cause = if cause.is_none() {
                        None
                    } else {
                        match self.make_raisable(cause) {
                            Ok(c) => Some(c),
                            Err(_) => return self.type_error("exception causes must derive from BaseException"),
                        }
                    };
                    if let Value::Instance(i) = &exc {
                        if let Some(mut d) = i.exc_mut() {
                            d.cause = cause;
                            d.suppress_context = true;
                        }
                    }
                }
                Ok(Flow::Exc(exc))
            }
        }
    }

    /// `raise X`: X may be an exception class (instantiated) or instance.
    pub(super) fn make_raisable(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Instance(i) if i.exc.is_some() => Ok(v),
            Value::Class(c) if c.is_exception() => {
                let inst = self.call_sync(v.clone(), Vec::new(), Vec::new())?;
                if Vm::is_exception(&inst) {
                    Ok(inst)
                } else {
                    self.type_error("calling the exception class did not return an exception instance")
                }
            }
            _ => self.type_error("exceptions must derive from BaseException"),
        }
    }

    /// Awaiting a generator (an `__await__`'s, or one a `yield from` in
    /// such a generator delegates to): its frame goes on top of the
    /// awaiting fiber, in `GenResume::Await` mode.
    pub(crate) fn run_awaited_generator(&mut self, g: &std::rc::Rc<crate::value::Generator>) -> PyResult<Step> {
        match g.state.get() {
            GenState::Running => return self.value_error("generator already executing"),
            GenState::Finished => {
                self.push(Value::None)?;
                return Ok(Step::Continue);
            }
            _ => {}
        }
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            return Err(internal("generator without frame"));
        };
        if g.state.get() == GenState::Suspended {
            frame.stack.push(Value::None);
        } else {
            self.note_started(g);
        }
        frame.kind = FrameKind::Generator(g.clone(), GenResume::Await);
        g.state.set(GenState::Running);
        self.push_frame(*frame)?;
        Ok(Step::Continue)
    }
}
