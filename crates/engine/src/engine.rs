//! The driver: runs a program's module code, and the event loops it starts
//! (`asyncio.run`, `run_until_complete`), one step at a time. CPython's
//! `run_forever` / `_run_once` / `Runner` sequences live here as a state
//! machine, so the engine can stop after any line, poll or iteration and
//! resume later. Every step is reported through `vm.trace`.

use crate::aio::event_loop::HandleKind;
use crate::aio::future::{Callback, Future};
use crate::aio::task::{StepBegin, StepEnd, CALLBACK_DEPTH_BASE};
use crate::aio::RunRequest;
use crate::compiler::code::Code;
use crate::error::CompileError;
use crate::value::Value;
use crate::vm::exec::Stop;
use crate::vm::frame::{Fiber, FiberOwner, Frame, FrameKind};
use crate::vm::{Flow, Signal, Vm};
use std::rc::Rc;

/// How a run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The program finished normally.
    Ok,
    /// An uncaught exception: its `Type: message` line and full traceback.
    Uncaught { type_name: String, message: String, traceback: String },
    /// Nothing ready, no timers, tasks still waiting.
    Deadlock { waiting: Vec<String> },
    /// A run limit (the reason, as the reference runner words it).
    Limit(String),
    /// `sys.exit(code)`.
    Exit(i32),
    /// A construct refused at run time.
    Unsupported(String),
    /// An engine bug, reported instead of crashing.
    Internal(String),
}

impl Outcome {
    /// The process exit code, as the reference runner's: UNCAUGHT 1,
    /// DEADLOCK 3, LIMIT 4, UNSUPPORTED 5, internal errors 70.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Ok => 0,
            Outcome::Exit(c) => *c,
            Outcome::Uncaught { .. } => 1,
            Outcome::Deadlock { .. } => 3,
            Outcome::Limit(_) => 4,
            Outcome::Unsupported(_) => 5,
            Outcome::Internal(_) => 70,
        }
    }

    /// A one-word name: `ok`, `exit`, `uncaught`, `deadlock`, `limit`,
    /// `unsupported`, `internal`.
    pub fn kind(&self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Exit(_) => "exit",
            Outcome::Uncaught { .. } => "uncaught",
            Outcome::Deadlock { .. } => "deadlock",
            Outcome::Limit(_) => "limit",
            Outcome::Unsupported(_) => "unsupported",
            Outcome::Internal(_) => "internal",
        }
    }
}

/// Where `run` stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopAt {
    /// Before the next line of learner code (or after the next poll).
    Line,
    /// After the current handle (poll) finishes.
    Poll,
    /// After the current loop iteration finishes.
    Iteration,
    /// Only at the end of the run.
    End,
}

/// What `run` did.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStatus {
    /// Stopped where asked; more to run.
    Stopped,
    /// The slice budget ran out; call again.
    Budget,
    /// The run is over.
    Finished,
}

#[derive(Debug)]
enum Phase {
    IterationStart,
    RunHandles,
    InTask(Rc<Future>),
    InCallback,
}

#[derive(Debug)]
enum RunnerStage {
    Main,
    CancelAll(Vec<Rc<Future>>),
    ShutdownAsyncgens,
    ShutdownExecutor,
}

#[derive(Debug)]
enum Purpose {
    UntilComplete,
    Runner { stage: RunnerStage, result: Option<Result<Value, Value>> },
}

#[derive(Debug)]
struct LoopRun {
    main: Fiber,
    loop_id: u32,
    target: Rc<Future>,
    purpose: Purpose,
    phase: Phase,
    idle: Fiber,
    /// The callback handle being run (named if it raises).
    callback: Option<Rc<crate::aio::event_loop::Handle>>,
}

#[derive(Debug)]
enum Mode {
    Main,
    Loop(Box<LoopRun>),
    Finished,
}

/// A program being run.
pub struct Engine {
    pub vm: Vm,
    mode: Mode,
    outcome: Option<Outcome>,
}

