//! Share: a button that opens a small panel with the link to this program
//! at this step (granularity and breakpoints too), copied to the clipboard
//! at once; the link can leave out the step.

use crate::address;
use crate::look::thousands;
use crate::state::State;
use wasm_bindgen::JsCast;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Links longer than this may be cut by chat apps and mail clients.
const LONG_LINK: usize = 8_000;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

/// Copies `text` to the clipboard; tells `done` whether that worked.
pub fn copy_text(text: String, done: Callback<bool>) {
    let Some(window) = web_sys::window() else {
        return done.emit(false);
    };
    let promise = window.navigator().clipboard().write_text(&text);
    wasm_bindgen_futures::spawn_local(async move {
        done.emit(wasm_bindgen_futures::JsFuture::from(promise).await.is_ok());
    });
}

/// Selects all the text of the field behind `node`.
pub fn select_all(node: &NodeRef) {
    if let Some(input) = node.cast::<web_sys::HtmlElement>() {
        let _ = input.focus();
        if let Some(i) = input.dyn_ref::<HtmlInputElement>() {
            i.select();
        } else if let Some(t) = input.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            t.select();
        }
    }
}

#[function_component(Share)]
pub fn share(props: &Props) -> Html {
    let open = use_state(|| false);
    let at_step = use_state(|| true);
    // None: not tried yet; Some(false): the clipboard refused.
    let copied = use_state(|| None::<bool>);
    let field = use_node_ref();
    let state = &*props.state;

    let link = (*open).then(|| address::here(&state.launch(*at_step && !state.at_start())));
    let on_copied = {
        let copied = copied.clone();
        Callback::from(move |ok| copied.set(Some(ok)))
    };

    // On opening: copy the link and select it.
    {
        let (field, link, on_copied) = (field.clone(), link.clone(), on_copied.clone());
        use_effect_with(*open, move |&open| {
            if let (true, Some(link)) = (open, link) {
                select_all(&field);
                copy_text(link, on_copied);
            }
        });
    }

    let toggle = {
        let (open, copied) = (open.clone(), copied.clone());
        move |_: MouseEvent| {
            copied.set(None);
            open.set(!*open);
        }
    };
    let close = {
        let open = open.clone();
        move |_: MouseEvent| open.set(false)
    };
    let onkeydown = {
        let open = open.clone();
        move |e: KeyboardEvent| {
            if e.key() == "Escape" {
                open.set(false);
            }
        }
    };
    let copy = {
        let (link, on_copied, field) = (link.clone(), on_copied.clone(), field.clone());
        move |_: MouseEvent| {
            if let Some(link) = link.clone() {
                select_all(&field);
                copy_text(link, on_copied.clone());
            }
        }
    };
    let toggle_step = {
        let (at_step, copied) = (at_step.clone(), copied.clone());
        move |_: Event| {
            copied.set(None);
            at_step.set(!*at_step);
        }
    };

    html! {
        <div class="share" {onkeydown}>
            <button class="button" data-testid="share" aria-haspopup="dialog" aria-expanded={open.to_string()}
                title="A link that opens this program at this step" onclick={toggle}>{ "Share" }</button>
            if let Some(link) = link {
                <div class="menu-backdrop" onclick={close}></div>
                <div class="popover share-panel" role="dialog" aria-label="Share link" data-testid="share-panel">
                    <label class="popover-label" for="share-link">{ "Link to this program" }</label>
                    <div class="copy-row">
                        <input id="share-link" ref={field} class="link-field" data-testid="share-link" readonly=true value={link.clone()}
                            aria-describedby="share-status" />
                        <button class="button small" data-testid="share-copy" onclick={copy}>{ "Copy" }</button>
                    </div>
                    <label class="check">
                        <input type="checkbox" checked={*at_step} disabled={state.at_start()} onchange={toggle_step} data-testid="share-at-step" />
                        { format!(" open at {}", state.whereabouts()) }
                    </label>
                    <p class="popover-note" id="share-status" aria-live="polite">
                        { match *copied {
                            Some(true) => "Copied to the clipboard. ".to_string(),
                            Some(false) => "Select the link and copy it (Ctrl+C). ".to_string(),
                            None => String::new(),
                        } }
                        { format!("{} characters", thousands(link.len())) }
                        if link.len() > LONG_LINK { { " — a long link: some chat apps cut links this long." } }
                    </p>
                    <p class="popover-note">{ "Opening it never replaces anyone's own program." }</p>
                </div>
            }
        </div>
    }
}
