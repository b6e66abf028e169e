//! The event loop's data: a FIFO ready queue of handles and a heap of
//! timer handles ordered by (deadline, scheduling order) — CPython's
//! BaseEventLoop with the reference harness's 1 ns rounding and FIFO ties.

use super::future::{Callback, Future};
use crate::value::Value;
use std::cell::Cell;
use std::cmp::Ordering;
use std::collections::{BinaryHeap, VecDeque};
use std::rc::Rc;

/// What a handle does when the loop runs it.
#[derive(Debug, Clone)]
pub enum HandleKind {
    /// `Task.__step` (a new task's first step, a bare-yield resume, or a
    /// step with an exception to throw in).
    TaskStep { task: Rc<Future>, exc: Option<Value> },
    /// `Task.__wakeup(fut)`: the future the task awaited is done.
    TaskWakeup { task: Rc<Future>, fut: Rc<Future> },
    /// A callable with arguments (`call_soon(f, *args)`, done callbacks).
    Call { func: Value, args: Vec<Value> },
    /// `gather()`'s per-child callback.
    GatherDone { gather: Rc<super::gather::Gather>, fut: Rc<Future> },
    /// `run_until_complete`'s callback.
    StopLoop { fut: Rc<Future> },
    /// `futures._set_result_unless_cancelled(fut, result)` (sleep's timer).
    SetResultUnlessCancelled { fut: Rc<Future>, result: Value },
    /// An executor job finished (`run_in_executor`, `to_thread`).
    ExecutorDone { fut: Rc<Future>, result: Result<Value, Value> },
}

#[derive(Debug)]
pub struct Handle {
    pub kind: HandleKind,
    pub cancelled: Cell<bool>,
    /// Deadline for timer handles; NaN for ready handles.
    pub when: f64,
    /// Scheduling order (ties between equal deadlines go FIFO).
    pub seq: u64,
    /// Virtual time at which it was scheduled.
    pub scheduled_at: f64,
    /// How the visualizer names it (`Task-2 step`, `sleep(1) until ...`),
    /// fixed when it is scheduled.
    pub label: std::rc::Rc<str>,
    /// The task it steps, wakes, or (for timers) the task that set it.
    pub task: Option<u32>,
}

impl Handle {
    pub fn is_timer(&self) -> bool {
        !self.when.is_nan()
    }

    /// The task this handle steps or wakes.
    pub fn stepped_task(&self) -> Option<&Future> {
        match &self.kind {
            HandleKind::TaskStep { task, .. } | HandleKind::TaskWakeup { task, .. } => Some(task),
            _ => None,
        }
    }

    /// Count this handle in (or out of) its task's ready-queue presence.
    pub fn mark_ready(&self, entering: bool) {
        if let Some(t) = self.stepped_task().and_then(|t| t.task()) {
            let n = t.in_ready.get();
            t.in_ready.set(if entering { n + 1 } else { n.saturating_sub(1) });
        }
    }
}

/// Heap entry: min-heap on (when, seq).
#[derive(Debug)]
pub struct TimerEntry(pub Rc<Handle>);

impl PartialEq for TimerEntry {
    fn eq(&self, o: &Self) -> bool {
        self.0.when == o.0.when && self.0.seq == o.0.seq
    }
}
impl Eq for TimerEntry {}
impl PartialOrd for TimerEntry {
    fn partial_cmp(&self, o: &Self) -> Option<Ordering> {
        Some(self.cmp(o))
    }
}
impl Ord for TimerEntry {
    fn cmp(&self, o: &Self) -> Ordering {
        // Reversed: BinaryHeap is a max-heap.
        o.0.when.partial_cmp(&self.0.when).unwrap_or(Ordering::Equal).then_with(|| o.0.seq.cmp(&self.0.seq))
    }
}

/// One event loop.
#[derive(Debug, Default)]
pub struct LoopState {
    pub id: u32,
    pub ready: VecDeque<Rc<Handle>>,
    pub timers: BinaryHeap<TimerEntry>,
    pub stopping: bool,
    pub running: bool,
    pub closed: bool,
    /// `_run_once` calls so far.
    pub iteration: u64,
    /// Handles left to run in the current iteration.
    pub ntodo: usize,
    /// Was the default executor used (for shutdown)?
    pub executor_used: bool,
    /// The loop's Python object (one per loop, so `is` works).
    pub obj: Option<Value>,
    /// `loop.set_exception_handler(handler)`.
    pub exception_handler: Option<Value>,
}

impl LoopState {
    pub fn new(id: u32) -> LoopState {
        LoopState { id, ..LoopState::default() }
    }

    /// Timers sorted by (deadline, order), cancelled ones left out.
    pub fn sorted_timers(&self) -> Vec<Rc<Handle>> {
        let mut v: Vec<Rc<Handle>> = self.timers.iter().map(|t| t.0.clone()).filter(|h| !h.cancelled.get()).collect();
        crate::order::sort_by(&mut v, |a, b| a.when.partial_cmp(&b.when).unwrap_or(Ordering::Equal).then(a.seq.cmp(&b.seq)));
        v
    }

    /// Drop cancelled timers at the head of the heap.
    pub fn drop_cancelled_head(&mut self) {
        while let Some(top) = self.timers.peek() {
            if top.0.cancelled.get() {
                self.timers.pop();
            } else {
                break;
            }
        }
    }
}

/// Round a deadline to 1 ns, as the reference harness does with Python's
/// correctly rounded `round(t, 9)`.
pub fn round_ns(t: f64) -> f64 {
    let y = t * 1e9;
    if !y.is_finite() || y.abs() >= 9.0e15 {
        return t;
    }
    // Fast and exact unless t·1e9 is within a few ulps of a half: then
    // n = round(t·1e9) is the right integer, and n / 1e9 (one correctly
    // rounded division of exact operands) is the double nearest the
    // decimal result.
    let frac = y - y.floor();
    let ulp = f64::EPSILON * y.abs().max(1.0);
    if (frac - 0.5).abs() > 8.0 * ulp {
        return y.round() / 1e9;
    }
    crate::format::round_float_digits(t, 9).unwrap_or(y.round() / 1e9)
}

#[cfg(test)]
mod tests {
    #[test]
    fn rounding_to_a_nanosecond_is_exact() {
        // Compare the fast path with the exact decimal rounding.
        let mut x: u64 = 12345;
        for _ in 0..20000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            let t = (x % 100_000_000) as f64 / 1e6 + ((x >> 40) % 1000) as f64 * 1e-9 / 3.0;
            assert_eq!(super::round_ns(t), crate::format::round_float_digits(t, 9).unwrap(), "{t}");
        }
        assert_eq!(super::round_ns(0.7 + 0.1), 0.8);
    }
}

impl Callback {
    /// The handle kind that runs this callback for `fut`.
    pub fn into_handle_kind(self, fut: &Rc<Future>) -> HandleKind {
        match self {
            Callback::Py(func) => HandleKind::Call { func, args: vec![Value::Future(fut.clone())] },
            Callback::Wakeup(task) => HandleKind::TaskWakeup { task, fut: fut.clone() },
            Callback::Gather(g) => HandleKind::GatherDone { gather: g, fut: fut.clone() },
            Callback::StopLoop => HandleKind::StopLoop { fut: fut.clone() },
        }
    }
}
