//! The Examples menu: a button that opens the list of example programs, each
//! with its title and what to watch for, then the pairs of compare mode.
//! Picking one loads it.

use crate::examples::{EXAMPLES, PAIRS};
use wasm_bindgen::JsCast;
use web_sys::{Element, HtmlElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub open: bool,
    pub current: Option<usize>,
    pub on_toggle: Callback<()>,
    pub on_close: Callback<()>,
    pub on_pick: Callback<usize>,
    /// Opens a pair in compare mode.
    pub on_pick_pair: Callback<usize>,
}

fn focus(element: Option<Element>) {
    if let Some(el) = element.and_then(|e| e.dyn_into::<HtmlElement>().ok()) {
        let _ = el.focus();
    }
}

/// The menu item next to (or before) the focused one, through their `<li>`s
/// (past the group headings).
fn neighbour(item: &Element, forward: bool) -> Option<Element> {
    let mut li = item.parent_element()?;
    loop {
        li = if forward { li.next_element_sibling() } else { li.previous_element_sibling() }?;
        if let Some(button) = li.first_element_child().filter(|b| b.get_attribute("role").as_deref() == Some("menuitem")) {
            return Some(button);
        }
    }
}

#[function_component(ExamplesMenu)]
pub fn examples_menu(props: &Props) -> Html {
    let list = use_node_ref();
    let button = use_node_ref();

    // On opening, focus the current example so arrows and Enter work at once.
    {
        let list = list.clone();
        use_effect_with(props.open, move |&open| {
            if let (true, Some(list)) = (open, list.cast::<Element>()) {
                focus(
                    list.query_selector("[aria-current=true]")
                        .ok()
                        .flatten()
                        .or(list.query_selector("button").ok().flatten()),
                );
            }
        });
    }

    let on_toggle = props.on_toggle.reform(|_: MouseEvent| ());
    let on_backdrop = props.on_close.reform(|_: MouseEvent| ());
    let onkeydown = {
        let (on_close, button) = (props.on_close.clone(), button.clone());
        move |e: KeyboardEvent| {
            let target = e.target().and_then(|t| t.dyn_into::<Element>().ok());
            match e.key().as_str() {
                "Escape" => {
                    on_close.emit(());
                    focus(button.cast::<Element>());
                }
                "ArrowDown" | "ArrowUp" => {
                    e.prevent_default();
                    focus(target.and_then(|t| neighbour(&t, e.key() == "ArrowDown")));
                }
                _ => {}
            }
        }
    };

    let items = EXAMPLES.iter().enumerate().map(|(i, example)| {
        let onclick = props.on_pick.reform(move |_: MouseEvent| i);
        let current = props.current == Some(i);
        html! {
            <li role="none">
                <button
                    role="menuitem"
                    class="menu-item"
                    data-testid={format!("example-{}", i + 1)}
                    aria-current={current.then_some("true")}
                    {onclick}
                >
                    <span class="menu-item-title">{ example.title }</span>
                    <span class="menu-item-note">{ example.watch_for }</span>
                </button>
            </li>
        }
    });

    let pairs = PAIRS.iter().enumerate().map(|(i, pair)| {
        let onclick = props.on_pick_pair.reform(move |_: MouseEvent| i);
        html! {
            <li role="none">
                <button role="menuitem" class="menu-item" data-testid={format!("pair-{}", i + 1)} {onclick}>
                    <span class="menu-item-title">{ format!("{} ⇄ {}: {}", pair.left.0, pair.right.0, pair.title) }</span>
                    <span class="menu-item-note">{ pair.watch_for }</span>
                </button>
            </li>
        }
    });

    html! {
        <div class="examples" {onkeydown}>
            <button
                ref={button}
                class="button"
                data-testid="examples"
                aria-haspopup="menu"
                aria-expanded={props.open.to_string()}
                title="Load an example program into the editor"
                onclick={on_toggle}
            >
                { "Examples" }
                <span class="caret" aria-hidden="true">{ "▾" }</span>
            </button>
            if props.open {
                <div class="menu-backdrop" onclick={on_backdrop}></div>
                <ul ref={list} class="menu" role="menu" aria-label="Example programs" data-testid="examples-menu">
                    { for items }
                    <li role="presentation" class="menu-group">{ "Compare two programs" }</li>
                    { for pairs }
                </ul>
            }
        </div>
    }
}
