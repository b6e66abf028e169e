//! Recording a run step by step: `Recording` drives the engine in bounded
//! slices (the browser stays responsive), classifies each stop and stores
//! it as a step in the `History`'s store (checkpoints plus per-step
//! changes; see `store/`).

use super::classify::{self, Narration, PollWhat, StopInfo};
use super::history::History;
use crate::aio::events::{Event, HandleInfo};
use crate::aio::Engine;
use crate::error::CompileError;
use crate::outcome::{Outcome, RunStatus, StopAt};
use crate::view::*;
use crate::vm::Vm;

/// A run being recorded.
pub struct Recording {
    engine: Engine,
    pub history: History,
    /// Set when the last stop was a `time.sleep` that moved the clock.
    pending_block: Option<(f64, f64)>,
    /// Events seen since the last recorded step.
    carried: Vec<Event>,
    /// The handle being run (its poll may span several steps).
    poll_handle: Option<HandleInfo>,
    /// The last recorded step is a shutdown poll of asyncio.run().
    in_shutdown: bool,
    /// Compare each stored step with a full, uncompressed model (tests).
    verify: bool,
    /// The model: every task's latest view, kept whole.
    model: Vec<Option<TaskView>>,
    /// The program defines coroutine functions (`async def`).
    defines_coroutines: bool,
    /// The run is over and its last step recorded; the store is being
    /// finished in pieces (`FINISH_PIECE` versions per `advance`).
    closing: bool,
    /// A step whose task views are being taken in pieces (`DIRTY_PIECE`
    /// per `advance`): the engine waits until it is pushed.
    pending: Option<Pending>,
    /// The tasks (and the main program) that have run a line so far.
    ran: std::collections::HashSet<u32>,
}

/// A step being recorded: its stop, and the tasks whose views it takes.
struct Pending {
    info: StopInfo,
    dirty: Vec<u32>,
    next: usize,
}

/// Task views a step takes per `advance` call: one instruction may change
/// 10,000 tasks at once (`gather(*coros)`), and their views are taken over
/// several slices of the page rather than in one long one.
const DIRTY_PIECE: usize = 1_000;

/// Task versions the store moves per `advance` call once the run is over
/// (about 2 ms in the page), so a run of millions of steps ends in frames.
const FINISH_PIECE: usize = 100_000;

/// Options for a recording.
#[derive(Clone, Debug)]
pub struct RecordOptions {
    /// Stop recording after this many steps (the run ends with a LIMIT).
    pub max_steps: usize,
    /// Once the run is over, task versions the store moves per `advance`
    /// (see `FINISH_PIECE`).
    pub finish_piece: usize,
}

impl Default for RecordOptions {
    fn default() -> Self {
        RecordOptions { max_steps: 2_000_000, finish_piece: FINISH_PIECE }
    }
}

