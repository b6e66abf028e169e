//! The format-spec mini-language parser shared by `format_int`,
//! `format_float` and `format_str` (CPython's
//! `parse_internal_render_format_spec`, 3.11).
//!
//! `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`

use super::{PyErr, PyResult, MAX_FORMAT_WIDTH};

/// Which digit-grouping separator a spec asked for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Grouping {
    /// No separator.
    None,
    /// `,` every three digits.
    Comma,
    /// `_` every three digits (decimal) ...
    Underscore,
    /// ... or every four digits (`b`, `o`, `x`, `X`).
    UnderscoreFour,
}

/// A parsed format spec. `width` and `precision` are `-1` when absent;
/// `ty` is `'\0'` when the type was omitted and the default is `'\0'`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FormatSpec {
    pub fill: char,
    pub align: char,
    pub sign: char,
    pub no_neg_0: bool,
    pub alternate: bool,
    pub width: i64,
    pub grouping: Grouping,
    pub precision: i64,
    pub ty: char,
}

fn is_align(c: char) -> bool {
    matches!(c, '<' | '>' | '=' | '^')
}

/// Reads a run of decimal digits; `Ok(None)` when there are none.
fn get_integer(chars: &[char], pos: &mut usize) -> PyResult<Option<i64>> {
    let mut acc: i64 = 0;
    let mut n = 0;
    while let Some(d) = chars.get(*pos).and_then(|c| c.to_digit(10)) {
        if acc > (i64::MAX - d as i64) / 10 {
            return Err(PyErr::value("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as i64;
        *pos += 1;
        n += 1;
    }
    Ok(if n == 0 { None } else { Some(acc) })
}

/// CPython's rendering of a type character in error messages: `'x'`
/// itself when printable ASCII, else `\x..` in hex.
pub fn type_char_repr(c: char) -> String {
    let v = c as u32;
    if v > 32 && v < 128 {
        c.to_string()
    } else {
        format!("\\x{:x}", v)
    }
}

/// Parse `spec` for an object of type `type_name` (`"int"`, `"float"`,
/// `"str"`), whose formatter has the given default type and alignment
/// (int: `'d'`/`'>'`, float: `'\0'`/`'>'`, str: `'s'`/`'<'`).
pub fn parse_spec(
    spec: &str,
    default_type: char,
    default_align: char,
    type_name: &str,
) -> PyResult<FormatSpec> {
    let chars: Vec<char> = spec.chars().collect();
    let end = chars.len();
    let mut pos = 0usize;
    let mut f = FormatSpec {
        fill: ' ',
        align: default_align,
        sign: '\0',
        no_neg_0: false,
        alternate: false,
        width: -1,
        grouping: Grouping::None,
        precision: -1,
        ty: default_type,
    };
    let mut fill_specified = false;
    let mut align_specified = false;
    if end - pos >= 2 && is_align(chars[pos + 1]) {
        f.fill = chars[pos];
        f.align = chars[pos + 1];
        fill_specified = true;
        align_specified = true;
        pos += 2;
    } else if end - pos >= 1 && is_align(chars[pos]) {
        f.align = chars[pos];
        align_specified = true;
        pos += 1;
    }
    if pos < end && matches!(chars[pos], '+' | '-' | ' ') {
        f.sign = chars[pos];
        pos += 1;
    }
    if pos < end && chars[pos] == 'z' {
        f.no_neg_0 = true;
        pos += 1;
    }
    if pos < end && chars[pos] == '#' {
        f.alternate = true;
        pos += 1;
    }
    if !fill_specified && pos < end && chars[pos] == '0' {
        f.fill = '0';
        if !align_specified && default_align == '>' {
            f.align = '=';
        }
        pos += 1;
    }
    if let Some(w) = get_integer(&chars, &mut pos)? {
        f.width = w;
    }
    let both = || PyErr::value("Cannot specify both ',' and '_'.");
    if pos < end && chars[pos] == ',' {
        f.grouping = Grouping::Comma;
        pos += 1;
    }
    if pos < end && chars[pos] == '_' {
        if f.grouping != Grouping::None {
            return Err(both());
        }
        f.grouping = Grouping::Underscore;
        pos += 1;
    }
    if pos < end && chars[pos] == ',' && f.grouping == Grouping::Underscore {
        return Err(both());
    }
    if pos < end && chars[pos] == '.' {
        pos += 1;
        match get_integer(&chars, &mut pos)? {
            Some(p) => f.precision = p,
            None => return Err(PyErr::value("Format specifier missing precision")),
        }
    }
    if end - pos > 1 {
        return Err(PyErr::value(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, type_name
        )));
    }
    if end - pos == 1 {
        f.ty = chars[pos];
    }
    if f.grouping != Grouping::None {
        match f.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if f.grouping == Grouping::Underscore => {
                f.grouping = Grouping::UnderscoreFour;
            }
            t => {
                let sep = if f.grouping == Grouping::Comma {
                    ","
                } else {
                    "_"
                };
                return Err(PyErr::value(format!(
                    "Cannot specify '{}' with '{}'.",
                    sep,
                    type_char_repr(t)
                )));
            }
        }
    }
    Ok(f)
}

/// CPython's "Unknown format code" error.
pub fn unknown_code(ty: char, type_name: &str) -> PyErr {
    PyErr::value(format!(
        "Unknown format code '{}' for object of type '{}'",
        type_char_repr(ty),
        type_name
    ))
}

/// Loopscope's cap on widths (see [`MAX_FORMAT_WIDTH`]).
pub fn check_width(width: i64) -> PyResult<()> {
    if width > MAX_FORMAT_WIDTH {
        return Err(PyErr::value("width too big"));
    }
    Ok(())
}
