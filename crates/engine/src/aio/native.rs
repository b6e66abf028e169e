//! Runtime objects of the asyncio implementation that are not futures:
//! the event loop object, handles, the bare-yield awaitable.

use super::event_loop::Handle;
use crate::value::{Class, Value};
use crate::vm::Types;
use std::cell::Cell;
use std::rc::Rc;

#[derive(Debug)]
pub enum NativeObj {
    /// An event loop (by id in `Runtime::loops`).
    Loop(u32),
    /// A handle returned by `call_soon` / `call_later` / `call_at`.
    Handle(Rc<Handle>),
    /// `await` on it yields to the loop once (`sleep(0)`).
    YieldOnce(Cell<bool>),
    /// The default executor object (`loop.run_in_executor(None, ...)`).
    Executor,
    /// `collections.deque`.
    Deque(crate::builtins::collections::Deque),
    /// `sys.stdout` / `sys.stderr`.
    Stream { stderr: bool },
    /// An async generator's `asend()` / `athrow()` / `aclose()` awaitable.
    AgenOp(crate::vm::generator::AgenOp),
    /// `coro.__await__()`: the coroutine as an iterator (an `__await__`
    /// may return it, or `yield from` it).
    CoroWrapper(Rc<crate::value::Coroutine>),
}

impl NativeObj {
    pub fn class(&self, types: &Types) -> Rc<Class> {
        match self {
            NativeObj::Loop(_) => types.event_loop.clone(),
            NativeObj::Handle(h) => {
                if h.is_timer() {
                    types.timer_handle.clone()
                } else {
                    types.handle.clone()
                }
            }
            NativeObj::YieldOnce(_) => types.coroutine.clone(),
            NativeObj::Executor => types.object.clone(),
            NativeObj::Stream { .. } => types.iterators.get("TextIOWrapper").cloned().unwrap_or_else(|| types.object.clone()),
            NativeObj::AgenOp(op) => types.iterators.get(op.type_name()).cloned().unwrap_or_else(|| types.object.clone()),
            NativeObj::Deque(_) => types.iterators.get("deque").cloned().unwrap_or_else(|| types.object.clone()),
            NativeObj::CoroWrapper(_) => types.iterators.get("coroutine_wrapper").cloned().unwrap_or_else(|| types.object.clone()),
        }
    }

    /// For `YieldOnce`: `Some(true)` the first time (suspend), then
    /// `Some(false)`; `None` for other objects.
    pub fn take_yield_once(&self) -> Option<bool> {
        match self {
            NativeObj::YieldOnce(c) => {
                let first = !c.get();
                c.set(true);
                Some(first)
            }
            _ => None,
        }
    }

    pub fn is_awaitable(&self) -> bool {
        matches!(self, NativeObj::YieldOnce(_) | NativeObj::AgenOp(_) | NativeObj::CoroWrapper(_))
    }
}

pub fn native(obj: NativeObj) -> Value {
    Value::Native(Rc::new(obj))
}
