//! The `asyncio` module: native functions, the methods of Future, Task,
//! the loop and handles, and the Python prelude (`prelude/asyncio.py`)
//! compiled once per thread and run in each new VM that imports asyncio.

use super::event_loop::HandleKind;
use super::future::{Callback, Future};
use super::native::{native, NativeObj};
use super::RunRequest;
use crate::builtins::args::ArgParse;
use crate::builtins::{add_method, builtin};
use crate::compiler::code::Code;
use crate::value::*;
use crate::vm::{Flow, PyResult, Signal, Vm};
use std::cell::RefCell;
use std::rc::Rc;

const PRELUDE: &str = include_str!("prelude/asyncio.py");
/// Source ids of library code (the program is 0).
pub const PRELUDE_SOURCE_ID: u32 = 1000;

thread_local! {
    static PRELUDE_CODE: RefCell<Option<Rc<Code>>> = const { RefCell::new(None) };
}

fn prelude_code() -> PyResult<Rc<Code>> {
    PRELUDE_CODE.with(|c| {
        if let Some(code) = c.borrow().as_ref() {
            return Ok(code.clone());
        }
        let opts = crate::compiler::CompileOptions { internal: true, source_id: PRELUDE_SOURCE_ID };
        match crate::compiler::compile_source(PRELUDE, opts) {
            Ok(code) => {
                *c.borrow_mut() = Some(code.clone());
                Ok(code)
            }
            Err(e) => Err(Flow::Signal(Signal::Internal(format!("asyncio prelude does not compile: {e:?}")))),
        }
    })
}

fn as_future(vm: &Vm, v: &Value) -> PyResult<Rc<Future>> {
    match v {
        Value::Future(f) => Ok(f.clone()),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("expected a Future, got {tn}"))
        }
    }
}

pub(super) fn as_loop(vm: &Vm, v: &Value) -> PyResult<u32> {
    match v {
        Value::Native(n) => match &**n {
            NativeObj::Loop(id) => Ok(*id),
            _ => vm.type_error("expected an event loop"),
        },
        _ => vm.type_error("expected an event loop"),
    }
}

fn loop_value(vm: &Vm, id: u32) -> Value {
    vm.aio.loop_value(id)
}

/// Build the asyncio module into `vm.modules`.
pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let globals: Globals = Rc::new(RefCell::new(new_attrmap()));
    {
        let mut g = globals.borrow_mut();
        g.insert(Rc::from("__name__"), Value::str("asyncio"));
        let fns: &[(&str, NativeFn)] = &[
            ("run", asyncio_run),
            ("create_task", asyncio_create_task),
            ("gather", asyncio_gather),
            ("get_running_loop", asyncio_get_running_loop),
            ("get_event_loop", asyncio_get_event_loop),
            ("new_event_loop", asyncio_new_event_loop),
            ("set_event_loop", asyncio_set_event_loop),
            ("current_task", asyncio_current_task),
            ("all_tasks", asyncio_all_tasks),
            ("ensure_future", asyncio_ensure_future),
            ("iscoroutine", asyncio_iscoroutine),
            ("iscoroutinefunction", asyncio_iscoroutinefunction),
            ("isfuture", asyncio_isfuture),
            ("_native_yield", native_yield),
            ("_native_label", native_label),
            ("_native_sleep_timer", native_sleep_timer),
            ("_native_addr", native_addr),
            ("_native_lazy_iter", native_lazy_iter),
        ];
        for (name, f) in fns {
            g.insert(Rc::from(*name), builtin(name, name, *f));
        }
        for name in ["CancelledError", "InvalidStateError", "QueueEmpty", "QueueFull", "IncompleteReadError", "LimitOverrunError", "TimeoutError"] {
            g.insert(Rc::from(name), Value::Class(vm.types.exc(name)));
        }
        g.insert(Rc::from("Future"), Value::Class(vm.types.future.clone()));
        g.insert(Rc::from("Task"), Value::Class(vm.types.task.clone()));
        let abstract_loop = vm.types.iterators.get("AbstractEventLoop").cloned().unwrap_or_else(|| vm.types.event_loop.clone());
        g.insert(Rc::from("AbstractEventLoop"), Value::Class(abstract_loop));
        g.insert(Rc::from("Handle"), Value::Class(vm.types.handle.clone()));
        g.insert(Rc::from("TimerHandle"), Value::Class(vm.types.timer_handle.clone()));
        for (name, v) in crate::builtins::collections_natives(vm) {
            g.insert(Rc::from(name), v);
        }
    }
    // `asyncio.exceptions` for `except asyncio.exceptions.CancelledError`.
    let exc_mod: Globals = Rc::new(RefCell::new(new_attrmap()));
    for name in ["CancelledError", "InvalidStateError", "TimeoutError", "IncompleteReadError", "LimitOverrunError"] {
        exc_mod.borrow_mut().insert(Rc::from(name), Value::Class(vm.types.exc(name)));
    }
    globals
        .borrow_mut()
        .insert(Rc::from("exceptions"), Value::Module(Rc::new(Module { name: Rc::from("asyncio.exceptions"), globals: exc_mod })));
    let code = prelude_code()?;
    vm.run_module_code(code, globals.clone())?;
    let m = Value::Module(Rc::new(Module { name: Rc::from("asyncio"), globals }));
    Ok(m)
}

