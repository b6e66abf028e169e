//! `asyncio.gather`, natively, following tasks.py's `gather` and
//! `_GatheringFuture`: results in argument order, the first exception
//! propagates (siblings keep running), `return_exceptions=True` collects.

use super::future::{Callback, Future};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

#[derive(Debug)]
pub struct Gather {
    pub outer: Rc<Future>,
    pub children: RefCell<Vec<Rc<Future>>>,
    pub nfuts: Cell<usize>,
    pub nfinished: Cell<usize>,
    pub return_exceptions: bool,
    pub cancel_requested: Cell<bool>,
}

impl Vm {
    /// `ensure_future(arg)`: a coroutine becomes a task on the running
    /// loop; a future is itself.
    pub fn ensure_future(&mut self, arg: &Value) -> PyResult<Rc<Future>> {
        match arg {
            Value::Future(f) => Ok(f.clone()),
            Value::Coroutine(_) => {
                let loop_id = self.event_loop_for_new_task()?;
                self.create_task(loop_id, arg.clone(), None)
            }
            Value::Native(n) if matches!(&**n, super::native::NativeObj::AgenOp(_)) => {
                let loop_id = self.event_loop_for_new_task()?;
                self.create_task(loop_id, arg.clone(), None)
            }
            _ => self.type_error("An asyncio.Future, a coroutine or an awaitable is required"),
        }
    }

    /// The loop `ensure_future` uses: the running loop, else the current one.
    pub fn event_loop_for_new_task(&mut self) -> PyResult<u32> {
        if let Some(id) = self.aio.running {
            return Ok(id);
        }
        self.get_event_loop()
    }

    /// `asyncio.gather(*aws, return_exceptions=False)`.
    pub fn gather(&mut self, args: Vec<Value>, return_exceptions: bool) -> PyResult<Value> {
        if args.is_empty() {
            let loop_id = self.event_loop_for_new_task()?;
            let outer = self.new_future(loop_id);
            self.fut_set_result(&outer, Value::list(Vec::new()))?;
            return Ok(Value::Future(outer));
        }
        // Per argument, in order: ensure_future, then add the callback
        // (an already-done future schedules its callback right there).
        let loop_id = match &args[0] {
            Value::Future(f) => f.loop_id,
            _ => self.event_loop_for_new_task()?,
        };
        let outer = self.new_future(loop_id);
        let g = Rc::new(Gather {
            outer: outer.clone(),
            children: RefCell::new(Vec::with_capacity(args.len())),
            nfuts: Cell::new(0),
            nfinished: Cell::new(0),
            return_exceptions,
            cancel_requested: Cell::new(false),
        });
        outer.set_gather(g.clone());
        outer.set_label("gather()");
        // `arg_to_fut`: the same coroutine or future twice makes one child.
        let mut seen: std::collections::HashMap<usize, Rc<Future>> = std::collections::HashMap::new();
        for arg in &args {
            if let Some(f) = seen.get(&arg.identity()) {
                let f = f.clone();
                g.children.borrow_mut().push(f);
                continue;
            }
            let f = self.ensure_future(arg)?;
            seen.insert(arg.identity(), f.clone());
            g.nfuts.set(g.nfuts.get() + 1);
            self.fut_add_done_callback(&f, Callback::Gather(g.clone()));
            g.children.borrow_mut().push(f);
        }
        Ok(Value::Future(outer))
    }

    /// gather's `_done_callback(fut)`.
    pub fn gather_done(&mut self, g: &Rc<Gather>, fut: &Rc<Future>) -> PyResult<()> {
        g.nfinished.set(g.nfinished.get() + 1);
        let outer = g.outer.clone();
        if outer.is_done() {
            if !fut.is_cancelled() {
                // Mark the exception as retrieved.
                fut.log_traceback.set(false);
            }
            return Ok(());
        }
        if !g.return_exceptions {
            if fut.is_cancelled() {
                let exc = self.make_cancelled_error(fut);
                self.fut_set_exception(&outer, exc)?;
                return Ok(());
            }
            fut.log_traceback.set(false);
            let exc = fut.exception.borrow().clone();
            if let Some(exc) = exc {
                self.fut_set_exception(&outer, exc)?;
                return Ok(());
            }
        }
        if g.nfinished.get() == g.nfuts.get() {
            let children = g.children.borrow().clone();
            let mut results = Vec::with_capacity(children.len());
            for c in &children {
                if c.is_cancelled() {
                    let msg = c.cancel_message();
                    let cls = self.types.exc("CancelledError");
                    let arg = if msg.is_none() { Value::str("") } else { msg };
                    results.push(self.new_exception(&cls, vec![arg]));
                } else {
                    c.log_traceback.set(false);
                    let exc = c.exception.borrow().clone();
                    match exc {
                        Some(e) => results.push(e),
                        None => results.push(c.result.borrow().clone()),
                    }
                }
            }
            if g.cancel_requested.get() {
                let exc = self.make_cancelled_error(fut);
                self.fut_set_exception(&outer, exc)?;
            } else {
                self.fut_set_result(&outer, Value::list(results))?;
            }
        }
        Ok(())
    }

    /// `_GatheringFuture.cancel(msg)`.
    pub fn gather_cancel(&mut self, g: &Rc<Gather>, msg: Value) -> PyResult<bool> {
        if g.outer.is_done() {
            return Ok(false);
        }
        let mut ret = false;
        let children = g.children.borrow().clone();
        for c in &children {
            if self.fut_cancel(c, msg.clone())? {
                ret = true;
            }
        }
        if ret {
            g.cancel_requested.set(true);
        }
        Ok(ret)
    }
}
