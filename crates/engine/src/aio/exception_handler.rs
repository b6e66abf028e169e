//! The loop's exception handler: `set_exception_handler`,
//! `get_exception_handler`, `call_exception_handler` and
//! `default_exception_handler`, and the errors the loop reports through
//! them (an exception in a callback, a task's exception at asyncio.run()'s
//! shutdown). The default handler writes what CPython's logs to stderr.

use crate::builtins::args::ArgParse;
use crate::value::*;
use crate::vm::{Flow, PyResult, Vm};
use std::rc::Rc;

impl Vm {
    /// `loop.call_exception_handler(context)` with the context's items in
    /// order (`message` first).
    pub fn report_to_loop(&mut self, loop_id: u32, items: Vec<(&str, Value)>) -> PyResult<()> {
        let d = Dict::new();
        for (k, v) in items {
            d.set_str(k, v);
        }
        self.call_exception_handler(loop_id, Value::Dict(Rc::new(d)))
    }

    fn call_exception_handler(&mut self, loop_id: u32, context: Value) -> PyResult<()> {
        let handler = self.aio.loop_ref(loop_id).and_then(|l| l.exception_handler.clone());
        let Some(h) = handler else {
            return self.default_exception_handler(&context);
        };
        let lp = self.aio.loop_value(loop_id);
        match self.call_sync(h, vec![lp, context.clone()], Vec::new()) {
            Ok(_) => Ok(()),
            Err(Flow::Exc(e)) => {
                let tb = self.format_traceback(&e);
                let ctx = self.safe_text(&context);
                self.out.err(&format!("Unhandled error in exception handler\ncontext: {ctx}\n{tb}"));
                Ok(())
            }
            Err(f) => Err(f),
        }
    }

    /// CPython's default handler: the message, every other key but
    /// `exception` as `key: repr` in sorted order, then the traceback.
    fn default_exception_handler(&mut self, context: &Value) -> PyResult<()> {
        let Value::Dict(d) = context else { return Ok(()) };
        let mut lines = vec![match d.get_str("message") {
            Some(Value::Str(m)) if !m.is_empty() => m.to_string(),
            _ => "Unhandled exception in event loop".to_string(),
        }];
        let mut keys: Vec<String> = d.keys().iter().filter_map(|k| if let Value::Str(s) = k { Some(s.to_string()) } else { None }).collect();
        crate::order::sort(&mut keys);
        for k in keys {
            if k == "message" || k == "exception" {
                continue;
            }
            let v = d.get_str(&k).unwrap_or(Value::None);
            let r = self.repr(&v)?;
            lines.push(format!("{k}: {r}"));
        }
        let mut text = lines.join("\n");
        text.push('\n');
        if let Some(e) = d.get_str("exception").filter(|e| !matches!(e, Value::None)) {
            text.push_str(&self.format_traceback(&e));
        }
        self.out.err(&text);
        Ok(())
    }

    fn safe_text(&mut self, v: &Value) -> String {
        self.repr(v).unwrap_or_else(|_| "<context>".into())
    }
}

fn this_loop(vm: &Vm, a: &Args) -> PyResult<u32> {
    match a.pos.first() {
        Some(v) => super::module::as_loop(vm, v),
        None => vm.type_error("loop method needs the loop"),
    }
}

pub fn loop_set_exception_handler(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    a.check(vm, "set_exception_handler", 2, 2)?;
    let h = a.pos[1].clone();
    if !matches!(h, Value::None) && !vm.is_callable(&h) {
        let r = vm.repr(&h)?;
        return vm.type_error(format!("A callable object or None is expected, got {r}"));
    }
    if let Some(l) = vm.aio.loop_mut(id) {
        l.exception_handler = if matches!(h, Value::None) { None } else { Some(h) };
    }
    Ok(Value::None)
}

pub fn loop_get_exception_handler(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    Ok(vm.aio.loop_ref(id).and_then(|l| l.exception_handler.clone()).unwrap_or(Value::None))
}

pub fn loop_call_exception_handler(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let id = this_loop(vm, &a)?;
    a.check(vm, "call_exception_handler", 2, 2)?;
    vm.call_exception_handler(id, a.pos[1].clone())?;
    Ok(Value::None)
}

pub fn loop_default_exception_handler(vm: &mut Vm, a: Args) -> PyResult<Value> {
    this_loop(vm, &a)?;
    a.check(vm, "default_exception_handler", 2, 2)?;
    vm.default_exception_handler(&a.pos[1])?;
    Ok(Value::None)
}
