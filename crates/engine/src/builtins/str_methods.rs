//! Methods of `str`.

use super::add_method;
use super::args::ArgParse;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let c = vm.types.str_.clone();
    let m: &[(&str, NativeFn)] = &[
        ("upper", upper),
        ("lower", lower),
        ("casefold", lower),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
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
        ("isdigit", isdigit),
        ("isdecimal", isdigit),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("zfill", zfill),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("partition", partition),
        ("rpartition", rpartition),
        ("format", format),
        ("format_map", format_map),
        ("encode", encode),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
    ];
    for (name, f) in m {
        add_method(&c, name, *f);
    }
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<str>> {
    match a.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{tn}' object"))
        }
        None => vm.type_error(format!("unbound method str.{name}() needs an argument")),
    }
}

fn arg_str(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("{what} must be str, not {tn}"))
        }
    }
}

fn s(v: String) -> PyResult<Value> {
    Ok(Value::str(&v))
}

fn upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "upper")?;
    a.check(vm, "str.upper", 1, 1)?;
    s(t.to_uppercase())
}

fn lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "lower")?;
    a.check(vm, "str.lower", 1, 1)?;
    s(t.to_lowercase())
}

fn title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "title")?;
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for c in t.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    s(out)
}

fn capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "capitalize")?;
    let mut chars = t.chars();
    let mut out = String::with_capacity(t.len());
    if let Some(first) = chars.next() {
        out.extend(first.to_uppercase());
        for c in chars {
            out.extend(c.to_lowercase());
        }
    }
    s(out)
}

fn swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "swapcase")?;
    let out: String = t
        .chars()
        .flat_map(|c| -> Vec<char> {
            if c.is_uppercase() {
                c.to_lowercase().collect()
            } else if c.is_lowercase() {
                c.to_uppercase().collect()
            } else {
                vec![c]
            }
        })
        .collect();
    s(out)
}

fn strip_chars(vm: &Vm, a: &Args, name: &str) -> PyResult<Option<Vec<char>>> {
    match a.pos.get(1) {
        None | Some(Value::None) => Ok(None),
        Some(Value::Str(c)) => Ok(Some(c.chars().collect())),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("{name} arg must be None or str, not {tn}").replace("strip arg", "strip arg"))
        }
    }
}

fn py_space(c: char) -> bool {
    crate::format::parse::py_isspace(c)
}

fn do_strip(vm: &mut Vm, a: Args, name: &str, left: bool, right: bool) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    a.check(vm, &format!("str.{name}"), 1, 2)?;
    let chars = strip_chars(vm, &a, name)?;
    let pred = |c: char| match &chars {
        Some(cs) => cs.contains(&c),
        None => py_space(c),
    };
    let mut r: &str = &t;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    Ok(Value::str(r))
}

fn strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "strip", true, true)
}
fn lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "lstrip", true, false)
}
fn rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "rstrip", false, true)
}

