//! The page (PRODUCT.md §2): the header, the editor beside the event loop
//! and the tasks, the controls with the narration, the timeline and the
//! console. It records the run in bounded slices, re-runs the program when
//! typing settles, plays, and answers the keyboard.

use crate::components::editor::LineMarks;
use crate::components::{
    Console, Controls, Editor, Header, LoopPanel, Narration, TasksPanel, Timeline,
};
use crate::examples::EXAMPLES;
use crate::run::Run;
use crate::state::{Action, Nav, State};
use crate::storage;
use engine::Granularity;
use gloo_timers::callback::{Interval, Timeout};
use gloo_timers::future::TimeoutFuture;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

/// Typing settles after this long (ms), then the program runs again.
const RERUN_DELAY: u32 = 300;
/// Each recording slice works about this long (ms) before the page paints.
const SLICE_MS: f64 = 10.0;
fn now() -> f64 {
    web_sys::window()
        .and_then(|w| w.performance())
        .map_or(0.0, |p| p.now())
}

/// Records one slice of `run`: `advance` calls until about `SLICE_MS` have
/// passed. Returns true when recording is over.
fn record_slice(run: &Run) -> bool {
    let start = now();
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

/// What a key does, when the focus is not in a text field.
fn key_action(e: &KeyboardEvent) -> Option<Action> {
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return None;
    }
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    let tag = target.as_ref().map(|t| t.tag_name()).unwrap_or_default();
    if matches!(tag.as_str(), "TEXTAREA" | "INPUT" | "SELECT") {
        return None;
    }
    // A focused button or menu item handles Space and arrows itself.
    let on_button = tag == "BUTTON";
    let in_menu = target
        .as_ref()
        .is_some_and(|t| t.closest("[role=menu]").ok().flatten().is_some());
    if in_menu {
        return None;
    }
    Some(match e.key().as_str() {
        "ArrowLeft" if e.shift_key() => Action::Go(Nav::Back(Granularity::Line)),
        "ArrowRight" if e.shift_key() => Action::Go(Nav::Forward(Granularity::Line)),
        "ArrowLeft" => Action::Back,
        "ArrowRight" => Action::Forward,
        " " if !on_button => Action::TogglePlay,
        "Home" => Action::Go(Nav::Start),
        "End" => Action::Go(Nav::End),
        _ => return None,
    })
}

/// Every callback the page hands its components.
struct Callbacks {
    toggle_menu: Callback<()>,
    close_menu: Callback<()>,
    projector: Callback<()>,
    pick: Callback<usize>,
    change: Callback<String>,
    go: Callback<Nav>,
    jump: Callback<usize>,
    back: Callback<()>,
    forward: Callback<()>,
    stride: Callback<crate::state::Stride>,
    speed: Callback<u32>,
    play: Callback<()>,
    axis: Callback<()>,
}

