//! Warnings a learner should be told about a whole run: coroutines never
//! awaited, blocking calls, exceptions never retrieved, deadlock.

use super::history::History;
use crate::outcome::Outcome;
use crate::view::{StepKind, Warning};
use crate::vm::Vm;

/// Warnings for the whole run.
pub fn warnings(vm: &mut Vm, outcome: &Outcome, history: &History) -> Vec<Warning> {
    let mut out = Vec::new();
    for coro in &vm.never_awaited {
        out.push(Warning::NeverAwaited { coro: coro.to_string(), line: None });
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
