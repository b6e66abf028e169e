//! Arithmetic operators (binary, in-place, unary) with CPython's type
//! rules, results and messages; user classes get their dunder methods
//! (`__add__`/`__radd__`, `__iadd__`, `__neg__`, ...). Truth, comparison
//! and containment are in `compare.rs`.

use super::{Flow, PyResult, Vm};
use crate::ast::{BinOp, UnaryOp};
use crate::format::{self, IntPow};
use crate::value::*;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
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

impl Vm {
    /// An int argument as a BigInt, or CPython's TypeError.
    pub fn big_int_arg(&mut self, v: &Value) -> PyResult<BigInt> {
        match value_to_big(v) {
            Some(b) => Ok(b),
            None => {
                let tn = self.type_name(v);
                self.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
            }
        }
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
                self.charge_big(a.bits().min(b.bits()));
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
                IntPow::Int(i) => {
                    self.charge_big(i.bits());
                    Value::bigint(i)
                }
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

    /// Counts a big-integer multiplication (or power) of `bits` as the many
    /// operations it costs (about limbs^1.585, Karatsuba), so that a loop
    /// of huge `**` ends at the no-yield limit in bounded time, as a loop of
    /// small operations does, instead of running for minutes.
    fn charge_big(&mut self, bits: u64) {
        if bits > 1 << 16 {
            let limbs = (bits / 64) as f64;
            let cost = (limbs.powf(1.585) / 8.0) as i64;
            self.cur.ops_since_yield = self.cur.ops_since_yield.saturating_add(cost as u64);
            self.budget = self.budget.saturating_sub(cost);
        }
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
        // And within the run's memory budget (a list item takes 16 bytes).
        let item = if matches!(seq, Value::List(_) | Value::Tuple(_)) { std::mem::size_of::<Value>() } else { 1 };
        self.check_memory(len * n * item)?;
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
}
