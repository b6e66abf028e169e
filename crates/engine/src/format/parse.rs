//! `int(s, base)` and `float(s)` for strings, with CPython 3.11's rules
//! (whitespace, signs, underscores, base prefixes, digit limit) and
//! messages.

use num_bigint::{BigInt, BigUint};
use num_traits::Zero;

use super::int_fmt::INT_MAX_STR_DIGITS;
use super::{PyErr, PyResult};

/// Python's `str.isspace()` (approximated by Unicode White_Space plus the
/// ASCII information separators `\x1c`..`\x1f`, which Python counts).
pub fn py_isspace(c: char) -> bool {
    c.is_whitespace() || ('\x1c'..='\x1f').contains(&c)
}

/// Python's `repr()` of a str (quote choice and escapes; printability of
/// non-ASCII characters approximated: C0/C1 controls, U+00AD and
/// separators other than space are escaped).
pub fn py_str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
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
    PyErr::value(format!("invalid literal for int() with base {}: {}", base, r))
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
    let chars: Vec<char> = s.chars().map(|c| if py_isspace(c) { ' ' } else { c }).collect();
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
    if !base.is_power_of_two() && ndigits > INT_MAX_STR_DIGITS {
        return Err(PyErr::value(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            INT_MAX_STR_DIGITS, ndigits
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
    PyErr::value(format!("could not convert string to float: {}", py_str_repr(s)))
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
    let t = s.trim_matches(py_isspace);
    if !t.is_ascii() {
        return Err(invalid_float(s));
    }
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
    t.parse::<f64>().map_err(|_| invalid_float(s))
}
