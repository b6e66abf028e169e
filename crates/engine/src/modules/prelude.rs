//! Standard modules written in Python (`prelude/*.py`): each is compiled
//! once per thread (internal code, its own source id) and run in a fresh
//! module namespace, after the module's native items are put in it.

use crate::compiler::code::Code;
use crate::value::*;
use crate::vm::{Flow, PyResult, Signal, Vm};
use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

/// (module, source id, source). Source ids 1000 and 1001 are asyncio's
/// and aiohttp's preludes; the program is 0.
const SOURCES: &[(&str, u32, &str)] = &[
    ("collections", 1002, include_str!("prelude/collections.py")),
    ("functools", 1003, include_str!("prelude/functools.py")),
    ("itertools", 1004, include_str!("prelude/itertools.py")),
    ("operator", 1005, include_str!("prelude/operator.py")),
    ("string", 1006, include_str!("prelude/string.py")),
    ("enum", 1007, include_str!("prelude/enum.py")),
    ("dataclasses", 1008, include_str!("prelude/dataclasses.py")),
    ("abc", 1009, include_str!("prelude/abc.py")),
    ("_missing", 1010, include_str!("prelude/_missing.py")),
    ("time", 1011, include_str!("prelude/time.py")),
    ("datetime", 1012, include_str!("prelude/datetime.py")),
    ("types", 1013, include_str!("prelude/types.py")),
    ("contextlib", 1014, include_str!("prelude/contextlib.py")),
    ("logging", 1015, include_str!("prelude/logging.py")),
    ("threading", 1016, include_str!("prelude/threading.py")),
    ("concurrent.futures", 1017, include_str!("prelude/concurrent_futures.py")),
    ("os", 1018, include_str!("prelude/os.py")),
    ("os.path", 1019, include_str!("prelude/posixpath.py")),
    ("queue", 1020, include_str!("prelude/queue.py")),
    ("traceback", 1021, include_str!("prelude/traceback.py")),
    ("warnings", 1022, include_str!("prelude/warnings.py")),
    ("inspect", 1023, include_str!("prelude/inspect.py")),
    ("bisect", 1024, include_str!("prelude/bisect.py")),
    ("textwrap", 1025, include_str!("prelude/textwrap.py")),
    ("re", 1026, include_str!("prelude/re.py")),
];

thread_local! {
    static CODES: RefCell<HashMap<u32, Rc<Code>>> = RefCell::new(HashMap::new());
}

fn code_for(name: &str) -> PyResult<Option<Rc<Code>>> {
    let Some((_, id, src)) = SOURCES.iter().find(|(n, _, _)| *n == name) else { return Ok(None) };
    CODES.with(|c| {
        if let Some(code) = c.borrow().get(id) {
            return Ok(Some(code.clone()));
        }
        let opts = crate::compiler::CompileOptions { internal: true, source_id: *id };
        match crate::compiler::compile_source(src, opts) {
            Ok(code) => {
                c.borrow_mut().insert(*id, code.clone());
                Ok(Some(code))
            }
            Err(e) => Err(Flow::Signal(Signal::Internal(format!("the {name} prelude does not compile: {e:?}")))),
        }
    })
}

/// Build module `name`: its native `items`, then its Python prelude (if
/// it has one) run in the module's namespace.
pub fn python_module(vm: &mut Vm, name: &str, items: Vec<(&str, Value)>) -> PyResult<Value> {
    let globals: Globals = Rc::new(RefCell::new(new_attrmap()));
    {
        let mut g = globals.borrow_mut();
        g.insert(Rc::from("__name__"), Value::str(name));
        for (k, v) in items {
            g.insert(Rc::from(k), v);
        }
    }
    let module = Value::Module(Rc::new(Module { name: Rc::from(name), globals: globals.clone() }));
    if let Some(code) = code_for(name)? {
        // Registered first, so the prelude may import itself (circular
        // imports between preludes see the partial module, as in Python).
        vm.modules.insert(Rc::from(name), module.clone());
        vm.run_module_code(code, globals)?;
    }
    Ok(module)
}
