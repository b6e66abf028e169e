//! `loopscope trace` and `loopscope explain`: the recorded steps of a run.

use engine::record::{RecordOptions, Recording};
use engine::view::{StepKind, StepView};
use engine::CompileError;

fn kind_name(k: StepKind) -> &'static str {
    match k {
        StepKind::Start => "start",
        StepKind::Line => "line",
        StepKind::Poll => "poll",
        StepKind::ClockJump => "clock",
        StepKind::Blocked => "blocked",
        StepKind::End => "end",
    }
}

fn task_name(v: &StepView) -> String {
    match v.task {
        Some(id) => v.tasks.iter().find(|t| t.id == id).map(|t| t.name.to_string()).unwrap_or_default(),
        None => "-".to_string(),
    }
}

/// Record a program; on a compile error, print it as the reference does.
pub fn record(source: &str, file: &str) -> Result<engine::record::History, i32> {
    match Recording::new(source, file) {
        Ok(r) => Ok(r.run_to_end(&RecordOptions::default())),
        Err(CompileError::Syntax(errors)) => {
            eprint!("{}", errors[0].render(source, file));
            Err(1)
        }
        Err(CompileError::Unsupported(u)) => {
            let line = engine::LineIndex::new(source).line(u.span.start);
            println!("UNSUPPORTED {} (line {line})", u.what);
            Err(5)
        }
    }
}

pub fn trace(source: &str, file: &str, json: bool) -> i32 {
    let h = match record(source, file) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let mut out = String::new();
    if json {
        let header = serde_json::json!({"schema": "loopscope-trace", "version": 1, "file": file, "steps": h.len()});
        out.push_str(&header.to_string());
        out.push('\n');
    }
    for k in 0..h.len() {
        let v = h.view(k);
        if json {
            out.push_str(&serde_json::to_string(&v).unwrap_or_default());
        } else {
            let line = v.line.map(|l| l.to_string()).unwrap_or_else(|| "-".into());
            out.push_str(&format!("{}\t{}\t{:.3}\t{}\t{}\t{}", k, kind_name(v.kind), v.clock, task_name(&v), line, v.narration));
        }
        out.push('\n');
    }
    if json {
        out.push_str(&footer(&h).to_string());
        out.push('\n');
    }
    print!("{out}");
    if !json {
        eprint!("{}", h.stderr);
    }
    exit_code(&h)
}

/// The program's exit code: the same as `loopscope run` gives.
fn exit_code(h: &engine::record::History) -> i32 {
    h.outcome.as_ref().map(|o| o.exit_code()).unwrap_or(0)
}

/// The last JSON line: how the run ended, its output and warnings.
fn footer(h: &engine::record::History) -> serde_json::Value {
    use engine::Outcome;
    let (kind, message) = match &h.outcome {
        Some(o @ Outcome::Uncaught { type_name, message, .. }) => {
            (o.kind(), if message.is_empty() { type_name.clone() } else { format!("{type_name}: {message}") })
        }
        Some(o @ Outcome::Deadlock { waiting }) => (o.kind(), waiting.join("; ")),
        Some(o @ (Outcome::Limit(m) | Outcome::Unsupported(m) | Outcome::Internal(m))) => (o.kind(), m.clone()),
        Some(o @ Outcome::Exit(c)) => (o.kind(), c.to_string()),
        Some(o @ Outcome::Ok) => (o.kind(), String::new()),
        None => ("ok", String::new()),
    };
    serde_json::json!({
        "outcome": kind,
        "message": message,
        "exit_code": exit_code(h),
        "output": h.output,
        "stderr": h.stderr,
        "warnings": h.warnings,
    })
}

pub fn explain(source: &str, file: &str) -> i32 {
    let h = match record(source, file) {
        Ok(h) => h,
        Err(code) => return code,
    };
    let mut out = String::new();
    let mut printed = 0;
    for k in 0..h.len() {
        let v = h.view(k);
        // Poll-level story: polls, clock jumps, blocks and the ends.
        if matches!(v.kind, StepKind::Line) {
            continue;
        }
        // What the poll printed, then what it did.
        while printed < v.output_lines && printed < h.output.len() {
            out.push_str(&format!("          | {}\n", h.output[printed].text));
            printed += 1;
        }
        out.push_str(&format!("[t={:.3}] {}\n", v.clock, v.narration));
    }
    print!("{out}");
    eprint!("{}", h.stderr);
    exit_code(&h)
}
