//! Methods of `bytes` (the codecs are in `codecs.rs`).

use super::add_method;
use super::args::{KwSig, Sig};
use super::str_search::{adjust, slice_index};
use crate::value::*;
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let c = vm.types.bytes.clone();
    let m: &[(&str, NativeFn)] = &[
        ("decode", decode_m),
        ("hex", hex),
        ("upper", upper),
        ("lower", lower),
        ("capitalize", capitalize),
        ("swapcase", swapcase),
        ("title", title),
        ("isalnum", isalnum),
        ("isalpha", isalpha),
        ("isascii", isascii),
        ("isdigit", isdigit),
        ("islower", islower),
        ("isupper", isupper),
        ("isspace", isspace),
        ("istitle", istitle),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("center", center),
        ("ljust", ljust),
        ("rjust", rjust),
        ("zfill", zfill),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("partition", partition),
        ("rpartition", rpartition),
        ("replace", replace),
        ("join", join),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("translate", translate),
    ];
    for (name, f) in m {
        add_method(&c, name, *f);
    }
    let fromhex = super::builtin("fromhex", "bytes.fromhex", fromhex);
    c.dict.borrow_mut().insert(Rc::from("fromhex"), Value::Descriptor(Rc::new(Descriptor::ClassMethod(fromhex))));
    let mk = super::builtin("maketrans", "bytes.maketrans", maketrans);
    c.dict.borrow_mut().insert(Rc::from("maketrans"), Value::Descriptor(Rc::new(Descriptor::StaticMethod(mk))));
}

fn this(vm: &Vm, a: &Args, name: &str) -> PyResult<Rc<[u8]>> {
    match a.pos.first() {
        Some(Value::Bytes(b)) => Ok(b.clone()),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("descriptor '{name}' for 'bytes' objects doesn't apply to a '{tn}' object"))
        }
        None => vm.type_error(format!("unbound method bytes.{name}() needs an argument")),
    }
}

fn bytes(v: Vec<u8>) -> PyResult<Value> {
    Ok(Value::Bytes(Rc::from(v)))
}

/// A bytes-like argument.
fn arg_bytes(vm: &Vm, v: &Value) -> PyResult<Rc<[u8]>> {
    match v {
        Value::Bytes(b) => Ok(b.clone()),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("a bytes-like object is required, not '{tn}'"))
        }
    }
}

static DECODE: KwSig = KwSig { name: "decode", params: &["encoding", "errors"], posonly: 0, required: 0, maxpos: 2 };

fn decode_m(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "decode")?;
    let [enc, errors] = vm.method_args::<2>(&a, Sig::Kw(&DECODE))?;
    super::codecs::decode(vm, &b, enc, errors)
}

static HEX: KwSig = KwSig { name: "hex", params: &["sep", "bytes_per_sep"], posonly: 0, required: 0, maxpos: 2 };

fn hex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "hex")?;
    let [sep, per] = vm.method_args::<2>(&a, Sig::Kw(&HEX))?;
    let digits: Vec<String> = b.iter().map(|x| format!("{x:02x}")).collect();
    let sep = match sep {
        None => return Ok(Value::str(&digits.concat())),
        Some(Value::Str(s)) if s.chars().count() == 1 => s.to_string(),
        Some(Value::Bytes(s)) if s.len() == 1 => (s[0] as char).to_string(),
        Some(Value::Str(_) | Value::Bytes(_)) => return vm.value_error("sep must be length 1."),
        Some(other @ (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::None)) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("object of type '{tn}' has no len()"));
        }
        Some(_) => return vm.type_error("sep must be str or bytes."),
    };
    let per = match per {
        Some(v) => vm.to_index(&v)?,
        None => 1,
    };
    if per == 0 {
        return Ok(Value::str(&digits.concat()));
    }
    let n = per.unsigned_abs() as usize;
    let mut groups: Vec<String> = Vec::new();
    if per > 0 {
        // Groups counted from the right.
        let first = digits.len() % n;
        if first > 0 {
            groups.push(digits[..first].concat());
        }
        for c in digits[first..].chunks(n) {
            groups.push(c.concat());
        }
    } else {
        for c in digits.chunks(n) {
            groups.push(c.concat());
        }
    }
    Ok(Value::str(&groups.join(&sep)))
}

