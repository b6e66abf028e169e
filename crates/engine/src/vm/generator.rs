//! Generators and async generators, as CPython 3.11 runs them (genobject.c):
//! `send` / `throw` / `close`, `yield from` delegation, the
//! `async_generator_asend` / `athrow` awaitables, and finalization of
//! generators dropped while suspended.
//!
//! A generator resumed by a `for` loop or by `yield from` runs inline on
//! the current fiber; one resumed by `next()` / `send()` / `throw()` /
//! `close()` runs on a nested fiber until it yields or returns. An async
//! generator always runs inline on the awaiting task's fiber, so an
//! `await` inside it suspends the whole task, as in CPython.

use super::exec::{internal, Stop};
use super::frame::{Fiber, FiberOwner, FrameKind, GenResume};
use super::{Flow, PyResult, Vm};
use crate::aio::native::NativeObj;
use crate::compiler::code::Op;
use crate::value::{GenState, Generator, Value};
use std::cell::Cell;
use std::rc::Rc;

/// How a generator left off after being resumed.
pub enum GenOutcome {
    Yielded(Value),
    Returned(Value),
}

/// What a suspended generator is resumed with.
pub enum Resume {
    Send(Value),
    Throw(Value),
}

/// `agen.asend(v)` / `agen.__anext__()` / `agen.athrow(e)` / `agen.aclose()`:
/// the awaitable that resumes an async generator.
#[derive(Debug)]
pub struct AgenOp {
    pub agen: Rc<Generator>,
    pub kind: AgenOpKind,
    /// Already awaited.
    pub used: Cell<bool>,
}

#[derive(Debug)]
pub enum AgenOpKind {
    Send(Value),
    Throw(Value),
    /// An `asend()` awaitable thrown into (its task was cancelled before
    /// it ran): like `athrow()`, without the closed-generator check.
    ThrowRaw(Value),
    /// `aclose()`: GeneratorExit (or, for a cancelled aclose task, the
    /// given exception) thrown in; returns None when the generator exits.
    Close(Option<Value>),
}

impl AgenOp {
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            AgenOpKind::Send(_) => "async_generator_asend",
            _ => "async_generator_athrow",
        }
    }
}

impl Vm {
    /// `StopIteration(v)` (no argument for None, as CPython raises it).
    pub fn stop_iteration(&self, v: Value) -> Value {
        let c = self.types.exc("StopIteration");
        let args = if v.is_none() { Vec::new() } else { vec![v] };
        self.new_exception(&c, args)
    }

    /// The iterator a generator suspended in `yield from` delegates to
    /// (`gi_yieldfrom`).
    pub fn gen_yieldfrom(&self, g: &Generator) -> Option<(Value, u32)> {
        if g.state.get() != GenState::Suspended {
            return None;
        }
        let f = g.frame.borrow();
        let f = f.as_ref()?;
        if f.pc < 2 || f.code.ops.get(f.pc - 1) != Some(&Op::YieldValue) {
            return None;
        }
        match f.code.ops.get(f.pc - 2) {
            Some(Op::Send(exit)) => f.stack.last().cloned().map(|v| (v, *exit)),
            _ => None,
        }
    }

    /// Resume a (synchronous) generator on a nested fiber until it yields
    /// or returns.
    pub fn gen_resume(&mut self, g: &Rc<Generator>, how: Resume) -> PyResult<GenOutcome> {
        match g.state.get() {
            GenState::Running => return self.value_error("generator already executing"),
            GenState::Finished => {
                return match how {
                    Resume::Send(_) => Err(Flow::Exc(self.stop_iteration(Value::None))),
                    Resume::Throw(e) => Err(Flow::Exc(e)),
                }
            }
            GenState::Created => match &how {
                Resume::Send(v) if !v.is_none() => {
                    return self.type_error("can't send non-None value to a just-started generator");
                }
                Resume::Throw(e) => {
                    // Raised at the start of the body: the generator is done.
                    g.state.set(GenState::Finished);
                    g.frame.borrow_mut().take();
                    return Err(Flow::Exc(e.clone()));
                }
                _ => {}
            },
            GenState::Suspended => {}
        }
        self.enter_native("")?;
        let r = self.gen_resume_nested(g, how);
        self.leave_native();
        r
    }