fn split_args(vm: &mut Vm, a: &mut Args, name: &str) -> PyResult<(Option<Rc<str>>, i64)> {
    let sep = a.take_kw("sep");
    let maxsplit = a.take_kw("maxsplit");
    a.no_kw(vm, name)?;
    let sep = sep.or_else(|| a.pos.get(1).cloned());
    let maxsplit = maxsplit.or_else(|| a.pos.get(2).cloned());
    let sep = match sep {
        None | Some(Value::None) => None,
        Some(v) => {
            let s = arg_str(vm, &v, "must be str or None, not")?;
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

fn split(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "split")?;
    let (sep, maxsplit) = split_args(vm, &mut a, "split")?;
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
            out.push(Value::str(rest));
        }
        None => {
            let mut rest = t.trim_start_matches(py_space);
            let mut n = 0;
            while !rest.is_empty() {
                if maxsplit >= 0 && n >= maxsplit {
                    out.push(Value::str(rest.trim_end_matches(py_space)));
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

fn rsplit(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "rsplit")?;
    let (sep, maxsplit) = split_args(vm, &mut a, "rsplit")?;
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
                    out.push(Value::str(rest.trim_start_matches(py_space)));
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

fn splitlines(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let keep = a.take_kw("keepends");
    let t = this(vm, &a, "splitlines")?;
    let keep = match keep.or_else(|| a.pos.get(1).cloned()) {
        Some(v) => vm.truthy(&v)?,
        None => false,
    };
    let mut out = Vec::new();
    let mut line = String::new();
    let mut chars = t.chars().peekable();
    while let Some(c) = chars.next() {
        let is_break = matches!(c, '\n' | '\r' | '\x0b' | '\x0c' | '\x1c' | '\x1d' | '\x1e' | '\u{85}' | '\u{2028}' | '\u{2029}');
        if is_break {
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
    a.check(vm, "str.join", 2, 2)?;
    let items = vm.collect_iterable(&a.pos[1])?;
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
    }
    s(out)
}

fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "replace")?;
    a.check(vm, "replace", 3, 4)?;
    let old = arg_str(vm, &a.pos[1], "replace() argument 1")?;
    let new = arg_str(vm, &a.pos[2], "replace() argument 2")?;
    let count = match a.pos.get(3) {
        Some(v) => vm.to_index(v)?,
        None => -1,
    };
    if count < 0 {
        if old.is_empty() {
            let mut out = String::new();
            out.push_str(&new);
            for c in t.chars() {
                out.push(c);
                out.push_str(&new);
            }
            return s(out);
        }
        return s(t.replace(&*old, &new));
    }
    s(t.replacen(&*old, &new, count as usize))
}

/// Char index → byte index helpers for find/index with start/end.
fn char_range(t: &str, a: &Args, vm: &mut Vm, first: usize) -> PyResult<(usize, usize)> {
    let n = t.chars().count() as i64;
    let norm = |i: i64| -> i64 {
        if i < 0 {
            (i + n).max(0)
        } else {
            i.min(n)
        }
    };
    let start = match a.pos.get(first) {
        Some(Value::None) | None => 0,
        Some(v) => norm(vm.to_index(v)?),
    };
    let end = match a.pos.get(first + 1) {
        Some(Value::None) | None => n,
        Some(v) => norm(vm.to_index(v)?),
    };
    Ok((start as usize, end as usize))
}

fn byte_of(t: &str, ci: usize) -> usize {
    t.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(t.len())
}

fn char_of(t: &str, bi: usize) -> usize {
    t[..bi].chars().count()
}

fn find_impl(vm: &mut Vm, a: &Args, name: &str, rev: bool) -> PyResult<i64> {
    let t = this(vm, a, name)?;
    a.check(vm, name, 2, 4)?;
    let sub = arg_str(vm, &a.pos[1], "must be str, not")?;
    let (cs, ce) = char_range(&t, a, vm, 2)?;
    if cs > ce {
        return Ok(-1);
    }
    let (bs, be) = (byte_of(&t, cs), byte_of(&t, ce));
    let hay = &t[bs..be];
    let r = if rev { hay.rfind(&*sub) } else { hay.find(&*sub) };
    Ok(match r {
        Some(i) => (cs + char_of(hay, i)) as i64,
        None => -1,
    })
}

fn find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &a, "find", false)?))
}
fn rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &a, "rfind", true)?))
}
fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, "index", false)? {
        -1 => vm.value_error("substring not found"),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, "rindex", true)? {
        -1 => vm.value_error("substring not found"),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "count")?;
    a.check(vm, "count", 2, 4)?;
    let sub = arg_str(vm, &a.pos[1], "must be str, not")?;
    let (cs, ce) = char_range(&t, &a, vm, 2)?;
    if cs > ce {
        return Ok(Value::Int(0));
    }
    let hay = &t[byte_of(&t, cs)..byte_of(&t, ce)];
    if sub.is_empty() {
        return Ok(Value::Int(hay.chars().count() as i64 + 1));
    }
    Ok(Value::Int(hay.matches(&*sub).count() as i64))
}

fn affix(vm: &mut Vm, a: Args, name: &str, start: bool) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    a.check(vm, name, 2, 4)?;
    let (cs, ce) = char_range(&t, &a, vm, 2)?;
    let hay = if cs > ce { "" } else { &t[byte_of(&t, cs)..byte_of(&t, ce)] };
    let test = |p: &str| if start { hay.starts_with(p) } else { hay.ends_with(p) };
    match &a.pos[1] {
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
    affix(vm, a, "startswith", true)
}
fn endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, "endswith", false)
}

fn pred(vm: &mut Vm, a: Args, name: &str, f: fn(&str) -> bool) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    Ok(Value::Bool(f(&t)))
}

