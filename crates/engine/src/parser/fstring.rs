//! f-strings as CPython 3.11 parses them: literal text with `{{` / `}}`,
//! replacement fields `{expr!c:spec}` (the spec may hold nested fields),
//! `{expr=}` debug text, and 3.11's restrictions (no backslash or `#` in
//! the expression, one level of nesting in specs).

use super::cursor::{PResult, Parser};
use super::strings::decode_str;
use crate::ast::{FStringPart, FormattedValue};
use crate::span::Span;

/// CPython's `MAXLEVEL` for brackets inside a replacement field.
const MAX_FIELD_NESTING: usize = 200;

impl Parser<'_> {
    /// Parses the f-string body `src[start..end]`. `after` is where CPython
    /// reports errors (the token after the strings). Returns the parts and
    /// where parsing stopped (at a `}` ending a nested format spec).
    #[inline(never)]
    pub(crate) fn fstring(
        &mut self,
        start: usize,
        end: usize,
        raw: bool,
        after: Span,
        level: u32,
    ) -> PResult<(Vec<FStringPart>, usize)> {
        let src = self.src;
        let b = src.as_bytes();
        let mut parts = Vec::new();
        let mut pos = start;
        loop {
            // Literal text up to a `{` or `}`.
            let mut lit_start = pos;
            while pos < end {
                let c = b[pos];
                if !raw && c == b'\\' && pos + 1 < end {
                    let next = b[pos + 1];
                    if next == b'N' {
                        pos += 2;
                        if pos < end && b[pos] == b'{' {
                            while pos < end && b[pos] != b'}' {
                                pos += 1;
                            }
                            pos = (pos + 1).min(end);
                        }
                        continue;
                    }
                    if next == b'{' || next == b'}' {
                        pos += 1;
                        continue;
                    }
                    pos += 1 + src[pos + 1..].chars().next().map_or(1, char::len_utf8);
                    continue;
                }
                if c == b'{' || c == b'}' {
                    if level == 0 {
                        if pos + 1 < end && b[pos + 1] == c {
                            self.push_literal(&mut parts, lit_start, pos + 1, raw, after)?;
                            pos += 2;
                            lit_start = pos;
                            continue;
                        }
                        if c == b'}' {
                            return Err(self.error("f-string: single '}' is not allowed", after));
                        }
                    }
                    break;
                }
                pos += src[pos..].chars().next().map_or(1, char::len_utf8);
            }
            self.push_literal(&mut parts, lit_start, pos, raw, after)?;
            if pos >= end || b[pos] == b'}' {
                return Ok((parts, pos));
            }
            if level >= 2 {
                return Err(self.error("f-string: expressions nested too deeply", after));
            }
            let (field, next) = self.fstring_field(pos, end, raw, after, level)?;
            parts.push(FStringPart::Expr(field));
            pos = next;
        }
    }

    fn push_literal(&self, parts: &mut Vec<FStringPart>, start: usize, end: usize, raw: bool, after: Span) -> PResult<()> {
        if end <= start {
            return Ok(());
        }
        let text = self.src.get(start..end).unwrap_or("");
        let value = decode_str(text, raw).map_err(|m| self.error(m, after))?;
        parts.push(FStringPart::Literal(value));
        Ok(())
    }

    /// One replacement field starting at the `{` at `open`.
    fn fstring_field(
        &mut self,
        open: usize,
        end: usize,
        raw: bool,
        after: Span,
        level: u32,
    ) -> PResult<(FormattedValue, usize)> {
        let src = self.src;
        let b = src.as_bytes();
        let expr_start = open + 1;
        let mut p = expr_start;
        let mut quote: Option<(u8, bool)> = None;
        let mut stack: Vec<u8> = Vec::new();
        let mut terminated = false;
        while p < end {
            let ch = b[p];
            p += 1;
            if ch == b'\\' {
                return Err(self.error("f-string expression part cannot include a backslash", after));
            }
            if let Some((q, triple)) = quote {
                if ch == q {
                    if !triple {
                        quote = None;
                    } else if p + 1 < end + 1 && b.get(p) == Some(&q) && b.get(p + 1) == Some(&q) {
                        p += 2;
                        quote = None;
                    }
                }
                continue;
            }
            match ch {
                b'\'' | b'"' => {
                    if b.get(p) == Some(&ch) && b.get(p + 1) == Some(&ch) && p + 1 < end {
                        p += 2;
                        quote = Some((ch, true));
                    } else {
                        quote = Some((ch, false));
                    }
                    continue;
                }
                b'(' | b'[' | b'{' => {
                    if stack.len() >= MAX_FIELD_NESTING {
                        return Err(self.error("f-string: too many nested parenthesis", after));
                    }
                    stack.push(ch);
                    continue;
                }
                b'#' => return Err(self.error("f-string expression part cannot include '#'", after)),
                _ => {}
            }
            if stack.is_empty() && matches!(ch, b'!' | b':' | b'}' | b'=' | b'<' | b'>') {
                if p < end && b[p] == b'=' && matches!(ch, b'!' | b'=' | b'<' | b'>') {
                    p += 1;
                    continue;
                }
                if ch == b'<' || ch == b'>' {
                    continue;
                }
                p -= 1;
                terminated = true;
                break;
            }
            if matches!(ch, b')' | b']' | b'}') {
                let Some(opening) = stack.pop() else {
                    return Err(self.error(format!("f-string: unmatched '{}'", ch as char), after));
                };
                let expected = match opening {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if ch != expected {
                    return Err(self.error(
                        format!(
                            "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                            ch as char, opening as char
                        ),
                        after,
                    ));
                }
            }
        }
        if quote.is_some() {
            return Err(self.error("f-string: unterminated string", after));
        }
        if let Some(&opening) = stack.last() {
            return Err(self.error(format!("f-string: unmatched '{}'", opening as char), after));
        }
        let expecting = |p: &Parser| p.error("f-string: expecting '}'", after);
        if !terminated || p >= end {
            return Err(expecting(self));
        }
        let expr_end = p;
        let text = src.get(expr_start..expr_end).unwrap_or("");
        if text.trim_matches(|c: char| c.is_ascii_whitespace()).is_empty() {
            return Err(self.error("f-string: empty expression not allowed", after));
        }
        let value = super::parse_fstring_expr(src, expr_start, expr_end, self.depth + 1, self.stack_base)?;
        let mut debug_text = None;
        if b[p] == b'=' {
            p += 1;
            while p < end && b[p].is_ascii_whitespace() {
                p += 1;
            }
            if p >= end {
                return Err(expecting(self));
            }
            debug_text = Some(src.get(expr_start..p).unwrap_or("").to_string());
        }
        let mut conversion = None;
        if b[p] == b'!' {
            p += 1;
            if p >= end {
                return Err(expecting(self));
            }
            let c = src[p..].chars().next().unwrap_or('\0');
            p += c.len_utf8();
            if !matches!(c, 's' | 'r' | 'a') {
                return Err(self.error(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'",
                    after,
                ));
            }
            conversion = Some(c);
        }
        let mut format_spec = None;
        if p < end && b[p] == b':' {
            p += 1;
            if p >= end {
                return Err(expecting(self));
            }
            let (spec, next) = self.fstring(p, end, raw, after, level + 1)?;
            format_spec = Some(super::strings::merge_literals(spec));
            p = next;
        }
        if p >= end || b[p] != b'}' {
            return Err(expecting(self));
        }
        p += 1;
        if debug_text.is_some() && conversion.is_none() && format_spec.is_none() {
            conversion = Some('r');
        }
        let field = FormattedValue {
            value: Box::new(value),
            conversion,
            format_spec,
            debug_text,
            span: Span::new(open as u32, p as u32),
        };
        Ok((field, p))
    }
}
