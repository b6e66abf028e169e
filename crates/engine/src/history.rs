//! Recording a run step by step, and moving through the recorded steps at
//! every granularity (line, poll, iteration, output, breakpoint) without
//! re-running anything.
//!
//! `Recording` drives the engine in bounded slices (the browser stays
//! responsive); each stop becomes a step whose `StepView` is stored in a
//! `Store` (see `store.rs`: checkpoints plus per-step changes).

use crate::engine::{Engine, Outcome, RunStatus, StopAt};
use crate::error::CompileError;
use crate::trace::Event;
use crate::narrate::{Narration, StopInfo};
use crate::view::*;
use crate::vm::Vm;

/// How far a step control moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Granularity {
    /// One recorded step.
    Line,
    /// To the next poll boundary (a handle finished, or the clock jumped).
    Poll,
    /// To the start of the next loop iteration.
    Iteration,
    /// To the next step that printed something.
    Output,
    /// To the next time this line is about to run.
    Breakpoint(u32),
}

/// A finished or growing record of a run.
#[derive(Debug, Default)]
pub struct History {
    store: crate::store::Store,
    pub output: Vec<OutputLine>,
    pub outcome: Option<Outcome>,
    pub warnings: Vec<Warning>,
    /// stderr as CPython would print it (tracebacks, warnings).
    pub stderr: String,
    pub finished: bool,
    /// Mismatches found by `Recording::verify_each_step`.
    pub verify_errors: Vec<String>,
}

impl History {
    pub fn len(&self) -> usize {
        self.store.len()
    }

    pub fn is_empty(&self) -> bool {
        self.store.len() == 0
    }

    /// The state at step `k` (clamped to the last step).
    pub fn view(&self, k: usize) -> StepView {
        let k = k.min(self.len().saturating_sub(1));
        self.store.view(k)
    }

    /// Step `k` (clamped to the last step) without the text of its lists:
    /// what the page shows of it besides the rows, which it reads a window
    /// at a time with `ready_rows`, `timer_rows` and `task_rows`.
    pub fn step(&self, k: usize) -> Step {
        let k = k.min(self.len().saturating_sub(1));
        self.store.step(k)
    }

    /// Rows `range` of `step`'s ready queue, first to run first (the same
    /// as `view(step.index).ready[range]`, clamped).
    pub fn ready_rows(&self, step: &Step, range: std::ops::Range<usize>) -> Vec<HandleView> {
        self.store.ready_rows(&step.rows, range)
    }

    /// Rows `range` of `step`'s timers, by deadline.
    pub fn timer_rows(&self, step: &Step, range: std::ops::Range<usize>) -> Vec<TimerView> {
        self.store.timer_rows(&step.rows, range)
    }

    /// Rows `range` of `step`'s tasks, by id.
    pub fn task_rows(&self, step: &Step, range: std::ops::Range<usize>) -> Vec<TaskView> {
        self.store.task_rows(&step.rows, range)
    }

    /// Task `id` at `step`, if it exists then.
    pub fn task(&self, step: &Step, id: u32) -> Option<TaskView> {
        self.store.task_in(&step.rows, id)
    }

    pub fn kind(&self, k: usize) -> StepKind {
        self.store.kind(k)
    }

    /// The clock at step `k` (cheap).
    pub fn clock(&self, k: usize) -> f64 {
        self.store.clock(k)
    }

    /// The line at step `k` (cheap).
    pub fn line(&self, k: usize) -> Option<u32> {
        self.store.line(k)
    }

    /// Bytes the step store uses (for the benchmark).
    pub fn bytes(&self) -> usize {
        self.store.bytes()
    }

    pub fn bytes_breakdown(&self) -> Vec<(&'static str, usize)> {
        self.store.bytes_breakdown()
    }

    fn matches(&self, k: usize, g: Granularity, from: usize) -> bool {
        match g {
            Granularity::Line => true,
            Granularity::Poll => matches!(self.kind(k), StepKind::Poll | StepKind::ClockJump | StepKind::End | StepKind::Blocked),
            Granularity::Iteration => self.store.iteration(k) != self.store.iteration(from) || self.kind(k) == StepKind::End,
            Granularity::Output => self.store.output_lines(k) != self.store.output_lines(from) || self.kind(k) == StepKind::End,
            Granularity::Breakpoint(line) => (self.kind(k) == StepKind::Line && self.store.line(k) == Some(line)) || self.kind(k) == StepKind::End,
        }
    }

    /// The step reached by moving forward from `from`.
    pub fn next(&self, from: usize, g: Granularity) -> usize {
        let last = self.len().saturating_sub(1);
        let mut k = from;
        while k < last {
            k += 1;
            if self.matches(k, g, from) {
                return k;
            }
        }
        last
    }

    /// The step reached by moving backward from `from`.
    pub fn prev(&self, from: usize, g: Granularity) -> usize {
        let mut k = from.min(self.len().saturating_sub(1));
        while k > 0 {
            k -= 1;
            let hit = match g {
                // Going back by iteration lands on the first step of the
                // previous iteration.
                Granularity::Iteration => self.store.iteration(k) != self.store.iteration(from) && (k == 0 || self.store.iteration(k - 1) != self.store.iteration(k)),
                Granularity::Output => self.store.output_lines(k) != self.store.output_lines(from),
                _ => self.matches(k, g, from),
            };
            if hit {
                return k;
            }
        }
        0
    }

