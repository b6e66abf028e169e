//! `json`: dumps / loads (and dump / load on objects with write / read),
//! with CPython's output format, options and error messages.

use super::{fns, new_module};
use crate::builtins::args::{PySig, Sig};
use crate::value::*;
use crate::vm::{Flow, PyResult, Vm};
use std::rc::Rc;

pub fn module(vm: &mut Vm) -> Value {
    let mut items = fns(&[("dumps", dumps), ("loads", loads), ("dump", dump), ("load", load)], "json");
    items.push(("JSONDecodeError", Value::Class(decode_error_class(vm))));
    new_module("json", items)
}

fn decode_error_class(vm: &mut Vm) -> Rc<Class> {
    if let Some(c) = vm.ext.classes.get("JSONDecodeError") {
        return c.clone();
    }
    let base = vm.types.exc("ValueError");
    let c = crate::vm::types::new_class("JSONDecodeError", "json.decoder", &[base], None, BuiltinType::BaseException);
    vm.ext.classes.insert("JSONDecodeError", c.clone());
    c
}

struct Options {
    ensure_ascii: bool,
    allow_nan: bool,
    sort_keys: bool,
    skipkeys: bool,
    indent: Option<String>,
    item_sep: String,
    key_sep: String,
    default: Option<Value>,
}

static DUMPS: PySig = PySig {
    name: "dumps",
    params: &["obj"],
    required: 1,
    kwonly: &["skipkeys", "ensure_ascii", "check_circular", "allow_nan", "cls", "indent", "separators", "default", "sort_keys"],
    self_counted: false,
    kw_owner: Some("JSONEncoder.__init__"),
};

fn options(vm: &mut Vm, v: &[Option<Value>]) -> PyResult<Options> {
    let flag = |vm: &mut Vm, x: &Option<Value>, d: bool| -> PyResult<bool> {
        match x {
            Some(x) => vm.truthy(x),
            None => Ok(d),
        }
    };
    let indent = match &v[6] {
        None | Some(Value::None) => None,
        Some(Value::Str(s)) => Some(s.to_string()),
        Some(x) => {
            let n = vm.to_index(x)?;
            Some(" ".repeat(n.max(0) as usize))
        }
    };
    let (item_sep, key_sep) = match &v[7] {
        None | Some(Value::None) => (if indent.is_some() { "," } else { ", " }.to_string(), ": ".to_string()),
        Some(seps) => {
            let items = vm.collect_iterable(seps)?;
            if items.len() != 2 {
                return vm.value_error(format!("too many values to unpack (expected 2, got {})", items.len()));
            }
            (vm.str(&items[0])?, vm.str(&items[1])?)
        }
    };
    Ok(Options {
        skipkeys: flag(vm, &v[1], false)?,
        ensure_ascii: flag(vm, &v[2], true)?,
        allow_nan: flag(vm, &v[4], true)?,
        indent,
        item_sep,
        key_sep,
        default: v[8].clone().filter(|d| !d.is_none()),
        sort_keys: flag(vm, &v[9], false)?,
    })
}

fn dumps(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = Sig::Py(&DUMPS).bind(vm, &a, 0)?;
    let opts = options(vm, &v)?;
    let mut out = String::new();
    let mut stack = Vec::new();
    encode(vm, &v[0].clone().unwrap_or(Value::None), &opts, 0, &mut stack, &mut out)?;
    Ok(Value::str(&out))
}

fn dump(vm: &mut Vm, a: Args) -> PyResult<Value> {
    if a.pos.len() < 2 {
        return vm.type_error("dump() missing 1 required positional argument: 'fp'");
    }
    let fp = a.pos[1].clone();
    let mut rest = Args { pos: vec![a.pos[0].clone()], kw: a.kw };
    rest.pos.extend(a.pos[2..].iter().cloned());
    let s = dumps(vm, rest)?;
    vm.call_method(&fp, "write", vec![s])?;
    Ok(Value::None)
}

