//! The end of a VM: values are reference-counted, so the cycles a run makes
//! (a module's functions and its globals, a class and its methods, tasks and
//! their callbacks) would outlive it. A page re-runs the program at every
//! edit, so when the VM goes every container reachable from its roots is
//! emptied first; then the cycles are gone and everything is freed.

use super::Vm;
use crate::aio::event_loop::{Handle, HandleKind};
use crate::aio::future::{Callback, Future};
use crate::value::*;
use std::rc::Rc;

/// Empties `v`'s containers into `stack` (what they held, to visit next).
fn empty(v: &Value, stack: &mut Vec<Value>) {
    match v {
        Value::List(l) => stack.append(&mut l.borrow_mut()),
        Value::Tuple(t) => stack.extend(t.iter().cloned()),
        Value::Dict(d) => {
            for (k, v) in d.take_all() {
                stack.push(k);
                stack.push(v);
            }
        }
        Value::Set(s) => {
            stack.extend(s.items());
            *s.table_mut() = Default::default();
        }
        Value::Instance(i) => {
            stack.extend(std::mem::take(&mut *i.dict.borrow_mut()).into_iter().map(|(_, v)| v));
            if let Some(mut exc) = i.exc_mut() {
                exc.take_values(stack);
            }
            stack.push(Value::Class(i.class.clone()));
        }
        Value::Class(c) => stack.extend(std::mem::take(&mut *c.dict.borrow_mut()).into_iter().map(|(_, v)| v)),
        Value::Function(f) => {
            stack.extend(f.closure.iter().map(|c| std::mem::replace(&mut *c.borrow_mut(), Value::None)));
            stack.extend(f.defaults.iter().cloned());
            stack.extend(f.kwdefaults.iter().map(|(_, v)| v.clone()));
            stack.extend(std::mem::take(&mut *f.dict.borrow_mut()).into_iter().map(|(_, v)| v));
            take_globals(&f.globals, stack);
        }
        Value::Cell(c) => stack.push(std::mem::replace(&mut *c.borrow_mut(), Value::None)),
        Value::Method(m) => {
            stack.push(m.func.clone());
            stack.push(m.receiver.clone());
        }
        Value::Module(m) => take_globals(&m.globals, stack),
        Value::Coroutine(c) => {
            if let Some(mut frame) = c.frame.borrow_mut().take() {
                frame.take_values(stack);
            }
        }
        Value::Generator(g) => {
            if let Some(mut frame) = g.frame.borrow_mut().take() {
                frame.take_values(stack);
            }
        }
        Value::Iter(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                it.take_values(stack);
            }
        }
        Value::Descriptor(d) => match &**d {
            Descriptor::StaticMethod(v) | Descriptor::ClassMethod(v) => stack.push(v.clone()),
            Descriptor::Property { fget, fset, fdel, doc } => stack.extend([fget, fset, fdel, doc].into_iter().cloned()),
            Descriptor::DictView(d, _) => stack.push(Value::Dict(d.clone())),
        },
        Value::Super(s) => stack.push(s.1.clone()),
        Value::Future(f) => empty_future(f, stack),
        Value::Native(n) => match &**n {
            crate::aio::native::NativeObj::Handle(h) => handle_values(h, stack),
            crate::aio::native::NativeObj::CoroWrapper(c) => stack.push(Value::Coroutine(c.clone())),
            crate::aio::native::NativeObj::Deque(d) => stack.extend(std::mem::take(&mut *d.items.borrow_mut())),
            _ => {}
        },
        _ => {}
    }
}