fn fromhex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let [s] = vm.method_args::<1>(&a, Sig::One("bytes.fromhex"))?;
    let s = match s {
        Some(Value::Str(s)) => s,
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("fromhex() argument must be str, not {tn}"));
        }
        None => Rc::from(""),
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => return vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {i}")),
            (Some(_), None) => return vm.value_error(format!("non-hexadecimal number found in fromhex() arg at position {}", i + 1)),
        }
        i += 2;
    }
    bytes(out)
}

fn map_bytes(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, f: fn(&[u8]) -> Vec<u8>) -> PyResult<Value> {
    let b = this(vm, &a, name)?;
    vm.method_args::<0>(&a, Sig::NoArgs(qual))?;
    bytes(f(&b))
}

fn upper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "upper", "bytes.upper", |b| b.to_ascii_uppercase())
}
fn lower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "lower", "bytes.lower", |b| b.to_ascii_lowercase())
}
fn swapcase(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "swapcase", "bytes.swapcase", |b| {
        b.iter().map(|c| if c.is_ascii_uppercase() { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() }).collect()
    })
}
fn capitalize(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "capitalize", "bytes.capitalize", |b| {
        b.iter().enumerate().map(|(i, c)| if i == 0 { c.to_ascii_uppercase() } else { c.to_ascii_lowercase() }).collect()
    })
}
fn title(vm: &mut Vm, a: Args) -> PyResult<Value> {
    map_bytes(vm, a, "title", "bytes.title", |b| {
        let mut prev = false;
        b.iter()
            .map(|c| {
                let r = if prev { c.to_ascii_lowercase() } else { c.to_ascii_uppercase() };
                prev = c.is_ascii_alphabetic();
                r
            })
            .collect()
    })
}

fn test_bytes(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, f: fn(&[u8]) -> bool) -> PyResult<Value> {
    let b = this(vm, &a, name)?;
    vm.method_args::<0>(&a, Sig::NoArgs(qual))?;
    Ok(Value::Bool(f(&b)))
}

fn isalnum(vm: &mut Vm, a: Args) -> PyResult<Value> {
    test_bytes(vm, a, "isalnum", "bytes.isalnum", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_alphanumeric()))
}
fn isalpha(vm: &mut Vm, a: Args) -> PyResult<Value> {
    test_bytes(vm, a, "isalpha", "bytes.isalpha", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_alphabetic()))
}
fn isascii(vm: &mut Vm, a: Args) -> PyResult<Value> {
    test_bytes(vm, a, "isascii", "bytes.isascii", |b| b.is_ascii())
}
fn isdigit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    test_bytes(vm, a, "isdigit", "bytes.isdigit", |b| !b.is_empty() && b.iter().all(|c| c.is_ascii_digit()))
}
fn isspace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    test_bytes(vm, a, "isspace", "bytes.isspace", |b| !b.is_empty() && b.iter().all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)))
}
fn islower(vm: &mut Vm, a: Args) -> PyResult<Value> {
    test_bytes(vm, a, "islower", "bytes.islower", |b| b.iter().any(|c| c.is_ascii_lowercase()) && !b.iter().any(|c| c.is_ascii_uppercase()))
}
fn isupper(vm: &mut Vm, a: Args) -> PyResult<Value> {
    test_bytes(vm, a, "isupper", "bytes.isupper", |b| b.iter().any(|c| c.is_ascii_uppercase()) && !b.iter().any(|c| c.is_ascii_lowercase()))
}
fn istitle(vm: &mut Vm, a: Args) -> PyResult<Value> {
    test_bytes(vm, a, "istitle", "bytes.istitle", |b| {
        let (mut prev, mut cased) = (false, false);
        for c in b {
            if c.is_ascii_uppercase() {
                if prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else if c.is_ascii_lowercase() {
                if !prev {
                    return false;
                }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    })
}

fn do_strip(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, left: bool, right: bool) -> PyResult<Value> {
    let b = this(vm, &a, name)?;
    let [chars] = vm.method_args::<1>(&a, Sig::Pos(name, qual, 0, 1))?;
    let set: Vec<u8> = match chars {
        None | Some(Value::None) => b" \t\n\r\x0b\x0c".to_vec(),
        Some(v) => arg_bytes(vm, &v)?.to_vec(),
    };
    let mut lo = 0;
    let mut hi = b.len();
    if left {
        while lo < hi && set.contains(&b[lo]) {
            lo += 1;
        }
    }
    if right {
        while hi > lo && set.contains(&b[hi - 1]) {
            hi -= 1;
        }
    }
    bytes(b[lo..hi].to_vec())
}

fn strip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "strip", "bytes.strip", true, true)
}
fn lstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "lstrip", "bytes.lstrip", true, false)
}
fn rstrip(vm: &mut Vm, a: Args) -> PyResult<Value> {
    do_strip(vm, a, "rstrip", "bytes.rstrip", false, true)
}

