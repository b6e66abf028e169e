//! `BaseEventLoop._run_once`, one handle at a time: due timers move to the
//! ready queue (or the clock jumps to the earliest one), then the handles
//! that were ready when the iteration began run — task steps, callbacks and
//! asyncio's own native callbacks — each possibly across several stops.

use super::{Engine, Mode, Phase};
use crate::aio::event_loop::HandleKind;
use crate::aio::future::Future;
use crate::aio::task::{StepBegin, StepEnd, CALLBACK_DEPTH_BASE};
use crate::outcome::{Outcome, RunStatus, StopAt};
use crate::value::Value;
use crate::vm::exec::Stop;
use crate::vm::frame::{Fiber, FiberOwner};
use crate::vm::{Flow, Signal};
use std::rc::Rc;

impl Engine {
    pub(super) fn run_loop(&mut self, stop: StopAt) -> Option<RunStatus> {
        let Mode::Loop(run) = &mut self.mode else { return None };
        let loop_id = run.loop_id;
        match std::mem::replace(&mut run.phase, Phase::RunHandles) {
            Phase::IterationStart => {
                run.phase = Phase::IterationStart;
                self.iteration_start(loop_id, stop)
            }
            Phase::RunHandles => self.next_handle(loop_id, stop),
            Phase::InTask(task) => self.continue_task(task, stop),
            Phase::InCallback => self.continue_callback(stop),
        }
    }

    /// `_run_once` up to running handles. With `stop` at Line or Poll, a
    /// clock jump is a stop of its own.
    pub(super) fn iteration_start(&mut self, loop_id: u32, stop: StopAt) -> Option<RunStatus> {
        let jumped_from = self.vm.clock;
        let r = self.iteration_start_inner(loop_id);
        if r.is_none() && self.vm.clock != jumped_from && matches!(stop, StopAt::Line | StopAt::Poll) {
            return Some(RunStatus::Stopped);
        }
        r
    }

    pub(super) fn iteration_start_inner(&mut self, loop_id: u32) -> Option<RunStatus> {
        let vm = &mut self.vm;
        let Some(l) = vm.aio.loop_mut(loop_id) else { return self.finish(Outcome::Internal("no loop".into())) };
        l.iteration += 1;
        let total_iterations: u64 = vm.aio.loops.iter().map(|l| l.iteration).sum();
        if total_iterations > vm.limits.max_iterations {
            let msg = format!("more than {} loop iterations", vm.limits.max_iterations);
            return self.finish(Outcome::Limit(msg));
        }
        let Some(l) = vm.aio.loop_mut(loop_id) else { return None };
        l.drop_cancelled_head();
        if l.ready.is_empty() && !l.stopping {
            match l.timers.peek() {
                None => return self.deadlock(),
                Some(head) => {
                    let when = head.0.when;
                    if when > vm.limits.max_virtual_time {
                        let msg = format!("virtual time would pass {}s", fmt_g(vm.limits.max_virtual_time));
                        return self.finish(Outcome::Limit(msg));
                    }
                    if when > vm.clock {
                        let from = vm.clock;
                        vm.clock = when;
                        vm.trace.clock_jump(from, when);
                    }
                }
            }
        }
        let end_time = vm.clock + 1e-9;
        let Some(l) = vm.aio.loop_mut(loop_id) else { return None };
        while let Some(head) = l.timers.peek() {
            if head.0.when >= end_time {
                break;
            }
            if let Some(h) = l.timers.pop() {
                vm.trace.to_ready(&h.0);
                h.0.mark_ready(true);
                l.ready.push_back(h.0);
            }
        }
        l.ntodo = l.ready.len();
        let n = l.iteration;
        vm.trace.iteration_start(loop_id, n);
        if let Mode::Loop(run) = &mut self.mode {
            run.phase = Phase::RunHandles;
        }
        None
    }

