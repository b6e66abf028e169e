//! `loopscope`: run asyncio programs on Loopscope's engine from a terminal.
//!
//! ```text
//! loopscope run FILE.py            the program's stdout, as CPython prints it
//! loopscope run --clock FILE.py    each line as "{t:.3f}\t{line}" (virtual time)
//! loopscope trace FILE.py [--json] every step: granularity, task, line, narration
//! loopscope explain FILE.py        the narration of the whole run
//! ```
//! Exit codes follow the reference runner: UNCAUGHT 1, DEADLOCK 3, LIMIT 4;
//! UNSUPPORTED 5; usage errors 2.

mod commands;
mod trace;

use std::process::ExitCode;

const USAGE: &str = "usage: loopscope run [--clock] FILE.py
       loopscope trace [--json] FILE.py
       loopscope explain FILE.py";

const HELP: &str = "Runs an asyncio program on Loopscope's engine (a virtual clock: sleeps take no real time).
  run        print the program's output, as python3 would
  run --clock  each line as \"{t:.3f}<TAB>{line}\" at its virtual time
  trace      every recorded step: index, kind, clock, task, line, narration
  trace --json  the same as JSON lines (docs/trace-schema.md)
  explain    the run told as a story, one sentence per poll, with its output
Exit codes: 0 ok, 1 uncaught exception or syntax error, 2 usage, 3 deadlock,
4 run limit, 5 unsupported construct; sys.exit(n) gives n.";

/// What the command line asked for.
#[derive(Debug, PartialEq)]
pub enum Command {
    Run { file: String, clock: bool },
    Trace { file: String, json: bool },
    Explain { file: String },
}

fn parse_args() -> Result<Command, String> {
    use lexopt::prelude::*;
    let mut parser = lexopt::Parser::from_env();
    let sub = match parser.next().map_err(|e| e.to_string())? {
        Some(Value(v)) => v.string().map_err(|e| e.to_string())?,
        Some(Long("help")) | Some(Short('h')) => return Err(String::new()),
        Some(other) => return Err(format!("unexpected {}", other.unexpected())),
        None => return Err("missing command".into()),
    };
    let mut file = None;
    let mut clock = false;
    let mut json = false;
    while let Some(arg) = parser.next().map_err(|e| e.to_string())? {
        match arg {
            Long("clock") if sub == "run" => clock = true,
            Long("json") if sub == "trace" => json = true,
            Value(v) if file.is_none() => file = Some(v.string().map_err(|e| e.to_string())?),
            other => return Err(other.unexpected().to_string()),
        }
    }
    let file = file.ok_or_else(|| "missing FILE.py".to_string())?;
    match sub.as_str() {
        "run" => Ok(Command::Run { file, clock }),
        "trace" => Ok(Command::Trace { file, json }),
        "explain" => Ok(Command::Explain { file }),
        other => Err(format!("unknown command '{other}'")),
    }
}

/// Counts the bytes held, for the run's memory budget (`Limits::max_memory`).
#[global_allocator]
static ALLOCATOR: engine::Counting<std::alloc::System> = engine::Counting(std::alloc::System);

fn main() -> ExitCode {
    let cmd = match parse_args() {
        Ok(c) => c,
        Err(msg) if msg.is_empty() => {
            commands::out(format!("{USAGE}\n\n{HELP}\n").as_bytes());
            return ExitCode::SUCCESS;
        }
        Err(msg) => {
            commands::err(&format!("loopscope: {msg}\n{USAGE}\n"));
            return ExitCode::from(2);
        }
    };
    ExitCode::from(commands::execute(cmd) as u8)
}
