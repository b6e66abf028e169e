//! The event loop at one step: the virtual clock, the iteration and what
//! the loop is doing, the ready queue in order, and the timer heap sorted
//! by deadline (sleeps, timeouts, in-flight simulated requests).

use crate::components::VirtualList;
use crate::look::{task_class, thousands, time};
use crate::run::Shared;
use engine::view::{StepKind, StepView, TimerView};
use yew::prelude::*;

/// Ready-queue entries drawn; the rest are counted.
const READY_SHOWN: usize = 24;
const TIMER_ROW: u32 = 26;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub view: Option<Shared<StepView>>,
    /// The clock at the end of the run, once known.
    pub end_clock: Option<f64>,
}

/// What the loop is doing at this step, in a few words.
pub fn phase(view: &StepView) -> String {
    let running = |v: &StepView| match v.task {
        Some(id) => v
            .tasks
            .iter()
            .find(|t| t.id == id)
            .map_or(format!("Task #{id}"), |t| t.name.to_string()),
        None => "the program".into(),
    };
    match view.kind {
        StepKind::Start => "not started: the module code runs first".into(),
        StepKind::Line if view.iteration == 0 && view.task.is_none() => "no loop yet: module code runs".into(),
        StepKind::Line => format!("running a ready handle: {} has the loop", running(view)),
        StepKind::Poll => "between handles: the next ready handle runs".into(),
        StepKind::ClockJump => "waiting: nothing ready, the clock jumps to the earliest timer".into(),
        StepKind::Blocked => format!("blocked: {} holds the loop", running(view)),
        StepKind::End => "stopped: the run is over".into(),
    }
}

/// The order to show timers in: by deadline, equal deadlines in their
/// scheduling order (indices into `timers`; the engine's own order is
/// usually sorted already).
pub fn timer_order(timers: &[TimerView]) -> Vec<u32> {
    let mut order: Vec<u32> = (0..timers.len() as u32).collect();
    if !timers.windows(2).all(|w| w[0].when <= w[1].when) {
        engine::order::sort_by(&mut order, |&a, &b| timers[a as usize].when.total_cmp(&timers[b as usize].when));
    }
    order
}

#[function_component(LoopPanel)]
pub fn loop_panel(props: &Props) -> Html {
    let order = use_memo(props.view.clone(), |view| {
        view.as_ref().map(|v| timer_order(&v.timers)).unwrap_or_default()
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

    let ready = view.ready.iter().take(READY_SHOWN).enumerate().map(|(i, h)| {
        let class = classes!("chip", h.task.map(task_class), h.task.is_none().then_some("chip-plain"));
        html! {
            <li {class} data-testid="ready-item" data-task={h.task.map(|t| t.to_string())} title={format!("#{} in the ready queue: {}", i + 1, h.label)}>
                { &*h.label }
            </li>
        }
    });
    let more = view.ready.len().saturating_sub(READY_SHOWN);

    let timer_row = {
        let (view, order) = (view.clone(), order.clone());
        let now = view.clock;
        Callback::from(move |i: usize| {
            let Some(t) = order.get(i).and_then(|&k| view.timers.get(k as usize)) else {
                return Html::default();
            };
            html! {
                <div class={classes!("timer", t.task.map(task_class))} data-testid="timer-item">
                    <span class="when">{ time(t.when) }</span>
                    <span class="in">{ format!("+{:.3}", (t.when - now).max(0.0)) }</span>
                    <span class="what">{ &*t.label }</span>
                </div>
            }
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
            <p class="phase" data-testid="phase">{ phase(view) }</p>
            <div class="queue-row">
                <h3 class="sub">{ "ready queue" }<span class="n">{ view.ready.len() }</span></h3>
                <ol class="ready" data-testid="ready-queue" aria-label="Ready queue, first to run first">
                    if view.ready.is_empty() {
                        <li class="empty">{ "empty" }</li>
                    }
                    { for ready }
                    if more > 0 {
                        <li class="chip chip-more">{ format!("+{} more", thousands(more)) }</li>
                    }
                </ol>
            </div>
            <div class="queue-row timers-row">
                <h3 class="sub">{ "timers" }<span class="n">{ view.timers.len() }</span></h3>
                if view.timers.is_empty() {
                    <div class="timers empty" data-testid="timers">{ "none" }</div>
                } else {
                    <VirtualList class="timers" testid="timers" label="Timers by deadline"
                        count={view.timers.len()} row_height={TIMER_ROW} row={timer_row} />
                }
            </div>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timers_sort_by_deadline_keeping_ties_in_order() {
        let t = |when: f64, label: &str| TimerView {
            when,
            task: None,
            label: label.into(),
        };
        let timers = [t(2.0, "a"), t(1.0, "b"), t(2.0, "c"), t(0.5, "d")];
        let labels: Vec<&str> = timer_order(&timers).iter().map(|&i| &*timers[i as usize].label).collect();
        assert_eq!(labels, ["d", "b", "a", "c"]);
        assert_eq!(timer_order(&timers[1..3]), [0, 1]);
    }
}
