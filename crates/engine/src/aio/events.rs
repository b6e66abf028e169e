//! The one place the engine reports what happens: every line, poll,
//! iteration, clock jump and task change goes through `Tracer`. The
//! history recorder and the CLI's `trace` read these events.

use crate::aio::event_loop::{Handle, HandleKind};
use crate::aio::future::Future;
use crate::aio::internal_cb::InternalCb;
use crate::outcome::Outcome;
use crate::vm::frame::FiberOwner;
use std::rc::Rc;

/// What a handle is, for display and narration.
#[derive(Clone, Debug, PartialEq)]
pub enum HandleInfo {
    /// A task's step (first step, or resumed after a bare yield).
    Step { task: u32 },
    /// A task woken because the future it awaited is done.
    Wakeup { task: u32 },
    /// A Python callable (`call_soon(f)`, a done callback).
    Call { name: Rc<str> },
    /// One of asyncio's own callbacks, for a task (the one that finished,
    /// or for timers the one that set it; 0 if none).
    Internal { cb: InternalCb, task: u32 },
    /// gather()'s callback for a finished child (a task id, or 0), with
    /// how many children are done counting this one, out of how many.
    Gather { child: u32, done: u32, total: u32 },
    /// run_until_complete's callback: the future (task) it ran for.
    StopLoop { task: u32 },
    /// sleep()'s timer: it sets a future's result (the task that slept).
    Timer { task: u32 },
    /// A step of one of asyncio.run()'s own shutdown tasks.
    Shutdown,
    /// An executor job's result is delivered.
    Executor,
}

impl HandleInfo {
    pub fn of(h: &Handle) -> HandleInfo {
        match &h.kind {
            HandleKind::TaskStep { task, .. } | HandleKind::TaskWakeup { task, .. } if task.code_internal() => HandleInfo::Shutdown,
            HandleKind::TaskStep { task, .. } => HandleInfo::Step { task: task_id(task) },
            HandleKind::TaskWakeup { task, .. } => HandleInfo::Wakeup { task: task_id(task) },
            HandleKind::Call { func, args } => match InternalCb::of(func, args) {
                Some(cb) if cb.is_timer() => HandleInfo::Internal { cb, task: h.task.unwrap_or(0) },
                Some(cb) => HandleInfo::Internal { cb, task: first_task(args) },
                None => HandleInfo::Call { name: callable_name(func) },
            },
            HandleKind::GatherDone { gather, fut } => HandleInfo::Gather {
                child: task_id(fut),
                done: gather.nfinished.get() as u32 + 1,
                total: gather.nfuts.get() as u32,
            },
            HandleKind::StopLoop { fut } if fut.code_internal() => HandleInfo::Shutdown,
            HandleKind::StopLoop { fut } => HandleInfo::StopLoop { task: task_id(fut) },
            HandleKind::SetResultUnlessCancelled { .. } => HandleInfo::Timer { task: h.task.unwrap_or(0) },
            HandleKind::ExecutorDone { .. } => HandleInfo::Executor,
        }
    }
}

/// The task a done callback was called for (its first argument).
pub fn first_task(args: &[crate::value::Value]) -> u32 {
    match args.first() {
        Some(crate::value::Value::Future(f)) => task_id(f),
        _ => 0,
    }
}

pub fn task_id(t: &Future) -> u32 {
    t.task().map(|d| d.id).unwrap_or(0)
}

pub fn callable_name(v: &crate::value::Value) -> Rc<str> {
    use crate::value::Value;
    match v {
        Value::Function(f) => f.qualname.clone(),
        Value::Builtin(b) => b.qualname.clone(),
        Value::Method(m) => callable_name(&m.func),
        _ => Rc::from("callback"),
    }
}

