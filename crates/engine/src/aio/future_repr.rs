//! `repr()` of futures, tasks, handles and loops (CPython's layout, with
//! the program's file name instead of a full path), and plain-words
//! descriptions of what a task waits on.

use super::future::{FutState, Future};
use super::native::NativeObj;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

/// Where the reference runner's CPython 3.11.7 keeps asyncio: reprs of
/// futures name the source of asyncio's own callbacks.
pub const CPYTHON_ASYNCIO_DIR: &str = "/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio";

/// asyncio's own callbacks (written in Python in the prelude) and where
/// they are in CPython's source: (qualname, file, first line).
const ASYNCIO_CALLBACKS: &[(&str, &str, u32)] = &[
    ("_release_waiter", "tasks.py", 431),
    ("_wait.<locals>._on_completion", "tasks.py", 519),
    ("as_completed.<locals>._on_timeout", "tasks.py", 596),
    ("as_completed.<locals>._on_completion", "tasks.py", 602),
    ("shield.<locals>._inner_done_callback", "tasks.py", 891),
    ("shield.<locals>._outer_done_callback", "tasks.py", 908),
    ("TaskGroup._on_task_done", "taskgroups.py", 184),
    ("Timeout._on_timeout", "timeouts.py", 121),
];

/// A done callback as `_format_callback_source` shows it: `name()` and,
/// for Python functions, ` at file:line`.
fn callback_source(vm: &mut Vm, c: &super::future::Callback) -> String {
    use super::future::Callback;
    match c {
        Callback::Wakeup(_) => "Task.task_wakeup()".to_string(),
        Callback::Gather(_) => format!("gather.<locals>._done_callback() at {CPYTHON_ASYNCIO_DIR}/tasks.py:764"),
        Callback::StopLoop => format!("_run_until_complete_cb() at {CPYTHON_ASYNCIO_DIR}/base_events.py:180"),
        Callback::Py(func) => {
            let f = match func {
                Value::Method(m) => m.func.clone(),
                other => other.clone(),
            };
            match &f {
                Value::Function(fun) if fun.code.internal => match ASYNCIO_CALLBACKS.iter().find(|(q, _, _)| **q == *fun.qualname) {
                    Some((q, file, line)) => format!("{q}() at {CPYTHON_ASYNCIO_DIR}/{file}:{line}"),
                    None => format!("{}()", fun.qualname),
                },
                Value::Function(fun) => {
                    let file = vm.sources.get(fun.code.source_id as usize).map(|s| s.name.clone()).unwrap_or_default();
                    format!("{}() at {file}:{}", fun.qualname, fun.code.first_line)
                }
                Value::Builtin(b) => format!("{}()", b.qualname),
                _ => "callback()".to_string(),
            }
        }
    }
}

pub fn repr_native(vm: &mut Vm, v: &Value) -> PyResult<String> {
    match v {
        Value::Future(f) => future_repr(vm, f),
        Value::Native(n) => Ok(match &**n {
            NativeObj::Loop(id) => {
                let (running, closed) = vm.aio.loop_ref(*id).map(|l| (l.running, l.closed)).unwrap_or((false, true));
                format!("<VirtualTimeEventLoop running={} closed={} debug=False>", py_bool(running), py_bool(closed))
            }
            NativeObj::Handle(h) => handle_repr(vm, &h.clone()),
            NativeObj::YieldOnce(_) => "<coroutine object sleep>".to_string(),
            NativeObj::AgenOp(op) => {
                let a = vm.fake_addr(v);
                format!("<{} object at {a}>", op.type_name())
            }
            NativeObj::CoroWrapper(_) => {
                let a = vm.fake_addr(v);
                format!("<coroutine_wrapper object at {a}>")
            }
            NativeObj::Executor => "<concurrent.futures.thread.ThreadPoolExecutor object>".to_string(),
            NativeObj::Stream { stderr } => format!("<_io.TextIOWrapper name='<{}>' mode='w' encoding='utf-8'>", if *stderr { "stderr" } else { "stdout" }),
            NativeObj::Deque(d) => {
                let items: Vec<Value> = d.items.borrow().iter().cloned().collect();
                let inner = vm.repr(&Value::list(items))?;
                match d.maxlen {
                    Some(m) => format!("deque({inner}, maxlen={m})"),
                    None => format!("deque({inner})"),
                }
            }
        }),
        _ => Ok(String::new()),
    }
}

fn py_bool(b: bool) -> &'static str {
    if b {
        "True"
    } else {
        "False"
    }
}

