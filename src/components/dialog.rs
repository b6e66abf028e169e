//! A modal dialog: a backdrop, a title bar with Close (which takes the
//! focus on opening, so Escape and Tab work at once), Escape to close.
//! The Embed, Predict and shortcuts dialogs are its children.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: AttrValue,
    pub testid: AttrValue,
    /// Extra classes for the dialog box (its width).
    #[prop_or_default]
    pub class: Classes,
    /// Hide the page behind (a spoiler: Predict).
    #[prop_or_default]
    pub opaque: bool,
    pub on_close: Callback<()>,
    #[prop_or_default]
    pub children: Html,
}

#[function_component(Dialog)]
pub fn dialog(props: &Props) -> Html {
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
    let title_id = format!("{}-title", props.testid);
    html! {
        <>
            <div class={classes!("dialog-backdrop", props.opaque.then_some("opaque"))} onclick={close.clone()}></div>
            <div class={classes!("dialog", props.class.clone())} role="dialog" aria-modal="true" aria-labelledby={title_id.clone()}
                data-testid={props.testid.clone()} {onkeydown}>
                <div class="dialog-head">
                    <h2 id={title_id}>{ props.title.clone() }</h2>
                    <button ref={close_button} class="button small" data-testid={format!("{}-close", props.testid)} onclick={close} aria-label="Close">{ "Close" }</button>
                </div>
                { props.children.clone() }
            </div>
        </>
    }
}
