//! The simulated `aiohttp` module (see `prelude/aiohttp.py`).

use crate::compiler::code::Code;
use crate::value::*;
use crate::vm::{Flow, PyResult, Signal, Vm};
use std::cell::RefCell;
use std::rc::Rc;

const SOURCE: &str = include_str!("prelude/aiohttp.py");
pub const AIOHTTP_SOURCE_ID: u32 = 1001;

thread_local! {
    static CODE: RefCell<Option<Rc<Code>>> = const { RefCell::new(None) };
}

fn code() -> PyResult<Rc<Code>> {
    CODE.with(|c| {
        if let Some(code) = c.borrow().as_ref() {
            return Ok(code.clone());
        }
        let opts = crate::compiler::CompileOptions { internal: true, source_id: AIOHTTP_SOURCE_ID };
        match crate::compiler::compile_source(SOURCE, opts) {
            Ok(code) => {
                *c.borrow_mut() = Some(code.clone());
                Ok(code)
            }
            Err(e) => Err(Flow::Signal(Signal::Internal(format!("aiohttp simulation does not compile: {e:?}")))),
        }
    })
}

pub fn make_module(vm: &mut Vm) -> PyResult<Value> {
    let globals: Globals = Rc::new(RefCell::new(new_attrmap()));
    globals.borrow_mut().insert(Rc::from("__name__"), Value::str("aiohttp"));
    vm.run_module_code(code()?, globals.clone())?;
    Ok(Value::Module(Rc::new(Module { name: Rc::from("aiohttp"), globals })))
}
