//! Flow: source → tokens → AST → bytecode → frames → event loop → **recorded steps** → view.
//!
//! The recorder: every stop of the engine becomes a recorded step, and any
//! step can be shown again without re-running the program.
//!
//! Flow: `recorder.rs` drives the engine in bounded slices; at each stop
//! `capture.rs` reads the live VM (tasks, stacks, queues) and
//! `classify.rs` decides what kind of step it is; `store/` keeps the steps
//! compactly. Reading back: `history.rs` moves through the steps,
//! `store/rebuild.rs` makes a step's view, `narrate.rs` renders its
//! sentence, `warnings.rs` what the learner should be told and
//! `export.rs` the whole run as JSON Lines.
//!
//! The recorder reads `aio` and `vm`; nothing there reads the recorder.

mod capture;
pub(crate) mod classify;
mod export;
mod history;
mod narrate;
mod recorder;
mod store;
mod warnings;

pub use export::{trace_json, TRACE_VERSION};
pub use history::{Granularity, History};
pub use store::{Brief, LaneBuilder};
pub use recorder::{RecordOptions, Recording};
