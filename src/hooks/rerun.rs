//! Re-runs the program once typing settles, and keeps it for the next
//! visit.

use crate::state::{Action, State};
use crate::storage;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Typing settles after this long (ms), then the program runs again.
const RERUN_DELAY: u32 = 300;

#[hook]
pub fn use_rerun_and_save(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with(state.source.clone(), move |_| {
        let timeout = Timeout::new(RERUN_DELAY, move || dispatcher.dispatch(Action::Rerun));
        move || drop(timeout)
    });
    use_effect_with((state.source.clone(), state.example), |(source, example)| {
        storage::save(source, *example);
    });
}
