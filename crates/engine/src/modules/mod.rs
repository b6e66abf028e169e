//! Importable modules: asyncio, time, random, math, sys, typing, heapq,
//! collections, functools, itertools, json, dataclasses, enum, operator,
//! copy, string, statistics, aiohttp (simulated). `import_module` builds
//! each on first import and caches it in the VM. Some are written in
//! Python (`prelude/*.py`), compiled once per thread.

pub mod abc_protocols;
mod annotations;
mod copy;
pub mod dicts;
pub(crate) mod json;
mod math;
mod math_more;
pub mod missing;
mod prelude;
mod stdlib;
mod random;
mod statistics;
mod surface;

/// CPython's public names of `module` (see `surface.rs`).
pub fn surface_names(module: &str) -> Vec<&'static str> {
    surface::NAMES.iter().filter(|(m, _)| *m == module).flat_map(|(_, names)| names.split(' ')).collect()
}
mod sys;
mod time;

use crate::builtins::builtin;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::rc::Rc;

/// Modules Loopscope provides (others are refused before the run).
pub const AVAILABLE: &[&str] = &[
    "asyncio", "time", "random", "math", "sys", "typing", "heapq", "collections", "aiohttp", "functools", "itertools", "json",
    "dataclasses", "enum", "operator", "copy", "string", "statistics", "abc", "datetime", "types", "contextlib", "logging",
    "threading", "concurrent.futures", "os", "os.path", "queue", "traceback", "warnings", "inspect", "bisect", "textwrap", "re",
];

pub fn new_module(name: &str, items: Vec<(&str, Value)>) -> Value {
    let g: Globals = Rc::new(RefCell::new(new_attrmap()));
    {
        let mut m = g.borrow_mut();
        m.insert(Rc::from("__name__"), Value::str(name));
        for (k, v) in items {
            m.insert(Rc::from(k), v);
        }
    }
    Value::Module(Rc::new(Module { name: Rc::from(name), globals: g }))
}

