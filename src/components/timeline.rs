//! The timeline: one lane per task over virtual time (or over step
//! numbers): waiting spans, run instants, time in the ready queue, blocking
//! spans in a warning colour, and a cursor at the current step. Clicking a
//! point jumps to that step. Lanes are virtualised.

use crate::components::VirtualList;
use crate::look::{task_class, thousands, time};
use crate::run::{Run, Shared};
use crate::state::Axis;
use crate::drawn::{Drawn, LaneSet};
use engine::view::{Lane, SpanKind};
use wasm_bindgen::JsCast;
use web_sys::Element;
use yew::prelude::*;

const LANE: u32 = 24;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub run: Shared<Run>,
    pub lanes: Shared<LaneSet>,
    pub axis: Axis,
    /// Recorded steps, and whether recording is over.
    pub len: usize,
    pub over: bool,
    /// Where the learner is.
    pub step: usize,
    pub clock: f64,
    /// The clock at the last step.
    pub end_clock: f64,
    pub on_jump: Callback<usize>,
    pub on_axis: Callback<()>,
    /// Whose lanes these are (compare mode names the side).
    #[prop_or_default]
    pub title: Option<AttrValue>,
}

/// Tick positions for an axis from 0 to `end`: a round step giving about
/// `target` ticks.
pub fn ticks(end: f64, target: usize) -> Vec<f64> {
    if end <= 0.0 || !end.is_finite() {
        return vec![0.0];
    }
    let raw = end / target.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    let step = [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag);
    let n = (end / step + 1e-9).floor() as usize;
    (0..=n).map(|i| i as f64 * step).collect()
}

fn kind_name(k: SpanKind) -> &'static str {
    match k {
        SpanKind::Run => "run",
        SpanKind::Wait => "wait",
        SpanKind::Ready => "ready",
        SpanKind::Blocking => "blocking",
    }
}

/// `Task-2 cook('coffee', 3)`; asyncio's own tasks say so.
pub fn lane_label(lane: &Lane) -> String {
    let mut label = match lane.call.as_str() {
        "" => lane.name.clone(),
        call => format!("{} {call}", lane.name),
    };
    if lane.internal {
        label.push_str(" · asyncio");
    }
    label
}

#[derive(Properties, PartialEq)]
struct LanesProps {
    /// Drawn for both axes once recording is over (`Run::build_lanes`).
    lanes: Shared<LaneSet>,
    axis: Axis,
}

/// The lanes themselves: they change only with the run and the axis, not
/// with the step, so stepping does not redraw them.
#[function_component(Lanes)]
fn lanes(props: &LanesProps) -> Html {
    let axis = props.axis;
    let row = {
        let lanes = props.lanes.clone();
        Callback::from(move |i: usize| {
            let Some(lane) = lanes.get(i) else {
                return Html::default();
            };
            let spans = lanes.drawn(i, axis).iter().map(|d: &Drawn| {
                let jump = (d.kind != SpanKind::Wait).then(|| d.step0.to_string());
                let times = if d.count > 1 { format!(" ×{}", thousands(d.count)) } else { String::new() };
                let title = format!(
                    "{} {}{times}: t={} → {} (steps {}–{})",
                    lane.name,
                    kind_name(d.kind),
                    time(d.t0),
                    time(d.t1),
                    thousands(d.step0),
                    thousands(d.step1)
                );
                html! {
                    <i class={classes!("span", format!("sp-{}", kind_name(d.kind)))}
                        style={format!("left:{:.4}%;width:{:.4}%", d.left, d.width)}
                        data-step={jump} {title}></i>
                }
            });
            let label = lane_label(lane);
            let title = if lane.internal { format!("{label}: one of asyncio's own tasks (asyncio.run's shutdown), not the program's") } else { label.clone() };
            html! {
                <div class={classes!("lane", task_class(lane.task), lane.internal.then_some("internal"))} data-testid="lane" data-task={lane.task.to_string()}>
                    <span class="lane-name" {title}><span class="swatch"></span>{ label }</span>
                    <div class="track">{ for spans }</div>
                </div>
            }
        })
    };

    html! {
        <VirtualList class="lanes" label="One lane per task" count={props.lanes.len()} row_height={LANE} {row} />
    }
}

