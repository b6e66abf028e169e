//! The codecs `str.encode`, `bytes.decode`, `str(b, encoding)` and
//! `bytes(s, encoding)` use: utf-8, ascii and latin-1, with the strict,
//! ignore, replace, backslashreplace (and xmlcharrefreplace) handlers and
//! CPython's error messages.

use crate::value::*;
use crate::vm::{Flow, PyResult, Signal, Vm};
use std::rc::Rc;

fn norm_encoding(e: &str) -> String {
    e.to_ascii_lowercase().replace(['-', ' '], "_")
}

fn opt_str(vm: &Vm, v: &Option<Value>, default: &str, what: &str, fname: &str) -> PyResult<String> {
    match v {
        None => Ok(default.to_string()),
        Some(Value::Str(s)) => Ok(s.to_string()),
        Some(other) => {
            let tn = vm.type_name(other);
            vm.type_error(format!("{fname}() argument '{what}' must be str, not {tn}"))
        }
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(vm: &mut Vm, s: &str, enc: Option<Value>, errors: Option<Value>) -> PyResult<Value> {
    let enc = opt_str(vm, &enc, "utf-8", "encoding", "encode")?;
    let errors = opt_str(vm, &errors, "strict", "errors", "encode")?;
    let (name, limit) = match norm_encoding(&enc).as_str() {
        "utf_8" | "utf8" | "u8" => return Ok(Value::Bytes(Rc::from(s.as_bytes().to_vec()))),
        "ascii" | "us_ascii" => ("ascii", 128u32),
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => ("latin-1", 256u32),
        _ => return vm.err("LookupError", format!("unknown encoding: {enc}")),
    };
    let mut out = Vec::with_capacity(s.len());
    for (i, c) in s.chars().enumerate() {
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            continue;
        }
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => {
                let n = c as u32;
                let e = if n < 0x100 { format!("\\x{n:02x}") } else if n < 0x10000 { format!("\\u{n:04x}") } else { format!("\\U{n:08x}") };
                out.extend(e.bytes());
            }
            "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
            _ => {
                let n = c as u32;
                let r = if n < 0x100 { format!("'\\x{n:02x}'") } else if n < 0x10000 { format!("'\\u{n:04x}'") } else { format!("'\\U{n:08x}'") };
                return vm.err("UnicodeEncodeError", format!("'{name}' codec can't encode character {r} in position {i}: ordinal not in range({limit})"));
            }
        }
    }
    Ok(Value::Bytes(Rc::from(out)))
}

/// `b.decode(encoding, errors)`.
pub fn decode(vm: &mut Vm, b: &[u8], enc: Option<Value>, errors: Option<Value>) -> PyResult<Value> {
    let enc = opt_str(vm, &enc, "utf-8", "encoding", "decode")?;
    let errors = opt_str(vm, &errors, "strict", "errors", "decode")?;
    match norm_encoding(&enc).as_str() {
        "utf_8" | "utf8" | "u8" => {
            let mut out = String::with_capacity(b.len());
            let mut rest = b;
            let mut offset = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let good = e.valid_up_to();
                        out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                        let bad = e.error_len().unwrap_or(rest.len() - good);
                        let pos = offset + good;
                        match errors.as_str() {
                            "ignore" => {}
                            "replace" => out.push('\u{fffd}'),
                            "backslashreplace" => {
                                for x in &rest[good..good + bad] {
                                    out.push_str(&format!("\\x{x:02x}"));
                                }
                            }
                            "surrogateescape" | "surrogatepass" => return Err(Flow::Signal(Signal::Unsupported(format!("errors='{errors}' (lone surrogate characters)")))),
                            _ => return vm.err("UnicodeDecodeError", utf8_error(b, pos)),
                        }
                        rest = &rest[good + bad..];
                        offset = pos + bad;
                    }
                }
            }
            Ok(Value::str(&out))
        }
        "ascii" | "us_ascii" => {
            let mut out = String::with_capacity(b.len());
            for (i, &x) in b.iter().enumerate() {
                if x < 128 {
                    out.push(x as char);
                    continue;
                }
                match errors.as_str() {
                    "ignore" => {}
                    "replace" => out.push('\u{fffd}'),
                    "backslashreplace" => out.push_str(&format!("\\x{x:02x}")),
                    _ => return vm.err("UnicodeDecodeError", format!("'ascii' codec can't decode byte 0x{x:02x} in position {i}: ordinal not in range(128)")),
                }
            }
            Ok(Value::str(&out))
        }
        "latin_1" | "latin1" | "iso_8859_1" | "iso8859_1" | "l1" => Ok(Value::str(&b.iter().map(|&x| x as char).collect::<String>())),
        _ => vm.err("LookupError", format!("unknown encoding: {enc}")),
    }
}

/// Python's UTF-8 decoder's complaint about `piece` at byte `pos`, the
/// first that is not UTF-8 (for `bytes.decode()`, and for a program's
/// string literal or name as the tokenizer hands it over).
pub(crate) fn utf8_error(piece: &[u8], pos: usize) -> String {
    let lead = piece[pos];
    let need = match lead {
        0xc2..=0xdf => 1,
        0xe0..=0xef => 2,
        0xf0..=0xf4 => 3,
        _ => return format!("'utf-8' codec can't decode byte 0x{lead:02x} in position {pos}: invalid start byte"),
    };
    let cont = |c: u8| (0x80..=0xbf).contains(&c);
    let rest = &piece[pos + 1..];
    // The second byte's range depends on the lead (no overlong forms, no
    // surrogates, nothing past U+10FFFF).
    let second_ok = |c: u8| match lead {
        0xe0 => (0xa0..=0xbf).contains(&c),
        0xed => (0x80..=0x9f).contains(&c),
        0xf0 => (0x90..=0xbf).contains(&c),
        0xf4 => (0x80..=0x8f).contains(&c),
        _ => cont(c),
    };
    let valid = rest.iter().take(need).enumerate().take_while(|&(i, &c)| if i == 0 { second_ok(c) } else { cont(c) }).count();
    if valid == rest.len().min(need) && rest.len() < need {
        let end = pos + rest.len();
        if end == pos {
            format!("'utf-8' codec can't decode byte 0x{lead:02x} in position {pos}: unexpected end of data")
        } else {
            format!("'utf-8' codec can't decode bytes in position {pos}-{end}: unexpected end of data")
        }
    } else if valid == 0 {
        format!("'utf-8' codec can't decode byte 0x{lead:02x} in position {pos}: invalid continuation byte")
    } else {
        // The lead and its good continuation bytes, then a bad one.
        format!("'utf-8' codec can't decode bytes in position {pos}-{}: invalid continuation byte", pos + valid)
    }
}
