//! Methods of `str`: case mapping, character predicates, padding and
//! stripping (searching, splitting and translating are in `str_search`).

use super::add_method;
use super::args::Sig;
use super::unicode_tables as ut;
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let c = vm.types.str_.clone();
    let m: &[(&str, NativeFn)] = &[
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("title", title),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("isidentifier", isidentifier),
        ("isascii", isascii),
        ("isprintable", isprintable),
        ("zfill", zfill),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("format", format),
        ("format_map", format_map),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("__len__", dunder_len),
        ("__contains__", dunder_contains),
    ];
    for (name, f) in m {
        add_method(&c, name, *f);
    }
    super::str_search::install(vm);
}

/// The receiver of a str method.
pub(super) fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<str>> {
    match a.pos.first() {
        Some(Value::Str(s)) => Ok(s.clone()),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("descriptor '{name}' for 'str' objects doesn't apply to a '{tn}' object"))
        }
        None => vm.type_error(format!("unbound method str.{name}() needs an argument")),
    }
}

/// A `str` argument, or TypeError "{what} must be str, not T".
pub(super) fn arg_str(vm: &Vm, v: &Value, what: &str) -> PyResult<Rc<str>> {
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

/// The receiver of a no-argument method, with the argument check.
fn noargs(vm: &Vm, a: &Args, name: &'static str, qual: &'static str) -> PyResult<Rc<str>> {
    let t = this(vm, a, name)?;
    vm.method_args::<0>(a, Sig::NoArgs(qual))?;
    Ok(t)
}

pub fn is_upper(c: char) -> bool {
    c.is_uppercase()
}
pub fn is_lower(c: char) -> bool {
    c.is_lowercase()
}
pub fn is_title(c: char) -> bool {
    ut::in_table(ut::TITLE, c)
}
/// Cased: Lowercase, Uppercase or titlecase (Lt).
pub fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title(c)
}

fn push_title(out: &mut String, c: char) {
    if !ut::push_mapped(ut::TITLECASE, c, out) {
        super::case_map::push_upper(out, c);
    }
}

/// Lowercase of `t[i]` with the final-sigma rule of CPython's lower().
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c == '\u{3a3}' {
        // Final sigma: preceded by a cased letter (skipping case-ignorable
        // ones) and not followed by one.
        let before = chars[..i].iter().rev().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
        let after = chars[i + 1..].iter().find(|c| !is_case_ignorable(**c)).is_some_and(|c| is_cased(*c));
        out.push(if before && !after { '\u{3c2}' } else { '\u{3c3}' });
        return;
    }
    super::case_map::push_lower(out, c);
}

fn is_case_ignorable(c: char) -> bool {
    matches!(c, '\'' | '.' | ':' | '^' | '`' | '\u{ad}' | '\u{b7}' | '\u{2019}') || (('\u{300}'..='\u{36f}').contains(&c))
}

fn lower_str(t: &str) -> String {
    if t.is_ascii() {
        return t.to_ascii_lowercase();
    }
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for i in 0..chars.len() {
        push_lower(&mut out, &chars, i);
    }
    out
}

fn upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = noargs(vm, &a, "upper", "str.upper")?;
    s(if t.is_ascii() { t.to_ascii_uppercase() } else { super::case_map::upper_str(&t) })
}

fn lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = noargs(vm, &a, "lower", "str.lower")?;
    s(lower_str(&t))
}

fn casefold(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = noargs(vm, &a, "casefold", "str.casefold")?;
    let mut out = String::with_capacity(t.len());
    for c in t.chars() {
        if !ut::push_mapped(ut::CASEFOLD, c, &mut out) {
            super::case_map::push_lower(&mut out, c);
        }
    }
    s(out)
}

fn title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = noargs(vm, &a, "title", "str.title")?;
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    s(out)
}

fn capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = noargs(vm, &a, "capitalize", "str.capitalize")?;
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for i in 0..chars.len() {
        if i == 0 {
            push_title(&mut out, chars[0]);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    s(out)
}

fn swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = noargs(vm, &a, "swapcase", "str.swapcase")?;
    let chars: Vec<char> = t.chars().collect();
    let mut out = String::with_capacity(t.len());
    for (i, &c) in chars.iter().enumerate() {
        if is_upper(c) {
            push_lower(&mut out, &chars, i);
        } else if is_lower(c) {
            super::case_map::push_upper(&mut out, c);
        } else {
            out.push(c);
        }
    }
    s(out)
}

pub fn py_space(c: char) -> bool {
    crate::format::parse::py_isspace(c)
}

fn do_strip(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, left: bool, right: bool) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    let [chars] = vm.method_args::<1>(&a, Sig::Pos(name, qual, 0, 1))?;
    let chars: Option<Vec<char>> = match chars {
        None | Some(Value::None) => None,
        Some(Value::Str(c)) => Some(c.chars().collect()),
        Some(_) => return vm.type_error(format!("{name} arg must be None or str")),
    };
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
    if r.len() == t.len() {
        return Ok(Value::Str(t));
    }
    Ok(Value::str(r))
}

fn strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "strip", "str.strip", true, true)
}
fn lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "lstrip", "str.lstrip", true, false)
}
fn rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "rstrip", "str.rstrip", false, true)
}

fn pred(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, f: fn(&str) -> bool) -> PyResult<Value> {
    let t = noargs(vm, &a, name, qual)?;
    Ok(Value::Bool(f(&t)))
}

fn all_chars(t: &str, f: impl Fn(char) -> bool) -> bool {
    !t.is_empty() && t.chars().all(f)
}