/// A JSON string literal for `s`.
pub fn quote(s: &str, ensure_ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if ensure_ascii && !c.is_ascii() => {
                let mut buf = [0u16; 2];
                for u in c.encode_utf16(&mut buf) {
                    out.push_str(&format!("\\u{:04x}", u));
                }
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn float_text(vm: &Vm, f: f64, opts: &Options) -> PyResult<String> {
    if f.is_finite() {
        return Ok(crate::format::float_repr(f));
    }
    if !opts.allow_nan {
        let r = crate::format::float_repr(f);
        return vm.value_error(format!("Out of range float values are not JSON compliant: {r}"));
    }
    Ok(if f.is_nan() {
        "NaN".into()
    } else if f > 0.0 {
        "Infinity".into()
    } else {
        "-Infinity".into()
    })
}

/// The text of a dict key (None if it is to be skipped).
fn key_text(vm: &mut Vm, k: &Value, opts: &Options) -> PyResult<Option<String>> {
    Ok(Some(match k {
        Value::Str(s) => s.to_string(),
        Value::Float(f) => float_text(vm, *f, opts)?,
        Value::Bool(b) => if *b { "true" } else { "false" }.to_string(),
        Value::None => "null".to_string(),
        Value::Int(_) | Value::BigInt(_) => vm.repr(k)?,
        other => {
            if opts.skipkeys {
                return Ok(None);
            }
            let tn = vm.type_name(other);
            return vm.type_error(format!("keys must be str, int, float, bool or None, not {tn}"));
        }
    }))
}

fn newline(out: &mut String, opts: &Options, level: usize) {
    if let Some(ind) = &opts.indent {
        out.push('\n');
        for _ in 0..level {
            out.push_str(ind);
        }
    }
}

/// The tuple inside a namedtuple instance (its `_t`), if `v` is one.
fn namedtuple_items(v: &Value) -> Option<Value> {
    if let Value::Instance(i) = v {
        if i.class.lookup("_fields").is_some() {
            return i.dict.borrow().get("_t").cloned();
        }
    }
    None
}

/// The int value of an IntEnum member.
fn int_enum_value(v: &Value) -> Option<Value> {
    if let Value::Instance(i) = v {
        if i.class.mro.iter().any(|c| &*c.name == "IntEnum" && &*c.module == "enum") {
            return i.dict.borrow().get("_value_").cloned();
        }
    }
    None
}

fn encode(vm: &mut Vm, v: &Value, opts: &Options, level: usize, stack: &mut Vec<usize>, out: &mut String) -> PyResult<()> {
    match v {
        Value::None => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(_) | Value::BigInt(_) => out.push_str(&vm.repr(v)?),
        Value::Float(f) => out.push_str(&float_text(vm, *f, opts)?),
        Value::Str(s) => out.push_str(&quote(s, opts.ensure_ascii)),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) => {
            let id = v.identity();
            if stack.contains(&id) {
                return vm.value_error("Circular reference detected");
            }
            vm.enter_native(" while encoding a JSON object")?;
            stack.push(id);
            let r = encode_container(vm, v, opts, level, stack, out);
            stack.pop();
            vm.leave_native();
            r?;
        }
        other => {
            if let Some(t) = namedtuple_items(other) {
                return encode(vm, &t, opts, level, stack, out);
            }
            if let Some(x) = int_enum_value(other) {
                return encode(vm, &x, opts, level, stack, out);
            }
            match &opts.default {
                Some(f) => {
                    let id = other.identity();
                    if stack.contains(&id) {
                        return vm.value_error("Circular reference detected");
                    }
                    let r = vm.call_sync(f.clone(), vec![other.clone()], Vec::new())?;
                    stack.push(id);
                    let res = encode(vm, &r, opts, level, stack, out);
                    stack.pop();
                    res?;
                }
                None => {
                    let tn = vm.type_name(other);
                    return vm.type_error(format!("Object of type {tn} is not JSON serializable"));
                }
            }
        }
    }
    Ok(())
}

fn encode_container(vm: &mut Vm, v: &Value, opts: &Options, level: usize, stack: &mut Vec<usize>, out: &mut String) -> PyResult<()> {
    if let Value::Dict(d) = v {
        let mut items = d.items();
        if items.is_empty() {
            out.push_str("{}");
            return Ok(());
        }
        if opts.sort_keys {
            let mut err = None;
            // A stable sort by key with Python's `<` (TypeError for mixed keys).
            let keys: Vec<Value> = items.iter().map(|(k, _)| k.clone()).collect();
            let sorted = crate::builtins::sort_values(vm, keys, None, false);
            match sorted {
                Ok(sorted) => {
                    let mut ordered = Vec::with_capacity(items.len());
                    for k in sorted {
                        if let Some(pos) = items.iter().position(|(x, _)| x.is(&k)) {
                            ordered.push(items.remove(pos));
                        }
                    }
                    items = ordered;
                }
                Err(e) => err = Some(e),
            }
            if let Some(e) = err {
                return Err(e);
            }
        }
        out.push('{');
        let mut first = true;
        for (k, val) in items {
            let Some(kt) = key_text(vm, &k, opts)? else { continue };
            if !first {
                out.push_str(&opts.item_sep);
            }
            first = false;
            newline(out, opts, level + 1);
            out.push_str(&quote(&kt, opts.ensure_ascii));
            out.push_str(&opts.key_sep);
            encode(vm, &val, opts, level + 1, stack, out)?;
        }
        newline(out, opts, level);
        out.push('}');
        return Ok(());
    }
    let items = crate::vm::compare::seq_items(v);
    if items.is_empty() {
        out.push_str("[]");
        return Ok(());
    }
    out.push('[');
    for (i, it) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(&opts.item_sep);
        }
        newline(out, opts, level + 1);
        encode(vm, it, opts, level + 1, stack, out)?;
    }
    newline(out, opts, level);
    out.push(']');
    Ok(())
}

