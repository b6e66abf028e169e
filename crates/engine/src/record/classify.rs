//! Classifying a stop while recording (the live VM is at hand): what kind
//! of step it is, who ran, and the small `Narration` stored for it. The
//! sentence itself is rendered when the step is shown (`narrate.rs`).

use crate::aio::events::{Event, HandleInfo};
use crate::aio::internal_cb::InternalCb;
use crate::view::StepKind;
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
/// is running across several stops; `ran` the tasks that have run a line.
pub fn classify_stop(vm: &Vm, events: &[Event], blocked: bool, current_poll: &mut Option<HandleInfo>, ran: &mut std::collections::HashSet<u32>) -> StopInfo {
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
            // A task that ran lines before resumes, even at a line that
            // comes before its first `await` (a loop's head).
            let ran_before = !ran.insert(who);
            let how = if first_line && !ran_before && is_first_line_of_coroutine(vm) {
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
