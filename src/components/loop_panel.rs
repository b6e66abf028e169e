//! The event loop at one step: the virtual clock, the iteration and what
//! the loop is doing, the ready queue in order, and the timer heap sorted
//! by deadline (sleeps, timeouts, in-flight simulated requests).

use crate::components::VirtualList;
use crate::look::{task_class, thousands, time};
use crate::run::{Run, Shared};
use engine::view::{Step, StepKind, TimerView};
use yew::prelude::*;

/// Ready-queue entries drawn; the rest are counted.
const READY_SHOWN: usize = 24;
const TIMER_ROW: u32 = 26;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub run: Shared<Run>,
    pub view: Option<Shared<Step>>,
    /// The clock at the end of the run, once known.
    pub end_clock: Option<f64>,
}

/// What the loop is doing at this step, in a few words; `running` names
/// the step's task.
pub fn phase(view: &Step, running: &str) -> String {
    match view.kind {
        StepKind::Start => "not started: the module code runs first".into(),
        StepKind::Line if view.iteration == 0 && view.task.is_none() => "no loop yet: module code runs".into(),
        StepKind::Line => format!("running a ready handle: {running} has the loop"),
        StepKind::Poll => "between handles: the next ready handle runs".into(),
        StepKind::ClockJump => "waiting: nothing ready, the clock jumps to the earliest timer".into(),
        StepKind::Blocked => format!("blocked: {running} holds the loop"),
        StepKind::End => "stopped: the run is over".into(),
    }
}

/// The name of the step's task ("the program" when none runs).
fn running_name(run: &Run, view: &Step) -> String {
    let Some(id) = view.task else {
        return "the program".into();
    };
    match &view.running {
        Some(t) if t.id == id => t.name.to_string(),
        _ => run
            .history(|h| h.task(view, id))
            .flatten()
            .map_or(format!("Task #{id}"), |t| t.name.to_string()),
    }
}

#[derive(Properties, PartialEq)]
struct TimerProps {
    timer: TimerView,
    /// The clock now (the row shows how long is left).
    now: f64,
}

/// One timer, its own component: a step that changes neither it nor the
/// clock does not re-render its row.
#[function_component(TimerRow)]
fn timer_row(props: &TimerProps) -> Html {
    let t = &props.timer;
    html! {
        <div class={classes!("timer", t.task.map(task_class))} data-testid="timer-item">
            <span class="when">{ time(t.when) }</span>
            <span class="in">{ format!("+{:.3}", (t.when - props.now).max(0.0)) }</span>
            <span class="what">{ &*t.label }</span>
        </div>
    }
}

#[function_component(LoopPanel)]
pub fn loop_panel(props: &Props) -> Html {
    // The head of the ready queue: the only handles drawn.
    let ready = use_memo((props.run.clone(), props.view.clone()), |(run, view)| {
        view.as_ref()
            .and_then(|v| run.history(|h| h.ready_rows(v, 0..READY_SHOWN)))
            .unwrap_or_default()
    });
    let Some(view) = props.view.as_ref() else {
        return html! {
            <section class="panel loop-panel" data-testid="panel-loop" aria-label="Event loop">
                <h2 class="panel-title">{ "Event loop" }</h2>
                <p class="hint">{ "The program has not started." }</p>
                <span data-testid="clock" hidden=true>{ "" }</span>
            </section>
        };
    };

    let ready_len = view.ready_len();
    let timers_len = view.timers_len();
    let ready = ready.iter().enumerate().map(|(i, h)| {
        let class = classes!("chip", h.task.map(task_class), h.task.is_none().then_some("chip-plain"));
        html! {
            <li {class} data-testid="ready-item" data-task={h.task.map(|t| t.to_string())} title={format!("#{} in the ready queue: {}", i + 1, h.label)}>
                { &*h.label }
            </li>
        }
    });
    let more = ready_len.saturating_sub(READY_SHOWN);

    // Timers by deadline, made a row at a time as they scroll into view.
    let timer_row = {
        let (run, view) = (props.run.clone(), view.clone());
        let now = view.clock;
        Callback::from(move |i: usize| match run.history(|h| h.timer_rows(&view, i..i + 1).pop()).flatten() {
            Some(timer) => html! { <TimerRow {timer} {now} /> },
            None => Html::default(),
        })
    };

    html! {
        <section class="panel loop-panel" data-testid="panel-loop" aria-label="Event loop">
            <div class="loop-head">
                <h2 class="panel-title">{ "Event loop" }</h2>
                <div class="clock-box" title="Virtual time: it only moves when nothing is ready, or when a blocking call holds the loop">
                    <span class="clock-label">{ "t =" }</span>
                    <span class="clock" data-testid="clock">{ time(view.clock) }</span>
                    <span class="unit">{ "s" }</span>
                    if let Some(end) = props.end_clock {
                        <span class="clock-end" title="When the run ends">{ format!("/ {}", time(end)) }</span>
                    }
                </div>
                <div class="counts">
                    <span title="Loop iterations (_run_once) so far">{ "iteration " }<b data-testid="iteration">{ thousands(view.iteration as usize) }</b></span>
                    <span title="Handles run so far">{ "polls " }<b>{ thousands(view.poll as usize) }</b></span>
                </div>
            </div>
            <p class="phase" data-testid="phase">{ phase(view, &running_name(&props.run, view)) }</p>
            <div class="queue-row">
                <h3 class="sub">{ "ready queue" }<span class="n">{ ready_len }</span></h3>
                <ol class="ready" data-testid="ready-queue" aria-label="Ready queue, first to run first">
                    if ready_len == 0 {
                        <li class="empty">{ "empty" }</li>
                    }
                    { for ready }
                    if more > 0 {
                        <li class="chip chip-more">{ format!("+{} more", thousands(more)) }</li>
                    }
                </ol>
            </div>
            <div class="queue-row timers-row">
                <h3 class="sub">{ "timers" }<span class="n">{ timers_len }</span></h3>
                if timers_len == 0 {
                    <div class="timers empty" data-testid="timers">{ "none" }</div>
                } else {
                    <VirtualList class="timers" testid="timers" label="Timers by deadline"
                        count={timers_len} row_height={TIMER_ROW} row={timer_row} />
                }
            </div>
        </section>
    }
}
