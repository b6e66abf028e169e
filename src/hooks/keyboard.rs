//! Keyboard shortcuts, page-wide: ← / → step, Shift+← / Shift+→ line
//! step, Space play/pause, Home / End.

use crate::state::{Action, Nav, State};
use engine::Granularity;
use wasm_bindgen::JsCast;
use web_sys::{Element, KeyboardEvent};
use yew::prelude::*;

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

#[hook]
pub fn use_keyboard(state: &UseReducerHandle<State>) {
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
