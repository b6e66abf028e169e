//! Flow: source → tokens → AST → bytecode → frames → event loop → recorded steps → **view**.
//!
//! What a learner sees at one step: the loop's clock and queues, every
//! task with its state and suspended stack, the running line. Plain data
//! (no references into the VM), so the history can store and rebuild it
//! and the UI can render it.

use serde::{Deserialize, Serialize};
use std::rc::Rc;

/// Shared immutable text (cheap to clone when rebuilding a step).
pub type Text = Rc<str>;

/// What kind of step this is (its granularity in the stepping controls).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum StepKind {
    /// The program is loaded, nothing has run.
    Start,
    /// About to run a line of the learner's code.
    Line,
    /// A handle from the ready queue finished running (one poll).
    Poll,
    /// A loop iteration began with nothing ready: the clock jumped.
    ClockJump,
    /// A blocking call (time.sleep) held the loop and moved the clock.
    Blocked,
    /// The run is over.
    End,
}

impl StepKind {
    /// Its name in a trace and on the page: `start`, `line`, `poll`,
    /// `clock`, `blocked`, `end`.
    pub fn name(self) -> &'static str {
        match self {
            StepKind::Start => "start",
            StepKind::Line => "line",
            StepKind::Poll => "poll",
            StepKind::ClockJump => "clock",
            StepKind::Blocked => "blocked",
            StepKind::End => "end",
        }
    }
}

/// A task's state, as the visualizer colours it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum TaskState {
    /// Created; its first step is in the ready queue.
    Scheduled,
    /// Its step is in the ready queue (woken up, or after sleep(0)).
    Ready,
    Running,
    /// Suspended on a future (see `waiting_on`).
    Waiting,
    Done,
    Failed,
    Cancelled,
}

/// One suspended (or running) frame of a task's coroutine stack.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct FrameView {
    pub function: Text,
    pub line: u32,
    /// (name, short repr) of the frame's bound locals.
    pub locals: Vec<(Text, Text)>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TaskView {
    /// 1, 2, ... in creation order (stable colours).
    pub id: u32,
    /// `Task-1`, or the name given.
    pub name: Text,
    /// The coroutine's function name (`main`, `say_after`).
    pub coro: Text,
    pub state: TaskState,
    /// What a waiting task waits on, in words (`sleep(1) until t=1.000`,
    /// `Task-3`, `queue.get()`).
    pub waiting_on: Option<Text>,
    /// Learner frames, outermost first (the asyncio library's own frames
    /// are left out).
    pub stack: Vec<FrameView>,
    /// `repr` of the result (Done) or exception (Failed).
    pub result: Option<Text>,
    /// One of asyncio's own tasks (asyncio.run's shutdown steps, async
    /// generator helpers), not the program's.
    #[serde(default)]
    pub internal: bool,
}

/// An entry of the ready queue.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct HandleView {
    /// The task it steps or wakes, if any.
    pub task: Option<u32>,
    /// `Task-2 step`, `Task-3 wakeup`, `gather callback`, `callback f`.
    pub label: Text,
}

/// A pending timer.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimerView {
    pub when: f64,
    /// The task whose sleep it ends, if it is a sleep timer of one task.
    pub task: Option<u32>,
    /// `Task-4: sleep(1) until t=1.000`, `call f`, ...
    pub label: Text,
}

/// Every row of one step's lists: the ready queue (first to run first),
/// the timers (by deadline) and the tasks (by id). Made on demand
/// (`History::lists`); the page reads windows of rows instead.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct StepLists {
    pub ready: Vec<HandleView>,
    pub timers: Vec<TimerView>,
    pub tasks: Vec<TaskView>,
}

/// Task ids listed per line in `Step::suspended` (the rest are counted).
pub const LINE_TASKS_LISTED: usize = 4;

/// Suspended tasks (waiting, ready, scheduled) whose innermost frame
/// stands at one line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LineTasks {
    pub line: u32,
    /// The first `LINE_TASKS_LISTED` of them, by id.
    pub first: Vec<u32>,
    /// How many there are.
    pub count: usize,
}

