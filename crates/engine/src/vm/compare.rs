//! Truth, comparison and containment (`bool(v)`, `==`, `<`, `in`) with
//! CPython's rules: exact int/float comparison, sequences item by item,
//! user classes' rich comparisons and `__bool__`/`__len__`/`__contains__`.

use super::ops::{as_num, to_big, Num};
use super::{PyResult, Vm};
use crate::ast::CmpOp;
use crate::value::*;
use num_bigint::BigInt;
use num_traits::Zero;
use std::cmp::Ordering;
use std::rc::Rc;

impl Vm {
    /// Truth value (`bool(v)`).
    pub fn truthy(&mut self, v: &Value) -> PyResult<bool> {
        Ok(match v {
            Value::None | Value::Null => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::BigInt(b) => !b.is_zero(),
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::Bytes(b) => !b.is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Dict(d) => !d.is_empty(),
            Value::Set(s) => !s.is_empty(),
            Value::Range(r) => !r.is_empty(),
            Value::Native(n) => crate::builtins::collections::native_len(n).map(|k| k > 0).unwrap_or(true),
            Value::Descriptor(d) => match &**d {
                Descriptor::DictView(d, _) => !d.is_empty(),
                _ => true,
            },
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup("__bool__") {
                    match self.call_sync(f, vec![v.clone()], Vec::new())? {
                        Value::Bool(b) => b,
                        other => {
                            let tn = self.type_name(&other);
                            return self.type_error(format!("__bool__ should return bool, returned {tn}"));
                        }
                    }
                } else if let Some(f) = i.class.lookup("__len__") {
                    let n = self.call_sync(f, vec![v.clone()], Vec::new())?;
                    self.truthy(&n)?
                } else {
                    true
                }
            }
            _ => true,
        })
    }

    pub fn compare_op(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Value> {
        Ok(Value::Bool(match op {
            CmpOp::Is => a.is(b),
            CmpOp::IsNot => !a.is(b),
            CmpOp::In => self.contains(b, a)?,
            CmpOp::NotIn => !self.contains(b, a)?,
            CmpOp::Eq => {
                if let Value::Instance(_) = a {
                    return self.rich_instance(a, b, "__eq__", "__eq__").map(|r| r.unwrap_or(Value::Bool(a.is(b))));
                }
                if let Value::Instance(_) = b {
                    return self.rich_instance(a, b, "__eq__", "__eq__").map(|r| r.unwrap_or(Value::Bool(a.is(b))));
                }
                self.eq(a, b)?
            }
            CmpOp::NotEq => {
                if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
                    if let Some(r) = self.rich_instance(a, b, "__ne__", "__ne__")? {
                        return Ok(r);
                    }
                    if let Some(r) = self.rich_instance(a, b, "__eq__", "__eq__")? {
                        let t = self.truthy(&r)?;
                        return Ok(Value::Bool(!t));
                    }
                    return Ok(Value::Bool(!a.is(b)));
                }
                !self.eq(a, b)?
            }
            CmpOp::Lt | CmpOp::LtE | CmpOp::Gt | CmpOp::GtE => {
                if matches!(a, Value::Instance(_)) || matches!(b, Value::Instance(_)) {
                    let (n, r) = match op {
                        CmpOp::Lt => ("__lt__", "__gt__"),
                        CmpOp::LtE => ("__le__", "__ge__"),
                        CmpOp::Gt => ("__gt__", "__lt__"),
                        _ => ("__ge__", "__le__"),
                    };
                    return match self.rich_instance(a, b, n, r)? {
                        Some(v) => Ok(v),
                        None => self.order_error(a, b, op),
                    };
                }
                let ord = self.order(a, b, op)?;
                match (op, ord) {
                    (_, None) => false,
                    (CmpOp::Lt, Some(o)) => o == Ordering::Less,
                    (CmpOp::LtE, Some(o)) => o != Ordering::Greater,
                    (CmpOp::Gt, Some(o)) => o == Ordering::Greater,
                    (_, Some(o)) => o != Ordering::Less,
                }
            }
        }))
    }

    /// Try `a.name(b)` then `b.rname(a)`; `None` if both are missing or
    /// return NotImplemented.
    fn rich_instance(&mut self, a: &Value, b: &Value, name: &str, rname: &str) -> PyResult<Option<Value>> {
        if let Value::Instance(i) = a {
            if let Some(f) = i.class.lookup(name) {
                let r = self.call_sync(f, vec![a.clone(), b.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        if let Value::Instance(i) = b {
            if let Some(f) = i.class.lookup(rname) {
                let r = self.call_sync(f, vec![b.clone(), a.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(Some(r));
                }
            }
        }
        Ok(None)
    }

    fn order_error<T>(&self, a: &Value, b: &Value, op: CmpOp) -> PyResult<T> {
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        self.type_error(format!("'{}' not supported between instances of '{ta}' and '{tb}'", op.symbol()))
    }

    /// `a == b` (for built-in types; instances through `__eq__`).
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if matches!(a, Value::List(_) | Value::Tuple(_) | Value::Dict(_)) && matches!(b, Value::List(_) | Value::Tuple(_) | Value::Dict(_)) {
            self.enter_native(" in comparison")?;
            let r = self.eq_inner(a, b);
            self.leave_native();
            return r;
        }
        self.eq_inner(a, b)
    }

    /// Element-wise equality of two sequences (identity first, as CPython).
    fn items_eq(&mut self, xs: &[Value], ys: &[Value]) -> PyResult<bool> {
        if xs.len() != ys.len() {
            return Ok(false);
        }
        for (p, q) in xs.iter().zip(ys.iter()) {
            if !p.is(q) && !self.eq_any(p, q)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    fn eq_inner(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        use Value::*;
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(num_cmp(&x, &y) == Some(Ordering::Equal));
        }
        Ok(match (a, b) {
            (Str(x), Str(y)) => x == y,
            (Bytes(x), Bytes(y)) => x == y,
            (None, None) => true,
            (Tuple(x), Tuple(y)) => {
                self.items_eq(x, y)?
            }
            (List(x), List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (xs, ys) = (x.snapshot(), y.snapshot());
                self.items_eq(&xs, &ys)?
            }
            (Dict(x), Dict(y)) if x.flavor().or_else(|| y.flavor()).is_some_and(|c| c.dict.borrow().contains_key("__eq__")) => {
                // Counter / OrderedDict equality.
                let (this, other) = if x.flavor().is_some_and(|c| c.dict.borrow().contains_key("__eq__")) { (a, b) } else { (b, a) };
                let f = self.types.type_of(this).lookup("__eq__").unwrap_or(Value::None);
                let r = self.call_sync(f, vec![this.clone(), other.clone()], Vec::new())?;
                return self.truthy(&r);
            }
            (Dict(x), Dict(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (k, v) in x.items() {
                    let key = self.dict_key(k)?;
                    match y.get(&key) {
                        Some(w) => {
                            if !v.is(&w) && !self.eq_any(&v, &w)? {
                                return Ok(false);
                            }
                        }
                        Option::None => return Ok(false),
                    }
                }
                true
            }
            (Set(x), Set(y)) => {
                if x.len() != y.len() {
                    return Ok(false);
                }
                for v in x.items() {
                    if !self.set_contains(y, &v)? {
                        return Ok(false);
                    }
                }
                true
            }
            (Range(x), Range(y)) => {
                let (lx, ly) = (x.len(), y.len());
                lx == ly && (lx == 0 || (x.start == y.start && (lx == 1 || x.step == y.step)))
            }
            (Descriptor(x), Descriptor(y)) => match (&**x, &**y) {
                (crate::value::Descriptor::DictView(dx, vx), crate::value::Descriptor::DictView(dy, vy)) if vx == vy => {
                    let (ax, ay) = (self.view_items(dx, *vx), self.view_items(dy, *vy));
                    if *vx == DictView::Values {
                        false
                    } else {
                        let sx = self.new_set(ax, true)?;
                        let sy = self.new_set(ay, true)?;
                        self.eq(&sx, &sy)?
                    }
                }
                _ => a.is(b),
            },
            (Native(x), Native(y)) => match (crate::builtins::collections::native_items(x), crate::builtins::collections::native_items(y)) {
                // deque == deque: element-wise.
                (Some(xs), Some(ys)) => {
                    self.items_eq(&xs, &ys)?
                }
                _ => a.is(b),
            },
            (Descriptor(v), Set(_)) | (Set(_), Descriptor(v)) => match &**v {
                crate::value::Descriptor::DictView(d, kind @ (DictView::Keys | DictView::Items)) => {
                    // dict_keys / dict_items compare with sets as sets.
                    let items = self.view_items(d, *kind);
                    let sv = self.new_set(items, true)?;
                    let other = if matches!(a, Set(_)) { a } else { b };
                    self.eq(&sv, other)?
                }
                _ => false,
            },
            _ => a.is(b),
        })
    }

    /// Equality for any two values, including instances.
    pub fn eq_any(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        let r = self.compare_op(a, b, CmpOp::Eq)?;
        self.truthy(&r)
    }

    /// Ordering of built-in values; TypeError when not orderable.
    pub fn order(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        if matches!(a, Value::List(_) | Value::Tuple(_)) {
            self.enter_native(" in comparison")?;
            let r = self.order_inner(a, b, op);
            self.leave_native();
            return r;
        }
        self.order_inner(a, b, op)
    }

    fn order_inner(&mut self, a: &Value, b: &Value, op: CmpOp) -> PyResult<Option<Ordering>> {
        use Value::*;
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            return Ok(num_cmp(&x, &y));
        }
        match (a, b) {
            (Str(x), Str(y)) => Ok(Some(x.as_ref().cmp(y.as_ref()))),
            (Bytes(x), Bytes(y)) => Ok(Some(x.as_ref().cmp(y.as_ref()))),
            (Tuple(_), Tuple(_)) | (List(_), List(_)) => {
                let xs = seq_items(a);
                let ys = seq_items(b);
                for (p, q) in xs.iter().zip(ys.iter()) {
                    if p.is(q) || self.eq_any(p, q)? {
                        continue;
                    }
                    // First differing element decides.
                    let lt = self.compare_op(p, q, op)?;
                    let t = self.truthy(&lt)?;
                    return Ok(Some(match op {
                        CmpOp::Lt | CmpOp::LtE => {
                            if t {
                                Ordering::Less
                            } else {
                                Ordering::Greater
                            }
                        }
                        _ => {
                            if t {
                                Ordering::Greater
                            } else {
                                Ordering::Less
                            }
                        }
                    }));
                }
                Ok(Some(xs.len().cmp(&ys.len())))
            }
            (Set(x), Set(y)) => {
                let sub = x.items().iter().all(|v| y.contains_native(v));
                let sup = y.items().iter().all(|v| x.contains_native(v));
                // Incomparable sets give None: every ordering test is False.
                Ok(match (sub, sup) {
                    (true, true) => Some(Ordering::Equal),
                    (true, false) => Some(Ordering::Less),
                    (false, true) => Some(Ordering::Greater),
                    _ => Option::None,
                })
            }
            _ => self.order_error(a, b, op),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if let Value::Class(c) = container {
            if let Some(f) = super::types::meta_method(c, "__contains__") {
                let r = self.call_sync(f, vec![container.clone(), item.clone()], Vec::new())?;
                return self.truthy(&r);
            }
        }
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.contains(&**sub)),
                other => {
                    let tn = self.type_name(other);
                    self.type_error(format!("'in <string>' requires string as left operand, not {tn}"))
                }
            },
            Value::Bytes(b) => match item {
                Value::Bytes(sub) => Ok(sub.is_empty() || b.windows(sub.len()).any(|w| w == &**sub)),
                Value::Int(i) => match u8::try_from(*i) {
                    Ok(x) => Ok(b.contains(&x)),
                    Err(_) => self.value_error("byte must be in range(0, 256)"),
                },
                _ => self.type_error("a bytes-like object is required"),
            },
            Value::List(_) | Value::Tuple(_) => {
                for v in seq_items(container) {
                    if v.is(item) || self.eq_any(&v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(d) => {
                let key = self.dict_key_in(d, item.clone())?;
                Ok(d.get(&key).is_some())
            }
            Value::Set(s) => self.set_contains(s, item),
            Value::Range(r) => match as_num(item) {
                Some(Num::I(i)) => {
                    let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
                    let i = i as i128;
                    let inside = if step > 0 { i >= start && i < stop } else { i <= start && i > stop };
                    Ok(inside && (i - start) % step == 0)
                }
                _ => {
                    for k in 0..r.len() {
                        if self.eq_any(&Value::Int(r.get(k)), item)? {
                            return Ok(true);
                        }
                    }
                    Ok(false)
                }
            },
            Value::Instance(i) => {
                if let Some(f) = i.class.lookup("__contains__") {
                    let r = self.call_sync(f, vec![container.clone(), item.clone()], Vec::new())?;
                    return self.truthy(&r);
                }
                self.contains_by_iteration(container, item)
            }
            Value::Descriptor(d) => match &**d {
                Descriptor::DictView(dict, DictView::Keys) => {
                    let key = self.dict_key(item.clone())?;
                    Ok(dict.get(&key).is_some())
                }
                _ => self.contains_by_iteration(container, item),
            },
            _ => self.contains_by_iteration(container, item),
        }
    }

    fn contains_by_iteration(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if !self.is_iterable(container) {
            let tn = self.type_name(container);
            return self.type_error(format!("argument of type '{tn}' is not iterable"));
        }
        let it = self.get_iter(container)?;
        while let Some(v) = self.next_value(&it)? {
            if v.is(item) || self.eq_any(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    /// The items of a dict view, as a list of values.
    pub fn view_items(&self, d: &Dict, view: DictView) -> Vec<Value> {
        match view {
            DictView::Keys => d.keys(),
            DictView::Values => d.values(),
            DictView::Items => d.items().into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect(),
        }
    }
}

/// Items of a list or tuple (a snapshot).
pub fn seq_items(v: &Value) -> Vec<Value> {
    match v {
        Value::List(l) => l.snapshot(),
        Value::Tuple(t) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// Exact comparison of two numbers (int vs float compared exactly, as
/// CPython does). `None` when a NaN is involved.
pub fn num_cmp(x: &Num, y: &Num) -> Option<Ordering> {
    match (x, y) {
        (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
        (Num::F(a), Num::F(b)) => a.partial_cmp(b),
        (Num::F(a), other) => num_cmp(other, &Num::F(*a)).map(|o| o.reverse()),
        (Num::I(a), Num::F(b)) => {
            if b.is_nan() {
                None
            } else if a.unsigned_abs() < (1u64 << 53) {
                (*a as f64).partial_cmp(b)
            } else {
                big_float_cmp(&BigInt::from(*a), *b)
            }
        }
        (Num::B(a), Num::F(b)) => {
            if b.is_nan() {
                None
            } else {
                big_float_cmp(a, *b)
            }
        }
        (a, b) => Some(to_big(a).cmp(&to_big(b))),
    }
}

fn big_float_cmp(a: &BigInt, b: f64) -> Option<Ordering> {
    if b.is_infinite() {
        return Some(if b > 0.0 { Ordering::Less } else { Ordering::Greater });
    }
    // Compare a with floor(b), then the fraction.
    let fl = b.floor();
    let fb = num_traits::FromPrimitive::from_f64(fl).unwrap_or_else(BigInt::zero);
    match a.cmp(&fb) {
        Ordering::Equal => {
            if b > fl {
                Some(Ordering::Less)
            } else {
                Some(Ordering::Equal)
            }
        }
        o => Some(o),
    }
}
