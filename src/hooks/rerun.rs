//! Re-runs the program once typing settles, and keeps it for the next
//! visit: not in an embed (which never touches the reader's storage), nor
//! while the program is a shared one (the learner's own stays as it was).

use crate::state::{Action, State};
use crate::storage;
use gloo_timers::callback::Timeout;
use yew::prelude::*;

/// Typing settles after this long (ms), then the program runs again.
const RERUN_DELAY: u32 = 300;

/// Returns why the program could not be saved, if it could not (the page
/// goes on working and says so).
#[hook]
pub fn use_rerun_and_save(state: &UseReducerHandle<State>, persist: bool) -> Option<storage::Unsaved> {
    let unsaved = use_state_eq(|| None);
    let dispatcher = state.dispatcher();
    use_effect_with(state.source.clone(), move |_| {
        let timeout = Timeout::new(RERUN_DELAY, move || dispatcher.dispatch(Action::Rerun));
        move || drop(timeout)
    });
    {
        let unsaved = unsaved.clone();
        use_effect_with((state.source.clone(), state.example, state.shared), move |(source, example, shared)| {
            if persist && !shared {
                unsaved.set(storage::save(source, *example).err());
            }
        });
    }
    // Compare mode: each side re-runs once its typing settles.
    use_side_rerun(state, 0);
    use_side_rerun(state, 1);
    use_effect_with(state.aside.clone(), move |aside| {
        if persist {
            storage::save_aside(aside.as_deref());
        }
    });
    *unsaved
}

#[hook]
fn use_side_rerun(state: &UseReducerHandle<State>, side: usize) {
    let dispatcher = state.dispatcher();
    let source = state.compare.as_ref().map(|c| c.sides[side].source.clone());
    use_effect_with(source, move |source| {
        let timeout = source
            .is_some()
            .then(|| Timeout::new(RERUN_DELAY, move || dispatcher.dispatch(Action::RerunSide(side))));
        move || drop(timeout)
    });
}