fn future_repr(vm: &mut Vm, f: &Rc<Future>) -> PyResult<String> {
    let state = match f.state.get() {
        FutState::Pending => "pending",
        FutState::Cancelled => "cancelled",
        FutState::Finished => "finished",
    };
    let mut info = vec![state.to_string()];
    if let Some(t) = f.task() {
        info.push(format!("name='{}'", t.name()));
        if let Value::Coroutine(co) = &t.coro {
            let file = vm.sources.get(co.code.source_id as usize).map(|s| s.name.clone()).unwrap_or_default();
            if f.is_done() {
                info.push(format!("coro=<{}() done, defined at {}:{}>", co.qualname, file, co.code.first_line));
            } else {
                // The coroutine's own frame: on the running fiber when the
                // task is the one running, else on its suspended fiber.
                let running = vm.aio.current_task.as_ref().is_some_and(|c| Rc::ptr_eq(c, f));
                let line = if running {
                    vm.cur.frames.iter().find(|fr| Rc::ptr_eq(&fr.code, &co.code)).map(|fr| fr.current_line())
                } else {
                    t.fiber.borrow().as_ref().and_then(|fb| fb.frames.first().map(|fr| fr.current_line()))
                }
                .unwrap_or(co.code.first_line);
                info.push(format!("coro=<{}() running at {}:{}>", co.qualname, file, line));
            }
        }
    }
    if f.state.get() == FutState::Finished {
        let exc = f.exception.borrow().clone();
        match exc {
            Some(e) => info.push(format!("exception={}", vm.repr(&e)?)),
            None => {
                let r = f.result.borrow().clone();
                info.push(format!("result={}", vm.repr(&r)?));
            }
        }
    }
    if let Some(t) = f.task() {
        if let Some(w) = t.fut_waiter.borrow().clone() {
            let wr = future_repr(vm, &w)?;
            info.push(format!("wait_for={wr}"));
        }
    }
    let cbs = f.callbacks.borrow().clone();
    if !cbs.is_empty() {
        let one = |vm: &mut Vm, c: &super::future::Callback| callback_source(vm, c);
        let text = match cbs.len() {
            1 => one(vm, &cbs[0]),
            2 => format!("{}, {}", one(vm, &cbs[0]), one(vm, &cbs[1])),
            n => format!("{}, <{} more>, {}", one(vm, &cbs[0]), n - 2, one(vm, &cbs[n - 1])),
        };
        info.push(format!("cb=[{text}]"));
    }
    let cls = vm.types.type_of(&Value::Future(f.clone())).name.clone();
    Ok(format!("<{} {}>", cls, info.join(" ")))
}

impl Vm {
    /// What a pending task waits on, in plain words.
    pub fn describe_wait(&self, t: &Rc<Future>) -> String {
        let Some(data) = t.task() else { return "nothing".into() };
        let waiter = data.fut_waiter.borrow().clone();
        match waiter {
            Some(w) => self.describe_future(&w),
            None => {
                if data.started.get() {
                    "its next turn".into()
                } else {
                    "its first step".into()
                }
            }
        }
    }

    pub fn describe_future(&self, w: &Rc<Future>) -> String {
        if let Some(name) = w.name() {
            return name.to_string();
        }
        if let Some(label) = w.label_text() {
            return label.to_string();
        }
        "a future".into()
    }
}

/// What CPython logs to stderr when a failed task is collected without
/// anyone having retrieved its exception ("Task exception was never
/// retrieved", the task's repr, the traceback), for every such task in
/// creation order.
pub fn unretrieved_report(vm: &mut Vm) -> String {
    let mut out = String::new();
    for task in vm.aio.tasks.clone() {
        if !task.log_traceback.get() {
            continue;
        }
        let Some(exc) = task.exception.borrow().clone() else { continue };
        let repr = future_repr(vm, &task).unwrap_or_else(|_| "<Task>".to_string());
        out.push_str("Task exception was never retrieved\n");
        out.push_str(&format!("future: {repr}\n"));
        out.push_str(&vm.format_traceback(&exc));
    }
    out
}

/// `reprlib.repr` as asyncio uses it for callback arguments: long strings,
/// ints and other reprs are cut in the middle with `...`.
fn short_repr(vm: &mut Vm, v: &Value) -> String {
    let full = vm.repr(v).unwrap_or_else(|_| "<object>".to_string());
    let max = match v {
        Value::Int(_) | Value::BigInt(_) => 40,
        _ => 30,
    };
    if full.chars().count() <= max {
        return full;
    }
    let chars: Vec<char> = full.chars().collect();
    let i = (max - 3) / 2;
    let j = max - 3 - i;
    let head: String = chars[..i].iter().collect();
    let tail: String = chars[chars.len() - j..].iter().collect();
    format!("{head}...{tail}")
}

/// asyncio's `_format_callback_source`: `qualname(args) at file:line`
/// (the source only for plain functions, as CPython gives it).
pub fn callback_text(vm: &mut Vm, func: &Value, args: &[Value]) -> String {
    let name = match func {
        Value::Function(f) => f.qualname.to_string(),
        Value::Builtin(b) => b.qualname.to_string(),
        Value::Method(m) => match &m.func {
            Value::Function(f) => f.qualname.to_string(),
            Value::Builtin(b) => b.qualname.to_string(),
            other => vm.repr(other).unwrap_or_default(),
        },
        other => vm.repr(other).unwrap_or_default(),
    };
    let args: Vec<String> = args.iter().map(|a| short_repr(vm, a)).collect();
    let mut out = format!("{name}({})", args.join(", "));
    if let Value::Function(f) = func {
        if let Some(src) = vm.sources.get(f.code.source_id as usize) {
            out.push_str(&format!(" at {}:{}", src.name, f.code.first_line));
        }
    }
    out
}

/// A handle's repr: `<Handle f() at file:line>`,
/// `<_SeqTimerHandle when=1.5 f() at file:line>`, with ` cancelled`.
/// Timer handles are named as under the reference runner, whose virtual
/// clock subclasses TimerHandle as `_SeqTimerHandle` (the ground truth).
pub fn handle_repr(vm: &mut Vm, h: &super::event_loop::Handle) -> String {
    let cls = if h.is_timer() { "_SeqTimerHandle" } else { "Handle" };
    let mut parts = vec![cls.to_string()];
    if h.cancelled.get() {
        parts.push("cancelled".to_string());
    }
    if h.is_timer() {
        parts.push(format!("when={}", crate::format::float_repr(h.when)));
    }
    if let super::event_loop::HandleKind::Call { func, args } = &h.kind {
        if !h.cancelled.get() {
            let text = callback_text(vm, func, args);
            parts.push(text);
        }
    }
    format!("<{}>", parts.join(" "))
}
