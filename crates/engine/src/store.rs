//! Storage of recorded steps. (First version: every StepView kept whole;
//! replaced by checkpoints plus per-step changes once measured.)

use crate::view::*;

#[derive(Debug, Default)]
pub struct Store {
    steps: Vec<StepView>,
}

impl Store {
    pub fn push(&mut self, v: StepView) {
        self.steps.push(v);
    }

    pub fn len(&self) -> usize {
        self.steps.len()
    }

    pub fn view(&self, k: usize) -> StepView {
        self.steps[k].clone()
    }

    pub fn kind(&self, k: usize) -> StepKind {
        self.steps.get(k).map(|s| s.kind).unwrap_or(StepKind::End)
    }

    pub fn iteration(&self, k: usize) -> u64 {
        self.steps.get(k).map(|s| s.iteration).unwrap_or(0)
    }

    pub fn output_lines(&self, k: usize) -> usize {
        self.steps.get(k).map(|s| s.output_lines).unwrap_or(0)
    }

    pub fn line(&self, k: usize) -> Option<u32> {
        self.steps.get(k).and_then(|s| s.line)
    }

    pub fn bytes(&self) -> usize {
        self.steps.len() * std::mem::size_of::<StepView>()
    }

    /// Lanes from the per-step task states.
    pub fn lanes(&self) -> Vec<Lane> {
        let mut lanes: Vec<Lane> = Vec::new();
        let mut open: Vec<Option<(SpanKind, f64, usize)>> = Vec::new();
        for s in &self.steps {
            for t in &s.tasks {
                let i = t.id as usize;
                while lanes.len() < i {
                    let id = lanes.len() as u32 + 1;
                    lanes.push(Lane { task: id, name: String::new(), spans: Vec::new() });
                    open.push(None);
                }
                lanes[i - 1].name = t.name.clone();
                let kind = match t.state {
                    TaskState::Running => Some(if s.kind == StepKind::Blocked { SpanKind::Blocking } else { SpanKind::Run }),
                    TaskState::Waiting => Some(SpanKind::Wait),
                    TaskState::Ready | TaskState::Scheduled => Some(SpanKind::Ready),
                    _ => None,
                };
                let cur = open[i - 1];
                match (cur, kind) {
                    (Some((k0, _, _)), Some(k1)) if k0 == k1 => {}
                    (prev, next) => {
                        if let Some((k0, t0, s0)) = prev {
                            lanes[i - 1].spans.push(Span { kind: k0, t0, t1: s.clock, step0: s0, step1: s.index });
                        }
                        open[i - 1] = next.map(|k| (k, s.clock, s.index));
                    }
                }
            }
        }
        if let Some(last) = self.steps.last() {
            for (i, o) in open.iter().enumerate() {
                if let Some((k0, t0, s0)) = o {
                    lanes[i].spans.push(Span { kind: *k0, t0: *t0, t1: last.clock, step0: *s0, step1: last.index });
                }
            }
        }
        lanes
    }
}
