//! One run of the program in the editor: the engine's `Recording`, grown in
//! bounded slices, or the compile error that stopped it from starting. The
//! page reads the recorded `History` through `Run::history`.

use crate::drawn::{Drawing, LaneSet};
use engine::view::Lane;
use engine::{History, LaneBuilder, RecordOptions, Recording};
use engine::exception_text;
use engine::{CompileError, LineIndex, Outcome};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// The file name the program runs under (tracebacks name it).
pub const FILENAME: &str = "main.py";

/// A run whose step store grows past this stops recording (the steps so
/// far stay browsable) well before the WebAssembly memory runs out.
pub const MEMORY_CAP: usize = 1024 << 20;

/// Wall-clock time a run may spend recording (ms) before recording stops,
/// so that a program whose steps are very costly to record cannot keep the
/// page busy for ever.
pub const TIME_CAP_MS: f64 = 60_000.0;

/// Why recording stopped before the run ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Cap {
    Memory,
    Time,
}

/// Engine operations per `advance` call. Small, so a slice can stop on
/// time even when single steps are costly to record (10,000 tasks); the
/// calls themselves cost next to nothing (`while True: pass` records as
/// fast with 32 as with a million). The steps do not depend on it: the
/// engine's `slices_do_not_change_the_steps` test checks that.
pub const CALL_BUDGET: i64 = 64;

/// A shared value compared by identity: cheap props for big data.
pub struct Shared<T: ?Sized>(pub Rc<T>);

impl<T: ?Sized> Shared<T> {
    pub fn new(value: T) -> Self
    where
        T: Sized,
    {
        Shared(Rc::new(value))
    }
}

impl<T: ?Sized> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared(self.0.clone())
    }
}

impl<T: ?Sized> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T: ?Sized> std::ops::Deref for Shared<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T: ?Sized + std::fmt::Debug> std::fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        self.0.fmt(f)
    }
}

/// The first index in `0..len` for which `before` is false, `before`
/// being true then false along the range.
fn search(len: usize, before: impl Fn(usize) -> bool) -> usize {
    let (mut lo, mut hi) = (0, len);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if before(mid) {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    lo
}

/// An error to underline in the editor: byte span, 1-based line, message.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CodeError {
    pub start: usize,
    pub end: usize,
    pub line: u32,
    pub message: String,
}

pub struct Run {
    /// Grows by one per run; a stale slice of an older run is ignored.
    pub id: u64,
    pub source: Rc<str>,
    recording: Result<RefCell<Recording>, CompileError>,
    /// Set when recording stopped at a cap before the run ended.
    capped: Cell<Option<Cap>>,
    /// Wall-clock ms spent recording so far (told by the page).
    spent: Cell<f64>,
    /// The timeline's lanes, built in pieces once recording is over.
    lanes: RefCell<Lanes>,
}

enum Lanes {
    Building(LaneBuilder),
    Drawing(Rc<Vec<Lane>>, Drawing),
    Built(Rc<LaneSet>),
}

/// Task versions (then spans drawn) per lane-building piece (a few ms in
/// the page).
pub const LANE_PIECE: usize = 50_000;

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Run #{}", self.id)
    }
}

impl Run {
    pub fn new(id: u64, source: &str) -> Run {
        Run {
            id,
            source: source.into(),
            recording: Recording::new(source, FILENAME).map(RefCell::new),
            capped: Cell::new(None),
            spent: Cell::new(0.0),
            lanes: RefCell::new(Lanes::Building(LaneBuilder::default())),
        }
    }

    /// The whole run, recorded in the page's slices (for tests).
    pub fn record_to_end(source: &str) -> Run {
        let run = Run::new(0, source);
        run.work_to_end();
        run
    }

    /// Records to the end and builds the lanes, in the page's pieces but
    /// without yielding (for tests).
    pub fn work_to_end(&self) {
        while !self.advance(CALL_BUDGET) {}
        while !self.build_lanes(LANE_PIECE) {}
    }

    /// Builds a piece of the timeline's lanes once recording is over:
    /// about `piece` task versions, then as many spans drawn on both axes.
    /// True when they are all built and drawn.
    pub fn build_lanes(&self, piece: usize) -> bool {
        if !self.is_over() {
            return false;
        }
        let mut lanes = self.lanes.borrow_mut();
        let state = std::mem::replace(&mut *lanes, Lanes::Building(LaneBuilder::default()));
        *lanes = match state {
            Lanes::Building(mut b) => {
                if self.history(|h| h.build_lanes(&mut b, piece)).unwrap_or(true) {
                    let (end_clock, last) = self.end().unwrap_or((0.0, 0));
                    Lanes::Drawing(Rc::new(b.into_lanes()), Drawing::new(end_clock, last))
                } else {
                    Lanes::Building(b)
                }
            }
            Lanes::Drawing(built, mut drawing) => {
                if drawing.build(&built, piece) {
                    Lanes::Built(Rc::new(drawing.into_set(built)))
                } else {
                    Lanes::Drawing(built, drawing)
                }
            }
            built => built,
        };
        matches!(*lanes, Lanes::Built(_))
    }

    /// The clock at the last recorded step, and its index (None before any).
    pub fn end(&self) -> Option<(f64, usize)> {
        self.history(|h| (!h.is_empty()).then(|| (h.clock(h.len() - 1), h.len() - 1))).flatten()
    }

    /// The timeline's lanes, once built and drawn.
    pub fn lanes(&self) -> Option<Rc<LaneSet>> {
        match &*self.lanes.borrow() {
            Lanes::Built(l) => Some(l.clone()),
            _ => None,
        }
    }

