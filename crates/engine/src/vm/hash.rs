//! Hashing for dict keys and set elements, including user `__hash__`.

use super::{PyResult, Vm};
use crate::value::{keys_equal, native_hash, set_hash, DictKey, Set, Value};
use std::rc::Rc;

impl Vm {
    /// The hash of an instance, honouring `__hash__` / `__eq__`.
    fn instance_hash(&mut self, v: &Value) -> PyResult<i64> {
        let Value::Instance(i) = v else { return Ok(0) };
        match i.class.lookup("__hash__") {
            Some(Value::None) => self.unhashable(v),
            Some(f @ Value::Function(_)) => {
                let h = self.call_sync(f, vec![v.clone()], Vec::new())?;
                match h {
                    Value::Int(n) => Ok(crate::pyhash::hash_i64(n)),
                    Value::BigInt(b) => Ok(crate::pyhash::hash_int(&b)),
                    Value::Bool(b) => Ok(b as i64),
                    _ => self.type_error("__hash__ method should return an integer"),
                }
            }
            _ => {
                if i.class.dict.borrow().contains_key("__eq__") && !i.class.dict.borrow().contains_key("__hash__") {
                    return self.unhashable(v);
                }
                Ok(crate::pyhash::hash_pointer(v.identity() as u64))
            }
        }
    }

    fn unhashable<T>(&self, v: &Value) -> PyResult<T> {
        let tn = self.type_name(v);
        self.type_error(format!("unhashable type: '{tn}'"))
    }

    /// `hash(v)` as Python returns it.
    pub fn py_hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = set_hash(v) {
            return Ok(h);
        }
        match v {
            Value::Instance(_) => self.instance_hash(v),
            Value::Tuple(items) => {
                let mut hs = Vec::with_capacity(items.len());
                for it in items.iter() {
                    hs.push(self.py_hash(it)?);
                }
                Ok(crate::pyhash::hash_tuple(&hs))
            }
            _ => self.unhashable(v),
        }
    }

    /// A dict key for `v` (TypeError if unhashable).
    pub fn dict_key(&mut self, v: Value) -> PyResult<DictKey> {
        if let Some(hash) = native_hash(&v) {
            return Ok(DictKey { hash, key: v });
        }
        let h = self.py_hash(&v)?;
        Ok(DictKey { hash: h as u64, key: v })
    }

    /// A new set (or frozenset) of `items`, in CPython's insertion order.
    pub fn new_set(&mut self, items: Vec<Value>, frozen: bool) -> PyResult<Value> {
        let s = Rc::new(Set::new(frozen));
        for it in items {
            self.set_add(&s, it)?;
        }
        Ok(Value::Set(s))
    }

    pub fn set_add(&mut self, s: &Set, v: Value) -> PyResult<()> {
        let h = self.py_hash(&v)?;
        let probe = v.clone();
        s.table_mut().insert(h, v, |k| keys_equal(k, &probe));
        Ok(())
    }

    pub fn set_contains(&mut self, s: &Set, v: &Value) -> PyResult<bool> {
        let h = self.py_hash(v)?;
        Ok(s.table().contains(h, |k| keys_equal(k, v)))
    }

    /// Remove `v`; returns whether it was there.
    pub fn set_remove(&mut self, s: &Set, v: &Value) -> PyResult<bool> {
        let h = self.py_hash(v)?;
        Ok(s.table_mut().remove(h, |k| keys_equal(k, v)).is_some())
    }
}
