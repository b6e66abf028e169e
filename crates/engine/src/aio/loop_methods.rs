//! The event loop's methods (`call_soon`, `run_until_complete`,
//! `run_forever`, `close`, the exception handler, ...) and the handles'.
//! A method CPython's loop has and Loopscope lacks (sockets, signals,
//! subprocesses, servers) is refused by name: see `surface_of`.

use super::event_loop::HandleKind;
use super::native::{native, NativeObj};
use super::module::as_loop;
use super::RunRequest;
use crate::builtins::add_method;
use crate::builtins::args::ArgParse;
use crate::value::*;
use crate::vm::{Flow, PyResult, Signal, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let lp = vm.types.event_loop.clone();
    let l: &[(&str, NativeFn)] = &[
        ("time", loop_time),
        ("call_soon", loop_call_soon),
        ("call_later", loop_call_later),
        ("call_at", loop_call_at),
        ("create_future", loop_create_future),
        ("create_task", loop_create_task),
        ("run_until_complete", loop_run_until_complete),
        ("run_forever", loop_run_forever),
        ("stop", loop_stop),
        ("close", loop_close),
        ("is_running", loop_is_running),
        ("is_closed", loop_is_closed),
        ("run_in_executor", loop_run_in_executor),
        ("get_debug", loop_get_debug),
        ("set_debug", loop_set_debug),
        ("call_soon_threadsafe", loop_call_soon),
        ("shutdown_asyncgens", loop_shutdown_asyncgens),
        ("shutdown_default_executor", loop_shutdown_default_executor),
        ("set_exception_handler", super::exception_handler::loop_set_exception_handler),
        ("get_exception_handler", super::exception_handler::loop_get_exception_handler),
        ("call_exception_handler", super::exception_handler::loop_call_exception_handler),
        ("default_exception_handler", super::exception_handler::loop_default_exception_handler),
        ("get_task_factory", loop_get_task_factory),
        ("set_task_factory", loop_set_task_factory),
        ("set_default_executor", loop_set_default_executor),
    ];
    for (name, func) in l {
        add_method(&lp, name, *func);
    }
    lp.dict.borrow_mut().insert(Rc::from("slow_callback_duration"), Value::Float(0.1));
    let h = vm.types.handle.clone();
    add_method(&h, "cancel", handle_cancel);
    add_method(&h, "cancelled", handle_cancelled);
    add_method(&vm.types.timer_handle.clone(), "when", handle_when);
}

// ----- loop -----------------------------------------------------------------

fn this_loop(vm: &Vm, a: &Args) -> PyResult<u32> {
    match a.pos.first() {
        Some(v) => as_loop(vm, v),
        None => vm.type_error("loop method needs the loop"),
    }
}

fn loop_time(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this_loop(vm, &a)?;
    Ok(Value::Float(vm.now()))
}

fn callback_handle(vm: &mut Vm, loop_id: u32, when: Option<f64>, func: Value, args: Vec<Value>) -> PyResult<Value> {
    if vm.aio.loop_ref(loop_id).map(|l| l.closed).unwrap_or(true) {
        return vm.err("RuntimeError", "Event loop is closed");
    }
    let kind = HandleKind::Call { func, args };
    let h = match when {
        Some(w) => vm.call_at(loop_id, w, kind),
        None => vm.call_soon(loop_id, kind),
    };
    Ok(native(NativeObj::Handle(h)))
}

fn loop_call_soon(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    a.take_kw("context");
    let id = this_loop(vm, &a)?;
    if a.pos.len() < 2 {
        return vm.type_error("call_soon() missing 1 required positional argument: 'callback'");
    }
    let func = a.pos[1].clone();
    let args = a.pos[2..].to_vec();
    callback_handle(vm, id, None, func, args)
}

fn loop_call_later(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    a.take_kw("context");
    let id = this_loop(vm, &a)?;
    if a.pos.len() < 3 {
        return vm.type_error("call_later() missing required positional arguments: 'delay' and 'callback'");
    }
    let delay = vm.to_f64(&a.pos[1])?;
    let when = vm.now() + delay;
    let func = a.pos[2].clone();
    let args = a.pos[3..].to_vec();
    callback_handle(vm, id, Some(when), func, args)
}

fn loop_call_at(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    a.take_kw("context");
    let id = this_loop(vm, &a)?;
    if a.pos.len() < 3 {
        return vm.type_error("call_at() missing required positional arguments: 'when' and 'callback'");
    }
    let when = vm.to_f64(&a.pos[1])?;
    let func = a.pos[2].clone();
    let args = a.pos[3..].to_vec();
    callback_handle(vm, id, Some(when), func, args)
}

fn loop_create_future(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    Ok(Value::Future(vm.new_future(id)))
}

fn loop_create_task(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let name = a.take_kw("name");
    a.take_kw("context");
    let id = this_loop(vm, &a)?;
    a.check(vm, "create_task", 2, 2)?;
    Ok(Value::Future(vm.create_task(id, a.pos[1].clone(), name)?))
}

/// Can the program's main code run loop `id` now? (CPython's checks, and
/// Loopscope's: only the module code may start a loop.)
fn check_can_run(vm: &mut Vm, id: u32, what: &str) -> PyResult<()> {
    let l = vm.aio.loop_ref(id).map(|l| (l.closed, l.running)).unwrap_or((true, false));
    if l.0 {
        return vm.err("RuntimeError", "Event loop is closed");
    }
    if l.1 {
        return vm.err("RuntimeError", "This event loop is already running");
    }
    if vm.aio.running.is_some() {
        return vm.err("RuntimeError", "Cannot run the event loop while another loop is running");
    }
    if vm.cur.owner != crate::vm::frame::FiberOwner::Main {
        return vm.err("RuntimeError", format!("{what}() outside the program's main code is not supported by Loopscope"));
    }
    Ok(())
}

