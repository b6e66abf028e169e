//! Compare mode: two programs side by side on one virtual time axis. One
//! set of controls moves both: forward goes to the next event of either
//! program (the one that happens first in virtual time; at the same time,
//! the side with fewer steps behind it, so the two interleave), back
//! retraces exactly that order, and a time on the shared axis puts each
//! program at its last step by then. Forward is a function of the two
//! positions alone, so back can find the position forward came from.

use crate::examples::PAIRS;
use crate::track::{Nav, Track};
use engine::Granularity;
use yew::AttrValue;

/// Left (0) and right (1).
pub const SIDES: [&str; 2] = ["left", "right"];

#[derive(Clone, Debug, PartialEq)]
pub struct Side {
    /// A short name ("sequential", "gather", "your program").
    pub name: AttrValue,
    /// The program in the side's editor.
    pub source: AttrValue,
    pub track: Track,
}

impl Side {
    fn new(name: &str, source: &str) -> Side {
        Side { name: AttrValue::from(name.to_string()), source: AttrValue::from(source.to_string()), track: Track::new(source, None) }
    }

    /// The total virtual time, once the run is recorded.
    pub fn total(&self) -> Option<f64> {
        self.track.end_clock
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct Compare {
    /// The pair of `PAIRS` the sides came from, if they are unedited.
    pub pair: Option<usize>,
    pub sides: [Side; 2],
}

impl Compare {
    pub fn of_pair(i: usize) -> Compare {
        let p = &PAIRS[i.min(PAIRS.len() - 1)];
        Compare::new(Some(i), [(p.left.0, p.left.1), (p.right.0, p.right.1)])
    }

    pub fn new(pair: Option<usize>, sides: [(&str, &str); 2]) -> Compare {
        Compare { pair, sides: sides.map(|(name, source)| Side::new(name, source)) }
    }

    /// Compare mode as a link says: a pair or two programs, each at its
    /// step once recorded.
    pub fn open(link: &crate::link::CompareLink) -> Compare {
        let mut c = match (&link.sides, link.pair) {
            (Some([l, r]), pair) => Compare::new(pair, [("left", l), ("right", r)]),
            (None, pair) => Compare::of_pair(pair.unwrap_or(0)),
        };
        for (s, k) in c.sides.iter_mut().zip(link.steps) {
            if k > 0 {
                s.track = Track::new(&s.source, Some(k));
            }
        }
        c
    }

    /// The side's program changed in its editor.
    pub fn edit(&mut self, side: usize, source: String) -> bool {
        let s = &mut self.sides[side];
        if *s.source == *source {
            return false;
        }
        s.source = AttrValue::from(source);
        self.pair = None;
        true
    }

    /// Runs the side's program anew once typing settles, keeping the step.
    pub fn rerun(&mut self, side: usize) -> bool {
        let s = &mut self.sides[side];
        if *s.track.run.source == *s.source {
            return false;
        }
        let keep = s.track.target.unwrap_or(s.track.step);
        s.track = Track::new(&s.source, Some(keep));
        true
    }

    /// A slice of run `id` was recorded (on either side).
    pub fn recorded(&mut self, id: u64) -> bool {
        self.sides.iter_mut().fold(false, |changed, s| s.track.recorded(id) || changed)
    }

    /// The virtual time shown: the later of the two clocks.
    pub fn time(&self) -> f64 {
        self.sides.iter().map(|s| s.track.clock()).fold(0.0, f64::max)
    }

    /// The end of the shared time axis: the longer run's total so far.
    pub fn end_time(&self) -> f64 {
        self.sides
            .iter()
            .map(|s| s.track.end_clock.unwrap_or_else(|| s.track.clock_at(s.track.len.saturating_sub(1))))
            .fold(0.0, f64::max)
    }

    fn positions(&self) -> [usize; 2] {
        [self.sides[0].track.step, self.sides[1].track.step]
    }

    /// The order of side `i`'s step `k` on the shared axis: its virtual
    /// time, then how many steps the side has taken at that time (so that
    /// at the same time the two sides take turns).
    fn key(&self, i: usize, k: usize) -> (f64, usize) {
        let t = &self.sides[i].track;
        let clock = t.clock_at(k);
        (clock, k - t.first_at_time(clock))
    }

    /// Where forward goes from `at` (granularity `g`): the side whose next
    /// event comes first on the shared axis (the left one on a tie).
    fn forward_from(&self, at: [usize; 2], g: Granularity) -> Option<[usize; 2]> {
        let next = |i: usize| {
            let t = &self.sides[i].track;
            let k = t.run.history(|h| (!h.is_empty()).then(|| h.next(at[i], g))).flatten()?;
            (k != at[i]).then(|| (k, self.key(i, k)))
        };
        let (a, b) = (next(0), next(1));
        let left = match (a, b) {
            (Some(a), Some(b)) => a.1 <= b.1,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return None,
        };
        Some(if left { [a?.0, at[1]] } else { [at[0], b?.0] })
    }

    /// Moves to the next event of either program (granularity `g`).
    pub fn forward(&mut self, g: Granularity) {
        if let Some(to) = self.forward_from(self.positions(), g) {
            self.show(to);
        }
    }

    /// Moves back one event: undoes the event forward took last, the one
    /// later on the shared axis (the right one on a tie).
    pub fn back(&mut self, g: Granularity) {
        let at = self.positions();
        let prev = |i: usize| {
            let k = self.sides[i].track.destination(Nav::Back(g), &[])?;
            (k != at[i]).then_some(k)
        };
        let (a, b) = (prev(0), prev(1));
        let left = match (a, b) {
            (Some(_), Some(_)) => self.key(0, at[0]) > self.key(1, at[1]),
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => return,
        };
        let to = if left { [a.unwrap_or(0), at[1]] } else { [at[0], b.unwrap_or(0)] };
        self.show(to);
    }

    fn show(&mut self, to: [usize; 2]) {
        for (s, k) in self.sides.iter_mut().zip(to) {
            if s.track.step != k {
                s.track.show(k);
            }
        }
    }

    pub fn start(&mut self) {
        for s in &mut self.sides {
            s.track.go(Nav::Start, &[]);
        }
    }

    pub fn end(&mut self) {
        for s in &mut self.sides {
            s.track.go(Nav::End, &[]);
        }
    }

    /// Each program at its last step at or before `t`.
    pub fn to_time(&mut self, t: f64) {
        for s in &mut self.sides {
            let k = s.track.last_at_time(t);
            s.track.go(Nav::To(k), &[]);
        }
    }

    pub fn at_end(&self) -> bool {
        self.sides.iter().all(|s| s.track.at_end())
    }

    /// Both runs are recorded to their end.
    pub fn over(&self) -> bool {
        self.sides.iter().all(|s| s.track.over)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn recorded(mut c: Compare) -> Compare {
        for s in &mut c.sides {
            s.track.run.work_to_end();
            let id = s.track.run.id;
            s.track.recorded(id);
        }
        c
    }

    #[test]
    fn the_default_pair_takes_3_and_2_seconds() {
        let c = recorded(Compare::of_pair(0));
        assert_eq!(c.sides[0].total(), Some(3.0));
        assert_eq!(c.sides[1].total(), Some(2.0));
        assert_eq!(c.end_time(), 3.0);
    }

    #[test]
    fn forward_follows_virtual_time_and_back_retraces_it() {
        for pair in 0..PAIRS.len() {
            for g in [Granularity::Poll, Granularity::Line, Granularity::Iteration] {
                let mut c = recorded(Compare::of_pair(pair));
                let mut trail = vec![c.positions()];
                let mut time = 0.0;
                while !c.at_end() {
                    c.forward(g);
                    let now = c.time();
                    assert!(now >= time, "time never goes back: {time} then {now}");
                    time = now;
                    trail.push(c.positions());
                    assert!(trail.len() < 10_000);
                }
                // Both sides moved in the first steps (they take turns at t=0).
                let early = &trail[..trail.len().min(6)];
                assert!(early.windows(2).any(|w| w[0][0] != w[1][0]) && early.windows(2).any(|w| w[0][1] != w[1][1]), "{pair} {g:?}: {early:?}");
                // Back retraces every position in reverse.
                for expected in trail.iter().rev().skip(1) {
                    c.back(g);
                    assert_eq!(c.positions(), *expected, "pair {pair}, {g:?}");
                }
            }
        }
    }

    #[test]
    fn a_time_on_the_shared_axis_places_both_programs() {
        let mut c = recorded(Compare::of_pair(0));
        c.to_time(1.5);
        for s in &c.sides {
            assert!(s.track.clock() <= 1.5);
        }
        assert_eq!(c.sides[1].track.clock(), 1.0, "gather: hello at t=1, world not yet");
        c.end();
        assert!(c.at_end());
        c.start();
        assert_eq!((c.sides[0].track.step, c.sides[1].track.step), (0, 0));
    }

    #[test]
    fn editing_a_side_reruns_it_and_forgets_the_pair() {
        let mut c = Compare::of_pair(0);
        let faster = PAIRS[0].left.1.replace("say_after(2, 'world')", "say_after(1, 'world')");
        assert!(c.edit(0, faster));
        assert_eq!(c.pair, None);
        assert!(c.rerun(0));
        assert!(!c.rerun(0), "once per change");
        let c = recorded(c);
        assert_eq!(c.sides[0].total(), Some(2.0));
    }
}
