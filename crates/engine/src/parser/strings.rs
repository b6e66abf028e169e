//! String literals: prefixes, escape sequences, implicit concatenation
//! (plain and f-strings into one `JoinedStr`), with CPython's errors.

use super::cursor::{PResult, Parser};
use crate::ast::{Constant, Expr, ExprKind, FStringPart};

/// What a string token's prefix says, and where its body is.
pub(crate) struct StrInfo {
    pub raw: bool,
    pub bytes: bool,
    pub fstring: bool,
    /// Byte range of the text between the quotes, in the source.
    pub body: (usize, usize),
}

impl StrInfo {
    pub(crate) fn of(text: &str, start: usize) -> StrInfo {
        let prefix_len = text.find(['\'', '"']).unwrap_or(0);
        let prefix = text[..prefix_len].to_ascii_lowercase();
        let rest = &text[prefix_len..];
        let quote = rest.as_bytes().first().copied().unwrap_or(b'"');
        let triple = rest.len() >= 6 && rest.as_bytes()[..3].iter().all(|&b| b == quote)
            && rest.as_bytes()[rest.len() - 3..].iter().all(|&b| b == quote);
        let q = if triple { 3 } else { 1 };
        let body_start = start + prefix_len + q.min(rest.len());
        // An unterminated literal (already reported) has no closing quote.
        let closed = rest.len() >= 2 * q && rest.as_bytes()[rest.len() - 1] == quote;
        let body_end = if closed { start + text.len() - q } else { start + text.len() };
        StrInfo {
            raw: prefix.contains('r'),
            bytes: prefix.contains('b'),
            fstring: prefix.contains('f'),
            body: (body_start, body_end.max(body_start)),
        }
    }
}

impl Parser<'_> {
    /// One or more adjacent string literals.
    #[inline(never)]
    pub(crate) fn strings(&mut self) -> PResult<Expr> {
        let mut toks = Vec::new();
        while self.kind() == crate::lexer::TokenKind::String {
            toks.push(self.bump());
        }
        let after = self.span();
        let span = toks[0].to(toks[toks.len() - 1]);
        let mut bytes_mode = None;
        let mut has_f = false;
        let mut parts: Vec<FStringPart> = Vec::new();
        let mut bytes = Vec::new();
        for (i, tok) in toks.iter().enumerate() {
            let info = StrInfo::of(self.text(*tok), tok.start as usize);
            let body = self.src.get(info.body.0..info.body.1).unwrap_or("");
            if info.bytes {
                if let Some(c) = body.chars().find(|c| !c.is_ascii()) {
                    let _ = c;
                    return Err(self.error("bytes can only contain ASCII literal characters", *tok));
                }
                let b = decode_bytes(body, info.raw).map_err(|m| self.error(m, after))?;
                bytes.extend(b);
            } else if info.fstring {
                has_f = true;
                let (p, _) = self.fstring(info.body.0, info.body.1, info.raw, after, 0)?;
                parts.extend(p);
            } else {
                let s = decode_str(body, info.raw).map_err(|m| self.error(m, after))?;
                parts.push(FStringPart::Literal(s));
            }
            if i > 0 && bytes_mode != Some(info.bytes) {
                return Err(self.error("cannot mix bytes and nonbytes literals", after));
            }
            bytes_mode = Some(info.bytes);
        }
        if bytes_mode == Some(true) {
            return Ok(Expr::new(ExprKind::Constant(Constant::Bytes(bytes)), span));
        }
        let parts = merge_literals(parts);
        if has_f {
            return Ok(Expr::new(ExprKind::JoinedStr(parts), span));
        }
        let text = match parts.into_iter().next() {
            Some(FStringPart::Literal(s)) => s,
            _ => String::new(),
        };
        Ok(Expr::new(ExprKind::Constant(Constant::Str(text)), span))
    }
}

