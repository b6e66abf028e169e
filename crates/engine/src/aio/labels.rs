//! How the ready queue and the timer heap name a handle (`Task-2 step`,
//! `sleep(1) until t=1.000`, `call f`), fixed when it is scheduled, and
//! which tasks are asyncio.run()'s own (never shown).

use crate::aio::event_loop::HandleKind;
use crate::aio::events::{callable_name, first_task};
use crate::aio::future::Future;
use crate::aio::internal_cb::InternalCb;
use crate::vm::Vm;
use std::rc::Rc;

impl Vm {
    /// Label and task of a handle, fixed when it is scheduled. With a
    /// task, the label is what follows the task's (current) name.
    pub fn handle_label(&self, kind: &HandleKind, timer: bool) -> (Rc<str>, Option<u32>) {
        let current = self.aio.current_task.as_ref().and_then(|t| t.task().map(|d| d.id));
        let (label, task) = match kind {
            HandleKind::TaskStep { task, .. } | HandleKind::TaskWakeup { task, .. } if task.code_internal() => ("asyncio.run() shutdown step".to_string(), None),
            HandleKind::TaskStep { task, exc } => {
                let l = if exc.is_some() { "step (throw)" } else { "step" };
                (l.to_string(), task.task().map(|d| d.id))
            }
            HandleKind::TaskWakeup { task, .. } => ("wakeup".to_string(), task.task().map(|d| d.id)),
            HandleKind::Call { func, args } => match InternalCb::of(func, args) {
                Some(cb) => {
                    let task = if cb.is_timer() { current } else { Some(first_task(args)).filter(|&t| t != 0) };
                    (cb.label().to_string(), task)
                }
                None if timer => (format!("call {}", callable_name(func)), None),
                None => (format!("callback {}", callable_name(func)), None),
            },
            HandleKind::GatherDone { .. } => ("gather callback".to_string(), None),
            HandleKind::StopLoop { .. } => ("stop the loop".to_string(), None),
            HandleKind::SetResultUnlessCancelled { fut, .. } => {
                let what = fut.label_text().map(|s| s.to_string()).unwrap_or_else(|| "timer".into());
                (what, current)
            }
            HandleKind::ExecutorDone { .. } => ("executor job done".to_string(), current),
        };
        (Rc::from(label.as_str()), task)
    }

}

impl Future {
    /// The Runner's shutdown tasks are not shown.
    pub fn code_internal(&self) -> bool {
        self.task().map(|d| d.hidden.get()).unwrap_or(false)
    }
}