pub fn char_isalpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    ut::in_table(ut::ALPHA, c)
}
pub fn char_isdecimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    ut::in_table(ut::DECIMAL, c)
}
pub fn char_isdigit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    ut::in_table(ut::DIGIT, c)
}
pub fn char_isnumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    ut::in_table(ut::NUMERIC, c)
}
pub fn char_isalnum(c: char) -> bool {
    char_isalpha(c) || char_isnumeric(c)
}
pub fn char_isprintable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    ut::in_table(ut::PRINTABLE, c)
}

fn isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isdigit", "str.isdigit", |t| all_chars(t, char_isdigit))
}
fn isdecimal(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isdecimal", "str.isdecimal", |t| all_chars(t, char_isdecimal))
}
fn isnumeric(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isnumeric", "str.isnumeric", |t| all_chars(t, char_isnumeric))
}
fn isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isalpha", "str.isalpha", |t| all_chars(t, char_isalpha))
}
fn isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isalnum", "str.isalnum", |t| all_chars(t, char_isalnum))
}
fn isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isspace", "str.isspace", |t| all_chars(t, py_space))
}
fn isprintable(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isprintable", "str.isprintable", |t| t.chars().all(char_isprintable))
}
fn isascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isascii", "str.isascii", |t| t.is_ascii())
}
fn isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isupper", "str.isupper", |t| {
        let mut cased = false;
        for c in t.chars() {
            if is_lower(c) || is_title(c) {
                return false;
            }
            cased |= is_upper(c);
        }
        cased
    })
}
fn islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "islower", "str.islower", |t| {
        let mut cased = false;
        for c in t.chars() {
            if is_upper(c) || is_title(c) {
                return false;
            }
            cased |= is_lower(c);
        }
        cased
    })
}
fn istitle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "istitle", "str.istitle", |t| {
        let mut prev_cased = false;
        let mut cased = false;
        for c in t.chars() {
            if is_upper(c) || is_title(c) {
                if prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else if is_lower(c) {
                if !prev_cased {
                    return false;
                }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    })
}
fn isidentifier(vm: &mut Vm, a: Args) -> PyResult<Value> {
    pred(vm, a, "isidentifier", "str.isidentifier", |t| {
        let mut cs = t.chars();
        match cs.next() {
            Some(c) if c == '_' || char_isalpha(c) => cs.all(|c| c == '_' || char_isalpha(c) || char_isdecimal(c) || c.is_alphanumeric()),
            _ => false,
        }
    })
}

/// An integer argument (`'str' object cannot be interpreted as an integer`).
fn width_arg(vm: &mut Vm, v: &Option<Value>) -> PyResult<i64> {
    match v {
        Some(v) => vm.to_index(v),
        None => Ok(0),
    }
}

fn zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "zfill")?;
    let [w] = vm.method_args::<1>(&a, Sig::One("str.zfill"))?;
    let width = width_arg(vm, &w)?;
    let n = t.chars().count() as i64;
    if width <= n {
        return Ok(Value::Str(t));
    }
    if width as usize > vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    let pad = "0".repeat((width - n) as usize);
    let (sign, rest) = match t.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), &t[1..]),
        _ => (String::new(), &t[..]),
    };
    s(format!("{sign}{pad}{rest}"))
}

fn justify(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, mode: u8) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    let [w, fill] = vm.method_args::<2>(&a, Sig::Pos(name, qual, 1, 2))?;
    let width = width_arg(vm, &w)?;
    let fill = match fill {
        Some(Value::Str(f)) if f.chars().count() == 1 => f.chars().next().unwrap_or(' '),
        Some(Value::Str(_)) => return vm.type_error("The fill character must be exactly one character long"),
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("{name}() argument 2 must be str, not {tn}"));
        }
        None => ' ',
    };
    let n = t.chars().count() as i64;
    if width <= n {
        return Ok(Value::Str(t));
    }
    if width as usize > vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
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
    justify(vm, a, "ljust", "str.ljust", 0)
}
fn rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "rjust", "str.rjust", 1)
}
fn center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "center", "str.center", 2)
}

fn format(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "format")?;
    let r = crate::builtins::misc_methods::str_format(vm, &t, &a.pos[1..], &a.kw, None)?;
    s(r)
}

fn format_map(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "format_map")?;
    let [m] = vm.method_args::<1>(&a, Sig::One("str.format_map"))?;
    let m = m.unwrap_or(Value::None);
    let r = crate::builtins::misc_methods::str_format(vm, &t, &[], &[], Some(&m))?;
    s(r)
}

fn affix_remove(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, prefix: bool) -> PyResult<Value> {
    let t = this(vm, &a, name)?;
    let [p] = vm.method_args::<1>(&a, Sig::One(qual))?;
    let p = arg_str(vm, &p.unwrap_or(Value::None), &format!("{name}() argument"))?;
    let r = if prefix { t.strip_prefix(&*p) } else { t.strip_suffix(&*p) };
    match r {
        Some(r) if !p.is_empty() => Ok(Value::str(r)),
        _ => Ok(Value::Str(t)),
    }
}

fn removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_remove(vm, a, "removeprefix", "str.removeprefix", true)
}
fn removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_remove(vm, a, "removesuffix", "str.removesuffix", false)
}

fn dunder_len(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = noargs(vm, &a, "__len__", "str.__len__")?;
    Ok(Value::Int(t.chars().count() as i64))
}

fn dunder_contains(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let t = this(vm, &a, "__contains__")?;
    let [x] = vm.method_args::<1>(&a, Sig::One("str.__contains__"))?;
    let r = vm.contains(&Value::Str(t), &x.unwrap_or(Value::None))?;
    Ok(Value::Bool(r))
}
