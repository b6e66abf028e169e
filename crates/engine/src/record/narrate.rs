//! One plain sentence per step: what happened, and why the loop does what
//! it does next. The recorder stores a small `Narration` per step (see
//! `classify.rs`); the sentence is rendered from it and the step's view
//! when the step is shown, so it always agrees with what the panels show.

use super::classify::{LineHow, Narration, PollWhat, CALLBACK, MAIN};
use crate::aio::internal_cb::InternalCb;
use crate::outcome::Outcome;
use crate::view::{HandleView, TaskState, TaskView};

fn t(x: f64) -> String {
    format!("t={x:.3}")
}

/// What a sentence reads of its step: where it stands, the task it is
/// about (the step's `who`), the head of the ready queue and whether a
/// timer is set.
pub struct Scene<'a> {
    pub line: Option<u32>,
    pub clock: f64,
    /// The task the step is about, as shown at the step.
    pub task: Option<&'a TaskView>,
    pub next_ready: Option<&'a HandleView>,
    pub timer_set: bool,
}

/// "Task-2 (say_after)".
fn task_label(v: &Scene, id: u32) -> String {
    match v.task.filter(|t| t.id == id) {
        Some(t) => format!("{} ({})", t.name, t.coro),
        None => format!("Task #{id}"),
    }
}

fn who_label(v: &Scene, who: u32) -> String {
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
fn then(v: &Scene) -> String {
    match v.next_ready {
        Some(h) => format!("next in the ready queue: {}", h.label),
        None if !v.timer_set => "nothing else is ready and no timer is set".to_string(),
        None => "nothing else is ready in this iteration".to_string(),
    }
}

/// The sentence for a step.
pub fn render(n: Narration, v: &Scene, cx: &RenderCtx) -> String {
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
            let why = v.next_ready.map(|h| format!(" ({})", h.label)).unwrap_or_default();
            format!("Nothing is ready: the clock jumps from {} to {}, the earliest timer{why}.", t(cx.prev_clock), t(v.clock))
        }
        Narration::Poll(what) => match what {
            PollWhat::Task => {
                let label = task_label(v, cx.who);
                match v.task.filter(|x| x.id == cx.who) {
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
                    (task_label(v, cx.who), v.task.filter(|x| x.id == cx.who).map(|x| x.state))
                } else {
                    ("a future".to_string(), None)
                };
                internal_sentence(cb, &label, state)
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
        Outcome::Unsupported { what, line: Some(l) } => format!("{what} (line {l}) is not supported by Loopscope yet."),
        Outcome::Unsupported { what, line: None } => format!("{what} is not supported by Loopscope yet."),
        Outcome::Internal(msg) => format!("Loopscope hit an internal error: {msg}"),
    }
}

/// What the loop did when it ran the callback. `task` names the task
/// that finished (done callbacks) or that set the timer; `state` is
/// that task's state.
fn internal_sentence(cb: InternalCb, task: &str, state: Option<TaskState>) -> String {
match cb {
        InternalCb::WaitForTimeout => format!(
            "The wait_for() timeout set by {task} expired: {task} is woken, cancels the task it waited for and will raise TimeoutError."
        ),
        InternalCb::WaitTimeout => {
            format!("The wait() timeout set by {task} expired: {task} is woken and gets back the done and pending sets as they are.")
        }
        InternalCb::AsCompletedTimeout => {
            "as_completed()'s timeout expired: every remaining await of its iterator will raise TimeoutError.".to_string()
        }
        InternalCb::TimeoutDeadline => format!(
            "The asyncio.timeout() deadline passed: {task} is cancelled inside its `async with` block, which will turn the CancelledError into TimeoutError."
        ),
        InternalCb::WaitForInnerDone => {
            format!("{task} finished in time, so wait_for() releases its waiter: the task awaiting wait_for() is woken to collect the result.")
        }
        InternalCb::CancelledInnerDone => {
            format!("{task} has finished after wait_for() cancelled it: the task awaiting wait_for() is woken.")
        }
        InternalCb::WaitDone => {
            format!("{task} finished: asyncio.wait() counts it and, once its return_when condition is met, wakes the task awaiting it.")
        }
        InternalCb::AsCompletedDone => {
            format!("{task} finished: as_completed() queues it, so the next await in the loop over as_completed() gets it.")
        }
        InternalCb::ShieldInnerDone => {
            format!("{task}, protected by shield(), finished: its outcome is passed to the future shield() returned (unless that was cancelled).")
        }
        InternalCb::ShieldOuterDone => {
            "The future shield() returned is done (perhaps cancelled); the shielded task is left to run on.".to_string()
        }
        InternalCb::TaskGroupDone if state == Some(TaskState::Cancelled) => {
            format!("{task} was cancelled: the TaskGroup removes it from its running tasks, and wakes its `async with` exit once none are left.")
        }
        InternalCb::TaskGroupDone if state == Some(TaskState::Failed) => format!(
            "{task} failed: the TaskGroup records the error and, unless it is already aborting, cancels its other tasks and the task inside `async with`."
        ),
        InternalCb::TaskGroupDone => {
            format!("{task} finished: the TaskGroup removes it from its running tasks, and wakes its `async with` exit once none are left.")
        }
    }
}
