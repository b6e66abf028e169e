//! Tasks: creation (with CPython's `Task-N` names), `cancel()`, and the
//! two halves of `Task.__step` around running the task's fiber.

use super::event_loop::HandleKind;
use super::future::{Callback, FutState, Future, TaskData};
use crate::value::{CoroState, Value};
use crate::vm::exec::Stop;
use crate::vm::frame::{Fiber, FiberOwner, FrameKind};
use crate::vm::{Flow, PyResult, Signal, Vm};
use std::rc::Rc;

/// Frames CPython has below a task's coroutine under the reference
/// harness (runpy, asyncio.run, the loop): counted for RecursionError.
pub const TASK_DEPTH_BASE: usize = 13;
/// The same for a callback run by the loop.
pub const CALLBACK_DEPTH_BASE: usize = 12;

/// How a step starts.
pub enum StepBegin {
    /// The task's fiber is now `vm.cur`: run it.
    Run,
    /// The step ended before running any code (e.g. cancelled before it
    /// started): finish it with this outcome.
    Done(Stop),
}

/// How a step ended, for the driver.
pub enum StepEnd {
    Continue,
    /// SystemExit / KeyboardInterrupt: propagates out of the loop.
    Propagate(Value),
}

impl Vm {
    /// `loop.create_task(coro, name=name)` (Task.__init__).
    pub fn create_task(&mut self, loop_id: u32, coro: Value, name: Option<Value>) -> PyResult<Rc<Future>> {
        let coro = self.agen_op_coroutine(coro)?;
        if !matches!(coro, Value::Coroutine(_)) {
            let r = self.repr(&coro)?;
            return self.type_error(format!("a coroutine was expected, got {r}"));
        }
        if self.aio.loop_ref(loop_id).map(|l| l.closed).unwrap_or(true) {
            if let Value::Coroutine(c) = &coro {
                // CPython closes the coroutine: no "never awaited" warning.
                c.state.set(CoroState::Finished);
            }
            return self.err("RuntimeError", "Event loop is closed");
        }
        if self.aio.tasks.len() >= self.limits.max_tasks {
            return Err(Flow::Signal(Signal::Limit(format!(
                "more than {} tasks",
                crate::format::group_thousands(self.limits.max_tasks as u64)
            ))));
        }
        let (name, number) = match name {
            None | Some(Value::None) => {
                self.aio.task_counter += 1;
                (None, self.aio.task_counter)
            }
            Some(v) => (Some(Rc::from(self.str(&v)?.as_str())), 0),
        };
        self.aio.serial += 1;
        let id = self.aio.tasks.len() as u32 + 1;
        let mut fut = Future::new(loop_id, self.aio.serial);
        fut.task = Some(Box::new(TaskData::new(id, name, number, coro, loop_id)));
        // The Runner's shutdown steps (loop.shutdown_asyncgens() and
        // friends) are tasks the learner never created: hidden.
        let hidden = matches!(&fut.task.as_ref().map(|d| &d.coro), Some(Value::Coroutine(c)) if c.code.internal && &*c.code.name == "_shutdown_step");
        if let Some(d) = fut.task.as_ref() {
            d.hidden.set(hidden);
        }
        let task = Rc::new(fut);
        self.aio.tasks.push(task.clone());
        self.trace.task_created(&task);
        self.call_soon(loop_id, HandleKind::TaskStep { task: task.clone(), exc: None });
        Ok(task)
    }

    /// `asyncio.create_task(coro, name=...)`: in 3.11 the task is created
    /// unnamed (using up a number) and renamed afterwards.
    pub fn create_task_renamed(&mut self, loop_id: u32, coro: Value, name: Option<Value>) -> PyResult<Rc<Future>> {
        let task = self.create_task(loop_id, coro, None)?;
        if let Some(n) = name {
            if !n.is_none() {
                let s = self.str(&n)?;
                if let Some(t) = task.task() {
                    t.set_name(&s);
                }
                self.trace.task_renamed(&task);
            }
        }
        Ok(task)
    }

