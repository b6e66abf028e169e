//! Python values. Immutable values are shared `Rc`s; mutable containers
//! sit behind `RefCell`. Identity (`is`, `id`) is `Rc` pointer identity.
//! Reference cycles are not collected: a run is bounded, and its heap is
//! dropped with the run.

mod dict;
mod objects;

pub use dict::{keys_equal, native_hash, Dict, DictKey};
pub use objects::*;

use crate::compiler::code::Code;
use num_bigint::BigInt;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone)]
pub enum Value {
    /// Internal only: an unbound local, or the NULL slot of a call.
    Null,
    None,
    NotImplemented,
    Ellipsis,
    Bool(bool),
    Int(i64),
    /// Only for values outside i64; always normalised back to `Int` when
    /// they fit.
    BigInt(Rc<BigInt>),
    Float(f64),
    Str(Rc<str>),
    Bytes(Rc<[u8]>),
    Tuple(Rc<Tuple>),
    List(Rc<List>),
    Dict(Rc<Dict>),
    /// `set` and `frozenset`.
    Set(Rc<Set>),
    Range(Rc<RangeObj>),
    Slice(Rc<SliceObj>),
    Function(Rc<Function>),
    /// A function implemented in Rust, possibly bound to a receiver.
    Builtin(Rc<Builtin>),
    /// A Python function bound to an instance (or class, for classmethods).
    Method(Rc<Method>),
    /// Classes: user classes and the built-in types alike.
    Class(Rc<Class>),
    Instance(Rc<Instance>),
    Module(Rc<Module>),
    Coroutine(Rc<Coroutine>),
    Generator(Rc<Generator>),
    /// Built-in iterators (list_iterator, range_iterator, zip, map, ...).
    Iter(Rc<RefCell<NativeIter>>),
    /// `staticmethod`, `classmethod`, `property`.
    Descriptor(Rc<Descriptor>),
    /// `super()` proxy: (class to start after, receiver).
    Super(Rc<(Rc<Class>, Value)>),
    /// asyncio Futures and Tasks.
    Future(Rc<crate::aio::future::Future>),
    /// Other runtime objects of the asyncio implementation (the loop,
    /// handles), with their kind.
    Native(Rc<crate::aio::native::NativeObj>),
    /// Internal: a code object (a constant of its parent code).
    Code(Rc<Code>),
    /// Internal: a closure cell.
    Cell(Rc<RefCell<Value>>),
}