fn justify(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, mode: u8) -> PyResult<Value> {
    let b = this(vm, &a, name)?;
    let [w, fill] = vm.method_args::<2>(&a, Sig::Pos(name, qual, 1, 2))?;
    let width = vm.to_index(&w.unwrap_or(Value::None))?;
    let fill = match fill {
        None => b' ',
        Some(Value::Bytes(f)) if f.len() == 1 => f[0],
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("{name}() argument 2 must be a byte string of length 1, not {tn}"));
        }
    };
    let n = b.len() as i64;
    if width <= n {
        return Ok(Value::Bytes(b));
    }
    if width as usize > vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    let total = (width - n) as usize;
    let left = match mode {
        0 => 0,
        1 => total,
        _ => total / 2 + (total & width as usize & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&b);
    out.extend(std::iter::repeat(fill).take(total - left));
    bytes(out)
}

fn center(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "center", "bytes.center", 2)
}
fn ljust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "ljust", "bytes.ljust", 0)
}
fn rjust(vm: &mut Vm, a: Args) -> PyResult<Value> {
    justify(vm, a, "rjust", "bytes.rjust", 1)
}

fn zfill(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "zfill")?;
    let [w] = vm.method_args::<1>(&a, Sig::One("bytes.zfill"))?;
    let width = vm.to_index(&w.unwrap_or(Value::None))?;
    if width <= b.len() as i64 {
        return Ok(Value::Bytes(b));
    }
    if width as usize > vm.limits.max_collection_len {
        return vm.err("MemoryError", "");
    }
    let pad = width as usize - b.len();
    let (sign, rest) = match b.first() {
        Some(c @ (b'+' | b'-')) => (vec![*c], &b[1..]),
        _ => (Vec::new(), &b[..]),
    };
    let mut out = sign;
    out.extend(std::iter::repeat(b'0').take(pad));
    out.extend_from_slice(rest);
    bytes(out)
}

fn sub_arg(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    match v {
        Value::Int(i) if (0..256).contains(i) => Ok(vec![*i as u8]),
        Value::Int(_) => vm.value_error("byte must be in range(0, 256)"),
        Value::Bytes(b) => Ok(b.to_vec()),
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("argument should be integer or bytes-like object, not '{tn}'"))
        }
    }
}

fn search(hay: &[u8], needle: &[u8], rev: bool) -> Option<usize> {
    if needle.is_empty() {
        return Some(if rev { hay.len() } else { 0 });
    }
    if needle.len() > hay.len() {
        return None;
    }
    let mut it = hay.windows(needle.len());
    if rev {
        it.rposition(|w| w == needle)
    } else {
        it.position(|w| w == needle)
    }
}

fn find_impl(vm: &mut Vm, a: &Args, name: &'static str, qual: &'static str, rev: bool) -> PyResult<i64> {
    let b = this(vm, a, name)?;
    let [sub, start, end] = vm.method_args::<3>(a, Sig::Tuple(name, qual, 1, 3))?;
    let sub = sub_arg(vm, &sub.unwrap_or(Value::None))?;
    let (st, en) = adjust(slice_index(vm, &start)?, slice_index(vm, &end)?, b.len());
    if en - st < sub.len() as i64 {
        return Ok(-1);
    }
    Ok(search(&b[st as usize..en as usize], &sub, rev).map(|i| st + i as i64).unwrap_or(-1))
}

