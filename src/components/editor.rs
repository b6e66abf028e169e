//! The program editor: a transparent `<textarea>` over a `<pre>` of coloured
//! spans (from the engine's highlighter), with line numbers. The three layers
//! scroll together; Tab indents by four spaces and Shift-Tab dedents. After
//! Escape, Tab moves the focus on instead (no keyboard trap).

use crate::editing::{byte_offset, dedent, indent, utf16_offset};
use crate::spans::segments;
use std::cell::Cell;
use std::rc::Rc;
use web_sys::{Element, HtmlTextAreaElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub source: AttrValue,
    pub on_change: Callback<String>,
}

/// Copies the textarea's scroll position onto the highlight layer and the
/// line numbers.
fn sync_scroll(textarea: &NodeRef, layers: &[&NodeRef]) {
    let Some(ta) = textarea.cast::<Element>() else {
        return;
    };
    for layer in layers {
        if let Some(el) = layer.cast::<Element>() {
            el.set_scroll_top(ta.scroll_top());
            el.set_scroll_left(ta.scroll_left());
        }
    }
}

fn selection(ta: &HtmlTextAreaElement, text: &str) -> (usize, usize) {
    let get = |v: Result<Option<u32>, _>| byte_offset(text, v.ok().flatten().unwrap_or(0));
    (get(ta.selection_start()), get(ta.selection_end()))
}

#[function_component(Editor)]
pub fn editor(props: &Props) -> Html {
    let (textarea, code, gutter) = (use_node_ref(), use_node_ref(), use_node_ref());
    let tab_leaves = use_memo((), |_| Rc::new(Cell::new(false)));

    let highlighted = use_memo(props.source.clone(), |source| {
        let highlights = engine::highlight::highlight(source);
        segments(source, &highlights)
            .into_iter()
            .map(|(class, text)| match class {
                Some(class) => html! { <span class={class}>{ text }</span> },
                None => html! { { text } },
            })
            .collect::<Html>()
    });
    let lines = props.source.split('\n').count();

    // New text (an example loaded) can move the textarea's scroll position.
    {
        let (textarea, code, gutter) = (textarea.clone(), code.clone(), gutter.clone());
        use_effect_with(props.source.clone(), move |_| {
            sync_scroll(&textarea, &[&code, &gutter])
        });
    }

    let onscroll = {
        let (textarea, code, gutter) = (textarea.clone(), code.clone(), gutter.clone());
        move |_: Event| sync_scroll(&textarea, &[&code, &gutter])
    };
    let oninput = props
        .on_change
        .reform(|e: InputEvent| e.target_unchecked_into::<HtmlTextAreaElement>().value());
    let onkeydown = {
        let on_change = props.on_change.clone();
        let tab_leaves = tab_leaves.clone();
        move |e: KeyboardEvent| {
            let key = e.key();
            if key != "Tab" || e.ctrl_key() || e.alt_key() || e.meta_key() || tab_leaves.get() {
                tab_leaves.set(key == "Escape");
                return;
            }
            e.prevent_default();
            let ta: HtmlTextAreaElement = e.target_unchecked_into();
            let text = ta.value();
            let (start, end) = selection(&ta, &text);
            let edit = if e.shift_key() {
                dedent(&text, start, end)
            } else {
                indent(&text, start, end)
            };
            ta.set_value(&edit.text);
            let _ = ta.set_selection_range(
                utf16_offset(&edit.text, edit.start),
                utf16_offset(&edit.text, edit.end),
            );
            on_change.emit(edit.text);
        }
    };

    html! {
        <div class="editor" data-testid="editor">
            <div ref={gutter} class="editor-gutter" aria-hidden="true" data-testid="line-numbers">
                { for (1..=lines).map(|n| html! { <span>{ n }</span> }) }
            </div>
            <div class="editor-code">
                <pre ref={code} class="editor-highlight" aria-hidden="true">
                    { (*highlighted).clone() }
                    // Keeps a last empty line as tall as the textarea's.
                    { " " }
                </pre>
                <textarea
                    ref={textarea}
                    class="editor-input"
                    aria-label="Python program"
                    spellcheck="false"
                    autocomplete="off"
                    autocapitalize="off"
                    autocorrect="off"
                    wrap="off"
                    value={props.source.clone()}
                    {oninput}
                    {onkeydown}
                    {onscroll}
                />
            </div>
        </div>
    }
}
