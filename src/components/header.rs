//! The top bar: the name, the Examples menu, Share and Embed, the theme
//! and projector toggles.

use crate::components::ExamplesMenu;
use crate::link::Theme;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub menu_open: bool,
    pub current: Option<usize>,
    pub on_toggle: Callback<()>,
    pub on_close: Callback<()>,
    pub on_pick: Callback<usize>,
    pub on_pick_pair: Callback<usize>,
    pub compare: bool,
    pub on_compare: Callback<()>,
    pub projector: bool,
    pub on_projector: Callback<()>,
    pub theme: Theme,
    pub on_theme: Callback<Theme>,
    pub on_help: Callback<()>,
    /// Share and Embed, beside the Examples menu.
    #[prop_or_default]
    pub children: Html,
}

/// The theme after `theme` when the toggle is clicked, and its icon.
fn theme_cycle(theme: Theme) -> (Theme, &'static str) {
    match theme {
        Theme::Auto => (Theme::Light, "◐"),
        Theme::Light => (Theme::Dark, "☀"),
        Theme::Dark => (Theme::Auto, "☾"),
    }
}

#[function_component(Header)]
pub fn header(props: &Props) -> Html {
    let (next_theme, theme_icon) = theme_cycle(props.theme);
    let theme_words = |t: Theme| match t {
        Theme::Auto => "as the system",
        Theme::Light => "light",
        Theme::Dark => "dark",
    };
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
                on_pick_pair={props.on_pick_pair.clone()}
            />
            <button class={classes!("button", props.compare.then_some("on"))} data-testid="compare"
                aria-pressed={props.compare.to_string()}
                title={if props.compare { "Back to one program" } else { "Two programs side by side on one time axis" }}
                onclick={props.on_compare.reform(|_: MouseEvent| ())}>{ "Compare" }</button>
            { props.children.clone() }
            <p class="tagline">{ "Watch Python's asyncio event loop, one step at a time" }</p>
            <button
                class="button small theme-toggle"
                data-testid="theme"
                data-theme-now={props.theme.name()}
                title={format!("Theme: {} (click for {})", theme_words(props.theme), theme_words(next_theme))}
                aria-label={format!("Theme: {}", theme_words(props.theme))}
                onclick={props.on_theme.reform(move |_: MouseEvent| next_theme)}
            ><span aria-hidden="true">{ theme_icon }</span></button>
            <button class="button small" data-testid="help" title="Keyboard shortcuts (?)" aria-label="Keyboard shortcuts"
                onclick={props.on_help.reform(|_: MouseEvent| ())}>{ "?" }</button>
            <button
                class={classes!("button", "small", props.projector.then_some("on"))}
                data-testid="projector"
                aria-pressed={props.projector.to_string()}
                title="Projector mode: large type for a classroom (P)"
                onclick={props.on_projector.reform(|_: MouseEvent| ())}
            >{ "Projector" }</button>
        </header>
    }
}