    pub(super) fn deadlock(&mut self) -> Option<RunStatus> {
        let mut waiting: Vec<(String, String)> = Vec::new();
        for t in &self.vm.aio.tasks {
            if t.is_done() {
                continue;
            }
            let name = t.name().map(|n| n.to_string()).unwrap_or_default();
            let coro = match t.task().map(|d| &d.coro) {
                Some(Value::Coroutine(c)) => c.qualname.to_string(),
                _ => String::new(),
            };
            let what = self.vm.describe_wait(t);
            waiting.push((name, format!("({coro}) waiting on {what}")));
        }
        crate::order::sort(&mut waiting);
        let list: Vec<String> = waiting.into_iter().map(|(n, w)| format!("{n} {w}")).collect();
        let mut msg = format!("DEADLOCK at t={:.3}: nothing ready, no timers; {} task(s) waiting:\n", self.vm.clock, list.len());
        for w in &list {
            msg.push_str(&format!("  {w}\n"));
        }
        self.vm.out.err(&msg);
        self.finish(Outcome::Deadlock { waiting: list })
    }

    pub(super) fn end_of_iteration(&mut self, loop_id: u32) -> Option<RunStatus> {
        let stopping = self.vm.aio.loop_ref(loop_id).map(|l| l.stopping).unwrap_or(true);
        if stopping {
            self.finish_until_complete(None);
            return None;
        }
        if let Mode::Loop(run) = &mut self.mode {
            run.phase = Phase::IterationStart;
        }
        None
    }

    pub(super) fn next_handle(&mut self, loop_id: u32, stop: StopAt) -> Option<RunStatus> {
        let handle = {
            let Some(l) = self.vm.aio.loop_mut(loop_id) else { return None };
            if l.ntodo == 0 {
                let r = self.end_of_iteration(loop_id);
                if r.is_some() {
                    return r;
                }
                return if stop == StopAt::Iteration { Some(RunStatus::Stopped) } else { None };
            }
            l.ntodo -= 1;
            match l.ready.pop_front() {
                Some(h) => h,
                None => return None,
            }
        };
        handle.mark_ready(false);
        self.vm.trace.handle_left(&handle);
        if let Mode::Loop(run) = &mut self.mode {
            run.phase = Phase::RunHandles;
        }
        if handle.cancelled.get() {
            return None;
        }
        self.vm.trace.poll_start(&handle);
        self.vm.aio.blocked_for = 0.0;
        let kind = handle.kind.clone();
        match kind {
            HandleKind::TaskStep { task, exc } => return self.start_task_step(task, exc, stop),
            HandleKind::TaskWakeup { task, fut } => {
                let exc = self.vm.wakeup_exception(&fut);
                return self.start_task_step(task, exc, stop);
            }
            HandleKind::Call { func, args } => {
                if let Mode::Loop(run) = &mut self.mode {
                    run.callback = Some(handle.clone());
                }
                return self.start_callback(func, args, stop);
            }
            HandleKind::GatherDone { gather, fut } => {
                if let Err(e) = self.vm.gather_done(&gather, &fut) {
                    self.callback_error(e, "gather callback");
                }
            }
            HandleKind::StopLoop { fut } => {
                let mut stop_it = true;
                if !fut.is_cancelled() {
                    if let Some(e) = fut.exception.borrow().clone() {
                        if self.vm.exc_is(&e, "SystemExit") || self.vm.exc_is(&e, "KeyboardInterrupt") {
                            stop_it = false;
                        }
                    }
                }
                if stop_it {
                    if let Some(l) = self.vm.aio.loop_mut(loop_id) {
                        l.stopping = true;
                    }
                }
            }
            HandleKind::SetResultUnlessCancelled { fut, result } => {
                if !fut.is_cancelled() {
                    if let Err(e) = self.vm.fut_set_result(&fut, result) {
                        self.callback_error(e, "futures._set_result_unless_cancelled");
                    }
                }
            }
            HandleKind::ExecutorDone { fut, result } => {
                if !fut.is_done() {
                    let r = match result {
                        Ok(v) => self.vm.fut_set_result(&fut, v),
                        Err(e) => self.vm.fut_set_exception(&fut, e),
                    };
                    if let Err(e) = r {
                        self.callback_error(e, "executor callback");
                    }
                }
            }
        }
        self.vm.trace.poll_end();
        if stop == StopAt::Poll || stop == StopAt::Line {
            return Some(RunStatus::Stopped);
        }
        None
    }