impl Callbacks {
    fn new(d: UseReducerDispatcher<State>) -> Callbacks {
        let act = |make: fn() -> Action| {
            let d = d.clone();
            Callback::from(move |()| d.dispatch(make()))
        };
        fn with<T: 'static>(d: &UseReducerDispatcher<State>, make: fn(T) -> Action) -> Callback<T> {
            let d = d.clone();
            Callback::from(move |x| d.dispatch(make(x)))
        }
        let go: Callback<Nav> = with(&d, Action::Go);
        Callbacks {
            toggle_menu: act(|| Action::ToggleMenu),
            close_menu: act(|| Action::CloseMenu),
            projector: act(|| Action::ToggleProjector),
            pick: with(&d, Action::LoadExample),
            change: with(&d, Action::Edit),
            jump: go.reform(Nav::To),
            go,
            back: act(|| Action::Back),
            forward: act(|| Action::Forward),
            stride: with(&d, Action::SetStride),
            speed: with(&d, Action::SetSpeed),
            play: act(|| Action::TogglePlay),
            axis: act(|| Action::ToggleAxis),
        }
    }
}

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::open(storage::load()));

    // Record the run in slices, yielding to the browser between them.
    {
        let dispatcher = state.dispatcher();
        let run = state.run.clone();
        use_effect_with(run.id, move |_| {
            let cancelled = Rc::new(Cell::new(false));
            let stop = cancelled.clone();
            if !run.is_over() {
                wasm_bindgen_futures::spawn_local(async move {
                    loop {
                        // Let the page paint what is already there first.
                        TimeoutFuture::new(0).await;
                        if cancelled.get() {
                            break;
                        }
                        let done = record_slice(&run);
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

    // Re-run once typing settles; keep the program for the next visit.
    {
        let dispatcher = state.dispatcher();
        use_effect_with(state.source.clone(), move |_| {
            let timeout = Timeout::new(RERUN_DELAY, move || dispatcher.dispatch(Action::Rerun));
            move || drop(timeout)
        });
    }
    use_effect_with((state.source.clone(), state.example), |(source, example)| {
        storage::save(source, *example);
    });

    // Play.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((state.playing, state.speed), move |&(playing, speed)| {
            let interval = playing.then(|| {
                Interval::new(1000 / speed.max(1), move || dispatcher.dispatch(Action::Tick))
            });
            move || drop(interval)
        });
    }

    // Keyboard shortcuts, page-wide.
    {
        let dispatcher = state.dispatcher();
        use_effect_with((), move |_| {
            let listener = web_sys::window().map(|window| {
                gloo_events::EventListener::new(&window, "keydown", move |e| {
                    let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                        return;
                    };
                    if let Some(action) = key_action(e) {
                        e.prevent_default();
                        dispatcher.dispatch(action);
                    }
                })
            });
            move || drop(listener)
        });
    }

    // When the first frame is painted (read by the benchmark).
    use_effect_with((), |_| {
        if let Some(window) = web_sys::window() {
            let _ = js_sys::Reflect::set(
                &window,
                &"loopscopeFirstRender".into(),
                &now().into(),
            );
        }
    });

    // The callbacks are made once: the dispatcher never changes, so
    // components whose other props did not change skip re-rendering.
    let cb = use_memo((), {
        let dispatcher = state.dispatcher();
        move |_| Callbacks::new(dispatcher)
    });

    // Marks and errors belong to the text that ran: none while it differs.
    let current = *state.run.source == *state.source;
    let marks = use_memo((state.view.clone(), current), |(view, current)| match view {
        Some(v) if *current => LineMarks::of(v),
        _ => LineMarks::default(),
    });
    let errors = use_memo((state.run.clone(), state.over, current), |(run, _, current)| {
        if *current {
            run.code_errors()
        } else {
            Vec::new()
        }
    });
    let example = state.example.and_then(|i| EXAMPLES.get(i));
    let view = state.view.clone();
    let clock = view.as_ref().map_or(0.0, |v| v.clock);
    let lines = view.as_ref().map_or(0, |v| v.output_lines);

    html! {
        <div class={classes!("page", state.projector.then_some("projector"))}>
            <Header
                menu_open={state.menu_open}
                current={state.example}
                on_toggle={cb.toggle_menu.clone()}
                on_close={cb.close_menu.clone()}
                on_pick={cb.pick.clone()}
                projector={state.projector}
                on_projector={cb.projector.clone()}
            />
            <main class="layout">
                <section class="panel editor-panel" aria-label="Program">
                    <div class="editor-head" data-testid="example-note">
                        <h2 class="program-title" data-testid="program-title">
                            { example.map_or("Your program", |e| e.title) }
                            if state.edited { <span class="edited">{ " · edited" }</span> }
                        </h2>
                        if let Some(e) = example {
                            <p class="watch-for"><strong>{ "Watch for: " }</strong>{ e.watch_for }</p>
                        }
                    </div>
                    <Editor source={state.source.clone()} on_change={cb.change.clone()} marks={marks.clone()} errors={errors.clone()} />
                    if let Some(e) = errors.first() {
                        <p class="editor-error" data-testid="editor-error" role="alert">
                            <span class="warn-icon" aria-hidden="true">{ "✗" }</span>{ &e.message }
                        </p>
                    }
                </section>
                <div class="side">
                    <LoopPanel run={state.run.clone()} view={view.clone()} end_clock={state.end_clock} />
                    <TasksPanel run={state.run.clone()} view={view.clone()} />
                </div>
                <section class="panel controls-panel" data-testid="controls" aria-label="Controls">
                    <Controls
                        step={state.step}
                        len={state.len}
                        over={state.over}
                        stride={state.stride}
                        playing={state.playing}
                        speed={state.speed}
                        on_go={cb.go.clone()}
                        on_back={cb.back.clone()}
                        on_forward={cb.forward.clone()}
                        on_stride={cb.stride.clone()}
                        on_play={cb.play.clone()}
                        on_speed={cb.speed.clone()}
                    />
                    <Narration run={state.run.clone()} view={view.clone()} over={state.over} on_jump={cb.jump.clone()} />
                </section>
                <Timeline
                    run={state.run.clone()}
                    lanes={state.lanes.clone()}
                    axis={state.axis}
                    len={state.len}
                    over={state.over}
                    step={state.step}
                    {clock}
                    end_clock={state.end_clock.unwrap_or(0.0)}
                    on_jump={cb.jump.clone()}
                    on_axis={cb.axis.clone()}
                />
                <Console run={state.run.clone()} {lines} step={state.step} at_end={state.at_end()} />
            </main>
        </div>
    }
}
