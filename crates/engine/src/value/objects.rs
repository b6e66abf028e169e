//! The heap objects behind `Value`'s reference variants.

use super::dict::Dict;
use super::Value;
use crate::compiler::code::Code;
use crate::vm::frame::Frame;
use crate::vm::Vm;
use indexmap::IndexMap;
use std::cell::{Cell, Ref, RefCell, RefMut};
use std::hash::{BuildHasherDefault, Hasher};
use std::rc::Rc;

/// A small, fast hasher for attribute names (FxHash-style).
#[derive(Default)]
pub struct FxHasher(u64);

impl Hasher for FxHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut buf = [0u8; 8];
            buf[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(buf)).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn write_u8(&mut self, i: u8) {
        self.0 = (self.0.rotate_left(5) ^ i as u64).wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
    }
}

pub type FxBuild = BuildHasherDefault<FxHasher>;

/// Attribute namespaces: instance `__dict__`, class dicts, module globals.
pub type AttrMap = IndexMap<Rc<str>, Value, FxBuild>;

/// A module's global namespace, shared by the functions defined in it.
pub type Globals = Rc<RefCell<AttrMap>>;

pub fn new_attrmap() -> AttrMap {
    IndexMap::with_hasher(FxBuild::default())
}

/// `list`.
#[derive(Debug, Default)]
pub struct List(RefCell<Vec<Value>>);

impl List {
    pub fn new(items: Vec<Value>) -> List {
        List(RefCell::new(items))
    }
    pub fn borrow(&self) -> Ref<'_, Vec<Value>> {
        self.0.borrow()
    }
    pub fn borrow_mut(&self) -> RefMut<'_, Vec<Value>> {
        self.0.borrow_mut()
    }
    pub fn len(&self) -> usize {
        self.0.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> Option<Value> {
        self.0.borrow().get(i).cloned()
    }
    pub fn snapshot(&self) -> Vec<Value> {
        self.0.borrow().clone()
    }
}

/// `set` / `frozenset`. Iteration follows CPython's table order for the
/// element hashes CPython would use (see `pyhash`).
#[derive(Debug)]
pub struct Set {
    table: RefCell<crate::pyhash::SetTable<Value>>,
    pub frozen: bool,
}

impl Set {
    pub fn new(frozen: bool) -> Set {
        Set { table: RefCell::new(crate::pyhash::SetTable::new()), frozen }
    }
    pub fn len(&self) -> usize {
        self.table.borrow().len()
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    /// Elements in iteration order.
    pub fn items(&self) -> Vec<Value> {
        self.table.borrow().iter().cloned().collect()
    }
    pub fn table(&self) -> Ref<'_, crate::pyhash::SetTable<Value>> {
        self.table.borrow()
    }
    pub fn table_mut(&self) -> RefMut<'_, crate::pyhash::SetTable<Value>> {
        self.table.borrow_mut()
    }
    /// Membership without running Python code (identity for objects).
    pub fn contains_native(&self, v: &Value) -> bool {
        match set_hash(v) {
            Some(h) => self.table.borrow().contains(h, |k| super::dict::keys_equal(k, v)),
            None => self.table.borrow().iter().any(|k| super::dict::keys_equal(k, v)),
        }
    }
}

/// CPython's `hash()` of a value that needs no Python code to hash, as
/// sets use it (so set iteration order is CPython's); `None` if the value
/// is unhashable or needs `__hash__`.
pub fn set_hash(v: &Value) -> Option<i64> {
    set_hash_at(v, 0)
}