    /// An exception in a callback run by the loop: CPython's default
    /// exception handler logs it to stderr and the loop goes on.
    pub(super) fn callback_error(&mut self, e: Flow, what: &str) {
        match e {
            Flow::Exc(exc) => {
                let tb = self.vm.format_traceback(&exc);
                self.vm.out.err(&format!("Exception in callback {what}\n{tb}"));
            }
            Flow::Signal(s) => {
                self.signal(s);
            }
        }
    }

    /// An exception in the callback handle just run: CPython names the
    /// callback and the handle.
    pub(super) fn handle_error(&mut self, e: Flow) {
        let handle = match &mut self.mode {
            Mode::Loop(run) => run.callback.take(),
            _ => None,
        };
        let Some(h) = handle else {
            return self.callback_error(e, "callback");
        };
        let crate::aio::event_loop::HandleKind::Call { func, args } = &h.kind else {
            return self.callback_error(e, "callback");
        };
        let text = crate::aio::future_repr::callback_text(&mut self.vm, func, args);
        match e {
            Flow::Exc(exc) => {
                let loop_id = match &self.mode {
                    Mode::Loop(run) => run.loop_id,
                    _ => 0,
                };
                let items = vec![
                    ("message", Value::str(&format!("Exception in callback {text}"))),
                    ("exception", exc),
                    ("handle", crate::aio::native::native(crate::aio::native::NativeObj::Handle(h.clone()))),
                ];
                if let Err(Flow::Signal(s)) = self.vm.report_to_loop(loop_id, items) {
                    self.signal(s);
                }
            }
            Flow::Signal(s) => {
                self.signal(s);
            }
        }
    }

    pub(super) fn start_task_step(&mut self, task: Rc<Future>, exc: Option<Value>, stop: StopAt) -> Option<RunStatus> {
        let Mode::Loop(run) = &mut self.mode else { return None };
        let mut idle = std::mem::replace(&mut run.idle, Fiber::new(FiberOwner::Callback));
        let begin = self.vm.task_step_begin(&task, exc, &mut idle);
        if let Mode::Loop(run) = &mut self.mode {
            run.idle = idle;
        }
        match begin {
            Ok(StepBegin::Run) => {
                if let Mode::Loop(run) = &mut self.mode {
                    run.phase = Phase::InTask(task);
                }
                None
            }
            Ok(StepBegin::Done(stopped)) => self.finish_task_step(task, stopped, stop),
            Err(e) => {
                self.callback_error(e, "Task.__step");
                self.vm.trace.poll_end();
                None
            }
        }
    }

    pub(super) fn continue_task(&mut self, task: Rc<Future>, stop: StopAt) -> Option<RunStatus> {
        self.vm.stop_at_lines = stop == StopAt::Line;
        let stopped = self.vm.run_fiber();
        match stopped {
            Stop::Budget | Stop::Line => {
                if let Mode::Loop(run) = &mut self.mode {
                    run.phase = Phase::InTask(task);
                }
                if let Stop::Line = stopped {
                    return Some(RunStatus::Stopped);
                }
                self.budget_out()
            }
            Stop::Signal(Signal::RunLoop(_)) => {
                // asyncio.run() inside a task is refused by the native itself.
                self.finish(Outcome::Internal("loop requested inside a task".into()))
            }
            Stop::Signal(s) => self.signal(s),
            other => self.finish_task_step(task, other, stop),
        }
    }

