//! The end of `run_until_complete` (the loop stopped, or an exception
//! escaped) and the stages of `asyncio.run()`'s `Runner.close()`: cancel
//! the tasks left, shut down async generators and the default executor.

use super::{Engine, LoopRun, Mode};
use crate::aio::future::{Callback, Future};
use crate::value::Value;
use crate::vm::frame::Fiber;
use crate::vm::Flow;
use std::rc::Rc;

#[derive(Debug)]
pub(super) enum RunnerStage {
    Main,
    CancelAll(Vec<Rc<Future>>),
    ShutdownAsyncgens,
    ShutdownExecutor,
}

#[derive(Debug)]
pub(super) enum Purpose {
    UntilComplete,
    /// `loop.run_forever()`: returns None once the loop is stopped.
    Forever,
    Runner { stage: RunnerStage, result: Option<Result<Value, Value>> },
}

impl Engine {
    pub(super) fn finish_until_complete(&mut self, escaped: Option<Value>) {
        let Mode::Loop(run) = std::mem::replace(&mut self.mode, Mode::Finished) else { return };
        let mut run = *run;
        let loop_id = run.loop_id;
        if let Some(l) = self.vm.aio.loop_mut(loop_id) {
            l.stopping = false;
            l.running = false;
        }
        self.vm.aio.running = None;
        if let Some(target) = &run.target {
            self.vm.fut_remove_done_callback(target, &Callback::StopLoop);
        }
        let result: Result<Value, Value> = match (escaped, run.target.clone()) {
            (Some(e), _) => Err(e),
            (None, None) => Ok(Value::None),
            (None, Some(target)) => {
                if !target.is_done() {
                    Err(self.vm.exc("RuntimeError", "Event loop stopped before Future completed."))
                } else {
                    match self.vm.future_result(&target) {
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
            Purpose::UntilComplete | Purpose::Forever => {
                self.resume_main(run.main, result.map_err(Flow::Exc));
            }
            Purpose::Runner { stage, result: main_result } => {
                self.runner_next(run, stage, main_result, result);
            }
        }
    }

    /// The stages of `Runner.close()` after the main task.
    pub(super) fn runner_next(&mut self, run: LoopRun, stage: RunnerStage, main_result: Option<Result<Value, Value>>, this: Result<Value, Value>) {
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
                    let exc = t.exception.borrow().clone();
                    if let Some(e) = exc {
                        let items = vec![("message", Value::str("unhandled exception during asyncio.run() shutdown")), ("exception", e), ("task", Value::Future(t.clone()))];
                        if let Err(Flow::Signal(s)) = self.vm.report_to_loop(loop_id, items) {
                            self.signal(s);
                            return;
                        }
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

    pub(super) fn runner_done(&mut self, main: Fiber, loop_id: u32, main_result: Option<Result<Value, Value>>) {
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
}
