//! Records the run in slices, yielding to the browser between them, so
//! the page stays responsive however long the program runs.

use crate::run::{Run, Shared};
use crate::state::{Action, State};
use gloo_timers::future::TimeoutFuture;
use std::cell::Cell;
use std::rc::Rc;
use yew::prelude::*;

/// Each recording slice works about this long (ms) before the page paints.
const SLICE_MS: f64 = 10.0;

/// `performance.now()`, in ms.
pub fn now() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// Works one slice on `run`: records (`advance` calls) until about
/// `SLICE_MS` have passed, then, once recording is over, builds the
/// timeline's lanes in pieces. True when both are done.
fn work_slice(run: &Run) -> bool {
    let start = now();
    if !record_slice(run, start) {
        return false;
    }
    loop {
        if run.build_lanes(crate::run::LANE_PIECE) {
            return true;
        }
        if now() - start >= SLICE_MS {
            return false;
        }
    }
}

/// Records `run` until about `SLICE_MS` after `start`. True when recording
/// is over.
fn record_slice(run: &Run, start: f64) -> bool {
    if run.is_over() {
        return true;
    }
    loop {
        let before = now();
        let done = run.advance(crate::run::CALL_BUDGET);
        let after = now();
        run.spend(after - before);
        if done || run.is_over() {
            return true;
        }
        if after - start >= SLICE_MS {
            return false;
        }
    }
}

/// Records the program's run, and in compare mode both sides' runs.
#[hook]
pub fn use_recording(state: &UseReducerHandle<State>) {
    let side = |i: usize| state.compare.as_ref().map(|c| c.sides[i].track.run.clone());
    use_run_recording(Some(state.track.run.clone()), state.dispatcher());
    use_run_recording(side(0), state.dispatcher());
    use_run_recording(side(1), state.dispatcher());
}

/// Records `run` until it is over and its lanes are built (a new run
/// cancels the old one's work), telling the state after each slice.
#[hook]
fn use_run_recording(run: Option<Shared<Run>>, dispatcher: UseReducerDispatcher<State>) {
    use_effect_with(run.as_ref().map(|r| r.id), move |_| {
        let cancelled = Rc::new(Cell::new(false));
        let stop = cancelled.clone();
        if let Some(run) = run.filter(|r| !r.is_over() || r.lanes().is_none()) {
            wasm_bindgen_futures::spawn_local(async move {
                loop {
                    // Let the page paint what is already there first.
                    TimeoutFuture::new(0).await;
                    if cancelled.get() {
                        break;
                    }
                    let done = work_slice(&run);
                    dispatcher.dispatch(Action::Recorded(run.id));
                    if done {
                        break;
                    }
                }
            });
        }
        move || stop.set(true)
    });
}
