//! The list of keyboard shortcuts (`?`), as a dialog.

use crate::components::Dialog;
use crate::hooks::SHORTCUTS;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_close: Callback<()>,
}

#[function_component(Shortcuts)]
pub fn shortcuts(props: &Props) -> Html {
    html! {
        <Dialog title="Keyboard shortcuts" testid="shortcuts" class="shortcuts" on_close={props.on_close.clone()}>
            <dl class="keys">
                { for SHORTCUTS.iter().map(|(keys, what)| html! {
                    <>
                        <dt><kbd>{ *keys }</kbd></dt>
                        <dd>{ *what }</dd>
                    </>
                }) }
            </dl>
            <p class="popover-note">{ "The keys act on the program unless a text field (the editor) has the focus; press Esc in the editor, then Tab, to leave it." }</p>
        </Dialog>
    }
}
