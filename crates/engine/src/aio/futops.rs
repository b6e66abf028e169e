//! Future operations and handle scheduling on the VM (CPython's
//! `Future` methods and `call_soon` / `call_at`).

use super::event_loop::{round_ns, Handle, HandleKind, TimerEntry};
use super::future::{Callback, FutState, Future};
use crate::value::Value;
use crate::vm::{Flow, PyResult, Vm};
use std::cell::Cell;
use std::rc::Rc;

impl Vm {
    /// Append a handle to a loop's ready queue.
    pub fn call_soon(&mut self, loop_id: u32, kind: HandleKind) -> Rc<Handle> {
        self.aio.seq += 1;
        let (label, task) = self.handle_label(&kind, false);
        let h = Rc::new(Handle { kind, cancelled: Cell::new(false), when: f64::NAN, seq: self.aio.seq, scheduled_at: self.clock, label, task });
        if let Some(l) = self.aio.loop_mut(loop_id) {
            h.mark_ready(true);
            l.ready.push_back(h.clone());
        }
        self.trace.scheduled(&h);
        h
    }

    /// Schedule a timer handle at `when` (rounded to 1 ns).
    pub fn call_at(&mut self, loop_id: u32, when: f64, kind: HandleKind) -> Rc<Handle> {
        self.aio.seq += 1;
        let (label, task) = self.handle_label(&kind, true);
        let h = Rc::new(Handle { kind, cancelled: Cell::new(false), when: round_ns(when), seq: self.aio.seq, scheduled_at: self.clock, label, task });
        if let Some(l) = self.aio.loop_mut(loop_id) {
            l.timers.push(TimerEntry(h.clone()));
        }
        self.trace.scheduled(&h);
        h
    }

    pub fn new_future(&mut self, loop_id: u32) -> Rc<Future> {
        self.aio.serial += 1;
        Rc::new(Future::new(loop_id, self.aio.serial))
    }

    /// Future.__schedule_callbacks.
    pub fn fut_schedule_callbacks(&mut self, fut: &Rc<Future>) {
        for cb in fut.take_callbacks() {
            let kind = cb.into_handle_kind(fut);
            self.call_soon(fut.loop_id, kind);
        }
    }

    /// CPython's C Future says just "invalid state".
    fn invalid_state<T>(&mut self, _fut: &Rc<Future>) -> PyResult<T> {
        self.err("InvalidStateError", "invalid state")
    }

    pub fn fut_set_result(&mut self, fut: &Rc<Future>, v: Value) -> PyResult<()> {
        if fut.is_done() {
            return self.invalid_state(fut);
        }
        *fut.result.borrow_mut() = v;
        fut.state.set(FutState::Finished);
        self.trace.future_done(fut);
        self.fut_schedule_callbacks(fut);
        Ok(())
    }

    pub fn fut_set_exception(&mut self, fut: &Rc<Future>, exc: Value) -> PyResult<()> {
        if fut.is_done() {
            return self.invalid_state(fut);
        }
        let exc = match &exc {
            Value::Class(_) => self.call_sync(exc.clone(), Vec::new(), Vec::new())?,
            _ => exc,
        };
        if !Vm::is_exception(&exc) {
            return self.type_error("invalid exception object");
        }
        if self.types.type_of(&exc).name.as_ref() == "StopIteration" && &*self.types.type_of(&exc).module == "builtins" {
            return self.type_error("StopIteration interacts badly with generators and cannot be raised into a Future");
        }
        *fut.exception.borrow_mut() = Some(exc);
        fut.state.set(FutState::Finished);
        fut.log_traceback.set(true);
        self.trace.future_done(fut);
        self.fut_schedule_callbacks(fut);
        Ok(())
    }

    /// Future.cancel (the plain-future part).
    pub fn fut_cancel_plain(&mut self, fut: &Rc<Future>, msg: Value) -> bool {
        fut.log_traceback.set(false);
        if fut.is_done() {
            return false;
        }
        fut.state.set(FutState::Cancelled);
        fut.set_cancel_message(msg);
        self.trace.future_done(fut);
        self.fut_schedule_callbacks(fut);
        true
    }

    /// `fut.cancel(msg)` for any kind of future (Task, gather, plain).
    pub fn fut_cancel(&mut self, fut: &Rc<Future>, msg: Value) -> PyResult<bool> {
        if fut.is_task() {
            return self.task_cancel(fut, msg);
        }
        let g = fut.gather();
        if let Some(g) = g {
            return self.gather_cancel(&g, msg);
        }
        Ok(self.fut_cancel_plain(fut, msg))
    }

    /// Future._make_cancelled_error.
    pub fn make_cancelled_error(&mut self, fut: &Rc<Future>) -> Value {
        if let Some(exc) = fut.take_cancelled_exc() {
            return exc;
        }
        let msg = fut.cancel_message();
        let cls = self.types.exc("CancelledError");
        if msg.is_none() {
            self.new_exception(&cls, Vec::new())
        } else {
            self.new_exception(&cls, vec![msg])
        }
    }

    /// `fut.result()`.
    pub fn future_result(&mut self, fut: &Rc<Future>) -> PyResult<Value> {
        match fut.state.get() {
            FutState::Cancelled => {
                let e = self.make_cancelled_error(fut);
                Err(Flow::Exc(e))
            }
            FutState::Pending => self.err("InvalidStateError", "Result is not set."),
            FutState::Finished => {
                fut.log_traceback.set(false);
                if let Some(e) = fut.exception.borrow().clone() {
                    return Err(Flow::Exc(e));
                }
                Ok(fut.result.borrow().clone())
            }
        }
    }

    /// `fut.exception()`.
    pub fn future_exception(&mut self, fut: &Rc<Future>) -> PyResult<Value> {
        match fut.state.get() {
            FutState::Cancelled => {
                let e = self.make_cancelled_error(fut);
                Err(Flow::Exc(e))
            }
            FutState::Pending => self.err("InvalidStateError", "Exception is not set."),
            FutState::Finished => {
                fut.log_traceback.set(false);
                Ok(fut.exception.borrow().clone().unwrap_or(Value::None))
            }
        }
    }

    /// `fut.add_done_callback(cb)`: immediately scheduled if done.
    pub fn fut_add_done_callback(&mut self, fut: &Rc<Future>, cb: Callback) {
        if fut.is_done() {
            let kind = cb.into_handle_kind(fut);
            self.call_soon(fut.loop_id, kind);
        } else {
            let mut cbs = fut.callbacks.borrow_mut();
            // Most futures get one callback: no room for four.
            cbs.reserve_exact(1);
            cbs.push(cb);
        }
    }

    /// `fut.remove_done_callback(cb)`: the number removed.
    pub fn fut_remove_done_callback(&mut self, fut: &Rc<Future>, cb: &Callback) -> usize {
        let mut cbs = fut.callbacks.borrow_mut();
        let before = cbs.len();
        cbs.retain(|c| !c.same(cb));
        before - cbs.len()
    }

    /// The loop that is running, or RuntimeError('no running event loop').
    pub fn running_loop(&mut self) -> PyResult<u32> {
        match self.aio.running {
            Some(id) => Ok(id),
            None => self.err("RuntimeError", "no running event loop"),
        }
    }
}
