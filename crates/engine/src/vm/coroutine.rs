//! Driving a coroutine by hand, as tutorials do to show what `await` is
//! made of: `coro.send(None)` runs it to its next suspension and returns
//! what it yielded (the future it waits on, or None for a bare yield);
//! `StopIteration.value` carries its result. `throw()` and `close()` as
//! CPython's. The coroutine runs on a nested fiber that it keeps while
//! suspended.

use super::exec::{internal, Stop};
use super::frame::{Fiber, FiberOwner, FrameKind, GenResume};
use super::generator::Resume;
use super::{Flow, PyResult, Vm};
use crate::builtins::args::ArgParse;
use crate::value::{Args, CoroState, Coroutine, Value};
use std::rc::Rc;

impl Vm {
    /// Resume `co` by hand: Ok(yielded) or the StopIteration / exception
    /// it ended with.
    pub fn coro_resume(&mut self, co: &Rc<Coroutine>, how: Resume) -> PyResult<Value> {
        let fiber = match co.state.get() {
            CoroState::Finished => {
                return match how {
                    Resume::Throw(e) => Err(Flow::Exc(e)),
                    Resume::Send(_) => self.err("RuntimeError", "cannot reuse already awaited coroutine"),
                };
            }
            CoroState::Created => {
                match &how {
                    Resume::Send(v) if !v.is_none() => return self.type_error("can't send non-None value to a just-started coroutine"),
                    Resume::Throw(e) => {
                        co.state.set(CoroState::Finished);
                        co.frame.borrow_mut().take();
                        return Err(Flow::Exc(e.clone()));
                    }
                    _ => {}
                }
                let Some(mut frame) = co.frame.borrow_mut().take() else { return Err(internal("coroutine without frame")) };
                frame.kind = FrameKind::Coroutine(co.clone());
                co.state.set(CoroState::Started);
                let mut f = Fiber::new(FiberOwner::Nested);
                f.push(*frame);
                f
            }
            CoroState::Started => match co.hand.borrow_mut().take() {
                Some(f) => *f,
                // Its frames are on a task's fiber: a task awaits it.
                None => return self.value_error("coroutine already executing"),
            },
        };
        self.enter_native("")?;
        let r = self.coro_run_by_hand(co, fiber, how);
        self.leave_native();
        r
    }

    fn coro_run_by_hand(&mut self, co: &Rc<Coroutine>, mut fiber: Fiber, how: Resume) -> PyResult<Value> {
        fiber.handled = self.cur.handled.clone();
        let outer = std::mem::replace(&mut self.cur, fiber);
        let saved_base = self.depth_base;
        self.depth_base += outer.frames.len();
        let stop = match how {
            Resume::Send(v) => {
                // A value sent into an awaited generator's yield.
                if let Some(f) = self.cur.frames.last_mut() {
                    if let FrameKind::Generator(g, GenResume::Await) = &f.kind {
                        if g.awaiting.get() && !v.is_none() {
                            g.awaiting.set(false);
                            f.pc += 1;
                            f.stack.pop();
                            f.stack.push(v);
                        }
                    }
                }
                self.run_until_suspended()
            }
            Resume::Throw(e) => match self.throw_into_fiber(e) {
                None => self.run_until_suspended(),
                Some(stop) => Ok(stop),
            },
        };
        let fiber = std::mem::replace(&mut self.cur, outer);
        self.depth_base = saved_base;
        match stop? {
            Stop::Awaiting(v) => {
                *co.hand.borrow_mut() = Some(Box::new(fiber));
                Ok(v)
            }
            Stop::Returned(v) => {
                co.state.set(CoroState::Finished);
                Err(Flow::Exc(self.stop_iteration(v)))
            }
            Stop::Raised(e) => {
                co.state.set(CoroState::Finished);
                Err(Flow::Exc(e))
            }
            Stop::Signal(s) => Err(Flow::Signal(s)),
            Stop::Budget | Stop::Line => Err(internal("coroutine stopped early")),
        }
    }

    /// Runs the current (nested) fiber until it suspends, returns or
    /// raises, untraced, within the budget of a blocking operation.
    fn run_until_suspended(&mut self) -> PyResult<Stop> {
        let (saved_stop, saved_skip, saved_budget) = (self.stop_at_lines, self.skip_line_stop, self.budget);
        self.stop_at_lines = false;
        self.skip_line_stop = false;
        self.trace.suspend();
        let r = loop {
            self.budget = 100_000;
            match self.run_fiber() {
                Stop::Budget | Stop::Line => {
                    if self.ops_since_yield() > self.limits.max_ops_without_yield {
                        break Err(Flow::Signal(super::Signal::Limit(self.blocked_message())));
                    }
                }
                stop => break Ok(stop),
            }
        };
        self.trace.resume();
        self.stop_at_lines = saved_stop;
        self.skip_line_stop = saved_skip;
        let used = 100_000 - self.budget.max(0);
        self.budget = saved_budget.saturating_sub(used);
        r
    }

    /// `coro.close()`: GeneratorExit thrown in; it must not yield again.
    pub fn coro_close(&mut self, co: &Rc<Coroutine>) -> PyResult<()> {
        match co.state.get() {
            CoroState::Created => {
                co.state.set(CoroState::Finished);
                co.frame.borrow_mut().take();
                Ok(())
            }
            CoroState::Started if co.hand.borrow().is_some() => {
                let c = self.types.exc("GeneratorExit");
                let e = self.new_exception(&c, Vec::new());
                match self.coro_resume(co, Resume::Throw(e)) {
                    Ok(_) => self.err("RuntimeError", "coroutine ignored GeneratorExit"),
                    Err(Flow::Exc(e)) if self.exc_is(&e, "GeneratorExit") || self.exc_is(&e, "StopIteration") => Ok(()),
                    Err(e) => Err(e),
                }
            }
            _ => Ok(()),
        }
    }
}

fn this_coro(vm: &Vm, a: &Args) -> PyResult<Rc<Coroutine>> {
    match a.pos.first() {
        Some(Value::Coroutine(c)) => Ok(c.clone()),
        _ => vm.type_error("descriptor requires a 'coroutine' object"),
    }
}

/// `coro.send(value)`.
pub fn coro_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let co = this_coro(vm, &a)?;
    a.check(vm, "send", 2, 2)?;
    vm.coro_resume(&co, Resume::Send(a.pos[1].clone()))
}

/// `coro.throw(exc)` / `coro.throw(type, value)`.
pub fn coro_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let co = this_coro(vm, &a)?;
    a.check(vm, "throw", 2, 4)?;
    let e = vm.throw_arg(a.pos[1].clone(), a.pos.get(2).cloned())?;
    vm.coro_resume(&co, Resume::Throw(e))
}

/// `coro.close()`.
pub fn coro_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let co = this_coro(vm, &a)?;
    vm.coro_close(&co)?;
    Ok(Value::None)
}
