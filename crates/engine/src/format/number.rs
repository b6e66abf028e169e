//! Laying out a formatted number: sign, prefix, padding, digit grouping,
//! decimal point and remainder (CPython's `calc_number_widths`,
//! `fill_number` and `_PyUnicode_InsertThousandsGrouping`).

use super::spec::{FormatSpec, Grouping};

/// Group `digits` from the right every `group` digits (0: no grouping)
/// with `sep`, left-padding with zeros so that the result is at least
/// `min_width` characters (separators inside the zero padding included).
pub fn group_digits(digits: &[char], min_width: i64, group: i64, sep: char) -> Vec<char> {
    // Pieces are produced right to left, then reversed.
    let mut pieces: Vec<char> = Vec::new();
    let mut remaining = digits.len() as i64;
    let mut min_width = min_width;
    let mut digits_pos = digits.len();
    let mut use_sep = false;
    let emit = |pieces: &mut Vec<char>,
                n_chars: i64,
                n_zeros: i64,
                use_sep: bool,
                digits_pos: &mut usize| {
        if use_sep {
            pieces.push(sep);
        }
        for _ in 0..n_chars {
            *digits_pos -= 1;
            pieces.push(digits[*digits_pos]);
        }
        for _ in 0..n_zeros {
            pieces.push('0');
        }
    };
    let mut broken = false;
    if group > 0 {
        loop {
            let len = group.min(remaining.max(min_width).max(1));
            let n_zeros = (len - remaining).max(0);
            let n_chars = remaining.min(len).max(0);
            emit(&mut pieces, n_chars, n_zeros, use_sep, &mut digits_pos);
            use_sep = true;
            remaining -= n_chars;
            min_width -= len;
            if remaining <= 0 && min_width <= 0 {
                broken = true;
                break;
            }
            min_width -= 1;
        }
    }
    if !broken {
        let len = remaining.max(min_width).max(1);
        let n_zeros = (len - remaining).max(0);
        let n_chars = remaining.min(len).max(0);
        emit(&mut pieces, n_chars, n_zeros, use_sep, &mut digits_pos);
    }
    pieces.reverse();
    pieces
}

/// The pieces of a number to lay out.
pub struct NumberParts<'a> {
    /// The number is negative (a `-` is written whatever the sign option).
    pub negative: bool,
    /// `0x`, `0o`, `0b` (already upper-cased for `X`) or empty.
    pub prefix: &'a str,
    /// The integer digits (grouped and zero-padded).
    pub digits: &'a str,
    /// Whether a decimal point follows the digits.
    pub has_decimal: bool,
    /// Everything after the decimal point (or after the digits): fraction,
    /// exponent, `%`, `inf`, or the character of `c`.
    pub remainder: &'a str,
}

/// Lay out `parts` under `spec` (with its effective `grouping`: `n` uses
/// none in the C locale).
pub fn render_number(spec: &FormatSpec, grouping: Grouping, parts: &NumberParts) -> String {
    let (group, sep) = match grouping {
        Grouping::None => (0, ','),
        Grouping::Comma => (3, ','),
        Grouping::Underscore => (3, '_'),
        Grouping::UnderscoreFour => (4, '_'),
    };
    let sign: Option<char> = match spec.sign {
        '+' => Some(if parts.negative { '-' } else { '+' }),
        ' ' => Some(if parts.negative { '-' } else { ' ' }),
        _ => {
            if parts.negative {
                Some('-')
            } else {
                None
            }
        }
    };
    let n_sign = sign.is_some() as i64;
    let n_prefix = parts.prefix.chars().count() as i64;
    let n_decimal = parts.has_decimal as i64;
    let n_remainder = parts.remainder.chars().count() as i64;
    let non_digit = n_sign + n_prefix + n_decimal + n_remainder;
    let min_width = if spec.fill == '0' && spec.align == '=' {
        spec.width - non_digit
    } else {
        0
    };
    let digits: Vec<char> = parts.digits.chars().collect();
    let grouped = if digits.is_empty() {
        Vec::new()
    } else {
        group_digits(&digits, min_width, group, sep)
    };
    let n_padding = spec.width - (non_digit + grouped.len() as i64);
    let (mut lpad, mut spad, mut rpad) = (0, 0, 0);
    if n_padding > 0 {
        match spec.align {
            '<' => rpad = n_padding,
            '^' => {
                lpad = n_padding / 2;
                rpad = n_padding - lpad;
            }
            '=' => spad = n_padding,
            _ => lpad = n_padding,
        }
    }
    let mut out = String::new();
    let fill = |out: &mut String, n: i64| {
        for _ in 0..n {
            out.push(spec.fill);
        }
    };
    fill(&mut out, lpad);
    if let Some(s) = sign {
        out.push(s);
    }
    out.push_str(parts.prefix);
    fill(&mut out, spad);
    out.extend(grouped.iter());
    if parts.has_decimal {
        out.push('.');
    }
    out.push_str(parts.remainder);
    fill(&mut out, rpad);
    out
}

/// Left/right padding of a string of `len` characters to `width`
/// (CPython's `calc_padding`): returns `(left, right)`.
pub fn calc_padding(len: i64, width: i64, align: char) -> (i64, i64) {
    let total = if width >= 0 { width.max(len) } else { len };
    let left = match align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    (left, total - len - left)
}
