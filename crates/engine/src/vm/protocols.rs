//! Python's protocols as the built-ins and modules use them: `len()`,
//! conversion to float and to an index, `isinstance` for one class, `<`
//! for sorting, and the clock a running piece of code sees.

use super::{PyResult, Vm};
use crate::value::*;
use crate::vm::ops::{as_num, value_to_big};
use num_traits::{Signed, ToPrimitive};
use std::rc::Rc;

impl Vm {

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        Ok(match v {
            Value::Str(s) => {
                if s.is_ascii() {
                    s.len()
                } else {
                    s.chars().count()
                }
            }
            Value::Bytes(b) => b.len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Dict(d) => d.len(),
            Value::Set(s) => s.len(),
            Value::Range(r) => r.len(),
            Value::Descriptor(d) => match &**d {
                Descriptor::DictView(d, _) => d.len(),
                _ => return self.no_len(v),
            },
            Value::Native(n) => match crate::builtins::collections::native_len(n) {
                Some(k) => k,
                None => return self.no_len(v),
            },
            Value::Class(c) if crate::vm::types::meta_method(c, "__len__").is_some() => {
                let f = crate::vm::types::meta_method(c, "__len__").unwrap_or(Value::None);
                let r = self.call_sync(f, vec![v.clone()], Vec::new())?;
                self.to_index(&r)?.max(0) as usize
            }
            Value::Instance(i) => match i.class.lookup("__len__") {
                Some(f) => {
                    let r = self.call_sync(f, vec![v.clone()], Vec::new())?;
                    match value_to_big(&r) {
                        Some(n) if n.is_negative() => return self.value_error("__len__() should return >= 0"),
                        Some(n) => n.to_usize().unwrap_or(usize::MAX),
                        None => {
                            let tn = self.type_name(&r);
                            return self.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
                        }
                    }
                }
                None => return self.no_len(v),
            },
            _ => return self.no_len(v),
        })
    }

    fn no_len<T>(&self, v: &Value) -> PyResult<T> {
        let tn = self.type_name(v);
        self.type_error(format!("object of type '{tn}' has no len()"))
    }

    /// A float from an int/float/bool (TypeError otherwise).
    pub fn to_f64(&mut self, v: &Value) -> PyResult<f64> {
        match as_num(v) {
            Some(n) => self.num_to_f64(&n),
            None => {
                let tn = self.type_name(v);
                self.type_error(format!("must be real number, not {tn}"))
            }
        }
    }

    /// An index-sized int (TypeError for non-ints).
    pub fn to_index(&mut self, v: &Value) -> PyResult<i64> {
        match self.index_value(v)? {
            Some(i) => Ok(i),
            None => {
                let tn = self.type_name(v);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
    }

    /// The loop's clock (or an executor job's own clock).
    pub fn now(&self) -> f64 {
        match self.aio.worker_clock {
            Some(e) => crate::aio::event_loop::round_ns(self.clock + e),
            None => self.clock,
        }
    }

    /// `isinstance(v, cls)` for one class.
    pub fn isinstance(&self, v: &Value, cls: &Rc<Class>) -> bool {
        let t = self.types.type_of(v);
        if t.is_subclass(cls) {
            return true;
        }
        // bool is an int; every class is an object.
        Rc::ptr_eq(cls, &self.types.object)
    }

    /// Compare with `<` (for sorting, min, max, heapq).
    pub fn lt(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let (Value::Int(x), Value::Int(y)) = (a, b) {
            return Ok(x < y);
        }
        let r = self.compare_op(a, b, crate::ast::CmpOp::Lt)?;
        self.truthy(&r)
    }
}