    fn gen_resume_nested(&mut self, g: &Rc<Generator>, how: Resume) -> PyResult<GenOutcome> {
        let Some(mut frame) = g.frame.borrow_mut().take() else {
            g.state.set(GenState::Finished);
            return Err(Flow::Exc(self.stop_iteration(Value::None)));
        };
        let mut throw = None;
        match how {
            Resume::Send(v) => {
                if g.state.get() == GenState::Suspended {
                    frame.stack.push(v);
                }
            }
            Resume::Throw(e) => throw = Some(e),
        }
        if g.state.get() == GenState::Created {
            self.note_started(g);
        }
        frame.kind = FrameKind::Generator(g.clone(), GenResume::Next);
        g.state.set(GenState::Running);
        let mut nested = Fiber::new(FiberOwner::Nested);
        nested.handled = self.cur.handled.clone();
        let outer = std::mem::replace(&mut self.cur, nested);
        let saved_base = self.depth_base;
        self.depth_base += outer.frames.len();
        let r = match self.push_frame(*frame) {
            Ok(()) => match throw {
                None => self.run_nested(),
                Some(e) => {
                    if let Some(f) = self.cur.frames.last() {
                        let line = f.code.line_at(f.pc.saturating_sub(1));
                        let code = f.code.clone();
                        Vm::add_traceback(&e, &code, line);
                    }
                    match self.unwind(e) {
                        None => self.run_nested(),
                        Some(Stop::Raised(e)) => Err(Flow::Exc(e)),
                        Some(_) => Err(internal("generator throw")),
                    }
                }
            },
            Err(e) => Err(e),
        };
        self.cur = outer;
        self.depth_base = saved_base;
        let v = r?;
        Ok(if g.state.get() == GenState::Finished { GenOutcome::Returned(v) } else { GenOutcome::Yielded(v) })
    }

    /// Remember a generator function's generator once it has started (for
    /// `finalize_at_exit`).
    pub(crate) fn note_started(&mut self, g: &Rc<Generator>) {
        if g.code.kind != crate::compiler::code::CodeKind::Generator {
            return;
        }
        if self.started_gens.len() >= 64 && self.started_gens.len().is_power_of_two() {
            self.started_gens.retain(|w| w.strong_count() > 0);
        }
        self.started_gens.push(Rc::downgrade(g));
    }

    /// `g.send(v)` / `next(g)`, with the return value as StopIteration.
    pub fn gen_send(&mut self, g: &Rc<Generator>, v: Value) -> PyResult<Value> {
        match self.gen_resume(g, Resume::Send(v))? {
            GenOutcome::Yielded(y) => Ok(y),
            GenOutcome::Returned(r) => Err(Flow::Exc(self.stop_iteration(r))),
        }
    }

