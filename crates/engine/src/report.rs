//! A whole run, reported the way the reference runner and `python3`
//! report it: stdout, the stamped `{t:.3f}\t{line}` transcript with its
//! terminal line, stderr, and the exit code.

use crate::outcome::Outcome;
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
    let mut engine = match crate::aio::load(source, filename) {
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
pub fn report(engine: &crate::aio::Engine, outcome: Outcome) -> RunReport {
    let vm = &engine.vm;
    let mut stamped = vm.out.stamped();
    let mut stdout = vm.out.text();
    let mut stderr = vm.out.stderr.clone();
    let t = vm.clock;
    let code = outcome.exit_code();
    let terminal = match &outcome {
        Outcome::Ok | Outcome::Exit(_) => None,
        Outcome::Uncaught { type_name, message, .. } => {
            if message.is_empty() {
                Some(format!("UNCAUGHT {type_name}"))
            } else {
                Some(format!("UNCAUGHT {type_name}: {message}"))
            }
        }
        Outcome::Deadlock { .. } => Some("DEADLOCK".to_string()),
        Outcome::Limit(reason) => Some(format!("LIMIT {reason}")),
        Outcome::Unsupported(what) => {
            let msg = format!("UNSUPPORTED {what}\n");
            stdout.push_str(&msg);
            return RunReport { stdout, stamped: msg, stderr, exit_code: code, outcome: Some(outcome) };
        }
        Outcome::Internal(msg) => {
            stderr.push_str(&format!("loopscope: internal error: {msg}\n"));
            Some(format!("INTERNAL {msg}"))
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
