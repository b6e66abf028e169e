//! The commands: `run` prints what CPython would; `trace` and `explain`
//! print the recorded steps (see `trace.rs`). File names are used exactly
//! as given, as `python3 FILE` uses them in tracebacks and reprs.

use crate::Command;
use engine::{compile_error_report, run_source};
use std::io::Write;

pub fn execute(cmd: Command) -> i32 {
    match cmd {
        Command::Run { file, clock } => match read(&file) {
            Ok(src) => run(&src, &file, clock),
            Err(code) => code,
        },
        Command::Trace { file, json } => match read(&file) {
            Ok(src) => crate::trace::trace(&src, &file, json),
            Err(code) => code,
        },
        Command::Explain { file } => match read(&file) {
            Ok(src) => crate::trace::explain(&src, &file),
            Err(code) => code,
        },
    }
}

fn read(file: &str) -> Result<String, i32> {
    std::fs::read_to_string(file).map_err(|e| {
        eprintln!("loopscope: cannot read {file}: {e}");
        2
    })
}

/// Prints a compile error as `loopscope run` does; returns its exit code.
pub fn print_compile_error(err: &engine::CompileError, source: &str, file: &str, clock: bool) -> i32 {
    let r = compile_error_report(err, source, file);
    print(if clock { &r.stamped } else { &r.stdout }, &r.stderr);
    r.exit_code
}

fn print(stdout: &str, stderr: &str) {
    let mut out = std::io::stdout().lock();
    let _ = out.write_all(stdout.as_bytes());
    let _ = out.flush();
    eprint!("{stderr}");
}

fn run(source: &str, file: &str, clock: bool) -> i32 {
    let r = run_source(source, file);
    print(if clock { &r.stamped } else { &r.stdout }, &r.stderr);
    r.exit_code
}
