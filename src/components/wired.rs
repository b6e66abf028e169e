//! Components wired to the page's state and callbacks, the same on the
//! full page and in the embed view.

use crate::components::{Console, Controls, Narration, Timeline};
use crate::hooks::Callbacks;
use crate::state::State;
use yew::prelude::*;

pub fn controls(state: &State, cb: &Callbacks) -> Html {
    html! {
        <Controls
            step={state.track.step}
            len={state.track.len}
            over={state.track.over}
            stride={state.stride}
            playing={state.playing}
            speed={state.speed}
            breakpoints={state.breakpoints.len()}
            pending={*state.source != *state.track.run.source}
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
    html! { <Narration run={state.track.run.clone()} view={state.track.view.clone()} over={state.track.over} on_jump={cb.jump.clone()} /> }
}

pub fn timeline(state: &State, cb: &Callbacks) -> Html {
    html! {
        <Timeline
            run={state.track.run.clone()}
            lanes={state.track.lanes.clone()}
            axis={state.axis}
            len={state.track.len}
            over={state.track.over}
            step={state.track.step}
            clock={state.track.view.as_ref().map_or(0.0, |v| v.clock)}
            end_clock={state.track.end_clock.unwrap_or(0.0)}
            on_jump={cb.jump.clone()}
            on_axis={cb.axis.clone()}
        />
    }
}

pub fn console(state: &State) -> Html {
    let lines = state.track.view.as_ref().map_or(0, |v| v.output_lines);
    html! { <Console run={state.track.run.clone()} {lines} step={state.track.step} at_end={state.at_end()} /> }
}