/// Compile `source` and set up an engine ready to run it.
pub fn load(source: &str, filename: &str) -> Result<Engine, CompileError> {
    let mut vm = Vm::new();
    let sid = vm.add_source(filename, source);
    let code = crate::compiler::compile_source(source, crate::compiler::CompileOptions { internal: false, source_id: sid })?;
    Ok(Engine::with_code(vm, code))
}

impl Engine {
    pub fn with_code(mut vm: Vm, code: Rc<Code>) -> Engine {
        let globals = vm.main_globals.clone();
        let mut frame = Frame::new(code, globals.clone(), FrameKind::Module);
        frame.namespace = Some(globals);
        vm.cur = Fiber::new(FiberOwner::Main);
        vm.cur.frames.push(frame);
        Engine { vm, mode: Mode::Main, outcome: None }
    }

    pub fn outcome(&self) -> Option<&Outcome> {
        self.outcome.as_ref()
    }

    pub fn is_finished(&self) -> bool {
        matches!(self.mode, Mode::Finished)
    }

    /// Run until `stop`, at most about `budget` instructions.
    pub fn run(&mut self, stop: StopAt, budget: i64) -> RunStatus {
        self.vm.budget = budget;
        loop {
            let r = match &mut self.mode {
                Mode::Finished => return RunStatus::Finished,
                Mode::Main => self.run_main(stop),
                Mode::Loop(_) => self.run_loop(stop),
            };
            match r {
                Some(status) => return status,
                None => continue,
            }
        }
    }

    /// Run to the end (in slices).
    pub fn run_to_end(&mut self) -> &Outcome {
        while self.run(StopAt::End, 1 << 20) != RunStatus::Finished {}
        self.outcome.get_or_insert(Outcome::Ok)
    }

    fn finish(&mut self, outcome: Outcome) -> Option<RunStatus> {
        self.mode = Mode::Finished;
        self.vm.out.flush_partial(self.vm.clock);
        self.vm.trace.run_end(&outcome);
        self.outcome = Some(outcome);
        Some(RunStatus::Finished)
    }

    fn uncaught(&mut self, exc: Value) -> Option<RunStatus> {
        if self.vm.exc_is(&exc, "SystemExit") {
            let args = Vm::exc_args(&exc);
            let code = match args.first() {
                None | Some(Value::None) => 0,
                Some(Value::Int(i)) => *i as i32,
                Some(Value::Bool(b)) => *b as i32,
                Some(other) => {
                    let s = self.vm.str(other).unwrap_or_default();
                    self.vm.out.err(&format!("{s}\n"));
                    1
                }
            };
            if let Err(Flow::Signal(s)) = self.vm.finalize_at_exit() {
                return self.signal(s);
            }
            return self.finish(Outcome::Exit(code));
        }
        let traceback = self.vm.format_traceback(&exc);
        let type_name = self.vm.types.type_of(&exc).name.to_string();
        let message = self.vm.str(&exc).unwrap_or_else(|_| "<exception str() failed>".into());
        self.vm.out.err(&traceback);
        if let Err(Flow::Signal(s)) = self.vm.finalize_at_exit() {
            return self.signal(s);
        }
        self.finish(Outcome::Uncaught { type_name, message, traceback })
    }

    fn signal(&mut self, s: Signal) -> Option<RunStatus> {
        match s {
            Signal::Limit(msg) => self.finish(Outcome::Limit(msg)),
            Signal::Exit(code) => self.finish(Outcome::Exit(code)),
            Signal::Internal(msg) => {
                if let Some(rest) = msg.strip_prefix("UNSUPPORTED ") {
                    self.finish(Outcome::Unsupported(rest.to_string()))
                } else {
                    self.finish(Outcome::Internal(msg))
                }
            }
            Signal::RunLoop(_) => self.finish(Outcome::Internal("event loop requested from inside the loop".into())),
        }
    }

