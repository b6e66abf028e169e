//! One plain sentence per step: what happened, and why the loop does what
//! it does next. The recorder stores a small `Narration` per step; the
//! sentence is rendered from it and the step's view when the step is shown,
//! so it always agrees with what the panels show.

use crate::aio::internal_cb::InternalCb;
use crate::engine::Outcome;
use crate::history::History;
use crate::trace::{Event, HandleInfo};
use crate::view::{StepKind, StepView, TaskState, Warning};
use crate::vm::frame::FiberOwner;
use crate::vm::Vm;

/// Who ran a line: a task id, or these markers.
pub const MAIN: u32 = 0;
pub const CALLBACK: u32 = u32::MAX - 1;

/// How a line step came about.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum LineHow {
    Plain,
    /// The first line of a task's coroutine.
    Starts,
    /// The first line after the task was suspended.
    Resumes,
}

/// What kind of handle a poll ran. The task concerned (if any) is the
/// step's `who`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PollWhat {
    Task,
    Timer,
    /// gather()'s callback: children done so far, out of how many.
    Gather { done: u16, total: u16 },
    StopLoop,
    /// A callable; its name is the step's argument.
    Call,
    /// One of asyncio's own callbacks, for the step's task.
    Internal(InternalCb),
    Executor,
    Shutdown,
}

/// The stored form of a step's narration.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Narration {
    Start,
    Line(LineHow),
    /// A blocking call ran before this line (clock moved since last step).
    Blocked,
    ClockJump,
    Poll(PollWhat),
    /// The run ended: the sentence is the string id in `arg`.
    End,
}

/// Everything describing a stop: kind, running task (or MAIN/CALLBACK),
/// line, narration, and an argument (string id or 0).
pub struct StopInfo {
    pub kind: StepKind,
    pub who: Option<u32>,
    pub line: Option<u32>,
    pub narration: Narration,
    /// For `PollWhat::Call`: the callable's name (interned by the caller).
    pub call_name: Option<String>,
}

fn owner_id(owner: FiberOwner) -> u32 {
    match owner {
        FiberOwner::Main => MAIN,
        FiberOwner::Task(id) => id,
        FiberOwner::Callback | FiberOwner::Nested => CALLBACK,
    }
}

/// Classify the stop just reached. `current_poll` carries the handle that
/// is running across several stops.
pub fn classify_stop(vm: &Vm, events: &[Event], blocked: bool, current_poll: &mut Option<HandleInfo>) -> StopInfo {
    let last = events.iter().rev().find(|e| matches!(e, Event::Line { .. } | Event::PollEnd | Event::ClockJump { .. }));
    let started_here = events.iter().rev().find_map(|e| match e {
        Event::PollStart { handle } => Some(handle.clone()),
        _ => None,
    });
    let fresh_poll = started_here.is_some();
    if let Some(h) = started_here {
        *current_poll = Some(h);
    }
    let lines_here = events.iter().filter(|e| matches!(e, Event::Line { .. })).count();
    match last {
        Some(Event::Line { owner, line }) => {
            let who = owner_id(*owner);
            let polled_task = match current_poll {
                Some(HandleInfo::Step { task }) | Some(HandleInfo::Wakeup { task }) => Some(*task),
                _ => None,
            };
            let first_line = fresh_poll && lines_here == 1 && polled_task == Some(who);
            let how = if first_line && is_first_line_of_coroutine(vm) {
                LineHow::Starts
            } else if first_line {
                LineHow::Resumes
            } else {
                LineHow::Plain
            };
            let (kind, narration) = if blocked { (StepKind::Blocked, Narration::Blocked) } else { (StepKind::Line, Narration::Line(how)) };
            StopInfo { kind, who: Some(who), line: Some(*line), narration, call_name: None }
        }
        Some(Event::ClockJump { .. }) => StopInfo { kind: StepKind::ClockJump, who: None, line: None, narration: Narration::ClockJump, call_name: None },
        _ => {
            let poll = current_poll.take();
            let nz = |t: u32| if t == 0 { None } else { Some(t) };
            let (what, who, call_name) = match poll {
                Some(HandleInfo::Step { task }) | Some(HandleInfo::Wakeup { task }) => (PollWhat::Task, Some(task), None),
                Some(HandleInfo::Timer { task }) => (PollWhat::Timer, nz(task), None),
                Some(HandleInfo::Gather { child, done, total }) => {
                    (PollWhat::Gather { done: done.min(u16::MAX as u32) as u16, total: total.min(u16::MAX as u32) as u16 }, nz(child), None)
                }
                Some(HandleInfo::StopLoop { task }) => (PollWhat::StopLoop, nz(task), None),
                Some(HandleInfo::Shutdown) | None => (PollWhat::Shutdown, None, None),
                Some(HandleInfo::Call { name }) => (PollWhat::Call, None, Some(name.to_string())),
                Some(HandleInfo::Internal { cb, task }) => (PollWhat::Internal(cb), nz(task), None),
                Some(HandleInfo::Executor) => (PollWhat::Executor, None, None),
            };
            StopInfo { kind: StepKind::Poll, who, line: None, narration: Narration::Poll(what), call_name }
        }
    }
}