    /// `g.throw(exc)`: delegated to a `yield from` sub-generator first.
    pub fn gen_throw(&mut self, g: &Rc<Generator>, exc: Value) -> PyResult<GenOutcome> {
        if g.state.get() == GenState::Running {
            return self.value_error("generator already executing");
        }
        if let Some((sub, exit)) = self.gen_yieldfrom(g) {
            if self.exc_is(&exc, "GeneratorExit") {
                // Close the sub-iterator, then throw into this generator.
                let exc = match self.close_iter(&sub) {
                    Ok(()) => exc,
                    Err(Flow::Exc(e)) => e,
                    Err(e) => return Err(e),
                };
                return self.gen_resume(g, Resume::Throw(exc));
            }
            if let Value::Generator(sg) = &sub {
                if !sg.is_async() {
                    g.state.set(GenState::Running);
                    let r = self.gen_throw(sg, exc);
                    g.state.set(GenState::Suspended);
                    let how = match r {
                        Ok(GenOutcome::Yielded(y)) => return Ok(GenOutcome::Yielded(y)),
                        Ok(GenOutcome::Returned(v)) => Resume::Send(v),
                        Err(Flow::Exc(e)) => {
                            if self.exc_is(&e, "StopIteration") {
                                Resume::Send(self.stop_value(&e))
                            } else {
                                Resume::Throw(e)
                            }
                        }
                        Err(e) => return Err(e),
                    };
                    // Leave the `yield from` loop: pop the sub-iterator, go
                    // to its exit.
                    if let Some(f) = g.frame.borrow_mut().as_mut() {
                        f.stack.pop();
                        f.pc = exit as usize;
                    }
                    return self.gen_resume(g, how);
                }
            }
        }
        self.gen_resume(g, Resume::Throw(exc))
    }

