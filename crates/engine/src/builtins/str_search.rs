//! Methods of `str` that search, split, join, replace and translate.

use super::add_method;
use super::args::{KwSig, Sig};
use super::str_methods::{arg_str, py_space, this};
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let c = vm.types.str_.clone();
    let m: &[(&str, NativeFn)] = &[
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("replace", replace),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("partition", partition),
        ("rpartition", rpartition),
        ("encode", encode),
        ("expandtabs", expandtabs),
        ("translate", translate),
    ];
    for (name, f) in m {
        add_method(&c, name, *f);
    }
    let mk = super::builtin("maketrans", "str.maketrans", maketrans);
    c.dict.borrow_mut().insert(Rc::from("maketrans"), Value::Descriptor(Rc::new(Descriptor::StaticMethod(mk))));
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::str(&v))
}

/// A slice index argument (None allowed), as `_PyEval_SliceIndex` takes it.
pub fn slice_index(vm: &mut Vm, v: &Option<Value>) -> PyResult<Option<i64>> {
    match v {
        None | Some(Value::None) => Ok(None),
        Some(v) => match vm.index_value(v)? {
            Some(i) => Ok(Some(i)),
            None => match v {
                Value::BigInt(b) => {
                    use num_traits::Signed;
                    Ok(Some(if b.is_negative() { i64::MIN } else { i64::MAX }))
                }
                _ => vm.type_error("slice indices must be integers or None or have an __index__ method"),
            },
        },
    }
}

/// CPython's ADJUST_INDICES: (start, end) for a sequence of length `len`;
/// start may end up past `end` (callers check).
pub fn adjust(start: Option<i64>, end: Option<i64>, len: usize) -> (i64, i64) {
    let len = len as i64;
    let mut end = end.unwrap_or(len);
    let mut start = start.unwrap_or(0);
    if end > len {
        end = len;
    } else if end < 0 {
        end = (end + len).max(0);
    }
    if start < 0 {
        start = (start + len).max(0);
    }
    (start, end)
}

fn char_len(t: &str) -> usize {
    if t.is_ascii() {
        t.len()
    } else {
        t.chars().count()
    }
}

/// Byte offset of char index `ci` (clamped to the end).
fn byte_of(t: &str, ci: usize) -> usize {
    if t.is_ascii() {
        return ci.min(t.len());
    }
    t.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(t.len())
}

fn char_of(t: &str, bi: usize) -> usize {
    if t.is_ascii() {
        bi
    } else {
        t[..bi].chars().count()
    }
}

/// Arguments (sub, start, end) of find/index/count/startswith.
fn sub_range(vm: &mut Vm, a: &Args, name: &'static str, qual: &'static str) -> PyResult<(Rc<str>, Value, i64, i64)> {
    let t = this(vm, a, name)?;
    let [sub, start, end] = vm.method_args::<3>(a, Sig::Tuple(name, qual, 1, 3))?;
    let start = slice_index(vm, &start)?;
    let end = slice_index(vm, &end)?;
    let (st, en) = adjust(start, end, char_len(&t));
    Ok((t, sub.unwrap_or(Value::None), st, en))
}

fn find_impl(vm: &mut Vm, a: &Args, name: &'static str, qual: &'static str, rev: bool) -> PyResult<i64> {
    let (t, sub, st, en) = sub_range(vm, a, name, qual)?;
    let sub = arg_str(vm, &sub, "must be str, not").map_err(|_| ()).or_else(|_| {
        let tn = vm.type_name(&sub);
        vm.type_error(format!("must be str, not {tn}"))
    })?;
    let sl = char_len(&sub) as i64;
    if en - st < sl {
        return Ok(-1);
    }
    let (bs, be) = (byte_of(&t, st as usize), byte_of(&t, en as usize));
    let hay = &t[bs..be];
    let r = if rev { hay.rfind(&*sub) } else { hay.find(&*sub) };
    Ok(match r {
        Some(i) => st + char_of(hay, i) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &a, "find", "str.find", false)?))
}
fn rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &a, "rfind", "str.rfind", true)?))
}
fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, "index", "str.index", false)? {
        -1 => vm.value_error("substring not found"),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, "rindex", "str.rindex", true)? {
        -1 => vm.value_error("substring not found"),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let (t, sub, st, en) = sub_range(vm, &a, "count", "str.count")?;
    let Value::Str(sub) = sub else {
        let tn = vm.type_name(&sub);
        return vm.type_error(format!("must be str, not {tn}"));
    };
    if st > char_len(&t) as i64 || en < st {
        return Ok(Value::Int(0));
    }
    if sub.is_empty() {
        return Ok(Value::Int(en - st + 1));
    }
    let hay = &t[byte_of(&t, st as usize)..byte_of(&t, en as usize)];
    Ok(Value::Int(hay.matches(&*sub).count() as i64))
}

