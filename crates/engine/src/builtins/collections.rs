//! `collections.deque` and the `heapq` functions (used by the asyncio
//! library and by programs).

use super::add_method;
use super::args::ArgParse;
use super::builtin;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

/// A deque's contents.
#[derive(Debug, Default)]
pub struct Deque {
    pub items: RefCell<VecDeque<Value>>,
    pub maxlen: Option<usize>,
}

pub fn install(vm: &mut Vm) {
    let c = deque_class(vm);
    let m: &[(&str, NativeFn)] = &[
        ("append", append),
        ("appendleft", appendleft),
        ("pop", pop),
        ("popleft", popleft),
        ("remove", remove),
        ("clear", clear),
        ("extend", extend),
        ("extendleft", extendleft),
        ("rotate", rotate),
        ("count", count),
        ("index", index),
        ("copy", copy),
        ("__new__", deque_new),
    ];
    for (name, f) in m {
        add_method(&c, name, *f);
    }
}

fn deque_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.types.iterators.get("deque") {
        return c.clone();
    }
    let c = crate::vm::types::new_class("deque", "collections", std::slice::from_ref(&vm.types.object), Some(BuiltinType::Iterator), BuiltinType::Iterator);
    vm.types.iterators.insert("deque", c.clone());
    c
}

/// Names the asyncio prelude and `collections`/`heapq` get.
pub fn collections_natives(vm: &mut Vm) -> Vec<(&'static str, Value)> {
    let c = deque_class(vm);
    vec![
        ("_native_deque", Value::Class(c)),
        ("_native_heappush", builtin("heappush", "heappush", heappush)),
        ("_native_heappop", builtin("heappop", "heappop", heappop)),
    ]
}

/// The `heapq` module's functions.
pub fn heapq_natives() -> Vec<(&'static str, Value)> {
    vec![
        ("heappush", builtin("heappush", "heappush", heappush)),
        ("heappop", builtin("heappop", "heappop", heappop)),
        ("heapify", builtin("heapify", "heapify", heapify)),
        ("heappushpop", builtin("heappushpop", "heappushpop", heappushpop)),
        ("heapreplace", builtin("heapreplace", "heapreplace", heapreplace)),
        ("nlargest", builtin("nlargest", "nlargest", nlargest)),
        ("nsmallest", builtin("nsmallest", "nsmallest", nsmallest)),
    ]
}

pub fn native_len(n: &crate::aio::native::NativeObj) -> Option<usize> {
    match n {
        crate::aio::native::NativeObj::Deque(d) => Some(d.items.borrow().len()),
        _ => None,
    }
}

pub fn native_items(n: &crate::aio::native::NativeObj) -> Option<Vec<Value>> {
    match n {
        crate::aio::native::NativeObj::Deque(d) => Some(d.items.borrow().iter().cloned().collect()),
        _ => None,
    }
}

fn this(vm: &Vm, a: &Args) -> PyResult<Rc<crate::aio::native::NativeObj>> {
    match a.pos.first() {
        Some(Value::Native(n)) if matches!(&**n, crate::aio::native::NativeObj::Deque(_)) => Ok(n.clone()),
        _ => vm.type_error("descriptor requires a 'collections.deque' object"),
    }
}

fn with_deque<T>(vm: &Vm, a: &Args, f: impl FnOnce(&Deque) -> T) -> PyResult<T> {
    let n = this(vm, a)?;
    match &*n {
        crate::aio::native::NativeObj::Deque(d) => Ok(f(d)),
        _ => vm.type_error("not a deque"),
    }
}

pub fn new_deque(items: Vec<Value>, maxlen: Option<usize>) -> Value {
    let mut dq: VecDeque<Value> = items.into();
    if let Some(m) = maxlen {
        while dq.len() > m {
            dq.pop_front();
        }
    }
    Value::Native(Rc::new(crate::aio::native::NativeObj::Deque(Deque { items: RefCell::new(dq), maxlen })))
}