    pub(super) fn finish_task_step(&mut self, task: Rc<Future>, stopped: Stop, stop: StopAt) -> Option<RunStatus> {
        let Mode::Loop(run) = &mut self.mode else { return None };
        let mut idle = std::mem::replace(&mut run.idle, Fiber::new(FiberOwner::Callback));
        let end = self.vm.task_step_finish(&task, stopped, &mut idle);
        if let Mode::Loop(run) = &mut self.mode {
            run.idle = idle;
            run.phase = Phase::RunHandles;
        }
        self.vm.trace.poll_end();
        match end {
            Ok(StepEnd::Continue) => {}
            Ok(StepEnd::Propagate(e)) => {
                self.finish_until_complete(Some(e));
                return None;
            }
            Err(Flow::Signal(s)) => return self.signal(s),
            Err(Flow::Exc(e)) => self.callback_error(Flow::Exc(e), "Task.__step"),
        }
        // CPython hands a failed task's exception to a custom exception
        // handler when the task is garbage-collected (if nobody retrieved
        // it): a moment Loopscope does not model, so the run stops here.
        if task.log_traceback.get() && self.vm.aio.loop_ref(task.loop_id).is_some_and(|l| l.exception_handler.is_some()) {
            let what = "a task failing while loop.set_exception_handler() is in effect".to_string();
            return self.finish(Outcome::Unsupported { what, line: None });
        }
        if stop == StopAt::Poll || stop == StopAt::Line {
            return Some(RunStatus::Stopped);
        }
        None
    }

    pub(super) fn start_callback(&mut self, func: Value, args: Vec<Value>, stop: StopAt) -> Option<RunStatus> {
        if let Value::Builtin(_) = func {
            if let Err(e) = self.vm.call_sync(func.clone(), args, Vec::new()) {
                self.handle_error(e);
            }
            self.vm.trace.poll_end();
            if stop == StopAt::Poll || stop == StopAt::Line {
                return Some(RunStatus::Stopped);
            }
            return None;
        }
        let Mode::Loop(run) = &mut self.mode else { return None };
        let idle = std::mem::replace(&mut self.vm.cur, Fiber::new(FiberOwner::Callback));
        run.idle = idle;
        self.vm.depth_base = CALLBACK_DEPTH_BASE;
        self.vm.cur.ops_since_yield = 0;
        self.vm.aio.outer_ops = 0;
        match self.vm.invoke(func.clone(), args, Vec::new()) {
            Ok(crate::vm::call::Invoked::Frame) => {
                if let Mode::Loop(run) = &mut self.mode {
                    run.phase = Phase::InCallback;
                }
                None
            }
            Ok(crate::vm::call::Invoked::Value(_)) => self.end_callback(None, stop),
            Err(e) => self.end_callback(Some(e), stop),
        }
    }

    pub(super) fn continue_callback(&mut self, stop: StopAt) -> Option<RunStatus> {
        self.vm.stop_at_lines = stop == StopAt::Line;
        match self.vm.run_fiber() {
            stopped @ (Stop::Budget | Stop::Line) => {
                if let Mode::Loop(run) = &mut self.mode {
                    run.phase = Phase::InCallback;
                }
                if let Stop::Line = stopped {
                    return Some(RunStatus::Stopped);
                }
                self.budget_out()
            }
            Stop::Returned(_) => self.end_callback(None, stop),
            Stop::Raised(e) => self.end_callback(Some(Flow::Exc(e)), stop),
            Stop::Awaiting(_) => self.end_callback(Some(Flow::Signal(Signal::Internal("callback awaited".into()))), stop),
            Stop::Signal(s) => self.signal(s),
        }
    }

    pub(super) fn end_callback(&mut self, err: Option<Flow>, stop: StopAt) -> Option<RunStatus> {
        let Mode::Loop(run) = &mut self.mode else { return None };
        let idle = std::mem::replace(&mut run.idle, Fiber::new(FiberOwner::Callback));
        self.vm.cur = idle;
        self.vm.depth_base = 0;
        if let Mode::Loop(run) = &mut self.mode {
            run.phase = Phase::RunHandles;
        }
        if let Some(e) = err {
            if let Flow::Exc(exc) = &e {
                if self.vm.exc_is(exc, "SystemExit") || self.vm.exc_is(exc, "KeyboardInterrupt") {
                    self.finish_until_complete(Some(exc.clone()));
                    return None;
                }
            }
            self.handle_error(e);
        }
        self.vm.trace.poll_end();
        if stop == StopAt::Poll || stop == StopAt::Line {
            return Some(RunStatus::Stopped);
        }
        None
    }

}

/// Python's `{:g}` for the limits message (86400.0 → "86400").
fn fmt_g(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e16 {
        format!("{}", x as i64)
    } else {
        format!("{x}")
    }
}