impl Recording {
    /// Compile `source` and record its first step (nothing run yet).
    pub fn new(source: &str, filename: &str) -> Result<Recording, CompileError> {
        let mut engine = crate::aio::load(source, filename)?;
        engine.vm.trace.enable();
        let mut r = Recording { engine, history: History::default(), pending_block: None, carried: Vec::new(), poll_handle: None, in_shutdown: false, verify: false, model: Vec::new(), defines_coroutines: crate::lexer::defines_coroutines(source), closing: false, pending: None, ran: Default::default() };
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
        if self.closing {
            return self.close_some(opts.finish_piece);
        }
        if self.pending.is_some() {
            if !self.continue_step(DIRTY_PIECE) {
                return false;
            }
            if self.at_step_cap(opts) {
                return self.close_some(opts.finish_piece);
            }
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
                    return self.close_some(opts.finish_piece);
                }
                RunStatus::Budget => {
                    self.note_block(&events);
                    // Keep the events for the next step.
                    self.carried.extend(events);
                }
                RunStatus::Stopped => {
                    self.note_block(&events);
                    self.record_stop(&mut events);
                    if self.pending.is_some() {
                        return false;
                    }
                    if self.at_step_cap(opts) {
                        return self.close_some(opts.finish_piece);
                    }
                }
            }
        }
        false
    }

    /// After a step is pushed: at `max_steps` the run ends with a LIMIT
    /// (true then).
    fn at_step_cap(&mut self, opts: &RecordOptions) -> bool {
        let capped = self.history.len() >= opts.max_steps;
        if capped {
            self.engine_limit(opts.max_steps);
        }
        capped
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
        let info = classify::classify_stop(&self.engine.vm, &all, blocked, &mut self.poll_handle, &mut self.ran);
        // asyncio.run()'s shutdown runs several handles that say nothing
        // new: the first is a step, the rest fold into the next step.
        let shutdown = info.narration == Narration::Poll(PollWhat::Shutdown);
        if shutdown && self.in_shutdown {
            self.carried = all;
            return;
        }
        self.in_shutdown = shutdown;
        self.begin_step(info, &all);
        self.continue_step(DIRTY_PIECE);
        all.clear();
        self.carried = all;
    }

    /// Records a step at once.
    fn push_step(&mut self, info: StopInfo, events: &[Event]) {
        self.begin_step(info, events);
        while !self.continue_step(usize::MAX) {}
    }

    /// Starts recording a step: its queue changes, and the tasks whose
    /// views it must take.
    fn begin_step(&mut self, info: StopInfo, events: &[Event]) {
        use super::store::QueueChange;
        let vm = &mut self.engine.vm;
        let store = &mut self.history.store;
        let mut dirty: std::collections::BTreeSet<u32> = std::collections::BTreeSet::new();
        let loop_of = |vm: &Vm| vm.aio.running.or(vm.aio.current).unwrap_or(0);
        for e in events {
            match e {
                Event::Scheduled(h) => {
                    let loop_id = loop_of(vm);
                    store.queue_change(QueueChange::Added { seq: h.seq, when: h.when, label: h.label.clone(), task: h.task, steps: h.stepped_task().is_some(), loop_id });
                    dirty.extend(h.task);
                }
                Event::ToReady(h) => {
                    let loop_id = loop_of(vm);
                    store.queue_change(QueueChange::ToReady { seq: h.seq, label: h.label.clone(), task: h.task, steps: h.stepped_task().is_some(), loop_id });
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
        self.pending = Some(Pending { info, dirty: dirty.into_iter().collect(), next: 0 });
    }

    /// Takes up to `budget` of the pending step's task views; pushes the
    /// step once all are taken (true then).
    fn continue_step(&mut self, budget: usize) -> bool {
        let Some(mut p) = self.pending.take() else { return true };
        let vm = &mut self.engine.vm;
        let store = &mut self.history.store;
        let end = p.dirty.len().min(p.next.saturating_add(budget));
        for &id in &p.dirty[p.next..end] {
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
        if end < p.dirty.len() {
            p.next = end;
            self.pending = Some(p);
            return false;
        }
        let info = p.info;
        let input = super::store::StepInput {
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
            let stored = self.history.store.lists(&self.history.store.rows(k));
            let (ready, timers) = self.engine.vm.capture_loop();
            // Suspended tasks are shown as they were when they last
            // changed (the model keeps exactly those views).
            let tasks: Vec<TaskView> = self.model.iter().flatten().cloned().collect();
            let live = StepLists { ready, timers, tasks };
            if live != stored {
                self.history.verify_errors.push(format!("step {k}: stored {:?}\n   live {:?}", stored, live));
            }
        }
        true
    }

    fn finish(&mut self) {
        let outcome = self.engine.outcome().cloned().unwrap_or(Outcome::Ok);
        self.collect_output(&[]);
        let mut sentence = super::narrate::describe_end(&outcome, self.engine.vm.clock);
        if outcome == Outcome::Ok && self.defines_coroutines && self.engine.vm.aio.loops.is_empty() {
            sentence.push_str(" It defines coroutines but never ran an event loop, so none of them ran: start one with asyncio.run(main()).");
        }
        let events = std::mem::take(&mut self.carried);
        self.push_step(StopInfo { kind: StepKind::End, who: None, line: None, narration: Narration::End, call_name: Some(sentence) }, &events);
        self.history.warnings = super::warnings::warnings(&mut self.engine.vm, &outcome, &self.history);
        self.history.stderr = self.engine.vm.out.stderr.clone();
        self.history.outcome = Some(outcome);
        self.closing = true;
    }

    /// Finishes one piece of the store; true (and the history finished)
    /// once it is all done.
    fn close_some(&mut self, piece: usize) -> bool {
        if self.history.store.finish_some(piece.max(1)) {
            self.history.finished = true;
        }
        self.history.finished
    }

    fn engine_limit(&mut self, max_steps: usize) {
        // Most of the steps in one poll that never awaited: say so, as a run
        // without recording does (`while True: pass` in a task).
        let ops = self.engine.vm.ops_since_yield();
        let reason = if ops >= max_steps as u64 / 2 {
            self.engine.vm.blocked_after(ops)
        } else {
            format!("more than {} recorded steps", crate::format::group_thousands(max_steps as u64))
        };
        let outcome = Outcome::Limit(reason);
        let sentence = super::narrate::describe_end(&outcome, self.engine.vm.clock);
        let events = std::mem::take(&mut self.carried);
        // Stopped in the middle of a task: the end shows where it stopped.
        let vm = &self.engine.vm;
        let who = vm.aio.current_task.as_ref().and_then(|t| t.task().map(|d| d.id));
        let line = if who.is_some() { vm.cur.frames.last().map(|f| f.line).filter(|l| *l != 0) } else { None };
        self.push_step(StopInfo { kind: StepKind::End, who, line, narration: Narration::End, call_name: Some(sentence) }, &events);
        self.history.outcome = Some(outcome);
        self.closing = true;
    }
}