// ---- decoding --------------------------------------------------------------

static LOADS: PySig = PySig {
    name: "loads",
    params: &["s"],
    required: 1,
    kwonly: &["cls", "object_hook", "parse_float", "parse_int", "parse_constant", "object_pairs_hook"],
    self_counted: false,
    kw_owner: Some("JSONDecoder.__init__"),
};

fn loads(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let v = Sig::Py(&LOADS).bind(vm, &a, 0)?;
    let s = match v[0].clone().unwrap_or(Value::None) {
        Value::Str(s) => s,
        Value::Bytes(b) => Rc::from(String::from_utf8_lossy(&b).as_ref()),
        other => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("the JSON object must be str, bytes or bytearray, not {tn}"));
        }
    };
    let hook = v[2].clone().filter(|h| !h.is_none());
    let chars: Vec<char> = s.chars().collect();
    let mut p = Parser { chars: &chars, pos: 0, hook, depth: 0 };
    p.skip_ws();
    let r = p.value(vm)?;
    p.skip_ws();
    if p.pos != chars.len() {
        return p.fail(vm, "Extra data", p.pos);
    }
    Ok(r)
}

fn load(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let fp = a.pos.first().cloned().unwrap_or(Value::None);
    let s = vm.call_method(&fp, "read", Vec::new())?;
    let mut rest = Args { pos: vec![s], kw: a.kw };
    rest.pos.extend(a.pos.iter().skip(1).cloned());
    loads(vm, rest)
}

struct Parser<'a> {
    chars: &'a [char],
    pos: usize,
    hook: Option<Value>,
    depth: usize,
}