/// Install the methods of Future, Task, the loop and handles.
pub fn install_methods(vm: &mut Vm) {
    let fut = vm.types.future.clone();
    let f: &[(&str, NativeFn)] = &[
        ("result", fut_result),
        ("exception", fut_exception),
        ("set_result", fut_set_result),
        ("set_exception", fut_set_exception),
        ("cancel", fut_cancel),
        ("cancelled", fut_cancelled),
        ("done", fut_done),
        ("add_done_callback", fut_add_done_callback),
        ("remove_done_callback", fut_remove_done_callback),
        ("get_loop", fut_get_loop),
        ("_make_cancelled_error", fut_make_cancelled_error),
    ];
    for (name, func) in f {
        add_method(&fut, name, *func);
    }
    add_method(&fut, "__new__", future_new);
    let task = vm.types.task.clone();
    let t: &[(&str, NativeFn)] = &[
        ("get_name", task_get_name),
        ("set_name", task_set_name),
        ("get_coro", task_get_coro),
        ("cancelling", task_cancelling),
        ("uncancel", task_uncancel),
        ("get_stack", task_get_stack),
        ("set_result", task_no_set),
        ("set_exception", task_no_set),
    ];
    for (name, func) in t {
        add_method(&task, name, *func);
    }
    add_method(&task, "__new__", task_new);
    super::loop_methods::install(vm);
}

// ----- module functions -----------------------------------------------------

fn asyncio_run(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    a.take_kw("debug");
    a.check(vm, "run", 1, 1)?;
    let coro = a.pos[0].clone();
    if vm.aio.running.is_some() {
        return vm.err("RuntimeError", "asyncio.run() cannot be called from a running event loop");
    }
    if !matches!(coro, Value::Coroutine(_)) {
        let r = vm.repr(&coro)?;
        return vm.value_error(format!("a coroutine was expected, got {r}"));
    }
    if vm.cur.owner != crate::vm::frame::FiberOwner::Main {
        return vm.err("RuntimeError", "asyncio.run() called from inside a synchronous callback is not supported by Loopscope");
    }
    Err(Flow::Signal(Signal::RunLoop(RunRequest::Run { coro })))
}

fn asyncio_create_task(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let name = a.take_kw("name");
    a.take_kw("context");
    a.check(vm, "create_task", 1, 1)?;
    let loop_id = vm.running_loop()?;
    let t = vm.create_task_renamed(loop_id, a.pos[0].clone(), name)?;
    Ok(Value::Future(t))
}

fn asyncio_gather(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let re = a.take_kw("return_exceptions");
    a.no_kw(vm, "gather")?;
    let re = match re {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    vm.gather(std::mem::take(&mut a.pos), re)
}

fn asyncio_get_running_loop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "get_running_loop", 0, 0)?;
    let id = vm.running_loop()?;
    Ok(loop_value(vm, id))
}