fn isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isdigit", |t| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit() || crate::format::parse::unicode_decimal(c).is_some()))
}
fn isnumeric(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isnumeric", |t| !t.is_empty() && t.chars().all(|c| c.is_numeric()))
}
fn isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isalpha", |t| !t.is_empty() && t.chars().all(|c| c.is_alphabetic()))
}
fn isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isalnum", |t| !t.is_empty() && t.chars().all(|c| c.is_alphanumeric()))
}
fn isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isspace", |t| !t.is_empty() && t.chars().all(py_space))
}
fn isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isupper", |t| t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase()))
}
fn islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "islower", |t| t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase()))
}
fn istitle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "istitle", |t| {
        let mut prev_cased = false;
        let mut any = false;
        for c in t.chars() {
            if c.is_uppercase() {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else if c.is_lowercase() {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                any = true;
            } else {
                prev_cased = false;
            }
        }
        any
    })
}
fn isidentifier(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isidentifier", |t| {
        let mut cs = t.chars();
        match cs.next() {
            Some(c) if c == '_' || c.is_alphabetic() => cs.all(|c| c == '_' || c.is_alphanumeric()),
            _ => false,
        }
    })
}
fn isascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isascii", |t| t.is_ascii())
}

fn zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "zfill")?;
    a.check(vm, "zfill", 2, 2)?;
    let width = vm.to_index(&a.pos[1])?;
    let n = t.chars().count() as i64;
    if width <= n {
        return Ok(Value::Str(t));
    }
    let pad = "0".repeat((width - n) as usize);
    let (sign, rest) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
        _ => (String::new(), &t[..]),
    };
    s(format!("{sign}{pad}{rest}"))
}

fn justify(vm: &mut Vm, a: Args, name: &str, mode: u8) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    a.check(vm, name, 2, 3)?;
    let width = vm.to_index(&a.pos[1])?;
    let fill = match a.pos.get(2) {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => return vm.type_error("The fill character must be exactly one character long"),
        Some(other) => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("{name}() argument 2 must be str, not {tn}"));
        }
        None => ' ',
    };
    let n = t.chars().count() as i64;
    if width <= n {
        return Ok(Value::Str(t));
    }
    let total = (width - n) as usize;
    let (left, right) = match mode {
        0 => (0, total),
        1 => (total, 0),
        _ => {
            // CPython: left = pad/2 + (pad & width & 1)
            let left = total / 2 + (total & width as usize & 1);
            (left, total - left)
        }
    };
    let f = fill.to_string();
    s(format!("{}{}{}", f.repeat(left), t, f.repeat(right)))
}

fn ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "ljust", 0)
}
fn rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "rjust", 1)
}
fn center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "center", 2)
}

fn part(vm: &mut Vm, a: Args, name: &str, rev: bool) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    a.check(vm, name, 2, 2)?;
    let sep = arg_str(vm, &a.pos[1], "must be str, not")?;
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
    part(vm, a, "partition", false)
}
fn rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    part(vm, a, "rpartition", true)
}

fn format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "format")?;
    let r = crate::builtins::misc_methods::str_format(vm, &t, &a.pos[1..], &a.kw, None)?;
    s(r)
}

fn format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "format_map")?;
    a.check(vm, "format_map", 2, 2)?;
    let r = crate::builtins::misc_methods::str_format(vm, &t, &[], &[], Some(&a.pos[1]))?;
    s(r)
}

fn encode(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "encode")?;
    Ok(Value::Bytes(Rc::from(t.as_bytes().to_vec())))
}

fn removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "removeprefix")?;
    a.check(vm, "removeprefix", 2, 2)?;
    let p = arg_str(vm, &a.pos[1], "removeprefix() argument")?;
    Ok(Value::str(t.strip_prefix(&*p).unwrap_or(&t)))
}

fn removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "removesuffix")?;
    a.check(vm, "removesuffix", 2, 2)?;
    let p = arg_str(vm, &a.pos[1], "removesuffix() argument")?;
    Ok(Value::str(t.strip_suffix(&*p).unwrap_or(&t)))
}

fn expandtabs(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let ts = a.take_kw("tabsize");
    let t = this(vm, &a, "expandtabs")?;
    let size = match ts.or_else(|| a.pos.get(1).cloned()) {
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

fn dunder_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "__len__")?;
    Ok(Value::Int(t.chars().count() as i64))
}

fn dunder_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "__contains__")?;
    a.check(vm, "__contains__", 2, 2)?;
    let r = vm.contains(&Value::Str(t), &a.pos[1])?;
    Ok(Value::Bool(r))
}