    pub fn compile_error(&self) -> Option<&CompileError> {
        self.recording.as_ref().err()
    }

    /// Reads the recorded history (None when the program did not compile).
    pub fn history<R>(&self, read: impl FnOnce(&History) -> R) -> Option<R> {
        let rec = self.recording.as_ref().ok()?;
        let rec = rec.try_borrow().ok()?;
        Some(read(&rec.history))
    }

    /// The first step whose clock is at least `t` (the number of steps if
    /// none is): clocks never go back, so a binary search.
    pub fn first_at_time(&self, t: f64) -> usize {
        self.history(|h| search(h.len(), |k| h.clock(k) < t)).unwrap_or(0)
    }

    /// The last step whose clock is at most `t` (0 if none).
    pub fn last_at_time(&self, t: f64) -> usize {
        self.history(|h| search(h.len(), |k| h.clock(k) <= t).saturating_sub(1)).unwrap_or(0)
    }

    pub fn len(&self) -> usize {
        self.history(History::len).unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// True when nothing more will be recorded.
    pub fn is_over(&self) -> bool {
        self.capped.get().is_some() || self.history(|h| h.finished).unwrap_or(true)
    }

    pub fn capped(&self) -> Option<Cap> {
        self.capped.get()
    }

    /// Adds the time a slice took; past `TIME_CAP_MS` recording stops.
    pub fn spend(&self, ms: f64) {
        self.spent.set(self.spent.get() + ms);
        if self.spent.get() > TIME_CAP_MS && !self.is_over() {
            self.capped.set(Some(Cap::Time));
        }
    }

    /// Records about `budget` more operations; true when the run is over.
    pub fn advance(&self, budget: i64) -> bool {
        let Ok(rec) = &self.recording else {
            return true;
        };
        if self.is_over() {
            return true;
        }
        let mut rec = rec.borrow_mut();
        let done = rec.advance(budget, &RecordOptions::default());
        if !done && rec.history.bytes() > MEMORY_CAP {
            self.capped.set(Some(Cap::Memory));
            return true;
        }
        done
    }

    /// The errors to underline: the compile error, or the line where an
    /// uncaught exception was raised.
    pub fn code_errors(&self) -> Vec<CodeError> {
        let index = LineIndex::new(&self.source);
        let at = |start: u32, end: u32, message: String| {
            let line = index.line(start);
            let (start, end) = (start as usize, end as usize);
            CodeError {
                start,
                end: end.max(start),
                line,
                message,
            }
        };
        match &self.recording {
            Err(CompileError::Syntax(errors)) => errors
                .iter()
                .take(1)
                .map(|e| {
                    let (line, col) = index.line_col(&self.source, e.span.start);
                    at(
                        e.span.start,
                        e.span.end,
                        format!("{}: {} (line {line}, column {col})", e.kind.name(), e.msg),
                    )
                })
                .collect(),
            Err(CompileError::Unsupported(u)) => {
                vec![at(u.span.start, u.span.end, u.message())]
            }
            Ok(_) => {
                let outcome = self.history(|h| h.outcome.clone()).flatten();
                let Some(Outcome::Uncaught { type_name, message, line: Some(line), .. }) = outcome else {
                    return Vec::new();
                };
                let text = index.line_text(&self.source, line);
                let start = index.line_start(line) as usize + (text.len() - text.trim_start().len());
                let end = index.line_start(line) as usize + text.trim_end().len();
                vec![CodeError {
                    start,
                    end: end.max(start),
                    line,
                    message: format!("{} (line {line})", exception_text(&type_name, &message)),
                }]
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finished(source: &str) -> Run {
        let run = Run::new(1, source);
        while !run.advance(100_000) {}
        run
    }

    #[test]
    fn a_syntax_error_is_underlined_with_cpythons_message() {
        let run = Run::new(1, "import asyncio\nasync def main()\n    pass\n");
        assert!(run.compile_error().is_some());
        assert!(run.is_over());
        let errors = run.code_errors();
        assert_eq!(errors.len(), 1);
        assert_eq!(errors[0].line, 2);
        assert!(
            errors[0].message.starts_with("SyntaxError: expected ':'"),
            "{}",
            errors[0].message
        );
    }

    #[test]
    fn an_uncaught_exception_underlines_the_line_that_raised_it() {
        let src = "import asyncio\n\nasync def f():\n    await asyncio.sleep(1)\n    raise ValueError('bad')\n\nasyncio.run(f())\n";
        let run = finished(src);
        let errors = run.code_errors();
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert_eq!(errors[0].line, 5);
        assert_eq!(&src[errors[0].start..errors[0].end], "raise ValueError('bad')");
        assert_eq!(errors[0].message, "ValueError: bad (line 5)");
    }

    #[test]
    fn a_clean_run_has_no_errors_and_records_steps() {
        let run = finished("import asyncio\nasync def main():\n    await asyncio.sleep(1)\nasyncio.run(main())\n");
        assert!(run.code_errors().is_empty());
        assert!(run.len() > 3);
        assert!(run.is_over() && run.capped().is_none());
    }

    #[test]
    fn recording_stops_at_the_time_cap_and_keeps_its_steps() {
        let run = Run::new(1, "while True:\n    pass\n");
        run.advance(1_000);
        assert!(!run.is_over());
        run.spend(TIME_CAP_MS + 1.0);
        assert_eq!(run.capped(), Some(Cap::Time));
        assert!(run.is_over() && run.advance(1_000));
        assert!(run.len() > 1);
    }

    #[test]
    fn shared_compares_by_identity() {
        let a = Shared::new(vec![1]);
        assert!(a == a.clone());
        assert!(a != Shared::new(vec![1]));
    }
}
