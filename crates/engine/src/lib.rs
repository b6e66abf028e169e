//! Loopscope's engine: a Python-asyncio subset interpreter whose event loop
//! runs on a virtual clock and is stepped from outside, one poll at a time.
//!
//! Data flows one way, and the modules are its stages:
//!
//! ```text
//! source → tokens    lexer/
//!        → AST       parser/ (ast.rs; CPython's syntax and scope errors)
//!        → bytecode  compiler/
//!        → frames    vm/ (values in value/, built-ins in builtins/,
//!                    the standard modules in modules/)
//!        → event loop aio/ (the driver steps module code and loops; what
//!                    happens is reported as events, aio/events.rs)
//!        → recorded steps record/ (capture, classify, store, read back,
//!                    narrate, export)
//!        → view      view.rs (plain data the page and the CLI show)
//! ```
//!
//! No web dependency, no threads, no system clock. The modules are
//! private: the web page and the CLI use the surface below.

mod aio;
mod builtins;
mod compiler;
mod error;
mod format;
mod highlight;
mod lexer;
mod memory;
mod modules;
mod order;
mod outcome;
mod parser;
mod paste;
mod pyhash;
mod pyrandom;
mod record;
mod report;
mod source;
mod span;
mod value;
mod vm;

/// The syntax tree the parser makes (for tests and tools that read it).
pub mod ast;
/// What a learner sees at a step: plain data, no references into the VM.
pub mod view;

pub use error::{CompileError, SyntaxError, SyntaxErrorKind, Unsupported};
pub use format::group_thousands;
pub use highlight::{highlight, Highlight, HighlightClass};
pub use lexer::{tokenize, Keyword, NumberKind, Op, Token, TokenKind};
pub use order::{sort, sort_by};
pub use outcome::{exception_text, unsupported_text, Outcome};
pub use parser::parse_module;
pub use paste::{paste_help, PasteFix, PasteHelp};
pub use record::{trace_json, Brief, Granularity, History, LaneBuilder, RecordOptions, Recording, TRACE_VERSION};
pub use report::{compile_error_report, run_source, run_source_streaming, run_source_with_limits, RunReport};
pub use vm::output::OutLine;
pub use memory::{in_use as memory_in_use, Counting};
pub use source::decode_source;
pub use span::{LineIndex, Span};
pub use vm::Limits;

/// Internals that the engine's own table tests check directly against
/// CPython's (numbers, hashing, `random`, sorting, the module list): not
/// part of the surface the page and the CLI use.
#[doc(hidden)]
pub mod internals {
    pub mod format {
        pub use crate::format::*;
    }
    pub mod pyhash {
        pub use crate::pyhash::*;
    }
    pub use crate::modules::AVAILABLE;

    /// CPython 3.11's public names of `module` (a module Loopscope
    /// provides, or `asyncio.loop`, `asyncio.Task`, `asyncio.Future`).
    pub fn cpython_names(module: &str) -> Vec<&'static str> {
        crate::modules::surface_names(module)
    }
    pub use crate::pyrandom::Random;

    /// The bytecode of a program, one instruction a line (for debugging).
    pub fn disassemble(source: &str) -> Result<String, crate::CompileError> {
        crate::compiler::compile_source(source, Default::default()).map(|code| code.disassemble())
    }
}