    /// Task.cancel(msg).
    pub fn task_cancel(&mut self, task: &Rc<Future>, msg: Value) -> PyResult<bool> {
        task.log_traceback.set(false);
        if task.is_done() {
            return Ok(false);
        }
        let Some(t) = task.task() else { return Ok(false) };
        t.num_cancels_requested.set(t.num_cancels_requested.get() + 1);
        let waiter = t.fut_waiter.borrow().clone();
        if let Some(w) = waiter {
            if self.fut_cancel(&w, msg.clone())? {
                self.trace.task_cancel_requested(task);
                return Ok(true);
            }
        }
        t.must_cancel.set(true);
        task.set_cancel_message(msg);
        self.trace.task_cancel_requested(task);
        Ok(true)
    }

    /// The first half of Task.__step: decide what to throw in, then swap
    /// the task's fiber in as `vm.cur` (the previous one is returned in
    /// `idle`).
    pub fn task_step_begin(&mut self, task: &Rc<Future>, exc: Option<Value>, idle: &mut Fiber) -> PyResult<StepBegin> {
        let Some(t) = task.task() else { return self.err("RuntimeError", "not a task") };
        if task.is_done() {
            let r = self.repr(&Value::Future(task.clone()))?;
            return self.err("InvalidStateError", format!("_step(): already done: {r}, {}", "None"));
        }
        let mut exc = exc;
        if t.must_cancel.get() {
            let is_cancel = exc.as_ref().map(|e| self.exc_is(e, "CancelledError")).unwrap_or(false);
            if !is_cancel {
                exc = Some(self.make_cancelled_error(task));
            }
            t.must_cancel.set(false);
        }
        *t.fut_waiter.borrow_mut() = None;
        self.aio.current_task = Some(task.clone());
        self.aio.outer_ops = 0;
        let fiber = if t.started.get() {
            t.fiber.borrow_mut().take().unwrap_or_else(|| Fiber::new(FiberOwner::Task(t.id)))
        } else {
            t.started.set(true);
            let mut f = Fiber::new(FiberOwner::Task(t.id));
            let Value::Coroutine(co) = &t.coro else { return self.err("RuntimeError", "task without coroutine") };
            if co.state.get() != CoroState::Created {
                *idle = std::mem::replace(&mut self.cur, f);
                let e = self.exc("RuntimeError", "cannot reuse already awaited coroutine");
                return Ok(StepBegin::Done(Stop::Raised(e)));
            }
            let frame = co.frame.borrow_mut().take();
            co.state.set(CoroState::Started);
            let Some(mut frame) = frame else { return self.err("RuntimeError", "coroutine without frame") };
            frame.kind = FrameKind::Coroutine(co.clone());
            if exc.is_some() && co.code.internal && &*co.code.name == "_agen_awaitable" {
                // An asend()/aclose() task cancelled before it ran: the
                // exception goes into the async generator (see the prelude).
                if let Some(slot) = frame.fast.get_mut(1) {
                    *slot = exc.take().unwrap_or(Value::None);
                }
            }
            if let Some(e) = exc.take() {
                // Thrown into a coroutine that never ran: it ends at once.
                co.state.set(CoroState::Finished);
                *idle = std::mem::replace(&mut self.cur, f);
                return Ok(StepBegin::Done(Stop::Raised(e)));
            }
            f.push(*frame);
            f
        };
        *idle = std::mem::replace(&mut self.cur, fiber);
        self.depth_base = TASK_DEPTH_BASE;
        self.cur.ops_since_yield = 0;
        if let Some(e) = exc {
            if let Some(stop) = self.throw_into_fiber(e) {
                return Ok(StepBegin::Done(stop));
            }
        }
        Ok(StepBegin::Run)
    }

