//! Loopscope's engine: a Python-asyncio subset interpreter whose event loop
//! runs on a virtual clock and is stepped from outside, one poll at a time.
//!
//! Data flows one way: source → tokens (`lexer`) → AST (`parser`) →
//! code objects (`compiler`) → frames (`vm`) → event loop (`aio`) →
//! recorded steps (`history`). No web dependency, no threads, no clock.

pub mod aio;
pub mod ast;
pub mod builtins;
pub mod compiler;
pub mod engine;
pub mod error;
pub mod format;
pub mod highlight;
pub mod history;
pub mod lexer;
pub mod modules;
pub mod narrate;
pub mod order;
pub mod parser;
pub mod pyhash;
pub mod pyrandom;
pub mod report;
pub mod snapshot;
pub mod store;
pub mod span;
pub mod trace;
pub mod view;
pub mod value;
pub mod vm;

pub use engine::{load, Engine, Outcome, RunStatus, StopAt};
pub use error::{CompileError, SyntaxError, SyntaxErrorKind, Unsupported};
pub use span::{LineIndex, Span};
