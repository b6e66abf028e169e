//! Methods of object, exceptions, bytes, range, coroutines, and
//! `str.format`'s field parser.

use super::add_method;
use super::args::ArgParse;
use crate::value::*;
use crate::vm::{Flow, PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let o = vm.types.object.clone();
    add_method(&o, "__init__", object_init);
    add_method(&o, "__str__", object_str);
    add_method(&o, "__repr__", object_repr);
    add_method(&o, "__eq__", object_eq);
    add_method(&o, "__ne__", object_ne);
    add_method(&o, "__hash__", object_hash);
    add_method(&o, "__format__", object_format);
    add_method(&o, "__setattr__", object_setattr);
    add_method(&o, "__getattribute__", object_getattribute);
    let be = vm.types.exc("BaseException");
    add_method(&be, "__init__", exc_init);
    add_method(&be, "__str__", exc_str);
    add_method(&be, "__repr__", exc_repr);
    add_method(&be, "with_traceback", exc_with_traceback);
    add_method(&be, "add_note", exc_add_note);
    let beg = vm.types.exc("BaseExceptionGroup");
    add_method(&beg, "__init__", group_init);
    add_method(&beg, "subgroup", group_subgroup);
    add_method(&beg, "split", group_split);
    let r = vm.types.range.clone();
    add_method(&r, "index", range_index);
    add_method(&r, "count", range_count);
    let c = vm.types.coroutine.clone();
    add_method(&c, "close", crate::vm::coroutine::coro_close);
    add_method(&c, "send", crate::vm::coroutine::coro_send);
    add_method(&c, "throw", crate::vm::coroutine::coro_throw);
    add_method(&c, "__await__", coro_await);
}

fn object_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() > 1 || !a.kw.is_empty() {
        if let Some(Value::Instance(i)) = a.pos.first() {
            // Extra arguments are an error only when __init__ is not overridden.
            let overridden = i.class.lookup("__init__").map(|f| !matches!(f, Value::Builtin(_))).unwrap_or(false);
            if !overridden {
                let n = i.class.name.clone();
                return vm.type_error(format!("{n}() takes no arguments"));
            }
        }
        return vm.type_error("object.__init__() takes exactly one argument (the instance to initialize)");
    }
    Ok(Value::None)
}

fn first(a: &Args) -> Value {
    a.pos.first().cloned().unwrap_or(Value::None)
}

fn object_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = first(&a);
    // str() of an instance without __str__ is its repr().
    Ok(Value::str(&vm.repr(&v)?))
}

fn object_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = first(&a);
    let s = match &v {
        Value::Instance(i) if i.exc.is_some() => vm.exc_repr(&v)?,
        Value::Instance(i) => {
            let addr = vm.fake_addr(&v);
            format!("<{}.{} object at {}>", i.class.module, i.class.qualname, addr)
        }
        other => vm.repr(other)?,
    };
    Ok(Value::str(&s))
}

fn object_eq(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (first(&a), a.pos.get(1).cloned().unwrap_or(Value::None));
    Ok(if x.is(&y) { Value::Bool(true) } else { Value::NotImplemented })
}

fn object_ne(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (x, y) = (first(&a), a.pos.get(1).cloned().unwrap_or(Value::None));
    let r = vm.compare_op(&x, &y, crate::ast::CmpOp::Eq)?;
    Ok(Value::Bool(!vm.truthy(&r)?))
}

fn object_hash(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = first(&a);
    let addr = vm.fake_addr(&v);
    let n = u64::from_str_radix(addr.trim_start_matches("0x"), 16).unwrap_or(0);
    Ok(Value::Int(crate::pyhash::hash_pointer(n)))
}

fn object_format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = first(&a);
    match a.pos.get(1) {
        Some(Value::Str(s)) if !s.is_empty() => {
            let tn = vm.type_name(&v);
            vm.type_error(format!("unsupported format string passed to {tn}.__format__"))
        }
        _ => Ok(Value::str(&vm.str(&v)?)),
    }
}

fn object_setattr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<3>(&a, super::args::Sig::Pos("__setattr__", "object.__setattr__", 3, 3))?;
    let Value::Str(name) = &a.pos[1] else {
        let tn = vm.type_name(&a.pos[1]);
        return vm.type_error(format!("attribute name must be string, not '{tn}'"));
    };
    vm.generic_setattr(&a.pos[0], name, a.pos[2].clone())?;
    Ok(Value::None)
}

fn object_getattribute(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "__getattribute__", 2, 2)?;
    let name = vm.str(&a.pos[1])?;
    vm.getattr(&a.pos[0], &name)
}

fn exc_init(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    if let Some(Value::Instance(i)) = a.pos.first() {
        if let Some(mut d) = i.exc_mut() {
            d.args = a.pos[1..].to_vec();
        }
    }
    Ok(Value::None)
}

