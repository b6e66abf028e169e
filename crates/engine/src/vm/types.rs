//! The built-in types and the standard exception hierarchy, as class
//! objects, and `type(x)` for every value.

use crate::value::{new_attrmap, BuiltinType, Class, NativeIter, Value};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// Every built-in class, created once per VM.
pub struct Types {
    pub object: Rc<Class>,
    pub type_: Rc<Class>,
    pub none: Rc<Class>,
    pub not_implemented: Rc<Class>,
    pub ellipsis: Rc<Class>,
    pub bool_: Rc<Class>,
    pub int: Rc<Class>,
    pub float: Rc<Class>,
    pub str_: Rc<Class>,
    pub bytes: Rc<Class>,
    pub tuple: Rc<Class>,
    pub list: Rc<Class>,
    pub dict: Rc<Class>,
    pub set: Rc<Class>,
    pub frozenset: Rc<Class>,
    pub range: Rc<Class>,
    pub slice: Rc<Class>,
    pub function: Rc<Class>,
    pub builtin_function: Rc<Class>,
    pub method: Rc<Class>,
    pub module: Rc<Class>,
    pub coroutine: Rc<Class>,
    pub generator: Rc<Class>,
    pub property: Rc<Class>,
    pub staticmethod: Rc<Class>,
    pub classmethod: Rc<Class>,
    pub super_: Rc<Class>,
    pub code: Rc<Class>,
    pub cell: Rc<Class>,
    pub future: Rc<Class>,
    pub task: Rc<Class>,
    pub event_loop: Rc<Class>,
    pub handle: Rc<Class>,
    pub timer_handle: Rc<Class>,
    pub dict_keys: Rc<Class>,
    pub dict_values: Rc<Class>,
    pub dict_items: Rc<Class>,
    /// Iterator types by name (`list_iterator`, `zip`, ...).
    pub iterators: HashMap<&'static str, Rc<Class>>,
    /// Exception classes by name (builtins and asyncio's).
    pub exceptions: HashMap<&'static str, Rc<Class>>,
}

