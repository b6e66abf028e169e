//! Compile-time checks CPython makes after parsing (in its future-import
//! pass, symbol table and compiler): `'return' outside function`, ...
//! (Filled in below.)

use crate::ast::Module;
use crate::error::SyntaxError;

pub(crate) fn check_module(_source: &str, _module: &Module) -> Option<SyntaxError> {
    None
}