/// Joins adjacent literal parts and drops empty ones.
pub(crate) fn merge_literals(parts: Vec<FStringPart>) -> Vec<FStringPart> {
    let mut out: Vec<FStringPart> = Vec::new();
    for part in parts {
        match part {
            FStringPart::Literal(s) => {
                if let Some(FStringPart::Literal(prev)) = out.last_mut() {
                    prev.push_str(&s);
                } else {
                    out.push(FStringPart::Literal(s));
                }
            }
            other => out.push(other),
        }
    }
    out.retain(|p| !matches!(p, FStringPart::Literal(s) if s.is_empty()));
    out
}

/// The start of the parser's message for a `\ud800` escape; the compiler
/// turns it into a refusal by name.
pub(crate) const LONE_SURROGATE: &str = "lone surrogate character";

fn unicode_error(start: usize, end: usize, reason: &str) -> String {
    format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {start}-{end}: {reason}")
}

/// Reads up to `n` hex digits after byte `i`; returns the value and how
/// many digits there were.
fn hex_digits(b: &[u8], i: usize, n: usize) -> (u32, usize) {
    let mut v = 0u32;
    let mut k = 0;
    while k < n {
        match b.get(i + k).and_then(|c| (*c as char).to_digit(16)) {
            Some(d) => v = v.wrapping_mul(16).wrapping_add(d),
            None => break,
        }
        k += 1;
    }
    (v, k)
}

