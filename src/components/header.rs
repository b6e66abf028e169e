//! The top bar: the name and the Examples menu.

use crate::components::ExamplesMenu;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub menu_open: bool,
    pub current: Option<usize>,
    pub on_toggle: Callback<()>,
    pub on_close: Callback<()>,
    pub on_pick: Callback<usize>,
    pub projector: bool,
    pub on_projector: Callback<()>,
}

#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    html! {
        <header class="topbar">
            <h1 class="brand">
                <span class="brand-mark" aria-hidden="true">{ "◎" }</span>
                { "Loopscope" }
            </h1>
            <ExamplesMenu
                open={props.menu_open}
                current={props.current}
                on_toggle={props.on_toggle.clone()}
                on_close={props.on_close.clone()}
                on_pick={props.on_pick.clone()}
            />
            <p class="tagline">{ "Watch Python's asyncio event loop, one step at a time" }</p>
            <button
                class={classes!("button", "small", props.projector.then_some("on"))}
                data-testid="projector"
                aria-pressed={props.projector.to_string()}
                title="Projector mode: large type for a classroom"
                onclick={props.on_projector.reform(|_: MouseEvent| ())}
            >{ "Projector" }</button>
        </header>
    }
}
