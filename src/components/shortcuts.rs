//! The list of keyboard shortcuts (`?`), as a dialog.

use crate::hooks::SHORTCUTS;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub on_close: Callback<()>,
}

#[function_component(Shortcuts)]
pub fn shortcuts(props: &Props) -> Html {
    let close_button = use_node_ref();
    {
        let close_button = close_button.clone();
        use_effect_with((), move |_| {
            if let Some(b) = close_button.cast::<web_sys::HtmlElement>() {
                let _ = b.focus();
            }
        });
    }
    let close = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let on_close = props.on_close.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                on_close.emit(());
            }
        }
    };
    html! {
        <>
            <div class="dialog-backdrop" onclick={close.clone()}></div>
            <div class="dialog shortcuts" role="dialog" aria-modal="true" aria-labelledby="shortcuts-title" data-testid="shortcuts" {onkeydown}>
                <div class="dialog-head">
                    <h2 id="shortcuts-title">{ "Keyboard shortcuts" }</h2>
                    <button ref={close_button} class="button small" onclick={close} aria-label="Close">{ "Close" }</button>
                </div>
                <dl class="keys">
                    { for SHORTCUTS.iter().map(|(keys, what)| html! {
                        <>
                            <dt><kbd>{ *keys }</kbd></dt>
                            <dd>{ *what }</dd>
                        </>
                    }) }
                </dl>
                <p class="popover-note">{ "The keys act on the program unless a text field (the editor) has the focus; press Esc in the editor, then Tab, to leave it." }</p>
            </div>
        </>
    }
}