impl Parser<'_> {
    fn fail<T>(&self, vm: &mut Vm, msg: &str, pos: usize) -> PyResult<T> {
        let doc: String = self.chars.iter().collect();
        let lineno = self.chars[..pos.min(self.chars.len())].iter().filter(|c| **c == '\n').count() + 1;
        let colno = match self.chars[..pos.min(self.chars.len())].iter().rposition(|c| *c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        let full = format!("{msg}: line {lineno} column {colno} (char {pos})");
        let cls = decode_error_class(vm);
        let e = vm.new_exception(&cls, vec![Value::str(&full)]);
        if let Value::Instance(i) = &e {
            let mut d = i.dict.borrow_mut();
            d.insert(Rc::from("msg"), Value::str(msg));
            d.insert(Rc::from("doc"), Value::str(&doc));
            d.insert(Rc::from("pos"), Value::Int(pos as i64));
            d.insert(Rc::from("lineno"), Value::Int(lineno as i64));
            d.insert(Rc::from("colno"), Value::Int(colno as i64));
        }
        Err(Flow::Exc(e))
    }

    fn peek(&self) -> Option<char> {
        self.chars.get(self.pos).copied()
    }

    fn skip_ws(&mut self) {
        while matches!(self.peek(), Some(' ' | '\t' | '\n' | '\r')) {
            self.pos += 1;
        }
    }

    fn starts(&self, word: &str) -> bool {
        let w: Vec<char> = word.chars().collect();
        self.chars.get(self.pos..self.pos + w.len()) == Some(&w[..])
    }

    fn value(&mut self, vm: &mut Vm) -> PyResult<Value> {
        match self.peek() {
            Some('{') => self.nested(vm, true),
            Some('[') => self.nested(vm, false),
            Some('"') => {
                self.pos += 1;
                self.string(vm)
            }
            Some('n') if self.starts("null") => {
                self.pos += 4;
                Ok(Value::None)
            }
            Some('t') if self.starts("true") => {
                self.pos += 4;
                Ok(Value::Bool(true))
            }
            Some('f') if self.starts("false") => {
                self.pos += 5;
                Ok(Value::Bool(false))
            }
            Some('N') if self.starts("NaN") => {
                self.pos += 3;
                Ok(Value::Float(f64::NAN))
            }
            Some('I') if self.starts("Infinity") => {
                self.pos += 8;
                Ok(Value::Float(f64::INFINITY))
            }
            Some('-') if self.chars.get(self.pos + 1..self.pos + 9).map(|s| s.iter().collect::<String>()) == Some("Infinity".into()) => {
                self.pos += 9;
                Ok(Value::Float(f64::NEG_INFINITY))
            }
            Some(c) if c == '-' || c.is_ascii_digit() => self.number(vm),
            _ => self.fail(vm, "Expecting value", self.pos),
        }
    }

    fn number(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let start = self.pos;
        if self.peek() == Some('-') {
            self.pos += 1;
        }
        match self.peek() {
            Some('0') => self.pos += 1,
            Some(c) if c.is_ascii_digit() => {
                while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
            }
            _ => return self.fail(vm, "Expecting value", start),
        }
        let mut is_float = false;
        if self.peek() == Some('.') && matches!(self.chars.get(self.pos + 1), Some(c) if c.is_ascii_digit()) {
            is_float = true;
            self.pos += 1;
            while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                self.pos += 1;
            }
        }
        if matches!(self.peek(), Some('e' | 'E')) {
            let save = self.pos;
            self.pos += 1;
            if matches!(self.peek(), Some('+' | '-')) {
                self.pos += 1;
            }
            if matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                is_float = true;
                while matches!(self.peek(), Some(c) if c.is_ascii_digit()) {
                    self.pos += 1;
                }
            } else {
                self.pos = save;
            }
        }
        let text: String = self.chars[start..self.pos].iter().collect();
        if is_float {
            Ok(Value::Float(vm.fmt_err(crate::format::parse_float(&text))?))
        } else {
            Ok(Value::bigint(vm.fmt_err(crate::format::parse_int(&text, 10))?))
        }
    }

    fn string(&mut self, vm: &mut Vm) -> PyResult<Value> {
        let begin = self.pos - 1;
        let mut out = String::new();
        loop {
            let Some(c) = self.peek() else {
                return self.fail(vm, "Unterminated string starting at", begin);
            };
            match c {
                '"' => {
                    self.pos += 1;
                    return Ok(Value::str(&out));
                }
                '\\' => {
                    let esc_pos = self.pos;
                    self.pos += 1;
                    let Some(e) = self.peek() else {
                        return self.fail(vm, "Unterminated string starting at", begin);
                    };
                    self.pos += 1;
                    match e {
                        '"' => out.push('"'),
                        '\\' => out.push('\\'),
                        '/' => out.push('/'),
                        'b' => out.push('\u{8}'),
                        'f' => out.push('\u{c}'),
                        'n' => out.push('\n'),
                        'r' => out.push('\r'),
                        't' => out.push('\t'),
                        'u' => {
                            let u = self.hex4(vm, esc_pos)?;
                            if (0xd800..0xdc00).contains(&u) && self.starts("\\u") {
                                let save = self.pos;
                                self.pos += 2;
                                let lo = self.hex4(vm, save)?;
                                if (0xdc00..0xe000).contains(&lo) {
                                    let cp = 0x10000 + ((u - 0xd800) << 10) + (lo - 0xdc00);
                                    out.push(char::from_u32(cp).unwrap_or('\u{fffd}'));
                                    continue;
                                }
                                self.pos = save;
                            }
                            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
                        }
                        _ => return self.fail(vm, "Invalid \\escape", esc_pos),
                    }
                }
                c if (c as u32) < 0x20 => return self.fail(vm, "Invalid control character at", self.pos),
                c => {
                    out.push(c);
                    self.pos += 1;
                }
            }
        }
    }

    fn hex4(&mut self, vm: &mut Vm, esc_pos: usize) -> PyResult<u32> {
        let digits = self.chars.get(self.pos..self.pos + 4);
        match digits.filter(|d| d.iter().all(|c| c.is_ascii_hexdigit())) {
            Some(d) => {
                self.pos += 4;
                Ok(u32::from_str_radix(&d.iter().collect::<String>(), 16).unwrap_or(0))
            }
            None => self.fail(vm, "Invalid \\uXXXX escape", esc_pos),
        }
    }

    fn nested(&mut self, vm: &mut Vm, object: bool) -> PyResult<Value> {
        self.depth += 1;
        if self.depth > 200 {
            return vm.err("RecursionError", "maximum recursion depth exceeded while decoding a JSON document");
        }
        let r = if object { self.object(vm) } else { self.array(vm) };
        self.depth -= 1;
        r
    }

    fn array(&mut self, vm: &mut Vm) -> PyResult<Value> {
        self.pos += 1;
        let mut items = Vec::new();
        self.skip_ws();
        if self.peek() == Some(']') {
            self.pos += 1;
            return Ok(Value::list(items));
        }
        loop {
            self.skip_ws();
            items.push(self.value(vm)?);
            self.skip_ws();
            match self.peek() {
                Some(',') => self.pos += 1,
                Some(']') => {
                    self.pos += 1;
                    return Ok(Value::list(items));
                }
                _ => return self.fail(vm, "Expecting ',' delimiter", self.pos),
            }
        }
    }

    fn object(&mut self, vm: &mut Vm) -> PyResult<Value> {
        self.pos += 1;
        let d = Rc::new(Dict::new());
        self.skip_ws();
        if self.peek() == Some('}') {
            self.pos += 1;
            return self.finish_object(vm, d);
        }
        loop {
            self.skip_ws();
            if self.peek() != Some('"') {
                return self.fail(vm, "Expecting property name enclosed in double quotes", self.pos);
            }
            self.pos += 1;
            let k = self.string(vm)?;
            self.skip_ws();
            if self.peek() != Some(':') {
                return self.fail(vm, "Expecting ':' delimiter", self.pos);
            }
            self.pos += 1;
            self.skip_ws();
            let v = self.value(vm)?;
            vm.dict_set(&d, k, v)?;
            self.skip_ws();
            match self.peek() {
                Some(',') => {
                    self.pos += 1;
                    self.skip_ws();
                    if self.peek() != Some('"') {
                        return self.fail(vm, "Expecting property name enclosed in double quotes", self.pos);
                    }
                }
                Some('}') => {
                    self.pos += 1;
                    return self.finish_object(vm, d);
                }
                _ => return self.fail(vm, "Expecting ',' delimiter", self.pos),
            }
        }
    }

    fn finish_object(&mut self, vm: &mut Vm, d: Rc<Dict>) -> PyResult<Value> {
        match self.hook.clone() {
            Some(h) => vm.call_sync(h, vec![Value::Dict(d)], Vec::new()),
            None => Ok(Value::Dict(d)),
        }
    }
}
