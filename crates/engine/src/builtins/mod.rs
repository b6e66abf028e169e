//! Built-in functions, the methods of built-in types, and the standard
//! modules Loopscope provides. `install` fills a new VM's builtins and
//! type dictionaries.

pub mod args;
mod case_map;
pub mod collections;
pub mod constructors;
mod dict_methods;
mod functions;
mod list_methods;
mod generator_methods;
mod print;
mod misc_methods;
mod num_methods;
mod set_methods;
mod sort;
mod str_methods;
mod str_search;
mod bytes_methods;
pub(crate) mod codecs;
pub mod unicode_tables;

pub use collections::collections_natives;
pub use sort::sort_values;

use crate::value::*;
use crate::vm::Vm;
use std::rc::Rc;

/// A native function value.
pub fn builtin(name: &str, qualname: &str, func: NativeFn) -> Value {
    Value::Builtin(Rc::new(Builtin { name: Rc::from(name), qualname: Rc::from(qualname), func, bound: Value::Null }))
}

/// Add a native method to a class (`qualname` is `Class.name`).
pub fn add_method(class: &Rc<Class>, name: &str, func: NativeFn) {
    let q = format!("{}.{}", class.name, name);
    class.dict.borrow_mut().insert(Rc::from(name), builtin(name, &q, func));
}

impl Vm {
    /// `d[k] = v` for a dict held natively.
    pub fn dict_set(&mut self, d: &Dict, k: Value, v: Value) -> crate::vm::PyResult<()> {
        let key = self.dict_key_in(d, k)?;
        d.insert(key, v);
        Ok(())
    }

    /// `d.get(k)` for a dict held natively.
    pub fn dict_get(&mut self, d: &Dict, k: &Value) -> crate::vm::PyResult<Option<Value>> {
        let key = self.dict_key_in(d, k.clone())?;
        Ok(d.get(&key))
    }
}

/// Fill the builtins namespace and the built-in types' methods.
pub fn install(vm: &mut Vm) {
    functions::install(vm);
    constructors::install(vm);
    str_methods::install(vm);
    bytes_methods::install(vm);
    list_methods::install(vm);
    dict_methods::install(vm);
    set_methods::install(vm);
    num_methods::install(vm);
    misc_methods::install(vm);
    generator_methods::install(vm);
    collections::install(vm);
    crate::aio::module::install_methods(vm);
    let mut b = vm.builtins.borrow_mut();
    for (name, class) in vm.types.exceptions.iter() {
        if &*class.module == "builtins" {
            b.insert(Rc::from(*name), Value::Class(class.clone()));
        }
    }
    let os_error = vm.types.exc("OSError");
    b.insert(Rc::from("EnvironmentError"), Value::Class(os_error.clone()));
    b.insert(Rc::from("IOError"), Value::Class(os_error));
    b.insert(Rc::from("NotImplemented"), Value::NotImplemented);
    b.insert(Rc::from("Ellipsis"), Value::Ellipsis);
    b.insert(Rc::from("__name__"), Value::str("builtins"));
}
