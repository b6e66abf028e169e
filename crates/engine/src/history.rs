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
use crate::view::*;

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

    pub fn kind(&self, k: usize) -> StepKind {
        self.store.kind(k)
    }

    /// Bytes the step store uses (for the benchmark).
    pub fn bytes(&self) -> usize {
        self.store.bytes()
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
        let mut r = Recording { engine, history: History::default(), pending_block: None };
        let narration = "The program is loaded; nothing has run yet. Its module code runs first.".to_string();
        r.push_step(StepKind::Start, None, None, narration);
        Ok(r)
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
            let events = self.engine.vm.trace.drain();
            self.collect_output(&events);
            match status {
                RunStatus::Finished => {
                    self.finish();
                    return true;
                }
                RunStatus::Budget => {
                    if self.note_block(&events) {
                        continue;
                    }
                }
                RunStatus::Stopped => {
                    self.note_block(&events);
                    self.record_stop(&events);
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

    fn record_stop(&mut self, events: &[Event]) {
        let (kind, task, line, narration) = crate::narrate::describe_stop(&mut self.engine.vm, events, self.pending_block.take());
        self.push_step(kind, task, line, narration);
    }

    fn push_step(&mut self, kind: StepKind, task: Option<u32>, line: Option<u32>, narration: String) {
        let vm = &mut self.engine.vm;
        let (ready, timers, tasks) = vm.capture_loop();
        let iteration = vm.aio.loops.iter().map(|l| l.iteration).sum();
        let view = StepView {
            index: self.history.len(),
            kind,
            clock: vm.clock,
            iteration,
            poll: vm.trace.polls,
            task,
            line,
            narration,
            ready,
            timers,
            tasks,
            output_lines: vm.out.lines.len(),
        };
        self.history.store.push(view);
    }

    fn finish(&mut self) {
        let outcome = self.engine.outcome().cloned().unwrap_or(Outcome::Ok);
        self.collect_output(&[]);
        let narration = crate::narrate::describe_end(&outcome, self.engine.vm.clock);
        self.push_step(StepKind::End, None, None, narration);
        self.history.warnings = crate::narrate::warnings(&mut self.engine.vm, &outcome, &self.history);
        self.history.stderr = self.engine.vm.out.stderr.clone();
        self.history.outcome = Some(outcome);
        self.history.finished = true;
    }

    fn engine_limit(&mut self, max_steps: usize) {
        let outcome = Outcome::Limit(format!("more than {} recorded steps", crate::vm::call::group_thousands(max_steps as u64)));
        let narration = crate::narrate::describe_end(&outcome, self.engine.vm.clock);
        self.push_step(StepKind::End, None, None, narration);
        self.history.outcome = Some(outcome);
        self.history.finished = true;
    }
}
