//! The timeline's lanes: one per task, from its versions, built whole or
//! a piece at a time (the page builds the lanes of a run of millions of
//! steps over several frames).

use super::*;

/// Lanes being built: where the last piece stopped.
#[derive(Debug, Default)]
pub struct LaneBuilder {
    /// The task (index) being walked, and its next version.
    task: usize,
    version: usize,
    /// The spans of that task so far.
    spans: Vec<LaneSpan>,
    lanes: Vec<Lane>,
}

impl LaneBuilder {
    /// The lanes, once `Store::build_lanes` said they are all built.
    pub fn into_lanes(self) -> Vec<Lane> {
        self.lanes
    }
}

impl Store {
    /// Lanes: one per task, from its versions.
    pub fn lanes(&self) -> Vec<Lane> {
        let mut b = LaneBuilder::default();
        while !self.build_lanes(&mut b, usize::MAX) {}
        b.into_lanes()
    }

    /// Builds about `budget` versions' worth of lanes into `b`; true when
    /// they are all built.
    pub fn build_lanes(&self, b: &mut LaneBuilder, budget: usize) -> bool {
        let last = self.steps.len().saturating_sub(1);
        let mut left = budget.max(1);
        while b.task < self.tasks.len() {
            let versions = self.versions_of(b.task as u32 + 1);
            while b.version < versions.len() {
                if left == 0 {
                    return false;
                }
                left -= 1;
                let (i, v) = (b.version, &versions[b.version]);
                b.version += 1;
                let end_step = versions.get(i + 1).map(|n| n.step as usize).unwrap_or(last);
                let kind = match v.state {
                    TaskState::Running => {
                        let blocked = (v.step as usize..=end_step).any(|k| self.kind(k) == StepKind::Blocked);
                        if blocked {
                            SpanKind::Blocking
                        } else {
                            SpanKind::Run
                        }
                    }
                    TaskState::Waiting => SpanKind::Wait,
                    TaskState::Ready | TaskState::Scheduled => SpanKind::Ready,
                    _ => continue,
                };
                let (t0, t1) = (self.clock(v.step as usize), self.clock(end_step));
                match b.spans.last_mut() {
                    Some(prev) if prev.kind == kind && prev.step1 == v.step as usize => {
                        prev.step1 = end_step;
                        prev.t1 = t1;
                    }
                    _ => b.spans.push(LaneSpan { kind, t0, t1, step0: v.step as usize, step1: end_step }),
                }
            }
            if !versions.is_empty() {
                let name = versions.last().map(|v| self.strings.get(v.name).to_string()).unwrap_or_default();
                let rec = &self.tasks[b.task];
                let call = if rec.call == NONE { String::new() } else { self.strings.get(rec.call).to_string() };
                let spans = std::mem::take(&mut b.spans);
                b.lanes.push(Lane { task: b.task as u32 + 1, name, call, internal: rec.internal, spans });
            }
            b.task += 1;
            b.version = 0;
            left = left.saturating_sub(1);
        }
        true
    }
}