impl Value {
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Tuple::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(List::new(items)))
    }

    pub fn bigint(n: BigInt) -> Value {
        use num_traits::ToPrimitive;
        match n.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::BigInt(Rc::new(n)),
        }
    }

    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    /// Identity comparison (`is`).
    pub fn is(&self, other: &Value) -> bool {
        use Value::*;
        match (self, other) {
            (Null, Null) | (None, None) | (NotImplemented, NotImplemented) | (Ellipsis, Ellipsis) => true,
            (Bool(a), Bool(b)) => a == b,
            // Small ints and interned strings are shared in CPython; ints
            // compare by value here (the common `x is 5` idiom behaves as in
            // CPython for small values).
            (Int(a), Int(b)) => a == b,
            (BigInt(a), BigInt(b)) => Rc::ptr_eq(a, b),
            (Float(a), Float(b)) => a.to_bits() == b.to_bits(),
            (Str(a), Str(b)) => Rc::ptr_eq(a, b) || (a.len() <= 1 && a == b) || (a.is_empty() && b.is_empty()),
            (Bytes(a), Bytes(b)) => Rc::ptr_eq(a, b),
            (Tuple(a), Tuple(b)) => Rc::ptr_eq(a, b) || (a.is_empty() && b.is_empty()),
            (List(a), List(b)) => Rc::ptr_eq(a, b),
            (Dict(a), Dict(b)) => Rc::ptr_eq(a, b),
            (Set(a), Set(b)) => Rc::ptr_eq(a, b),
            (Range(a), Range(b)) => Rc::ptr_eq(a, b),
            (Slice(a), Slice(b)) => Rc::ptr_eq(a, b),
            (Function(a), Function(b)) => Rc::ptr_eq(a, b),
            (Builtin(a), Builtin(b)) => Rc::ptr_eq(a, b),
            (Method(a), Method(b)) => Rc::ptr_eq(a, b),
            (Class(a), Class(b)) => Rc::ptr_eq(a, b),
            (Instance(a), Instance(b)) => Rc::ptr_eq(a, b),
            (Module(a), Module(b)) => Rc::ptr_eq(a, b),
            (Coroutine(a), Coroutine(b)) => Rc::ptr_eq(a, b),
            (Generator(a), Generator(b)) => Rc::ptr_eq(a, b),
            (Iter(a), Iter(b)) => Rc::ptr_eq(a, b),
            (Descriptor(a), Descriptor(b)) => Rc::ptr_eq(a, b),
            (Super(a), Super(b)) => Rc::ptr_eq(a, b),
            (Future(a), Future(b)) => Rc::ptr_eq(a, b),
            (Native(a), Native(b)) => Rc::ptr_eq(a, b),
            (Code(a), Code(b)) => Rc::ptr_eq(a, b),
            (Cell(a), Cell(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// A stable identity number for objects (used for `id()` and hashing
    /// of identity-hashed objects). Not an address that is ever shown.
    pub fn identity(&self) -> usize {
        use Value::*;
        match self {
            BigInt(r) => Rc::as_ptr(r) as usize,
            Str(r) => Rc::as_ptr(r) as *const u8 as usize,
            Bytes(r) => Rc::as_ptr(r) as *const u8 as usize,
            Tuple(r) => Rc::as_ptr(r) as *const Value as usize,
            List(r) => Rc::as_ptr(r) as usize,
            Dict(r) => Rc::as_ptr(r) as usize,
            Set(r) => Rc::as_ptr(r) as usize,
            Range(r) => Rc::as_ptr(r) as usize,
            Slice(r) => Rc::as_ptr(r) as usize,
            Function(r) => Rc::as_ptr(r) as usize,
            Builtin(r) => Rc::as_ptr(r) as usize,
            Method(r) => Rc::as_ptr(r) as usize,
            Class(r) => Rc::as_ptr(r) as usize,
            Instance(r) => Rc::as_ptr(r) as usize,
            Module(r) => Rc::as_ptr(r) as usize,
            Coroutine(r) => Rc::as_ptr(r) as usize,
            Generator(r) => Rc::as_ptr(r) as usize,
            Iter(r) => Rc::as_ptr(r) as usize,
            Descriptor(r) => Rc::as_ptr(r) as usize,
            Super(r) => Rc::as_ptr(r) as *const u8 as usize,
            Future(r) => Rc::as_ptr(r) as usize,
            Native(r) => Rc::as_ptr(r) as usize,
            Code(r) => Rc::as_ptr(r) as usize,
            Cell(r) => Rc::as_ptr(r) as usize,
            Int(i) => *i as usize,
            Float(f) => f.to_bits() as usize,
            Bool(b) => *b as usize + 1,
            Null => 0,
            None => 0x10,
            NotImplemented => 0x20,
            Ellipsis => 0x30,
        }
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<NULL>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::BigInt(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Str(s) => write!(f, "{s:?}"),
            Value::Tuple(t) => f.debug_list().entries(t.iter()).finish(),
            Value::List(l) => f.debug_list().entries(l.borrow().iter()).finish(),
            Value::Class(c) => write!(f, "<class {}>", c.name),
            Value::Function(func) => write!(f, "<function {}>", func.qualname),
            Value::Code(c) => write!(f, "<code {}>", c.qualname),
            other => write!(f, "<{}>", other.kind_name()),
        }
    }
}

impl Value {
    /// A short tag for debugging; not the Python type name.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Value::Null => "NULL",
            Value::None => "None",
            Value::NotImplemented => "NotImplemented",
            Value::Ellipsis => "Ellipsis",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::BigInt(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::Bytes(_) => "bytes",
            Value::Tuple(_) => "tuple",
            Value::List(_) => "list",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::Range(_) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Method(_) => "method",
            Value::Class(_) => "type",
            Value::Instance(_) => "instance",
            Value::Module(_) => "module",
            Value::Coroutine(_) => "coroutine",
            Value::Generator(_) => "generator",
            Value::Iter(_) => "iterator",
            Value::Descriptor(_) => "descriptor",
            Value::Super(_) => "super",
            Value::Future(_) => "Future",
            Value::Native(_) => "native",
            Value::Code(_) => "code",
            Value::Cell(_) => "cell",
        }
    }
}
