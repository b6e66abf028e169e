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

use crate::narrate::{Narration, RenderCtx, CALLBACK, MAIN};
use crate::view::*;
use std::collections::HashMap;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

type FxMap<K, V> = HashMap<K, V, crate::value::FxBuild>;

fn hash_of<T: Hash + ?Sized>(v: &T) -> u64 {
    let mut h = crate::value::FxHasher::default();
    v.hash(&mut h);
    h.finish()
}

/// Interned strings.
#[derive(Debug, Default)]
pub struct Strings {
    list: Vec<Text>,
    index: FxMap<Text, u32>,
}

impl Strings {
    pub fn id(&mut self, s: &str) -> u32 {
        if let Some(i) = self.index.get(s) {
            return *i;
        }
        let rc: Text = Rc::from(s);
        let i = self.list.len() as u32;
        self.list.push(rc.clone());
        self.index.insert(rc, i);
        i
    }

    pub fn get(&self, i: u32) -> Text {
        self.list.get(i as usize).cloned().unwrap_or_else(|| Rc::from(""))
    }

    fn bytes(&self) -> usize {
        // One Rc allocation (16-byte header + text) and a 16-byte slot each.
        self.list.iter().map(|s| s.len() + 32).sum::<usize>() + self.index.capacity() * 28
    }

    fn drop_index(&mut self) {
        self.index = FxMap::default();
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
            ("queued handles", self.handles.capacity() * std::mem::size_of::<Queued>() + self.timers.capacity() * std::mem::size_of::<Timer>()),
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

    fn task_at(&self, id: u32, rec: &TaskRec, k: u32, queued: bool) -> Option<TaskView> {
        let _ = rec.created;
        let versions = self.versions_of(id);
        let i = versions.partition_point(|v| v.step <= k);
        if i == 0 {
            return None;
        }
        let v = versions[i - 1];
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
        let state = if v.state == TaskState::Waiting && queued { TaskState::Ready } else { v.state };
        let (waiting_on, result) = match state {
            TaskState::Waiting => (text, None),
            TaskState::Done | TaskState::Failed => (None, text),
            _ => (None, None),
        };
        Some(TaskView { id, name: self.strings.get(v.name), coro: self.strings.get(rec.coro), state, waiting_on, stack, result })
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

    /// The full view of step `k`.
    pub fn view(&self, k: usize) -> StepView {
        let ks = k as u32;
        let s = self.steps[k];
        let loop_id = value_at(&self.loops, ks, 0);
        let open = |q: &Queued| q.from <= ks && ks < q.until && q.loop_id == loop_id;
        let ready: Vec<&Queued> = self.handles.iter().filter(|q| open(q)).collect();
        let mut queued_tasks = std::collections::HashSet::new();
        for q in &ready {
            if q.task != NONE && q.task & SET_BY == 0 {
                queued_tasks.insert(q.task);
            }
        }
        let mut timers: Vec<&Timer> = self.timers.iter().filter(|t| open(&t.q)).collect();
        // The standard sort, not engine::order's smaller one: this runs for
        // every step shown, on up to 10,000 timers.
        timers.sort_by(|a, b| a.when.partial_cmp(&b.when).unwrap_or(std::cmp::Ordering::Equal).then(a.order.cmp(&b.order)));
        let task_of = |q: &Queued| if q.task == NONE { None } else { Some(q.task & !SET_BY) };
        let running = match s.kind {
            StepKind::Line | StepKind::Blocked if s.who != MAIN && s.who != CALLBACK && s.who != NONE => Some(s.who),
            _ => None,
        };
        let mut v = StepView {
            index: k,
            kind: s.kind,
            clock: self.clock(k),
            iteration: self.iteration(k),
            poll: value_at(&self.polls, ks, 0) as u64,
            task: running,
            line: self.line(k),
            narration: String::new(),
            ready: ready.iter().map(|q| HandleView { task: task_of(q), label: self.label(q, ks) }).collect(),
            timers: timers.iter().map(|t| TimerView { when: t.when, task: task_of(&t.q), label: self.label(&t.q, ks) }).collect(),
            tasks: self
                .tasks
                .iter()
                .enumerate()
                .filter(|(_, t)| t.created <= ks)
                .filter_map(|(i, t)| {
                    let id = i as u32 + 1;
                    self.task_at(id, t, ks, queued_tasks.contains(&id))
                })
                .collect(),
            output_lines: self.output_lines(k),
        };
        let code = v.line.and_then(|l| self.source_lines.get(l as usize - 1)).cloned().unwrap_or_else(|| Rc::from(""));
        let arg = match self.args.binary_search_by_key(&ks, |(st, _)| *st) {
            Ok(i) => self.strings.get(self.args[i].1),
            Err(_) => Rc::from(""),
        };
        let prev_code = if k > 0 { self.line(k - 1).and_then(|l| self.source_lines.get(l as usize - 1)).cloned().unwrap_or_else(|| Rc::from("")) } else { Rc::from("") };
        let cx = RenderCtx { who: s.who, code: &code, prev_clock: if k > 0 { self.clock(k - 1) } else { 0.0 }, prev_code: &prev_code, arg: &arg };
        v.narration = crate::narrate::render(s.narration, &v, &cx);
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
