//! The standard modules written in Python that tutorials import
//! (`contextlib`, `logging`, `threading`, `concurrent.futures`, `os`,
//! `os.path`, `queue`, `traceback`, `warnings`, `inspect`, `bisect`,
//! `textwrap`), and the few natives their preludes call: who called
//! (file, line, function), which thread runs, an exception's text, and
//! refusing a name.

use crate::builtins::builtin;
use crate::value::*;
use crate::vm::{Flow, PyResult, Signal, Vm};

/// Modules made by `build`: (module name, prelude source name).
pub const MODULES: &[&str] =
    &["contextlib", "logging", "threading", "concurrent.futures", "os", "os.path", "queue", "traceback", "warnings", "inspect", "bisect", "textwrap", "re"];

/// Build module `name` (one of `MODULES`, or the `concurrent` package).
pub fn build(vm: &mut Vm, name: &str) -> PyResult<Value> {
    // Packages: the submodule is built and registered with them.
    let sub = match name {
        "concurrent" => Some(("futures", "concurrent.futures")),
        "os" => Some(("path", "os.path")),
        _ => None,
    };
    let m = if name == "concurrent" { super::new_module("concurrent", Vec::new()) } else { prelude_module(vm, name)? };
    if let Some((attr, full)) = sub {
        let s = prelude_module(vm, full)?;
        vm.modules.insert(std::rc::Rc::from(full), s.clone());
        vm.setattr(&m, attr, s.clone())?;
        if full == "concurrent.futures" {
            // Its submodules hold what the package exports.
            for part in ["thread", "process", "_base"] {
                vm.modules.insert(std::rc::Rc::from(format!("{full}.{part}")), s.clone());
                vm.setattr(&s, part, s.clone())?;
            }
        }
    }
    Ok(m)
}

fn prelude_module(vm: &mut Vm, name: &str) -> PyResult<Value> {
    let mut items: Vec<(&str, Value)> = NATIVES.iter().map(|(n, f)| (*n, builtin(n, n, *f))).collect();
    let path = format!("{}/selector_events.py", crate::aio::future_repr::CPYTHON_ASYNCIO_DIR);
    items.push(("_asyncio_path", Value::str(&path)));
    super::prelude::python_module(vm, name, items)
}

const NATIVES: &[(&str, NativeFn)] = &[
    ("_refuse", refuse),
    ("_thread_name", thread_name),
    ("_thread_ident", thread_ident),
    ("_caller", caller),
    ("_format_exception", format_exception),
    ("_format_exception_only", format_exception_only),
    ("_code_kind", code_kind),
    ("_is_future", is_future),
    ("_iterable_coroutine", iterable_coroutine),
    ("_source_line", source_line),
];

fn refuse(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let what = match a.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => "this".to_string(),
    };
    Err(Flow::Signal(Signal::Unsupported(what)))
}

/// The thread running now: the main thread, or the worker thread of the
/// executor job being run.
fn thread_name(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(match &vm.aio.worker_name {
        Some(n) => Value::Str(n.clone()),
        None => Value::str("MainThread"),
    })
}

/// A thread id (CPython's are addresses; these are stable fakes).
fn thread_ident(vm: &mut Vm, _a: Args) -> PyResult<Value> {
    let base: i64 = 139_800_000_000_000;
    Ok(Value::Int(match &vm.aio.worker_name {
        Some(n) => base + 8_392_704 * (1 + n.len() as i64),
        None => base,
    }))
}

/// `(pathname, lineno, funcName)` of the program's code that called the
/// library, `stacklevel` frames up.
fn caller(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let level = match a.pos.first() {
        Some(Value::Int(n)) => (*n).max(1) as usize,
        _ => 1,
    };
    let learner: Vec<(u32, u32, std::rc::Rc<str>)> =
        vm.cur.frames.iter().rev().filter(|f| !f.code.internal).map(|f| (f.code.source_id, f.current_line(), f.code.name.clone())).collect();
    let Some((sid, line, name)) = learner.get(level - 1).or(learner.last()).cloned() else {
        return Ok(Value::tuple(vec![Value::str("(unknown file)"), Value::Int(0), Value::str("(unknown function)")]));
    };
    let file = vm.sources.get(sid as usize).map(|s| s.name.clone()).unwrap_or_default();
    Ok(Value::tuple(vec![Value::str(&file), Value::Int(line as i64), Value::Str(name)]))
}

/// The traceback CPython prints for an exception (chained ones included).
fn format_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let e = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(&vm.format_traceback(&e)))
}

/// The last line of that traceback: `Type: message`.
fn format_exception_only(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let e = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(&vm.format_exception_only(&e)))
}

/// "coroutine", "generator", "asyncgen" or "function" for a function (or
/// a bound method); None otherwise.
fn code_kind(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    use crate::compiler::code::CodeKind;
    let f = match a.pos.first() {
        Some(Value::Function(f)) => Some(f.clone()),
        Some(Value::Method(m)) => match &m.func {
            Value::Function(f) => Some(f.clone()),
            _ => None,
        },
        _ => None,
    };
    Ok(match f {
        Some(f) => Value::str(match f.code.kind {
            CodeKind::AsyncFunction => "coroutine",
            CodeKind::Generator | CodeKind::GeneratorExp => "generator",
            CodeKind::AsyncGenerator => "asyncgen",
            _ => "function",
        }),
        None => Value::None,
    })
}

fn is_future(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(a.pos.first(), Some(Value::Future(_)))))
}

/// Is this generator from a `@types.coroutine` function?
fn iterable_coroutine(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(a.pos.first(), Some(Value::Generator(g)) if vm.iterable_coroutines.iter().any(|c| std::rc::Rc::ptr_eq(c, &g.code)))))
}

/// Line `lineno` of the program's file `filename` (for warnings).
fn source_line(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (Some(Value::Str(file)), Some(Value::Int(line))) = (a.pos.first(), a.pos.get(1)) else { return Ok(Value::None) };
    Ok(match vm.sources.iter().find(|s| *s.name == **file) {
        Some(s) => Value::str(s.lines.line_text(&s.text, *line as u32)),
        None => Value::None,
    })
}
