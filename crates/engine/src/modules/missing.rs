//! Modules and names Loopscope lacks. Importing one is not an error (a
//! program that imports `datetime` and never uses it runs, as in
//! CPython): the import binds a placeholder (`prelude/_missing.py`) whose
//! first use ends the run with `UNSUPPORTED module.name` at that line. A
//! name CPython lacks too gets CPython's own error instead, which is how
//! the two are told apart: `surface.rs` lists CPython 3.11's public names
//! of every module Loopscope provides, and the standard library's modules.

use super::surface::{NAMES, STDLIB};
use crate::builtins::builtin;
use crate::value::*;
use crate::vm::{Flow, PyResult, Signal, Vm};

/// Does CPython 3.11's `module` (or `asyncio.loop`, `asyncio.Task`, ...)
/// have the public name `name`?
pub fn cpython_has(module: &str, name: &str) -> bool {
    NAMES.iter().any(|(m, names)| *m == module && names.split(' ').any(|n| n == name))
}

/// Is `name` a module of CPython's standard library?
pub fn is_stdlib(name: &str) -> bool {
    let top = name.split('.').next().unwrap_or(name);
    STDLIB.split(' ').any(|n| n == top)
}

fn refuse(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "this name".to_string(),
    };
    Err(Flow::Signal(Signal::Unsupported(name)))
}

impl Vm {
    /// A placeholder for the module (`module`) or name Loopscope lacks.
    pub fn missing(&mut self, name: &str, module: bool) -> PyResult<Value> {
        let m = match self.modules.get("_missing").cloned() {
            Some(m) => m,
            None => super::prelude::python_module(self, "_missing", vec![("_refuse", builtin("_refuse", "_refuse", refuse))])?,
        };
        let cls = self.getattr(&m, "_Missing")?;
        self.call_sync(cls, vec![Value::str(name), Value::Bool(module)], Vec::new())
    }

    /// Is `v` such a placeholder?
    pub fn is_missing(&self, v: &Value) -> bool {
        matches!(v, Value::Instance(i) if &*i.class.name == "_Missing" && i.dict.borrow().contains_key("_missing_name"))
    }

    /// Using a placeholder where Python needs a real class (an `except`
    /// clause, `isinstance`, a base class) ends the run, as any use does.
    pub fn refuse_missing(&self, v: &Value) -> PyResult<()> {
        if let Value::Instance(i) = v {
            if self.is_missing(v) {
                if let Some(Value::Str(n)) = i.dict.borrow().get("_missing_name") {
                    return Err(Flow::Signal(Signal::Unsupported(n.to_string())));
                }
            }
        }
        Ok(())
    }
}