fn asyncio_get_event_loop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "get_event_loop", 0, 0)?;
    let id = vm.get_event_loop()?;
    Ok(loop_value(vm, id))
}

impl Vm {
    /// `asyncio.get_event_loop()`: the running loop, else the current one
    /// (created on first use in the main thread, as 3.11 still does).
    pub fn get_event_loop(&mut self) -> PyResult<u32> {
        if let Some(id) = self.aio.running {
            return Ok(id);
        }
        if let Some(id) = self.aio.current {
            return Ok(id);
        }
        let id = self.new_event_loop()?;
        self.aio.current = Some(id);
        Ok(id)
    }

    /// Run a module's code to completion in `globals`.
    pub fn run_module_code(&mut self, code: Rc<Code>, globals: Globals) -> PyResult<()> {
        let mut frame = crate::vm::frame::Frame::new(code, globals.clone(), crate::vm::frame::FrameKind::Module);
        frame.namespace = Some(globals);
        let nested = crate::vm::frame::Fiber::new(crate::vm::frame::FiberOwner::Nested);
        let outer = std::mem::replace(&mut self.cur, nested);
        let saved_base = self.depth_base;
        self.depth_base += outer.frames.len();
        let r = match self.push_frame(frame) {
            Ok(()) => self.run_nested().map(|_| ()),
            Err(e) => Err(e),
        };
        self.cur = outer;
        self.depth_base = saved_base;
        r
    }

    /// A fresh `_shutdown_step()` coroutine from the prelude (for the
    /// Runner's shutdown stages).
    pub fn noop_coroutine(&mut self) -> PyResult<Value> {
        let m = self.import_module("asyncio", true)?;
        let f = self.getattr(&m, "_shutdown_step")?;
        self.call_sync(f, Vec::new(), Vec::new())
    }

    /// `loop.shutdown_asyncgens()`: a coroutine that acloses the async
    /// generators still alive that were first iterated under `loop_id`.
    pub fn shutdown_asyncgens_coroutine(&mut self, loop_id: u32) -> PyResult<Value> {
        let agens = self.live_asyncgens(loop_id);
        let m = self.import_module("asyncio", true)?;
        let f = self.getattr(&m, "_shutdown_asyncgens")?;
        self.call_sync(f, vec![Value::list(agens)], Vec::new())
    }
}

impl Vm {
    /// A new event loop. As CPython's selector loop does, it logs (at
    /// DEBUG, on the `asyncio` logger) which selector it uses, when the
    /// program has imported logging.
    pub fn new_event_loop(&mut self) -> PyResult<u32> {
        let id = self.aio.new_loop();
        if let Some(logging) = self.modules.get("logging").cloned() {
            let hook = self.getattr(&logging, "_loop_created")?;
            self.call_sync(hook, Vec::new(), Vec::new())?;
        }
        Ok(id)
    }
}

fn asyncio_new_event_loop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "new_event_loop", 0, 0)?;
    let id = vm.new_event_loop()?;
    Ok(loop_value(vm, id))
}

fn asyncio_set_event_loop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "set_event_loop", 1, 1)?;
    vm.aio.current = if a.pos[0].is_none() { None } else { Some(as_loop(vm, &a.pos[0])?) };
    Ok(Value::None)
}

fn asyncio_current_task(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "current_task", 0, 1)?;
    if a.pos.first().map(|v| v.is_none()).unwrap_or(true) {
        vm.running_loop()?;
    }
    Ok(vm.aio.current_task.clone().map(Value::Future).unwrap_or(Value::None))
}

fn asyncio_all_tasks(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "all_tasks", 0, 1)?;
    let loop_id = match a.pos.first() {
        Some(v) if !v.is_none() => as_loop(vm, v)?,
        _ => vm.running_loop()?,
    };
    let tasks: Vec<Value> = vm.aio.tasks.iter().filter(|t| t.loop_id == loop_id && !t.is_done()).map(|t| Value::Future(t.clone())).collect();
    vm.new_set(tasks, false)
}

fn asyncio_ensure_future(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    a.take_kw("loop");
    a.check(vm, "ensure_future", 1, 1)?;
    Ok(Value::Future(vm.ensure_future(&a.pos[0])?))
}

