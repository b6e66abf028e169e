//! Compact storage of recorded steps, and rebuilding any step's view.
//!
//! A step costs a 16-byte record. Everything else is stored where it
//! changes: each task keeps a list of versions (written only when the
//! task's state, wait, stack or locals changed), each handle of the ready
//! queue and each timer keeps the interval of steps during which it was
//! queued, and clocks, iterations, polls and output counts are change
//! lists. Strings, locals sets and stacks are interned in flat arenas;
//! narration sentences are rendered when a step is shown. Rebuilding step
//! k is a binary search per task plus a scan of the queued handles — no
//! re-running, no replaying from the start.
//!
//! The page does not rebuild whole views: `step` finds which records make
//! up step k (`StepRows`: indices, no text) and counts what it shows, and
//! `ready_rows` / `timer_rows` / `task_rows` make text for the rows on
//! screen only. Timers are kept in deadline order once the run is over,
//! and blocks of handles and timers none of which is queued at step k are
//! skipped, so a step of 10,000 tasks costs a fraction of a millisecond.

//!
//! `intern.rs` interns strings and records, `write.rs` takes what the
//! recorder hands over, `rebuild.rs` makes a step (and its rows) back,
//! `lanes.rs` the timeline's lanes, `sweep.rs` every step's sentence in
//! one pass (the CLI's `trace` and `explain`).

mod intern;
mod lanes;
mod rebuild;
mod sweep;
mod write;

use crate::record::classify::{Narration, CALLBACK, MAIN};
use crate::view::*;
use intern::{Arena, Strings};
use std::collections::HashMap;
use std::ops::Range;
use std::rc::Rc;
pub use lanes::LaneBuilder;
pub use sweep::{Brief, Briefs};

/// One frame: function, line, locals (an interned set).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
struct FrameRec {
    function: u32,
    line: u32,
    locals: u32,
}

const NONE: u32 = u32::MAX;
/// On a queued handle's task: the task only set it (a timer), the handle
/// does not step it.
const SET_BY: u32 = 0x8000_0000;

/// A task as it was from some step on. `Ready` is never stored: a
/// waiting task with a handle in the ready queue is shown as Ready.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct TaskVersion {
    step: u32,
    state: TaskState,
    name: u32,
    /// What it waits on (Waiting) or its result/exception (Done/Failed).
    text: u32,
    stack: u32,
}

#[derive(Debug)]
struct TaskRec {
    coro: u32,
    /// The call that made the coroutine, `cook('coffee', 3)` (a string id).
    call: u32,
    /// One of asyncio's own tasks (asyncio.run's shutdown steps).
    internal: bool,
    created: u32,
    /// After `finish`: this task's range in `Store::versions`.
    range: (u32, u32),
}

/// A handle's time in the ready queue or the timer heap: `from..until`.
#[derive(Clone, Copy, Debug)]
struct Queued {
    /// The label's text (after the task's name, when there is a task).
    label: u32,
    task: u32,
    from: u32,
    until: u32,
    loop_id: u32,
}

/// A timer: its queue interval, its deadline, and its scheduling order
/// (the tie-break between equal deadlines). Ready handles need no order:
/// they are kept in append order.
#[derive(Clone, Copy, Debug)]
struct Timer {
    q: Queued,
    order: u32,
    when: f64,
}

/// One step: 12 bytes.
#[derive(Clone, Copy, Debug)]
struct StepRec {
    kind: StepKind,
    narration: Narration,
    /// Who runs (a task id, MAIN, CALLBACK) or which task polled.
    who: u32,
    line: u32,
}

