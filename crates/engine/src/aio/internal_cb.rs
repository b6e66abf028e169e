//! asyncio's own callbacks, written in Python in the prelude
//! (`wait_for`'s lambda, `TaskGroup._on_task_done`, `Timeout._on_timeout`,
//! …): what the ready queue and the timer heap call them, and what the
//! narration says they do, instead of their Python qualnames.

use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InternalCb {
    /// `_release_waiter` as wait_for()'s timer.
    WaitForTimeout,
    /// `_release_waiter` as wait()'s timer.
    WaitTimeout,
    /// wait_for()'s done callback on the awaited task.
    WaitForInnerDone,
    /// The done callback wait_for() puts on a task it cancelled.
    CancelledInnerDone,
    /// wait()'s done callback on each of its futures.
    WaitDone,
    /// as_completed()'s done callback on each of its futures.
    AsCompletedDone,
    /// as_completed()'s timer.
    AsCompletedTimeout,
    /// shield()'s done callback on the shielded task.
    ShieldInnerDone,
    /// shield()'s done callback on the future it returned.
    ShieldOuterDone,
    /// TaskGroup's done callback on each of its tasks.
    TaskGroupDone,
    /// `asyncio.timeout()`'s deadline.
    TimeoutDeadline,
}

impl InternalCb {
    /// Which internal callback `func(*args)` is, if it is one.
    pub fn of(func: &Value, args: &[Value]) -> Option<InternalCb> {
        let f = match func {
            Value::Function(f) => f,
            Value::Method(m) => match &m.func {
                Value::Function(f) => f,
                _ => return None,
            },
            _ => return None,
        };
        if !f.code.internal {
            return None;
        }
        Some(match &*f.qualname {
            "_release_waiter" => {
                let waiter = match args.first() {
                    Some(Value::Future(w)) => w.label_text(),
                    _ => None,
                };
                match waiter {
                    Some(l) if l.starts_with("wait()") => InternalCb::WaitTimeout,
                    _ => InternalCb::WaitForTimeout,
                }
            }
            "wait_for.<locals>.<lambda>" => InternalCb::WaitForInnerDone,
            "_cancel_and_wait.<locals>.<lambda>" => InternalCb::CancelledInnerDone,
            "_wait.<locals>._on_completion" => InternalCb::WaitDone,
            "as_completed.<locals>._on_completion" => InternalCb::AsCompletedDone,
            "as_completed.<locals>._on_timeout" => InternalCb::AsCompletedTimeout,
            "shield.<locals>._inner_done_callback" => InternalCb::ShieldInnerDone,
            "shield.<locals>._outer_done_callback" => InternalCb::ShieldOuterDone,
            "TaskGroup._on_task_done" => InternalCb::TaskGroupDone,
            "Timeout._on_timeout" => InternalCb::TimeoutDeadline,
            _ => return None,
        })
    }

    /// A timer (named after the task that set it) rather than a done
    /// callback (named after the task that finished).
    pub fn is_timer(self) -> bool {
        matches!(self, InternalCb::WaitForTimeout | InternalCb::WaitTimeout | InternalCb::AsCompletedTimeout | InternalCb::TimeoutDeadline)
    }

    /// The queue label, shown after the task's name.
    pub fn label(self) -> &'static str {
        match self {
            InternalCb::WaitForTimeout => "wait_for() timeout",
            InternalCb::WaitTimeout => "wait() timeout",
            InternalCb::AsCompletedTimeout => "as_completed() timeout",
            InternalCb::TimeoutDeadline => "timeout() deadline",
            InternalCb::WaitForInnerDone => "done → wait_for()",
            InternalCb::CancelledInnerDone => "cancelled → wait_for()",
            InternalCb::WaitDone => "done → wait()",
            InternalCb::AsCompletedDone => "done → as_completed()",
            InternalCb::ShieldInnerDone => "done → shield()",
            InternalCb::ShieldOuterDone => "shield() outer done",
            InternalCb::TaskGroupDone => "done → TaskGroup",
        }
    }
}