/// Is the running task at the first line of its coroutine (never awaited)?
fn is_first_line_of_coroutine(vm: &Vm) -> bool {
    match vm.cur.frames.first() {
        Some(f) => vm.cur.frames.len() == 1 && f.code.ops[..f.pc.min(f.code.ops.len())].iter().all(|op| !matches!(op, crate::compiler::code::Op::Await)),
        None => false,
    }
}

fn t(x: f64) -> String {
    format!("t={x:.3}")
}

/// "Task-2 (say_after)" from the view.
fn task_label(v: &StepView, id: u32) -> String {
    match v.tasks.iter().find(|t| t.id == id) {
        Some(t) => format!("{} ({})", t.name, t.coro),
        None => format!("Task #{id}"),
    }
}

fn who_label(v: &StepView, who: u32) -> String {
    match who {
        MAIN => "The program".to_string(),
        CALLBACK => "A callback".to_string(),
        id => task_label(v, id),
    }
}

/// Inputs to render a sentence besides the view.
pub struct RenderCtx<'a> {
    pub who: u32,
    /// The text of the step's line.
    pub code: &'a str,
    /// The clock at the previous step.
    pub prev_clock: f64,
    /// The previous step's line text (what blocked, for a Blocked step).
    pub prev_code: &'a str,
    /// The string argument (call name, end sentence).
    pub arg: &'a str,
}

/// What the loop does after a poll, from the queue it leaves.
fn then(v: &StepView) -> String {
    match v.ready.first() {
        Some(h) => format!("next in the ready queue: {}", h.label),
        None if v.timers.is_empty() => "nothing else is ready and no timer is set".to_string(),
        None => "nothing else is ready in this iteration".to_string(),
    }
}

/// The sentence for a step.
pub fn render(n: Narration, v: &StepView, cx: &RenderCtx) -> String {
    match n {
        Narration::Start => "The program is loaded; nothing has run yet. Its module code runs first.".to_string(),
        Narration::Line(how) => {
            let who = who_label(v, cx.who);
            let line = v.line.unwrap_or(0);
            match how {
                LineHow::Starts => format!("{who} starts: the loop runs its first step, line {line}: {}", cx.code),
                LineHow::Resumes => format!("{who} resumes where it left off, line {line}: {}", cx.code),
                LineHow::Plain => format!("{who} runs line {line}: {}", cx.code),
            }
        }
        Narration::Blocked => {
            let who = who_label(v, cx.who);
            let line = v.line.unwrap_or(0);
            let what = if cx.prev_code.is_empty() { "A blocking call".to_string() } else { format!("`{}` in {who}", cx.prev_code) };
            format!(
                "{what} blocked the loop for {:.3} s ({} → {}): nothing else could run meanwhile. Now line {line}: {}",
                v.clock - cx.prev_clock,
                t(cx.prev_clock),
                t(v.clock),
                cx.code
            )
        }
        Narration::ClockJump => {
            let why = v.ready.first().map(|h| format!(" ({})", h.label)).unwrap_or_default();
            format!("Nothing is ready: the clock jumps from {} to {}, the earliest timer{why}.", t(cx.prev_clock), t(v.clock))
        }
        Narration::Poll(what) => match what {
            PollWhat::Task => {
                let label = task_label(v, cx.who);
                match v.tasks.iter().find(|x| x.id == cx.who) {
                    Some(task) => match task.state {
                        TaskState::Waiting => {
                            let w = task.waiting_on.as_deref().unwrap_or("a future");
                            format!("{label} awaited {w} and gives the loop back; {}.", then(v))
                        }
                        TaskState::Ready | TaskState::Scheduled => {
                            format!("{label} yielded with asyncio.sleep(0): its next step goes to the back of the ready queue; {}.", then(v))
                        }
                        TaskState::Done => {
                            let r = task.result.as_deref().unwrap_or("None");
                            format!("{label} finished and returned {r}; whoever awaits it is woken.")
                        }
                        TaskState::Failed => {
                            let r = task.result.as_deref().unwrap_or("an exception");
                            format!("{label} raised {r}: the exception is stored in the task until someone awaits it.")
                        }
                        TaskState::Cancelled => format!("{label} was cancelled: CancelledError ended its coroutine."),
                        TaskState::Running => format!("{label} ran."),
                    },
                    None => format!("{label} ran."),
                }
            }
            PollWhat::Timer => {
                if cx.who != MAIN && cx.who != u32::MAX {
                    let label = task_label(v, cx.who);
                    format!("The timer set by {label} fired: its sleep is over, so its wakeup joins the ready queue.")
                } else {
                    "A timer fired: the future it guards is done, so whoever awaits it is woken.".to_string()
                }
            }
            PollWhat::Gather { done, total } => {
                let child = if cx.who != MAIN && cx.who != u32::MAX { task_label(v, cx.who) } else { "an awaitable".to_string() };
                if done >= total {
                    format!("gather() sees {child} finish: all {total} are done, so gather() completes and wakes its awaiter.")
                } else {
                    format!("gather() sees {child} finish: {done} of {total} done, it keeps waiting for the rest.")
                }
            }
            PollWhat::StopLoop => {
                if cx.who != MAIN && cx.who != u32::MAX {
                    let label = task_label(v, cx.who);
                    format!("{label} is done, so the loop stops after this iteration.")
                } else {
                    "The future the loop was running for is done, so the loop stops after this iteration.".to_string()
                }
            }
            PollWhat::Shutdown => "asyncio.run() finishes: it closes async generators and the default executor, then returns.".to_string(),
            PollWhat::Call => format!("The loop called {}().", cx.arg),
            PollWhat::Internal(cb) => {
                let (label, state) = if cx.who != MAIN && cx.who != u32::MAX {
                    (task_label(v, cx.who), v.tasks.iter().find(|x| x.id == cx.who).map(|x| x.state))
                } else {
                    ("a future".to_string(), None)
                };
                cb.sentence(&label, state)
            }
            PollWhat::Executor => "A job sent to a worker thread finished: its result is delivered to the awaiting task.".to_string(),
        },
        Narration::End => cx.arg.to_string(),
    }
}

