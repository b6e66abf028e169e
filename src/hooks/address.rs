//! The full page follows its address: a link pasted into the address bar
//! of an open page (only the fragment changes, so no reload) opens too.

use crate::address;
use crate::state::{Action, State};
use crate::storage;
use yew::prelude::*;

#[hook]
pub fn use_hash_change(state: &UseReducerHandle<State>, enabled: bool) {
    let dispatcher = state.dispatcher();
    use_effect_with(enabled, move |&enabled| {
        let listener = web_sys::window().filter(|_| enabled).map(|window| {
            gloo_events::EventListener::new(&window, "hashchange", move |_| {
                dispatcher.dispatch(Action::Open { saved: storage::load(), link: address::launch() });
            })
        });
        move || drop(listener)
    });
}
