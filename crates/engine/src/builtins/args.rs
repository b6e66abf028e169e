//! Argument checking for native functions, with CPython's messages.

use crate::value::{Args, Value};
use crate::vm::{PyResult, Vm};

pub trait ArgParse {
    /// Between `min` and `max` positional arguments, no keywords left.
    fn check(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()>;
    /// Remove and return a keyword argument.
    fn take_kw(&mut self, name: &str) -> Option<Value>;
    /// Fail if any keyword argument is left.
    fn no_kw(&self, vm: &Vm, name: &str) -> PyResult<()>;
    /// Positional argument `i` or keyword `name` (removed from keywords).
    fn get(&mut self, i: usize, name: &str) -> Option<Value>;
    /// Argument Clinic's wording: "int() takes at most 2 arguments (3 given)".
    fn check_clinic(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()>;
}

impl ArgParse for Args {
    fn check(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kw(vm, name)?;
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        vm.type_error(msg)
    }

    fn check_clinic(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        let n = self.pos.len();
        if n > max {
            let what = if max == 1 { "argument" } else { "arguments" };
            return vm.type_error(format!("{name}() takes at most {max} {what} ({n} given)"));
        }
        if n < min {
            let what = if min == 1 { "argument" } else { "arguments" };
            return vm.type_error(format!("{name}() takes at least {min} {what} ({n} given)"));
        }
        Ok(())
    }

    fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }

    fn no_kw(&self, vm: &Vm, name: &str) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            if name.contains('.') {
                return vm.type_error(format!("{name}() takes no keyword arguments"));
            }
            return vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
        }
        Ok(())
    }

    fn get(&mut self, i: usize, name: &str) -> Option<Value> {
        if let Some(v) = self.take_kw(name) {
            return Some(v);
        }
        self.pos.get(i).cloned()
    }
}