    /// `StopIteration.value`.
    pub fn stop_value(&self, e: &Value) -> Value {
        match e {
            Value::Instance(i) => i.exc.as_ref().and_then(|d| d.borrow().args.first().cloned()).unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// `close()` of whatever a generator delegates to.
    fn close_iter(&mut self, it: &Value) -> PyResult<()> {
        match it {
            Value::Generator(g) if !g.is_async() => self.gen_close(g),
            Value::Instance(i) if i.class.lookup("close").is_some() => self.call_method(it, "close", Vec::new()).map(|_| ()),
            _ => Ok(()),
        }
    }

    /// `g.close()`.
    pub fn gen_close(&mut self, g: &Rc<Generator>) -> PyResult<()> {
        match g.state.get() {
            GenState::Created | GenState::Finished => {
                g.state.set(GenState::Finished);
                g.frame.borrow_mut().take();
                return Ok(());
            }
            GenState::Running => return self.value_error("generator already executing"),
            GenState::Suspended => {}
        }
        let exit = self.new_exception(&self.types.exc("GeneratorExit"), Vec::new());
        match self.gen_throw(g, exit) {
            Ok(GenOutcome::Yielded(_)) => self.err("RuntimeError", "generator ignored GeneratorExit"),
            Ok(GenOutcome::Returned(_)) => Ok(()),
            Err(Flow::Exc(e)) if self.exc_is(&e, "GeneratorExit") || self.exc_is(&e, "StopIteration") => Ok(()),
            Err(e) => Err(e),
        }
    }

    /// The exception to throw for `throw(typ[, val])`.
    pub fn throw_arg(&mut self, typ: Value, val: Option<Value>) -> PyResult<Value> {
        match (&typ, val) {
            (Value::Class(c), Some(v)) if c.is_exception() && !v.is_none() => {
                if Vm::is_exception(&v) {
                    return Ok(v);
                }
                let args = match v {
                    Value::Tuple(t) => t.to_vec(),
                    other => vec![other],
                };
                self.call_sync(typ.clone(), args, Vec::new())
            }
            (Value::Instance(i), Some(v)) if i.exc.is_some() && !v.is_none() => {
                self.type_error("instance exception may not have a separate value")
            }
            (Value::Class(c), _) if c.is_exception() => self.call_sync(typ.clone(), Vec::new(), Vec::new()),
            (Value::Instance(i), _) if i.exc.is_some() => Ok(typ.clone()),
            _ => {
                let tn = self.type_name(&typ);
                self.type_error(format!("exceptions must be classes or instances deriving from BaseException, not {tn}"))
            }
        }
    }

    /// `Send(exit)` (`yield from`): stack `iter, value`.
    pub(crate) fn op_send(&mut self, exit: u32) -> PyResult<super::exec::Step> {
        use super::exec::Step;
        if matches!(self.cur.frames.last().map(|f| &f.kind), Some(FrameKind::Generator(_, GenResume::Await))) {
            return self.await_send(exit);
        }
        let v = self.pop()?;
        let it = self.peek_top()?;
        if let Value::Generator(g) = &it {
            if !g.is_async() {
                match g.state.get() {
                    GenState::Running => return self.value_error("generator already executing"),
                    GenState::Finished => {
                        self.pop()?;
                        self.push(Value::None)?;
                        self.frame()?.pc = exit as usize;
                        return Ok(Step::Continue);
                    }
                    GenState::Created if !v.is_none() => {
                        return self.type_error("can't send non-None value to a just-started generator");
                    }
                    _ => {}
                }
                let Some(mut frame) = g.frame.borrow_mut().take() else {
                    return Err(internal("generator without frame"));
                };
                if g.state.get() == GenState::Suspended {
                    frame.stack.push(v);
                } else {
                    self.note_started(g);
                }
                frame.kind = FrameKind::Generator(g.clone(), GenResume::Send { exit });
                g.state.set(GenState::Running);
                self.push_frame(*frame)?;
                return Ok(Step::Continue);
            }
        }
        let r = if v.is_none() {
            match self.next_value(&it) {
                Ok(Some(y)) => Ok(y),
                Ok(None) => Err(Value::None),
                Err(Flow::Exc(e)) if self.exc_is(&e, "StopIteration") => Err(self.stop_value(&e)),
                Err(e) => return Err(e),
            }
        } else {
            match self.call_method(&it, "send", vec![v]) {
                Ok(y) => Ok(y),
                Err(Flow::Exc(e)) if self.exc_is(&e, "StopIteration") => Err(self.stop_value(&e)),
                Err(e) => return Err(e),
            }
        };
        match r {
            Ok(y) => self.push(y)?,
            Err(ret) => {
                self.pop()?;
                self.push(ret)?;
                self.frame()?.pc = exit as usize;
            }
        }
        Ok(Step::Continue)
    }

    /// `yield from it` in an awaited generator: awaiting `it` (a future, a
    /// coroutine or another generator), its result replacing the iterator.
    fn await_send(&mut self, exit: u32) -> PyResult<super::exec::Step> {
        use super::exec::Step;
        let it = self.peek(2)?;
        match &it {
            Value::Future(f) => {
                if f.is_done() {
                    self.pop()?;
                    self.pop()?;
                    let r = self.future_result(f)?;
                    self.push(r)?;
                    self.frame()?.pc = exit as usize;
                    Ok(Step::Continue)
                } else if f.blocking_yielded() {
                    f.set_blocking_yielded(false);
                    self.err("RuntimeError", "await wasn't used with future")
                } else {
                    f.set_blocking_yielded(true);
                    self.frame()?.pc -= 1;
                    Ok(Step::Suspend(it.clone()))
                }
            }
            Value::Coroutine(_) | Value::Generator(_) | Value::Native(_) if !matches!(&it, Value::Native(n) if !matches!(&**n, crate::aio::native::NativeObj::CoroWrapper(_))) => {
                // The delegate's result lands on this frame's stack, where
                // the `yield from` continues.
                self.pop()?;
                self.frame()?.pc = exit as usize;
                let it = self.pop()?;
                if let Value::Generator(g) = &it {
                    if !g.is_async() {
                        return self.run_awaited_generator(g);
                    }
                }
                self.push(it)?;
                self.op_await()
            }
            _ => {
                let tn = self.type_name(&it);
                Err(Flow::Signal(crate::vm::Signal::Unsupported(format!("`yield from` a {tn} inside an __await__ generator"))))
            }
        }
    }

    /// `GetYieldFromIter`.
    pub(crate) fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Generator(g) if !g.is_async() => Ok(v),
            // Iterators too in CPython (`Future.__iter__`, the coroutine
            // wrapper `coro.__await__()` returns): awaited in an __await__.
            Value::Future(_) => Ok(v),
            Value::Native(n) if matches!(&**n, NativeObj::CoroWrapper(_)) => Ok(v),
            Value::Coroutine(_) => self.type_error("cannot 'yield from' a coroutine object in a non-coroutine generator"),
            _ => self.get_iter(&v),
        }
    }

