//! Play: one step per tick, `speed` ticks a second, while playing.

use crate::state::{Action, State};
use gloo_timers::callback::Interval;
use yew::prelude::*;

#[hook]
pub fn use_play(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with((state.playing, state.speed), move |&(playing, speed)| {
        let interval = playing.then(|| Interval::new(1000 / speed.max(1), move || dispatcher.dispatch(Action::Tick)));
        move || drop(interval)
    });
}