/// One recorded step: what kind of step it is, the clock, who runs which
/// line, its sentence, and a summary of its lists (their lengths, the
/// tasks per state, the running task and where the suspended tasks
/// stand). The rows are read a window at a time
/// (`History::ready_rows`, `timer_rows`, `task_rows`), so showing a step
/// makes text for the rows on screen only, however many tasks there are.
#[derive(Clone, Debug, PartialEq)]
pub struct Step {
    pub index: usize,
    pub kind: StepKind,
    pub clock: f64,
    /// Loop iterations so far (`_run_once` calls).
    pub iteration: u64,
    /// Handles run so far (polls).
    pub poll: u64,
    /// The task running now (Line and Blocked steps of a task), if any.
    pub task: Option<u32>,
    /// The learner line about to run (Line) or just run (Poll), if any.
    pub line: Option<u32>,
    /// One plain sentence: what happened and why the loop does what it
    /// does next.
    pub narration: String,
    /// How many lines of output exist at this step.
    pub output_lines: usize,
    /// Tasks in each state, indexed by `TaskState as usize`.
    pub states: [usize; 7],
    /// The first task (by id) in the Running state, whole.
    pub running: Option<TaskView>,
    /// Where suspended tasks stand, by line; the task running at this step
    /// (`task`) is left out.
    pub suspended: Vec<LineTasks>,
    pub(crate) rows: StepRows,
}

impl Step {
    pub fn ready_len(&self) -> usize {
        self.rows.ready.len()
    }

    pub fn timers_len(&self) -> usize {
        self.rows.timers.len()
    }

    pub fn tasks_len(&self) -> usize {
        self.rows.tasks.len()
    }

    /// How many tasks are in state `s`.
    pub fn tasks_in(&self, s: TaskState) -> usize {
        self.states[s as usize]
    }
}

/// One line the program printed, with the virtual time of its first
/// character and the step at which it appeared.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct OutputLine {
    pub t: f64,
    pub text: String,
    pub step: usize,
}

/// Things a learner should be told about a run.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub enum Warning {
    /// `coroutine 'f' was never awaited` (line where it was created).
    NeverAwaited { coro: String, line: Option<u32> },
    /// A blocking call held the loop for `seconds` (at step `step`).
    BlockedLoop { what: String, seconds: f64, step: usize },
    /// A task failed and nobody retrieved its exception.
    UnretrievedException { task: String, exception: String },
    /// Nothing ready, no timers: who waits on what.
    Deadlock { waiting: Vec<String> },
}

/// A span on a task's timeline lane.
#[derive(Clone, Copy, Debug, PartialEq, Serialize, Deserialize)]
pub enum SpanKind {
    /// The task ran (a poll): usually an instant in virtual time.
    Run,
    /// Suspended, waiting.
    Wait,
    /// In the ready queue, not yet run.
    Ready,
    /// Running a blocking call (time.sleep): the loop is held.
    Blocking,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
/// A stretch of one task's lane on the timeline.
pub struct LaneSpan {
    pub kind: SpanKind,
    pub t0: f64,
    pub t1: f64,
    pub step0: usize,
    pub step1: usize,
}

/// One lane of the timeline.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Lane {
    pub task: u32,
    pub name: String,
    /// The call that made the task's coroutine: `cook('coffee', 3)`.
    #[serde(default)]
    pub call: String,
    /// One of asyncio's own tasks.
    #[serde(default)]
    pub internal: bool,
    pub spans: Vec<LaneSpan>,
}

/// The rows of one step's lists, as indices into the store's records:
/// cheap to build (no text) and to keep; `Store::ready_rows` and friends
/// turn a window of them into views. Only the recorder makes them.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct StepRows {
    /// The step these rows belong to.
    pub(crate) k: u32,
    /// Queued handles (into `Store::handles`), first to run first.
    pub(crate) ready: Vec<u32>,
    /// Pending timers (into `Store::timers`), by deadline.
    pub(crate) timers: Vec<u32>,
    /// Shown tasks by id: (id, its version's position in its list, with
    /// `QUEUED` set when a queued handle steps it).
    pub(crate) tasks: Vec<(u32, u32)>,
}
