//! The three test suites of `cargo xtask test`.

use std::path::Path;

pub fn run_all(_root: &Path) -> Result<(), String> {
    Err("todo".into())
}