/// The value of a `str` literal's body.
pub(crate) fn decode_str(body: &str, raw: bool) -> Result<String, String> {
    if raw || !body.contains('\\') {
        return Ok(body.replace("\r\n", "\n"));
    }
    let b = body.as_bytes();
    let mut out = String::with_capacity(body.len());
    let mut i = 0;
    while i < b.len() {
        let Some(c) = body[i..].chars().next() else { break };
        if c != '\\' {
            out.push(c);
            i += c.len_utf8();
            continue;
        }
        let start = i;
        let Some(e) = body.get(i + 1..).and_then(|s| s.chars().next()) else {
            out.push('\\');
            break;
        };
        i += 1 + e.len_utf8();
        match e {
            '\n' => {}
            '\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'n' => out.push('\n'),
            'r' => out.push('\r'),
            't' => out.push('\t'),
            'v' => out.push('\x0b'),
            '0'..='7' => {
                let mut v = e as u32 - '0' as u32;
                let mut k = 0;
                while k < 2 && matches!(b.get(i), Some(b'0'..=b'7')) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{FFFD}'));
            }
            'x' | 'u' | 'U' => {
                let (n, name) = match e {
                    'x' => (2, "truncated \\xXX escape"),
                    'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let (v, k) = hex_digits(b, i, n);
                if k < n {
                    return Err(unicode_error(start, (i + k).saturating_sub(1), name));
                }
                i += n;
                match char::from_u32(v) {
                    Some(ch) => out.push(ch),
                    // A lone surrogate: CPython keeps it (and fails to print
                    // it); a Rust string cannot hold one. Refused by name.
                    None if v < 0x11_0000 => return Err(format!("{LONE_SURROGATE} '\\{e}{}'", &body[i - n..i])),
                    None => return Err(unicode_error(start, i - 1, "illegal Unicode character")),
                }
            }
            'N' => {
                let rest = &body[i..];
                let named = rest.strip_prefix('{').and_then(|r| r.find('}').map(|end| &r[..end]));
                match named {
                    Some(name) if !name.is_empty() => {
                        let end = i + 1 + name.len();
                        match lookup_name(name) {
                            Some(ch) => out.push(ch),
                            None => return Err(unicode_error(start, end, "unknown Unicode character name")),
                        }
                        i = end + 1;
                    }
                    _ => return Err(unicode_error(start, (i).saturating_sub(1), "malformed \\N character escape")),
                }
            }
            other => {
                // An unknown escape keeps its backslash (with a warning in CPython).
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// The value of a `bytes` literal's body (ASCII only, checked before).
pub(crate) fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    let b = body.as_bytes();
    if raw || !body.contains('\\') {
        return Ok(body.replace("\r\n", "\n").into_bytes());
    }
    let mut out = Vec::with_capacity(b.len());
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c != b'\\' {
            out.push(c);
            i += 1;
            continue;
        }
        let start = i;
        let Some(&e) = b.get(i + 1) else {
            out.push(b'\\');
            break;
        };
        i += 2;
        match e {
            b'\n' => {}
            b'\r' => {
                if b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'a' => out.push(7),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b'n' => out.push(b'\n'),
            b'r' => out.push(b'\r'),
            b't' => out.push(b'\t'),
            b'v' => out.push(11),
            b'0'..=b'7' => {
                let mut v = (e - b'0') as u32;
                let mut k = 0;
                while k < 2 && matches!(b.get(i), Some(b'0'..=b'7')) {
                    v = v * 8 + (b[i] - b'0') as u32;
                    i += 1;
                    k += 1;
                }
                out.push((v & 0xff) as u8);
            }
            b'x' => {
                let (v, k) = hex_digits(b, i, 2);
                if k < 2 {
                    return Err(format!("(value error) invalid \\x escape at position {start}"));
                }
                i += 2;
                out.push(v as u8);
            }
            other => {
                out.push(b'\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

/// A few common Unicode character names for `\N{...}` (Loopscope does not
/// carry the whole Unicode name table).
fn lookup_name(name: &str) -> Option<char> {
    let upper = name.to_ascii_uppercase();
    Some(match upper.as_str() {
        "BULLET" => '\u{2022}',
        "EM DASH" => '\u{2014}',
        "EN DASH" => '\u{2013}',
        "HORIZONTAL ELLIPSIS" => '\u{2026}',
        "NO-BREAK SPACE" => '\u{00A0}',
        "DEGREE SIGN" => '\u{00B0}',
        "MICRO SIGN" => '\u{00B5}',
        "MULTIPLICATION SIGN" => '\u{00D7}',
        "DIVISION SIGN" => '\u{00F7}',
        "COPYRIGHT SIGN" => '\u{00A9}',
        "REGISTERED SIGN" => '\u{00AE}',
        "EURO SIGN" => '\u{20AC}',
        "POUND SIGN" => '\u{00A3}',
        "YEN SIGN" => '\u{00A5}',
        "CHECK MARK" => '\u{2713}',
        "HEAVY CHECK MARK" => '\u{2714}',
        "BALLOT X" => '\u{2717}',
        "RIGHTWARDS ARROW" => '\u{2192}',
        "LEFTWARDS ARROW" => '\u{2190}',
        "UPWARDS ARROW" => '\u{2191}',
        "DOWNWARDS ARROW" => '\u{2193}',
        "BLACK STAR" => '\u{2605}',
        "WHITE STAR" => '\u{2606}',
        "HOURGLASS" => '\u{231B}',
        "GREEK SMALL LETTER ALPHA" => '\u{03B1}',
        "GREEK SMALL LETTER BETA" => '\u{03B2}',
        "GREEK SMALL LETTER PI" => '\u{03C0}',
        "GREEK CAPITAL LETTER DELTA" => '\u{0394}',
        "GREEK CAPITAL LETTER OMEGA" => '\u{03A9}',
        "INFINITY" => '\u{221E}',
        "SPACE" => ' ',
        "LINE FEED" | "LF" => '\n',
        "CHARACTER TABULATION" | "TAB" => '\t',
        "NULL" => '\0',
        "LATIN SMALL LETTER E WITH ACUTE" => '\u{00E9}',
        "SNOWMAN" => '\u{2603}',
        "BLACK HEART SUIT" => '\u{2665}',
        "SPARKLES" => '\u{2728}',
        "ROCKET" => '\u{1F680}',
        "HOURGLASS WITH FLOWING SAND" => '\u{23F3}',
        "WHITE HEAVY CHECK MARK" => '\u{2705}',
        "CROSS MARK" => '\u{274C}',
        _ => return None,
    })
}