#[derive(Debug, Default)]
pub struct Store {
    pub strings: Strings,
    locals: Arena<(u32, u32)>,
    stacks: Arena<FrameRec>,
    steps: Vec<StepRec>,
    /// Sparse step arguments: (step, string id).
    args: Vec<(u32, u32)>,
    tasks: Vec<TaskRec>,
    /// All task versions after `finish`, task by task.
    versions: Vec<TaskVersion>,
    /// Per task while recording.
    recording: Vec<Vec<TaskVersion>>,
    handles: Vec<Queued>,
    timers: Vec<Timer>,
    /// After `finish`: all timers by deadline (indices into `timers`).
    timer_order: Vec<u32>,
    /// After `finish`, per `BLOCK` handles: the last step any is queued.
    handle_blocks: Vec<u32>,
    /// After `finish`, per `BLOCK` entries of `timer_order`: the first
    /// step any is set, the last step any is pending.
    timer_blocks: Vec<(u32, u32)>,
    /// Open intervals by handle sequence number.
    /// `task_version`'s lists, kept to be reused.
    scratch_frames: Vec<FrameRec>,
    scratch_locals: Vec<(u32, u32)>,
    open_ready: intern::FxMap<u64, usize>,
    open_timers: intern::FxMap<u64, usize>,
    /// (first step, value) change lists.
    clocks: Vec<(u32, f64)>,
    iterations: Vec<(u32, u32)>,
    polls: Vec<(u32, u32)>,
    outputs: Vec<(u32, u32)>,
    loops: Vec<(u32, u32)>,
    finished: bool,
    /// While `finish` runs in pieces: the tasks whose versions are in
    /// `versions` already, and how many of the next task's are copied.
    moved: usize,
    copied: usize,
    /// `finish` has begun (the recording indexes are gone).
    finishing: bool,
    /// The program's lines (for narration).
    source_lines: Vec<Text>,
}

/// What the recorder hands over for one step.
pub struct StepInput {
    pub kind: StepKind,
    /// A task id, `narrate::MAIN` or `narrate::CALLBACK`; None when idle.
    pub who: Option<u32>,
    pub line: Option<u32>,
    pub narration: Narration,
    /// Call name or end sentence.
    pub arg: Option<String>,
    pub clock: f64,
    pub iteration: u64,
    pub poll: u64,
    pub output_lines: usize,
    /// The loop whose queues are shown.
    pub loop_id: u32,
}

/// A change to the queues, in the order it happened.
pub enum QueueChange {
    /// Joined the ready queue (`when` NaN) or the timers. `steps`: the
    /// handle steps or wakes `task` (else the task only set it).
    Added { seq: u64, when: f64, label: Text, task: Option<u32>, steps: bool, loop_id: u32 },
    /// Moved from the timers to the ready queue.
    ToReady { seq: u64, label: Text, task: Option<u32>, steps: bool, loop_id: u32 },
    /// Left the ready queue or the timers (ran, cancelled, dropped).
    Removed { seq: u64 },
}

fn push_change<T: PartialEq + Copy>(list: &mut Vec<(u32, T)>, step: u32, v: T) {
    if list.last().map(|(_, x)| *x != v).unwrap_or(true) {
        list.push((step, v));
    }
}

fn value_at<T: Copy>(list: &[(u32, T)], step: u32, default: T) -> T {
    let i = list.partition_point(|(s, _)| *s <= step);
    if i == 0 {
        default
    } else {
        list[i - 1].1
    }
}


/// Handles (or timers) summarised together so a step can skip them at once.
const BLOCK: usize = 64;

/// On a task of `StepRows::tasks`: a handle in the ready queue steps it.
const QUEUED: u32 = 0x8000_0000;

/// `Ready` is never stored: a waiting task whose handle is queued shows so.
fn shown_state(stored: TaskState, at: u32) -> TaskState {
    if stored == TaskState::Waiting && at & QUEUED != 0 {
        TaskState::Ready
    } else {
        stored
    }
}

/// Timers by deadline, equal deadlines in scheduling order.
fn timer_cmp(a: &Timer, b: &Timer) -> std::cmp::Ordering {
    a.when.partial_cmp(&b.when).unwrap_or(std::cmp::Ordering::Equal).then(a.order.cmp(&b.order))
}

fn task_of(q: &Queued) -> Option<u32> {
    if q.task == NONE {
        None
    } else {
        Some(q.task & !SET_BY)
    }
}

/// The task a step shows running: Line and Blocked steps of a task.
fn running_task(s: &StepRec) -> Option<u32> {
    match s.kind {
        StepKind::Line | StepKind::Blocked if s.who != MAIN && s.who != CALLBACK && s.who != NONE => Some(s.who),
        _ => None,
    }
}