/// C3 linearisation of a new class's bases (the class itself excluded).
pub fn c3_mro(bases: &[Rc<Class>]) -> Result<Vec<Rc<Class>>, String> {
    let mut seqs: Vec<Vec<Rc<Class>>> = bases
        .iter()
        .map(|b| {
            let mut v = vec![b.clone()];
            v.extend(b.mro.iter().cloned());
            v
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out: Vec<Rc<Class>> = Vec::new();
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let head = &s[0];
            if !seqs.iter().any(|t| t[1..].iter().any(|c| Rc::ptr_eq(c, head))) {
                found = Some(head.clone());
                break;
            }
        }
        let Some(next) = found else {
            let names: Vec<String> = bases.iter().map(|b| b.name.to_string()).collect();
            return Err(format!(
                "Cannot create a consistent method resolution order (MRO) for bases {}",
                names.join(", ")
            ));
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

pub fn new_class(name: &str, module: &str, bases: &[Rc<Class>], builtin: Option<BuiltinType>, layout: BuiltinType) -> Rc<Class> {
    let mro = c3_mro(bases).unwrap_or_else(|_| bases.to_vec());
    Rc::new(Class {
        name: Rc::from(name),
        qualname: Rc::from(name),
        module: Rc::from(module),
        bases: bases.to_vec(),
        mro,
        dict: RefCell::new(new_attrmap()),
        builtin,
        layout,
    })
}

/// The standard exceptions: (name, base names). Order matters: bases first.
const EXCEPTIONS: &[(&str, &[&str], &str)] = &[
    ("Exception", &["BaseException"], "builtins"),
    ("GeneratorExit", &["BaseException"], "builtins"),
    ("KeyboardInterrupt", &["BaseException"], "builtins"),
    ("SystemExit", &["BaseException"], "builtins"),
    ("BaseExceptionGroup", &["BaseException"], "builtins"),
    ("ExceptionGroup", &["BaseExceptionGroup", "Exception"], "builtins"),
    ("ArithmeticError", &["Exception"], "builtins"),
    ("ZeroDivisionError", &["ArithmeticError"], "builtins"),
    ("OverflowError", &["ArithmeticError"], "builtins"),
    ("FloatingPointError", &["ArithmeticError"], "builtins"),
    ("AssertionError", &["Exception"], "builtins"),
    ("AttributeError", &["Exception"], "builtins"),
    ("BufferError", &["Exception"], "builtins"),
    ("EOFError", &["Exception"], "builtins"),
    ("ImportError", &["Exception"], "builtins"),
    ("ModuleNotFoundError", &["ImportError"], "builtins"),
    ("LookupError", &["Exception"], "builtins"),
    ("IndexError", &["LookupError"], "builtins"),
    ("KeyError", &["LookupError"], "builtins"),
    ("MemoryError", &["Exception"], "builtins"),
    ("NameError", &["Exception"], "builtins"),
    ("UnboundLocalError", &["NameError"], "builtins"),
    ("OSError", &["Exception"], "builtins"),
    ("ConnectionError", &["OSError"], "builtins"),
    ("ConnectionRefusedError", &["ConnectionError"], "builtins"),
    ("ConnectionResetError", &["ConnectionError"], "builtins"),
    ("FileNotFoundError", &["OSError"], "builtins"),
    ("PermissionError", &["OSError"], "builtins"),
    ("TimeoutError", &["OSError"], "builtins"),
    ("BlockingIOError", &["OSError"], "builtins"),
    ("ChildProcessError", &["OSError"], "builtins"),
    ("BrokenPipeError", &["ConnectionError"], "builtins"),
    ("ConnectionAbortedError", &["ConnectionError"], "builtins"),
    ("FileExistsError", &["OSError"], "builtins"),
    ("InterruptedError", &["OSError"], "builtins"),
    ("IsADirectoryError", &["OSError"], "builtins"),
    ("NotADirectoryError", &["OSError"], "builtins"),
    ("ProcessLookupError", &["OSError"], "builtins"),
    ("ReferenceError", &["Exception"], "builtins"),
    ("RuntimeError", &["Exception"], "builtins"),
    ("NotImplementedError", &["RuntimeError"], "builtins"),
    ("RecursionError", &["RuntimeError"], "builtins"),
    ("StopIteration", &["Exception"], "builtins"),
    ("StopAsyncIteration", &["Exception"], "builtins"),
    ("SyntaxError", &["Exception"], "builtins"),
    ("IndentationError", &["SyntaxError"], "builtins"),
    ("TabError", &["IndentationError"], "builtins"),
    ("SystemError", &["Exception"], "builtins"),
    ("TypeError", &["Exception"], "builtins"),
    ("ValueError", &["Exception"], "builtins"),
    ("UnicodeError", &["ValueError"], "builtins"),
    ("UnicodeDecodeError", &["UnicodeError"], "builtins"),
    ("UnicodeEncodeError", &["UnicodeError"], "builtins"),
    ("UnicodeTranslateError", &["UnicodeError"], "builtins"),
    ("Warning", &["Exception"], "builtins"),
    ("UserWarning", &["Warning"], "builtins"),
    ("DeprecationWarning", &["Warning"], "builtins"),
    ("RuntimeWarning", &["Warning"], "builtins"),
    ("BytesWarning", &["Warning"], "builtins"),
    ("EncodingWarning", &["Warning"], "builtins"),
    ("FutureWarning", &["Warning"], "builtins"),
    ("ImportWarning", &["Warning"], "builtins"),
    ("PendingDeprecationWarning", &["Warning"], "builtins"),
    ("ResourceWarning", &["Warning"], "builtins"),
    ("SyntaxWarning", &["Warning"], "builtins"),
    ("UnicodeWarning", &["Warning"], "builtins"),
    // asyncio's own (module asyncio.exceptions / asyncio.queues).
    ("CancelledError", &["BaseException"], "asyncio.exceptions"),
    ("InvalidStateError", &["Exception"], "asyncio.exceptions"),
    ("QueueEmpty", &["Exception"], "asyncio.queues"),
    ("QueueFull", &["Exception"], "asyncio.queues"),
    ("IncompleteReadError", &["EOFError"], "asyncio.exceptions"),
    ("LimitOverrunError", &["Exception"], "asyncio.exceptions"),
    ("SendfileNotAvailableError", &["RuntimeError"], "asyncio.exceptions"),
];

impl Types {
    pub fn new() -> Types {
        use BuiltinType as B;
        let object = new_class("object", "builtins", &[], Some(B::Object), B::Object);
        let o = std::slice::from_ref(&object);
        let mk = |name: &str, b: BuiltinType| new_class(name, "builtins", o, Some(b), b);
        let int = mk("int", B::Int);
        let bool_ = new_class("bool", "builtins", std::slice::from_ref(&int), Some(B::Bool), B::Bool);
        let base_exception = new_class("BaseException", "builtins", o, Some(B::BaseException), B::BaseException);
        let mut exceptions: HashMap<&'static str, Rc<Class>> = HashMap::new();
        exceptions.insert("BaseException", base_exception);
        for (name, bases, module) in EXCEPTIONS {
            let bases: Vec<Rc<Class>> = bases.iter().map(|b| exceptions[b].clone()).collect();
            let c = new_class(name, module, &bases, None, B::BaseException);
            exceptions.insert(name, c);
        }
        let future = new_class("Future", "_asyncio", o, Some(B::Future), B::Future);
        let task = new_class("Task", "_asyncio", std::slice::from_ref(&future), Some(B::Task), B::Future);
        let handle = new_class("Handle", "asyncio.events", o, Some(B::Handle), B::Handle);
        let timer_handle = new_class("TimerHandle", "asyncio.events", std::slice::from_ref(&handle), Some(B::TimerHandle), B::Handle);
        let mut iterators = HashMap::new();
        iterators.insert("_GatheringFuture", new_class("_GatheringFuture", "asyncio.tasks", std::slice::from_ref(&future), Some(B::Future), B::Future));
        for name in [
            "list_iterator",
            "tuple_iterator",
            "str_ascii_iterator",
            "range_iterator",
            "dict_keyiterator",
            "dict_valueiterator",
            "dict_itemiterator",
            "set_iterator",
            "enumerate",
            "zip",
            "map",
            "filter",
            "list_reverseiterator",
            "callable_iterator",
            "bytes_iterator",
            "async_generator",
            "async_generator_asend",
            "async_generator_athrow",
            "coroutine_wrapper",
        ] {
            iterators.insert(name, mk(name, B::Iterator));
        }
        Types {
            type_: mk("type", B::Type),
            none: mk("NoneType", B::NoneType),
            not_implemented: mk("NotImplementedType", B::NotImplementedType),
            ellipsis: mk("ellipsis", B::Ellipsis),
            bool_,
            int,
            float: mk("float", B::Float),
            str_: mk("str", B::Str),
            bytes: mk("bytes", B::Bytes),
            tuple: mk("tuple", B::Tuple),
            list: mk("list", B::List),
            dict: mk("dict", B::Dict),
            set: mk("set", B::Set),
            frozenset: mk("frozenset", B::FrozenSet),
            range: mk("range", B::Range),
            slice: mk("slice", B::Slice),
            function: mk("function", B::Function),
            builtin_function: mk("builtin_function_or_method", B::BuiltinFunction),
            method: mk("method", B::Method),
            module: mk("module", B::Module),
            coroutine: mk("coroutine", B::Coroutine),
            generator: mk("generator", B::Generator),
            property: mk("property", B::Property),
            staticmethod: mk("staticmethod", B::StaticMethod),
            classmethod: mk("classmethod", B::ClassMethod),
            super_: mk("super", B::Super),
            code: mk("code", B::Code),
            cell: mk("cell", B::Cell),
            // The reference runner's loop class (a SelectorEventLoop subclass
            // defined in its own __main__): reprs name it.
            event_loop: {
                let abstract_loop = new_class("AbstractEventLoop", "asyncio.events", o, Some(B::Object), B::Object);
                iterators.insert("AbstractEventLoop", abstract_loop.clone());
                new_class("VirtualTimeEventLoop", "__main__", std::slice::from_ref(&abstract_loop), Some(B::EventLoop), B::EventLoop)
            },
            dict_keys: mk("dict_keys", B::Iterator),
            dict_values: mk("dict_values", B::Iterator),
            dict_items: mk("dict_items", B::Iterator),
            future,
            task,
            handle,
            timer_handle,
            iterators,
            exceptions,
            object,
        }
    }

    /// An exception class by name (panics only on an engine typo, caught
    /// by tests).
    pub fn exc(&self, name: &str) -> Rc<Class> {
        match self.exceptions.get(name) {
            Some(c) => c.clone(),
            None => self.exceptions["SystemError"].clone(),
        }
    }

    /// `type(v)`.
    pub fn type_of(&self, v: &Value) -> Rc<Class> {
        match v {
            Value::Null | Value::None => self.none.clone(),
            Value::NotImplemented => self.not_implemented.clone(),
            Value::Ellipsis => self.ellipsis.clone(),
            Value::Bool(_) => self.bool_.clone(),
            Value::Int(_) | Value::BigInt(_) => self.int.clone(),
            Value::Float(_) => self.float.clone(),
            Value::Str(_) => self.str_.clone(),
            Value::Bytes(_) => self.bytes.clone(),
            Value::Tuple(_) => self.tuple.clone(),
            Value::List(_) => self.list.clone(),
            Value::Dict(d) => d.flavor().unwrap_or_else(|| self.dict.clone()),
            Value::Set(s) => {
                if s.frozen {
                    self.frozenset.clone()
                } else {
                    self.set.clone()
                }
            }
            Value::Range(_) => self.range.clone(),
            Value::Slice(_) => self.slice.clone(),
            Value::Function(_) => self.function.clone(),
            Value::Builtin(_) => self.builtin_function.clone(),
            Value::Method(_) => self.method.clone(),
            Value::Class(_) => self.type_.clone(),
            Value::Instance(i) => i.class.clone(),
            Value::Module(_) => self.module.clone(),
            Value::Coroutine(_) => self.coroutine.clone(),
            Value::Generator(g) if g.is_async() => self.iterators["async_generator"].clone(),
            Value::Generator(_) => self.generator.clone(),
            Value::Iter(it) => {
                let name = match &*it.borrow() {
                    NativeIter::Seq { seq: Value::Tuple(_), .. } => "tuple_iterator",
                    NativeIter::Seq { seq: Value::Bytes(_), .. } => "bytes_iterator",
                    NativeIter::Seq { .. } => "list_iterator",
                    NativeIter::Str { .. } => "str_ascii_iterator",
                    NativeIter::Range { .. } => "range_iterator",
                    NativeIter::Dict { view: crate::value::DictView::Keys, .. } => "dict_keyiterator",
                    NativeIter::Dict { view: crate::value::DictView::Values, .. } => "dict_valueiterator",
                    NativeIter::Dict { .. } => "dict_itemiterator",
                    NativeIter::Set { .. } => "set_iterator",
                    NativeIter::Enumerate { .. } => "enumerate",
                    NativeIter::Zip { .. } => "zip",
                    NativeIter::Map { .. } => "map",
                    NativeIter::Filter { .. } => "filter",
                    NativeIter::Reversed { .. } => "list_reverseiterator",
                    NativeIter::Callable { .. } | NativeIter::SeqProto { .. } | NativeIter::Repeat { .. } | NativeIter::Exhausted => "callable_iterator",
                };
                self.iterators[name].clone()
            }
            Value::Descriptor(d) => match &**d {
                crate::value::Descriptor::StaticMethod(_) => self.staticmethod.clone(),
                crate::value::Descriptor::ClassMethod(_) => self.classmethod.clone(),
                crate::value::Descriptor::Property { .. } => self.property.clone(),
                crate::value::Descriptor::DictView(_, crate::value::DictView::Keys) => self.dict_keys.clone(),
                crate::value::Descriptor::DictView(_, crate::value::DictView::Values) => self.dict_values.clone(),
                crate::value::Descriptor::DictView(_, crate::value::DictView::Items) => self.dict_items.clone(),
            },
            Value::Super(_) => self.super_.clone(),
            Value::Future(f) => {
                if f.is_task() {
                    self.task.clone()
                } else if f.gather().is_some() {
                    self.iterators.get("_GatheringFuture").cloned().unwrap_or_else(|| self.future.clone())
                } else {
                    self.future.clone()
                }
            }
            Value::Native(n) => n.class(self),
            Value::Code(_) => self.code.clone(),
            Value::Cell(_) => self.cell.clone(),
        }
    }
}

impl Default for Types {
    fn default() -> Self {
        Types::new()
    }
}

/// The "metaclass" of a class made by a standard module (enum's
/// `EnumType`): a class named by the `__loopscope_meta__` attribute, whose
/// `__iter__`, `__len__`, `__contains__`, `__getitem__`, `__call__` and
/// `__repr__` apply to the class itself. (Loopscope has no general
/// metaclasses.)
pub fn meta_method(c: &Rc<Class>, name: &str) -> Option<Value> {
    match c.lookup("__loopscope_meta__") {
        Some(Value::Class(m)) => m.lookup(name),
        _ => None,
    }
}
