//! The page (PRODUCT.md §2): the header, the editor beside the event loop
//! and the tasks, the controls with the narration, the timeline and the
//! console. Layout only: the effects (recording, re-running, saving,
//! playing, the keyboard) are hooks in `hooks/`.

use crate::components::editor::LineMarks;
use crate::components::{
    Console, Controls, Editor, Header, LoopPanel, Narration, TasksPanel, Timeline,
};
use crate::examples::EXAMPLES;
use crate::hooks::{now, use_callbacks, use_keyboard, use_play, use_recording, use_rerun_and_save};
use crate::state::State;
use crate::storage;
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(|| State::open(storage::load()));

    use_recording(&state);
    use_rerun_and_save(&state);
    use_play(&state);
    use_keyboard(&state);

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

    let cb = use_callbacks(&state);

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
    // A paste accident behind a compile error: the fix, one click away.
    let paste_help = use_memo((state.run.clone(), current), |(run, current)| {
        if !*current {
            return None;
        }
        run.compile_error().and_then(|e| engine::paste_help(&run.source, e))
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
                    if let Some(help) = paste_help.as_ref() {
                        <p class="paste-help" data-testid="paste-help">
                            <span>{ help.message }</span>
                            <button class="button small" data-testid="paste-fix" title="Apply the fix to the program (Ctrl+Z in the editor undoes it)"
                                onclick={cb.change.reform({ let fixed = help.fixed.clone(); move |_: MouseEvent| fixed.clone() })}>{ help.action }</button>
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
