//! Flow: source → tokens → AST → bytecode → frames → **event loop** → recorded steps → view.
//!
//! asyncio, as CPython 3.11 schedules it. The loop core, futures, tasks
//! and `gather` are native (`event_loop`, `future`, `futops`, `task`,
//! `gather`); the rest of the library (sleep, wait_for, wait, queues,
//! locks, TaskGroup, timeout, ...) is Python in `prelude/`, written after
//! CPython's own pure-Python modules so its scheduling order is CPython's.
//! The driver that runs loops step by step is `driver/`; what it reports
//! as it goes (lines, polls, queue changes) is `events.rs`.

pub mod aiohttp;
mod driver;
pub mod event_loop;
pub mod events;
mod exception_handler;
pub mod future;
pub mod futops;
pub mod gather;
pub mod internal_cb;
mod labels;
mod loop_methods;
pub mod module;
pub mod native;
pub mod future_repr;
pub mod task;

use crate::value::Value;
use crate::vm::{PyResult, Vm};
use event_loop::LoopState;
use future::Future;
use std::rc::Rc;

pub use driver::{load, Engine};
pub use future_repr::repr_native;

/// What the program asked the driver to run.
#[derive(Debug, Clone)]
pub enum RunRequest {
    /// `asyncio.run(coro)`.
    Run { coro: Value },
    /// `loop.run_until_complete(fut_or_coro)`.
    UntilComplete { loop_id: u32, target: Value },
    /// `loop.run_forever()`.
    Forever { loop_id: u32 },
}

/// All asyncio state of a VM.
#[derive(Debug, Default)]
pub struct Runtime {
    pub loops: Vec<LoopState>,
    /// The loop running right now.
    pub running: Option<u32>,
    /// The loop `get_event_loop()` returns outside a running loop.
    pub current: Option<u32>,
    /// CPython's `_task_name_counter` (never reset).
    pub task_counter: u64,
    /// Futures' labels shared by text: 100,000 `sleep(0.5) until
    /// t=0.500` are one string (emptied when it grows past 4,096).
    pub labels: std::collections::HashSet<Rc<str>>,
    /// Every task created, in creation order.
    pub tasks: Vec<Rc<Future>>,
    pub current_task: Option<Rc<Future>>,
    /// Instructions the current task ran in earlier slices of this step.
    pub outer_ops: u64,
    /// Scheduling order of handles.
    pub seq: u64,
    /// Creation order of futures.
    pub serial: u64,
    /// Blocking time (time.sleep) inside the current handle.
    pub blocked_for: f64,
    /// Inside an executor job: the job's own clock offset.
    pub worker_clock: Option<f64>,
    /// Inside an executor job: the worker thread's name (`asyncio_0`).
    pub worker_name: Option<Rc<str>>,
}

impl Runtime {
    /// The shared copy of a future's label.
    pub fn label(&mut self, text: &str) -> Rc<str> {
        if let Some(rc) = self.labels.get(text) {
            return rc.clone();
        }
        if self.labels.len() >= 4096 {
            self.labels.clear();
        }
        let rc: Rc<str> = Rc::from(text);
        self.labels.insert(rc.clone());
        rc
    }

    pub fn loop_mut(&mut self, id: u32) -> Option<&mut LoopState> {
        self.loops.get_mut(id as usize)
    }

    pub fn loop_ref(&self, id: u32) -> Option<&LoopState> {
        self.loops.get(id as usize)
    }

    pub fn new_loop(&mut self) -> u32 {
        let id = self.loops.len() as u32;
        let mut l = LoopState::new(id);
        l.obj = Some(native::native(native::NativeObj::Loop(id)));
        self.loops.push(l);
        id
    }

    /// The Python object of loop `id`.
    pub fn loop_value(&self, id: u32) -> Value {
        self.loop_ref(id).and_then(|l| l.obj.clone()).unwrap_or(Value::None)
    }

    pub fn current_task_name(&self) -> Option<String> {
        self.current_task.as_ref().and_then(|t| t.name()).map(|n| {
            let coro = t_coro_name(self.current_task.as_ref());
            match coro {
                Some(c) => format!("{n} ({c})"),
                None => n.to_string(),
            }
        })
    }
}

fn t_coro_name(t: Option<&Rc<Future>>) -> Option<String> {
    let t = t?.task()?;
    match &t.coro {
        Value::Coroutine(c) => Some(c.code.name.to_string()),
        _ => None,
    }
}

/// Which of CPython's name lists (`modules/surface.rs`) an asyncio object's
/// attributes come from, and how a refusal names it: the loop, a Task, a
/// Future.
pub fn surface_of(obj: &Value) -> Option<(&'static str, &'static str)> {
    match obj {
        Value::Native(n) if matches!(&**n, native::NativeObj::Loop(_)) => Some(("asyncio.loop", "loop")),
        Value::Future(f) if f.is_task() => Some(("asyncio.Task", "Task")),
        Value::Future(_) => Some(("asyncio.Future", "Future")),
        _ => None,
    }
}

/// Attributes of native asyncio objects not found in their class dict
/// (data attributes such as `_cancel_message`).
pub fn native_getattr(vm: &mut Vm, obj: &Value, name: &str) -> PyResult<Option<Value>> {
    match obj {
        Value::Future(f) => Ok(match name {
            "_cancel_message" => Some(f.cancel_message()),
            "_state" => Some(Value::str(match f.state.get() {
                future::FutState::Pending => "PENDING",
                future::FutState::Cancelled => "CANCELLED",
                future::FutState::Finished => "FINISHED",
            })),
            "_loop" => Some(vm.aio.loop_value(f.loop_id)),
            "_coro" => f.task().map(|t| t.coro.clone()),
            "_asyncio_future_blocking" => Some(Value::Bool(f.blocking.get())),
            _ => None,
        }),
        _ => Ok(None),
    }
}
