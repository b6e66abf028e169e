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

use crate::narrate::{Narration, RenderCtx, CALLBACK, MAIN};
use crate::view::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::ops::Range;
use std::rc::Rc;

type FxMap<K, V> = HashMap<K, V, crate::value::FxBuild>;

fn hash_of<T: Hash + ?Sized>(v: &T) -> u64 {
    let mut h = crate::value::FxHasher::default();
    v.hash(&mut h);
    h.finish()
}

/// Interned strings, stored back to back in one buffer (an Rc per string
/// would cost 32 bytes of headers each; there is one per task label and
/// local repr). `get` makes the Rc a view needs.
#[derive(Debug, Default)]
pub struct Strings {
    text: String,
    /// End offset of each string in `text`.
    ends: Vec<u32>,
    /// While recording: hash (salted on collision) → id.
    index: FxMap<u64, u32>,
}

impl Strings {
    pub fn id(&mut self, s: &str) -> u32 {
        let mut salt = 0u64;
        loop {
            let key = hash_of(&(s, salt));
            match self.index.get(&key) {
                Some(&i) if self.str_at(i) == s => return i,
                Some(_) => salt += 1,
                None => {
                    self.text.push_str(s);
                    let i = self.ends.len() as u32;
                    self.ends.push(self.text.len() as u32);
                    self.index.insert(key, i);
                    return i;
                }
            }
        }
    }

    fn str_at(&self, i: u32) -> &str {
        let i = i as usize;
        let Some(&end) = self.ends.get(i) else { return "" };
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        self.text.get(start as usize..end as usize).unwrap_or("")
    }

    pub fn get(&self, i: u32) -> Text {
        Rc::from(self.str_at(i))
    }

    fn bytes(&self) -> usize {
        self.text.capacity() + self.ends.capacity() * 4 + self.index.capacity() * 16
    }

    fn drop_index(&mut self) {
        self.index = FxMap::default();
        self.text.shrink_to_fit();
        self.ends.shrink_to_fit();
    }
}

/// Interned slices of small records, stored back to back.
#[derive(Debug)]
struct Arena<T: Copy + Eq + Hash> {
    data: Vec<T>,
    ranges: Vec<(u32, u32)>,
    index: FxMap<u64, u32>,
}

impl<T: Copy + Eq + Hash> Default for Arena<T> {
    fn default() -> Self {
        Arena { data: Vec::new(), ranges: Vec::new(), index: FxMap::default() }
    }
}

impl<T: Copy + Eq + Hash> Arena<T> {
    fn id(&mut self, items: &[T]) -> u32 {
        let h = hash_of(items);
        if let Some(&i) = self.index.get(&h) {
            if self.get(i) == items {
                return i;
            }
        }
        let start = self.data.len() as u32;
        self.data.extend_from_slice(items);
        let i = self.ranges.len() as u32;
        self.ranges.push((start, items.len() as u32));
        self.index.entry(h).or_insert(i);
        i
    }

    fn get(&self, i: u32) -> &[T] {
        match self.ranges.get(i as usize) {
            Some(&(s, n)) => &self.data[s as usize..(s + n) as usize],
            None => &[],
        }
    }

    fn bytes(&self) -> usize {
        self.data.len() * std::mem::size_of::<T>() + self.ranges.len() * 8 + self.index.capacity() * 16
    }

    fn drop_index(&mut self) {
        self.index = FxMap::default();
    }
}

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
    open_ready: HashMap<u64, usize>,
    open_timers: HashMap<u64, usize>,
    /// (first step, value) change lists.
    clocks: Vec<(u32, f64)>,
    iterations: Vec<(u32, u32)>,
    polls: Vec<(u32, u32)>,
    outputs: Vec<(u32, u32)>,
    loops: Vec<(u32, u32)>,
    finished: bool,
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
    Added { seq: u64, when: f64, label: String, task: Option<u32>, steps: bool, loop_id: u32 },
    /// Moved from the timers to the ready queue.
    ToReady { seq: u64, label: String, task: Option<u32>, steps: bool, loop_id: u32 },
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

