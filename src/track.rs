//! One program's run and where the learner stands in it: the run being
//! recorded, the step shown and its view, the step to return to after a
//! re-run, and the lanes and end clock once recording is over. The page
//! has one; compare mode has two.

use crate::drawn::LaneSet;
use crate::run::{Run, Shared};
use engine::view::Step;
use engine::Granularity;

/// Where a step command goes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Nav {
    Forward(Granularity),
    Back(Granularity),
    Start,
    End,
    To(usize),
    /// To the next / previous step about to run a breakpoint's line.
    NextBreakpoint,
    PrevBreakpoint,
}

fn next_run_id() -> u64 {
    thread_local!(static NEXT: std::cell::Cell<u64> = const { std::cell::Cell::new(1) });
    NEXT.with(|n| {
        let id = n.get();
        n.set(id + 1);
        id
    })
}

#[derive(Clone, Debug, PartialEq)]
pub struct Track {
    /// The run of `run.source`.
    pub run: Shared<Run>,
    /// Steps recorded so far, and whether recording is over.
    pub len: usize,
    pub over: bool,
    /// The step shown, and what it shows (its lists are read a window of
    /// rows at a time from the run's history).
    pub step: usize,
    pub view: Option<Shared<Step>>,
    /// After a re-run: the step to return to once it is recorded.
    pub target: Option<usize>,
    /// The timeline's lanes, once recording is over.
    pub lanes: Shared<LaneSet>,
    /// The clock at the last step, once recording is over.
    pub end_clock: Option<f64>,
    /// The lanes are the run's, all built (after recording, in pieces).
    pub lanes_built: bool,
}

impl Track {
    /// A run of `source`, shown from step 0 or, once recorded, from `keep`.
    pub fn new(source: &str, keep: Option<usize>) -> Track {
        let run = Shared::new(Run::new(next_run_id(), source));
        let mut track = Track {
            len: run.len(),
            over: run.is_over(),
            run,
            step: 0,
            view: None,
            target: keep.filter(|&k| k > 0),
            lanes: Shared::new(LaneSet::default()),
            end_clock: None,
            lanes_built: false,
        };
        track.sync();
        track
    }

    /// After a slice of run `id` was recorded: false when nothing changed
    /// (another run's slice, or no new step).
    pub fn recorded(&mut self, id: u64) -> bool {
        if id != self.run.id {
            return false;
        }
        let (len, over) = (self.run.len(), self.run.is_over());
        let lanes_ready = !self.lanes_built && self.run.lanes().is_some();
        if len == self.len && over == self.over && !lanes_ready {
            return false;
        }
        self.len = len;
        self.over = over;
        self.sync();
        true
    }

    /// Moves to the target step once it exists, refreshes the view, and
    /// builds the lanes at the end.
    fn sync(&mut self) {
        if let Some(target) = self.target {
            if self.len > 0 {
                self.step = target.min(self.len - 1);
            }
            if target < self.len || self.over {
                self.target = None;
            }
        }
        self.refresh_view();
        if self.over && self.end_clock.is_none() {
            self.end_clock = self.run.end().map(|(clock, _)| clock);
        }
        // Built in pieces after the recording (see hooks/recording.rs).
        if self.over && !self.lanes_built {
            if let Some(lanes) = self.run.lanes() {
                self.lanes = Shared(lanes);
                self.lanes_built = true;
            }
        }
    }

    fn refresh_view(&mut self) {
        let stale = self.view.as_ref().is_none_or(|v| v.index != self.step);
        if stale {
            self.view = self
                .run
                .history(|h| (!h.is_empty()).then(|| Shared::new(h.step(self.step))))
                .flatten();
        }
    }

    /// The step `nav` leads to (breakpoints: sorted lines), if any step.
    pub fn destination(&self, nav: Nav, breakpoints: &[u32]) -> Option<usize> {
        self.run.history(|h| {
            if h.is_empty() {
                return None;
            }
            let last = h.len() - 1;
            Some(match nav {
                Nav::Forward(g) => h.next(self.step, g),
                Nav::Back(g) => h.prev(self.step, g),
                Nav::Start => 0,
                Nav::End => last,
                Nav::To(k) => k.min(last),
                Nav::NextBreakpoint => h.next_breakpoint(self.step, breakpoints),
                Nav::PrevBreakpoint => h.prev_breakpoint(self.step, breakpoints),
            })
        })?
    }

    /// Shows step `k` (a recorded one).
    pub fn show(&mut self, k: usize) {
        self.step = k;
        self.target = None;
        self.refresh_view();
    }

    pub fn go(&mut self, nav: Nav, breakpoints: &[u32]) {
        if let Some(k) = self.destination(nav, breakpoints) {
            self.show(k);
        }
    }

    /// The clock at step `k` (0 before anything is recorded).
    pub fn clock_at(&self, k: usize) -> f64 {
        self.run.history(|h| if k < h.len() { h.clock(k) } else { 0.0 }).unwrap_or(0.0)
    }

    /// The clock shown.
    pub fn clock(&self) -> f64 {
        self.view.as_ref().map_or(0.0, |v| v.clock)
    }

    /// The first step whose clock is at least `t` (the length if none).
    pub fn first_at_time(&self, t: f64) -> usize {
        self.run.first_at_time(t)
    }

    /// The last step whose clock is at most `t`.
    pub fn last_at_time(&self, t: f64) -> usize {
        self.run.last_at_time(t)
    }

    pub fn at_end(&self) -> bool {
        self.over && self.step + 1 >= self.len
    }
}
