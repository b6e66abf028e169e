//! How things are shown: task colours (by task id, so a task keeps its
//! colour across steps and re-runs), times, task states.

use engine::view::{TaskState, TaskView};

/// Number of colours in the palette (`.tc0` .. `.tc11` in styles/panels.css).
pub const PALETTE: u32 = 12;

/// The CSS class that sets `--task` to the task's colour.
pub fn task_class(id: u32) -> String {
    format!("tc{}", id.saturating_sub(1) % PALETTE)
}

/// Virtual time as the reference runner prints it: `1.500`.
pub fn time(t: f64) -> String {
    format!("{t:.3}")
}

/// A short word for the state, with an icon (the badge in the tasks panel).
pub fn state_badge(state: TaskState) -> (&'static str, &'static str) {
    match state {
        TaskState::Scheduled => ("○", "scheduled"),
        TaskState::Ready => ("◔", "ready"),
        TaskState::Running => ("▶", "running"),
        TaskState::Waiting => ("‖", "waiting"),
        TaskState::Done => ("✓", "done"),
        TaskState::Failed => ("✗", "failed"),
        TaskState::Cancelled => ("⊘", "cancelled"),
    }
}

/// The CSS class of a state.
pub fn state_class(state: TaskState) -> &'static str {
    match state {
        TaskState::Scheduled => "st-scheduled",
        TaskState::Ready => "st-ready",
        TaskState::Running => "st-running",
        TaskState::Waiting => "st-waiting",
        TaskState::Done => "st-done",
        TaskState::Failed => "st-failed",
        TaskState::Cancelled => "st-cancelled",
    }
}

/// The state in words: "waiting on sleep(1) until t=1.000", "done → 'x'".
pub fn state_text(task: &TaskView) -> String {
    match task.state {
        TaskState::Scheduled => "scheduled: its first step is in the ready queue".into(),
        TaskState::Ready => "ready: its next step is in the ready queue".into(),
        TaskState::Running => "running".into(),
        TaskState::Waiting => match &task.waiting_on {
            Some(what) => format!("waiting on {what}"),
            None => "waiting".into(),
        },
        TaskState::Done => match &task.result {
            Some(r) => format!("done, returned {r}"),
            None => "done".into(),
        },
        TaskState::Failed => match &task.result {
            Some(r) => format!("failed with {r}"),
            None => "failed".into(),
        },
        TaskState::Cancelled => "cancelled".into(),
    }
}

/// 12,345
pub fn thousands(n: usize) -> String {
    engine::group_thousands(n as u64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_cycle_by_task_id() {
        assert_eq!(task_class(1), "tc0");
        assert_eq!(task_class(12), "tc11");
        assert_eq!(task_class(13), "tc0");
        assert_eq!(task_class(0), "tc0");
    }

    #[test]
    fn numbers_and_times() {
        assert_eq!(time(6.0), "6.000");
        assert_eq!(thousands(0), "0");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(10_000), "10,000");
        assert_eq!(thousands(1_234_567), "1,234,567");
    }

    #[test]
    fn states_in_words() {
        let mut t = TaskView {
            id: 2,
            name: "Task-2".into(),
            coro: "f".into(),
            state: TaskState::Waiting,
            waiting_on: Some("sleep(1) until t=1.000".into()),
            stack: vec![],
            result: None,
            internal: false,
        };
        assert_eq!(state_text(&t), "waiting on sleep(1) until t=1.000");
        t.state = TaskState::Done;
        t.result = Some("'x'".into());
        assert_eq!(state_text(&t), "done, returned 'x'");
        t.state = TaskState::Failed;
        t.result = Some("ValueError('bad')".into());
        assert_eq!(state_text(&t), "failed with ValueError('bad')");
    }
}
