//! The Embed dialog: the options of an embed of this program (panels,
//! editor, theme, autoplay, starting step, height), the `<iframe>` line to
//! paste and the author-script alternative, with a live preview.

use crate::address;
use crate::components::share::{copy_text, select_all};
use crate::components::Dialog;
use crate::link::{EditorMode, Embed, Panel, Theme};
use crate::snippet;
use crate::state::State;
use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub state: UseReducerHandle<State>,
}

/// The iframe height an author starts from: room for the panels chosen.
fn suggested_height(embed: &Embed, lines: usize) -> u32 {
    let editor = match embed.editor {
        EditorMode::Hidden => 0,
        _ => 24 + 21 * lines.clamp(4, 14) as u32,
    };
    let panels: u32 = Panel::ALL
        .iter()
        .filter(|p| embed.panels.has(**p))
        .map(|p| match p {
            Panel::Loop => 130,
            Panel::Tasks => 150,
            Panel::Timeline => 160,
            Panel::Console => 120,
            Panel::Narration => 70,
        })
        .sum();
    // Two columns from 640 px: the side panels beside the editor.
    (70 + editor.max(panels * 2 / 3)).clamp(300, 900)
}

#[function_component(EmbedDialog)]
pub fn embed_dialog(props: &Props) -> Html {
    let open = use_state(|| false);
    let options = use_state(Embed::default);
    let at_step = use_state(|| true);
    let height = use_state(|| None::<u32>);
    let copied = use_state(|| None::<&'static str>);
    let (iframe_field, script_field) = (use_node_ref(), use_node_ref());
    let state = &*props.state;


    let toggle = {
        let (open, copied) = (open.clone(), copied.clone());
        move |_: MouseEvent| {
            copied.set(None);
            open.set(!*open);
        }
    };
    let button = html! {
        <button class="button" data-testid="embed" aria-haspopup="dialog" aria-expanded={open.to_string()}
            title="Put this program, steppable, into a web page" onclick={toggle.clone()}>{ "Embed" }</button>
    };
    if !*open {
        return button;
    }

    let mut launch = state.launch(*at_step && !state.at_start());
    launch.embed = Some((*options).clone());
    let src = address::embed_page(&launch);
    let lines = state.source.lines().count();
    let height_now = height.unwrap_or_else(|| suggested_height(&options, lines));
    let iframe = snippet::iframe(&src, &snippet::title(&launch), height_now);
    let script = snippet::script_block(&address::folder(), &state.source, &launch);

    let set = |change: fn(&mut Embed, &Event)| {
        let options = options.clone();
        move |e: Event| {
            let mut next = (*options).clone();
            change(&mut next, &e);
            options.set(next);
        }
    };
    let panel_boxes = Panel::ALL.iter().map(|&panel| {
        let handle = options.clone();
        let onchange = move |e: Event| {
            let on = e.target_unchecked_into::<HtmlInputElement>().checked();
            let mut next = (*handle).clone();
            next.panels = next.panels.with(panel, on);
            handle.set(next);
        };
        html! {
            <label class="check">
                <input type="checkbox" checked={options.panels.has(panel)} {onchange} data-testid={format!("embed-panel-{}", panel.name())} />
                { " " }{ panel.name() }
            </label>
        }
    });
    let copy = |text: String, which: &'static str, field: NodeRef| {
        let copied = copied.clone();
        move |_: MouseEvent| {
            select_all(&field);
            let copied = copied.clone();
            copy_text(text.clone(), Callback::from(move |ok: bool| copied.set(Some(if ok { which } else { "select" }))));
        }
    };
    let on_height = {
        let height = height.clone();
        move |e: Event| {
            let v: u32 = e.target_unchecked_into::<HtmlInputElement>().value().parse().unwrap_or(480);
            height.set(Some(v.clamp(200, 2000)));
        }
    };
    let toggle_step = {
        let at_step = at_step.clone();
        move |_: Event| at_step.set(!*at_step)
    };
    let close = {
        let open = open.clone();
        Callback::from(move |()| open.set(false))
    };

    html! {
        <>
            { button }
            <Dialog title="Embed this program" testid="embed-dialog" class="embed-dialog" on_close={close}>
                <div class="dialog-body">
                    <div class="embed-options">
                        <fieldset>
                            <legend>{ "Panels" }</legend>
                            { for panel_boxes }
                        </fieldset>
                        <div class="option-row">
                            <label>{ "Editor " }
                                <select data-testid="embed-editor" onchange={set(|o, e| {
                                    let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                                    o.editor = EditorMode::ALL.into_iter().find(|m| m.name() == v).unwrap_or(o.editor);
                                })}>
                                    { for EditorMode::ALL.iter().map(|m| html! {
                                        <option value={m.name()} selected={*m == options.editor}>{ match m {
                                            EditorMode::Edit => "editable",
                                            EditorMode::ReadOnly => "read only",
                                            EditorMode::Hidden => "hidden",
                                        } }</option>
                                    }) }
                                </select>
                            </label>
                            <label>{ "Theme " }
                                <select data-testid="embed-theme" onchange={set(|o, e| {
                                    let v = e.target_unchecked_into::<HtmlSelectElement>().value();
                                    o.theme = Theme::parse(&v).unwrap_or(o.theme);
                                })}>
                                    { for Theme::ALL.iter().map(|t| html! {
                                        <option value={t.name()} selected={*t == options.theme}>{ t.name() }</option>
                                    }) }
                                </select>
                            </label>
                            <label>{ "Height " }
                                <input type="number" min="200" max="2000" step="10" value={height_now.to_string()} onchange={on_height} data-testid="embed-height" />
                                { " px" }
                            </label>
                        </div>
                        <div class="option-row">
                            <label class="check">
                                <input type="checkbox" checked={options.autoplay} data-testid="embed-autoplay"
                                    onchange={set(|o, e| o.autoplay = e.target_unchecked_into::<HtmlInputElement>().checked())} />
                                { " play on load" }
                            </label>
                            <label class="check" title="The frame shows the program and loads the engine only when the reader clicks: lighter pages with many embeds">
                                <input type="checkbox" checked={options.click_to_load} data-testid="embed-click-to-load"
                                    onchange={set(|o, e| o.click_to_load = e.target_unchecked_into::<HtmlInputElement>().checked())} />
                                { " load on click" }
                            </label>
                            <label class="check">
                                <input type="checkbox" checked={*at_step} disabled={state.at_start()} onchange={toggle_step} />
                                { format!(" start at {}", state.whereabouts()) }
                            </label>
                        </div>
                        <label class="popover-label" for="embed-snippet">{ "Paste into your page (HTML):" }</label>
                        <textarea id="embed-snippet" ref={iframe_field.clone()} class="snippet" data-testid="embed-snippet" readonly=true rows="4" value={iframe.clone()} />
                        <button class="button small" data-testid="embed-copy" onclick={copy(iframe.clone(), "iframe", iframe_field)}>{ "Copy iframe" }</button>
                        <details class="script-option">
                            <summary>{ "Or: the author script, which turns code blocks into embeds" }</summary>
                            <textarea ref={script_field.clone()} class="snippet" data-testid="embed-script-snippet" readonly=true rows="6" value={script.clone()} />
                            <button class="button small" onclick={copy(script, "script", script_field)}>{ "Copy script and block" }</button>
                            <p class="popover-note">{ "The script shows the code until a reader clicks “Step through it”; the engine loads only then. See docs/embedding.md." }</p>
                        </details>
                        <p class="popover-note" aria-live="polite">{ match *copied {
                            Some("iframe") => "Copied the iframe.",
                            Some("script") => "Copied the script and the block.",
                            Some(_) => "Select the text and copy it (Ctrl+C).",
                            None => "",
                        } }</p>
                    </div>
                    <div class="embed-preview">
                        <p class="popover-label">{ "Preview" }</p>
                        <iframe src={src} title="Preview of the embed" data-testid="embed-preview"
                            style={format!("height:{height_now}px")}></iframe>
                    </div>
                </div>
            </Dialog>
        </>
    }
}
