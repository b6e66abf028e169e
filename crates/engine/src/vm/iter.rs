//! Iteration: `iter()`, `next()`, unpacking, and collecting iterables for
//! built-in functions. Generators are resumed on a nested fiber here; the
//! `ForIter` instruction resumes them inline instead.

use super::{Flow, PyResult, Vm};
use crate::value::*;
use std::cell::RefCell;
use std::rc::Rc;

impl Vm {
    pub fn is_iterable(&self, v: &Value) -> bool {
        match v {
            Value::Str(_)
            | Value::Bytes(_)
            | Value::Tuple(_)
            | Value::List(_)
            | Value::Dict(_)
            | Value::Set(_)
            | Value::Range(_)
            | Value::Iter(_) => true,
            Value::Generator(g) => !g.is_async(),
            Value::Descriptor(d) => matches!(&**d, Descriptor::DictView(..)),
            Value::Instance(i) => i.class.lookup("__iter__").is_some() || i.class.lookup("__getitem__").is_some(),
            Value::Class(c) => super::types::meta_method(c, "__iter__").is_some(),
            _ => false,
        }
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if let Value::Class(c) = v {
            if let Some(f) = super::types::meta_method(c, "__iter__") {
                return self.call_sync(f, vec![v.clone()], Vec::new());
            }
        }
        let it = match v {
            Value::List(_) | Value::Tuple(_) | Value::Bytes(_) => NativeIter::Seq { seq: v.clone(), index: 0 },
            Value::Str(s) => NativeIter::Str { s: s.clone(), pos: 0 },
            Value::Range(r) => NativeIter::Range { next: r.start, stop: r.stop, step: r.step },
            Value::Dict(d) => NativeIter::Dict { dict: d.clone(), index: 0, len: d.len(), view: DictView::Keys },
            Value::Set(s) => NativeIter::Set { set: s.clone(), items: s.items(), index: 0 },
            Value::Generator(g) if g.is_async() => return self.not_iterable(v),
            Value::Iter(_) | Value::Generator(_) => return Ok(v.clone()),
            Value::Native(n) => match crate::builtins::collections::native_items(n) {
                Some(items) => NativeIter::Seq { seq: Value::list(items), index: 0 },
                None => return self.not_iterable(v),
            },
            Value::Descriptor(d) => match &**d {
                Descriptor::DictView(dict, view) => NativeIter::Dict { dict: dict.clone(), index: 0, len: dict.len(), view: *view },
                _ => return self.not_iterable(v),
            },
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup("__iter__") {
                    let r = self.call_sync(f, vec![v.clone()], Vec::new())?;
                    let ok = match &r {
                        Value::Instance(ri) => ri.class.lookup("__next__").is_some(),
                        Value::Iter(_) | Value::Generator(_) => true,
            Value::Native(n) => crate::builtins::collections::native_items(n).is_some(),
                        _ => false,
                    };
                    if !ok {
                        let tn = self.type_name(&r);
                        return self.type_error(format!("iter() returned non-iterator of type '{tn}'"));
                    }
                    return Ok(r);
                }
                if i.class.lookup("__getitem__").is_some() {
                    // The old sequence protocol: obj[0], obj[1], ... until IndexError.
                    return Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::SeqProto { obj: v.clone(), index: 0 }))));
                }
                return self.not_iterable(v);
            }
            _ => return self.not_iterable(v),
        };
        Ok(Value::Iter(Rc::new(RefCell::new(it))))
    }

    fn not_iterable<T>(&self, v: &Value) -> PyResult<T> {
        let tn = self.type_name(v);
        self.type_error(format!("'{tn}' object is not iterable"))
    }

    /// Advance a built-in iterator. `None` at the end.
    pub fn native_next(&mut self, it: &Rc<RefCell<NativeIter>>) -> PyResult<Option<Value>> {
        // Fast paths that never run Python code hold the borrow briefly.
        let mut guard = it.borrow_mut();
        match &mut *guard {
            NativeIter::Seq { seq, index } => {
                let v = match seq {
                    Value::List(l) => l.get(*index),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Bytes(b) => b.get(*index).map(|x| Value::Int(*x as i64)),
                    _ => None,
                };
                if v.is_some() {
                    *index += 1;
                } else {
                    *guard = NativeIter::Exhausted;
                }
                Ok(v)
            }
            NativeIter::Str { s, pos } => match s[*pos..].chars().next() {
                Some(c) => {
                    *pos += c.len_utf8();
                    let mut buf = [0u8; 4];
                    Ok(Some(Value::str(c.encode_utf8(&mut buf))))
                }
                None => Ok(None),
            },
            NativeIter::Range { next, stop, step } => {
                let more = if *step > 0 { *next < *stop } else { *next > *stop };
                if more {
                    let v = *next;
                    *next = next.saturating_add(*step);
                    if (*step > 0 && *next < v) || (*step < 0 && *next > v) {
                        *next = *stop;
                    }
                    Ok(Some(Value::Int(v)))
                } else {
                    Ok(None)
                }
            }
            NativeIter::Dict { dict, index, len, view } => {
                if dict.len() != *len {
                    let d = dict.len() != *len;
                    drop(guard);
                    if d {
                        return self.err("RuntimeError", "dictionary changed size during iteration");
                    }
                    return Ok(None);
                }
                match dict.entry_at(*index) {
                    Some((k, v)) => {
                        *index += 1;
                        Ok(Some(match view {
                            DictView::Keys => k,
                            DictView::Values => v,
                            DictView::Items => Value::tuple(vec![k, v]),
                        }))
                    }
                    None => Ok(None),
                }
            }
            NativeIter::Set { set, items, index } => {
                if set.len() != items.len() {
                    drop(guard);
                    return self.err("RuntimeError", "Set changed size during iteration");
                }
                let v = items.get(*index).cloned();
                if v.is_some() {
                    *index += 1;
                }
                Ok(v)
            }
            NativeIter::Reversed { seq, index } => {
                if *index == 0 {
                    return Ok(None);
                }
                *index -= 1;
                let v = match seq {
                    Value::List(l) => l.get(*index),
                    Value::Tuple(t) => t.get(*index).cloned(),
                    Value::Str(s) => s.chars().nth(*index).map(|c| Value::str(&c.to_string())),
                    Value::Range(r) => Some(Value::Int(r.get(*index))),
                    _ => None,
                };
                Ok(v)
            }
            NativeIter::Exhausted => Ok(None),
            NativeIter::Enumerate { .. }
            | NativeIter::Zip { .. }
            | NativeIter::Map { .. }
            | NativeIter::Filter { .. }
            | NativeIter::Callable { .. }
            | NativeIter::SeqProto { .. }
            | NativeIter::Repeat { .. } => {
                drop(guard);
                // zip(zip(zip(...))) a hundred thousand deep recurses here.
                self.enter_native(" while calling a Python object")?;
                let next = self.next_composite(it);
                self.leave_native();
                next
            }
        }
    }

    /// Iterators that call other iterators or Python functions. The state
    /// is out of its cell while they run (a re-entrant `next` sees it
    /// exhausted); it goes back unless this was the end.
    fn next_composite(&mut self, it: &Rc<RefCell<NativeIter>>) -> PyResult<Option<Value>> {
        let mut state = std::mem::replace(&mut *it.borrow_mut(), NativeIter::Exhausted);
        let result = match &mut state {
            NativeIter::Enumerate { inner, count } => match self.next_value(inner)? {
                Some(v) => {
                    *count += 1;
                    Some(Value::tuple(vec![Value::Int(*count - 1), v]))
                }
                None => None,
            },
            NativeIter::Zip { iters, strict } => {
                let mut items = Vec::with_capacity(iters.len());
                let mut ended_at = None;
                for (i, sub) in iters.iter().enumerate() {
                    match self.next_value(sub)? {
                        Some(v) => items.push(v),
                        None => {
                            ended_at = Some(i);
                            break;
                        }
                    }
                }
                match ended_at {
                    None if !iters.is_empty() => Some(Value::tuple(items)),
                    None => None,
                    Some(i) => {
                        if *strict {
                            if i > 0 {
                                let s = if i == 1 { " 1".to_string() } else { format!("s 1-{i}") };
                                return self.value_error(format!("zip() argument {} is shorter than argument{}", i + 1, s));
                            }
                            for (j, sub) in iters.iter().enumerate().skip(1) {
                                if self.next_value(sub)?.is_some() {
                                    let s = if j == 1 { " 1".to_string() } else { format!("s 1-{j}") };
                                    return self.value_error(format!("zip() argument {} is longer than argument{}", j + 1, s));
                                }
                            }
                        }
                        None
                    }
                }
            }
            NativeIter::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                let mut done = false;
                for sub in iters.iter() {
                    match self.next_value(sub)? {
                        Some(v) => args.push(v),
                        None => {
                            done = true;
                            break;
                        }
                    }
                }
                if done {
                    None
                } else {
                    Some(self.call_sync(func.clone(), args, Vec::new())?)
                }
            }
            NativeIter::Filter { func, inner } => {
                let mut found = None;
                while let Some(v) = self.next_value(inner)? {
                    let keep = if func.is_none() {
                        self.truthy(&v)?
                    } else {
                        let r = self.call_sync(func.clone(), vec![v.clone()], Vec::new())?;
                        self.truthy(&r)?
                    };
                    if keep {
                        found = Some(v);
                        break;
                    }
                }
                found
            }
            NativeIter::SeqProto { obj, index } => match self.getitem(obj, &Value::Int(*index)) {
                Ok(v) => {
                    *index += 1;
                    Some(v)
                }
                Err(Flow::Exc(e)) if self.exc_is(&e, "IndexError") || self.exc_is(&e, "StopIteration") => None,
                Err(e) => return Err(e),
            },
            NativeIter::Repeat { func, remaining } => {
                if *remaining == 0 {
                    None
                } else {
                    let v = self.call_sync(func.clone(), Vec::new(), Vec::new())?;
                    *remaining -= 1;
                    Some(v)
                }
            }
            NativeIter::Callable { func, sentinel } => {
                let v = self.call_sync(func.clone(), Vec::new(), Vec::new())?;
                if self.eq_any(&v, sentinel)? {
                    None
                } else {
                    Some(v)
                }
            }
            _ => {
                *it.borrow_mut() = state;
                return Ok(None);
            }
        };
        if result.is_some() {
            *it.borrow_mut() = state;
        }
        Ok(result)
    }

    /// `next(it)` for any iterator; `None` when exhausted.
    pub fn next_value(&mut self, it: &Value) -> PyResult<Option<Value>> {
        // Native loops (sum, sorted, list(...)) count one operation per
        // item, so a huge one ends with the no-yield LIMIT, not a hang.
        self.cur.ops_since_yield += 1;
        if self.cur.ops_since_yield & 0xfff == 0 && self.ops_since_yield() > self.limits.max_ops_without_yield {
            return Err(Flow::Signal(super::Signal::Limit(self.blocked_message())));
        }
        match it {
            Value::Iter(ni) => self.native_next(ni),
            Value::Generator(g) => self.generator_next(g),
            Value::Instance(i) => {
                let Some(f) = i.class.lookup("__next__") else {
                    let tn = i.class.name.clone();
                    return self.type_error(format!("'{tn}' object is not an iterator"));
                };
                match self.call_sync(f, vec![it.clone()], Vec::new()) {
                    Ok(v) => Ok(Some(v)),
                    Err(Flow::Exc(e)) if self.exc_is(&e, "StopIteration") => Ok(None),
                    Err(e) => Err(e),
                }
            }
            other => {
                let tn = self.type_name(other);
                self.type_error(format!("'{tn}' object is not an iterator"))
            }
        }
    }

    /// Resume a generator on a nested fiber until it yields or returns
    /// (`None`: it returned).
    pub fn generator_next(&mut self, g: &Rc<Generator>) -> PyResult<Option<Value>> {
        if g.is_async() {
            return self.type_error("'async_generator' object is not an iterator");
        }
        if g.state.get() == GenState::Finished {
            return Ok(None);
        }
        match self.gen_resume(g, super::generator::Resume::Send(Value::None))? {
            super::generator::GenOutcome::Yielded(v) => Ok(Some(v)),
            super::generator::GenOutcome::Returned(_) => Ok(None),
        }
    }

    /// All items of an iterable (for `list(x)`, `sorted(x)`, `*x`, ...).
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v {
            Value::List(l) => return Ok(l.snapshot()),
            Value::Tuple(t) => return Ok(t.to_vec()),
            Value::Range(r) => {
                if r.len() > self.limits.max_collection_len {
                    return self.err("MemoryError", "");
                }
                return Ok((0..r.len()).map(|i| Value::Int(r.get(i))).collect());
            }
            Value::Dict(d) => return Ok(d.keys()),
            Value::Set(s) => return Ok(s.items()),
            Value::Str(s) => return Ok(s.chars().map(|c| Value::str(&c.to_string())).collect()),
            _ => {}
        }
        let it = self.get_iter(v)?;
        let mut out = Vec::new();
        while let Some(x) = self.next_value(&it)? {
            if out.len() >= self.limits.max_collection_len {
                return self.err("MemoryError", "");
            }
            out.push(x);
        }
        Ok(out)
    }

    /// Unpack for `a, b = v` (`after` = None) or `a, *b, c = v`.
    pub fn unpack(&mut self, v: &Value, before: usize, after: Option<usize>) -> PyResult<Vec<Value>> {
        if !self.is_iterable(v) {
            let tn = self.type_name(v);
            return self.type_error(format!("cannot unpack non-iterable {tn} object"));
        }
        let items = self.collect_iterable(v)?;
        match after {
            None => {
                if items.len() != before {
                    if items.len() > before {
                        return self.value_error(format!("too many values to unpack (expected {before})"));
                    }
                    return self.value_error(format!("not enough values to unpack (expected {before}, got {})", items.len()));
                }
                Ok(items)
            }
            Some(after) => {
                if items.len() < before + after {
                    return self.value_error(format!(
                        "not enough values to unpack (expected at least {}, got {})",
                        before + after,
                        items.len()
                    ));
                }
                let mut out: Vec<Value> = items[..before].to_vec();
                out.push(Value::list(items[before..items.len() - after].to_vec()));
                out.extend_from_slice(&items[items.len() - after..]);
                Ok(out)
            }
        }
    }

    /// `aiter(v)` for `async for`.
    pub fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        match v {
            Value::Generator(g) if g.is_async() => Ok(v.clone()),
            Value::Instance(i) if i.class.lookup("__aiter__").is_some() => self.call_method(v, "__aiter__", Vec::new()),
            _ => {
                let tn = self.type_name(v);
                self.type_error(format!("'async for' requires an object with __aiter__ method, got {tn}"))
            }
        }
    }
}
