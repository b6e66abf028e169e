//! The narration bar: the current step's sentence (or why the program did
//! not start), how the run ended, and the warnings a learner needs (never
//! awaited, blocked loop, unretrieved exception, deadlock).

use crate::look::{thousands, time};
use crate::run::{Cap, Run, Shared};
use engine::view::{Step, StepKind, Warning};
use engine::{CompileError, Outcome};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub run: Shared<Run>,
    pub view: Option<Shared<Step>>,
    /// Recording is over (warnings and outcome are known).
    pub over: bool,
    pub on_jump: Callback<usize>,
}

/// A warning in one sentence.
pub fn warning_text(w: &Warning) -> String {
    match w {
        Warning::NeverAwaited { coro, line } => match line {
            Some(l) => format!("coroutine '{coro}' was never awaited (created on line {l}): its code never ran."),
            None => format!("coroutine '{coro}' was never awaited: calling it only made a coroutine object, its code never ran."),
        },
        Warning::BlockedLoop { what, seconds, .. } => format!(
            "The loop was blocked for {seconds:.3} s by {what}: no other task could run meanwhile."
        ),
        Warning::UnretrievedException { task, exception } => {
            format!("Task exception was never retrieved: {task} raised {exception} and nobody awaited it.")
        }
        Warning::Deadlock { waiting } => format!(
            "Deadlock: nothing is ready and no timer is set, yet {} still wait{}.",
            waiting.join("; "),
            if waiting.len() == 1 { "s" } else { "" }
        ),
    }
}

/// How the run ended, in a few words, and whether that is bad news.
pub fn outcome_text(o: &Outcome, clock: f64) -> (String, bool) {
    match o {
        Outcome::Ok => (format!("finished at t={}", time(clock)), false),
        Outcome::Exit(c) => (format!("sys.exit({c}) at t={}", time(clock)), *c != 0),
        Outcome::Uncaught { type_name, .. } => (format!("uncaught {type_name} at t={}", time(clock)), true),
        Outcome::Deadlock { .. } => (format!("deadlock at t={}", time(clock)), true),
        Outcome::Limit(reason) => (format!("stopped: {reason}"), true),
        Outcome::Unsupported { what, .. } => (format!("unsupported: {what}"), true),
        Outcome::Internal(msg) => (format!("internal error: {msg}"), true),
    }
}

fn compile_message(e: &CompileError) -> String {
    match e {
        CompileError::Syntax(errors) => match errors.first() {
            Some(e) => format!("{}: {} — the program does not run until it is fixed.", e.kind.name(), e.msg),
            None => "SyntaxError".into(),
        },
        CompileError::Unsupported(u) => format!("{}.", u.message()),
    }
}

#[function_component(Narration)]
pub fn narration(props: &Props) -> Html {
    let run = &props.run;
    let (warnings, outcome) = if props.over {
        run.history(|h| (h.warnings.clone(), h.outcome.clone()))
            .unwrap_or_default()
    } else {
        (Vec::new(), None)
    };
    let (sentence, kind, bad) = match (&props.view, run.compile_error()) {
        (_, Some(e)) => (compile_message(e), "error", true),
        (Some(v), None) => {
            let bad = v.kind == StepKind::End
                && outcome.as_ref().is_some_and(|o| outcome_text(o, v.clock).1);
            (v.narration.clone(), v.kind.name(), bad || v.kind == StepKind::Blocked)
        }
        (None, None) => ("Loading…".into(), "start", false),
    };
    let at_end = props.view.as_ref().is_some_and(|v| v.kind == StepKind::End);
    let step = props.view.as_ref().map_or(0, |v| v.index);
    let clock = props.view.as_ref().map_or(0.0, |v| v.clock);

    let ended = outcome.as_ref().map(|o| {
        let (text, bad) = outcome_text(o, clock);
        html! { <span class={classes!("outcome", bad.then_some("bad"))} data-testid="outcome">{ text }</span> }
    });
    let capped = run.capped().map(|cap| {
        let why = match cap {
            Cap::Memory => "the recorded steps reached the page's memory cap",
            Cap::Time => "recording took more than a minute (this program's steps are costly to record)",
        };
        html! {
            <p class="warning" data-testid="capped">
                <span class="warn-icon" aria-hidden="true">{ "⚠" }</span>
                { format!("Recording stopped after {} steps: {why}. The steps so far can be browsed.", thousands(run.len())) }
            </p>
        }
    });
    let items = warnings.iter().map(|w| {
        let here = matches!(w, Warning::BlockedLoop { step: s, .. } if *s == step)
            || (at_end && matches!(w, Warning::Deadlock { .. }));
        let jump = match w {
            Warning::BlockedLoop { step: s, .. } => {
                let s = *s;
                Some(html! {
                    <button class="link" onclick={props.on_jump.reform(move |_: MouseEvent| s)}
                        title="Go to the step where the loop was blocked">{ format!("step {}", thousands(s)) }</button>
                })
            }
            _ => None,
        };
        let kind = match w {
            Warning::NeverAwaited { .. } => "never-awaited",
            Warning::BlockedLoop { .. } => "blocked-loop",
            Warning::UnretrievedException { .. } => "unretrieved",
            Warning::Deadlock { .. } => "deadlock",
        };
        html! {
            <li class={classes!("warning", here.then_some("here"))} data-testid="warning" data-kind={kind}>
                <span class="warn-icon" aria-hidden="true">{ "⚠" }</span>
                <span>{ warning_text(w) }</span>
                { for jump }
            </li>
        }
    });
    html! {
        <div class="narration-box">
            <p class={classes!("narration", bad.then_some("bad"))} data-testid="narration" aria-live="polite">
                <span class={classes!("kind", format!("k-{kind}"))}>{ kind }</span>
                <span class="sentence">{ sentence }</span>
                if at_end { { for ended } }
            </p>
            { for capped }
            if !warnings.is_empty() {
                <ul class="warnings" data-testid="warnings" aria-label="Warnings">{ for items }</ul>
            }
        </div>
    }
}
