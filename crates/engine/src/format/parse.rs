//! `int(s, base)` and `float(s)` for strings, with CPython 3.11's rules
//! (whitespace, signs, underscores, base prefixes, digit limit) and
//! messages.

use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

use super::int_fmt::{int_digits_limit, over_digits_limit};
use super::{PyErr, PyResult};

/// Python's `str.isspace()` (Unicode White_Space plus the ASCII
/// information separators `\x1c`..`\x1f`, which Python counts).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// The C-level `Py_ISSPACE` that `int()`/`float()` use after transforming
/// the string: ASCII space, `\t \n \v \f \r`.
fn c_isspace(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\x0b' | '\x0c' | '\r')
}

/// First code point of each run of ten Unicode decimal digits (Nd).
const DECIMAL_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode decimal digit (`unicodedata.decimal`).
pub fn unicode_decimal(c: char) -> Option<u32> {
    let v = c as u32;
    let i = DECIMAL_ZEROS.partition_point(|&z| z <= v);
    if i == 0 {
        return None;
    }
    let d = v - DECIMAL_ZEROS[i - 1];
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: non-ASCII
/// whitespace becomes `' '`, non-ASCII decimal digits their ASCII digit;
/// `None` if any other non-ASCII character is present.
pub fn transform_decimal_and_space(s: &str) -> Option<String> {
    s.chars()
        .map(|c| {
            if (c as u32) < 127 {
                Some(c)
            } else if py_isspace(c) {
                Some(' ')
            } else {
                unicode_decimal(c).map(|d| (b'0' + d as u8) as char)
            }
        })
        .collect()
}

/// Python's `repr()` of a str (quote choice and escapes; printability of
/// non-ASCII characters approximated: C0/C1 controls, U+00AD and
/// separators other than space are escaped).
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..=0xa0).contains(&(c as u32)) || c == '\u{ad}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if matches!(c as u32, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x2060..=0x2064 | 0xfeff | 0x1680 | 0x2000..=0x200a | 0x202f | 0x205f | 0x3000 | 0xd800..=0xdfff) => {
                out.push_str(&format!("\\u{:04x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn invalid_int(s: &str, base: u32) -> PyErr {
    // CPython formats the repr with "%.200R": at most 200 characters.
    let r: String = py_str_repr(s).chars().take(200).collect();
    PyErr::value(format!(
        "invalid literal for int() with base {}: {}",
        base, r
    ))
}

/// `int(s, base)` for a str: leading/trailing whitespace, one sign,
/// `0x`/`0o`/`0b` prefixes (base 0 detects them; base 0 refuses `010`),
/// single underscores between digits, the 4300-digit limit for
/// non-power-of-two bases. `base` must be 0 or 2..=36 (ValueError "int()
/// base must be >= 2 and <= 36, or 0").
pub fn parse_int(s: &str, base: u32) -> PyResult<BigInt> {
    if base == 1 || base > 36 {
        return Err(PyErr::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let orig_base = base;
    let err = || invalid_int(s, orig_base);
    let Some(t) = transform_decimal_and_space(s) else {
        return Err(err());
    };
    let chars: Vec<char> = t
        .chars()
        .map(|c| if c_isspace(c) { ' ' } else { c })
        .collect();
    let mut i = 0;
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    let mut negative = false;
    if i < chars.len() && (chars[i] == '+' || chars[i] == '-') {
        negative = chars[i] == '-';
        i += 1;
    }
    let at = |k: usize| chars.get(k).copied().unwrap_or('\0');
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        base = if at(i) != '0' {
            10
        } else {
            match at(i + 1) {
                'x' | 'X' => 16,
                'o' | 'O' => 8,
                'b' | 'B' => 2,
                _ => {
                    error_if_nonzero = true;
                    10
                }
            }
        };
    }
    if at(i) == '0'
        && ((base == 16 && matches!(at(i + 1), 'x' | 'X'))
            || (base == 8 && matches!(at(i + 1), 'o' | 'O'))
            || (base == 2 && matches!(at(i + 1), 'b' | 'B')))
    {
        i += 2;
        if at(i) == '_' {
            i += 1;
        }
    }
    if at(i) == '_' {
        return Err(err());
    }
    let start = i;
    let mut ndigits = 0usize;
    let mut prev = '\0';
    let mut digits: Vec<u8> = Vec::new();
    while i < chars.len() {
        let c = chars[i];
        if c == '_' {
            if prev == '_' {
                return Err(err());
            }
        } else if let Some(d) = c.to_digit(base) {
            digits.push(d as u8);
            ndigits += 1;
        } else {
            break;
        }
        prev = c;
        i += 1;
    }
    if prev == '_' {
        return Err(err());
    }
    if i == start {
        return Err(err());
    }
    if !base.is_power_of_two() && over_digits_limit(ndigits) {
        return Err(PyErr::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            int_digits_limit(),
            ndigits
        )));
    }
    while i < chars.len() && chars[i] == ' ' {
        i += 1;
    }
    if i != chars.len() {
        return Err(err());
    }
    let mag = BigUint::from_radix_be(&digits, base).unwrap_or_default();
    if error_if_nonzero && !mag.is_zero() {
        return Err(err());
    }
    let n = BigInt::from(mag);
    Ok(if negative { -n } else { n })
}

