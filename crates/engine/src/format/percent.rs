//! Old-style `%` formatting (`"%5.2f" % x`), as CPython 3.11's
//! `PyUnicode_Format`: a template parser, per-conversion formatters, and a
//! driver that walks the template over the arguments in CPython's order
//! (so the first error CPython would raise is the one raised here).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::int_fmt::int_to_str_radix;
use super::float_repr::{double_to_string, DtoaFlags};
use super::{PyErr, PyResult};

/// A `*` or literal width/precision.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PercentCount {
    /// Not given.
    None,
    /// `*`: taken from the next argument (must be an int).
    Star,
    /// A literal number.
    Value(i64),
}

/// Where a conversion's value comes from.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentArgKey {
    /// The next positional argument.
    Positional,
    /// `%(name)s`: the mapping's item `name`.
    Mapping(String),
}

/// One `%...c` conversion of a template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PercentSpec {
    pub key: PercentArgKey,
    /// `-` flag: left-justify.
    pub ljust: bool,
    /// `+` flag.
    pub plus: bool,
    /// ` ` flag.
    pub blank: bool,
    /// `#` flag.
    pub alt: bool,
    /// `0` flag.
    pub zero: bool,
    pub width: PercentCount,
    pub precision: PercentCount,
    /// The conversion character (`d`, `s`, ...; possibly an unsupported one).
    pub conv: char,
    /// Character index of `conv` in the template (for error messages).
    pub index: usize,
}

/// A piece of a parsed template.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PercentItem {
    /// Literal text (`%%` already turned into `%`).
    Literal(String),
    /// A conversion.
    Spec(PercentSpec),
    /// A syntax error CPython raises when its scan reaches this point
    /// ("incomplete format", "incomplete format key", "width too big",
    /// "precision too big"); always the last item.
    Error(PyErr),
}

/// A conversion with `*` resolved: `width`/`prec` are `-1` when absent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PercentConv {
    pub ljust: bool,
    pub plus: bool,
    pub blank: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: i64,
    pub prec: i64,
    pub conv: char,
}

/// Split a `%` template into literals, conversions and (last) a syntax error.
pub fn parse_percent(template: &str) -> Vec<PercentItem> {
    let chars: Vec<char> = template.chars().collect();
    let n = chars.len();
    let mut items = Vec::new();
    let mut lit = String::new();
    let mut pos = 0;
    while pos < n {
        if chars[pos] != '%' {
            lit.push(chars[pos]);
            pos += 1;
            continue;
        }
        pos += 1;
        if pos < n && chars[pos] == '%' {
            lit.push('%');
            pos += 1;
            continue;
        }
        if !lit.is_empty() {
            items.push(PercentItem::Literal(std::mem::take(&mut lit)));
        }
        match parse_one(&chars, &mut pos) {
            Ok(spec) => items.push(PercentItem::Spec(spec)),
            Err(e) => {
                items.push(PercentItem::Error(e));
                return items;
            }
        }
    }
    if !lit.is_empty() {
        items.push(PercentItem::Literal(lit));
    }
    items
}

fn parse_one(chars: &[char], pos: &mut usize) -> PyResult<PercentSpec> {
    let n = chars.len();
    let incomplete = || PyErr::value("incomplete format");
    let mut spec = PercentSpec {
        key: PercentArgKey::Positional,
        ljust: false,
        plus: false,
        blank: false,
        alt: false,
        zero: false,
        width: PercentCount::None,
        precision: PercentCount::None,
        conv: '\0',
        index: 0,
    };
    if *pos < n && chars[*pos] == '(' {
        *pos += 1;
        let start = *pos;
        let mut depth = 1;
        while depth > 0 && *pos < n {
            match chars[*pos] {
                ')' => depth -= 1,
                '(' => depth += 1,
                _ => {}
            }
            *pos += 1;
        }
        if depth > 0 {
            return Err(PyErr::value("incomplete format key"));
        }
        spec.key = PercentArgKey::Mapping(chars[start..*pos - 1].iter().collect());
    }
    let next = |pos: &mut usize| -> PyResult<char> {
        if *pos >= n {
            return Err(incomplete());
        }
        *pos += 1;
        Ok(chars[*pos - 1])
    };
    let mut ch = next(pos)?;
    loop {
        match ch {
            '-' => spec.ljust = true,
            '+' => spec.plus = true,
            ' ' => spec.blank = true,
            '#' => spec.alt = true,
            '0' => spec.zero = true,
            _ => break,
        }
        ch = next(pos)?;
    }
    let read_number =
        |first: char, pos: &mut usize, limit: i64, msg: &str| -> PyResult<(i64, char)> {
            let mut v = first.to_digit(10).unwrap_or(0) as i64;
            let mut ch;
            loop {
                ch = next(pos)?;
                let Some(d) = ch.to_digit(10).filter(|_| ch.is_ascii_digit()) else {
                    break;
                };
                if v > (limit - d as i64) / 10 {
                    return Err(PyErr::value(msg));
                }
                v = v * 10 + d as i64;
            }
            Ok((v, ch))
        };
    if ch == '*' {
        spec.width = PercentCount::Star;
        ch = next(pos)?;
    } else if ch.is_ascii_digit() {
        let (v, c) = read_number(ch, pos, i64::MAX, "width too big")?;
        spec.width = PercentCount::Value(v);
        ch = c;
    }
    if ch == '.' {
        spec.precision = PercentCount::Value(0);
        ch = next(pos)?;
        if ch == '*' {
            spec.precision = PercentCount::Star;
            ch = next(pos)?;
        } else if ch.is_ascii_digit() {
            let (v, c) = read_number(ch, pos, i32::MAX as i64, "precision too big")?;
            spec.precision = PercentCount::Value(v);
            ch = c;
        }
    }
    if matches!(ch, 'h' | 'l' | 'L') {
        ch = next(pos)?;
    }
    spec.conv = ch;
    spec.index = *pos - 1;
    Ok(spec)
}