fn loop_run_until_complete(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    a.check(vm, "run_until_complete", 2, 2)?;
    check_can_run(vm, id, "run_until_complete")?;
    Err(Flow::Signal(Signal::RunLoop(RunRequest::UntilComplete { loop_id: id, target: a.pos[1].clone() })))
}

fn loop_run_forever(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    a.check(vm, "run_forever", 1, 1)?;
    check_can_run(vm, id, "run_forever")?;
    Err(Flow::Signal(Signal::RunLoop(RunRequest::Forever { loop_id: id })))
}

fn loop_stop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    if let Some(l) = vm.aio.loop_mut(id) {
        l.stopping = true;
    }
    Ok(Value::None)
}

fn loop_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    if let Some(l) = vm.aio.loop_mut(id) {
        if l.running {
            return vm.err("RuntimeError", "Cannot close a running event loop");
        }
        if !l.closed {
            l.closed = true;
            let ready: Vec<_> = l.ready.drain(..).collect();
            for h in &ready {
                h.mark_ready(false);
            }
            let mut left = ready;
            left.extend(l.timers.drain().map(|t| t.0));
            for h in &left {
                vm.trace.handle_left(h);
            }
        }
    }
    Ok(Value::None)
}

fn loop_is_running(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    Ok(Value::Bool(vm.aio.loop_ref(id).map(|l| l.running).unwrap_or(false)))
}

fn loop_is_closed(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    Ok(Value::Bool(vm.aio.loop_ref(id).map(|l| l.closed).unwrap_or(true)))
}

/// `loop.shutdown_asyncgens()`: a coroutine that acloses the async
/// generators still alive.
fn loop_shutdown_asyncgens(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    vm.shutdown_asyncgens_coroutine(id)
}

/// `loop.shutdown_default_executor()`: executor jobs run at once here, so
/// there is nothing to wait for.
fn loop_shutdown_default_executor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this_loop(vm, &a)?;
    vm.noop_coroutine()
}

fn loop_get_task_factory(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this_loop(vm, &a)?;
    Ok(Value::None)
}

/// Only the default factory (None) is supported.
fn loop_set_task_factory(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this_loop(vm, &a)?;
    match a.pos.get(1) {
        Some(Value::None) => Ok(Value::None),
        _ => Err(Flow::Signal(Signal::Unsupported("loop.set_task_factory".into()))),
    }
}

/// Executor jobs are modelled as parallel workers whatever the executor.
fn loop_set_default_executor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this_loop(vm, &a)?;
    Ok(Value::None)
}

fn loop_get_debug(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::Bool(false))
}

fn loop_set_debug(_vm: &mut Vm, _a: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `loop.run_in_executor(executor, func, *args)`: the job runs now, on a
/// clock of its own (time.sleep inside it advances only that clock); its
/// result is delivered at start + the time it slept, as if it ran in a
/// parallel thread.
fn loop_run_in_executor(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    if a.pos.len() < 3 {
        return vm.type_error("run_in_executor() missing 1 required positional argument: 'func'");
    }
    let func = a.pos[2].clone();
    let args = a.pos[3..].to_vec();
    vm.aio.seq += 1;
    let seq = vm.aio.seq;
    let start = vm.clock;
    if let Some(l) = vm.aio.loop_mut(id) {
        l.executor_used = true;
    }
    // The worker thread's name: the loop's default executor's, or the
    // given executor's (concurrent.futures sets `_worker_name`).
    let worker: Rc<str> = match &a.pos[1] {
        Value::None => Rc::from("asyncio_0"),
        ex => match vm.getattr(ex, "_worker_name") {
            Ok(Value::Str(s)) => s,
            _ => Rc::from("ThreadPoolExecutor-0_0"),
        },
    };
    let saved = vm.aio.worker_clock.replace(0.0);
    let saved_name = vm.aio.worker_name.replace(worker);
    let r = vm.call_sync(func, args, Vec::new());
    let elapsed = vm.aio.worker_clock.take().unwrap_or(0.0);
    vm.aio.worker_clock = saved;
    vm.aio.worker_name = saved_name;
    let result = match r {
        Ok(v) => Ok(v),
        Err(Flow::Exc(e)) => Err(e),
        Err(e) => return Err(e),
    };
    let outer = vm.new_future(id);
    outer.set_label("run_in_executor()");
    let when = start + elapsed;
    let h = vm.call_at(id, when, HandleKind::ExecutorDone { fut: outer.clone(), result });
    // Keep the job's place in scheduling order: it was submitted first.
    let _ = (h, seq);
    Ok(Value::Future(outer))
}

// ----- handles --------------------------------------------------------------

fn this_handle(vm: &Vm, a: &Args) -> PyResult<Rc<super::event_loop::Handle>> {
    match a.pos.first() {
        Some(Value::Native(n)) => match &**n {
            NativeObj::Handle(h) => Ok(h.clone()),
            _ => vm.type_error("expected a handle"),
        },
        _ => vm.type_error("expected a handle"),
    }
}

fn handle_cancel(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = this_handle(vm, &a)?;
    if !h.cancelled.get() {
        vm.trace.handle_cancelled(&h);
    }
    h.cancelled.set(true);
    Ok(Value::None)
}

fn handle_cancelled(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = this_handle(vm, &a)?;
    Ok(Value::Bool(h.cancelled.get()))
}

fn handle_when(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let h = this_handle(vm, &a)?;
    Ok(Value::Float(h.when))
}
