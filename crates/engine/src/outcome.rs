//! How a run ends (`Outcome`), where the driver stops (`StopAt`) and what
//! one call to `Engine::run` did (`RunStatus`).

/// How a run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The program finished normally.
    Ok,
    /// An uncaught exception: its type, `str()`, full traceback, and the
    /// program line it was raised at (the innermost frame of the program's
    /// own code), if any.
    Uncaught { type_name: String, message: String, traceback: String, line: Option<u32> },
    /// Nothing ready, no timers, tasks still waiting.
    Deadlock { waiting: Vec<String> },
    /// A run limit (the reason, as the reference runner words it).
    Limit(String),
    /// `sys.exit(code)`.
    Exit(i32),
    /// A construct refused at run time, and the program line that used it
    /// (when the program's own code was running).
    Unsupported { what: String, line: Option<u32> },
    /// An engine bug, reported instead of crashing.
    Internal(String),
}

impl Outcome {
    /// The process exit code, as the reference runner's: UNCAUGHT 1,
    /// DEADLOCK 3, LIMIT 4, UNSUPPORTED 5, internal errors 70.
    pub fn exit_code(&self) -> i32 {
        match self {
            Outcome::Ok => 0,
            Outcome::Exit(c) => *c,
            Outcome::Uncaught { .. } => 1,
            Outcome::Deadlock { .. } => 3,
            Outcome::Limit(_) => 4,
            Outcome::Unsupported { .. } => 5,
            Outcome::Internal(_) => 70,
        }
    }

    /// A one-word name: `ok`, `exit`, `uncaught`, `deadlock`, `limit`,
    /// `unsupported`, `internal`.
    pub fn kind(&self) -> &'static str {
        match self {
            Outcome::Ok => "ok",
            Outcome::Exit(_) => "exit",
            Outcome::Uncaught { .. } => "uncaught",
            Outcome::Deadlock { .. } => "deadlock",
            Outcome::Limit(_) => "limit",
            Outcome::Unsupported { .. } => "unsupported",
            Outcome::Internal(_) => "internal",
        }
    }
}

/// An exception as the last line of a traceback says it: `Type: message`,
/// or just `Type` when `str(e)` is empty.
pub fn exception_text(type_name: &str, message: &str) -> String {
    if message.is_empty() {
        type_name.to_string()
    } else {
        format!("{type_name}: {message}")
    }
}

/// The line that names a construct Loopscope refuses: `UNSUPPORTED what
/// (line N)`.
pub fn unsupported_text(what: &str, line: Option<u32>) -> String {
    match line {
        Some(l) => format!("UNSUPPORTED {what} (line {l})"),
        None => format!("UNSUPPORTED {what}"),
    }
}

impl Outcome {
    /// The reference runner's terminal line, without its time stamp:
    /// `UNCAUGHT Type: message`, `DEADLOCK`, `LIMIT reason`,
    /// `UNSUPPORTED what (line N)`, `INTERNAL msg`; none for a normal end
    /// or `sys.exit`.
    pub fn terminal_line(&self) -> Option<String> {
        match self {
            Outcome::Ok | Outcome::Exit(_) => None,
            Outcome::Uncaught { type_name, message, .. } => Some(format!("UNCAUGHT {}", exception_text(type_name, message))),
            Outcome::Deadlock { .. } => Some("DEADLOCK".to_string()),
            Outcome::Limit(reason) => Some(format!("LIMIT {reason}")),
            Outcome::Unsupported { what, line } => Some(unsupported_text(what, *line)),
            Outcome::Internal(msg) => Some(format!("INTERNAL {msg}")),
        }
    }

    /// In a few words: `Type: message` (uncaught), who waits on what
    /// (deadlock), the limit's reason, what is unsupported, the exit code,
    /// or empty.
    pub fn message(&self) -> String {
        match self {
            Outcome::Ok => String::new(),
            Outcome::Exit(c) => c.to_string(),
            Outcome::Uncaught { type_name, message, .. } => exception_text(type_name, message),
            Outcome::Deadlock { waiting } => waiting.join("; "),
            Outcome::Limit(m) | Outcome::Internal(m) => m.clone(),
            Outcome::Unsupported { what, .. } => what.clone(),
        }
    }
}

/// Where `run` stops.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StopAt {
    /// Before the next line of learner code (or after the next poll).
    Line,
    /// After the current handle (poll) finishes.
    Poll,
    /// After the current loop iteration finishes.
    Iteration,
    /// Only at the end of the run.
    End,
}

/// What `run` did.
#[derive(Debug, Clone, PartialEq)]
pub enum RunStatus {
    /// Stopped where asked; more to run.
    Stopped,
    /// The slice budget ran out; call again.
    Budget,
    /// The run is over.
    Finished,
}
