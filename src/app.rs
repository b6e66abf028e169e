//! The page: header, editor, and the places of the panels still to come
//! (PRODUCT.md §2).

use crate::components::{Editor, Header, Placeholder};
use crate::examples::EXAMPLES;
use crate::state::{Action, State};
use yew::prelude::*;

#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(State::default);
    let dispatch = |make: fn() -> Action| {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(make()))
    };
    let on_pick = {
        let state = state.clone();
        Callback::from(move |i| state.dispatch(Action::LoadExample(i)))
    };
    let on_change = {
        let state = state.clone();
        Callback::from(move |source| state.dispatch(Action::Edit(source)))
    };
    let example = state.example.and_then(|i| EXAMPLES.get(i));

    html! {
        <div class="page">
            <Header
                menu_open={state.menu_open}
                current={state.example}
                on_toggle={dispatch(|| Action::ToggleMenu)}
                on_close={dispatch(|| Action::CloseMenu)}
                {on_pick}
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
                    <Editor source={state.source.clone()} {on_change} />
                </section>
                <div class="side">
                    <Placeholder
                        title="Event loop" testid="panel-loop" class="loop-panel"
                        hint="The virtual clock, the ready queue and the timer heap appear here."
                    />
                    <Placeholder
                        title="Tasks" testid="panel-tasks" class="tasks-panel"
                        hint="Each task's state, what it awaits and its coroutine stack appear here."
                    />
                </div>
                <Placeholder
                    title="Controls" testid="controls" class="controls-panel"
                    hint="Step forward and back by poll, line or iteration; the narration of each step."
                />
                <Placeholder
                    title="Timeline" testid="panel-timeline" class="timeline-panel"
                    hint="One lane per task over virtual time."
                />
                <Placeholder
                    title="Console" testid="panel-console" class="console-panel"
                    hint="The program's output, each line with its virtual time."
                />
            </main>
        </div>
    }
}