fn affix(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, start: bool) -> PyResult<Value> {
    let (t, sub, st, en) = sub_range(vm, &a, name, qual)?;
    let test = |p: &str| -> bool {
        let pl = char_len(p) as i64;
        if st > char_len(&t) as i64 || en - st < pl {
            return false;
        }
        let hay = &t[byte_of(&t, st as usize)..byte_of(&t, en as usize)];
        if start {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    match &sub {
        Value::Str(p) => Ok(Value::Bool(test(p))),
        Value::Tuple(ps) => {
            for p in ps.iter() {
                match p {
                    Value::Str(p) => {
                        if test(p) {
                            return Ok(Value::Bool(true));
                        }
                    }
                    other => {
                        let tn = vm.type_name(other);
                        return vm.type_error(format!("tuple for {name} must only contain str, not {tn}"));
                    }
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("{name} first arg must be str or a tuple of str, not {tn}"))
        }
    }
}

fn startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, "startswith", "str.startswith", true)
}
fn endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, "endswith", "str.endswith", false)
}

static SPLIT: KwSig = KwSig { name: "split", params: &["sep", "maxsplit"], posonly: 0, required: 0, maxpos: 2 };
static RSPLIT: KwSig = KwSig { name: "rsplit", params: &["sep", "maxsplit"], posonly: 0, required: 0, maxpos: 2 };

fn split_args(vm: &mut Vm, a: &Args, sig: &'static KwSig) -> PyResult<(Option<Rc<str>>, i64)> {
    let [sep, maxsplit] = vm.method_args::<2>(a, Sig::Kw(sig))?;
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = arg_str(vm, &v, "must be str or None, not").or_else(|_| {
                let tn = vm.type_name(&v);
                vm.type_error(format!("must be str or None, not {tn}"))
            })?;
            if s.is_empty() {
                return vm.value_error("empty separator");
            }
            Some(s)
        }
    };
    let maxsplit = match maxsplit {
        None => -1,
        Some(v) => vm.to_index(&v)?,
    };
    Ok((sep, maxsplit))
}

fn split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "split")?;
    let (sep, maxsplit) = split_args(vm, &a, &SPLIT)?;
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest: &str = &t;
            let mut n = 0;
            while maxsplit < 0 || n < maxsplit {
                match rest.find(&*sep) {
                    Some(i) => {
                        out.push(Value::str(&rest[..i]));
                        rest = &rest[i + sep.len()..];
                        n += 1;
                    }
                    None => break,
                }
            }
            out.push(if rest.len() == t.len() { Value::Str(t.clone()) } else { Value::str(rest) });
        }
        None => {
            let mut rest = t.trim_start_matches(py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let end = rest.find(py_space).unwrap_or(rest.len());
                out.push(Value::str(&rest[..end]));
                rest = rest[end..].trim_start_matches(py_space);
                n += 1;
            }
        }
    }
    Ok(Value::list(out))
}

