//! The look: the theme as `data-theme` on `<html>` (the styles pick light
//! or dark colours from it, or follow the system), and with projector mode,
//! remembered on the full page.

use crate::link::Theme;
use crate::state::State;
use crate::storage;
use yew::prelude::*;

#[hook]
pub fn use_look(state: &UseReducerHandle<State>, persist: bool) {
    use_effect_with(state.theme, move |&theme| {
        let root = web_sys::window().and_then(|w| w.document()).and_then(|d| d.document_element());
        if let Some(root) = root {
            let _ = match theme {
                Theme::Auto => root.remove_attribute("data-theme"),
                t => root.set_attribute("data-theme", t.name()),
            };
        }
        if persist {
            storage::save_theme(theme);
        }
    });
    use_effect_with(state.projector, move |&on| {
        if persist {
            storage::save_projector(on);
        }
    });
}
