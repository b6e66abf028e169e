//! The timeline's spans as drawn: each lane's spans placed in percent of
//! the track, those that fall within a bucket of the same kind merged into
//! one element. Built whole (one lane, the SVG export) or, for the page,
//! for every lane and both axes a piece at a time once recording is over,
//! so a lane of 1,000,000 polls never costs one long frame.

use crate::state::Axis;
use engine::view::{Lane, LaneSpan, SpanKind};

/// How a span is drawn: a run during which the clock moved held the loop
/// (running code costs no virtual time; only a blocking call moves it).
pub fn drawn_kind(span: &LaneSpan) -> SpanKind {
    if span.kind == SpanKind::Run && span.t1 > span.t0 {
        SpanKind::Blocking
    } else {
        span.kind
    }
}

/// (left, width) of a span in percent of the track.
pub fn place(span: &LaneSpan, axis: Axis, end_clock: f64, last_step: usize) -> (f64, f64) {
    let (a, b, end) = match axis {
        Axis::Time => (span.t0, span.t1, end_clock),
        Axis::Steps => (span.step0 as f64, span.step1 as f64, last_step as f64),
    };
    if end <= 0.0 {
        return (0.0, 0.0);
    }
    (a / end * 100.0, ((b - a) / end * 100.0).max(0.0))
}

/// What is drawn for one or more spans of a kind that fall together.
#[derive(Clone, Debug, PartialEq)]
pub struct Drawn {
    pub kind: SpanKind,
    pub left: f64,
    pub width: f64,
    pub t0: f64,
    pub t1: f64,
    pub step0: usize,
    pub step1: usize,
    /// How many spans it stands for.
    pub count: usize,
}

/// Spans closer than this (percent of the track, about a pixel) are drawn
/// as one: a lane of 100,000 polls is a few hundred elements, not 100,000.
pub const BUCKET: f64 = 0.1;

/// A lane's spans as drawn so far: the elements and the last one of each
/// kind (run, wait, ready, blocking).
#[derive(Default)]
struct Acc {
    out: Vec<Drawn>,
    last_of: [Option<usize>; 4],
}

impl Acc {
    /// Adds the next span: merged into the last element of its kind if it
    /// touches it or falls within `BUCKET` of it.
    fn add(&mut self, s: &LaneSpan, axis: Axis, end_clock: f64, last: usize) {
        if s.kind == SpanKind::Ready && axis == Axis::Time && s.t1 <= s.t0 {
            return;
        }
        let (left, width) = place(s, axis, end_clock, last);
        let kind = drawn_kind(s);
        let slot = kind as usize;
        if let Some(d) = self.last_of[slot].map(|i| &mut self.out[i]).filter(|d| left <= d.left + d.width + BUCKET) {
            d.width = d.width.max(left + width - d.left);
            d.t1 = d.t1.max(s.t1);
            d.step1 = d.step1.max(s.step1);
            d.count += 1;
            return;
        }
        self.last_of[slot] = Some(self.out.len());
        self.out.push(Drawn { kind, left, width, t0: s.t0, t1: s.t1, step0: s.step0, step1: s.step1, count: 1 });
    }
}

/// A lane's spans as drawn: in order, each kind's spans that touch or
/// fall within `BUCKET` of the one before merged into one element.
pub fn drawn(spans: &[LaneSpan], axis: Axis, end_clock: f64, last: usize) -> Vec<Drawn> {
    let mut acc = Acc::default();
    for s in spans {
        acc.add(s, axis, end_clock, last);
    }
    acc.out
}

/// Every lane drawn on both axes, built a piece at a time.
pub struct Drawing {
    end_clock: f64,
    last: usize,
    lane: usize,
    span: usize,
    acc: [Acc; 2],
    out: [Vec<Vec<Drawn>>; 2],
}

const AXES: [Axis; 2] = [Axis::Steps, Axis::Time];

impl Drawing {
    /// For a run whose last step is `last` at clock `end_clock`.
    pub fn new(end_clock: f64, last: usize) -> Drawing {
        Drawing { end_clock, last, lane: 0, span: 0, acc: Default::default(), out: Default::default() }
    }

    /// Draws about `budget` more spans of `lanes`; true when all are.
    pub fn build(&mut self, lanes: &[Lane], budget: usize) -> bool {
        let mut left = budget.max(1);
        while let Some(lane) = lanes.get(self.lane) {
            while let Some(s) = lane.spans.get(self.span) {
                if left == 0 {
                    return false;
                }
                left -= 1;
                for (acc, axis) in self.acc.iter_mut().zip(AXES) {
                    acc.add(s, axis, self.end_clock, self.last);
                }
                self.span += 1;
            }
            for (out, acc) in self.out.iter_mut().zip(self.acc.iter_mut()) {
                out.push(std::mem::take(acc).out);
            }
            self.lane += 1;
            self.span = 0;
            left = left.saturating_sub(1);
        }
        true
    }

