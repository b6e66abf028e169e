//! An empty panel that holds the place of one still to be built.

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub title: AttrValue,
    pub testid: AttrValue,
    pub hint: AttrValue,
    #[prop_or_default]
    pub class: Classes,
}

#[function_component(Placeholder)]
pub fn placeholder(props: &Props) -> Html {
    html! {
        <section class={classes!("panel", "placeholder", props.class.clone())} data-testid={props.testid.clone()}>
            <h2 class="panel-title">{ props.title.clone() }</h2>
            <p class="hint">{ props.hint.clone() }</p>
        </section>
    }
}