    /// Await an `asend` / `athrow` / `aclose` awaitable: the async
    /// generator's frame goes on top of the awaiting fiber.
    pub(crate) fn await_agen_op(&mut self, op: &AgenOp) -> PyResult<super::exec::Step> {
        use super::exec::Step;
        let g = op.agen.clone();
        let is_send = matches!(op.kind, AgenOpKind::Send(_));
        if op.used.get() {
            self.pop()?;
            return if is_send {
                self.err("RuntimeError", "cannot reuse already awaited __anext__()/asend()")
            } else {
                self.err("RuntimeError", "cannot reuse already awaited aclose()/athrow()")
            };
        }
        op.used.set(true);
        self.pop()?;
        if g.state.get() == GenState::Running {
            let what = match op.kind {
                AgenOpKind::Send(_) => "anext(): asynchronous generator is already running",
                AgenOpKind::Throw(_) | AgenOpKind::ThrowRaw(_) => "athrow(): asynchronous generator is already running",
                AgenOpKind::Close(_) => "aclose(): asynchronous generator is already running",
            };
            return self.err("RuntimeError", what);
        }
        // async_gen_init_hooks: the running loop's firstiter / finalizer.
        if g.hooks.get().is_none() {
            if let Some(id) = self.aio.running {
                g.hooks.set(Some(id));
                self.asyncgens.push(Rc::downgrade(&g));
            }
        }
        match &op.kind {
            AgenOpKind::Send(v) => {
                match g.state.get() {
                    GenState::Finished => return Err(Flow::Exc(self.new_exception(&self.types.exc("StopAsyncIteration"), Vec::new()))),
                    GenState::Created if !v.is_none() => {
                        return self.type_error("can't send non-None value to a just-started async generator");
                    }
                    _ => {}
                }
                let Some(mut frame) = g.frame.borrow_mut().take() else { return Err(internal("async generator without frame")) };
                if g.state.get() == GenState::Suspended {
                    frame.stack.push(v.clone());
                }
                frame.kind = FrameKind::Generator(g.clone(), GenResume::AsyncSend);
                g.state.set(GenState::Running);
                self.push_frame(*frame)?;
                Ok(Step::Continue)
            }
            AgenOpKind::Throw(_) | AgenOpKind::ThrowRaw(_) | AgenOpKind::Close(_) => {
                let close = matches!(op.kind, AgenOpKind::Close(_));
                let was_closed = g.closed.get() && matches!(op.kind, AgenOpKind::Throw(_));
                if close {
                    g.closed.set(true);
                }
                if was_closed || matches!(g.state.get(), GenState::Finished | GenState::Created) {
                    g.state.set(GenState::Finished);
                    g.frame.borrow_mut().take();
                    if let (AgenOpKind::Throw(e) | AgenOpKind::ThrowRaw(e), false) = (&op.kind, was_closed) {
                        return Err(Flow::Exc(e.clone()));
                    }
                    self.push(Value::None)?;
                    return Ok(Step::Continue);
                }
                let Some(mut frame) = g.frame.borrow_mut().take() else { return Err(internal("async generator without frame")) };
                frame.kind = FrameKind::Generator(g.clone(), if close { GenResume::AsyncClose } else { GenResume::AsyncSend });
                g.state.set(GenState::Running);
                self.push_frame(*frame)?;
                let exc = match &op.kind {
                    AgenOpKind::Throw(e) | AgenOpKind::ThrowRaw(e) | AgenOpKind::Close(Some(e)) => e.clone(),
                    _ => self.new_exception(&self.types.exc("GeneratorExit"), Vec::new()),
                };
                // Raised in the generator's frame at its `yield`.
                Err(Flow::Exc(exc))
            }
        }
    }

