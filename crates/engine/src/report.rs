//! A whole run, reported the way the reference runner and `python3`
//! report it: stdout, the stamped `{t:.3f}\t{line}` transcript with its
//! terminal line, stderr, and the exit code. `loopscope run` prints this;
//! the tests compare it with CPython's.

use crate::error::CompileError;
use crate::outcome::{unsupported_text, Outcome, RunStatus, StopAt};
use crate::vm::output::OutLine;

/// Everything a finished run printed.
#[derive(Debug, Clone, PartialEq)]
pub struct RunReport {
    /// Plain stdout, as `python3 prog.py` prints it.
    pub stdout: String,
    /// The reference runner's transcript, terminal line included.
    pub stamped: String,
    pub stderr: String,
    /// UNCAUGHT 1, DEADLOCK 3, LIMIT 4, UNSUPPORTED 5, sys.exit(n) n.
    pub exit_code: i32,
    /// None when the program did not compile.
    pub outcome: Option<Outcome>,
}

/// Compile and run `source` to the end.
pub fn run_source(source: &str, filename: &str) -> RunReport {
    run_source_with_limits(source, filename, None)
}

/// `run_source`, handing each finished output line to `emit` as soon as it
/// exists, so that what was printed is written out even if the process
/// dies later. `emit` returns false to stop (a closed pipe): then `None`.
/// Otherwise the report of the rest: what `emit` was not given (lines after
/// the emitted ones, an unfinished last line, the terminal line), stderr
/// and the exit code.
pub fn run_source_streaming(source: &str, filename: &str, emit: &mut dyn FnMut(&OutLine) -> bool) -> Option<RunReport> {
    let mut engine = match crate::aio::load(source, filename) {
        Ok(e) => e,
        Err(e) => return Some(compile_error_report(&e, source, filename)),
    };
    let mut sent = 0;
    loop {
        let status = engine.run(StopAt::End, 1 << 16);
        for line in &engine.vm.out.lines[sent..] {
            if !emit(line) {
                return None;
            }
        }
        sent = engine.vm.out.lines.len();
        if status == RunStatus::Finished {
            return Some(report_from(&mut engine, sent));
        }
    }
}

/// Compile and run `source` to the end under `limits` (the defaults when
/// `None`), e.g. tight ones for fuzzing.
pub fn run_source_with_limits(source: &str, filename: &str, limits: Option<crate::vm::Limits>) -> RunReport {
    let mut engine = match crate::aio::load(source, filename) {
        Ok(e) => e,
        Err(e) => return compile_error_report(&e, source, filename),
    };
    if let Some(l) = limits {
        engine.vm.limits = l;
    }
    engine.run_to_end();
    report(&mut engine)
}

/// What a program that does not compile prints: CPython's SyntaxError
/// (traceback on stderr, the runner's UNCAUGHT line), or the refused
/// construct with its line.
pub fn compile_error_report(err: &CompileError, source: &str, filename: &str) -> RunReport {
    match err {
        CompileError::Syntax(errors) => {
            let e = &errors[0];
            RunReport {
                stdout: String::new(),
                stamped: format!("0.000\tUNCAUGHT {}: {}\n", e.kind.name(), e.msg),
                stderr: e.render(source, filename),
                exit_code: 1,
                outcome: None,
            }
        }
        CompileError::Unsupported(u) => {
            let line = crate::span::LineIndex::new(source).line(u.span.start);
            let msg = format!("{}\n", unsupported_text(&u.what, Some(line)));
            RunReport { stdout: msg.clone(), stamped: msg, stderr: String::new(), exit_code: 5, outcome: None }
        }
    }
}

/// The report of a finished engine. Tasks whose exception nobody
/// retrieved are logged on stderr as asyncio logs them.
pub fn report(engine: &mut crate::aio::Engine) -> RunReport {
    report_from(engine, 0)
}

/// `report`, leaving out the first `skip` output lines.
fn report_from(engine: &mut crate::aio::Engine, skip: usize) -> RunReport {
    let outcome = engine.outcome().cloned().unwrap_or(Outcome::Ok);
    let unretrieved = crate::aio::future_repr::unretrieved_report(&mut engine.vm);
    let vm = &engine.vm;
    let mut stamped = vm.out.stamped_from(skip);
    let mut stdout = vm.out.text_from(skip);
    let mut stderr = format!("{}{unretrieved}", vm.out.stderr);
    let t = vm.clock;
    match (&outcome, outcome.terminal_line()) {
        (_, None) => {}
        // A refused construct is named after what was printed, unstamped,
        // on stdout (the run stopped: no time means anything).
        (Outcome::Unsupported { .. }, Some(line)) => {
            stdout.push_str(&line);
            stdout.push('\n');
            stamped.push_str(&line);
            stamped.push('\n');
        }
        (_, Some(line)) => {
            for part in line.split('\n') {
                stamped.push_str(&format!("{t:.3}\t{part}\n"));
            }
            match &outcome {
                // The traceback on stderr already says it.
                Outcome::Uncaught { .. } => {}
                Outcome::Internal(msg) => stderr.push_str(&format!("loopscope: internal error: {msg}\n")),
                _ => {
                    stderr.push_str(&line);
                    stderr.push('\n');
                }
            }
        }
    }
    RunReport { stdout, stamped, stderr, exit_code: outcome.exit_code(), outcome: Some(outcome) }
}