/// `set_hash` at nesting `depth`: deeply nested tuples are left to the
/// VM's hashing (which enforces the recursion limit).
fn set_hash_at(v: &Value, depth: usize) -> Option<i64> {
    use crate::pyhash::*;
    if depth > 100 {
        return None;
    }
    Some(match v {
        Value::Int(i) => hash_i64(*i),
        Value::BigInt(b) => hash_int(b),
        Value::Bool(b) => hash_bool(*b),
        Value::Float(f) => hash_float(*f, f.to_bits()),
        Value::Str(s) => hash_str(s),
        Value::Bytes(b) => hash_bytes(b),
        Value::Tuple(items) => {
            let mut hs = Vec::with_capacity(items.len());
            for it in items.iter() {
                hs.push(set_hash_at(it, depth + 1)?);
            }
            hash_tuple(&hs)
        }
        Value::Set(s) if s.frozen => {
            // CPython's frozenset hash (shuffle-bits xor, then mix).
            let mut h: u64 = 0;
            for (eh, _) in s.table().iter_with_hash() {
                let x = eh as u64;
                h ^= ((x ^ 89869747) ^ (x << 16)).wrapping_mul(3644798167);
            }
            h ^= (s.len() as u64 + 1).wrapping_mul(1927868237);
            h ^= (h >> 11) ^ (h >> 25);
            h = h.wrapping_mul(69069).wrapping_add(907133923);
            let h = h as i64;
            if h == -1 { 590923713 } else { h }
        }
        // Tasks and futures hash by creation order (deterministic, like
        // the increasing addresses CPython usually gives them).
        Value::Future(f) => hash_pointer(0x7f3a_0000_0000 + (f.serial << 6)),
        Value::None => hash_pointer(0x7f3a_0000_0010),
        // Other identity-hashed objects need the VM's stable ids
        // (`Vm::py_hash`); containers and instances are not native here.
        _ => return None,
    })
}

#[derive(Debug, Clone)]
pub struct RangeObj {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeObj {
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            if stop > start { (stop - start + step - 1) / step } else { 0 }
        } else if start > stop {
            (start - stop - step - 1) / (-step)
        } else {
            0
        };
        n.max(0) as usize
    }
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
    pub fn get(&self, i: usize) -> i64 {
        self.start + self.step * i as i64
    }
}

#[derive(Debug, Clone)]
pub struct SliceObj {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

/// A function defined in Python (`def`, `async def`, `lambda`).
#[derive(Debug)]
pub struct Function {
    pub code: Rc<Code>,
    pub globals: Globals,
    pub name: RefCell<Rc<str>>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub defaults: Vec<Value>,
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    pub closure: Vec<Rc<RefCell<Value>>>,
    /// Function attributes (`f.calls = 0`), rarely used.
    pub dict: RefCell<AttrMap>,
}

/// Arguments of a call, as native functions receive them.
#[derive(Debug, Default)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args { pos, kw: Vec::new() }
    }
}

pub type NativeFn = fn(&mut Vm, Args) -> crate::vm::PyResult<Value>;

/// A function implemented in Rust. When `bound` is not NULL, it is passed
/// as the first positional argument (a bound built-in method).
pub struct Builtin {
    /// The name Python shows: `print`, `append`, `sleep`.
    pub name: Rc<str>,
    /// The qualified name used in messages: `list.append`.
    pub qualname: Rc<str>,
    pub func: NativeFn,
    pub bound: Value,
}

impl std::fmt::Debug for Builtin {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<built-in {}>", self.qualname)
    }
}

/// A bound method: `obj.method`.
#[derive(Debug)]
pub struct Method {
    pub func: Value,
    pub receiver: Value,
}

/// The built-in types, by layout. User classes record the built-in type
/// their instances are laid out as (`Object` or `BaseException`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuiltinType {
    Object,
    Type,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Bool,
    Int,
    Float,
    Str,
    Bytes,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Range,
    Slice,
    Function,
    BuiltinFunction,
    Method,
    Module,
    Coroutine,
    Generator,
    Iterator,
    Property,
    StaticMethod,
    ClassMethod,
    Super,
    BaseException,
    Future,
    Task,
    EventLoop,
    Handle,
    TimerHandle,
    Code,
    Cell,
}