fn find(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &a, "find", "bytes.find", false)?))
}
fn rfind(vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(Value::Int(find_impl(vm, &a, "rfind", "bytes.rfind", true)?))
}
fn index(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, "index", "bytes.index", false)? {
        -1 => vm.value_error("subsection not found"),
        i => Ok(Value::Int(i)),
    }
}
fn rindex(vm: &mut Vm, a: Args) -> PyResult<Value> {
    match find_impl(vm, &a, "rindex", "bytes.rindex", true)? {
        -1 => vm.value_error("subsection not found"),
        i => Ok(Value::Int(i)),
    }
}

fn count(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "count")?;
    let [sub, start, end] = vm.method_args::<3>(&a, Sig::Tuple("count", "bytes.count", 1, 3))?;
    let sub = sub_arg(vm, &sub.unwrap_or(Value::None))?;
    let (st, en) = adjust(slice_index(vm, &start)?, slice_index(vm, &end)?, b.len());
    if st > b.len() as i64 || en < st {
        return Ok(Value::Int(0));
    }
    let hay = &b[st as usize..en as usize];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut n, mut i) = (0, 0);
    while let Some(p) = search(&hay[i..], &sub, false) {
        n += 1;
        i += p + sub.len();
    }
    Ok(Value::Int(n))
}

fn affix(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, start: bool) -> PyResult<Value> {
    let b = this(vm, &a, name)?;
    let [sub, s0, e0] = vm.method_args::<3>(&a, Sig::Tuple(name, qual, 1, 3))?;
    let (st, en) = adjust(slice_index(vm, &s0)?, slice_index(vm, &e0)?, b.len());
    let test = |p: &[u8]| -> bool {
        if st > b.len() as i64 || en - st < p.len() as i64 {
            return false;
        }
        let hay = &b[st as usize..en as usize];
        if start {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    match sub.unwrap_or(Value::None) {
        Value::Bytes(p) => Ok(Value::Bool(test(&p))),
        Value::Tuple(ps) => {
            for p in ps.iter() {
                if test(&arg_bytes(vm, p)?) {
                    return Ok(Value::Bool(true));
                }
            }
            Ok(Value::Bool(false))
        }
        other => {
            let tn = vm.type_name(&other);
            vm.type_error(format!("{name} first arg must be bytes or a tuple of bytes, not {tn}"))
        }
    }
}

fn startswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, "startswith", "bytes.startswith", true)
}
fn endswith(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix(vm, a, "endswith", "bytes.endswith", false)
}

static SPLIT: KwSig = KwSig { name: "split", params: &["sep", "maxsplit"], posonly: 0, required: 0, maxpos: 2 };
static RSPLIT: KwSig = KwSig { name: "rsplit", params: &["sep", "maxsplit"], posonly: 0, required: 0, maxpos: 2 };

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_impl(vm: &mut Vm, a: Args, sig: &'static KwSig, rev: bool) -> PyResult<Value> {
    let b = this(vm, &a, sig.name)?;
    let [sep, maxsplit] = vm.method_args::<2>(&a, Sig::Kw(sig))?;
    let maxsplit = match maxsplit {
        Some(v) => vm.to_index(&v)?,
        None => -1,
    };
    let mut parts: Vec<Vec<u8>> = Vec::new();
    match sep {
        None | Some(Value::None) => {
            let (mut n, len) = (0, b.len());
            if rev {
                let mut i = len;
                loop {
                    while i > 0 && is_space(b[i - 1]) {
                        i -= 1;
                    }
                    if i == 0 {
                        break;
                    }
                    if maxsplit >= 0 && n == maxsplit {
                        parts.push(b[..i].to_vec());
                        break;
                    }
                    let mut j = i;
                    while j > 0 && !is_space(b[j - 1]) {
                        j -= 1;
                    }
                    parts.push(b[j..i].to_vec());
                    n += 1;
                    i = j;
                }
                parts.reverse();
            } else {
                let mut i = 0;
                loop {
                    while i < len && is_space(b[i]) {
                        i += 1;
                    }
                    if i == len {
                        break;
                    }
                    if maxsplit >= 0 && n == maxsplit {
                        parts.push(b[i..].to_vec());
                        break;
                    }
                    let mut j = i;
                    while j < len && !is_space(b[j]) {
                        j += 1;
                    }
                    parts.push(b[i..j].to_vec());
                    n += 1;
                    i = j;
                }
            }
        }
        Some(v) => {
            let sep = arg_bytes(vm, &v)?;
            if sep.is_empty() {
                return vm.value_error("empty separator");
            }
            let mut rest: &[u8] = &b;
            let mut n = 0;
            let mut tail: Vec<Vec<u8>> = Vec::new();
            while maxsplit < 0 || n < maxsplit {
                match search(rest, &sep, rev) {
                    Some(i) => {
                        if rev {
                            tail.push(rest[i + sep.len()..].to_vec());
                            rest = &rest[..i];
                        } else {
                            parts.push(rest[..i].to_vec());
                            rest = &rest[i + sep.len()..];
                        }
                        n += 1;
                    }
                    None => break,
                }
            }
            parts.push(rest.to_vec());
            tail.reverse();
            parts.extend(tail);
        }
    }
    Ok(Value::list(parts.into_iter().map(|p| Value::Bytes(Rc::from(p))).collect()))
}

