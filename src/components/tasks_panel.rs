//! Every task at one step: its colour, name, coroutine, state (with what it
//! waits on, its result or exception) and its coroutine stack with lines
//! and locals; suspended frames are greyed. Past `FULL_LIMIT` tasks the
//! list is virtualised with one compact row per task.

use crate::components::VirtualList;
use crate::look::{state_badge, state_class, state_text, task_class, thousands};
use crate::run::{Run, Shared};
use engine::view::{FrameView, Step, TaskState, TaskView};
use yew::prelude::*;

/// Up to this many tasks, each is shown whole with its stack.
pub const FULL_LIMIT: usize = 60;
const ROW: u32 = 30;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub run: Shared<Run>,
    pub view: Option<Shared<Step>>,
}

fn frame(f: &FrameView, active: bool) -> Html {
    html! {
        <li class={classes!("frame", (!active).then_some("suspended"))}
            title={if active { "running" } else { "suspended" }}>
            <span class="fn">{ &*f.function }</span>
            <span class="line">{ format!("line {}", f.line) }</span>
            if !f.locals.is_empty() {
                <span class="locals">
                    { for f.locals.iter().map(|(name, value)| html! {
                        <span class="local"><span class="name">{ &**name }</span>{ "=" }<span class="value">{ &**value }</span></span>
                    }) }
                </span>
            }
        </li>
    }
}

fn badge(state: TaskState) -> Html {
    let (icon, word) = state_badge(state);
    html! {
        <span class={classes!("badge", state_class(state))}>
            <span aria-hidden="true">{ icon }</span>{ " " }{ word }
        </span>
    }
}

/// One task, whole.
fn full_row(t: &TaskView) -> Html {
    let running = t.state == TaskState::Running;
    let last = t.stack.len().saturating_sub(1);
    html! {
        <li class={classes!("task", task_class(t.id), state_class(t.state))}
            data-testid="task-row" data-task={t.id.to_string()} data-state={state_badge(t.state).1}>
            <div class="task-head">
                <span class="swatch" aria-hidden="true"></span>
                <span class="task-name">{ &*t.name }</span>
                <span class="coro">{ format!("{}()", t.coro) }</span>
                { badge(t.state) }
            </div>
            <div class="task-state">{ state_text(t) }</div>
            if !t.stack.is_empty() {
                <ol class="stack" aria-label="Coroutine stack, outermost first">
                    { for t.stack.iter().enumerate().map(|(i, f)| frame(f, running && i == last)) }
                </ol>
            }
        </li>
    }
}

/// One task on one line.
fn compact_row(t: &TaskView) -> Html {
    let at = t
        .stack
        .last()
        .map(|f| format!("{}:{}", f.function, f.line))
        .unwrap_or_default();
    html! {
        <div class={classes!("task", "compact", task_class(t.id), state_class(t.state))}
            data-testid="task-row" data-task={t.id.to_string()} data-state={state_badge(t.state).1}
            title={state_text(t)}>
            <span class="swatch" aria-hidden="true"></span>
            <span class="task-name">{ &*t.name }</span>
            <span class="coro">{ format!("{}()", t.coro) }</span>
            { badge(t.state) }
            <span class="task-state">{ state_text(t) }</span>
            <span class="at">{ at }</span>
        </div>
    }
}

#[derive(Properties, PartialEq)]
struct RowProps {
    task: TaskView,
}

/// One line of the long list, its own component: a step that leaves a
/// task as it was does not re-render its row.
#[function_component(CompactRow)]
fn compact(props: &RowProps) -> Html {
    compact_row(&props.task)
}

/// Counts of tasks per state, for the panel's summary.
fn summary(step: &Step) -> String {
    let mut parts = Vec::new();
    for state in [
        TaskState::Running,
        TaskState::Ready,
        TaskState::Scheduled,
        TaskState::Waiting,
        TaskState::Done,
        TaskState::Failed,
        TaskState::Cancelled,
    ] {
        let n = step.tasks_in(state);
        if n > 0 {
            parts.push(format!("{} {}", thousands(n), state_badge(state).1));
        }
    }
    parts.join(" · ")
}

#[function_component(TasksPanel)]
pub fn tasks_panel(props: &Props) -> Html {
    let count = props.view.as_ref().map_or(0, |v| v.tasks_len());
    // A few tasks are drawn whole: read them all (once per step).
    let few = use_memo((props.run.clone(), props.view.clone()), |(run, view)| match view {
        Some(v) if v.tasks_len() <= FULL_LIMIT => run.history(|h| h.task_rows(v, 0..FULL_LIMIT)).unwrap_or_default(),
        _ => Vec::new(),
    });
    let list = if count == 0 {
        html! { <p class="hint" data-testid="tasks">{ "No task yet: asyncio.run() makes the first one, Task-1." }</p> }
    } else if count <= FULL_LIMIT {
        html! { <ol class="tasks" data-testid="tasks" tabindex="0" aria-label="Tasks">{ for few.iter().map(full_row) }</ol> }
    } else {
        // Many tasks: the running one whole on top, then one line each,
        // made as they scroll into view.
        let (run, view) = (props.run.clone(), props.view.clone());
        let running = props.view.as_ref().and_then(|v| v.running.as_ref());
        let row = Callback::from(move |i: usize| {
            view.as_ref()
                .and_then(|v| run.history(|h| h.task_rows(v, i..i + 1).pop()).flatten())
                .map(|task| html! { <CompactRow {task} /> })
                .unwrap_or_default()
        });
        html! {
            <>
                if let Some(t) = running {
                    <ol class="tasks pinned" aria-label="Running now">{ full_row(t) }</ol>
                }
                <VirtualList class="tasks tasks-compact" testid="tasks" label="Tasks"
                    count={count} row_height={ROW} {row} />
            </>
        }
    };
    let summary = props.view.as_ref().map(|v| summary(v)).unwrap_or_default();
    html! {
        <section class="panel tasks-panel" data-testid="panel-tasks" aria-label="Tasks">
            <div class="panel-head">
                <h2 class="panel-title">{ "Tasks" }<span class="n">{ thousands(count) }</span></h2>
                <span class="summary">{ summary }</span>
            </div>
            { list }
        </section>
    }
}