    /// One lane per task over the whole run.
    pub fn lanes(&self) -> Vec<Lane> {
        self.store.lanes()
    }

    /// Output lines up to step `k`.
    pub fn output_at(&self, k: usize) -> &[OutputLine] {
        let n = self.store.output_lines(k.min(self.len().saturating_sub(1)));
        &self.output[..n.min(self.output.len())]
    }
}

/// A run being recorded.
pub struct Recording {
    engine: Engine,
    pub history: History,
    /// Set when the last stop was a `time.sleep` that moved the clock.
    pending_block: Option<(f64, f64)>,
    /// Events seen since the last recorded step.
    carried: Vec<Event>,
    /// The handle being run (its poll may span several steps).
    poll_handle: Option<crate::trace::HandleInfo>,
    /// The last recorded step is a shutdown poll of asyncio.run().
    in_shutdown: bool,
    /// Compare each stored step with a full, uncompressed model (tests).
    verify: bool,
    /// The model: every task's latest view, kept whole.
    model: Vec<Option<TaskView>>,
}

/// Options for a recording.
#[derive(Clone, Debug)]
pub struct RecordOptions {
    /// Stop recording after this many steps (the run ends with a LIMIT).
    pub max_steps: usize,
}

impl Default for RecordOptions {
    fn default() -> Self {
        RecordOptions { max_steps: 2_000_000 }
    }
}

impl Recording {
    /// Compile `source` and record its first step (nothing run yet).
    pub fn new(source: &str, filename: &str) -> Result<Recording, CompileError> {
        let mut engine = crate::engine::load(source, filename)?;
        engine.vm.trace.enable();
        let mut r = Recording { engine, history: History::default(), pending_block: None, carried: Vec::new(), poll_handle: None, in_shutdown: false, verify: false, model: Vec::new() };
        r.history.store.set_source(source);
        r.push_step(StopInfo { kind: StepKind::Start, who: None, line: None, narration: Narration::Start, call_name: None }, &[]);
        Ok(r)
    }

    /// Check every step against a live capture (for tests; slow).
    pub fn verify_each_step(&mut self) {
        self.verify = true;
    }

    pub fn engine(&self) -> &Engine {
        &self.engine
    }

    pub fn is_finished(&self) -> bool {
        self.history.finished
    }

    /// Record more steps, running at most about `budget` instructions.
    /// Returns true when the run is over.
    pub fn advance(&mut self, budget: i64, opts: &RecordOptions) -> bool {
        if self.history.finished {
            return true;
        }
        let mut left = budget;
        while left > 0 {
            let before = self.engine.vm.ops_total;
            let status = self.engine.run(StopAt::Line, left.min(200_000));
            left -= (self.engine.vm.ops_total - before).max(1) as i64;
            let mut events = self.engine.vm.trace.drain();
            self.collect_output(&events);
            match status {
                RunStatus::Finished => {
                    self.carried.extend(events);
                    self.finish();
                    return true;
                }
                RunStatus::Budget => {
                    self.note_block(&events);
                    // Keep the events for the next step.
                    self.carried.extend(events);
                }
                RunStatus::Stopped => {
                    self.note_block(&events);
                    self.record_stop(&mut events);
                    if self.history.len() >= opts.max_steps {
                        self.engine_limit(opts.max_steps);
                        return true;
                    }
                }
            }
        }
        false
    }

    /// Record everything (for the CLI and tests).
    pub fn run_to_end(mut self, opts: &RecordOptions) -> History {
        while !self.advance(1 << 22, opts) {}
        self.history
    }

    fn note_block(&mut self, events: &[Event]) -> bool {
        let mut any = false;
        for e in events {
            if let Event::Blocked { from, to } = e {
                let start = self.pending_block.map(|b| b.0).unwrap_or(*from);
                self.pending_block = Some((start, *to));
                any = true;
            }
        }
        any
    }

    fn collect_output(&mut self, _events: &[Event]) {
        let lines = &self.engine.vm.out.lines;
        let step = self.history.len();
        while self.history.output.len() < lines.len() {
            let l = &lines[self.history.output.len()];
            self.history.output.push(OutputLine { t: l.t, text: l.text.clone(), step });
        }
    }

    fn record_stop(&mut self, events: &mut Vec<Event>) {
        let mut all = std::mem::take(&mut self.carried);
        if all.is_empty() {
            all = std::mem::take(events);
        } else {
            all.append(events);
        }
        let blocked = self.pending_block.take().is_some();
        let info = crate::narrate::classify_stop(&self.engine.vm, &all, blocked, &mut self.poll_handle);
        // asyncio.run()'s shutdown runs several handles that say nothing
        // new: the first is a step, the rest fold into the next step.
        let shutdown = info.narration == Narration::Poll(crate::narrate::PollWhat::Shutdown);
        if shutdown && self.in_shutdown {
            self.carried = all;
            return;
        }
        self.in_shutdown = shutdown;
        self.push_step(info, &all);
        all.clear();
        self.carried = all;
    }

