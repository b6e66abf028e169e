//! The commands: `run` prints what CPython would; `trace` and `explain`
//! print the recorded steps (see `trace.rs`). File names are used exactly
//! as given, as `python3 FILE` uses them in tracebacks and reprs.

use crate::Command;
use engine::{compile_error_report, run_source_streaming};
use std::io::Write;

/// The exit code after a closed stdout (a shell's for SIGPIPE, 128 + 13):
/// `loopscope run x.py | head -1` ends quietly.
pub const BROKEN_PIPE: i32 = 141;

/// Writes to stdout; false when the reader is gone (the run stops).
pub fn out(bytes: &[u8]) -> bool {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes).and_then(|_| out.flush()).is_ok()
}

/// Writes to stderr; a closed stderr is ignored.
pub fn err(text: &str) {
    let _ = std::io::stderr().lock().write_all(text.as_bytes());
}

pub fn execute(cmd: Command) -> i32 {
    let (file, clock) = match &cmd {
        Command::Run { file, clock } => (file, *clock),
        Command::Trace { file, .. } | Command::Explain { file } => (file, false),
    };
    let src = match read(file, clock) {
        Ok(src) => src,
        Err(code) => return code,
    };
    match cmd {
        Command::Run { file, clock } => run(&src, &file, clock),
        Command::Trace { file, json } => crate::trace::trace(&src, &file, json),
        Command::Explain { file } => crate::trace::explain(&src, &file),
    }
}

/// The program's text; bytes that are not UTF-8 where CPython decodes
/// them are its SyntaxError (printed, exit 1).
fn read(file: &str, clock: bool) -> Result<String, i32> {
    let bytes = std::fs::read(file).map_err(|e| {
        err(&format!("loopscope: cannot read {file}: {e}\n"));
        2
    })?;
    match engine::decode_source(&bytes) {
        (src, None) => Ok(src),
        (src, Some(e)) => Err(print_compile_error(&e, &src, file, clock)),
    }
}

/// Prints a compile error as `loopscope run` does; returns its exit code.
pub fn print_compile_error(err: &engine::CompileError, source: &str, file: &str, clock: bool) -> i32 {
    let r = compile_error_report(err, source, file);
    print(if clock { &r.stamped } else { &r.stdout }, &r.stderr);
    r.exit_code
}

fn print(stdout: &str, stderr: &str) {
    out(stdout.as_bytes());
    err(stderr);
}

/// Each line is written as soon as the program has printed it, so a crash
/// or a kill later loses nothing already printed.
fn run(source: &str, file: &str, clock: bool) -> i32 {
    let mut emit = |line: &engine::OutLine| {
        if clock {
            out(line.stamped().as_bytes())
        } else {
            out(format!("{}\n", line.text).as_bytes())
        }
    };
    match run_source_streaming(source, file, &mut emit) {
        Some(rest) => {
            if !out(if clock { &rest.stamped } else { &rest.stdout }.as_bytes()) {
                return BROKEN_PIPE;
            }
            err(&rest.stderr);
            rest.exit_code
        }
        None => BROKEN_PIPE,
    }
}
