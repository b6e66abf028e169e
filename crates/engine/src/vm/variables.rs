//! The instructions that read, write and delete variables: fast locals,
//! closure cells, globals and builtins, and the names of module and class
//! bodies. `exec` hands them here.

use super::exec::{internal, Step};
use super::{Flow, PyResult, Vm};
use crate::compiler::code::Op;
use crate::value::Value;
use std::rc::Rc;

impl Vm {
    pub(super) fn name_at(&mut self, i: u32) -> PyResult<Rc<str>> {
        let f = self.frame()?;
        f.code.names.get(i as usize).cloned().ok_or_else(|| internal("bad name index"))
    }

    #[inline]
    pub(super) fn exec_variable(&mut self, op: Op) -> PyResult<Step> {
        match op {
            Op::LoadFast(i) => {
                let f = self.frame()?;
                let v = f.fast.get(i as usize).cloned().unwrap_or(Value::Null);
                if v.is_null() {
                    let name = f.code.varnames.get(i as usize).cloned().unwrap_or_else(|| Rc::from("?"));
                    return self.unbound_local(&name);
                }
                f.stack.push(v);
            }
            Op::StoreFast(i) => {
                let v = self.pop()?;
                let f = self.frame()?;
                if let Some(slot) = f.fast.get_mut(i as usize) {
                    *slot = v;
                }
            }
            Op::DeleteFast(i) => {
                let f = self.frame()?;
                let bound = f.fast.get(i as usize).map(|v| !v.is_null()).unwrap_or(false);
                if !bound {
                    let name = f.code.varnames.get(i as usize).cloned().unwrap_or_else(|| Rc::from("?"));
                    return self.unbound_local(&name);
                }
                f.fast[i as usize] = Value::Null;
            }
            Op::LoadDeref(i) | Op::LoadClassDeref(i) => {
                if let Op::LoadClassDeref(_) = op {
                    // Class body: its namespace first.
                    let f = self.frame()?;
                    let name = cell_name(&f.code, i);
                    let found = f.namespace.as_ref().and_then(|ns| ns.borrow().get(&*name).cloned());
                    if let Some(v) = found {
                        self.push(v)?;
                        return Ok(Step::Continue);
                    }
                }
                let f = self.frame()?;
                let v = f.cells.get(i as usize).map(|c| c.borrow().clone()).unwrap_or(Value::Null);
                if v.is_null() {
                    let name = cell_name(&f.code, i);
                    let is_free = (i as usize) >= f.code.cellvars.len();
                    if is_free {
                        return self.err("NameError", format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"));
                    }
                    return self.unbound_local(&name);
                }
                f.stack.push(v);
            }
            Op::StoreDeref(i) => {
                let v = self.pop()?;
                let f = self.frame()?;
                if let Some(c) = f.cells.get(i as usize) {
                    *c.borrow_mut() = v;
                }
            }
            Op::DeleteDeref(i) => {
                let f = self.frame()?;
                if let Some(c) = f.cells.get(i as usize) {
                    *c.borrow_mut() = Value::Null;
                }
            }
            Op::LoadClosure(i) => {
                let f = self.frame()?;
                let c = f.cells.get(i as usize).cloned().ok_or_else(|| internal("bad cell"))?;
                f.stack.push(Value::Cell(c));
            }
            Op::LoadGlobal(i) => {
                let name = self.name_at(i)?;
                let v = self.load_global(&name)?;
                self.push(v)?;
            }
            Op::StoreGlobal(i) => {
                let name = self.name_at(i)?;
                let v = self.pop()?;
                let g = self.frame()?.globals.clone();
                g.borrow_mut().insert(name, v);
            }
            Op::DeleteGlobal(i) => {
                let name = self.name_at(i)?;
                let g = self.frame()?.globals.clone();
                if g.borrow_mut().shift_remove(&*name).is_none() {
                    return self.err("NameError", format!("name '{name}' is not defined"));
                }
            }
            Op::LoadName(i) => {
                let name = self.name_at(i)?;
                let ns = self.frame()?.namespace.clone();
                if let Some(ns) = ns {
                    if let Some(v) = ns.borrow().get(&*name) {
                        let v = v.clone();
                        self.push(v)?;
                        return Ok(Step::Continue);
                    }
                }
                let v = self.load_global(&name)?;
                self.push(v)?;
            }
            Op::StoreName(i) => {
                let name = self.name_at(i)?;
                let v = self.pop()?;
                let f = self.frame()?;
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                ns.borrow_mut().insert(name, v);
            }
            Op::DeleteName(i) => {
                let name = self.name_at(i)?;
                let f = self.frame()?;
                let ns = f.namespace.clone().unwrap_or_else(|| f.globals.clone());
                if ns.borrow_mut().shift_remove(&*name).is_none() {
                    return self.err("NameError", format!("name '{name}' is not defined"));
                }
            }
            _ => return Err(internal("not a variable instruction")),
        }
        Ok(Step::Continue)
    }

    pub(super) fn load_global(&mut self, name: &str) -> PyResult<Value> {
        let g = self.frame()?.globals.clone();
        if let Some(v) = g.borrow().get(name) {
            return Ok(v.clone());
        }
        if let Some(v) = self.builtins.borrow().get(name) {
            return Ok(v.clone());
        }
        Err(Flow::Exc(self.name_error(name)))
    }

    /// CPython's error for reading or deleting a local that is not bound.
    fn unbound_local<T>(&self, name: &str) -> PyResult<T> {
        self.err("UnboundLocalError", format!("cannot access local variable '{name}' where it is not associated with a value"))
    }
}

fn cell_name(code: &crate::compiler::code::Code, i: u32) -> Rc<str> {
    let i = i as usize;
    if i < code.cellvars.len() {
        code.cellvars[i].clone()
    } else {
        code.freevars.get(i - code.cellvars.len()).cloned().unwrap_or_else(|| Rc::from("?"))
    }
}
