//! How a run ends (`Outcome`), where the driver stops (`StopAt`) and what
//! one call to `Engine::run` did (`RunStatus`).

/// How a run ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    /// The program finished normally.
    Ok,
    /// An uncaught exception: its `Type: message` line and full traceback.
    Uncaught { type_name: String, message: String, traceback: String },
    /// Nothing ready, no timers, tasks still waiting.
    Deadlock { waiting: Vec<String> },
    /// A run limit (the reason, as the reference runner words it).
    Limit(String),
    /// `sys.exit(code)`.
    Exit(i32),
    /// A construct refused at run time.
    Unsupported(String),
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
            Outcome::Unsupported(_) => 5,
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
            Outcome::Unsupported(_) => "unsupported",
            Outcome::Internal(_) => "internal",
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
