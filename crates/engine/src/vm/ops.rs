//! Operators: arithmetic, comparison, truth, containment — with CPython's
//! type rules, results and messages. User classes get their dunder
//! methods (`__add__`/`__radd__`, `__eq__`, `__lt__`, `__bool__`, ...).

use super::{Flow, PyResult, Vm};
use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::format::{self, IntPow};
use crate::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use std::cmp::Ordering;
use std::rc::Rc;

/// A number, for arithmetic.
#[derive(Clone)]
pub enum Num {
    I(i64),
    B(BigInt),
    F(f64),
}

pub fn as_num(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::I(*i)),
        Value::Bool(b) => Some(Num::I(*b as i64)),
        Value::BigInt(b) => Some(Num::B((**b).clone())),
        Value::Float(f) => Some(Num::F(*f)),
        _ => None,
    }
}

pub fn to_big(n: &Num) -> BigInt {
    match n {
        Num::I(i) => BigInt::from(*i),
        Num::B(b) => b.clone(),
        Num::F(f) => BigInt::from(*f as i64),
    }
}

/// The value of an int-like `Value` as a BigInt.
pub fn value_to_big(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::BigInt(b) => Some((**b).clone()),
        _ => None,
    }
}

fn op_dunder(op: BinOp) -> (&'static str, &'static str, &'static str) {
    match op {
        BinOp::Add => ("__add__", "__radd__", "__iadd__"),
        BinOp::Sub => ("__sub__", "__rsub__", "__isub__"),
        BinOp::Mult => ("__mul__", "__rmul__", "__imul__"),
        BinOp::MatMult => ("__matmul__", "__rmatmul__", "__imatmul__"),
        BinOp::Div => ("__truediv__", "__rtruediv__", "__itruediv__"),
        BinOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        BinOp::Mod => ("__mod__", "__rmod__", "__imod__"),
        BinOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
        BinOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
        BinOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
        BinOp::BitOr => ("__or__", "__ror__", "__ior__"),
        BinOp::BitXor => ("__xor__", "__rxor__", "__ixor__"),
        BinOp::BitAnd => ("__and__", "__rand__", "__iand__"),
    }
}

impl Vm {
    /// Convert a `format` helper error into a Python exception.
    pub fn fmt_err<T>(&self, r: Result<T, format::PyErr>) -> PyResult<T> {
        match r {
            Ok(v) => Ok(v),
            Err(e) => {
                let kind = if e.kind == "UnsupportedComplex" { "ValueError" } else { e.kind };
                self.err(kind, e.msg)
            }
        }
    }

    pub fn binary_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let (Some(x), Some(y)) = (as_num(a), as_num(b)) {
            if let (BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor, Value::Bool(p), Value::Bool(q)) = (op, a, b) {
                return Ok(Value::Bool(match op {
                    BinOp::BitAnd => *p & *q,
                    BinOp::BitOr => *p | *q,
                    _ => *p ^ *q,
                }));
            }
            if let Some(r) = self.num_op(&x, &y, op)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.flavor_binary(a, b, op)? {
            return Ok(r);
        }
        if let Some(r) = self.builtin_binary(a, b, op)? {
            return Ok(r);
        }
        self.dunder_binary(a, b, op)
    }

