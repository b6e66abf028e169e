//! One plain sentence per step: what happened, and why the loop does what
//! it does next. Built from the trace events of the step and the state
//! right after it.

use crate::engine::Outcome;
use crate::history::History;
use crate::trace::{Event, HandleInfo};
use crate::view::{StepKind, TaskState, Warning};
use crate::vm::frame::FiberOwner;
use crate::vm::Vm;

/// "Task-2 (say_after)".
pub fn task_label(vm: &Vm, id: u32) -> String {
    match vm.aio.tasks.get((id as usize).wrapping_sub(1)) {
        Some(t) => {
            let name = t.name().map(|n| n.to_string()).unwrap_or_default();
            match t.task().map(|d| &d.coro) {
                Some(crate::value::Value::Coroutine(c)) => format!("{name} ({})", c.code.name),
                _ => name,
            }
        }
        None => format!("Task #{id}"),
    }
}

fn owner_label(vm: &Vm, owner: FiberOwner) -> (String, Option<u32>) {
    match owner {
        FiberOwner::Main => ("The program".to_string(), None),
        FiberOwner::Task(id) => (task_label(vm, id), Some(id)),
        FiberOwner::Callback => ("A callback".to_string(), None),
        FiberOwner::Nested => ("Code called by a built-in".to_string(), None),
    }
}

fn line_text(vm: &Vm, line: u32) -> String {
    match vm.sources.first() {
        Some(s) => s.lines.line_text(&s.text, line).trim().to_string(),
        None => String::new(),
    }
}

fn t(x: f64) -> String {
    format!("t={x:.3}")
}

/// Kind, running task, line and narration for the stop just reached.
pub fn describe_stop(vm: &mut Vm, events: &[Event], block: Option<(f64, f64)>) -> (StepKind, Option<u32>, Option<u32>, String) {
    let last = events.iter().rev().find(|e| matches!(e, Event::Line { .. } | Event::PollEnd | Event::ClockJump { .. }));
    let poll_start = events.iter().rev().find_map(|e| match e {
        Event::PollStart { handle } => Some(handle.clone()),
        _ => None,
    });
    match last {
        Some(Event::Line { owner, line }) => {
            let (who, task) = owner_label(vm, *owner);
            let code = line_text(vm, *line);
            let resumed = match (&poll_start, task) {
                (Some(HandleInfo::Step { task: t1 }), Some(t2)) if *t1 == t2 => true,
                (Some(HandleInfo::Wakeup { task: t1 }), Some(t2)) if *t1 == t2 => true,
                _ => false,
            };
            let started = resumed && events.iter().any(|e| matches!(e, Event::Line { .. })) && matches!(poll_start, Some(HandleInfo::Step { .. }));
            let mut s = match block {
                Some((from, to)) => format!(
                    "A blocking call held the loop for {:.3} s ({} → {}): no other task could run meanwhile. ",
                    to - from,
                    t(from),
                    t(to)
                ),
                None => String::new(),
            };
            if resumed && started && events.iter().filter(|e| matches!(e, Event::Line { .. })).count() == 1 {
                s.push_str(&format!("{who} takes its turn and runs line {line}: {code}"));
            } else if resumed && events.iter().filter(|e| matches!(e, Event::Line { .. })).count() == 1 {
                s.push_str(&format!("{who} resumes and runs line {line}: {code}"));
            } else {
                s.push_str(&format!("{who} runs line {line}: {code}"));
            }
            let kind = if block.is_some() { StepKind::Blocked } else { StepKind::Line };
            (kind, task, Some(*line), s)
        }
        Some(Event::ClockJump { from, to }) => {
            let next = vm.capture_next_timer_label();
            let why = match next {
                Some(l) => format!(" ({l})"),
                None => String::new(),
            };
            (
                StepKind::ClockJump,
                None,
                None,
                format!("Nothing is ready: the clock jumps from {} to {}, the earliest timer{why}.", t(*from), t(*to)),
            )
        }
        _ => {
            let s = match &poll_start {
                Some(h) => describe_poll(vm, h),
                None => "The loop ran a handle.".to_string(),
            };
            let task = match &poll_start {
                Some(HandleInfo::Step { task }) | Some(HandleInfo::Wakeup { task }) => Some(*task),
                _ => None,
            };
            (StepKind::Poll, task, None, s)
        }
    }
}

fn describe_poll(vm: &mut Vm, h: &HandleInfo) -> String {
    match h {
        HandleInfo::Step { task } | HandleInfo::Wakeup { task } => {
            let label = task_label(vm, *task);
            let Some(t) = vm.aio.tasks.get(*task as usize - 1).cloned() else { return format!("{label} ran.") };
            let view = vm.task_view(&t, &[]);
            match view.state {
                TaskState::Waiting => {
                    let what = view.waiting_on.unwrap_or_else(|| "a future".into());
                    format!("{label} awaited {what}: it gives the loop back, and the loop runs the next ready handle.")
                }
                TaskState::Scheduled | TaskState::Ready => {
                    format!("{label} yielded with asyncio.sleep(0): its next step goes to the back of the ready queue.")
                }
                TaskState::Done => {
                    let r = view.result.unwrap_or_default();
                    format!("{label} finished and returned {r}; whoever awaits it is woken.")
                }
                TaskState::Failed => {
                    let r = view.result.unwrap_or_default();
                    format!("{label} raised {r}: the exception is stored in the task until someone awaits it.")
                }
                TaskState::Cancelled => format!("{label} was cancelled: CancelledError ended its coroutine."),
                TaskState::Running => format!("{label} ran."),
            }
        }
        HandleInfo::Timer => "A timer fired: the future it guards is done, so the task awaiting it is woken.".to_string(),
        HandleInfo::Gather => "gather() noted that one of its awaitables finished.".to_string(),
        HandleInfo::StopLoop => "The future the loop was running for is done, so the loop stops after this iteration.".to_string(),
        HandleInfo::Call { name } => format!("The loop called {name}()."),
        HandleInfo::Executor => "A job sent to a worker thread finished: its result is delivered to the awaiting task.".to_string(),
    }
}

impl Vm {
    /// What the earliest pending timer is for.
    fn capture_next_timer_label(&mut self) -> Option<String> {
        let id = self.aio.running?;
        let l = self.aio.loop_ref(id)?;
        let first = l.ready.front().cloned()?;
        Some(self.handle_view(&first).label)
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
            let v = history.view(k);
            let prev = history.view(k.saturating_sub(1));
            out.push(Warning::BlockedLoop { what: "a blocking call".into(), seconds: v.clock - prev.clock, step: k });
        }
    }
    let tasks = vm.aio.tasks.clone();
    for t in tasks {
        if t.log_traceback.get() {
            let e = t.exception.borrow().clone().unwrap_or(crate::value::Value::None);
            let exception = vm.safe_repr(&e, 80);
            out.push(Warning::UnretrievedException { task: t.name().map(|n| n.to_string()).unwrap_or_default(), exception });
        }
    }
    if let Outcome::Deadlock { waiting } = outcome {
        out.push(Warning::Deadlock { waiting: waiting.clone() });
    }
    out
}
