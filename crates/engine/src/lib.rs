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
pub mod error;
pub mod format;
pub mod highlight;
pub mod lexer;
pub mod modules;
pub mod order;
pub mod outcome;
pub mod parser;
pub mod pyhash;
pub mod pyrandom;
pub mod record;
pub mod report;
pub mod span;
pub mod view;
pub mod value;
pub mod vm;

pub use aio::{load, Engine};
pub use format::group_thousands;
pub use outcome::{Outcome, RunStatus, StopAt};
pub use error::{CompileError, SyntaxError, SyntaxErrorKind, Unsupported};
pub use span::{LineIndex, Span};