    /// A task's coroutine for an `asend`/`athrow`/`aclose` awaitable
    /// (other values are returned as they are).
    pub fn agen_op_coroutine(&mut self, v: Value) -> PyResult<Value> {
        match &v {
            Value::Native(n) if matches!(&**n, NativeObj::AgenOp(_)) => {
                let m = self.import_module("asyncio", true)?;
                let f = self.getattr(&m, "_agen_awaitable")?;
                self.call_sync(f, vec![v], Vec::new())
            }
            _ => Ok(v),
        }
    }

    /// An `asend`/`athrow`/`aclose` awaitable for `agen`.
    pub fn agen_op(&self, agen: &Rc<Generator>, kind: AgenOpKind) -> Value {
        crate::aio::native::native(NativeObj::AgenOp(AgenOp { agen: agen.clone(), kind, used: Cell::new(false) }))
    }

    /// Finalize generators dropped while suspended (CPython does it when
    /// the last reference goes): close a generator now; hand an async
    /// generator to its loop's finalizer hook (`aclose()` in a new task).
    pub(crate) fn finalize_dropped(&mut self) -> PyResult<()> {
        loop {
            let gens: Vec<Rc<Generator>> = std::mem::take(&mut *self.finalize.borrow_mut());
            if gens.is_empty() {
                return Ok(());
            }
            for g in gens {
                if g.is_async() {
                    let Some(loop_id) = g.hooks.get() else { continue };
                    self.asyncgens.push(Rc::downgrade(&g));
                    let open = self.aio.loop_mut(loop_id).map(|l| !l.closed).unwrap_or(false);
                    if !open {
                        continue;
                    }
                    let m = self.import_module("asyncio", true)?;
                    let hook = self.getattr(&m, "_asyncgen_finalizer_hook")?;
                    self.call_soon(loop_id, crate::aio::event_loop::HandleKind::Call { func: hook, args: vec![Value::Generator(g)] });
                    continue;
                }
                let outer_handled = self.cur.handled.clone();
                match self.gen_close(&g) {
                    Ok(()) => {}
                    Err(Flow::Exc(e)) => {
                        let what = self.repr(&Value::Generator(g.clone())).unwrap_or_default();
                        let tb = self.format_traceback(&e);
                        self.out.err(&format!("Exception ignored in: {what}\n{tb}"));
                    }
                    Err(e) => return Err(e),
                }
                self.cur.handled = outer_handled;
            }
        }
    }

    /// Interpreter exit: CPython frees `__main__`'s globals in order, and
    /// a generator whose last reference goes is closed then (its `finally`
    /// blocks print after the program's last line).
    pub fn finalize_at_exit(&mut self) -> PyResult<()> {
        self.started_gens.retain(|w| w.upgrade().map(|g| g.state.get() == GenState::Suspended).unwrap_or(false));
        if self.started_gens.is_empty() {
            return Ok(());
        }
        self.started_gens.clear();
        let names: Vec<Rc<str>> = self.main_globals.borrow().keys().cloned().collect();
        for name in names {
            let old = self.main_globals.borrow_mut().insert(name.clone(), Value::None);
            drop(old);
            self.finalize_dropped()?;
        }
        Ok(())
    }

    /// The async generators `loop.shutdown_asyncgens()` closes: those
    /// first iterated under `loop_id` and still alive.
    pub fn live_asyncgens(&mut self, loop_id: u32) -> Vec<Value> {
        let mut out = Vec::new();
        let mut seen = Vec::new();
        for w in &self.asyncgens {
            if let Some(g) = w.upgrade() {
                let p = Rc::as_ptr(&g) as usize;
                if g.hooks.get() == Some(loop_id) && !seen.contains(&p) {
                    seen.push(p);
                    out.push(Value::Generator(g));
                }
            }
        }
        self.asyncgens.retain(|w| w.strong_count() > 0);
        out
    }
}
