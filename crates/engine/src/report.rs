//! A whole run, reported the way the reference runner and `python3`
//! report it: stdout, the stamped `{t:.3f}\t{line}` transcript with its
//! terminal line, stderr, and the exit code.

use crate::engine::Outcome;
use crate::error::CompileError;

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
    pub outcome: Option<Outcome>,
}

/// Compile and run `source` to the end.
pub fn run_source(source: &str, filename: &str) -> RunReport {
    run_source_with_limits(source, filename, None)
}

/// Compile and run `source` to the end under `limits` (the defaults when
/// `None`), e.g. tight ones for fuzzing.
pub fn run_source_with_limits(source: &str, filename: &str, limits: Option<crate::vm::Limits>) -> RunReport {
    let mut engine = match crate::engine::load(source, filename) {
        Ok(e) => e,
        Err(CompileError::Syntax(errors)) => {
            let e = &errors[0];
            return RunReport {
                stdout: String::new(),
                stamped: format!("0.000\tUNCAUGHT {}: {}\n", e.kind.name(), e.msg),
                stderr: e.render(source, filename),
                exit_code: 1,
                outcome: None,
            };
        }
        Err(CompileError::Unsupported(u)) => {
            let line = crate::span::LineIndex::new(source).line(u.span.start);
            let msg = format!("UNSUPPORTED {} (line {line})\n", u.what);
            return RunReport { stdout: msg.clone(), stamped: msg, stderr: String::new(), exit_code: 5, outcome: None };
        }
    };
    if let Some(l) = limits {
        engine.vm.limits = l;
    }
    let outcome = engine.run_to_end().clone();
    report(&engine, outcome)
}

/// The report of a finished engine.
pub fn report(engine: &crate::engine::Engine, outcome: Outcome) -> RunReport {
    let vm = &engine.vm;
    let mut stamped = vm.out.stamped();
    let mut stdout = vm.out.text();
    let mut stderr = vm.out.stderr.clone();
    let t = vm.clock;
    let (terminal, code) = match &outcome {
        Outcome::Ok => (None, 0),
        Outcome::Exit(c) => (None, *c),
        Outcome::Uncaught { type_name, message, .. } => {
            if message.is_empty() {
                (Some(format!("UNCAUGHT {type_name}")), 1)
            } else {
                (Some(format!("UNCAUGHT {type_name}: {message}")), 1)
            }
        }
        Outcome::Deadlock { .. } => (Some("DEADLOCK".to_string()), 3),
        Outcome::Limit(reason) => (Some(format!("LIMIT {reason}")), 4),
        Outcome::Unsupported(what) => {
            let msg = format!("UNSUPPORTED {what}\n");
            stdout.push_str(&msg);
            return RunReport { stdout, stamped: msg, stderr, exit_code: 5, outcome: Some(outcome) };
        }
        Outcome::Internal(msg) => {
            stderr.push_str(&format!("loopscope: internal error: {msg}\n"));
            (Some(format!("INTERNAL {msg}")), 70)
        }
    };
    if let Some(line) = terminal {
        for part in line.split('\n') {
            stamped.push_str(&format!("{t:.3}\t{part}\n"));
        }
        if !matches!(outcome, Outcome::Uncaught { .. }) {
            stderr.push_str(&line);
            stderr.push('\n');
        }
    }
    RunReport { stdout, stamped, stderr, exit_code: code, outcome: Some(outcome) }
}