/// Natives as module items.
pub fn fns(list: &[(&'static str, NativeFn)], module: &str) -> Vec<(&'static str, Value)> {
    list.iter().map(|(n, f)| (*n, builtin(n, &format!("{module}.{n}"), *f))).collect()
}

/// Is this `file=` argument sys.stderr?
pub fn is_stderr(file: &Option<Value>) -> bool {
    match file {
        Some(Value::Native(n)) => matches!(&**n, crate::aio::native::NativeObj::Stream { stderr: true }),
        _ => false,
    }
}

impl Vm {
    /// `import name` (`whole`: return `a.b` itself rather than `a`).
    pub fn import_module(&mut self, name: &str, whole: bool) -> PyResult<Value> {
        let top = name.split('.').next().unwrap_or(name);
        if let Some(m) = self.modules.get(name) {
            if whole || !name.contains('.') {
                return Ok(m.clone());
            }
        }
        let module = match self.modules.get(top).cloned() {
            Some(m) => m,
            None => {
                let m = self.build_module(top)?;
                self.modules.insert(Rc::from(top), m.clone());
                m
            }
        };
        if name == top {
            return Ok(module);
        }
        if self.is_missing(&module) {
            // `import xml.etree` of a module Loopscope lacks: the submodule
            // is missing too.
            return if whole { self.missing(name, true) } else { Ok(module) };
        }
        // Submodules: `asyncio.exceptions` and the like are attributes.
        let mut cur = module.clone();
        for part in name.split('.').skip(1) {
            cur = match self.getattr(&cur, part) {
                Ok(v) => v,
                Err(_) => return self.err("ModuleNotFoundError", format!("No module named '{name}'")),
            };
        }
        self.modules.insert(Rc::from(name), cur.clone());
        Ok(if whole { cur } else { module })
    }

    fn build_module(&mut self, name: &str) -> PyResult<Value> {
        Ok(match name {
            "asyncio" => crate::aio::module::make_module(self)?,
            "time" => time::module(self)?,
            "random" => random::module(self),
            "math" => math::module(),
            "sys" => sys::module(self),
            "heapq" => new_module("heapq", crate::builtins::collections::heapq_natives()),
            "collections" => {
                let natives = crate::builtins::collections_natives(self);
                let deque = natives.into_iter().find(|(n, _)| *n == "_native_deque").map(|(_, v)| v).unwrap_or(Value::None);
                let mut items = vec![
                    ("deque", deque),
                    ("_caller_module", crate::builtins::builtin("_caller_module", "_caller_module", caller_module)),
                    ("_annotations", crate::builtins::builtin("_annotations", "_annotations", annotations::annotations)),
                ];
                for name in ["defaultdict", "Counter", "OrderedDict"] {
                    items.push((name, Value::Class(dicts::flavor_class(self, name))));
                }
                let m = prelude::python_module(self, "collections", items)?;
                let abc = abc_protocols::module(self);
                self.modules.insert(Rc::from("collections.abc"), abc.clone());
                self.setattr(&m, "abc", abc)?;
                m
            }
            "typing" => typing_module(self),
            "__future__" => new_module(
                "__future__",
                ["nested_scopes", "generators", "division", "absolute_import", "with_statement", "print_function", "unicode_literals", "generator_stop", "annotations"]
                    .iter()
                    .map(|n| (*n, Value::str(n)))
                    .collect(),
            ),
            "functools" | "itertools" | "operator" | "string" | "abc" | "datetime" => prelude::python_module(self, name, Vec::new())?,
            "enum" => {
                let cm = crate::builtins::builtin("_caller_module", "_caller_module", caller_module);
                prelude::python_module(self, "enum", vec![("_caller_module", cm)])?
            }
            "dataclasses" => {
                let an = crate::builtins::builtin("_annotations", "_annotations", annotations::annotations);
                prelude::python_module(self, "dataclasses", vec![("_annotations", an)])?
            }
            "types" => {
                let mark = crate::builtins::builtin("_mark_iterable_coroutine", "_mark_iterable_coroutine", mark_iterable_coroutine);
                prelude::python_module(self, "types", vec![("_mark_iterable_coroutine", mark)])?
            }
            "copy" => copy::module(self),
            "json" => json::module(self),
            "statistics" => statistics::module(self),
            "aiohttp" => crate::aio::aiohttp::make_module(self)?,
            other if other == "concurrent" || stdlib::MODULES.contains(&other) => stdlib::build(self, other)?,
            other if missing::is_stdlib(other) => self.missing(other, true)?,
            other => return self.err("ModuleNotFoundError", format!("No module named '{other}'")),
        })
    }
}

fn typing_module(vm: &mut Vm) -> Value {
    let names = [
        "Any", "List", "Dict", "Tuple", "Set", "FrozenSet", "Optional", "Union", "Callable", "Awaitable", "Coroutine",
        "Iterable", "Iterator", "AsyncIterator", "AsyncIterable", "Sequence", "Mapping", "Type", "NoReturn", "Generator",
        "AsyncGenerator", "Literal", "Final", "ClassVar",
    ];
    let mut items: Vec<(&str, Value)> = Vec::new();
    for n in names {
        let c = crate::vm::types::new_class(n, "typing", std::slice::from_ref(&vm.types.object), Some(BuiltinType::Object), BuiltinType::Object);
        items.push((n, Value::Class(c)));
    }
    items.push(("cast", builtin("cast", "typing.cast", typing_cast)));
    // typing.NamedTuple: the class-syntax namedtuple (from collections).
    if let Ok(c) = vm.import_module("collections", true) {
        if let Ok(nt) = vm.getattr(&c, "_NamedTupleBase") {
            items.push(("NamedTuple", nt));
        }
    }
    items.push(("TypeVar", builtin("TypeVar", "typing.TypeVar", typing_typevar)));
    items.push(("TYPE_CHECKING", Value::Bool(false)));
    new_module("typing", items)
}

fn typing_cast(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.get(1).cloned().unwrap_or(Value::None))
}

fn typing_typevar(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let name = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "T".to_string(),
    };
    let c = crate::vm::types::new_class(&name, "typing", std::slice::from_ref(&vm.types.object), Some(BuiltinType::Object), BuiltinType::Object);
    Ok(Value::Class(c))
}

/// Per-VM state of the standard modules.
#[derive(Default)]
pub struct ModState {
    /// Classes made natively, by name (`collections.Counter`, ...).
    pub classes: std::collections::HashMap<&'static str, Rc<Class>>,
    /// The generators of `random.Random` instances, by instance identity.
    pub randoms: std::collections::HashMap<usize, crate::pyrandom::Random>,
}

/// `__name__` of the innermost frame of learner code (what CPython's
/// `sys._getframe(1).f_globals['__name__']` gives library functions).
fn caller_module(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    for f in vm.cur.frames.iter().rev() {
        if !f.code.internal {
            return Ok(f.globals.borrow().get("__name__").cloned().unwrap_or(Value::str("__main__")));
        }
    }
    Ok(Value::str("__main__"))
}

/// `types.coroutine(f)` for a generator function: its generators may be
/// awaited.
fn mark_iterable_coroutine(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Function(f)) = a.pos.first() {
        if f.code.kind == crate::compiler::code::CodeKind::Generator && !vm.iterable_coroutines.iter().any(|c| Rc::ptr_eq(c, &f.code)) {
            vm.iterable_coroutines.push(f.code.clone());
        }
    }
    Ok(Value::None)
}