/// The rows of one step's lists, as indices into the store's records:
/// cheap to build (no text) and to keep; `Store::ready_rows` and friends
/// turn a window of them into views.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepRows {
    k: u32,
    /// Queued handles (into `Store::handles`), first to run first.
    pub(crate) ready: Vec<u32>,
    /// Pending timers (into `Store::timers`), by deadline.
    pub(crate) timers: Vec<u32>,
    /// Shown tasks by id: (id, its version's position in its list, with
    /// `QUEUED` set when a queued handle steps it).
    pub(crate) tasks: Vec<(u32, u32)>,
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

    pub fn is_empty(&self) -> bool {
        self.steps.is_empty()
    }

    /// Apply queue changes that happened before the step about to be pushed.
    pub fn queue_change(&mut self, c: QueueChange) {
        let step = self.steps.len() as u32;
        match c {
            QueueChange::Added { seq, when, label, task, steps, loop_id } => {
                let task = match task {
                    Some(t) if !steps => t | SET_BY,
                    Some(t) => t,
                    None => NONE,
                };
                let q = Queued { label: self.strings.id(&label), task, from: step, until: u32::MAX, loop_id };
                if when.is_nan() {
                    self.open_ready.insert(seq, self.handles.len());
                    self.handles.push(q);
                } else {
                    self.open_timers.insert(seq, self.timers.len());
                    self.timers.push(Timer { q, order: seq as u32, when });
                }
            }
            QueueChange::ToReady { seq, label, task, steps, loop_id } => {
                if let Some(i) = self.open_timers.remove(&seq) {
                    self.timers[i].q.until = step;
                }
                let task = match task {
                    Some(t) if !steps => t | SET_BY,
                    Some(t) => t,
                    None => NONE,
                };
                let q = Queued { label: self.strings.id(&label), task, from: step, until: u32::MAX, loop_id };
                self.open_ready.insert(seq, self.handles.len());
                self.handles.push(q);
            }
            QueueChange::Removed { seq } => {
                if let Some(i) = self.open_ready.remove(&seq) {
                    self.handles[i].until = step;
                }
                if let Some(i) = self.open_timers.remove(&seq) {
                    self.timers[i].q.until = step;
                }
            }
        }
    }

    /// Record a task's view from the step about to be pushed on (only if
    /// it differs from its last version).
    pub fn task_version(&mut self, t: &TaskView) {
        let step = self.steps.len() as u32;
        let idx = (t.id as usize).wrapping_sub(1);
        while self.tasks.len() <= idx {
            let id = self.tasks.len() as u32 + 1;
            let _ = id;
            self.tasks.push(TaskRec { coro: NONE, created: step, range: (0, 0) });
            self.recording.push(Vec::new());
        }
        let mut frames = Vec::with_capacity(t.stack.len());
        let n = t.stack.len();
        for (i, f) in t.stack.iter().enumerate() {
            let locals: Vec<(u32, u32)> = f.locals.iter().map(|(n, v)| (self.strings.id(n), self.strings.id(v))).collect();
            // A running task's innermost line is the step's own line: it is
            // not stored, so stepping through lines adds no version.
            let line = if t.state == TaskState::Running && i + 1 == n { 0 } else { f.line };
            frames.push(FrameRec { function: self.strings.id(&f.function), line, locals: self.locals.id(&locals) });
        }
        let text = t.waiting_on.as_deref().or(t.result.as_deref()).map(|w| self.strings.id(w)).unwrap_or(NONE);
        let mut v = TaskVersion { step, state: t.state, name: self.strings.id(&t.name), text, stack: self.stacks.id(&frames) };
        let coro = self.strings.id(&t.coro);
        let rec = &mut self.tasks[idx];
        if rec.coro == NONE {
            rec.coro = coro;
            rec.created = step;
        }
        let versions = &mut self.recording[idx];
        if v.state == TaskState::Ready {
            // Shown as Ready while its handle is queued: keep what it
            // waited on from before.
            match versions.last() {
                Some(last) if last.state == TaskState::Waiting && last.stack == v.stack && last.name == v.name => return,
                _ => v.state = TaskState::Waiting,
            }
        }
        match versions.last_mut() {
            Some(last) if TaskVersion { step: last.step, ..v } == *last => {}
            Some(last) if last.step == step => *last = v,
            _ => versions.push(v),
        }
    }

    pub fn push(&mut self, s: StepInput) {
        let step = self.steps.len() as u32;
        push_change(&mut self.clocks, step, s.clock);
        push_change(&mut self.iterations, step, s.iteration as u32);
        push_change(&mut self.polls, step, s.poll as u32);
        push_change(&mut self.outputs, step, s.output_lines as u32);
        push_change(&mut self.loops, step, s.loop_id);
        if let Some(a) = s.arg.as_deref() {
            let id = self.strings.id(a);
            self.args.push((step, id));
        }
        self.steps.push(StepRec { kind: s.kind, narration: s.narration, who: s.who.unwrap_or(NONE), line: s.line.unwrap_or(0) });
    }

    /// The run is over: drop what only recording needed.
    pub fn finish(&mut self) {
        self.strings.drop_index();
        self.locals.drop_index();
        self.stacks.drop_index();
        self.open_ready = HashMap::new();
        self.open_timers = HashMap::new();
        self.steps.shrink_to_fit();
        self.handles.shrink_to_fit();
        self.timers.shrink_to_fit();
        self.locals.data.shrink_to_fit();
        self.locals.ranges.shrink_to_fit();
        self.stacks.data.shrink_to_fit();
        self.stacks.ranges.shrink_to_fit();
        for l in [&mut self.iterations, &mut self.polls, &mut self.outputs, &mut self.loops] {
            l.shrink_to_fit();
        }
        self.clocks.shrink_to_fit();
        let mut all = Vec::with_capacity(self.recording.iter().map(|v| v.len()).sum());
        for (t, vs) in self.tasks.iter_mut().zip(std::mem::take(&mut self.recording)) {
            let start = all.len() as u32;
            all.extend(vs);
            t.range = (start, all.len() as u32);
        }
        self.versions = all;
        self.tasks.shrink_to_fit();
        let mut order: Vec<u32> = (0..self.timers.len() as u32).collect();
        order.sort_by(|&a, &b| timer_cmp(&self.timers[a as usize], &self.timers[b as usize]));
        self.timer_order = order;
        self.handle_blocks = self.handles.chunks(BLOCK).map(|b| b.iter().map(|q| q.until).max().unwrap_or(0)).collect();
        self.timer_blocks = self
            .timer_order
            .chunks(BLOCK)
            .map(|b| {
                let qs = b.iter().map(|&i| &self.timers[i as usize].q);
                (qs.clone().map(|q| q.from).min().unwrap_or(u32::MAX), qs.map(|q| q.until).max().unwrap_or(0))
            })
            .collect();
        self.finished = true;
    }

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

    /// Approximate heap bytes used.
    pub fn bytes(&self) -> usize {
        let versions: usize = self.tasks.capacity() * std::mem::size_of::<TaskRec>()
            + self.recording.iter().map(|v| v.capacity() * std::mem::size_of::<TaskVersion>() + 24).sum::<usize>()
            + self.versions.capacity() * std::mem::size_of::<TaskVersion>();
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
        let versions: usize = self.tasks.capacity() * std::mem::size_of::<TaskRec>()
            + self.recording.iter().map(|v| v.capacity() * std::mem::size_of::<TaskVersion>() + 24).sum::<usize>()
            + self.versions.capacity() * std::mem::size_of::<TaskVersion>();
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
        if self.finished {
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

    fn label(&self, q: &Queued, k: u32) -> Text {
        let text = self.strings.get(q.label);
        if q.task == NONE {
            return text;
        }
        match self.task_name_at(q.task & !SET_BY, k) {
            Some(name) => Rc::from(format!("{name} {text}").as_str()),
            None => text,
        }
    }

    /// Which records make up step `k`: one pass over the queued handles,
    /// the timers (already in deadline order once the run is finished)
    /// and the tasks (a binary search each), making no text.
    pub fn rows(&self, k: usize) -> StepRows {
        self.scan(k, |_, _, _| {})
    }

    /// `rows`, calling `visit` with each shown task's entry and version
    /// on the way.
    fn scan(&self, k: usize, mut visit: impl FnMut(u32, u32, &TaskVersion)) -> StepRows {
        let ks = k as u32;
        let loop_id = value_at(&self.loops, ks, 0);
        let open = |q: &Queued| q.from <= ks && ks < q.until && q.loop_id == loop_id;
        // Handles and timers are recorded in the order they were queued:
        // none after the first one queued later than step k is open.
        let queued = self.handles.partition_point(|q| q.from <= ks);
        let mut ready: Vec<u32> = Vec::new();
        for (b, start) in (0..queued).step_by(BLOCK).enumerate() {
            // A finished run skips the blocks of handles all gone by step k.
            if self.handle_blocks.get(b).is_some_and(|&until| until <= ks) {
                continue;
            }
            ready.extend((start as u32..(start + BLOCK).min(queued) as u32).filter(|&i| open(&self.handles[i as usize])));
        }
        let mut stepped = vec![false; self.tasks.len() + 1];
        for &i in &ready {
            let t = self.handles[i as usize].task;
            if t != NONE && t & SET_BY == 0 {
                if let Some(s) = stepped.get_mut(t as usize) {
                    *s = true;
                }
            }
        }
        let timers: Vec<u32> = if self.finished {
            // In deadline order; blocks all set after step k or all gone
            // by then are skipped.
            let mut v = Vec::new();
            for (block, &(from, until)) in self.timer_order.chunks(BLOCK).zip(&self.timer_blocks) {
                if from <= ks && ks < until {
                    v.extend(block.iter().copied().filter(|&i| open(&self.timers[i as usize].q)));
                }
            }
            v
        } else {
            let set = self.timers.partition_point(|t| t.q.from <= ks);
            let mut v: Vec<u32> = (0..set as u32).filter(|&i| open(&self.timers[i as usize].q)).collect();
            v.sort_by(|&a, &b| timer_cmp(&self.timers[a as usize], &self.timers[b as usize]));
            v
        };
        let mut tasks = Vec::new();
        for (i, rec) in self.tasks.iter().enumerate() {
            if rec.created > ks {
                continue;
            }
            let id = i as u32 + 1;
            let versions = self.versions_of(id);
            let n = versions.partition_point(|v| v.step <= ks);
            if n > 0 {
                let at = (n as u32 - 1) | if stepped[id as usize] { QUEUED } else { 0 };
                tasks.push((id, at));
                visit(id, at, &versions[n - 1]);
            }
        }
        StepRows { k: ks, ready, timers, tasks }
    }

    /// A shown task (an entry of `StepRows::tasks`) at step `k`.
    fn task_row(&self, (id, at): (u32, u32), k: u32) -> Option<TaskView> {
        let rec = self.tasks.get((id as usize).wrapping_sub(1))?;
        let v = *self.versions_of(id).get((at & !QUEUED) as usize)?;
        let step_line = self.steps.get(k as usize).map(|s| s.line).unwrap_or(0);
        let stack = self
            .stacks
            .get(v.stack)
            .iter()
            .map(|f| FrameView {
                function: self.strings.get(f.function),
                line: if f.line == 0 { step_line } else { f.line },
                locals: self.locals.get(f.locals).iter().map(|(n, r)| (self.strings.get(*n), self.strings.get(*r))).collect(),
            })
            .collect();
        let text = if v.text == NONE { None } else { Some(self.strings.get(v.text)) };
        let state = shown_state(v.state, at);
        let (waiting_on, result) = match state {
            TaskState::Waiting => (text, None),
            TaskState::Done | TaskState::Failed => (None, text),
            _ => (None, None),
        };
        Some(TaskView { id, name: self.strings.get(v.name), coro: self.strings.get(rec.coro), state, waiting_on, stack, result })
    }

    /// Rows `range` of the ready queue of `rows` (first to run first).
    pub fn ready_rows(&self, rows: &StepRows, range: Range<usize>) -> Vec<HandleView> {
        window(&rows.ready, range).iter().filter_map(|&i| self.handles.get(i as usize)).map(|q| HandleView { task: task_of(q), label: self.label(q, rows.k) }).collect()
    }

    /// Rows `range` of the timers of `rows`, by deadline.
    pub fn timer_rows(&self, rows: &StepRows, range: Range<usize>) -> Vec<TimerView> {
        window(&rows.timers, range).iter().filter_map(|&i| self.timers.get(i as usize)).map(|t| TimerView { when: t.when, task: task_of(&t.q), label: self.label(&t.q, rows.k) }).collect()
    }

    /// Rows `range` of the tasks of `rows`, by id.
    pub fn task_rows(&self, rows: &StepRows, range: Range<usize>) -> Vec<TaskView> {
        window(&rows.tasks, range).iter().filter_map(|&t| self.task_row(t, rows.k)).collect()
    }

    /// Task `id` as shown in `rows`, if it is.
    pub fn task_in(&self, rows: &StepRows, id: u32) -> Option<TaskView> {
        let i = rows.tasks.binary_search_by_key(&id, |t| t.0).ok()?;
        self.task_row(rows.tasks[i], rows.k)
    }

    /// Step `k` without the text of its lists.
    pub fn step(&self, k: usize) -> Step {
        let ks = k as u32;
        let s = self.steps[k];
        let task = running_task(&s);
        let mut states = [0usize; 7];
        let mut running = None;
        // Suspended tasks by line: a slot per program line, a map beyond.
        let mut by_line: Vec<Option<LineTasks>> = vec![None; self.source_lines.len() + 1];
        let mut beyond: std::collections::BTreeMap<u32, LineTasks> = Default::default();
        let rows = self.scan(k, |id, at, v| {
            let state = shown_state(v.state, at);
            states[state as usize] += 1;
            if state == TaskState::Running && running.is_none() {
                running = Some((id, at));
            }
            if !matches!(state, TaskState::Waiting | TaskState::Ready | TaskState::Scheduled) || Some(id) == task {
                return;
            }
            let Some(top) = self.stacks.get(v.stack).last() else { return };
            let line = if top.line == 0 { s.line } else { top.line };
            let e = match by_line.get_mut(line as usize) {
                Some(slot) => slot.get_or_insert_with(|| LineTasks { line, first: Vec::new(), count: 0 }),
                None => beyond.entry(line).or_insert_with(|| LineTasks { line, first: Vec::new(), count: 0 }),
            };
            if e.first.len() < LINE_TASKS_LISTED {
                e.first.push(id);
            }
            e.count += 1;
        });
        let mut suspended: Vec<LineTasks> = by_line.into_iter().flatten().collect();
        suspended.extend(beyond.into_values());
        suspended.sort_by_key(|l| l.line);
        let running = running.and_then(|r| self.task_row(r, ks));
        // The sentence reads the step's task, the head of the ready queue
        // and whether a timer is set: render it from a view with just those.
        let mut mini = self.bare_view(k, task);
        mini.ready = self.ready_rows(&rows, 0..1);
        mini.timers = self.timer_rows(&rows, 0..1);
        mini.tasks = self.task_in(&rows, s.who).into_iter().collect();
        let narration = self.narrate(k, &mini);
        Step {
            index: k,
            kind: s.kind,
            clock: mini.clock,
            iteration: mini.iteration,
            poll: mini.poll,
            task,
            line: mini.line,
            narration,
            output_lines: mini.output_lines,
            states,
            running,
            suspended,
            rows,
        }
    }

    /// A view of step `k` with empty lists and no narration.
    fn bare_view(&self, k: usize, task: Option<u32>) -> StepView {
        let ks = k as u32;
        StepView {
            index: k,
            kind: self.steps[k].kind,
            clock: self.clock(k),
            iteration: self.iteration(k),
            poll: value_at(&self.polls, ks, 0) as u64,
            task,
            line: self.line(k),
            narration: String::new(),
            ready: Vec::new(),
            timers: Vec::new(),
            tasks: Vec::new(),
            output_lines: self.output_lines(k),
        }
    }

    /// Step `k`'s sentence, read from `v` (which holds at least its task,
    /// the head of its ready queue and its first timer).
    fn narrate(&self, k: usize, v: &StepView) -> String {
        let ks = k as u32;
        let s = self.steps[k];
        let code = v.line.and_then(|l| self.source_lines.get(l as usize - 1)).cloned().unwrap_or_else(|| Rc::from(""));
        let arg = match self.args.binary_search_by_key(&ks, |(st, _)| *st) {
            Ok(i) => self.strings.get(self.args[i].1),
            Err(_) => Rc::from(""),
        };
        let prev_code = if k > 0 { self.line(k - 1).and_then(|l| self.source_lines.get(l as usize - 1)).cloned().unwrap_or_else(|| Rc::from("")) } else { Rc::from("") };
        let cx = RenderCtx { who: s.who, code: &code, prev_clock: if k > 0 { self.clock(k - 1) } else { 0.0 }, prev_code: &prev_code, arg: &arg };
        crate::narrate::render(s.narration, v, &cx)
    }

    /// The full view of step `k`: every row of its lists, and the sentence
    /// rendered from the whole view.
    pub fn view(&self, k: usize) -> StepView {
        let rows = self.rows(k);
        let mut v = self.bare_view(k, running_task(&self.steps[k]));
        v.ready = self.ready_rows(&rows, 0..usize::MAX);
        v.timers = self.timer_rows(&rows, 0..usize::MAX);
        v.tasks = self.task_rows(&rows, 0..usize::MAX);
        v.narration = self.narrate(k, &v);
        v
    }
    /// Lanes: one per task, from its versions.
    pub fn lanes(&self) -> Vec<Lane> {
        let last = self.steps.len().saturating_sub(1);
        let mut lanes = Vec::new();
        for ti in 0..self.tasks.len() {
            let versions = self.versions_of(ti as u32 + 1);
            if versions.is_empty() {
                continue;
            }
            let mut spans: Vec<Span> = Vec::new();
            for (i, v) in versions.iter().enumerate() {
                let end_step = versions.get(i + 1).map(|n| n.step as usize).unwrap_or(last);
                let kind = match v.state {
                    TaskState::Running => {
                        let blocked = (v.step as usize..=end_step).any(|k| self.kind(k) == StepKind::Blocked);
                        if blocked {
                            SpanKind::Blocking
                        } else {
                            SpanKind::Run
                        }
                    }
                    TaskState::Waiting => SpanKind::Wait,
                    TaskState::Ready | TaskState::Scheduled => SpanKind::Ready,
                    _ => continue,
                };
                let (t0, t1) = (self.clock(v.step as usize), self.clock(end_step));
                match spans.last_mut() {
                    Some(prev) if prev.kind == kind && prev.step1 == v.step as usize => {
                        prev.step1 = end_step;
                        prev.t1 = t1;
                    }
                    _ => spans.push(Span { kind, t0, t1, step0: v.step as usize, step1: end_step }),
                }
            }
            let name = versions.last().map(|v| self.strings.get(v.name).to_string()).unwrap_or_default();
            lanes.push(Lane { task: ti as u32 + 1, name, spans });
        }
        lanes
    }
}
