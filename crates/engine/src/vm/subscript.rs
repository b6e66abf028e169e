//! Subscripts: `x[i]`, `x[a:b:c]`, item assignment and deletion.

use super::ops::value_to_big;
use super::{PyResult, Vm};
use crate::value::*;
use num_traits::ToPrimitive;
use std::rc::Rc;

/// Resolved slice: start, stop, step and the number of elements.
pub struct SliceIdx {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

impl Vm {
    /// An index value as i64 (ints, bools, `__index__`).
    pub fn index_value(&mut self, v: &Value) -> PyResult<Option<i64>> {
        match v {
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            Value::BigInt(b) => Ok(Some(if b.sign() == num_bigint::Sign::Minus { i64::MIN } else { i64::MAX })),
            Value::Instance(inst) => match inst.class.lookup("__index__") {
                Some(f) => {
                    let r = self.call_sync(f, vec![v.clone()], Vec::new())?;
                    Ok(value_to_big(&r).and_then(|b| b.to_i64()))
                }
                None => Ok(None),
            },
            _ => Ok(None),
        }
    }

    /// CPython's slice index adjustment for a sequence of length `len`.
    pub fn slice_indices(&mut self, s: &SliceObj, len: usize) -> PyResult<SliceIdx> {
        let len = len as i64;
        let step = if s.step.is_none() {
            1
        } else {
            match self.index_value(&s.step)? {
                Some(0) => return self.value_error("slice step cannot be zero"),
                Some(st) => st.max(-i64::MAX),
                None => return self.type_error("slice indices must be integers or None or have an __index__ method"),
            }
        };
        let get = |vm: &mut Vm, v: &Value, default: i64| -> PyResult<i64> {
            if v.is_none() {
                return Ok(default);
            }
            match vm.index_value(v)? {
                Some(i) => Ok(i),
                None => vm.type_error("slice indices must be integers or None or have an __index__ method"),
            }
        };
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let adjust = |i: i64| -> i64 {
            if i < 0 {
                let j = i.saturating_add(len);
                if j < 0 {
                    lower
                } else {
                    j
                }
            } else if i >= upper {
                upper
            } else {
                i
            }
        };
        let start = if s.start.is_none() { if step < 0 { upper } else { lower } } else { adjust(get(self, &s.start, 0)?) };
        let stop = if s.stop.is_none() { if step < 0 { lower } else { upper } } else { adjust(get(self, &s.stop, 0)?) };
        let n = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        Ok(SliceIdx { start, stop, step, len: n as usize })
    }

    fn seq_index(&mut self, v: &Value, len: usize, what: &str, idx: &Value) -> PyResult<usize> {
        let Some(i) = self.index_value(idx)? else {
            let tn = self.type_name(idx);
            let msg = if what == "string" {
                format!("string indices must be integers, not '{tn}'")
            } else {
                format!("{what} indices must be integers or slices, not {tn}")
            };
            return self.type_error(msg);
        };
        let _ = v;
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            let msg = match what {
                "range object" => "range object index out of range".to_string(),
                _ => format!("{what} index out of range"),
            };
            return self.err("IndexError", msg);
        }
        Ok(j as usize)
    }

