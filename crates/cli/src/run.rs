//! `loopscope run`: run a program and print what CPython would.

use crate::Command;
use engine::{CompileError, Outcome};
use std::io::Write;

pub fn execute(cmd: Command) -> i32 {
    match cmd {
        Command::Run { file, clock } => run(&file, clock),
        Command::Trace { file, json } => match read(&file) {
            Ok(src) => crate::trace::trace(&src, &display_name(&file), json),
            Err(code) => code,
        },
        Command::Explain { file } => match read(&file) {
            Ok(src) => crate::trace::explain(&src, &display_name(&file)),
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

fn display_name(file: &str) -> String {
    std::path::Path::new(file).file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_else(|| file.to_string())
}

fn run(file: &str, clock: bool) -> i32 {
    let source = match read(file) {
        Ok(s) => s,
        Err(code) => return code,
    };
    let mut engine = match engine::load(&source, &display_name(file)) {
        Ok(e) => e,
        Err(CompileError::Syntax(errors)) => {
            let e = &errors[0];
            eprint!("{}", e.render(&source, file));
            if clock {
                println!("0.000\tUNCAUGHT {}: {}", e.kind.name(), e.msg);
            }
            return 1;
        }
        Err(CompileError::Unsupported(u)) => {
            let line = engine::LineIndex::new(&source).line(u.span.start);
            println!("UNSUPPORTED {} (line {line})", u.what);
            return 5;
        }
    };
    let outcome = engine.run_to_end().clone();
    let unretrieved = engine::aio::repr::unretrieved_report(&mut engine.vm);
    let vm = &engine.vm;
    let mut out = std::io::stdout().lock();
    if clock {
        let _ = out.write_all(vm.out.stamped().as_bytes());
    } else {
        let _ = out.write_all(vm.out.text().as_bytes());
    }
    let _ = out.flush();
    eprint!("{}{unretrieved}", vm.out.stderr);
    let t = vm.clock;
    let (line, code) = match &outcome {
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
            println!("UNSUPPORTED {what}");
            return 5;
        }
        Outcome::Internal(msg) => {
            eprintln!("loopscope: internal error: {msg}");
            return 70;
        }
    };
    if let Some(l) = line {
        if clock {
            for part in l.split('\n') {
                println!("{t:.3}\t{part}");
            }
        } else if !matches!(outcome, Outcome::Uncaught { .. }) {
            eprintln!("{l}");
        }
    }
    code
}
