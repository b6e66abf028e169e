//! `collections.abc` and the matching `typing` names: classes that
//! `isinstance` checks by what an object can do (has `__iter__`,
//! `__await__`, ...), as CPython's ABCs' subclass hooks and registrations
//! do, besides plain subclassing.

use crate::value::*;
use crate::vm::Vm;
use std::rc::Rc;

/// The abstract classes of `collections.abc`, by name.
pub const NAMES: &[&str] = &[
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Hashable", "Iterable", "Iterator",
    "Generator", "Reversible", "Sized", "Container", "Callable", "Collection", "Set", "MutableSet", "Mapping",
    "MutableMapping", "MappingView", "KeysView", "ItemsView", "ValuesView", "Sequence", "MutableSequence", "ByteString",
];

/// `collections.abc`: the abstract classes (plain classes that
/// `isinstance` treats specially).
pub fn module(vm: &mut Vm) -> Value {
    let items: Vec<(&str, Value)> = NAMES
        .iter()
        .map(|n| {
            let c = crate::vm::types::new_class(n, "collections.abc", std::slice::from_ref(&vm.types.object), Some(BuiltinType::Object), BuiltinType::Object);
            (*n, Value::Class(c))
        })
        .collect();
    super::new_module("collections.abc", items)
}

/// The protocol a class stands for, if it is one of these ABCs (or the
/// typing alias of one, or of a built-in container).
pub fn protocol_of(c: &Class) -> Option<&'static str> {
    let name: &str = &c.name;
    match &*c.module {
        "collections.abc" => NAMES.iter().find(|n| **n == name).copied(),
        "typing" => match name {
            "List" => Some("list"),
            "Dict" => Some("dict"),
            "Tuple" => Some("tuple"),
            "Set" => Some("set"),
            "FrozenSet" => Some("frozenset"),
            "Type" => Some("type"),
            _ => NAMES.iter().find(|n| **n == name).copied(),
        },
        _ => None,
    }
}

fn has(vm: &Vm, v: &Value, name: &str) -> bool {
    vm.types.type_of(v).lookup(name).is_some()
}

/// Does `v` have what `protocol` asks for?
pub fn conforms(vm: &Vm, v: &Value, protocol: &str) -> bool {
    use Value as V;
    let user = matches!(v, V::Instance(_));
    let iterable = matches!(v, V::List(_) | V::Tuple(_) | V::Str(_) | V::Bytes(_) | V::Dict(_) | V::Set(_) | V::Range(_) | V::Iter(_) | V::Generator(_))
        || (user && has(vm, v, "__iter__"));
    let iterator = matches!(v, V::Iter(_)) || matches!(v, V::Generator(g) if !g.is_async()) || (user && has(vm, v, "__iter__") && has(vm, v, "__next__"));
    let sized = matches!(v, V::List(_) | V::Tuple(_) | V::Str(_) | V::Bytes(_) | V::Dict(_) | V::Set(_) | V::Range(_)) || (user && has(vm, v, "__len__"));
    let container = matches!(v, V::List(_) | V::Tuple(_) | V::Str(_) | V::Bytes(_) | V::Dict(_) | V::Set(_) | V::Range(_)) || (user && has(vm, v, "__contains__"));
    match protocol {
        "Iterable" => iterable,
        "Iterator" => iterator,
        "Generator" => matches!(v, V::Generator(g) if !g.is_async()),
        "Reversible" => matches!(v, V::List(_) | V::Tuple(_) | V::Str(_) | V::Bytes(_) | V::Dict(_) | V::Range(_)) || (user && has(vm, v, "__reversed__")),
        "Sized" => sized,
        "Container" => container,
        "Collection" => sized && iterable && container,
        "Callable" => vm.is_callable(v),
        "Hashable" => match v {
            V::List(_) | V::Dict(_) => false,
            V::Set(s) => s.frozen,
            V::Instance(i) => !matches!(i.class.lookup("__hash__"), Some(V::None)),
            _ => true,
        },
        "Awaitable" => matches!(v, V::Coroutine(_) | V::Future(_)) || (user && has(vm, v, "__await__")),
        "Coroutine" => matches!(v, V::Coroutine(_)),
        "AsyncIterable" => matches!(v, V::Generator(g) if g.is_async()) || (user && has(vm, v, "__aiter__")),
        "AsyncIterator" => matches!(v, V::Generator(g) if g.is_async()) || (user && has(vm, v, "__aiter__") && has(vm, v, "__anext__")),
        "AsyncGenerator" => matches!(v, V::Generator(g) if g.is_async()),
        "Sequence" => matches!(v, V::List(_) | V::Tuple(_) | V::Str(_) | V::Bytes(_) | V::Range(_)),
        "MutableSequence" => matches!(v, V::List(_)),
        "ByteString" => matches!(v, V::Bytes(_)),
        "Mapping" | "MutableMapping" => matches!(v, V::Dict(_)),
        "Set" => matches!(v, V::Set(_)),
        "MutableSet" => matches!(v, V::Set(s) if !s.frozen),
        "MappingView" | "KeysView" | "ItemsView" | "ValuesView" => matches!(v, V::Descriptor(d) if matches!(&**d, Descriptor::DictView(..))),
        "list" => matches!(v, V::List(_)),
        "dict" => matches!(v, V::Dict(_)),
        "tuple" => matches!(v, V::Tuple(_)),
        "set" => matches!(v, V::Set(s) if !s.frozen),
        "frozenset" => matches!(v, V::Set(s) if s.frozen),
        "type" => matches!(v, V::Class(_)),
        _ => false,
    }
}

/// `isinstance(v, c)` with these classes' rules.
pub fn isinstance(vm: &Vm, v: &Value, c: &Rc<Class>) -> bool {
    if vm.isinstance(v, c) {
        return true;
    }
    match protocol_of(c) {
        Some(p) => conforms(vm, v, p),
        None => false,
    }
}