    /// `obj[idx]`.
    pub fn getitem(&mut self, obj: &Value, idx: &Value) -> PyResult<Value> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let items = l.snapshot();
                    let si = self.slice_indices(s, items.len())?;
                    return Ok(Value::list(take_slice(&items, &si)));
                }
                let i = self.seq_index(obj, l.len(), "list", idx)?;
                Ok(l.get(i).unwrap_or(Value::None))
            }
            Value::Tuple(t) => {
                if let Value::Slice(s) = idx {
                    let si = self.slice_indices(s, t.len())?;
                    return Ok(Value::tuple(take_slice(t, &si)));
                }
                let i = self.seq_index(obj, t.len(), "tuple", idx)?;
                Ok(t[i].clone())
            }
            Value::Str(s) => {
                if s.is_ascii() {
                    if let Value::Slice(sl) = idx {
                        let si = self.slice_indices(sl, s.len())?;
                        let bytes = s.as_bytes();
                        let mut out = String::with_capacity(si.len);
                        let mut k = si.start;
                        for _ in 0..si.len {
                            out.push(bytes[k as usize] as char);
                            k += si.step;
                        }
                        return Ok(Value::str(&out));
                    }
                    let i = self.seq_index(obj, s.len(), "string", idx)?;
                    return Ok(Value::str(&s[i..i + 1]));
                }
                let chars: Vec<char> = s.chars().collect();
                if let Value::Slice(sl) = idx {
                    let si = self.slice_indices(sl, chars.len())?;
                    let mut out = String::new();
                    let mut k = si.start;
                    for _ in 0..si.len {
                        out.push(chars[k as usize]);
                        k += si.step;
                    }
                    return Ok(Value::str(&out));
                }
                let i = self.seq_index(obj, chars.len(), "string", idx)?;
                Ok(Value::str(&chars[i].to_string()))
            }
            Value::Bytes(b) => {
                if let Value::Slice(sl) = idx {
                    let si = self.slice_indices(sl, b.len())?;
                    let items: Vec<u8> = (0..si.len).map(|k| b[(si.start + k as i64 * si.step) as usize]).collect();
                    return Ok(Value::Bytes(Rc::from(items)));
                }
                let i = self.seq_index(obj, b.len(), "index", idx)?;
                Ok(Value::Int(b[i] as i64))
            }
            Value::Range(r) => {
                if let Value::Slice(sl) = idx {
                    let si = self.slice_indices(sl, r.len())?;
                    // CPython: range(r[start], r[stop], r.step * step) with
                    // the slice's adjusted indices.
                    let start = r.start + si.start * r.step;
                    let step = r.step * si.step;
                    let stop = r.start + si.stop * r.step;
                    return Ok(Value::Range(Rc::new(RangeObj { start, stop, step })));
                }
                let i = self.seq_index(obj, r.len(), "range object", idx)?;
                Ok(Value::Int(r.get(i)))
            }
            Value::Dict(d) => {
                let key = self.dict_key_in(d, idx.clone())?;
                match d.get(&key) {
                    Some(v) => Ok(v),
                    None => match d.flavor().and_then(|c| c.lookup("__missing__")) {
                        // defaultdict / Counter: `__missing__(key)`.
                        Some(f) => self.call_sync(f, vec![obj.clone(), idx.clone()], Vec::new()),
                        None => Err(super::Flow::Exc(self.key_error(idx.clone()))),
                    },
                }
            }
            Value::Instance(i) => match i.class.lookup("__getitem__") {
                Some(f) => self.call_sync(f, vec![obj.clone(), idx.clone()], Vec::new()),
                None => {
                    let tn = i.class.name.clone();
                    self.type_error(format!("'{tn}' object is not subscriptable"))
                }
            },
            Value::Native(n) if crate::builtins::collections::native_items(n).is_some() => {
                let items = crate::builtins::collections::native_items(n).unwrap_or_default();
                let i = self.seq_index(obj, items.len(), "deque", idx)?;
                Ok(items[i].clone())
            }
            Value::Class(c) => {
                if let Some(f) = super::types::meta_method(c, "__getitem__") {
                    return self.call_sync(f, vec![obj.clone(), idx.clone()], Vec::new());
                }
                if let Some(f) = c.lookup("__class_getitem__").filter(|f| matches!(f, Value::Function(_) | Value::Descriptor(_))) {
                    let f = match f {
                        Value::Descriptor(d) => match &*d {
                            Descriptor::ClassMethod(g) | Descriptor::StaticMethod(g) => g.clone(),
                            _ => Value::Descriptor(d.clone()),
                        },
                        other => other,
                    };
                    return self.call_sync(f, vec![obj.clone(), idx.clone()], Vec::new());
                }
                // `list[int]` and friends in annotations: return the class.
                if c.builtin.is_some() || c.lookup("__class_getitem__").is_some() {
                    return Ok(obj.clone());
                }
                let cn = c.name.clone();
                self.type_error(format!("type '{cn}' is not subscriptable"))
            }
            other => {
                let tn = self.type_name(other);
                self.type_error(format!("'{tn}' object is not subscriptable"))
            }
        }
    }

    pub fn key_error(&self, key: Value) -> Value {
        let c = self.types.exc("KeyError");
        self.new_exception(&c, vec![key])
    }

    /// `obj[idx] = v`.
    pub fn setitem(&mut self, obj: &Value, idx: Value, v: Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = &idx {
                    if !self.is_iterable(&v) {
                        let extended = !s.step.is_none() && self.index_value(&s.step)? != Some(1);
                        return self.type_error(if extended { "must assign iterable to extended slice" } else { "can only assign an iterable" });
                    }
                    let items = self.collect_iterable(&v)?;
                    let len = l.len();
                    let si = self.slice_indices(s, len)?;
                    let mut cur = l.borrow_mut();
                    if si.step == 1 {
                        let start = si.start.clamp(0, len as i64) as usize;
                        let stop = (si.stop.max(si.start)).clamp(0, len as i64) as usize;
                        cur.splice(start..stop, items);
                    } else {
                        if items.len() != si.len {
                            drop(cur);
                            return self.value_error(format!(
                                "attempt to assign sequence of size {} to extended slice of size {}",
                                items.len(),
                                si.len
                            ));
                        }
                        let mut k = si.start;
                        for it in items {
                            cur[k as usize] = it;
                            k += si.step;
                        }
                    }
                    return Ok(());
                }
                let len = l.len();
                let i = self.seq_index(obj, len, "list assignment", &idx)?;
                l.borrow_mut()[i] = v;
                Ok(())
            }
            Value::Dict(d) => {
                let key = self.dict_key_in(d, idx)?;
                d.insert(key, v);
                Ok(())
            }
            Value::Instance(i) => match i.class.lookup("__setitem__") {
                Some(f) => {
                    self.call_sync(f, vec![obj.clone(), idx, v], Vec::new())?;
                    Ok(())
                }
                None => {
                    let tn = i.class.name.clone();
                    self.type_error(format!("'{tn}' object does not support item assignment"))
                }
            },
            other => {
                let tn = self.type_name(other);
                self.type_error(format!("'{tn}' object does not support item assignment"))
            }
        }
    }

    /// `del obj[idx]`.
    pub fn delitem(&mut self, obj: &Value, idx: &Value) -> PyResult<()> {
        match obj {
            Value::List(l) => {
                if let Value::Slice(s) = idx {
                    let len = l.len();
                    let si = self.slice_indices(s, len)?;
                    let mut positions: Vec<usize> = (0..si.len).map(|k| (si.start + k as i64 * si.step) as usize).collect();
                    crate::order::sort(&mut positions);
                    let mut cur = l.borrow_mut();
                    for p in positions.into_iter().rev() {
                        if p < cur.len() {
                            cur.remove(p);
                        }
                    }
                    return Ok(());
                }
                let len = l.len();
                let i = self.seq_index(obj, len, "list assignment", idx)?;
                l.borrow_mut().remove(i);
                Ok(())
            }
            Value::Dict(d) => {
                let key = self.dict_key_in(d, idx.clone())?;
                match d.remove(&key) {
                    Some(_) => Ok(()),
                    None => Err(super::Flow::Exc(self.key_error(idx.clone()))),
                }
            }
            Value::Instance(i) => match i.class.lookup("__delitem__") {
                Some(f) => {
                    self.call_sync(f, vec![obj.clone(), idx.clone()], Vec::new())?;
                    Ok(())
                }
                None => {
                    let tn = i.class.name.clone();
                    self.type_error(format!("'{tn}' object doesn't support item deletion"))
                }
            },
            other => {
                let tn = self.type_name(other);
                self.type_error(format!("'{tn}' object doesn't support item deletion"))
            }
        }
    }
}

pub fn take_slice(items: &[Value], si: &SliceIdx) -> Vec<Value> {
    let mut out = Vec::with_capacity(si.len);
    let mut k = si.start;
    for _ in 0..si.len {
        if let Some(v) = items.get(k as usize) {
            out.push(v.clone());
        }
        k += si.step;
    }
    out
}