    /// Operators of natively made dict subclasses (Counter's `+`, `-`,
    /// `&`, `|`): their class's dunder, as for instances.
    fn flavor_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        let (name, rname, _) = op_dunder(op);
        for (x, y, n) in [(a, b, name), (b, a, rname)] {
            if let Value::Dict(d) = x {
                if let Some(f) = d.flavor().and_then(|c| c.lookup(n)) {
                    let r = self.call_sync(f, vec![x.clone(), y.clone()], Vec::new())?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(Some(r));
                    }
                }
            }
        }
        Ok(None)
    }

    /// Numeric operation; `None` when the operator does not apply (e.g.
    /// `1.5 << 2`).
    fn num_op(&mut self, x: &Num, y: &Num, op: BinOp) -> PyResult<Option<Value>> {
        if let (Num::F(_), _) | (_, Num::F(_)) = (x, y) {
            if matches!(op, BinOp::LShift | BinOp::RShift | BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::MatMult) {
                return Ok(None);
            }
            let a = self.num_to_f64(x)?;
            let b = self.num_to_f64(y)?;
            let r = match op {
                BinOp::Add => a + b,
                BinOp::Sub => a - b,
                BinOp::Mult => a * b,
                BinOp::Div => self.fmt_err(format::float_div(a, b))?,
                BinOp::FloorDiv => self.fmt_err(format::float_floordiv(a, b))?,
                BinOp::Mod => self.fmt_err(format::float_mod(a, b))?,
                BinOp::Pow => self.fmt_err(format::float_pow(a, b))?,
                _ => return Ok(None),
            };
            return Ok(Some(Value::Float(r)));
        }
        if let (Num::I(a), Num::I(b)) = (x, y) {
            let (a, b) = (*a, *b);
            let fast = match op {
                BinOp::Add => a.checked_add(b),
                BinOp::Sub => a.checked_sub(b),
                BinOp::Mult => a.checked_mul(b),
                BinOp::FloorDiv if b != 0 => {
                    let q = a.checked_div(b);
                    q.map(|q| if (a % b != 0) && ((a < 0) != (b < 0)) { q - 1 } else { q })
                }
                BinOp::Mod if b != 0 => a.checked_rem(b).map(|r| if r != 0 && ((r < 0) != (b < 0)) { r + b } else { r }),
                BinOp::BitAnd => Some(a & b),
                BinOp::BitOr => Some(a | b),
                BinOp::BitXor => Some(a ^ b),
                BinOp::LShift if (0..63).contains(&b) => a.checked_mul(1i64 << b).filter(|_| a.unsigned_abs().leading_zeros() as i64 > b),
                BinOp::RShift if b >= 0 => Some(if b >= 64 { if a < 0 { -1 } else { 0 } } else { a >> b }),
                BinOp::Div if b != 0 && a.unsigned_abs() < (1 << 53) && b.unsigned_abs() < (1 << 53) => {
                    return Ok(Some(Value::Float(a as f64 / b as f64)));
                }
                _ => None,
            };
            if let Some(r) = fast {
                return Ok(Some(Value::Int(r)));
            }
        }
        let a = to_big(x);
        let b = to_big(y);
        let r = match op {
            BinOp::Add => Value::bigint(a + b),
            BinOp::Sub => Value::bigint(a - b),
            BinOp::Mult => {
                if a.bits() + b.bits() > 1 << 24 {
                    return self.err("MemoryError", "");
                }
                Value::bigint(a * b)
            }
            BinOp::Div => Value::Float(self.fmt_err(format::int_true_div(&a, &b))?),
            BinOp::FloorDiv => {
                if b.is_zero() {
                    return self.err("ZeroDivisionError", "integer division or modulo by zero");
                }
                Value::bigint(self.fmt_err(format::int_floordiv(&a, &b))?)
            }
            BinOp::Mod => {
                if b.is_zero() {
                    return self.err("ZeroDivisionError", "integer modulo by zero");
                }
                Value::bigint(self.fmt_err(format::int_mod(&a, &b))?)
            }
            BinOp::Pow => match self.fmt_err(format::int_pow(&a, &b))? {
                IntPow::Int(i) => Value::bigint(i),
                IntPow::Float(f) => Value::Float(f),
            },
            BinOp::LShift => {
                if b.is_negative() {
                    return self.value_error("negative shift count");
                }
                let s = b.to_u64().unwrap_or(u64::MAX);
                if s > (1 << 24) && !a.is_zero() {
                    return self.err("MemoryError", "");
                }
                Value::bigint(a << s as usize)
            }
            BinOp::RShift => {
                if b.is_negative() {
                    return self.value_error("negative shift count");
                }
                let s = b.to_u64().unwrap_or(u64::MAX);
                if s > a.bits() + 1 {
                    Value::Int(if a.is_negative() { -1 } else { 0 })
                } else {
                    Value::bigint(a >> s as usize)
                }
            }
            BinOp::BitAnd => Value::bigint(a & b),
            BinOp::BitOr => Value::bigint(a | b),
            BinOp::BitXor => Value::bigint(a ^ b),
            BinOp::MatMult => return Ok(None),
        };
        Ok(Some(r))
    }

    pub fn num_to_f64(&self, n: &Num) -> PyResult<f64> {
        match n {
            Num::I(i) => Ok(*i as f64),
            Num::F(f) => Ok(*f),
            Num::B(b) => self.fmt_err(format::int_to_f64(b)),
        }
    }

    /// Operators on built-in non-numeric types.
    fn builtin_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Option<Value>> {
        use Value::*;
        let r = match (op, a, b) {
            (BinOp::Add, Str(x), Str(y)) => {
                let mut s = String::with_capacity(x.len() + y.len());
                s.push_str(x);
                s.push_str(y);
                self.check_size(s.len())?;
                Value::str(&s)
            }
            (BinOp::Add, List(x), List(y)) => {
                let mut v = x.snapshot();
                v.extend(y.borrow().iter().cloned());
                Value::list(v)
            }
            (BinOp::Add, Tuple(x), Tuple(y)) => {
                let mut v = x.to_vec();
                v.extend(y.iter().cloned());
                Value::tuple(v)
            }
            (BinOp::Add, Bytes(x), Bytes(y)) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Value::Bytes(Rc::from(v))
            }
            (BinOp::Add, Bytes(_), Str(_) | Int(_) | Float(_) | List(_) | Tuple(_) | None) => {
                let tn = self.type_name(b);
                return self.type_error(format!("can't concat {tn} to bytes"));
            }
            (BinOp::Mult, Str(_) | List(_) | Tuple(_) | Bytes(_), Int(_) | Bool(_) | BigInt(_)) => self.repeat(a, b)?,
            (BinOp::Mult, Int(_) | Bool(_) | BigInt(_), Str(_) | List(_) | Tuple(_) | Bytes(_)) => self.repeat(b, a)?,
            (BinOp::Mod, Str(s), _) => {
                if let Instance(i) = b {
                    if i.class.lookup("__rmod__").is_some() {
                        return Ok(Option::None);
                    }
                }
                Value::str(&self.percent_format(s, b)?)
            }
            (BinOp::Sub | BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor, Set(x), Set(y)) => self.set_op(x, y, op)?,
            (BinOp::Sub | BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor, Descriptor(d), _) | (BinOp::Sub | BinOp::BitOr | BinOp::BitAnd | BinOp::BitXor, _, Descriptor(d))
                if matches!(&**d, crate::value::Descriptor::DictView(_, DictView::Keys | DictView::Items)) =>
            {
                // dict_keys / dict_items behave as sets: the result is a set.
                if !self.is_iterable(a) || !self.is_iterable(b) {
                    return Ok(Option::None);
                }
                let xs = self.collect_iterable(a)?;
                let ys = self.collect_iterable(b)?;
                let (Set(x), Set(y)) = (self.new_set(xs, false)?, self.new_set(ys, false)?) else { return Ok(Option::None) };
                self.set_op(&x, &y, op)?
            }
            (BinOp::BitOr, Dict(x), Dict(y)) => {
                let d = crate::value::Dict::new();
                for (k, v) in x.borrow().iter() {
                    d.insert(k.clone(), v.clone());
                }
                for (k, v) in y.borrow().iter() {
                    d.insert(k.clone(), v.clone());
                }
                Value::Dict(Rc::new(d))
            }
            _ => return Ok(Option::None),
        };
        Ok(Some(r))
    }

    fn check_size(&self, n: usize) -> PyResult<()> {
        if n > self.limits.max_collection_len * 8 {
            return self.err("MemoryError", "");
        }
        Ok(())
    }

    fn repeat(&mut self, seq: &Value, n: &Value) -> PyResult<Value> {
        let n = match value_to_big(n).and_then(|b| b.to_i64()) {
            Some(n) => n.max(0) as usize,
            None => return self.err("OverflowError", "cannot fit 'int' into an index-sized integer"),
        };
        let len = match seq {
            Value::Str(s) => s.len(),
            Value::List(l) => l.len(),
            Value::Tuple(t) => t.len(),
            Value::Bytes(b) => b.len(),
            _ => 0,
        };
        if len.saturating_mul(n) > self.limits.max_collection_len {
            return self.err("MemoryError", "");
        }
        Ok(match seq {
            Value::Str(s) => Value::str(&s.repeat(n)),
            Value::List(l) => {
                let items = l.snapshot();
                let mut v = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    v.extend(items.iter().cloned());
                }
                Value::list(v)
            }
            Value::Tuple(t) => {
                let mut v = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    v.extend(t.iter().cloned());
                }
                Value::tuple(v)
            }
            Value::Bytes(b) => Value::Bytes(Rc::from(b.repeat(n))),
            _ => Value::None,
        })
    }

    fn set_op(&mut self, x: &Set, y: &Set, op: BinOp) -> PyResult<Value> {
        let frozen = x.frozen;
        let out = Rc::new(Set::new(frozen));
        match op {
            BinOp::BitOr => {
                out.table_mut().merge(&x.table(), keys_equal);
                let ys = y.items();
                for v in ys {
                    self.set_add(&out, v)?;
                }
            }
            BinOp::BitAnd => {
                let (small, big) = if x.len() <= y.len() { (x, y) } else { (y, x) };
                for v in small.items() {
                    if self.set_contains(big, &v)? {
                        self.set_add(&out, v)?;
                    }
                }
            }
            BinOp::Sub => {
                for v in x.items() {
                    if !self.set_contains(y, &v)? {
                        self.set_add(&out, v)?;
                    }
                }
            }
            _ => {
                for v in x.items() {
                    if !self.set_contains(y, &v)? {
                        self.set_add(&out, v)?;
                    }
                }
                for v in y.items() {
                    if !self.set_contains(x, &v)? {
                        self.set_add(&out, v)?;
                    }
                }
            }
        }
        Ok(Value::Set(out))
    }

    /// `a op b` via `__op__` / `__rop__`, or a TypeError.
    fn dunder_binary(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        let (name, rname, _) = op_dunder(op);
        if let Value::Instance(i) = a {
            if let Some(f) = i.class.lookup(name) {
                let r = self.call_sync(f, vec![a.clone(), b.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        if let Value::Instance(i) = b {
            if let Some(f) = i.class.lookup(rname) {
                let r = self.call_sync(f, vec![b.clone(), a.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        let (ta, tb) = (self.type_name(a), self.type_name(b));
        match (op, a) {
            (BinOp::Add, Value::Str(_)) => self.type_error(format!("can only concatenate str (not \"{tb}\") to str")),
            (BinOp::Add, Value::List(_)) => self.type_error(format!("can only concatenate list (not \"{tb}\") to list")),
            (BinOp::Add, Value::Tuple(_)) => self.type_error(format!("can only concatenate tuple (not \"{tb}\") to tuple")),
            (BinOp::Mult, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
                self.type_error(format!("can't multiply sequence by non-int of type '{tb}'"))
            }
            _ if op == BinOp::Mult && matches!(b, Value::Str(_) | Value::List(_) | Value::Tuple(_)) => {
                self.type_error(format!("can't multiply sequence by non-int of type '{ta}'"))
            }
            _ => {
                let sym = if op == BinOp::Pow { "** or pow()" } else { op.symbol() };
                self.type_error(format!("unsupported operand type(s) for {sym}: '{ta}' and '{tb}'"))
            }
        }
    }

    pub fn inplace_op(&mut self, a: &Value, b: &Value, op: BinOp) -> PyResult<Value> {
        if let Value::Dict(d) = a {
            let (_, _, iname) = op_dunder(op);
            if let Some(f) = d.flavor().and_then(|c| c.lookup(iname)) {
                let r = self.call_sync(f, vec![a.clone(), b.clone()], Vec::new())?;
                if !matches!(r, Value::NotImplemented) {
                    return Ok(r);
                }
            }
        }
        match (op, a) {
            (BinOp::Add, Value::List(l)) => {
                let items = self.collect_iterable(b)?;
                if l.len() + items.len() > self.limits.max_collection_len {
                    return self.err("MemoryError", "");
                }
                l.borrow_mut().extend(items);
                return Ok(a.clone());
            }
            (BinOp::Mult, Value::List(l)) => {
                if let Value::List(r) = self.repeat(a, b)? {
                    let items = r.snapshot();
                    *l.borrow_mut() = items;
                }
                return Ok(a.clone());
            }
            (BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor, Value::Set(s)) if !s.frozen => {
                if let Value::Set(other) = b {
                    let r = self.set_op(s, other, op)?;
                    if let Value::Set(r) = r {
                        let items = r.items();
                        s.table_mut().clear();
                        for v in items {
                            self.set_add(s, v)?;
                        }
                    }
                    return Ok(a.clone());
                }
            }
            (BinOp::BitOr, Value::Dict(d)) => {
                if let Value::Dict(o) = b {
                    for (k, v) in o.borrow().iter() {
                        d.insert(k.clone(), v.clone());
                    }
                    return Ok(a.clone());
                }
                // `d |= iterable of pairs` is dict.update.
                if self.is_iterable(b) {
                    self.dict_update_from(d, b)?;
                    return Ok(a.clone());
                }
            }
            (_, Value::Instance(i)) => {
                let (_, _, iname) = op_dunder(op);
                if let Some(f) = i.class.lookup(iname) {
                    let r = self.call_sync(f, vec![a.clone(), b.clone()], Vec::new())?;
                    if !matches!(r, Value::NotImplemented) {
                        return Ok(r);
                    }
                }
            }
            _ => {}
        }
        match self.binary_op(a, b, op) {
            Err(Flow::Exc(e)) if self.exc_is(&e, "TypeError") => {
                // Messages for augmented assignment say `+=`.
                let msg = self.str(&e)?;
                if msg.starts_with("unsupported operand type(s) for ") {
                    let sym = if op == BinOp::Pow { "**=".to_string() } else { format!("{}=", op.symbol()) };
                    let rest = msg.split_once(": ").map(|x| x.1).unwrap_or("");
                    return self.type_error(format!("unsupported operand type(s) for {sym}: {rest}"));
                }
                Err(Flow::Exc(e))
            }
            other => other,
        }
    }

    pub fn unary_op(&mut self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        if op == UnaryOp::Not {
            return Ok(Value::Bool(!self.truthy(a)?));
        }
        match (op, a) {
            (UnaryOp::Neg, Value::Int(i)) => Ok(i.checked_neg().map(Value::Int).unwrap_or_else(|| Value::bigint(-BigInt::from(*i)))),
            (UnaryOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
            (UnaryOp::Neg, Value::BigInt(b)) => Ok(Value::bigint(-(**b).clone())),
            (UnaryOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
            (UnaryOp::Pos, Value::Int(_) | Value::BigInt(_) | Value::Float(_)) => Ok(a.clone()),
            (UnaryOp::Pos, Value::Bool(b)) => Ok(Value::Int(*b as i64)),
            (UnaryOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
            (UnaryOp::Invert, Value::Bool(b)) => Ok(Value::Int(!(*b as i64))),
            (UnaryOp::Invert, Value::BigInt(b)) => Ok(Value::bigint(-(**b).clone() - 1)),
            (_, Value::Instance(_) | Value::Dict(_)) => {
                let name = match op {
                    UnaryOp::Neg => "__neg__",
                    UnaryOp::Pos => "__pos__",
                    _ => "__invert__",
                };
                let cls = self.types.type_of(a);
                let f = if matches!(a, Value::Dict(_)) { cls.dict.borrow().get(name).cloned() } else { cls.lookup(name) };
                match f {
                    Some(f) => self.call_sync(f, vec![a.clone()], Vec::new()),
                    None => self.bad_unary(a, op),
                }
            }
            _ => self.bad_unary(a, op),
        }
    }

    fn bad_unary(&self, a: &Value, op: UnaryOp) -> PyResult<Value> {
        let sym = match op {
            UnaryOp::Neg => "-",
            UnaryOp::Pos => "+",
            _ => "~",
        };
        let tn = self.type_name(a);
        self.type_error(format!("bad operand type for unary {sym}: '{tn}'"))
    }

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
                if x.len() != y.len() {
                    return Ok(false);
                }
                for (p, q) in x.iter().zip(y.iter()) {
                    if !p.is(q) && !self.eq_any(p, q)? {
                        return Ok(false);
                    }
                }
                true
            }
            (List(x), List(y)) => {
                if Rc::ptr_eq(x, y) {
                    return Ok(true);
                }
                let (xs, ys) = (x.snapshot(), y.snapshot());
                if xs.len() != ys.len() {
                    return Ok(false);
                }
                for (p, q) in xs.iter().zip(ys.iter()) {
                    if !p.is(q) && !self.eq_any(p, q)? {
                        return Ok(false);
                    }
                }
                true
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
                    if xs.len() != ys.len() {
                        return Ok(false);
                    }
                    for (p, q) in xs.iter().zip(ys.iter()) {
                        if !p.is(q) && !self.eq_any(p, q)? {
                            return Ok(false);
                        }
                    }
                    true
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