#[function_component(Timeline)]
pub fn timeline(props: &Props) -> Html {
    let panel = use_node_ref();
    let export_problem = use_state(|| None::<String>);
    // The clock never moved: only the step axis says anything.
    let timeless = props.end_clock <= 0.0;
    let axis = if timeless { Axis::Steps } else { props.axis };
    let last = props.len.saturating_sub(1);
    let end = match axis {
        Axis::Time => props.end_clock,
        Axis::Steps => last as f64,
    };

    let onclick = {
        let (run, on_jump) = (props.run.clone(), props.on_jump.clone());
        move |e: MouseEvent| {
            let Some(target) = e.target().and_then(|t| t.dyn_into::<Element>().ok()) else {
                return;
            };
            if let Some(step) = target.get_attribute("data-step").and_then(|s| s.parse().ok()) {
                return on_jump.emit(step);
            }
            let Some(track) = target.closest(".track").ok().flatten() else {
                return;
            };
            let rect = track.get_bounding_client_rect();
            if rect.width() <= 0.0 {
                return;
            }
            let x = ((e.client_x() as f64 - rect.left()) / rect.width()).clamp(0.0, 1.0);
            let step = match axis {
                Axis::Steps => Some((x * end).round() as usize),
                Axis::Time => (!run.is_empty()).then(|| run.first_at_time(x * end - 1e-9).min(run.len() - 1)),
            };
            if let Some(step) = step {
                on_jump.emit(step);
            }
        }
    };

    let now = match axis {
        Axis::Time => props.clock,
        Axis::Steps => props.step as f64,
    };
    let cursor = if end > 0.0 { (now / end * 100.0).clamp(0.0, 100.0) } else { 0.0 };
    let tick_marks = ticks(end, 6).into_iter().map(|t| {
        let left = if end > 0.0 { t / end * 100.0 } else { 0.0 };
        let label = match axis {
            Axis::Time => format!("{}s", trim(t)),
            Axis::Steps => thousands(t as usize),
        };
        html! { <span class="tick" style={format!("left:{left:.4}%")}>{ label }</span> }
    });

    let body = if props.lanes.is_empty() {
        let text = if props.over {
            "No task ran.".to_string()
        } else {
            format!("The timeline appears once the run is recorded ({} steps so far).", thousands(props.len))
        };
        html! { <p class="hint">{ text }</p> }
    } else {
        html! {
            <div class="timeline-body" {onclick}>
                <Lanes lanes={props.lanes.clone()} {axis} />
                <div class="cursor-layer" aria-hidden="true">
                    <div class="over-track">
                        <div class="cursor" data-testid="timeline-cursor" style={format!("left:{cursor:.4}%")}></div>
                    </div>
                </div>
                <div class="axis" aria-hidden="true"><div class="over-track">{ for tick_marks }</div></div>
            </div>
        }
    };
    let export_json = {
        let (run, problem) = (props.run.clone(), export_problem.clone());
        move |_: MouseEvent| problem.set(crate::export::export_json(&run).err())
    };
    let export_svg = {
        let (lanes, panel, problem) = (props.lanes.clone(), panel.clone(), export_problem.clone());
        let (end_clock, title) = (props.end_clock, props.title.clone());
        move |_: MouseEvent| {
            let Some(root) = panel.cast::<Element>() else {
                return;
            };
            let name = match &title {
                Some(t) => format!("Loopscope timeline · {t}"),
                None => "Loopscope timeline".to_string(),
            };
            problem.set(crate::export::export_svg(&root, &lanes, axis, end_clock, last, &name).err());
        }
    };
    let axis_label = match axis {
        Axis::Time => "virtual time",
        Axis::Steps => "step number",
    };
    html! {
        <section ref={panel} class="panel timeline-panel" data-testid="panel-timeline" aria-label="Timeline">
            <div class="panel-head">
                <h2 class="panel-title">{ "Timeline" }
                    if let Some(title) = &props.title { <span class="side-label">{ " · " }{ title.clone() }</span> }
                </h2>
                <button class="button small" data-testid="timeline-axis" disabled={timeless} hidden={props.title.is_some()}
                    title={if timeless { "The clock never moved: lanes are laid out by step" } else { "Switch the axis between virtual time and step number" }}
                    onclick={props.on_axis.reform(|_: MouseEvent| ())}>
                    { format!("x: {axis_label}") }
                </button>
                <span class="exports">
                    <button class="button small" data-testid="export-json" disabled={!props.over}
                        title="Save every recorded step as JSON (the same as `loopscope trace --json`)" onclick={export_json}>{ "⤓ JSON" }</button>
                    <button class="button small" data-testid="export-svg" disabled={!props.over || props.lanes.is_empty()}
                        title="Save this timeline as an SVG picture" onclick={export_svg}>{ "⤓ SVG" }</button>
                </span>
                if let Some(problem) = &*export_problem {
                    <span class="hint" role="alert">{ problem.clone() }</span>
                }
                <span class="legend" aria-hidden="true">
                    <span><i class="key sp-run"></i>{ "runs" }</span>
                    <span><i class="key sp-wait"></i>{ "waits" }</span>
                    <span><i class="key sp-ready"></i>{ "ready" }</span>
                    <span><i class="key sp-blocking"></i>{ "blocks the loop" }</span>
                </span>
            </div>
            <div class="timeline" data-testid="timeline" data-axis={if axis == Axis::Time { "time" } else { "steps" }}>
                { body }
            </div>
        </section>
    }
}

/// 1.5 → "1.5", 2.0 → "2", 0.30000000000000004 → "0.3".
pub fn trim(t: f64) -> String {
    let s = format!("{t:.3}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s.is_empty() { "0".into() } else { s.to_string() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lanes_name_the_call_and_mark_asyncios_own_tasks() {
        use engine::Recording;
        let h = Recording::new(crate::examples::EXAMPLES[11].source, "main.py").unwrap().run_to_end(&Default::default());
        let labels: Vec<String> = h.lanes().iter().map(lane_label).collect();
        assert_eq!(labels[0], "Task-1 main()");
        assert!(labels.contains(&"Task-2 cook('coffee', 3)".to_string()), "{labels:?}");
        assert!(labels.iter().any(|l| l.ends_with(" · asyncio")), "asyncio.run's shutdown task is marked: {labels:?}");
        assert!(!labels[..4].iter().any(|l| l.ends_with(" · asyncio")));
    }

    #[test]
    fn ticks_are_round_numbers() {
        assert_eq!(ticks(9.0, 6), vec![0.0, 2.0, 4.0, 6.0, 8.0]);
        assert_eq!(ticks(1.0, 6), vec![0.0, 0.2, 0.4, 0.6000000000000001, 0.8, 1.0]);
        assert_eq!(ticks(0.0, 6), vec![0.0]);
        assert_eq!(ticks(100.0, 6).len(), 6);
    }

    #[test]
    fn times_are_trimmed() {
        assert_eq!(trim(1.5), "1.5");
        assert_eq!(trim(2.0), "2");
        assert_eq!(trim(0.0), "0");
    }
}
