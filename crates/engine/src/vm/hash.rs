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
                    // An int result is the hash itself (-1 is reserved).
                    Value::Int(n) => Ok(if n == -1 { -2 } else { n }),
                    Value::BigInt(b) => Ok(crate::pyhash::hash_int(&b)),
                    Value::Bool(b) => Ok(b as i64),
                    _ => self.type_error("__hash__ method should return an integer"),
                }
            }
            _ => {
                if i.class.dict.borrow().contains_key("__eq__") && !i.class.dict.borrow().contains_key("__hash__") {
                    return self.unhashable(v);
                }
                Ok(self.identity_hash(v))
            }
        }
    }

    fn unhashable<T>(&self, v: &Value) -> PyResult<T> {
        let tn = self.type_name(v);
        self.type_error(format!("unhashable type: '{tn}'"))
    }

    /// The hash of an object hashed by identity: from its stable fake
    /// address, so runs are repeatable.
    pub fn identity_hash(&mut self, v: &Value) -> i64 {
        let addr = self.fake_addr(v);
        let n = u64::from_str_radix(addr.trim_start_matches("0x"), 16).unwrap_or(0);
        crate::pyhash::hash_pointer(n)
    }

    /// `hash(v)` as Python returns it.
    pub fn py_hash(&mut self, v: &Value) -> PyResult<i64> {
        if let Some(h) = set_hash(v) {
            return Ok(h);
        }
        match v {
            Value::List(_) | Value::Dict(_) | Value::Slice(_) => return self.unhashable(v),
            Value::Set(s) if !s.frozen => return self.unhashable(v),
            Value::Instance(_) | Value::Tuple(_) | Value::Set(_) => {}
            _ => return Ok(self.identity_hash(v)),
        }
        match v {
            Value::Instance(_) => self.instance_hash(v),
            Value::Tuple(items) => {
                self.enter_native(" while calling a Python object")?;
                let mut hs = Vec::with_capacity(items.len());
                for it in items.iter() {
                    match self.py_hash(it) {
                        Ok(h) => hs.push(h),
                        Err(e) => {
                            self.leave_native();
                            return Err(e);
                        }
                    }
                }
                self.leave_native();
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

    /// Does equality of `v` need Python code (a user `__eq__`)?
    fn needs_py_eq(v: &Value) -> bool {
        match v {
            Value::Instance(i) => matches!(i.class.lookup("__eq__"), Some(Value::Function(_))),
            Value::Tuple(t) => t.iter().any(Vm::needs_py_eq),
            _ => false,
        }
    }

    /// For values compared with `__eq__`: the element of `candidates`
    /// (elements with the same hash) that equals `v`.
    fn find_equal(&mut self, candidates: Vec<Value>, v: &Value) -> PyResult<Option<Value>> {
        for c in candidates {
            if c.is(v) || self.eq_any(&c, v)? {
                return Ok(Some(c));
            }
        }
        Ok(None)
    }

    /// The element of `s` equal to `v` (by hash, then equality).
    fn set_find(&mut self, s: &Set, v: &Value, h: i64) -> PyResult<Option<Value>> {
        if !Vm::needs_py_eq(v) {
            return Ok(s.table().get(h, |k| keys_equal(k, v)).cloned());
        }
        let candidates: Vec<Value> = s.table().iter_with_hash().filter(|(kh, _)| *kh == h).map(|(_, k)| k.clone()).collect();
        self.find_equal(candidates, v)
    }

    pub fn set_add(&mut self, s: &Set, v: Value) -> PyResult<()> {
        let h = self.py_hash(&v)?;
        if Vm::needs_py_eq(&v) && self.set_find(s, &v, h)?.is_some() {
            return Ok(());
        }
        let probe = v.clone();
        s.table_mut().insert(h, v, |k| keys_equal(k, &probe));
        Ok(())
    }

    pub fn set_contains(&mut self, s: &Set, v: &Value) -> PyResult<bool> {
        let h = self.py_hash(v)?;
        Ok(self.set_find(s, v, h)?.is_some())
    }

    /// Remove `v`; returns whether it was there.
    pub fn set_remove(&mut self, s: &Set, v: &Value) -> PyResult<bool> {
        let h = self.py_hash(v)?;
        let Some(found) = self.set_find(s, v, h)? else { return Ok(false) };
        Ok(s.table_mut().remove(h, |k| k.is(&found)).is_some())
    }

    /// A key for looking `v` up in `d`: for keys with a user `__eq__`, the
    /// equal key already in `d` (so the lookup finds it).
    pub fn dict_key_in(&mut self, d: &crate::value::Dict, v: Value) -> PyResult<DictKey> {
        let key = self.dict_key(v)?;
        if !Vm::needs_py_eq(&key.key) {
            return Ok(key);
        }
        let candidates: Vec<Value> = d.borrow().keys().filter(|k| k.hash == key.hash).map(|k| k.key.clone()).collect();
        match self.find_equal(candidates, &key.key)? {
            Some(existing) => Ok(DictKey { hash: key.hash, key: existing }),
            None => Ok(key),
        }
    }
}