fn deque_new(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let maxlen = a.take_kw("maxlen");
    let iterable = a.take_kw("iterable");
    a.check(vm, "deque", 0, 2)?;
    let items = match iterable.or_else(|| a.pos.first().cloned()) {
        Some(v) => vm.collect_iterable(&v)?,
        None => Vec::new(),
    };
    let maxlen = match maxlen.or_else(|| a.pos.get(1).cloned()) {
        None | Some(Value::None) => None,
        Some(v) => {
            let m = vm.to_index(&v)?;
            if m < 0 {
                return vm.value_error("maxlen must be non-negative");
            }
            Some(m as usize)
        }
    };
    Ok(new_deque(items, maxlen))
}

fn append(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    with_deque(vm, &a, |d| {
        let mut it = d.items.borrow_mut();
        it.push_back(v);
        if let Some(m) = d.maxlen {
            while it.len() > m {
                it.pop_front();
            }
        }
    })?;
    Ok(Value::None)
}

fn appendleft(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = a.pos.get(1).cloned().unwrap_or(Value::None);
    with_deque(vm, &a, |d| {
        let mut it = d.items.borrow_mut();
        it.push_front(v);
        if let Some(m) = d.maxlen {
            while it.len() > m {
                it.pop_back();
            }
        }
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match with_deque(vm, &a, |d| d.items.borrow_mut().pop_back())? {
        Some(v) => Ok(v),
        None => vm.err("IndexError", "pop from an empty deque"),
    }
}

fn popleft(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match with_deque(vm, &a, |d| d.items.borrow_mut().pop_front())? {
        Some(v) => Ok(v),
        None => vm.err("IndexError", "pop from an empty deque"),
    }
}

fn remove(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let target = a.pos.get(1).cloned().unwrap_or(Value::None);
    let items = with_deque(vm, &a, |d| d.items.borrow().iter().cloned().collect::<Vec<_>>())?;
    for (i, it) in items.iter().enumerate() {
        if it.is(&target) || vm.eq_any(it, &target)? {
            with_deque(vm, &a, |d| d.items.borrow_mut().remove(i))?;
            return Ok(Value::None);
        }
    }
    vm.value_error("deque.remove(x): x not in deque")
}

fn clear(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_deque(vm, &a, |d| d.items.borrow_mut().clear())?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = vm.collect_iterable(a.pos.get(1).unwrap_or(&Value::None))?;
    for v in items {
        append(vm, Args::new(vec![a.pos[0].clone(), v]))?;
    }
    Ok(Value::None)
}

fn extendleft(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let items = vm.collect_iterable(a.pos.get(1).unwrap_or(&Value::None))?;
    for v in items {
        appendleft(vm, Args::new(vec![a.pos[0].clone(), v]))?;
    }
    Ok(Value::None)
}

fn rotate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let n = match a.pos.get(1) {
        Some(v) => vm.to_index(v)?,
        None => 1,
    };
    with_deque(vm, &a, |d| {
        let mut it = d.items.borrow_mut();
        let len = it.len() as i64;
        if len > 0 {
            let k = n.rem_euclid(len) as usize;
            it.rotate_right(k);
        }
    })?;
    Ok(Value::None)
}

fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let target = a.pos.get(1).cloned().unwrap_or(Value::None);
    let items = with_deque(vm, &a, |d| d.items.borrow().iter().cloned().collect::<Vec<_>>())?;
    let mut n = 0;
    for it in items {
        if it.is(&target) || vm.eq_any(&it, &target)? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let target = a.pos.get(1).cloned().unwrap_or(Value::None);
    let items = with_deque(vm, &a, |d| d.items.borrow().iter().cloned().collect::<Vec<_>>())?;
    for (i, it) in items.iter().enumerate() {
        if it.is(&target) || vm.eq_any(it, &target)? {
            return Ok(Value::Int(i as i64));
        }
    }
    let r = vm.repr(&target)?;
    vm.value_error(format!("{r} is not in deque"))
}

fn copy(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (items, maxlen) = with_deque(vm, &a, |d| (d.items.borrow().iter().cloned().collect::<Vec<_>>(), d.maxlen))?;
    Ok(new_deque(items, maxlen))
}

// ----- heapq ----------------------------------------------------------------

fn heap_list(vm: &Vm, v: &Value) -> PyResult<Rc<List>> {
    match v {
        Value::List(l) => Ok(l.clone()),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("heap argument must be a list, not {tn}"))
        }
    }
}

