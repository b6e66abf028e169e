//! Compare mode's page: the pair's title and the two totals in large type,
//! one set of controls over the shared virtual time axis, the two programs
//! side by side (editor, narration, console, event loop each), and their
//! timelines on the same axis. Used by the full page and the embed view.

use crate::compare::{Compare, Side, SIDES};
use crate::components::editor::LineMarks;
use crate::components::{Console, Controls, Editor, LoopPanel, Narration, Timeline};
use crate::examples::PAIRS;
use crate::hooks::Callbacks;
use crate::look::time;
use crate::state::{Axis, State};
use std::rc::Rc;
use yew::prelude::*;

fn total(side: &Side) -> String {
    match side.total() {
        Some(t) => format!("{} s", time(t)),
        None => "…".into(),
    }
}

/// A click on one side's step `k` (timeline, warning) moves both sides to
/// that step's time.
fn jump_to_time(side: &Side, cb: &Callbacks) -> Callback<usize> {
    let track = side.track.clone();
    cb.to_time.reform(move |k: usize| track.clock_at(k))
}

fn side_column(c: &Compare, i: usize, cb: &Callbacks) -> Html {
    let side = &c.sides[i];
    let track = &side.track;
    let current = *track.run.source == *side.source;
    let marks = Rc::new(match &track.view {
        Some(v) if current => LineMarks::of(v),
        _ => LineMarks::default(),
    });
    let errors = Rc::new(if current { track.run.code_errors() } else { Vec::new() });
    let lines = track.view.as_ref().map_or(0, |v| v.output_lines);
    let on_change = cb.edit_side.reform(move |text: String| (i, text));
    let on_jump = jump_to_time(side, cb);
    html! {
        <section class="panel compare-side" data-testid={format!("side-{}", SIDES[i])} aria-label={format!("{} program: {}", SIDES[i], side.name)}>
            <h3 class="side-title">
                <span class="side-name">{ side.name.clone() }</span>
                <span class="side-total">{ "total " }{ total(side) }</span>
            </h3>
            <Editor source={side.source.clone()} {on_change} {marks} errors={errors.clone()} />
            if let Some(e) = errors.first() {
                <p class="editor-error" role="alert"><span class="warn-icon" aria-hidden="true">{ "✗" }</span>{ &e.message }</p>
            }
            <Narration run={track.run.clone()} view={track.view.clone()} over={track.over} on_jump={on_jump} />
            <Console run={track.run.clone()} {lines} step={track.step} at_end={track.at_end()} />
            <LoopPanel run={track.run.clone()} view={track.view.clone()} end_clock={track.end_clock} />
        </section>
    }
}

fn side_timeline(c: &Compare, i: usize, cb: &Callbacks) -> Html {
    let track = &c.sides[i].track;
    let on_jump = jump_to_time(&c.sides[i], cb);
    html! {
        <Timeline
            run={track.run.clone()}
            lanes={track.lanes.clone()}
            axis={Axis::Time}
            len={track.len}
            over={track.over}
            step={track.step}
            clock={track.clock()}
            end_clock={c.end_time()}
            {on_jump}
            on_axis={Callback::noop()}
            title={c.sides[i].name.clone()}
        />
    }
}

/// Compare mode's main area (the header is the page's).
pub fn compare_view(state: &State, c: &Compare, cb: &Callbacks) -> Html {
    let pair = c.pair.and_then(|i| PAIRS.get(i));
    let ms = |t: f64| (t * 1000.0).round() as usize;
    let at_start = c.sides.iter().all(|s| s.track.step == 0);
    html! {
        <main class="compare-layout">
            <section class="panel compare-head" aria-label="The two programs">
                <div class="compare-what">
                    <h2 class="program-title" data-testid="program-title">{ pair.map_or("Two programs side by side", |p| p.title) }</h2>
                    if let Some(p) = pair {
                        <p class="watch-for"><strong>{ "Watch for: " }</strong>{ p.watch_for }</p>
                    }
                </div>
                <div class="totals" aria-label="Total virtual time of each">
                    <div class="total">
                        <span class="total-name">{ c.sides[0].name.clone() }</span>
                        <b data-testid="total-left">{ total(&c.sides[0]) }</b>
                    </div>
                    <span class="vs">{ "vs" }</span>
                    <div class="total">
                        <span class="total-name">{ c.sides[1].name.clone() }</span>
                        <b data-testid="total-right">{ total(&c.sides[1]) }</b>
                    </div>
                </div>
            </section>
            <section class="panel controls-panel" data-testid="controls" aria-label="Controls for both programs">
                <Controls
                    step={ms(c.time())}
                    len={ms(c.end_time()) + 1}
                    over={c.over()}
                    stride={state.stride}
                    playing={state.playing}
                    speed={state.speed}
                    time_scale=true
                    bounds={Some((at_start, c.at_end()))}
                    on_go={cb.go.clone()}
                    on_back={cb.back.clone()}
                    on_forward={cb.forward.clone()}
                    on_stride={cb.stride.clone()}
                    on_play={cb.play.clone()}
                    on_speed={cb.speed.clone()}
                />
            </section>
            <div class="compare-sides">
                { side_column(c, 0, cb) }
                { side_column(c, 1, cb) }
            </div>
            { side_timeline(c, 0, cb) }
            { side_timeline(c, 1, cb) }
        </main>
    }
}