fn rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, &a, &RSPLIT)?;
    let mut out = Vec::new();
    match sep {
        Some(sep) => {
            let mut rest: &str = &t;
            let mut n = 0;
            while maxsplit < 0 || n < maxsplit {
                match rest.rfind(&*sep) {
                    Some(i) => {
                        out.push(Value::str(&rest[i + sep.len()..]));
                        rest = &rest[..i];
                        n += 1;
                    }
                    None => break,
                }
            }
            out.push(Value::str(rest));
        }
        None => {
            let mut rest = t.trim_end_matches(py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest));
                    break;
                }
                let start = rest.rfind(py_space).map(|i| i + rest[i..].chars().next().map(|c| c.len_utf8()).unwrap_or(1)).unwrap_or(0);
                out.push(Value::str(&rest[start..]));
                rest = rest[..start].trim_end_matches(py_space);
                n += 1;
            }
        }
    }
    out.reverse();
    Ok(Value::list(out))
}

static SPLITLINES: KwSig = KwSig { name: "splitlines", params: &["keepends"], posonly: 0, required: 0, maxpos: 1 };

pub fn is_line_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}')
}

fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "splitlines")?;
    let [keep] = vm.method_args::<1>(&a, Sig::Kw(&SPLITLINES))?;
    let keep = match keep {
        Some(Value::Float(_)) => return vm.type_error("'float' object cannot be interpreted as an integer"),
        Some(v) => vm.to_index(&v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut line = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        if is_line_break(c) {
            let mut ending = c.to_string();
            if c == '\r' && chars.peek() == Some(&'\n') {
                chars.next();
                ending.push('\n');
            }
            if keep {
                line.push_str(&ending);
            }
            out.push(Value::str(&line));
            line.clear();
        } else {
            line.push(c);
        }
    }
    if !line.is_empty() {
        out.push(Value::str(&line));
    }
    Ok(Value::list(out))
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "join")?;
    let [it] = vm.method_args::<1>(&a, Sig::One("str.join"))?;
    let it = it.unwrap_or(Value::None);
    if !vm.is_iterable(&it) {
        return vm.type_error("can only join an iterable");
    }
    let items = vm.collect_iterable(&it)?;
    let mut out = String::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&t);
        }
        match it {
            Value::Str(p) => out.push_str(p),
            other => {
                let tn = vm.type_name(other);
                return vm.type_error(format!("sequence item {i}: expected str instance, {tn} found"));
            }
        }
        if out.len() > vm.limits.max_collection_len {
            return vm.err("MemoryError", "");
        }
    }
    s(out)
}

fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "replace")?;
    let [old, new, count] = vm.method_args::<3>(&a, Sig::Pos("replace", "str.replace", 2, 3))?;
    let old = arg_str(vm, &old.unwrap_or(Value::None), "replace() argument 1")?;
    let new = arg_str(vm, &new.unwrap_or(Value::None), "replace() argument 2")?;
    let count = match count {
        Some(v) => vm.to_index(&v)?,
        None => -1,
    };
    let limit = if count < 0 { usize::MAX } else { count as usize };
    let n_matches = if old.is_empty() { char_len(&t) + 1 } else { t.matches(&*old).count() };
    let n = n_matches.min(limit);
    if n == 0 {
        return Ok(Value::Str(t));
    }
    let size = t.len() + n * new.len();
    if size > vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    if old.is_empty() {
        let mut out = String::with_capacity(size);
        let mut done = 0;
        for c in t.chars() {
            if done < n {
                out.push_str(&new);
                done += 1;
            }
            out.push(c);
        }
        if done < n {
            out.push_str(&new);
        }
        return s(out);
    }
    s(t.replacen(&*old, &new, n))
}

fn part(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, rev: bool) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    let [sep] = vm.method_args::<1>(&a, Sig::One(qual))?;
    let sep = sep.unwrap_or(Value::None);
    let Value::Str(sep) = sep else {
        let tn = vm.type_name(&sep);
        return vm.type_error(format!("must be str, not {tn}"));
    };
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let found = if rev { t.rfind(&*sep) } else { t.find(&*sep) };
    Ok(match found {
        Some(i) => Value::tuple(vec![Value::str(&t[..i]), Value::Str(sep.clone()), Value::str(&t[i + sep.len()..])]),
        None => {
            if rev {
                Value::tuple(vec![Value::str(""), Value::str(""), Value::Str(t)])
            } else {
                Value::tuple(vec![Value::Str(t), Value::str(""), Value::str("")])
            }
        }
    })
}