/// One thing that happened.
#[derive(Clone, Debug)]
pub enum Event {
    /// A line of learner code is about to run in `owner`.
    Line { owner: FiberOwner, line: u32 },
    PollStart { handle: HandleInfo },
    PollEnd,
    IterationStart { loop_id: u32, n: u64 },
    ClockJump { from: f64, to: f64 },
    /// A blocking call (time.sleep) advanced the clock without yielding.
    Blocked { from: f64, to: f64 },
    TaskCreated { task: u32 },
    TaskRenamed { task: u32 },
    TaskCancelRequested { task: u32 },
    /// A task finished its step (its state may have changed).
    TaskStepped { task: u32 },
    /// A task's future finished (state change), by task id (0: a plain future).
    FutureDone { task: u32 },
    /// A handle joined the ready queue or the timer heap.
    Scheduled(Rc<Handle>),
    /// A due timer moved from the heap to the ready queue.
    ToReady(Rc<Handle>),
    /// A handle left the ready queue (to run, or skipped as cancelled), or
    /// was dropped by `loop.close()`.
    HandleLeft(Rc<Handle>),
    /// `handle.cancel()`.
    HandleCancelled(Rc<Handle>),
    /// The program printed something.
    Output,
    LoopStarted { loop_id: u32 },
    LoopClosed { loop_id: u32 },
    RunEnd,
}

#[derive(Debug, Default)]
pub struct Tracer {
    enabled: bool,
    /// Nested synchronous runs (key functions, __repr__) are not traced.
    suspended: u32,
    pub events: Vec<Event>,
    /// Handles run so far.
    pub polls: u64,
}

impl Tracer {
    pub fn enable(&mut self) {
        self.enabled = true;
    }

    pub fn enabled(&self) -> bool {
        self.enabled && self.suspended == 0
    }

    pub fn suspend(&mut self) {
        self.suspended += 1;
    }

    pub fn resume(&mut self) {
        self.suspended = self.suspended.saturating_sub(1);
    }

    fn push(&mut self, e: Event) {
        if self.enabled() {
            self.events.push(e);
        }
    }

    /// Take the events recorded since the last call.
    pub fn drain(&mut self) -> Vec<Event> {
        std::mem::take(&mut self.events)
    }

    pub fn line(&mut self, owner: FiberOwner, line: u32) {
        self.push(Event::Line { owner, line });
    }
    pub fn poll_start(&mut self, h: &Handle) {
        self.polls += 1;
        if self.enabled() {
            self.events.push(Event::PollStart { handle: HandleInfo::of(h) });
        }
    }
    pub fn poll_end(&mut self) {
        self.push(Event::PollEnd);
    }
    pub fn iteration_start(&mut self, loop_id: u32, n: u64) {
        self.push(Event::IterationStart { loop_id, n });
    }
    pub fn clock_jump(&mut self, from: f64, to: f64) {
        self.push(Event::ClockJump { from, to });
    }
    pub fn blocked(&mut self, from: f64, to: f64) {
        self.push(Event::Blocked { from, to });
    }
    pub fn task_created(&mut self, t: &Future) {
        self.push(Event::TaskCreated { task: task_id(t) });
    }
    pub fn task_renamed(&mut self, t: &Future) {
        self.push(Event::TaskRenamed { task: task_id(t) });
    }
    pub fn task_cancel_requested(&mut self, t: &Future) {
        self.push(Event::TaskCancelRequested { task: task_id(t) });
    }
    pub fn task_state(&mut self, t: &Future) {
        self.push(Event::TaskStepped { task: task_id(t) });
    }
    pub fn future_done(&mut self, f: &Future) {
        self.push(Event::FutureDone { task: task_id(f) });
    }
    pub fn scheduled(&mut self, h: &Rc<Handle>) {
        if self.enabled() {
            self.events.push(Event::Scheduled(h.clone()));
        }
    }
    pub fn to_ready(&mut self, h: &Rc<Handle>) {
        if self.enabled() {
            self.events.push(Event::ToReady(h.clone()));
        }
    }
    pub fn handle_left(&mut self, h: &Rc<Handle>) {
        if self.enabled() {
            self.events.push(Event::HandleLeft(h.clone()));
        }
    }
    pub fn handle_cancelled(&mut self, h: &Rc<Handle>) {
        if self.enabled() {
            self.events.push(Event::HandleCancelled(h.clone()));
        }
    }
    pub fn loop_started(&mut self, loop_id: u32) {
        self.push(Event::LoopStarted { loop_id });
    }
    pub fn loop_closed(&mut self, loop_id: u32) {
        self.push(Event::LoopClosed { loop_id });
    }
    pub fn output(&mut self) {
        self.push(Event::Output);
    }
    pub fn run_end(&mut self, _o: &Outcome) {
        self.push(Event::RunEnd);
    }
}
