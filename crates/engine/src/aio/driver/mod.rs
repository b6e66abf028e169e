//! The driver: runs a program's module code, and the event loops it starts
//! (`asyncio.run`, `run_until_complete`), one step at a time. CPython's
//! `run_forever` / `_run_once` / `Runner` sequences live here as a state
//! machine, so the engine can stop after any line, poll or iteration and
//! resume later. Every step is reported through `vm.trace`.
//!
//! `mod.rs`: the engine, module code and starting/ending loop runs;
//! `run_once.rs`: `_run_once` (timers, the ready queue, task steps and
//! callbacks); `runner.rs`: `run_until_complete`'s end and `asyncio.run`'s
//! shutdown stages.

mod run_once;
mod runner;

use crate::aio::future::{Callback, Future};
use crate::aio::RunRequest;
use crate::compiler::code::Code;
use crate::error::CompileError;
use crate::outcome::{Outcome, RunStatus, StopAt};
use crate::value::Value;
use crate::vm::exec::Stop;
use crate::vm::frame::{Fiber, FiberOwner, Frame, FrameKind};
use crate::vm::{Flow, Signal, Vm};
use runner::{Purpose, RunnerStage};
use std::rc::Rc;

#[derive(Debug)]
enum Phase {
    IterationStart,
    RunHandles,
    InTask(Rc<Future>),
    InCallback,
}

#[derive(Debug)]
struct LoopRun {
    main: Fiber,
    loop_id: u32,
    /// What `run_until_complete` waits for (None for `run_forever`).
    target: Option<Rc<Future>>,
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
    // `__file__` is the path as given (as `python3 PATH` sets it).
    vm.main_globals.borrow_mut().insert(Rc::from("__file__"), Value::str(filename));
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
        crate::format::set_int_digits_limit(self.vm.int_max_str_digits);
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
        let line = self.vm.raised_line(&exc);
        self.finish(Outcome::Uncaught { type_name, message, traceback, line })
    }

    fn signal(&mut self, s: Signal) -> Option<RunStatus> {
        match s {
            Signal::Limit(msg) => self.finish(Outcome::Limit(msg)),
            Signal::Exit(code) => self.finish(Outcome::Exit(code)),
            Signal::Unsupported(what) => {
                let line = self.vm.learner_line();
                self.finish(Outcome::Unsupported { what, line })
            }
            Signal::Internal(msg) => self.finish(Outcome::Internal(msg)),
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
                let loop_id = match self.vm.new_event_loop() {
                    Ok(id) => id,
                    Err(e) => return self.resume_main(main, Err(e)),
                };
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
            RunRequest::Forever { loop_id } => self.begin_loop(main, loop_id, None, Purpose::Forever),
        }
    }

    fn begin_until_complete(&mut self, main: Fiber, loop_id: u32, target: Rc<Future>, purpose: Purpose) {
        self.vm.fut_add_done_callback(&target, Callback::StopLoop);
        self.begin_loop(main, loop_id, Some(target), purpose);
    }

    /// `run_forever`: the loop runs until it is stopped (a `stop()` made
    /// before it started stops it after one iteration, as in CPython).
    fn begin_loop(&mut self, main: Fiber, loop_id: u32, target: Option<Rc<Future>>, purpose: Purpose) {
        if let Some(l) = self.vm.aio.loop_mut(loop_id) {
            l.running = true;
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

    fn program_end(&mut self) {
        let dropped: Vec<Rc<str>> = self.vm.warnings.borrow_mut().drain(..).collect();
        for coro in dropped {
            self.vm.out.err(&format!("RuntimeWarning: coroutine '{coro}' was never awaited\n"));
            self.vm.never_awaited.push(coro);
        }
    }
}