fn asyncio_iscoroutine(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(a.pos.first(), Some(Value::Coroutine(_)))))
}

fn asyncio_iscoroutinefunction(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let r = match a.pos.first() {
        Some(Value::Function(f)) => f.code.is_async(),
        Some(Value::Method(m)) => matches!(&m.func, Value::Function(f) if f.code.is_async()),
        _ => false,
    };
    Ok(Value::Bool(r))
}

fn asyncio_isfuture(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Bool(matches!(a.pos.first(), Some(Value::Future(_)))))
}

fn native_yield(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(native(NativeObj::YieldOnce(std::cell::Cell::new(false))))
}

/// The virtual time a timer of `delay` seconds set now fires at.
fn fires_at(vm: &Vm, delay: Option<&Value>) -> f64 {
    vm.clock
        + match delay {
            Some(Value::Int(i)) => *i as f64,
            Some(Value::Float(x)) => *x,
            _ => 0.0,
        }
}

/// `_native_label(fut, what, arg...)`: how the visualizer names a future.
fn native_label(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let (Some(Value::Future(f)), Some(Value::Str(what))) = (a.pos.first(), a.pos.get(1)) {
        let text = match (&**what, a.pos.get(2)) {
            ("sleep", Some(d)) => format!("sleep({}) until t={:.3}", vm.str(d)?, fires_at(vm, Some(d))),
            // The simulated aiohttp's request: `_native_label(fut, 'request', "GET url", delay)`.
            ("request", Some(what)) => format!("{} until t={:.3}", vm.str(what)?, fires_at(vm, a.pos.get(3))),
            ("wait_for", Some(t)) => format!("wait_for(timeout={})", vm.str(t)?),
            ("wait", Some(n)) => {
                let n = vm.str(n)?;
                format!("wait() on {n} future{}", if &*n == "1" { "" } else { "s" })
            }
            ("taskgroup", Some(n)) => {
                let n = vm.str(n)?;
                format!("TaskGroup exit ({n} task{} left)", if &*n == "1" { "" } else { "s" })
            }
            ("shield", _) => "shield()".to_string(),
            (w, _) => format!("{w}()"),
        };
        f.set_label_rc(vm.aio.label(&text));
    }
    Ok(Value::None)
}

/// `_native_sleep_timer(loop, delay, fut, result)`: sleep's
/// `call_later(delay, _set_result_unless_cancelled, fut, result)`.
fn native_sleep_timer(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "_native_sleep_timer", 4, 4)?;
    let loop_id = as_loop(vm, &a.pos[0])?;
    let delay = vm.to_f64(&a.pos[1])?;
    let fut = as_future(vm, &a.pos[2])?;
    let when = vm.clock + delay;
    let h = vm.call_at(loop_id, when, HandleKind::SetResultUnlessCancelled { fut, result: a.pos[3].clone() });
    Ok(native(NativeObj::Handle(h)))
}

fn native_addr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.first().cloned().unwrap_or(Value::None);
    Ok(Value::str(&vm.fake_addr(&v)))
}

fn native_lazy_iter(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "_native_lazy_iter", 2, 2)?;
    let n = vm.to_index(&a.pos[0])?.max(0) as usize;
    Ok(Value::Iter(Rc::new(RefCell::new(NativeIter::Repeat { func: a.pos[1].clone(), remaining: n }))))
}

// ----- Future ---------------------------------------------------------------

fn this_future(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<Future>> {
    match a.pos.first() {
        Some(v) => as_future(vm, v),
        None => vm.type_error(format!("descriptor '{name}' of '_asyncio.Future' object needs an argument")),
    }
}

fn future_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let lp = a.take_kw("loop");
    a.check(vm, "Future", 0, 0)?;
    let loop_id = match lp {
        Some(v) if !v.is_none() => as_loop(vm, &v)?,
        _ => vm.get_event_loop()?,
    };
    Ok(Value::Future(vm.new_future(loop_id)))
}

