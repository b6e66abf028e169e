//! The program's output up to the current step, each line with the virtual
//! time it was printed at; at the last step, what went to stderr too
//! (tracebacks, warnings). Virtualised, and kept scrolled to the newest line.

use crate::components::VirtualList;
use crate::look::{thousands, time};
use crate::run::{Run, Shared};
use yew::prelude::*;

const ROW: u32 = 22;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub run: Shared<Run>,
    /// Lines printed by the current step.
    pub lines: usize,
    /// The step the lines belong to (a line printed at it is highlighted).
    pub step: usize,
    /// At the last step of a finished run: show stderr.
    pub at_end: bool,
}

#[function_component(Console)]
pub fn console(props: &Props) -> Html {
    let row = {
        let (run, step) = (props.run.clone(), props.step);
        Callback::from(move |i: usize| {
            run.history(|h| {
                h.output.get(i).map(|l| {
                    let new = l.step == step;
                    html! {
                        <div class={classes!("out", new.then_some("new"))} data-testid="console-line">
                            <span class="t">{ time(l.t) }</span>
                            <span class="text">{ for crate::ansi::pieces(&l.text).into_iter().map(|p| {
                                if p.class.is_empty() { html! { { p.text } } } else { html! { <span class={p.class}>{ p.text }</span> } }
                            }) }</span>
                        </div>
                    }
                })
            })
            .flatten()
            .unwrap_or_default()
        })
    };
    let stderr = if props.at_end {
        props.run.history(|h| h.stderr.clone()).unwrap_or_default()
    } else {
        String::new()
    };
    html! {
        <section class="panel console-panel" data-testid="panel-console" aria-label="Console">
            <div class="panel-head">
                <h2 class="panel-title">{ "Console" }<span class="n">{ thousands(props.lines) }</span></h2>
                <span class="summary">{ "virtual time · output" }</span>
            </div>
            if props.lines == 0 {
                <div class="console empty" data-testid="console">{ "Nothing printed yet." }</div>
            } else {
                <VirtualList class="console" testid="console" label="Output"
                    count={props.lines} row_height={ROW} {row}
                    follow={Some(props.lines - 1)} />
            }
            if !stderr.is_empty() {
                <pre class="stderr" data-testid="stderr">{ stderr }</pre>
            }
        </section>
    }
}
