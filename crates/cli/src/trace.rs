//! `loopscope trace` and `loopscope explain`: the recorded steps of a run.

use engine::{trace_json, History, RecordOptions, Recording};
use engine::view::StepKind;
use crate::commands::{err, out, BROKEN_PIPE};

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
        trace_json(&h, file, |line| {
            open = open && out(format!("{line}\n").as_bytes());
        });
    } else {
        for k in 0..h.len() {
            let s = h.step(k);
            let task = s.task.and_then(|id| h.task(&s, id)).map(|t| t.name.to_string()).unwrap_or_else(|| "-".into());
            let line = s.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
            if !out(format!("{k}\t{}\t{:.3}\t{task}\t{line}\t{}\n", s.kind.name(), s.clock, s.narration).as_bytes()) {
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
    for k in 0..h.len() {
        // Poll-level story: polls, clock jumps, blocks and the ends.
        if h.kind(k) == StepKind::Line {
            continue;
        }
        let s = h.step(k);
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
