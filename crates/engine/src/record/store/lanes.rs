//! The timeline's lanes: one per task, from its versions.

use super::*;

impl Store {
    /// Lanes: one per task, from its versions.
    pub fn lanes(&self) -> Vec<Lane> {
        let last = self.steps.len().saturating_sub(1);
        let mut lanes = Vec::new();
        for ti in 0..self.tasks.len() {
            let versions = self.versions_of(ti as u32 + 1);
            if versions.is_empty() {
                continue;
            }
            let mut spans: Vec<LaneSpan> = Vec::new();
            for (i, v) in versions.iter().enumerate() {
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
                match spans.last_mut() {
                    Some(prev) if prev.kind == kind && prev.step1 == v.step as usize => {
                        prev.step1 = end_step;
                        prev.t1 = t1;
                    }
                    _ => spans.push(LaneSpan { kind, t0, t1, step0: v.step as usize, step1: end_step }),
                }
            }
            let name = versions.last().map(|v| self.strings.get(v.name).to_string()).unwrap_or_default();
            let rec = &self.tasks[ti];
            let call = if rec.call == NONE { String::new() } else { self.strings.get(rec.call).to_string() };
            lanes.push(Lane { task: ti as u32 + 1, name, call, internal: rec.internal, spans });
        }
        lanes
    }
}