fn exc_str(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = first(&a);
    Ok(Value::str(&vm.exc_str_builtin(&v)?))
}

fn exc_repr(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = first(&a);
    Ok(Value::str(&vm.exc_repr(&v)?))
}

fn exc_with_traceback(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(first(&a))
}

fn exc_add_note(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "add_note", 2, 2)?;
    if !matches!(a.pos[1], Value::Str(_)) {
        let tn = vm.type_name(&a.pos[1]);
        return vm.type_error(format!("note must be a str, not '{tn}'"));
    }
    if let Value::Instance(i) = &a.pos[0] {
        if let Some(mut d) = i.exc_mut() {
            d.notes.push(a.pos[1].clone());
        }
    }
    Ok(Value::None)
}

/// `BaseExceptionGroup(message, exceptions)`.
fn group_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = a.pos.first() else { return Ok(Value::None) };
    if a.pos.len() != 3 {
        let n = inst.class.name.clone();
        return vm.type_error(format!("{n}() takes exactly 2 arguments ({} given)", a.pos.len() - 1));
    }
    let msg = a.pos[1].clone();
    if !matches!(msg, Value::Str(_)) {
        return vm.type_error("argument 1 must be str, not ".to_string() + &vm.type_name(&msg));
    }
    let excs = match &a.pos[2] {
        Value::List(_) | Value::Tuple(_) => vm.collect_iterable(&a.pos[2])?,
        _ => return vm.type_error("second argument (exceptions) must be a sequence"),
    };
    if excs.is_empty() {
        return vm.value_error("second argument (exceptions) must be a non-empty sequence");
    }
    for (i, e) in excs.iter().enumerate() {
        if !Vm::is_exception(e) {
            return vm.value_error(format!("Item {i} of second argument (exceptions) is not an exception"));
        }
    }
    if let Some(mut d) = inst.exc_mut() {
        d.args = vec![msg.clone(), Value::tuple(excs.clone())];
        d.group = Some((msg, excs));
    }
    Ok(Value::None)
}

fn group_subgroup(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "subgroup", 2, 2)?;
    let (_, m) = vm.exception_group_split(&a.pos[0], &a.pos[1])?;
    Ok(m)
}

fn group_split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "split", 2, 2)?;
    let (rest, m) = vm.exception_group_split(&a.pos[0], &a.pos[1])?;
    Ok(Value::tuple(vec![m, rest]))
}

fn range_index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.method_args::<1>(&a, super::args::Sig::One("range.index"))?;
    if let (Value::Range(r), Value::Int(x)) = (&a.pos[0], &a.pos[1]) {
        let (x, start, step) = (*x as i128, r.start as i128, r.step as i128);
        let k = (x - start).div_euclid(step);
        if (x - start).rem_euclid(step) == 0 && k >= 0 && (k as usize) < r.len() {
            return Ok(Value::Int(k as i64));
        }
        return vm.value_error(format!("{x} is not in range"));
    }
    if let Value::Range(r) = &a.pos[0] {
        for i in 0..r.len() {
            if vm.eq_any(&Value::Int(r.get(i)), &a.pos[1])? {
                return Ok(Value::Int(i as i64));
            }
        }
        let s = vm.repr(&a.pos[1])?;
        return vm.value_error(format!("{s} is not in range"));
    }
    vm.type_error("index() needs a range")
}

fn range_count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.method_args::<1>(&a, super::args::Sig::One("range.count"))?;
    let c = vm.contains(&a.pos[0], &a.pos[1])?;
    Ok(Value::Int(c as i64))
}

/// `coro.__await__()`: awaiting it awaits the coroutine itself.
fn coro_await(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match a.pos.first() {
        Some(Value::Coroutine(c)) => Ok(crate::aio::native::native(crate::aio::native::NativeObj::CoroWrapper(c.clone()))),
        _ => vm.type_error("descriptor '__await__' requires a 'coroutine' object"),
    }
}

/// `str.format(*args, **kwargs)` / `format_map(mapping)`.
pub fn str_format(vm: &mut Vm, template: &str, args: &[Value], kwargs: &[(Rc<str>, Value)], mapping: Option<&Value>) -> PyResult<String> {
    let mut out = String::new();
    let mut auto: Option<usize> = None;
    let mut manual = false;
    render(vm, template, args, kwargs, mapping, &mut out, &mut auto, &mut manual, 0)?;
    Ok(out)
}