fn invalid_float(s: &str) -> PyErr {
    PyErr::value(format!(
        "could not convert string to float: {}",
        py_str_repr(s)
    ))
}

/// Checks CPython's float literal grammar on `t` (no whitespace, no
/// underscores): `[sign](digits[.digits]|.digits)[(e|E)[sign]digits]` or
/// `[sign](inf|infinity|nan)`, case-insensitive.
fn valid_float_syntax(t: &str) -> bool {
    let b = t.as_bytes();
    let mut i = 0;
    if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
        i += 1;
    }
    let rest = t[i..].to_ascii_lowercase();
    if rest == "inf" || rest == "infinity" || rest == "nan" {
        return true;
    }
    let digits = |i: &mut usize| {
        let s = *i;
        while *i < b.len() && b[*i].is_ascii_digit() {
            *i += 1;
        }
        *i - s
    };
    let int_digits = digits(&mut i);
    let mut frac_digits = 0;
    if i < b.len() && b[i] == b'.' {
        i += 1;
        frac_digits = digits(&mut i);
    }
    if int_digits + frac_digits == 0 {
        return false;
    }
    if i < b.len() && (b[i] == b'e' || b[i] == b'E') {
        i += 1;
        if i < b.len() && (b[i] == b'+' || b[i] == b'-') {
            i += 1;
        }
        if digits(&mut i) == 0 {
            return false;
        }
    }
    i == b.len()
}

/// `float(s)` for a str: surrounding whitespace, `inf`/`infinity`/`nan` in
/// any case with a sign, underscores only between digits; correctly
/// rounded. Error: "could not convert string to float: '...'".
pub fn parse_float(s: &str) -> PyResult<f64> {
    let Some(t) = transform_decimal_and_space(s) else {
        return Err(invalid_float(s));
    };
    let t = t.trim_matches(c_isspace);
    let cleaned: String;
    let t = if t.contains('_') {
        let b = t.as_bytes();
        for (k, &c) in b.iter().enumerate() {
            if c == b'_' {
                let before = k > 0 && b[k - 1].is_ascii_digit();
                let after = k + 1 < b.len() && b[k + 1].is_ascii_digit();
                if !before || !after {
                    return Err(invalid_float(s));
                }
            }
        }
        cleaned = t.replace('_', "");
        cleaned.as_str()
    } else {
        t
    };
    if !valid_float_syntax(t) {
        return Err(invalid_float(s));
    }
    super::atof::parse_f64(t).ok_or_else(|| invalid_float(s))
}
