//! The step controls: to start, back, play/pause, forward, to end, to the
//! next output; the stride (poll, line, iteration); the speed; and a
//! scrubber over every recorded step.

use crate::components::icons::{icon, Icon};
use crate::look::{thousands, time};
use crate::state::{Nav, Stride, SPEEDS};
use engine::Granularity;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub step: usize,
    pub len: usize,
    /// Recording is over (no more steps will come).
    pub over: bool,
    pub stride: Stride,
    pub playing: bool,
    pub speed: u32,
    pub on_go: Callback<Nav>,
    pub on_back: Callback<()>,
    pub on_forward: Callback<()>,
    pub on_stride: Callback<Stride>,
    pub on_play: Callback<()>,
    pub on_speed: Callback<u32>,
    /// How many breakpoints are set (their buttons show when any is).
    #[prop_or_default]
    pub breakpoints: usize,
    /// The text was edited and waits to be re-run: the run shown is of the
    /// text before (the step counter says so to tests, `data-pending`).
    #[prop_or_default]
    pub pending: bool,
    /// Compare mode: `step` and `len` count milliseconds of virtual time
    /// (the scrubber runs over the shared time axis).
    #[prop_or_default]
    pub time_scale: bool,
    /// Whether at the start and at the end, when `step` alone cannot say
    /// (compare mode).
    #[prop_or_default]
    pub bounds: Option<(bool, bool)>,
}

#[function_component(Controls)]
pub fn controls(props: &Props) -> Html {
    let last = props.len.saturating_sub(1);
    let (at_start, at_end) = props.bounds.unwrap_or((props.step == 0, props.step >= last));
    let disabled = props.len == 0;
    let go = |nav: Nav| props.on_go.reform(move |_: MouseEvent| nav);

    let on_scrub = props.on_go.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        Nav::To(input.value().parse().unwrap_or(0))
    });
    let on_speed = props.on_speed.reform(|e: InputEvent| {
        let input: HtmlInputElement = e.target_unchecked_into();
        let i: usize = input.value().parse().unwrap_or(0);
        SPEEDS[i.min(SPEEDS.len() - 1)]
    });
    let speed_index = SPEEDS.iter().position(|&s| s == props.speed).unwrap_or(0);

    let strides = Stride::ALL.iter().map(|&stride| {
        let checked = stride == props.stride;
        let onclick = props.on_stride.reform(move |_: MouseEvent| stride);
        html! {
            <button
                class={classes!("seg", checked.then_some("on"))}
                role="radio"
                aria-checked={checked.to_string()}
                data-testid={format!("stride-{}", stride.name())}
                title={format!("← / → step by {}: {}", stride.name(), stride.hint())}
                {onclick}
            >{ stride.name() }</button>
        }
    });

    html! {
        <div class="controls" role="toolbar" aria-label="Step through the run">
            <div class="buttons">
                <button class="icon" data-testid="step-start" title="To the start (Home)" aria-label="To the start"
                    disabled={disabled || at_start} onclick={go(Nav::Start)}>{ icon(Icon::ToStart) }</button>
                <button class="icon" data-testid="step-back"
                    title={format!("Back one {} (←; Shift+← one line)", props.stride.name())}
                    aria-label={format!("Back one {}", props.stride.name())}
                    disabled={disabled || at_start} onclick={props.on_back.reform(|_: MouseEvent| ())}>{ icon(Icon::Back) }</button>
                <button class={classes!("icon", "play", props.playing.then_some("on"))} data-testid="play"
                    title={if props.playing { "Pause (Space)" } else { "Play (Space)" }}
                    aria-label={if props.playing { "Pause" } else { "Play" }}
                    aria-pressed={props.playing.to_string()}
                    disabled={disabled} onclick={props.on_play.reform(|_: MouseEvent| ())}>
                    { icon(if props.playing { Icon::Pause } else { Icon::Play }) }
                </button>
                <button class="icon" data-testid="step-forward"
                    title={format!("Forward one {} (→; Shift+→ one line)", props.stride.name())}
                    aria-label={format!("Forward one {}", props.stride.name())}
                    disabled={disabled || (at_end && props.over)} onclick={props.on_forward.reform(|_: MouseEvent| ())}>{ icon(Icon::Forward) }</button>
                <button class="icon" data-testid="step-end" title="To the end (End)" aria-label="To the end"
                    disabled={disabled || (at_end && props.over)} onclick={go(Nav::End)}>{ icon(Icon::ToEnd) }</button>
                <button class="button small" data-testid="step-next-output" title="Forward to the next line printed"
                    disabled={disabled || (at_end && props.over)} onclick={go(Nav::Forward(Granularity::Output))}>{ "next output" }</button>
                if props.breakpoints > 0 {
                    <span class="bp-nav" role="group" aria-label="Breakpoints">
                        <button class="button small" data-testid="breakpoint-prev" title="Back to the previous time a breakpoint's line runs"
                            disabled={disabled || at_start} onclick={go(Nav::PrevBreakpoint)}>
                            { "◂ " }<span class="bp-dot" aria-hidden="true"></span>{ " breakpoint" }</button>
                        <button class="button small" data-testid="breakpoint-next" title="Run to the next time a breakpoint's line runs (to the end if none does)"
                            disabled={disabled || (at_end && props.over)} onclick={go(Nav::NextBreakpoint)}>
                            <span class="bp-dot" aria-hidden="true"></span>{ " breakpoint ▸" }</button>
                    </span>
                }
            </div>
            <div class="stride" role="radiogroup" aria-label="Step size">
                <span class="label">{ "step by" }</span>
                { for strides }
            </div>
            <label class="speed" title="Play speed, in steps per second">
                <span class="label">{ "speed" }</span>
                <input type="range" data-testid="speed" min="0" max={(SPEEDS.len() - 1).to_string()}
                    value={speed_index.to_string()} oninput={on_speed} aria-label="Play speed" />
                <span class="speed-value">{ format!("{}/s", props.speed) }</span>
            </label>
            <div class="scrub">
                <span class="counter" data-testid="step-counter" aria-live="polite" data-pending={props.pending.then_some("true")}>
                    if props.time_scale {
                        { "t = " }<b>{ time(props.step as f64 / 1000.0) }</b>{ " / " }{ time(last as f64 / 1000.0) }{ " s" }
                    } else {
                        { "step " }<b>{ thousands(props.step) }</b>{ " / " }{ thousands(last) }
                    }
                    if !props.over { <span class="recording" title="Still recording">{ " recording…" }</span> }
                </span>
                <input type="range" class="scrubber" data-testid="scrubber" min="0" max={last.to_string()}
                    value={props.step.to_string()} oninput={on_scrub} disabled={disabled}
                    aria-label={if props.time_scale { "Virtual time" } else { "Recorded step" }}
                    title={if props.time_scale { "Drag along the shared time axis" } else { "Drag to any recorded step" }} />
            </div>
        </div>
    }
}
