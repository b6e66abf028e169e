//! asyncio Futures and Tasks, following CPython 3.11's `futures.py` and
//! `tasks.py`: states, done callbacks (always scheduled with `call_soon`),
//! cancellation bookkeeping, and the Task's coroutine and fiber.

use crate::value::Value;
use crate::vm::frame::Fiber;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FutState {
    Pending,
    Cancelled,
    Finished,
}

/// A done callback registered on a future.
#[derive(Clone, Debug)]
pub enum Callback {
    /// A Python callable, called as `cb(fut)`.
    Py(Value),
    /// A task waiting on this future (`Task.__wakeup`).
    Wakeup(Rc<Future>),
    /// `gather()`'s child callback.
    Gather(Rc<super::gather::Gather>),
    /// `run_until_complete`'s callback: stops the loop.
    StopLoop,
}

impl Callback {
    /// Equality for `remove_done_callback`.
    pub fn same(&self, other: &Callback) -> bool {
        match (self, other) {
            (Callback::Py(a), Callback::Py(b)) => a.is(b) || same_method(a, b),
            (Callback::Wakeup(a), Callback::Wakeup(b)) => Rc::ptr_eq(a, b),
            (Callback::Gather(a), Callback::Gather(b)) => Rc::ptr_eq(a, b),
            (Callback::StopLoop, Callback::StopLoop) => true,
            _ => false,
        }
    }
}

/// Bound methods compare equal when function and receiver are the same.
fn same_method(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Method(x), Value::Method(y)) => x.func.is(&y.func) && x.receiver.is(&y.receiver),
        (Value::Builtin(x), Value::Builtin(y)) => x.qualname == y.qualname && x.bound.is(&y.bound),
        _ => false,
    }
}

/// What a pending future stands for, for the visualizer ("sleep(1)",
/// "queue.get()", ...). Set by the asyncio implementation.
#[derive(Clone, Debug, Default)]
pub struct FutureLabel {
    pub text: Rc<str>,
}

/// The parts only a Task has.
#[derive(Debug)]
pub struct TaskData {
    /// A number unique in the run (for fibers and the visualizer).
    pub id: u32,
    pub name: RefCell<Rc<str>>,
    pub coro: Value,
    /// The task's frames while it is suspended (None before its first step
    /// and while it runs).
    pub fiber: RefCell<Option<Fiber>>,
    pub fut_waiter: RefCell<Option<Rc<Future>>>,
    pub must_cancel: Cell<bool>,
    pub num_cancels_requested: Cell<u32>,
    /// Has the coroutine been started (first step taken)?
    pub started: Cell<bool>,
    /// The loop this task belongs to.
    pub loop_id: u32,
    /// Handles for this task now in a ready queue (step or wakeup).
    pub in_ready: Cell<u32>,
    /// The Runner's own shutdown tasks: not shown to the learner.
    pub hidden: Cell<bool>,
}

#[derive(Debug)]
pub struct Future {
    pub state: Cell<FutState>,
    pub result: RefCell<Value>,
    pub exception: RefCell<Option<Value>>,
    pub callbacks: RefCell<Vec<Callback>>,
    pub cancel_message: RefCell<Value>,
    pub cancelled_exc: RefCell<Option<Value>>,
    /// An exception was set and never retrieved.
    pub log_traceback: Cell<bool>,
    /// Set while a task awaits this future (the `_asyncio_future_blocking`
    /// handshake between `Future.__await__` and `Task.__step`).
    pub blocking: Cell<bool>,
    pub task: Option<TaskData>,
    /// `gather()`'s outer future: cancelling it cancels the children.
    pub gather: RefCell<Option<Rc<super::gather::Gather>>>,
    pub label: RefCell<Option<FutureLabel>>,
    pub loop_id: u32,
    /// A serial number (creation order) for display and stable ordering.
    pub serial: u64,
}

impl Future {
    pub fn new(loop_id: u32, serial: u64) -> Future {
        Future {
            state: Cell::new(FutState::Pending),
            result: RefCell::new(Value::None),
            exception: RefCell::new(None),
            callbacks: RefCell::new(Vec::new()),
            cancel_message: RefCell::new(Value::None),
            cancelled_exc: RefCell::new(None),
            log_traceback: Cell::new(false),
            blocking: Cell::new(false),
            task: None,
            gather: RefCell::new(None),
            label: RefCell::new(None),
            loop_id,
            serial,
        }
    }

    pub fn is_task(&self) -> bool {
        self.task.is_some()
    }

    pub fn is_done(&self) -> bool {
        self.state.get() != FutState::Pending
    }

    pub fn is_cancelled(&self) -> bool {
        self.state.get() == FutState::Cancelled
    }

    pub fn blocking_yielded(&self) -> bool {
        self.blocking.get()
    }

    pub fn set_blocking_yielded(&self, b: bool) {
        self.blocking.set(b);
    }

    pub fn task(&self) -> Option<&TaskData> {
        self.task.as_ref()
    }

    pub fn name(&self) -> Option<Rc<str>> {
        self.task.as_ref().map(|t| t.name.borrow().clone())
    }

    /// Take the callbacks to schedule (Future.__schedule_callbacks).
    pub fn take_callbacks(&self) -> Vec<Callback> {
        std::mem::take(&mut *self.callbacks.borrow_mut())
    }

    pub fn set_label(&self, text: &str) {
        *self.label.borrow_mut() = Some(FutureLabel { text: Rc::from(text) });
    }

    pub fn label_text(&self) -> Option<Rc<str>> {
        self.label.borrow().as_ref().map(|l| l.text.clone())
    }
}