/// CPython's error for a conversion character it does not know.
pub fn unsupported_char(conv: char, index: usize) -> PyErr {
    let shown = if (31..=126).contains(&(conv as u32)) {
        conv
    } else {
        '?'
    };
    PyErr::value(format!(
        "unsupported format character '{}' (0x{:x}) at index {}",
        shown, conv as u32, index
    ))
}

/// Pad a converted value (CPython's `unicode_format_arg_output`).
/// `numeric` is true for `d i u o x X e E f F g G` (sign flags and zero
/// fill apply).
pub fn percent_output(c: &PercentConv, body: &str, numeric: bool) -> String {
    let chars: Vec<char> = body.chars().collect();
    let mut len = chars.len() as i64;
    let mut width = c.width;
    if matches!(c.conv, 's' | 'r' | 'a') && c.prec >= 0 && len > c.prec {
        len = c.prec;
    }
    let mut idx = 0usize;
    let mut sign: Option<char> = None;
    if numeric {
        match chars.first() {
            Some(&ch) if ch == '-' || ch == '+' => {
                sign = Some(ch);
                len -= 1;
                idx = 1;
            }
            _ if c.plus => sign = Some('+'),
            _ if c.blank => sign = Some(' '),
            _ => {}
        }
    }
    if width < len {
        width = len;
    }
    let fill = if c.zero && numeric { '0' } else { ' ' };
    let mut out = String::new();
    if let Some(s) = sign {
        if fill != ' ' {
            out.push(s);
        }
        if width > len {
            width -= 1;
        }
    }
    let has_prefix = c.alt && matches!(c.conv, 'x' | 'X' | 'o');
    if has_prefix {
        if fill != ' ' {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
        width = (width - 2).max(0);
        len -= 2;
    }
    if width > len && !c.ljust {
        for _ in 0..width - len {
            out.push(fill);
        }
        width = len;
    }
    if fill == ' ' {
        if let Some(s) = sign {
            out.push(s);
        }
        if has_prefix {
            out.extend(&chars[idx..idx + 2]);
            idx += 2;
        }
    }
    out.extend(&chars[idx..idx + len.max(0) as usize]);
    for _ in 0..(width - len).max(0) {
        out.push(' ');
    }
    out
}

/// `%d %i %u %o %x %X` of an int, padded.
pub fn percent_int(n: &BigInt, c: &PercentConv) -> PyResult<String> {
    let (base, prefix) = match c.conv {
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        _ => (10, ""),
    };
    let digits = int_to_str_radix(n, base)?;
    let mut body = String::new();
    if n.is_negative() {
        body.push('-');
    }
    if c.alt {
        body.push_str(prefix);
    }
    for _ in digits.len() as i64..c.prec {
        body.push('0');
    }
    body.push_str(&digits);
    if c.conv == 'X' {
        body = body.to_ascii_uppercase();
    }
    Ok(percent_output(c, &body, true))
}

/// `%e %E %f %F %g %G` of a float, padded.
pub fn percent_float(x: f64, c: &PercentConv) -> PyResult<String> {
    let prec = if c.prec < 0 { 6 } else { c.prec };
    if prec > super::MAX_FORMAT_WIDTH {
        return Err(PyErr::value("precision too big"));
    }
    let body = double_to_string(
        x,
        c.conv,
        prec,
        DtoaFlags {
            alt: c.alt,
            ..Default::default()
        },
    );
    Ok(percent_output(c, &body, true))
}

/// `%s %r %a` given the already computed `str()`/`repr()`/`ascii()` text.
pub fn percent_str(text: &str, c: &PercentConv) -> String {
    percent_output(c, text, false)
}

/// `%c` of a character, padded.
pub fn percent_char(ch: char, c: &PercentConv) -> String {
    percent_output(c, &ch.to_string(), false)
}

/// `%c` of an int: the character with that code point. Error: OverflowError
/// "%c arg not in range(0x110000)" (lone surrogates are refused too).
pub fn percent_char_code(n: &BigInt) -> PyResult<char> {
    n.to_u32()
        .filter(|&v| v <= 0x10ffff)
        .and_then(char::from_u32)
        .ok_or_else(|| PyErr::overflow("%c arg not in range(0x110000)"))
}