/// A class: a user class or a built-in type.
#[derive(Debug)]
pub struct Class {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub module: Rc<str>,
    pub bases: Vec<Rc<Class>>,
    /// The method resolution order after the class itself.
    pub mro: Vec<Rc<Class>>,
    pub dict: RefCell<AttrMap>,
    /// Set for the built-in types themselves.
    pub builtin: Option<BuiltinType>,
    /// The built-in layout of instances (`Object`, `BaseException`, ...).
    pub layout: BuiltinType,
}

impl Class {
    /// Look an attribute up along the MRO (the class itself first).
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some(v) = self.dict.borrow().get(name) {
            return Some(v.clone());
        }
        for c in &self.mro {
            if let Some(v) = c.dict.borrow().get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Is `self` `other` or a subclass of it?
    pub fn is_subclass(self: &Rc<Class>, other: &Rc<Class>) -> bool {
        Rc::ptr_eq(self, other) || self.mro.iter().any(|c| Rc::ptr_eq(c, other))
    }

    pub fn is_exception(&self) -> bool {
        self.layout == BuiltinType::BaseException
    }
}

/// An instance of a user class (or of an exception class).
#[derive(Debug)]
pub struct Instance {
    pub class: Rc<Class>,
    pub dict: RefCell<AttrMap>,
    pub exc: Option<RefCell<ExcData>>,
}

impl Drop for Instance {
    fn drop(&mut self) {
        let mut values: Vec<Value> = std::mem::take(self.dict.get_mut()).into_iter().map(|(_, v)| v).collect();
        if let Some(exc) = self.exc.as_mut() {
            exc.get_mut().take_values(&mut values);
        }
        if !values.is_empty() {
            drop_values(values);
        }
    }
}

impl Drop for List {
    fn drop(&mut self) {
        let items = std::mem::take(self.0.get_mut());
        if !items.is_empty() {
            drop_values(items);
        }
    }
}

impl Drop for Function {
    fn drop(&mut self) {
        let mut values = Vec::new();
        self.take_values(&mut values);
        if !values.is_empty() {
            drop_values(values);
        }
    }
}

impl Function {
    /// Moves out the values it holds (defaults, closure cells, attributes).
    fn take_values(&mut self, into: &mut Vec<Value>) {
        into.append(&mut self.defaults);
        into.extend(std::mem::take(&mut self.kwdefaults).into_iter().map(|(_, v)| v));
        into.extend(std::mem::take(&mut self.closure).into_iter().map(Value::Cell));
        into.extend(std::mem::take(self.dict.get_mut()).into_iter().map(|(_, v)| v));
    }
}

impl ExcData {
    /// Moves out the values it holds (args, cause, context, group, notes).
    pub(crate) fn take_values(&mut self, into: &mut Vec<Value>) {
        into.append(&mut self.args);
        into.extend(self.cause.take());
        into.extend(self.context.take());
        if let Some((msg, excs)) = self.group.take() {
            into.push(msg);
            into.extend(excs);
        }
        into.append(&mut self.notes);
        into.extend(self.attr_target.take().map(|(v, _)| v));
    }
}

impl Drop for NativeIter {
    fn drop(&mut self) {
        // Only the iterators that wrap others can head a long chain.
        use NativeIter::*;
        if matches!(self, Enumerate { .. } | Zip { .. } | Map { .. } | Filter { .. } | Callable { .. } | SeqProto { .. } | Repeat { .. }) {
            let mut values = Vec::new();
            self.take_values(&mut values);
            drop_values(values);
        }
    }
}

impl NativeIter {
    /// Moves out the values it holds (the iterators it wraps, its function).
    pub(crate) fn take_values(&mut self, into: &mut Vec<Value>) {
        let take = |v: &mut Value| std::mem::replace(v, Value::None);
        match self {
            NativeIter::Seq { seq: v, .. } | NativeIter::Enumerate { inner: v, .. } | NativeIter::Reversed { seq: v, .. }
            | NativeIter::SeqProto { obj: v, .. } | NativeIter::Repeat { func: v, .. } => into.push(take(v)),
            NativeIter::Set { items: values, .. } | NativeIter::Zip { iters: values, .. } => into.append(values),
            NativeIter::Map { func, iters } => {
                into.push(take(func));
                into.append(iters);
            }
            NativeIter::Filter { func, inner: other } | NativeIter::Callable { func, sentinel: other } => {
                into.push(take(func));
                into.push(take(other));
            }
            NativeIter::Str { .. } | NativeIter::Range { .. } | NativeIter::Dict { .. } | NativeIter::Exhausted => {}
        }
    }
}

/// A tuple's items. Its own type (the items, nothing else: `[Value]`
/// behind the same `Rc`) so that it can have a Drop: a chain of tuples
/// hundreds of thousands deep is freed by `drop_values`, in a loop.
#[repr(transparent)]
#[derive(Debug)]
pub struct Tuple([Value]);

impl Tuple {
    pub fn new(items: Vec<Value>) -> Rc<Tuple> {
        let items: Rc<[Value]> = Rc::from(items);
        // SAFETY: `Tuple` is `repr(transparent)` over `[Value]`, so the
        // pointer (with its length) and the allocation's layout are the same.
        unsafe { Rc::from_raw(Rc::into_raw(items) as *const Tuple) }
    }
}

impl std::ops::Deref for Tuple {
    type Target = [Value];
    fn deref(&self) -> &[Value] {
        &self.0
    }
}

impl Drop for Tuple {
    fn drop(&mut self) {
        if self.0.iter().any(|x| matches!(x, Value::Tuple(_) | Value::Iter(_))) {
            drop_values(self.0.iter_mut().map(|x| std::mem::replace(x, Value::None)).collect());
        }
    }
}

/// Drop `stack` without recursing on the Rust stack: objects owned only
/// here are emptied into the stack first, so a list nested a million deep,
/// a chain of tuples, closures, generators, zip objects or exceptions
/// (`__context__`) is freed in a loop. The Drop impls of the objects that
/// hold values (tuples, lists, dicts, instances, functions, frames, built-in
/// iterators) send them here too, so a chain dropped anywhere is safe.
pub fn drop_values(mut stack: Vec<Value>) {
    while let Some(v) = stack.pop() {
        match v {
            Value::List(rc) => {
                if let Ok(mut l) = Rc::try_unwrap(rc) {
                    stack.append(l.0.get_mut());
                }
            }
            Value::Tuple(mut rc) => {
                if let Some(items) = Rc::get_mut(&mut rc) {
                    for x in items.0.iter_mut() {
                        stack.push(std::mem::replace(x, Value::None));
                    }
                }
            }
            Value::Dict(rc) => {
                if let Ok(d) = Rc::try_unwrap(rc) {
                    for (k, val) in d.take_all() {
                        stack.push(k);
                        stack.push(val);
                    }
                }
            }
            Value::Instance(rc) => {
                if let Ok(mut i) = Rc::try_unwrap(rc) {
                    stack.extend(std::mem::take(i.dict.get_mut()).into_iter().map(|(_, v)| v));
                    if let Some(exc) = i.exc.as_mut() {
                        exc.get_mut().take_values(&mut stack);
                    }
                }
            }
            Value::Set(rc) => {
                if let Ok(s) = Rc::try_unwrap(rc) {
                    stack.extend(s.items());
                }
            }
            Value::Function(rc) => {
                if let Ok(mut f) = Rc::try_unwrap(rc) {
                    f.take_values(&mut stack);
                }
            }
            Value::Method(rc) => {
                if let Ok(m) = Rc::try_unwrap(rc) {
                    stack.push(m.func);
                    stack.push(m.receiver);
                }
            }
            Value::Cell(rc) => {
                if let Ok(c) = Rc::try_unwrap(rc) {
                    stack.push(c.into_inner());
                }
            }
            Value::Iter(rc) => {
                if let Ok(it) = Rc::try_unwrap(rc) {
                    it.into_inner().take_values(&mut stack);
                }
            }
            Value::Generator(rc) => {
                // A suspended generator is resurrected by its Drop (to be
                // closed): only finished or never-started ones (and
                // generator expressions, never closed) are emptied.
                if rc.state.get() != GenState::Suspended || rc.code.kind == crate::compiler::code::CodeKind::GeneratorExp {
                    if let Ok(g) = Rc::try_unwrap(rc) {
                        if let Some(mut frame) = g.frame.borrow_mut().take() {
                            frame.take_values(&mut stack);
                        }
                    }
                }
            }
            Value::Coroutine(rc) => {
                if let Ok(c) = Rc::try_unwrap(rc) {
                    if let Some(mut frame) = c.frame.borrow_mut().take() {
                        frame.take_values(&mut stack);
                    }
                }
            }
            other => drop(other),
        }
    }
}

impl Instance {
    pub fn exc(&self) -> Option<Ref<'_, ExcData>> {
        self.exc.as_ref().map(|e| e.borrow())
    }
    pub fn exc_mut(&self) -> Option<RefMut<'_, ExcData>> {
        self.exc.as_ref().map(|e| e.borrow_mut())
    }
}

