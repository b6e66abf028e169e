//! Parser: tokens → `ast::Module`, with CPython 3.11's syntax-error messages.
//! (Being written on the `parser` branch; this stub keeps the API stable.)

use crate::ast::Module;
use crate::error::SyntaxError;

/// Parses a whole program. On failure, the errors in source order; the
/// first one is the one CPython would report.
pub fn parse_module(source: &str) -> Result<Module, Vec<SyntaxError>> {
    let _ = source;
    Ok(Module { body: Vec::new() })
}