/// The last step's sentence.
pub fn describe_end(o: &Outcome, clock: f64) -> String {
    match o {
        Outcome::Ok => format!("The program finished at {}.", t(clock)),
        Outcome::Exit(c) => format!("sys.exit({c}) ended the program at {}.", t(clock)),
        Outcome::Uncaught { type_name, message, .. } => {
            if message.is_empty() {
                format!("An uncaught {type_name} ended the program at {}.", t(clock))
            } else {
                format!("An uncaught {type_name} ended the program at {}: {message}", t(clock))
            }
        }
        Outcome::Deadlock { waiting } => format!(
            "Deadlock at {}: nothing is ready and no timer is set, yet tasks still wait: {}. Real Python would hang here forever.",
            t(clock),
            waiting.join("; ")
        ),
        Outcome::Limit(reason) => format!("The run was stopped at {}: {reason}.", t(clock)),
        Outcome::Unsupported(what) => format!("{what} is not supported by Loopscope yet."),
        Outcome::Internal(msg) => format!("Loopscope hit an internal error: {msg}"),
    }
}

/// Warnings for the whole run.
pub fn warnings(vm: &mut Vm, outcome: &Outcome, history: &History) -> Vec<Warning> {
    let mut out = Vec::new();
    for line in vm.out.stderr.lines() {
        if let Some(rest) = line.strip_prefix("RuntimeWarning: coroutine '") {
            if let Some(name) = rest.strip_suffix("' was never awaited") {
                out.push(Warning::NeverAwaited { coro: name.to_string(), line: None });
            }
        }
    }
    for k in 0..history.len() {
        if history.kind(k) == StepKind::Blocked {
            let seconds = history.clock(k) - history.clock(k.saturating_sub(1));
            out.push(Warning::BlockedLoop { what: "a blocking call".into(), seconds, step: k });
        }
    }
    let tasks = vm.aio.tasks.clone();
    for task in tasks {
        if task.log_traceback.get() {
            let e = task.exception.borrow().clone().unwrap_or(crate::value::Value::None);
            let exception = vm.safe_repr(&e, 80);
            out.push(Warning::UnretrievedException { task: task.name().map(|n| n.to_string()).unwrap_or_default(), exception });
        }
    }
    if let Outcome::Deadlock { waiting } = outcome {
        out.push(Warning::Deadlock { waiting: waiting.clone() });
    }
    out
}