/// One line of a traceback.
#[derive(Debug, Clone)]
pub struct TracebackEntry {
    pub code: Rc<Code>,
    pub line: u32,
}

/// The state every exception instance carries.
#[derive(Debug, Default)]
pub struct ExcData {
    pub args: Vec<Value>,
    /// Innermost last, as CPython prints it.
    pub traceback: Vec<TracebackEntry>,
    pub cause: Option<Value>,
    pub context: Option<Value>,
    pub suppress_context: bool,
    /// ExceptionGroup: its message and exceptions.
    pub group: Option<(Value, Vec<Value>)>,
    pub notes: Vec<Value>,
    /// NameError: the "Did you mean" name, found when it was raised.
    pub suggestion: Option<Rc<str>>,
    /// AttributeError: the object and name (suggested when printed).
    pub attr_target: Option<(Value, Rc<str>)>,
}

#[derive(Debug)]
pub struct Module {
    pub name: Rc<str>,
    pub globals: Globals,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CoroState {
    /// Created, never started.
    Created,
    /// Its frame is on a fiber (running, or suspended inside a task).
    Started,
    /// Returned or raised.
    Finished,
}

/// Where coroutines dropped without being awaited are noted (their
/// qualnames), for the "coroutine ... was never awaited" warning.
pub type WarningSink = Rc<RefCell<Vec<Rc<str>>>>;

/// A coroutine object (calling an `async def`).
#[derive(Debug)]
pub struct Coroutine {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<CoroState>,
    pub code: Rc<Code>,
    pub qualname: Rc<str>,
    pub warnings: WarningSink,
    /// A coroutine driven by hand (`send()` / `throw()`) and suspended:
    /// its frames.
    pub hand: RefCell<Option<Box<crate::vm::frame::Fiber>>>,
}

impl Drop for Coroutine {
    fn drop(&mut self) {
        if self.state.get() == CoroState::Created && !self.code.internal {
            self.warnings.borrow_mut().push(self.qualname.clone());
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenState {
    Created,
    Suspended,
    Running,
    Finished,
}

/// Generators dropped while suspended, waiting for the VM to finalize
/// them (CPython's `_PyGen_Finalize`: `close()` a generator; an async
/// generator goes to its event loop's finalizer hook).
pub type FinalizeSink = Rc<RefCell<Vec<Rc<Generator>>>>;

/// A generator object (a generator expression, a `def` with `yield`) or
/// an async generator (an `async def` with `yield`).
#[derive(Debug)]
pub struct Generator {
    pub frame: RefCell<Option<Box<Frame>>>,
    pub state: Cell<GenState>,
    pub code: Rc<Code>,
    pub qualname: Rc<str>,
    /// Async generators: the event loop whose hooks were installed at the
    /// first `asend`/`athrow` (`ag_hooks_inited` + the finalizer).
    pub hooks: Cell<Option<u32>>,
    /// Async generators: `aclose()` was started (`ag_closed`).
    pub closed: Cell<bool>,
    /// Where a suspended generator goes when it is dropped.
    pub finalize: std::rc::Weak<RefCell<Vec<Rc<Generator>>>>,
    /// Awaited (an `__await__` generator): it yielded to the task and is
    /// suspended at that `yield` (see `GenResume::Await`).
    pub awaiting: Cell<bool>,
}

impl Generator {
    pub fn is_async(&self) -> bool {
        self.code.kind == crate::compiler::code::CodeKind::AsyncGenerator
    }

    pub fn new(code: Rc<Code>, qualname: Rc<str>, frame: Frame, finalize: &FinalizeSink) -> Generator {
        Generator {
            frame: RefCell::new(Some(Box::new(frame))),
            state: Cell::new(GenState::Created),
            code,
            qualname,
            hooks: Cell::new(None),
            closed: Cell::new(false),
            finalize: Rc::downgrade(finalize),
            awaiting: Cell::new(false),
        }
    }
}

impl Drop for Generator {
    fn drop(&mut self) {
        use crate::compiler::code::CodeKind;
        if self.state.get() != GenState::Suspended || self.code.kind == CodeKind::GeneratorExp {
            return;
        }
        if self.is_async() && (self.hooks.get().is_none() || self.closed.get()) {
            return;
        }
        let Some(sink) = self.finalize.upgrade() else { return };
        let Ok(mut pending) = sink.try_borrow_mut() else { return };
        let Some(frame) = self.frame.get_mut().take() else { return };
        // Resurrected: the VM closes it (or schedules its aclose()).
        pending.push(Rc::new(Generator {
            frame: RefCell::new(Some(frame)),
            state: Cell::new(GenState::Suspended),
            code: self.code.clone(),
            qualname: self.qualname.clone(),
            hooks: Cell::new(self.hooks.get()),
            closed: Cell::new(false),
            finalize: self.finalize.clone(),
            awaiting: Cell::new(false),
        }));
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictView {
    Keys,
    Values,
    Items,
}

/// Built-in iterators.
#[derive(Debug)]
pub enum NativeIter {
    /// list / tuple / bytes: by index, re-checking the length each step.
    Seq { seq: Value, index: usize },
    Str { s: Rc<str>, pos: usize },
    Range { next: i64, stop: i64, step: i64 },
    Dict { dict: Rc<Dict>, index: usize, len: usize, view: DictView },
    /// Set elements (snapshot) with the size to detect changes.
    Set { set: Rc<Set>, items: Vec<Value>, index: usize },
    Enumerate { inner: Value, count: i64 },
    Zip { iters: Vec<Value>, strict: bool },
    Map { func: Value, iters: Vec<Value> },
    Filter { func: Value, inner: Value },
    Reversed { seq: Value, index: usize },
    /// `iter(callable, sentinel)`.
    Callable { func: Value, sentinel: Value },
    /// The old sequence protocol: `obj[0]`, `obj[1]`, ... until IndexError.
    SeqProto { obj: Value, index: i64 },
    /// Calls `func()` `remaining` more times (as_completed's lazy
    /// coroutines).
    Repeat { func: Value, remaining: usize },
    /// A view object that is itself iterable many times (dict views).
    Exhausted,
}

/// `staticmethod`, `classmethod`, `property` objects.
#[derive(Debug)]
pub enum Descriptor {
    StaticMethod(Value),
    ClassMethod(Value),
    Property { fget: Value, fset: Value, fdel: Value, doc: Value },
    /// A dict view (`d.keys()`, ...): iterable, sized, repr'd as a view.
    DictView(Rc<Dict>, DictView),
}