    /// Budget ran out: check the "never yields" limit.
    fn budget_out(&mut self) -> Option<RunStatus> {
        if self.vm.ops_since_yield() > self.vm.limits.max_ops_without_yield {
            let msg = self.vm.blocked_message();
            return self.finish(Outcome::Limit(msg));
        }
        Some(RunStatus::Budget)
    }

    fn run_main(&mut self, stop: StopAt) -> Option<RunStatus> {
        self.vm.stop_at_lines = stop == StopAt::Line;
        match self.vm.run_fiber() {
            Stop::Returned(_) => {
                if let Err(Flow::Signal(s)) = self.vm.finalize_at_exit() {
                    return self.signal(s);
                }
                self.program_end();
                self.finish(Outcome::Ok)
            }
            Stop::Raised(e) => self.uncaught(e),
            Stop::Budget => self.budget_out(),
            Stop::Line => Some(RunStatus::Stopped),
            Stop::Awaiting(_) => self.finish(Outcome::Internal("module code awaited".into())),
            Stop::Signal(Signal::RunLoop(req)) => {
                self.start_request(req);
                None
            }
            Stop::Signal(s) => self.signal(s),
        }
    }

    /// `asyncio.run` / `run_until_complete` called by the main fiber.
    fn start_request(&mut self, req: RunRequest) {
        let main = std::mem::replace(&mut self.vm.cur, Fiber::new(FiberOwner::Callback));
        match req {
            RunRequest::Run { coro } => {
                let loop_id = self.vm.aio.new_loop();
                self.vm.aio.current = Some(loop_id);
                self.vm.trace.loop_started(loop_id);
                match self.vm.create_task(loop_id, coro, None) {
                    Ok(task) => {
                        let purpose = Purpose::Runner { stage: RunnerStage::Main, result: None };
                        self.begin_until_complete(main, loop_id, task, purpose);
                    }
                    Err(e) => self.resume_main(main, Err(e)),
                }
            }
            RunRequest::UntilComplete { loop_id, target } => {
                let fut = match &target {
                    Value::Future(f) => Ok(f.clone()),
                    Value::Coroutine(_) => self.vm.create_task(loop_id, target.clone(), None),
                    _ => self.vm.type_error("An asyncio.Future, a coroutine or an awaitable is required"),
                };
                match fut {
                    Ok(f) => self.begin_until_complete(main, loop_id, f, Purpose::UntilComplete),
                    Err(e) => self.resume_main(main, Err(e)),
                }
            }
        }
    }

    fn begin_until_complete(&mut self, main: Fiber, loop_id: u32, target: Rc<Future>, purpose: Purpose) {
        self.vm.fut_add_done_callback(&target, Callback::StopLoop);
        if let Some(l) = self.vm.aio.loop_mut(loop_id) {
            l.running = true;
            l.stopping = false;
        }
        self.vm.aio.running = Some(loop_id);
        self.mode = Mode::Loop(Box::new(LoopRun {
            main,
            loop_id,
            target,
            purpose,
            phase: Phase::IterationStart,
            idle: Fiber::new(FiberOwner::Callback),
            callback: None,
        }));
    }

    /// Resume the main fiber after a loop run, with its result.
    fn resume_main(&mut self, main: Fiber, result: Result<Value, Flow>) {
        self.vm.cur = main;
        self.vm.depth_base = 0;
        self.mode = Mode::Main;
        match result {
            Ok(v) => {
                if let Some(f) = self.vm.cur.frames.last_mut() {
                    f.stack.push(v);
                }
            }
            Err(Flow::Exc(e)) => {
                if let Some(f) = self.vm.cur.frames.last() {
                    let line = f.code.line_at(f.pc.saturating_sub(1));
                    let code = f.code.clone();
                    Vm::add_traceback(&e, &code, line);
                }
                if let Some(stop) = self.vm.unwind(e) {
                    match stop {
                        Stop::Raised(e) => {
                            self.uncaught(e);
                        }
                        _ => {
                            self.finish(Outcome::Internal("unexpected unwind result".into()));
                        }
                    }
                }
            }
            Err(Flow::Signal(s)) => {
                self.signal(s);
            }
        }
    }

