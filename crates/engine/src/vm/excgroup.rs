//! Exception groups for `except*`: splitting a group by type, and
//! combining what the handlers raised (CPython's `exception_group_match`
//! and `_PyExc_PrepReraiseStar`).

use super::{Flow, PyResult, Vm};
use crate::value::*;
use std::rc::Rc;

impl Vm {
    fn group_parts(v: &Value) -> Option<(Value, Vec<Value>)> {
        match v {
            Value::Instance(i) => i.exc().and_then(|d| d.group.clone()),
            _ => None,
        }
    }

    /// A new group like `orig` (same message and metadata) with `excs`.
    fn derive_group(&mut self, orig: &Value, excs: Vec<Value>) -> Value {
        let msg = Vm::group_parts(orig).map(|g| g.0).unwrap_or_else(|| Value::str(""));
        let g = self.new_group(msg, excs);
        if let (Value::Instance(o), Value::Instance(n)) = (orig, &g) {
            if let (Some(od), Some(mut nd)) = (o.exc(), n.exc_mut()) {
                nd.cause = od.cause.clone();
                nd.context = od.context.clone();
                nd.traceback = od.traceback.clone();
                nd.notes = od.notes.clone();
            }
        }
        g
    }

    /// `ExceptionGroup(msg, excs)` (or `BaseExceptionGroup` when some are
    /// not `Exception`s).
    pub fn new_group(&mut self, msg: Value, excs: Vec<Value>) -> Value {
        let all_exc = excs.iter().all(|e| self.exc_is(e, "Exception"));
        let cls = self.types.exc(if all_exc { "ExceptionGroup" } else { "BaseExceptionGroup" });
        let v = self.new_exception(&cls, vec![msg.clone(), Value::tuple(excs.clone())]);
        if let Value::Instance(i) = &v {
            if let Some(mut d) = i.exc_mut() {
                d.group = Some((msg, excs));
            }
        }
        v
    }

    /// `eg.split(typ)` → (rest, match); either may be None.
    pub fn exception_group_split(&mut self, eg: &Value, typ: &Value) -> PyResult<(Value, Value)> {
        if self.exc_matches(eg, typ)? {
            return Ok((Value::None, eg.clone()));
        }
        let Some((_, excs)) = Vm::group_parts(eg) else {
            return Ok((eg.clone(), Value::None));
        };
        let mut matched = Vec::new();
        let mut rest = Vec::new();
        for e in excs {
            let (r, m) = self.exception_group_split(&e, typ)?;
            if !m.is_none() {
                matched.push(m);
            }
            if !r.is_none() {
                rest.push(r);
            }
        }
        let m = if matched.is_empty() { Value::None } else { self.derive_group(eg, matched) };
        let r = if rest.is_empty() { Value::None } else { self.derive_group(eg, rest) };
        Ok((r, m))
    }

    /// `CheckEgMatch`: (rest, match) for an `except* typ` clause.
    pub fn exception_group_match(&mut self, exc: &Value, typ: &Value) -> PyResult<(Value, Value)> {
        let eg_classes = [self.types.exc("BaseExceptionGroup")];
        let catches_group = match typ {
            Value::Class(c) => eg_classes.iter().any(|g| c.is_subclass(g)),
            Value::Tuple(t) => t.iter().any(|x| matches!(x, Value::Class(c) if eg_classes.iter().any(|g| c.is_subclass(g)))),
            _ => false,
        };
        if catches_group {
            return self.type_error("catching ExceptionGroup with except* is not allowed. Use except instead.");
        }
        if self.exc_matches(exc, typ)? {
            if Vm::group_parts(exc).is_some() {
                return Ok((Value::None, exc.clone()));
            }
            let g = self.new_group(Value::str(""), vec![exc.clone()]);
            if let (Value::Instance(o), Value::Instance(n)) = (exc, &g) {
                if let (Some(od), Some(mut nd)) = (o.exc(), n.exc_mut()) {
                    nd.traceback = od.traceback.clone();
                }
            }
            return Ok((Value::None, g));
        }
        if Vm::group_parts(exc).is_some() {
            return self.exception_group_split(exc, typ);
        }
        Ok((exc.clone(), Value::None))
    }

    fn leaves(v: &Value, out: &mut Vec<Value>) {
        match Vm::group_parts(v) {
            Some((_, excs)) => {
                for e in &excs {
                    Vm::leaves(e, out);
                }
            }
            None => out.push(v.clone()),
        }
    }

    /// The part of `orig` whose leaves are in `keep` (structure kept).
    fn project(&mut self, orig: &Value, keep: &[Value]) -> Value {
        match Vm::group_parts(orig) {
            None => {
                if keep.iter().any(|k| k.is(orig)) {
                    orig.clone()
                } else {
                    Value::None
                }
            }
            Some((_, excs)) => {
                let mut parts = Vec::new();
                for e in &excs {
                    let p = self.project(e, keep);
                    if !p.is_none() {
                        parts.push(p);
                    }
                }
                if parts.is_empty() {
                    Value::None
                } else if parts.len() == excs.len() && parts.iter().zip(excs.iter()).all(|(a, b)| a.is(b)) {
                    orig.clone()
                } else {
                    self.derive_group(orig, parts)
                }
            }
        }
    }

    /// `PrepReraiseStar`: what to raise after the `except*` clauses ran
    /// (None if everything was handled).
    pub fn prep_reraise_star(&mut self, orig: &Value, raised: &Value) -> PyResult<Value> {
        let excs: Vec<Value> = match raised {
            Value::List(l) => l.snapshot(),
            _ => return Err(Flow::Signal(super::Signal::Internal("PrepReraiseStar list".into()))),
        };
        if excs.is_empty() {
            return Ok(Value::None);
        }
        if Vm::group_parts(orig).is_none() {
            // A naked exception: only one clause could have run.
            return Ok(excs.into_iter().find(|e| !e.is_none()).unwrap_or(Value::None));
        }
        let mut orig_leaves = Vec::new();
        Vm::leaves(orig, &mut orig_leaves);
        let mut new_raised = Vec::new();
        let mut reraised_leaves = Vec::new();
        for e in excs.into_iter().filter(|e| !e.is_none()) {
            let mut ls = Vec::new();
            Vm::leaves(&e, &mut ls);
            let is_reraise = ls.iter().all(|l| orig_leaves.iter().any(|o| o.is(l)));
            if is_reraise {
                reraised_leaves.extend(ls);
            } else {
                new_raised.push(e);
            }
        }
        let reraised = if reraised_leaves.is_empty() { Value::None } else { self.project(orig, &reraised_leaves) };
        if new_raised.is_empty() {
            return Ok(reraised);
        }
        if !reraised.is_none() {
            new_raised.push(reraised);
        }
        Ok(self.new_group(Value::str(""), new_raised))
    }
}

#[allow(dead_code)]
fn _rc(_: Rc<()>) {}