fn sift_down(vm: &mut Vm, heap: &mut [Value], start: usize, mut pos: usize) -> PyResult<()> {
    let item = heap[pos].clone();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if vm.lt(&item, &heap[parent])? {
            heap[pos] = heap[parent].clone();
            pos = parent;
            continue;
        }
        break;
    }
    heap[pos] = item;
    Ok(())
}

fn sift_up(vm: &mut Vm, heap: &mut [Value], mut pos: usize) -> PyResult<()> {
    let end = heap.len();
    let start = pos;
    let item = heap[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !vm.lt(&heap[child], &heap[right])? {
            child = right;
        }
        heap[pos] = heap[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down(vm, heap, start, pos)
}

fn heappush(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "heappush", 2, 2)?;
    let l = heap_list(vm, &a.pos[0])?;
    let mut heap = l.snapshot();
    heap.push(a.pos[1].clone());
    let n = heap.len();
    sift_down(vm, &mut heap, 0, n - 1)?;
    *l.borrow_mut() = heap;
    Ok(Value::None)
}

fn heappop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "heappop", 1, 1)?;
    let l = heap_list(vm, &a.pos[0])?;
    let mut heap = l.snapshot();
    let Some(last) = heap.pop() else { return vm.err("IndexError", "index out of range") };
    if heap.is_empty() {
        *l.borrow_mut() = heap;
        return Ok(last);
    }
    let top = std::mem::replace(&mut heap[0], last);
    sift_up(vm, &mut heap, 0)?;
    *l.borrow_mut() = heap;
    Ok(top)
}

fn heapify(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "heapify", 1, 1)?;
    let l = heap_list(vm, &a.pos[0])?;
    let mut heap = l.snapshot();
    let n = heap.len();
    for i in (0..n / 2).rev() {
        sift_up(vm, &mut heap, i)?;
    }
    *l.borrow_mut() = heap;
    Ok(Value::None)
}

fn heappushpop(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "heappushpop", 2, 2)?;
    let l = heap_list(vm, &a.pos[0])?;
    let mut heap = l.snapshot();
    let mut item = a.pos[1].clone();
    if !heap.is_empty() && vm.lt(&heap[0], &item)? {
        item = std::mem::replace(&mut heap[0], item);
        sift_up(vm, &mut heap, 0)?;
    }
    *l.borrow_mut() = heap;
    Ok(item)
}

fn heapreplace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "heapreplace", 2, 2)?;
    let l = heap_list(vm, &a.pos[0])?;
    let mut heap = l.snapshot();
    if heap.is_empty() {
        return vm.err("IndexError", "index out of range");
    }
    let top = std::mem::replace(&mut heap[0], a.pos[1].clone());
    sift_up(vm, &mut heap, 0)?;
    *l.borrow_mut() = heap;
    Ok(top)
}

fn n_extreme(vm: &mut Vm, mut a: Args, largest: bool) -> PyResult<Value> {
    let key = a.take_kw("key").filter(|k| !k.is_none());
    a.check(vm, if largest { "nlargest" } else { "nsmallest" }, 2, 2)?;
    let n = vm.to_index(&a.pos[0])?.max(0) as usize;
    let items = vm.collect_iterable(&a.pos[1])?;
    let mut sorted = super::sort::sort_values(vm, items, key, largest)?;
    sorted.truncate(n);
    Ok(Value::list(sorted))
}

fn nlargest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    n_extreme(vm, a, true)
}

fn nsmallest(vm: &mut Vm, a: Args) -> PyResult<Value> {
    n_extreme(vm, a, false)
}