fn partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    part(vm, a, "partition", "str.partition", false)
}
fn rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    part(vm, a, "rpartition", "str.rpartition", true)
}

static ENCODE: KwSig = KwSig { name: "encode", params: &["encoding", "errors"], posonly: 0, required: 0, maxpos: 2 };

fn encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "encode")?;
    let [enc, errors] = vm.method_args::<2>(&a, Sig::Kw(&ENCODE))?;
    for (v, what) in [(&enc, "encoding"), (&errors, "errors")] {
        if let Some(v) = v {
            if !matches!(v, Value::Str(_)) {
                let tn = vm.type_name(v);
                return vm.type_error(format!("encode() argument '{what}' must be str, not {tn}"));
            }
        }
    }
    super::codecs::encode(vm, &t, enc, errors)
}

static EXPANDTABS: KwSig = KwSig { name: "expandtabs", params: &["tabsize"], posonly: 0, required: 0, maxpos: 1 };

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "expandtabs")?;
    let [ts] = vm.method_args::<1>(&a, Sig::Kw(&EXPANDTABS))?;
    let size = match ts {
        Some(v) => vm.to_index(&v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in t.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    if out.len() + n as usize > vm.limits.max_collection_len {
                        return vm.err("MemoryError", "");
                    }
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            c => {
                out.push(c);
                col += 1;
            }
        }
    }
    s(out)
}

fn translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "translate")?;
    let [table] = vm.method_args::<1>(&a, Sig::One("str.translate"))?;
    let table = table.unwrap_or(Value::None);
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        let r = match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(v) => v,
            Err(crate::vm::Flow::Exc(e)) if vm.exc_is(&e, "LookupError") => {
                out.push(c);
                continue;
            }
            Err(e) => return Err(e),
        };
        match r {
            Value::None => {}
            Value::Str(r) => out.push_str(&r),
            Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
                let i = vm.to_index(&r)?;
                match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => return vm.value_error("character mapping must be in range(0x110000)"),
                }
            }
            _ => return vm.type_error("character mapping must return integer, None or str"),
        }
    }
    s(out)
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = Sig::Pos("maketrans", "str.maketrans", 1, 3).bind(vm, &a, 0)?;
    let d = Dict::new();
    match (&v[0], &v[1], &v[2]) {
        (Some(x), None, None) => {
            let Value::Dict(src) = x else {
                return vm.type_error("if you give only one argument to maketrans it must be a dict");
            };
            for (k, val) in src.items() {
                let key = match &k {
                    Value::Str(s) if s.chars().count() == 1 => Value::Int(s.chars().next().map(|c| c as i64).unwrap_or(0)),
                    Value::Str(_) => return vm.value_error("string keys in translate table must be of length 1"),
                    Value::Int(_) | Value::Bool(_) | Value::BigInt(_) => k.clone(),
                    _ => return vm.type_error("keys in translate table must be strings or integers"),
                };
                vm.dict_set(&d, key, val)?;
            }
        }
        (Some(x), Some(y), z) => {
            let Value::Str(x) = x else {
                let tn = vm.type_name(x);
                return vm.type_error(format!("maketrans() argument 1 must be str, not {tn}"));
            };
            let Value::Str(y) = y else {
                let tn = vm.type_name(y);
                return vm.type_error(format!("maketrans() argument 2 must be str, not {tn}"));
            };
            if x.chars().count() != y.chars().count() {
                return vm.value_error("the first two maketrans arguments must have equal length");
            }
            for (p, q) in x.chars().zip(y.chars()) {
                vm.dict_set(&d, Value::Int(p as i64), Value::Int(q as i64))?;
            }
            if let Some(z) = z {
                let Value::Str(z) = z else {
                    let tn = vm.type_name(z);
                    return vm.type_error(format!("maketrans() argument 3 must be str, not {tn}"));
                };
                for c in z.chars() {
                    vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return vm.type_error("maketrans expected at least 1 argument, got 0"),
    }
    Ok(Value::Dict(Rc::new(d)))
}
