//! `loopscope trace` and `loopscope explain`: the recorded steps of a run.

use engine::{trace_json, History, RecordOptions, Recording};
use engine::view::StepKind;
use crate::commands::{err, out, BROKEN_PIPE};

/// The cap on `trace --json`'s output (a 1,000-task gather writes about
/// 1 GB: every task at every step); past it the trace stops with a message.
const MAX_JSON: usize = 512 << 20;
/// Its exit code: the run limits' (LIMIT).
const TOO_BIG: i32 = 4;

/// Record a program; on a compile error, print it as `run` does.
fn record(source: &str, file: &str) -> Result<History, i32> {
    match Recording::new(source, file) {
        Ok(r) => Ok(r.run_to_end(&RecordOptions::default())),
        Err(e) => Err(crate::commands::print_compile_error(&e, source, file, false)),
    }
}

/// The program's exit code: the same as `loopscope run` gives.
fn exit_code(h: &History) -> i32 {
    h.outcome.as_ref().map(|o| o.exit_code()).unwrap_or(0)
}

pub fn trace(source: &str, file: &str, json: bool) -> i32 {
    let h = match record(source, file) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let mut open = true;
    if json {
        let mut size = 0usize;
        let mut step = 0usize;
        let whole = trace_json(&h, file, |line| {
            size += line.len() + 1;
            step += 1;
            open = out(format!("{line}\n").as_bytes());
            open && size <= MAX_JSON
        });
        if !whole && open {
            err(&format!(
                "loopscope: trace --json stopped after {} of {} steps: the trace is over {} MB (each line lists every task at its step). `loopscope trace` writes one line a step.\n",
                step.saturating_sub(1),
                h.len(),
                MAX_JSON >> 20
            ));
            return TOO_BIG;
        }
    } else {
        // One pass over the steps: O(steps + what is printed).
        for b in h.briefs() {
            let task = b.task_name.as_deref().unwrap_or("-");
            let line = b.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
            if !out(format!("{}\t{}\t{:.3}\t{task}\t{line}\t{}\n", b.index, b.kind.name(), b.clock, b.narration).as_bytes()) {
                return BROKEN_PIPE;
            }
        }
    }
    if !open {
        return BROKEN_PIPE;
    }
    if !json {
        err(&h.stderr);
    }
    exit_code(&h)
}

pub fn explain(source: &str, file: &str) -> i32 {
    let h = match record(source, file) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let mut printed = 0;
    for s in h.briefs() {
        // Poll-level story: polls, clock jumps, blocks and the ends.
        if s.kind == StepKind::Line {
            continue;
        }
        // What the poll printed, then what it did.
        let mut text = String::new();
        while printed < s.output_lines && printed < h.output.len() {
            text += &format!("          | {}\n", h.output[printed].text);
            printed += 1;
        }
        text += &format!("[t={:.3}] {}\n", s.clock, s.narration);
        if !out(text.as_bytes()) {
            return BROKEN_PIPE;
        }
    }
    err(&h.stderr);
    exit_code(&h)
}