    fn run_loop(&mut self, stop: StopAt) -> Option<RunStatus> {
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
    fn iteration_start(&mut self, loop_id: u32, stop: StopAt) -> Option<RunStatus> {
        let jumped_from = self.vm.clock;
        let r = self.iteration_start_inner(loop_id);
        if r.is_none() && self.vm.clock != jumped_from && matches!(stop, StopAt::Line | StopAt::Poll) {
            return Some(RunStatus::Stopped);
        }
        r
    }

    fn iteration_start_inner(&mut self, loop_id: u32) -> Option<RunStatus> {
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

    fn deadlock(&mut self) -> Option<RunStatus> {
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

    fn end_of_iteration(&mut self, loop_id: u32) -> Option<RunStatus> {
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

    fn next_handle(&mut self, loop_id: u32, stop: StopAt) -> Option<RunStatus> {
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
    fn callback_error(&mut self, e: Flow, what: &str) {
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
    fn handle_error(&mut self, e: Flow) {
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
        let text = crate::aio::repr::callback_text(&mut self.vm, func, args);
        let repr = crate::aio::repr::handle_repr(&mut self.vm, &h);
        self.callback_error(e, &format!("{text}\nhandle: {repr}"));
    }

    fn start_task_step(&mut self, task: Rc<Future>, exc: Option<Value>, stop: StopAt) -> Option<RunStatus> {
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

    fn continue_task(&mut self, task: Rc<Future>, stop: StopAt) -> Option<RunStatus> {
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

    fn finish_task_step(&mut self, task: Rc<Future>, stopped: Stop, stop: StopAt) -> Option<RunStatus> {
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
        if stop == StopAt::Poll || stop == StopAt::Line {
            return Some(RunStatus::Stopped);
        }
        None
    }

    fn start_callback(&mut self, func: Value, args: Vec<Value>, stop: StopAt) -> Option<RunStatus> {
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

    fn continue_callback(&mut self, stop: StopAt) -> Option<RunStatus> {
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

    fn end_callback(&mut self, err: Option<Flow>, stop: StopAt) -> Option<RunStatus> {
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

    /// `run_forever` returned (the loop stopped, or an exception escaped):
    /// finish `run_until_complete` and go on with what asked for it.
    fn finish_until_complete(&mut self, escaped: Option<Value>) {
        let Mode::Loop(run) = std::mem::replace(&mut self.mode, Mode::Finished) else { return };
        let mut run = *run;
        let loop_id = run.loop_id;
        if let Some(l) = self.vm.aio.loop_mut(loop_id) {
            l.stopping = false;
            l.running = false;
        }
        self.vm.aio.running = None;
        self.vm.fut_remove_done_callback(&run.target, &Callback::StopLoop);
        let result: Result<Value, Value> = match escaped {
            Some(e) => Err(e),
            None => {
                if !run.target.is_done() {
                    Err(self.vm.exc("RuntimeError", "Event loop stopped before Future completed."))
                } else {
                    match self.vm.future_result(&run.target) {
                        Ok(v) => Ok(v),
                        Err(Flow::Exc(e)) => Err(e),
                        Err(Flow::Signal(s)) => {
                            self.mode = Mode::Loop(Box::new(run));
                            self.signal(s);
                            return;
                        }
                    }
                }
            }
        };
        let purpose = std::mem::replace(&mut run.purpose, Purpose::UntilComplete);
        match purpose {
            Purpose::UntilComplete => {
                self.resume_main(run.main, result.map_err(Flow::Exc));
            }
            Purpose::Runner { stage, result: main_result } => {
                self.runner_next(run, stage, main_result, result);
            }
        }
    }

    /// The stages of `Runner.close()` after the main task.
    fn runner_next(&mut self, run: LoopRun, stage: RunnerStage, main_result: Option<Result<Value, Value>>, this: Result<Value, Value>) {
        let loop_id = run.loop_id;
        let main_result = match stage {
            RunnerStage::Main => Some(this),
            _ => main_result,
        };
        let next_stage = match stage {
            RunnerStage::Main => {
                let pending: Vec<Rc<Future>> = self.vm.aio.tasks.iter().filter(|t| t.loop_id == loop_id && !t.is_done()).cloned().collect();
                if pending.is_empty() {
                    Some(RunnerStage::ShutdownAsyncgens)
                } else {
                    Some(RunnerStage::CancelAll(pending))
                }
            }
            RunnerStage::CancelAll(tasks) => {
                for t in &tasks {
                    if t.is_cancelled() {
                        continue;
                    }
                    if let Some(e) = t.exception.borrow().clone() {
                        let tb = self.vm.format_traceback(&e);
                        self.vm.out.err(&format!("unhandled exception during asyncio.run() shutdown\n{tb}"));
                    }
                }
                Some(RunnerStage::ShutdownAsyncgens)
            }
            RunnerStage::ShutdownAsyncgens => Some(RunnerStage::ShutdownExecutor),
            RunnerStage::ShutdownExecutor => None,
        };
        let main = run.main;
        match next_stage {
            Some(RunnerStage::CancelAll(tasks)) => {
                for t in &tasks {
                    let _ = self.vm.task_cancel(t, Value::None);
                }
                let args: Vec<Value> = tasks.iter().map(|t| Value::Future(t.clone())).collect();
                match self.vm.gather(args, true) {
                    Ok(Value::Future(g)) => {
                        let purpose = Purpose::Runner { stage: RunnerStage::CancelAll(tasks), result: main_result };
                        self.begin_until_complete(main, loop_id, g, purpose);
                    }
                    _ => self.runner_done(main, loop_id, main_result),
                }
            }
            Some(stage @ (RunnerStage::ShutdownAsyncgens | RunnerStage::ShutdownExecutor)) => {
                // loop.shutdown_asyncgens() / shutdown_default_executor():
                // each a task (shutdown_asyncgens acloses the async
                // generators still alive).
                let coro = match stage {
                    RunnerStage::ShutdownAsyncgens => self.vm.shutdown_asyncgens_coroutine(loop_id),
                    _ => self.vm.noop_coroutine(),
                };
                match coro {
                    Ok(coro) => match self.vm.create_task(loop_id, coro, None) {
                        Ok(task) => {
                            let purpose = Purpose::Runner { stage, result: main_result };
                            self.begin_until_complete(main, loop_id, task, purpose);
                        }
                        Err(_) => self.runner_done(main, loop_id, main_result),
                    },
                    Err(_) => self.runner_done(main, loop_id, main_result),
                }
            }
            _ => self.runner_done(main, loop_id, main_result),
        }
    }

    fn runner_done(&mut self, main: Fiber, loop_id: u32, main_result: Option<Result<Value, Value>>) {
        if let Some(l) = self.vm.aio.loop_mut(loop_id) {
            l.closed = true;
            let left: Vec<_> = l.ready.drain(..).collect();
            for h in &left {
                h.mark_ready(false);
                self.vm.trace.handle_left(h);
            }
        }
        self.vm.aio.current = None;
        self.vm.trace.loop_closed(loop_id);
        let r = main_result.unwrap_or(Ok(Value::None));
        self.resume_main(main, r.map_err(Flow::Exc));
    }

    /// The program's module code returned: report what a learner should
    /// know (coroutines never awaited are reported as they are dropped).
    fn program_end(&mut self) {
        let warnings: Vec<String> = self.vm.warnings.borrow_mut().drain(..).collect();
        for w in warnings {
            self.vm.out.err(&format!("{w}\n"));
        }
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
