//! Every step in order, in one pass, with what the CLI's `trace` and
//! `explain` print of it: its kind, time, task, line and sentence. The
//! sentence reads the ready queue's head, whether a timer is pending and
//! the step's task; rebuilding them at each step costs every task and
//! handle of the run (`step`), so here they are kept up to date as the
//! steps go by: O(steps + handles + timers) for the whole run, whatever
//! the number of tasks.

use super::*;
use crate::record::narrate::Scene;
use std::collections::BTreeSet;

/// One step, as `trace` and `explain` print it.
#[derive(Clone, Debug)]
pub struct Brief {
    pub index: usize,
    pub kind: StepKind,
    pub clock: f64,
    /// The task that runs, if one does.
    pub task: Option<u32>,
    /// Its name at this step.
    pub task_name: Option<Text>,
    pub line: Option<u32>,
    pub narration: String,
    /// Output lines printed by the end of this step.
    pub output_lines: usize,
}

/// Handles or timers entering and leaving their queue as steps go by.
struct Intervals {
    /// Indices by the step they are queued (`from`), and by `until`.
    by_from: Vec<u32>,
    by_until: Vec<u32>,
    opened: usize,
    closed: usize,
}

impl Intervals {
    fn new(queued: &[Queued]) -> Intervals {
        let mut by_from: Vec<u32> = (0..queued.len() as u32).collect();
        by_from.sort_by_key(|&i| (queued[i as usize].from, i));
        let mut by_until = by_from.clone();
        by_until.sort_by_key(|&i| (queued[i as usize].until, i));
        Intervals { by_from, by_until, opened: 0, closed: 0 }
    }

    /// Calls `change(i, true)` for those queued at step `k` or before, then
    /// `change(i, false)` for those gone by step `k`, each once.
    fn advance(&mut self, queued: &[Queued], k: u32, mut change: impl FnMut(u32, bool)) {
        while let Some(&i) = self.by_from.get(self.opened).filter(|&&i| queued[i as usize].from <= k) {
            change(i, true);
            self.opened += 1;
        }
        while let Some(&i) = self.by_until.get(self.closed).filter(|&&i| queued[i as usize].until <= k) {
            change(i, false);
            self.closed += 1;
        }
    }
}

/// The steps of a finished store, one `Brief` each, in order.
pub struct Briefs<'a> {
    store: &'a Store,
    k: usize,
    timers: Vec<Queued>,
    ready: Intervals,
    pending: Intervals,
    /// Open ready handles, in queue order.
    open: BTreeSet<u32>,
    /// Per task: its open ready handles (a waiting task with one shows Ready).
    stepping: HashMap<u32, u32>,
    /// Per loop: its pending timers.
    timers_per_loop: HashMap<u32, u32>,
}

impl Store {
    pub fn briefs(&self) -> Briefs<'_> {
        let timers: Vec<Queued> = self.timers.iter().map(|t| t.q).collect();
        Briefs {
            store: self,
            k: 0,
            ready: Intervals::new(&self.handles),
            pending: Intervals::new(&timers),
            timers,
            open: BTreeSet::new(),
            stepping: HashMap::new(),
            timers_per_loop: HashMap::new(),
        }
    }
}

impl Iterator for Briefs<'_> {
    type Item = Brief;

    fn next(&mut self) -> Option<Brief> {
        let st = self.store;
        let k = self.k;
        let s = *st.steps.get(k)?;
        self.k += 1;
        let ks = k as u32;
        let steps = |q: &Queued| (q.task != NONE && q.task & SET_BY == 0).then_some(q.task);
        let (open, stepping) = (&mut self.open, &mut self.stepping);
        self.ready.advance(&st.handles, ks, |i, opening| {
            let count = steps(&st.handles[i as usize]).map(|t| stepping.entry(t).or_insert(0));
            if opening {
                open.insert(i);
                count.map(|n| *n += 1);
            } else {
                open.remove(&i);
                count.map(|n| *n = n.saturating_sub(1));
            }
        });
        let (timers, per_loop) = (&self.timers, &mut self.timers_per_loop);
        self.pending.advance(timers, ks, |i, opening| {
            let n = per_loop.entry(timers[i as usize].loop_id).or_insert(0);
            *n = if opening { *n + 1 } else { n.saturating_sub(1) };
        });
        let loop_id = value_at(&st.loops, ks, 0);
        let head = self.open.iter().map(|&i| &st.handles[i as usize]).find(|q| q.loop_id == loop_id);
        let next_ready = head.map(|q| HandleView { task: task_of(q), label: st.label(q, ks) });
        // The step's task as `step` shows it (Ready while a handle of its is queued).
        let about = st.tasks.get((s.who as usize).wrapping_sub(1)).filter(|rec| rec.created <= ks).and_then(|_| {
            let n = st.versions_of(s.who).partition_point(|v| v.step <= ks);
            let queued = self.stepping.get(&s.who).is_some_and(|&c| c > 0);
            (n > 0).then(|| st.task_row((s.who, (n as u32 - 1) | if queued { QUEUED } else { 0 }), ks)).flatten()
        });
        let (clock, line) = (st.clock(k), st.line(k));
        let timer_set = self.timers_per_loop.get(&loop_id).is_some_and(|&n| n > 0);
        let scene = Scene { line, clock, task: about.as_ref(), next_ready: next_ready.as_ref(), timer_set };
        let task = running_task(&s);
        let task_name = task.and_then(|id| st.task_name_at(id, ks));
        Some(Brief { index: k, kind: s.kind, clock, task, task_name, line, narration: st.narrate(k, &scene), output_lines: st.output_lines(k) })
    }
}