    pub fn into_set(self, lanes: std::rc::Rc<Vec<Lane>>) -> LaneSet {
        let [steps, time] = self.out;
        LaneSet { lanes, steps, time }
    }
}

/// A run's lanes and how each is drawn on either axis.
#[derive(Debug, Default)]
pub struct LaneSet {
    pub lanes: std::rc::Rc<Vec<Lane>>,
    steps: Vec<Vec<Drawn>>,
    time: Vec<Vec<Drawn>>,
}

impl LaneSet {
    /// Lane `i` as drawn on `axis`.
    pub fn drawn(&self, i: usize, axis: Axis) -> &[Drawn] {
        let all = match axis {
            Axis::Steps => &self.steps,
            Axis::Time => &self.time,
        };
        all.get(i).map_or(&[], |d| &d[..])
    }
}

impl std::ops::Deref for LaneSet {
    type Target = Vec<Lane>;
    fn deref(&self) -> &Vec<Lane> {
        &self.lanes
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hundred_thousand_polls_are_drawn_as_a_few_hundred_elements() {
        // A task that polls, waits in the ready queue, polls again...
        let mut spans = Vec::new();
        for i in 0..100_000usize {
            spans.push(LaneSpan { kind: SpanKind::Run, t0: 0.0, t1: 0.0, step0: 2 * i, step1: 2 * i });
            spans.push(LaneSpan { kind: SpanKind::Ready, t0: 0.0, t1: 0.0, step0: 2 * i, step1: 2 * i + 1 });
        }
        let d = drawn(&spans, Axis::Steps, 0.0, 200_000);
        assert!(d.len() <= 2 * (100.0 / BUCKET) as usize + 2, "{}", d.len());
        assert_eq!(d.iter().map(|d| d.count).sum::<usize>(), 200_000);
        assert_eq!((d[0].step0, d.iter().map(|d| d.step1).max()), (0, Some(199_999)));
        // Spans apart stay apart, each with its own times.
        let apart = [
            LaneSpan { kind: SpanKind::Wait, t0: 0.0, t1: 1.0, step0: 0, step1: 5 },
            LaneSpan { kind: SpanKind::Wait, t0: 5.0, t1: 6.0, step0: 9, step1: 12 },
        ];
        let d = drawn(&apart, Axis::Time, 10.0, 12);
        assert_eq!(d.len(), 2);
        assert_eq!((d[1].left, d[1].width, d[1].count), (50.0, 10.0, 1));
    }

    #[test]
    fn spans_are_placed_in_percent() {
        let s = LaneSpan {
            kind: SpanKind::Wait,
            t0: 3.0,
            t1: 6.0,
            step0: 10,
            step1: 20,
        };
        assert_eq!(place(&s, Axis::Time, 12.0, 40), (25.0, 25.0));
        assert_eq!(place(&s, Axis::Steps, 12.0, 40), (25.0, 25.0));
        assert_eq!(place(&s, Axis::Time, 0.0, 40), (0.0, 0.0));
        assert_eq!(drawn_kind(&s), SpanKind::Wait);
        let blocking = LaneSpan { kind: SpanKind::Run, ..s.clone() };
        assert_eq!(drawn_kind(&blocking), SpanKind::Blocking);
        let instant = LaneSpan { kind: SpanKind::Run, t1: 3.0, ..s };
        assert_eq!(drawn_kind(&instant), SpanKind::Run);
    }

    #[test]
    fn drawing_in_pieces_draws_each_lane_as_drawing_it_whole() {
        let h = engine::Recording::new(crate::examples::EXAMPLES[11].source, "main.py").unwrap().run_to_end(&Default::default());
        let lanes = std::rc::Rc::new(h.lanes());
        let (end_clock, last) = (h.clock(h.len() - 1), h.len() - 1);
        let mut d = Drawing::new(end_clock, last);
        let mut pieces = 1;
        while !d.build(&lanes, 3) {
            pieces += 1;
        }
        assert!(pieces > lanes.len());
        let set = d.into_set(lanes.clone());
        for (i, lane) in lanes.iter().enumerate() {
            for axis in AXES {
                assert_eq!(set.drawn(i, axis), &drawn(&lane.spans, axis, end_clock, last)[..], "lane {i} {axis:?}");
            }
        }
        assert!(set.drawn(lanes.len(), Axis::Time).is_empty());
    }
}