/// `items[range]`, the range clamped to the items.
fn window<T>(items: &[T], range: Range<usize>) -> &[T] {
    let end = range.end.min(items.len());
    &items[range.start.min(end)..end]
}

impl Store {
    pub fn set_source(&mut self, source: &str) {
        self.source_lines = source.lines().map(|l| Rc::from(l.trim())).collect();
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }


    /// Apply queue changes that happened before the step about to be pushed.
    pub fn kind(&self, k: usize) -> StepKind {
        self.steps.get(k).map(|s| s.kind).unwrap_or(StepKind::End)
    }

    pub fn iteration(&self, k: usize) -> u64 {
        value_at(&self.iterations, k as u32, 0) as u64
    }

    pub fn output_lines(&self, k: usize) -> usize {
        value_at(&self.outputs, k as u32, 0) as usize
    }

    pub fn clock(&self, k: usize) -> f64 {
        value_at(&self.clocks, k as u32, 0.0)
    }

    pub fn line(&self, k: usize) -> Option<u32> {
        self.steps.get(k).map(|s| s.line).filter(|l| *l != 0)
    }

    /// Bytes of the task records and versions (while `finish` moves them,
    /// the flat list counts what it holds, not the room set aside).
    fn version_bytes(&self) -> usize {
        let flat = if self.finished { self.versions.capacity() } else { self.versions.len() };
        self.tasks.capacity() * std::mem::size_of::<TaskRec>()
            + self.recording.iter().map(|v| v.capacity() * std::mem::size_of::<TaskVersion>() + 24).sum::<usize>()
            + flat * std::mem::size_of::<TaskVersion>()
    }

    /// Approximate heap bytes used.
    pub fn bytes(&self) -> usize {
        let versions = self.version_bytes();
        self.steps.capacity() * std::mem::size_of::<StepRec>()
            + self.args.capacity() * 8
            + self.strings.bytes()
            + self.locals.bytes()
            + self.stacks.bytes()
            + versions
            + self.handles.capacity() * std::mem::size_of::<Queued>()
            + self.timers.capacity() * std::mem::size_of::<Timer>()
            + self.timer_order.capacity() * 4
            + self.handle_blocks.capacity() * 4
            + self.timer_blocks.capacity() * 8
            + (self.open_ready.capacity() + self.open_timers.capacity()) * 24
            + self.clocks.capacity() * 16
            + (self.iterations.capacity() + self.polls.capacity() + self.outputs.capacity() + self.loops.capacity()) * 8
    }

    /// Bytes by part (for the benchmark's report).
    pub fn bytes_breakdown(&self) -> Vec<(&'static str, usize)> {
        let versions = self.version_bytes();
        vec![
            ("steps", self.steps.capacity() * std::mem::size_of::<StepRec>() + self.args.capacity() * 8),
            ("strings", self.strings.bytes()),
            ("locals", self.locals.bytes()),
            ("stacks", self.stacks.bytes()),
            ("task versions", versions),
            ("queued handles", self.handles.capacity() * std::mem::size_of::<Queued>() + self.timers.capacity() * std::mem::size_of::<Timer>() + self.timer_order.capacity() * 4 + self.handle_blocks.capacity() * 4 + self.timer_blocks.capacity() * 8),
            ("change lists", self.clocks.capacity() * 16 + (self.iterations.capacity() + self.polls.capacity() + self.outputs.capacity() + self.loops.capacity()) * 8),
        ]
    }

    fn versions_of(&self, id: u32) -> &[TaskVersion] {
        let i = (id as usize).wrapping_sub(1);
        if i < self.moved {
            match self.tasks.get(i) {
                Some(rec) => &self.versions[rec.range.0 as usize..rec.range.1 as usize],
                None => &[],
            }
        } else {
            self.recording.get(i).map(|v| &v[..]).unwrap_or(&[])
        }
    }

    /// The name of task `id` at step `k`.
    fn task_name_at(&self, id: u32, k: u32) -> Option<Text> {
        let versions = self.versions_of(id);
        let i = versions.partition_point(|v| v.step <= k);
        let v = versions.get(i.checked_sub(1)?)?;
        Some(self.strings.get(v.name))
    }
}