fn split(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, a, &SPLIT, false)
}
fn rsplit(vm: &mut Vm, a: Args) -> PyResult<Value> {
    split_impl(vm, a, &RSPLIT, true)
}

static SPLITLINES: KwSig = KwSig { name: "splitlines", params: &["keepends"], posonly: 0, required: 0, maxpos: 1 };

fn splitlines(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "splitlines")?;
    let [keep] = vm.method_args::<1>(&a, Sig::Kw(&SPLITLINES))?;
    let keep = match keep {
        Some(v) => vm.to_index(&v)? != 0,
        None => false,
    };
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    while i < b.len() {
        if b[i] == b'\n' || b[i] == b'\r' {
            let mut end = i + 1;
            if b[i] == b'\r' && b.get(i + 1) == Some(&b'\n') {
                end += 1;
            }
            let stop = if keep { end } else { i };
            out.push(Value::Bytes(Rc::from(&b[start..stop])));
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        out.push(Value::Bytes(Rc::from(&b[start..])));
    }
    Ok(Value::list(out))
}

fn part(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, rev: bool) -> PyResult<Value> {
    let b = this(vm, &a, name)?;
    let [sep] = vm.method_args::<1>(&a, Sig::One(qual))?;
    let sep = arg_bytes(vm, &sep.unwrap_or(Value::None))?;
    if sep.is_empty() {
        return vm.value_error("empty separator");
    }
    let e = || Value::Bytes(Rc::from(Vec::new()));
    Ok(match search(&b, &sep, rev) {
        Some(i) => Value::tuple(vec![Value::Bytes(Rc::from(&b[..i])), Value::Bytes(sep.clone()), Value::Bytes(Rc::from(&b[i + sep.len()..]))]),
        None if rev => Value::tuple(vec![e(), e(), Value::Bytes(b)]),
        None => Value::tuple(vec![Value::Bytes(b), e(), e()]),
    })
}

fn partition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    part(vm, a, "partition", "bytes.partition", false)
}
fn rpartition(vm: &mut Vm, a: Args) -> PyResult<Value> {
    part(vm, a, "rpartition", "bytes.rpartition", true)
}

fn replace(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "replace")?;
    let [old, new, count] = vm.method_args::<3>(&a, Sig::Pos("replace", "bytes.replace", 2, 3))?;
    let old = arg_bytes(vm, &old.unwrap_or(Value::None))?;
    let new = arg_bytes(vm, &new.unwrap_or(Value::None))?;
    let mut left = match count {
        Some(v) => vm.to_index(&v)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    if old.is_empty() {
        while left != 0 && i <= b.len() {
            out.extend_from_slice(&new);
            if i < b.len() {
                out.push(b[i]);
            }
            i += 1;
            left -= 1;
        }
        if i < b.len() {
            out.extend_from_slice(&b[i..]);
        }
        return bytes(out);
    }
    while left != 0 {
        match search(&b[i..], &old, false) {
            Some(p) => {
                out.extend_from_slice(&b[i..i + p]);
                out.extend_from_slice(&new);
                i += p + old.len();
                left -= 1;
                if out.len() > vm.limits.max_collection_len {
                    return vm.err("MemoryError", "");
                }
            }
            None => break,
        }
    }
    out.extend_from_slice(&b[i..]);
    bytes(out)
}