fn task_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let name = a.take_kw("name");
    let lp = a.take_kw("loop");
    a.take_kw("context");
    if let Some(coro) = a.take_kw("coro") {
        a.pos.push(coro);
    }
    a.check(vm, "Task", 1, 1)?;
    let loop_id = match lp {
        Some(v) if !v.is_none() => as_loop(vm, &v)?,
        _ => vm.get_event_loop()?,
    };
    Ok(Value::Future(vm.create_task(loop_id, a.pos[0].clone(), name)?))
}

fn fut_result(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "result")?;
    a.check(vm, "result", 1, 1)?;
    vm.future_result(&f)
}

fn fut_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "exception")?;
    a.check(vm, "exception", 1, 1)?;
    vm.future_exception(&f)
}

fn fut_set_result(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "set_result")?;
    a.check(vm, "set_result", 2, 2)?;
    vm.fut_set_result(&f, a.pos[1].clone())?;
    Ok(Value::None)
}

fn fut_set_exception(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "set_exception")?;
    a.check(vm, "set_exception", 2, 2)?;
    vm.fut_set_exception(&f, a.pos[1].clone())?;
    Ok(Value::None)
}

fn fut_cancel(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let msg = a.take_kw("msg");
    let f = this_future(vm, &a, "cancel")?;
    a.check(vm, "cancel", 1, 2)?;
    let msg = msg.or_else(|| a.pos.get(1).cloned()).unwrap_or(Value::None);
    Ok(Value::Bool(vm.fut_cancel(&f, msg)?))
}

fn fut_cancelled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "cancelled")?;
    Ok(Value::Bool(f.is_cancelled()))
}

fn fut_done(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "done")?;
    Ok(Value::Bool(f.is_done()))
}

fn fut_add_done_callback(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    a.take_kw("context");
    let f = this_future(vm, &a, "add_done_callback")?;
    a.check(vm, "add_done_callback", 2, 2)?;
    vm.fut_add_done_callback(&f, Callback::Py(a.pos[1].clone()));
    Ok(Value::None)
}

fn fut_remove_done_callback(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "remove_done_callback")?;
    a.check(vm, "remove_done_callback", 2, 2)?;
    let n = vm.fut_remove_done_callback(&f, &Callback::Py(a.pos[1].clone()));
    Ok(Value::Int(n as i64))
}

fn fut_get_loop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "get_loop")?;
    Ok(loop_value(vm, f.loop_id))
}

fn fut_make_cancelled_error(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = this_future(vm, &a, "_make_cancelled_error")?;
    Ok(vm.make_cancelled_error(&f))
}

// ----- Task -----------------------------------------------------------------

fn this_task(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<Future>> {
    let f = this_future(vm, a, name)?;
    if !f.is_task() {
        return vm.type_error(format!("descriptor '{name}' requires a '_asyncio.Task' object"));
    }
    Ok(f)
}

fn task_get_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this_task(vm, &a, "get_name")?;
    Ok(Value::Str(t.name().unwrap_or_else(|| Rc::from(""))))
}

fn task_set_name(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this_task(vm, &a, "set_name")?;
    a.check(vm, "set_name", 2, 2)?;
    let s = vm.str(&a.pos[1])?;
    if let Some(d) = t.task() {
        d.set_name(&s);
    }
    vm.trace.task_renamed(&t);
    Ok(Value::None)
}

fn task_get_coro(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this_task(vm, &a, "get_coro")?;
    Ok(t.task().map(|d| d.coro.clone()).unwrap_or(Value::None))
}

fn task_cancelling(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this_task(vm, &a, "cancelling")?;
    Ok(Value::Int(t.task().map(|d| d.num_cancels_requested.get()).unwrap_or(0) as i64))
}

fn task_uncancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this_task(vm, &a, "uncancel")?;
    let Some(d) = t.task() else { return Ok(Value::Int(0)) };
    if d.num_cancels_requested.get() > 0 {
        d.num_cancels_requested.set(d.num_cancels_requested.get() - 1);
    }
    Ok(Value::Int(d.num_cancels_requested.get() as i64))
}

fn task_get_stack(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::list(Vec::new()))
}

fn task_no_set(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let _ = a;
    vm.err("RuntimeError", "Task does not support set_result operation")
}
