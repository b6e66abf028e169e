//! The read side of a recorded run: any step, rebuilt from the store
//! without re-running anything, and moving through the steps at every
//! granularity (line, poll, iteration, output) and to breakpoints.

use super::store::{LaneBuilder, Store};
use crate::outcome::Outcome;
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
}

/// A finished or growing record of a run.
#[derive(Debug, Default)]
pub struct History {
    pub(super) store: Store,
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

    /// Step `k` (clamped to the last step) without the text of its lists:
    /// the page reads the rows a window at a time with `ready_rows`,
    /// `timer_rows` and `task_rows`; `lists` makes all of them.
    pub fn step(&self, k: usize) -> Step {
        let k = k.min(self.len().saturating_sub(1));
        self.store.step(k)
    }

    /// Every row of `step`'s lists.
    pub fn lists(&self, step: &Step) -> StepLists {
        self.store.lists(&step.rows)
    }

    /// Rows `range` of `step`'s ready queue, first to run first (clamped).
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

    /// Every step in order with its kind, time, task, line and sentence,
    /// in one pass (O(steps + handles + timers), whatever the tasks): what
    /// `trace` and `explain` print.
    pub fn briefs(&self) -> super::store::Briefs<'_> {
        self.store.briefs()
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

    /// True when step `k` is about to run one of `lines` (sorted).
    fn at_breakpoint(&self, k: usize, lines: &[u32]) -> bool {
        self.kind(k) == StepKind::Line && self.store.line(k).is_some_and(|l| lines.binary_search(&l).is_ok())
    }

    /// The next step about to run one of `lines` (sorted), or the last
    /// step when none is (a debugger's "continue").
    pub fn next_breakpoint(&self, from: usize, lines: &[u32]) -> usize {
        let last = self.len().saturating_sub(1);
        (from + 1..=last).find(|&k| self.at_breakpoint(k, lines)).unwrap_or(last.max(from))
    }

    /// The previous step about to run one of `lines` (sorted), or the
    /// first step.
    pub fn prev_breakpoint(&self, from: usize, lines: &[u32]) -> usize {
        (0..from.min(self.len())).rev().find(|&k| self.at_breakpoint(k, lines)).unwrap_or(0)
    }

    /// One lane per task over the whole run.
    pub fn lanes(&self) -> Vec<Lane> {
        self.store.lanes()
    }

    /// The lanes a piece at a time: about `budget` task versions into
    /// `b`; true when all are built (`b.into_lanes()`).
    pub fn build_lanes(&self, b: &mut LaneBuilder, budget: usize) -> bool {
        self.store.build_lanes(b, budget)
    }

    /// Output lines up to step `k`.
    pub fn output_at(&self, k: usize) -> &[OutputLine] {
        let n = self.store.output_lines(k.min(self.len().saturating_sub(1)));
        &self.output[..n.min(self.output.len())]
    }
}