    /// The second half of Task.__step: given how the fiber stopped, set
    /// the task's result, or register its wake-up on the awaited future.
    /// Swaps `idle` back in as `vm.cur`.
    pub fn task_step_finish(&mut self, task: &Rc<Future>, stop: Stop, idle: &mut Fiber) -> PyResult<StepEnd> {
        let fiber = std::mem::replace(&mut self.cur, std::mem::replace(idle, Fiber::new(FiberOwner::Callback)));
        self.depth_base = 0;
        self.aio.current_task = None;
        let Some(t) = task.task() else { return Ok(StepEnd::Continue) };
        match stop {
            Stop::Returned(v) => {
                if t.must_cancel.get() {
                    t.must_cancel.set(false);
                    let msg = task.cancel_message();
                    self.fut_cancel_plain(task, msg);
                } else {
                    self.fut_set_result(task, v)?;
                }
            }
            Stop::Raised(e) => {
                if self.exc_is(&e, "CancelledError") {
                    task.set_cancelled_exc(e);
                    let msg = task.cancel_message();
                    self.fut_cancel_plain(task, msg);
                } else if self.exc_is(&e, "SystemExit") || self.exc_is(&e, "KeyboardInterrupt") {
                    self.fut_set_exception(task, e.clone())?;
                    return Ok(StepEnd::Propagate(e));
                } else {
                    self.fut_set_exception(task, e)?;
                }
            }
            Stop::Awaiting(Value::Future(f)) if !f.blocking.get() => {
                // `yield fut` in an __await__ generator, not `yield from`.
                *t.fiber.borrow_mut() = Some(fiber);
                let (tr, fr) = (self.repr(&Value::Future(task.clone()))?, self.repr(&Value::Future(f.clone()))?);
                let e = self.exc("RuntimeError", format!("yield was used instead of yield from in task {tr} with {fr}"));
                self.call_soon(task.loop_id, HandleKind::TaskStep { task: task.clone(), exc: Some(e) });
            }
            Stop::Awaiting(Value::Future(f)) => {
                *t.fiber.borrow_mut() = Some(fiber);
                if Rc::ptr_eq(&f, task) {
                    f.blocking.set(false);
                    let r = self.repr(&Value::Future(task.clone()))?;
                    let e = self.exc("RuntimeError", format!("Task cannot await on itself: {r}"));
                    self.call_soon(task.loop_id, HandleKind::TaskStep { task: task.clone(), exc: Some(e) });
                } else {
                    f.blocking.set(false);
                    self.fut_add_done_callback(&f, Callback::Wakeup(task.clone()));
                    *t.fut_waiter.borrow_mut() = Some(f.clone());
                    if t.must_cancel.get() {
                        let msg = task.cancel_message();
                        if self.fut_cancel(&f, msg)? {
                            t.must_cancel.set(false);
                        }
                    }
                }
            }
            Stop::Awaiting(v) if !v.is_none() => {
                // An __await__ generator yielded something a task cannot
                // wait on.
                *t.fiber.borrow_mut() = Some(fiber);
                let r = self.repr(&v)?;
                let e = self.exc("RuntimeError", format!("Task got bad yield: {r}"));
                self.call_soon(task.loop_id, HandleKind::TaskStep { task: task.clone(), exc: Some(e) });
            }
            Stop::Awaiting(_) => {
                // A bare yield (sleep(0)): step again soon.
                *t.fiber.borrow_mut() = Some(fiber);
                self.call_soon(task.loop_id, HandleKind::TaskStep { task: task.clone(), exc: None });
            }
            Stop::Budget | Stop::Line => {
                // Not finished: the driver keeps running it.
                *t.fiber.borrow_mut() = Some(fiber);
                return Err(Flow::Signal(Signal::Internal("task step finished while still running".into())));
            }
            Stop::Signal(s) => {
                *t.fiber.borrow_mut() = Some(fiber);
                return Err(Flow::Signal(s));
            }
        }
        self.trace.task_state(task);
        Ok(StepEnd::Continue)
    }

    /// Task.__wakeup(fut): the exception to step with, if the awaited
    /// future failed or was cancelled.
    pub fn wakeup_exception(&mut self, fut: &Rc<Future>) -> Option<Value> {
        match fut.state.get() {
            FutState::Cancelled => Some(self.make_cancelled_error(fut)),
            FutState::Finished => {
                fut.log_traceback.set(false);
                fut.exception.borrow().clone()
            }
            FutState::Pending => Some(self.exc("InvalidStateError", "Result is not set.")),
        }
    }
}
