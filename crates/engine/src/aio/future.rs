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

impl TaskData {
    /// A task's data: named `name`, or `Task-{number}` if none.
    pub fn new(id: u32, name: Option<Rc<str>>, number: u64, coro: Value, loop_id: u32) -> TaskData {
        TaskData {
            id,
            name: RefCell::new(name),
            number,
            coro,
            fiber: RefCell::new(None),
            fut_waiter: RefCell::new(None),
            must_cancel: Cell::new(false),
            num_cancels_requested: Cell::new(0),
            started: Cell::new(false),
            loop_id,
            in_ready: Cell::new(0),
            hidden: Cell::new(false),
        }
    }

    pub fn name(&self) -> Rc<str> {
        self.name.borrow_mut().get_or_insert_with(|| Rc::from(format!("Task-{}", self.number).as_str())).clone()
    }

    pub fn set_name(&self, name: &str) {
        *self.name.borrow_mut() = Some(Rc::from(name));
    }
}

/// The parts of a future few futures have.
#[derive(Debug)]
struct Rare {
    cancel_message: Value,
    cancelled_exc: Option<Value>,
    gather: Option<Rc<super::gather::Gather>>,
}

impl Default for Rare {
    fn default() -> Rare {
        Rare { cancel_message: Value::None, cancelled_exc: None, gather: None }
    }
}

/// The parts only a Task has.
#[derive(Debug)]
pub struct TaskData {
    /// A number unique in the run (for fibers and the visualizer).
    pub id: u32,
    /// The name given, or `Task-N` once it is first read (most tasks'
    /// names are never read in a run that is not recorded).
    name: RefCell<Option<Rc<str>>>,
    /// N of the default name `Task-N` (asyncio's counter at creation).
    number: u64,
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
    /// What few futures have (a cancel message, a kept CancelledError,
    /// a gather's bookkeeping): boxed, so the many plain futures and
    /// tasks stay small.
    rare: RefCell<Option<Box<Rare>>>,
    /// An exception was set and never retrieved.
    pub log_traceback: Cell<bool>,
    /// Set while a task awaits this future (the `_asyncio_future_blocking`
    /// handshake between `Future.__await__` and `Task.__step`).
    pub blocking: Cell<bool>,
    pub task: Option<Box<TaskData>>,
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
            rare: RefCell::new(None),
            log_traceback: Cell::new(false),
            blocking: Cell::new(false),
            task: None,
            label: RefCell::new(None),
            loop_id,
            serial,
        }
    }

    fn rare_mut(&self) -> std::cell::RefMut<'_, Rare> {
        std::cell::RefMut::map(self.rare.borrow_mut(), |r| &mut **r.get_or_insert_with(Default::default))
    }

    /// The message given to `cancel()` (None if none).
    pub fn cancel_message(&self) -> Value {
        self.rare.borrow().as_ref().map_or(Value::None, |r| r.cancel_message.clone())
    }

    pub fn set_cancel_message(&self, msg: Value) {
        self.rare_mut().cancel_message = msg;
    }

    /// The CancelledError a cancelled task ended with, kept for its awaiters.
    pub fn take_cancelled_exc(&self) -> Option<Value> {
        self.rare.borrow_mut().as_mut().and_then(|r| r.cancelled_exc.take())
    }

    pub fn set_cancelled_exc(&self, exc: Value) {
        self.rare_mut().cancelled_exc = Some(exc);
    }

    /// `gather()`'s outer future: cancelling it cancels the children.
    pub fn gather(&self) -> Option<Rc<super::gather::Gather>> {
        self.rare.borrow().as_ref().and_then(|r| r.gather.clone())
    }

    pub fn set_gather(&self, g: Rc<super::gather::Gather>) {
        self.rare_mut().gather = Some(g);
    }

    /// Empties what it holds (teardown): the values, to be dropped by the caller.
    pub fn take_rare(&self) -> Vec<Value> {
        match self.rare.borrow_mut().take() {
            Some(r) => [Some(r.cancel_message), r.cancelled_exc].into_iter().flatten().collect(),
            None => Vec::new(),
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
        self.task.as_deref()
    }

    pub fn name(&self) -> Option<Rc<str>> {
        self.task.as_ref().map(|t| t.name())
    }

    /// Take the callbacks to schedule (Future.__schedule_callbacks).
    pub fn take_callbacks(&self) -> Vec<Callback> {
        std::mem::take(&mut *self.callbacks.borrow_mut())
    }

    pub fn set_label(&self, text: &str) {
        self.set_label_rc(Rc::from(text));
    }

    pub fn set_label_rc(&self, text: Rc<str>) {
        *self.label.borrow_mut() = Some(FutureLabel { text });
    }

    pub fn label_text(&self) -> Option<Rc<str>> {
        self.label.borrow().as_ref().map(|l| l.text.clone())
    }
}
