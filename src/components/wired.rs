//! Components wired to the page's state and callbacks, the same on the
//! full page and in the embed view.

use crate::components::{Console, Controls, Narration, Timeline};
use crate::hooks::Callbacks;
use crate::state::State;
use yew::prelude::*;

pub fn controls(state: &State, cb: &Callbacks) -> Html {
    html! {
        <Controls
            step={state.step}
            len={state.len}
            over={state.over}
            stride={state.stride}
            playing={state.playing}
            speed={state.speed}
            breakpoints={state.breakpoints.len()}
            on_go={cb.go.clone()}
            on_back={cb.back.clone()}
            on_forward={cb.forward.clone()}
            on_stride={cb.stride.clone()}
            on_play={cb.play.clone()}
            on_speed={cb.speed.clone()}
        />
    }
}

pub fn narration(state: &State, cb: &Callbacks) -> Html {
    html! { <Narration run={state.run.clone()} view={state.view.clone()} over={state.over} on_jump={cb.jump.clone()} /> }
}

pub fn timeline(state: &State, cb: &Callbacks) -> Html {
    html! {
        <Timeline
            run={state.run.clone()}
            lanes={state.lanes.clone()}
            axis={state.axis}
            len={state.len}
            over={state.over}
            step={state.step}
            clock={state.view.as_ref().map_or(0.0, |v| v.clock)}
            end_clock={state.end_clock.unwrap_or(0.0)}
            on_jump={cb.jump.clone()}
            on_axis={cb.axis.clone()}
        />
    }
}

pub fn console(state: &State) -> Html {
    let lines = state.view.as_ref().map_or(0, |v| v.output_lines);
    html! { <Console run={state.run.clone()} {lines} step={state.step} at_end={state.at_end()} /> }
}