#[allow(clippy::too_many_arguments)]
fn render(
    vm: &mut Vm,
    template: &str,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
    mapping: Option<&Value>,
    out: &mut String,
    auto: &mut Option<usize>,
    manual: &mut bool,
    depth: u32,
) -> PyResult<()> {
    if depth > 2 {
        return vm.value_error("Max string recursion exceeded");
    }
    let chars: Vec<char> = template.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if c == '{' {
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            // Find the matching '}' (nested braces in the spec).
            let mut level = 1;
            let mut j = i + 1;
            while j < chars.len() {
                match chars[j] {
                    '{' => level += 1,
                    '}' => {
                        level -= 1;
                        if level == 0 {
                            break;
                        }
                    }
                    _ => {}
                }
                j += 1;
            }
            if j >= chars.len() {
                if i + 1 == chars.len() {
                    return vm.value_error("Single '{' encountered in format string");
                }
                return vm.value_error("expected '}' before end of string");
            }
            let field: String = chars[i + 1..j].iter().collect();
            let v = format_field(vm, &field, args, kwargs, mapping, auto, manual, depth)?;
            out.push_str(&v);
            i = j + 1;
        } else if c == '}' {
            if chars.get(i + 1) == Some(&'}') {
                out.push('}');
                i += 2;
                continue;
            }
            return vm.value_error("Single '}' encountered in format string");
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn format_field(
    vm: &mut Vm,
    field: &str,
    args: &[Value],
    kwargs: &[(Rc<str>, Value)],
    mapping: Option<&Value>,
    auto: &mut Option<usize>,
    manual: &mut bool,
    depth: u32,
) -> PyResult<String> {
    // Split name / !conv / :spec (the name part ends at the first ! or :
    // outside brackets).
    let mut name_end = field.len();
    let mut in_bracket = false;
    for (k, ch) in field.char_indices() {
        match ch {
            '[' => in_bracket = true,
            ']' => in_bracket = false,
            '!' | ':' if !in_bracket => {
                name_end = k;
                break;
            }
            _ => {}
        }
    }
    let name = &field[..name_end];
    let rest = &field[name_end..];
    let (conv, spec) = if let Some(r) = rest.strip_prefix('!') {
        let mut it = r.chars();
        let conv = it.next();
        let after: String = it.collect();
        match after.strip_prefix(':') {
            Some(s) => (conv, s.to_string()),
            None if after.is_empty() => (conv, String::new()),
            None => return vm.value_error("expected ':' after conversion specifier"),
        }
    } else if let Some(s) = rest.strip_prefix(':') {
        (None, s.to_string())
    } else {
        (None, String::new())
    };
    // The first part of the name: index or keyword.
    let first_end = name.find(['.', '[']).unwrap_or(name.len());
    let first = &name[..first_end];
    let mut value = if first.is_empty() {
        if *manual {
            return vm.value_error("cannot switch from manual field specification to automatic field numbering");
        }
        let n = auto.map(|x| x + 1).unwrap_or(0);
        *auto = Some(n);
        match args.get(n) {
            Some(v) => v.clone(),
            None => return vm.err("IndexError", format!("Replacement index {n} out of range for positional args tuple")),
        }
    } else if let Ok(n) = first.parse::<usize>() {
        if auto.is_some() {
            return vm.value_error("cannot switch from automatic field numbering to manual field specification");
        }
        *manual = true;
        match args.get(n) {
            Some(v) => v.clone(),
            None => return vm.err("IndexError", format!("Replacement index {n} out of range for positional args tuple")),
        }
    } else {
        match (kwargs.iter().find(|(k, _)| &**k == first), mapping) {
            (Some((_, v)), _) => v.clone(),
            (None, Some(m)) => vm.getitem(m, &Value::str(first))?,
            (None, None) => return Err(Flow::Exc(vm.key_error(Value::str(first)))),
        }
    };
    // .attr and [key] chains.
    let mut rest = &name[first_end..];
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix('.') {
            let end = r.find(['.', '[']).unwrap_or(r.len());
            value = vm.getattr(&value, &r[..end])?;
            rest = &r[end..];
        } else if let Some(r) = rest.strip_prefix('[') {
            let end = r.find(']').unwrap_or(r.len());
            let key = &r[..end];
            let k = match key.parse::<i64>() {
                Ok(n) => Value::Int(n),
                Err(_) => Value::str(key),
            };
            value = vm.getitem(&value, &k)?;
            rest = r.get(end + 1..).unwrap_or("");
        } else {
            return vm.value_error("Only '.' or '[' may follow ']' in format field specifier");
        }
    }
    let value = match conv {
        None => value,
        Some('r') => Value::str(&vm.repr(&value)?),
        Some('s') => Value::str(&vm.str(&value)?),
        Some('a') => Value::str(&vm.ascii(&value)?),
        Some(c) => return vm.value_error(format!("Unknown conversion specifier {c}")),
    };
    let spec = if spec.contains('{') {
        let mut s = String::new();
        render(vm, &spec, args, kwargs, mapping, &mut s, auto, manual, depth + 1)?;
        s
    } else {
        spec
    };
    vm.format_value(&value, &spec)
}