    fn push_step(&mut self, info: StopInfo, events: &[Event]) {
        use crate::store::QueueChange;
        let vm = &mut self.engine.vm;
        let store = &mut self.history.store;
        let mut dirty: std::collections::BTreeSet<u32> = std::collections::BTreeSet::new();
        let loop_of = |vm: &Vm| vm.aio.running.or(vm.aio.current).unwrap_or(0);
        for e in events {
            match e {
                Event::Scheduled(h) => {
                    let loop_id = loop_of(vm);
                    store.queue_change(QueueChange::Added { seq: h.seq, when: h.when, label: h.label.to_string(), task: h.task, steps: h.stepped_task().is_some(), loop_id });
                    dirty.extend(h.task);
                }
                Event::ToReady(h) => {
                    let loop_id = loop_of(vm);
                    store.queue_change(QueueChange::ToReady { seq: h.seq, label: h.label.to_string(), task: h.task, steps: h.stepped_task().is_some(), loop_id });
                    dirty.extend(h.task);
                }
                Event::HandleLeft(h) | Event::HandleCancelled(h) => {
                    store.queue_change(QueueChange::Removed { seq: h.seq });
                    dirty.extend(h.task);
                }
                Event::TaskCreated { task } | Event::TaskStepped { task } | Event::TaskRenamed { task } | Event::TaskCancelRequested { task } => {
                    dirty.insert(*task);
                }
                Event::FutureDone { task } if *task != 0 => {
                    dirty.insert(*task);
                }
                _ => {}
            }
        }
        if let Some(cur) = vm.aio.current_task.as_ref().and_then(|t| t.task().map(|d| d.id)) {
            dirty.insert(cur);
        }
        for id in dirty {
            let Some(t) = vm.aio.tasks.get(id as usize - 1).cloned() else { continue };
            if t.code_internal() {
                continue;
            }
            let view = vm.task_view(&t);
            store.task_version(&view);
            if self.verify {
                let i = id as usize - 1;
                if self.model.len() <= i {
                    self.model.resize(i + 1, None);
                }
                self.model[i] = Some(view);
            }
        }
        let input = crate::store::StepInput {
            kind: info.kind,
            who: info.who,
            line: info.line,
            narration: info.narration,
            arg: info.call_name,
            clock: vm.clock,
            iteration: vm.aio.loops.iter().map(|l| l.iteration).sum(),
            poll: vm.trace.polls,
            output_lines: vm.out.lines.len(),
            loop_id: vm.aio.running.or(vm.aio.current).or_else(|| (vm.aio.loops.len() as u32).checked_sub(1)).unwrap_or(0),
        };
        store.push(input);
        if self.verify {
            let k = self.history.store.len() - 1;
            let stored = self.history.store.view(k);
            let vm = &mut self.engine.vm;
            let (ready, timers, _) = vm.capture_loop();
            // Suspended tasks are shown as they were when they last
            // changed (the model keeps exactly those views).
            let tasks: Vec<TaskView> = self.model.iter().flatten().cloned().collect();
            let live = StepView { ready, timers, tasks, ..stored.clone() };
            if live != stored {
                self.history.verify_errors.push(format!("step {k}: stored {:?}\n   live {:?}", stored, live));
            }
        }
    }

    fn finish(&mut self) {
        let outcome = self.engine.outcome().cloned().unwrap_or(Outcome::Ok);
        self.collect_output(&[]);
        let sentence = crate::narrate::describe_end(&outcome, self.engine.vm.clock);
        let events = std::mem::take(&mut self.carried);
        self.push_step(StopInfo { kind: StepKind::End, who: None, line: None, narration: Narration::End, call_name: Some(sentence) }, &events);
        self.history.store.finish();
        self.history.warnings = crate::narrate::warnings(&mut self.engine.vm, &outcome, &self.history);
        self.history.stderr = self.engine.vm.out.stderr.clone();
        self.history.outcome = Some(outcome);
        self.history.finished = true;
    }

    fn engine_limit(&mut self, max_steps: usize) {
        let outcome = Outcome::Limit(format!("more than {} recorded steps", crate::vm::call::group_thousands(max_steps as u64)));
        let sentence = crate::narrate::describe_end(&outcome, self.engine.vm.clock);
        let events = std::mem::take(&mut self.carried);
        // Stopped in the middle of a task: the end shows where it stopped.
        let vm = &self.engine.vm;
        let who = vm.aio.current_task.as_ref().and_then(|t| t.task().map(|d| d.id));
        let line = if who.is_some() { vm.cur.frames.last().map(|f| f.line).filter(|l| *l != 0) } else { None };
        self.push_step(StopInfo { kind: StepKind::End, who, line, narration: Narration::End, call_name: Some(sentence) }, &events);
        self.history.store.finish();
        self.history.outcome = Some(outcome);
        self.history.finished = true;
    }
}