fn empty_future(f: &Rc<Future>, stack: &mut Vec<Value>) {
    stack.push(std::mem::replace(&mut *f.result.borrow_mut(), Value::None));
    stack.extend(f.exception.borrow_mut().take());
    stack.extend(f.take_rare());
    for cb in std::mem::take(&mut *f.callbacks.borrow_mut()) {
        match cb {
            Callback::Py(v) => stack.push(v),
            Callback::Wakeup(t) => stack.push(Value::Future(t)),
            _ => {}
        }
    }
    if let Some(t) = &f.task {
        stack.push(t.coro.clone());
        if let Some(waiter) = t.fut_waiter.borrow_mut().take() {
            stack.push(Value::Future(waiter));
        }
        if let Some(fiber) = t.fiber.borrow_mut().take() {
            for mut frame in fiber.frames {
                frame.take_values(stack);
            }
            stack.extend(fiber.handled);
        }
    }
}

/// What a handle holds (handles are immutable: only walked through).
fn handle_values(h: &Handle, stack: &mut Vec<Value>) {
    let fut = |f: &Rc<Future>| Value::Future(f.clone());
    match &h.kind {
        HandleKind::TaskStep { task, exc } => {
            stack.push(fut(task));
            stack.extend(exc.clone());
        }
        HandleKind::TaskWakeup { task, fut: f } => stack.extend([fut(task), fut(f)]),
        HandleKind::Call { func, args } => {
            stack.push(func.clone());
            stack.extend(args.iter().cloned());
        }
        HandleKind::GatherDone { fut: f, .. } | HandleKind::StopLoop { fut: f } => stack.push(fut(f)),
        HandleKind::SetResultUnlessCancelled { fut: f, result } => stack.extend([fut(f), result.clone()]),
        HandleKind::ExecutorDone { fut: f, result } => {
            stack.push(fut(f));
            stack.push(match result {
                Ok(v) | Err(v) => v.clone(),
            });
        }
    }
}

/// Empties a namespace (module globals, builtins) into `stack`.
fn take_globals(g: &Globals, stack: &mut Vec<Value>) {
    if let Ok(mut g) = g.try_borrow_mut() {
        stack.extend(std::mem::take(&mut *g).into_iter().map(|(_, v)| v));
    }
}

impl Drop for Vm {
    fn drop(&mut self) {
        let mut stack: Vec<Value> = Vec::new();
        take_globals(&self.main_globals, &mut stack);
        take_globals(&self.builtins, &mut stack);
        stack.extend(std::mem::take(&mut self.modules).into_iter().map(|(_, v)| v));
        stack.extend(self.aio.tasks.drain(..).map(Value::Future));
        stack.extend(self.aio.current_task.take().map(Value::Future));
        for lp in &mut self.aio.loops {
            for h in lp.ready.drain(..) {
                handle_values(&h, &mut stack);
            }
            for t in std::mem::take(&mut lp.timers) {
                handle_values(&t.0, &mut stack);
            }
            stack.extend(lp.obj.take());
            stack.extend(lp.exception_handler.take());
        }
        for frame in &mut self.cur.frames {
            frame.take_values(&mut stack);
        }
        // Each container is emptied the first time it is met, so a cycle is
        // cut there and the walk ends.
        while let Some(v) = stack.pop() {
            empty(&v, &mut stack);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_finished_run_leaves_no_cycle_behind() {
        // A module's function and its globals, a class and its method, a
        // task and the loop: all cycles, all freed with the VM.
        let src = "import asyncio\nclass A:\n    def m(self):\n        return self\nasync def main():\n    await asyncio.sleep(1)\n    return A()\nresult = asyncio.run(main())\nf = main\n";
        let mut engine = crate::aio::load(src, "t.py").unwrap();
        engine.run_to_end();
        let get = |name: &str| engine.vm.main_globals.borrow().get(name).cloned().unwrap();
        let (Value::Function(f), Value::Instance(a)) = (get("f"), get("result")) else { panic!("not run") };
        let (weak_f, weak_a) = (Rc::downgrade(&f), Rc::downgrade(&a));
        drop((f, a));
        drop(engine);
        assert!(weak_f.upgrade().is_none(), "the function lives on");
        assert!(weak_a.upgrade().is_none(), "the instance lives on");
    }
}