fn join(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "join")?;
    let [it] = vm.method_args::<1>(&a, Sig::One("bytes.join"))?;
    let items = vm.collect_iterable(&it.unwrap_or(Value::None))?;
    let mut out = Vec::new();
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&b);
        }
        match it {
            Value::Bytes(p) => out.extend_from_slice(p),
            other => {
                let tn = vm.type_name(other);
                return vm.type_error(format!("sequence item {i}: expected a bytes-like object, {tn} found"));
            }
        }
    }
    bytes(out)
}

fn affix_remove(vm: &mut Vm, a: Args, name: &'static str, qual: &'static str, prefix: bool) -> PyResult<Value> {
    let b = this(vm, &a, name)?;
    let [p] = vm.method_args::<1>(&a, Sig::One(qual))?;
    let p = arg_bytes(vm, &p.unwrap_or(Value::None))?;
    let r = if prefix { b.strip_prefix(&*p) } else { b.strip_suffix(&*p) };
    match r {
        Some(r) => bytes(r.to_vec()),
        None => Ok(Value::Bytes(b)),
    }
}

fn removeprefix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_remove(vm, a, "removeprefix", "bytes.removeprefix", true)
}
fn removesuffix(vm: &mut Vm, a: Args) -> PyResult<Value> {
    affix_remove(vm, a, "removesuffix", "bytes.removesuffix", false)
}

static EXPANDTABS: KwSig = KwSig { name: "expandtabs", params: &["tabsize"], posonly: 0, required: 0, maxpos: 1 };

fn expandtabs(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "expandtabs")?;
    let [ts] = vm.method_args::<1>(&a, Sig::Kw(&EXPANDTABS))?;
    let size = match ts {
        Some(v) => vm.to_index(&v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &c in b.iter() {
        match c {
            b'\t' if size > 0 => {
                let n = size - col % size;
                if out.len() + n as usize > vm.limits.max_collection_len {
                    return vm.err("MemoryError", "");
                }
                out.extend(std::iter::repeat(b' ').take(n as usize));
                col += n;
            }
            b'\t' => {}
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    bytes(out)
}

static TRANSLATE: KwSig = KwSig { name: "translate", params: &["table", "delete"], posonly: 1, required: 1, maxpos: 2 };

fn translate(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let b = this(vm, &a, "translate")?;
    let [table, delete] = vm.method_args::<2>(&a, Sig::Kw(&TRANSLATE))?;
    let table = match table.unwrap_or(Value::None) {
        Value::None => None,
        v => {
            let t = arg_bytes(vm, &v)?;
            if t.len() != 256 {
                return vm.value_error("translation table must be 256 characters long");
            }
            Some(t)
        }
    };
    let delete = match delete {
        Some(v) => arg_bytes(vm, &v)?.to_vec(),
        None => Vec::new(),
    };
    let out: Vec<u8> = b.iter().filter(|c| !delete.contains(c)).map(|&c| table.as_ref().map(|t| t[c as usize]).unwrap_or(c)).collect();
    bytes(out)
}

fn maketrans(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = Sig::Pos("maketrans", "bytes.maketrans", 2, 2).bind(vm, &a, 0)?;
    let from = arg_bytes(vm, v[0].as_ref().unwrap_or(&Value::None))?;
    let to = arg_bytes(vm, v[1].as_ref().unwrap_or(&Value::None))?;
    if from.len() != to.len() {
        return vm.value_error("maketrans arguments must have same length");
    }
    let mut t: Vec<u8> = (0..=255u8).collect();
    for (f, g) in from.iter().zip(to.iter()) {
        t[*f as usize] = *g;
    }
    bytes(t)
}
