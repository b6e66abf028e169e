//! Keyboard shortcuts, page-wide: ← / → step, Shift+← / Shift+→ line
//! step, Space play/pause, Home / End, P projector, ? the list of keys.
//! They act on the program unless a text field has the focus (a slider
//! that was used keeps the focus but not the arrows), and they never
//! scroll the page (the listener is not passive, so it can say so).

use crate::state::{Action, Nav, State};
use engine::Granularity;
use gloo_events::{EventListener, EventListenerOptions};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlInputElement, KeyboardEvent};
use yew::prelude::*;

/// The shortcuts, as the `?` overlay lists them.
pub const SHORTCUTS: &[(&str, &str)] = &[
    ("→ / ←", "forward / back one step of the chosen size (poll, line, iteration)"),
    ("Shift+→ / Shift+←", "forward / back one line"),
    ("Space", "play / pause"),
    ("Home / End", "to the start / to the end"),
    ("F9", "in the editor: breakpoint on the caret's line"),
    ("P", "projector mode on / off"),
    ("?", "this list"),
    ("Esc", "close a menu or dialog; in the editor, then Tab leaves it"),
];

/// True when `el` takes typed text (keys belong to it).
fn takes_text(el: &Element) -> bool {
    match el.tag_name().as_str() {
        "TEXTAREA" | "SELECT" => true,
        "INPUT" => {
            let kind = el.dyn_ref::<HtmlInputElement>().map(|i| i.type_()).unwrap_or_default();
            !matches!(kind.as_str(), "range" | "checkbox" | "radio" | "button" | "submit" | "reset")
        }
        _ => el.closest("[contenteditable=true]").ok().flatten().is_some(),
    }
}

/// What a key does, when the focus is not in a text field.
fn key_action(e: &KeyboardEvent) -> Option<Action> {
    if e.ctrl_key() || e.meta_key() || e.alt_key() {
        return None;
    }
    let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
    if target.as_ref().is_some_and(takes_text) {
        return None;
    }
    // A focused button activates with Space; menus and dialogs use arrows.
    let on_button = target.as_ref().is_some_and(|t| t.tag_name() == "BUTTON");
    let in_menu = target
        .as_ref()
        .is_some_and(|t| t.closest("[role=menu], [role=dialog]").ok().flatten().is_some());
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
        "p" | "P" => Action::ToggleProjector,
        "?" => Action::ToggleHelp,
        "Escape" => Action::CloseHelp,
        _ => return None,
    })
}

#[hook]
pub fn use_keyboard(state: &UseReducerHandle<State>) {
    let dispatcher = state.dispatcher();
    use_effect_with((), move |_| {
        let listener = web_sys::window().map(|window| {
            let options = EventListenerOptions::enable_prevent_default();
            EventListener::new_with_options(&window, "keydown", options, move |e| {
                let Some(e) = e.dyn_ref::<KeyboardEvent>() else {
                    return;
                };
                if let Some(action) = key_action(e) {
                    if !matches!(action, Action::CloseHelp) {
                        e.prevent_default();
                    }
                    dispatcher.dispatch(action);
                }
            })
        });
        move || drop(listener)
    });
}
