//! Number literals, scanned exactly as CPython's tokenizer does (so the
//! same texts are errors, with the same messages and positions).

use super::chars::is_potential_identifier_char;
use super::scanner::Scanner;
use super::tokens::{NumberKind, TokenKind};

/// Why scanning stopped early: a message and the byte range to report.
struct NumError {
    msg: String,
    start: usize,
    end: usize,
}

type Scan<T> = Result<T, NumError>;

impl Scanner<'_> {
    pub(super) fn number(&mut self, start: usize) {
        match self.scan_number(start) {
            Ok((end, kind)) => {
                self.pos = end;
                self.push(TokenKind::Number(kind), start, end);
            }
            Err(e) => {
                self.syntax_error(e.msg, e.start, e.end);
                // Resynchronise after the rest of the literal.
                let mut end = start;
                for (i, ch) in self.src[start..].char_indices() {
                    if !(is_potential_identifier_char(ch) || ch == '.') {
                        break;
                    }
                    end = start + i + ch.len_utf8();
                }
                self.pos = end.max(start + 1);
                self.push(TokenKind::Error, start, self.pos);
            }
        }
    }

    /// The character at byte `p` (`'\0'` at the end) and where the next
    /// one starts.
    fn char_at(&self, p: usize) -> (char, usize) {
        match self.peek_at(p) {
            Some(c) => (c, p + c.len_utf8()),
            // A virtual NUL one byte past the end, so that the character
            // always starts at `next - len_utf8`.
            None => ('\0', p + 1),
        }
    }

    /// CPython reports `syntaxerror(tok, ...)` one character before its read
    /// position: after backing up over `c` at `p`, at the character before
    /// `p`.
    fn err_before(&self, p: usize, msg: impl Into<String>) -> NumError {
        let at = self.prev_char_start(p);
        NumError { msg: msg.into(), start: at, end: at }
    }

    /// Checks what follows a number, as CPython's `verify_end_of_number`:
    /// a keyword that may legally follow (`1if x else 2`) is allowed, any
    /// other identifier character is an error.
    fn verify_end(&self, c: char, p: usize, kind: &str) -> Scan<()> {
        let rest = &self.src[p.min(self.src.len())..];
        let after = |s: &str| rest.starts_with(s);
        let ok_keyword = match c {
            'a' => after("nd"),
            'e' => after("lse"),
            'f' => after("or"),
            'i' => after("f") || after("n") || after("s"),
            'o' => after("r"),
            'n' => after("ot"),
            _ => false,
        };
        if !ok_keyword && c.is_ascii() && is_potential_identifier_char(c) && c != '\0' {
            return Err(self.err_before(end_of(c, p), format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// Digits with single underscores between them; `c` at `p` has been
    /// read (a digit). Returns the first character after, and where it is.
    fn decimal_tail(&self, mut p: usize) -> Scan<(char, usize)> {
        loop {
            let (mut c, mut next) = self.char_at(p);
            while c.is_ascii_digit() {
                p = next;
                (c, next) = self.char_at(p);
            }
            if c != '_' {
                return Ok((c, next));
            }
            let (c2, next2) = self.char_at(next);
            if !c2.is_ascii_digit() {
                return Err(self.err_before(next, "invalid decimal literal"));
            }
            p = next2;
        }
    }

    /// Returns the end of the literal and its kind.
    fn scan_number(&self, start: usize) -> Scan<(usize, NumberKind)> {
        let bytes = self.src.as_bytes();
        let first = bytes[start];
        if first == b'.' {
            // `.5`: the fraction part.
            let (c, next) = self.decimal_tail(start + 1)?;
            return self.exponent_and_suffix(c, next, NumberKind::Float);
        }
        if first == b'0' {
            let (c, next) = self.char_at(start + 1);
            match c {
                'x' | 'X' => return self.radix(next, 16, "hexadecimal"),
                'o' | 'O' => return self.radix(next, 8, "octal"),
                'b' | 'B' => return self.radix(next, 2, "binary"),
                _ => {}
            }
            // Zeros, possibly with underscores; then maybe more digits (an
            // old-style octal, refused) or a fraction / exponent.
            let (mut c, mut next) = (c, next);
            loop {
                if c == '_' {
                    let (c2, n2) = self.char_at(next);
                    if !c2.is_ascii_digit() {
                        return Err(self.err_before(next, "invalid decimal literal"));
                    }
                    (c, next) = (c2, n2);
                }
                if c != '0' {
                    break;
                }
                (c, next) = self.char_at(next);
            }
            let zeros_end = next - c.len_utf8();
            let mut nonzero = false;
            if c.is_ascii_digit() {
                nonzero = true;
                (c, next) = self.decimal_tail(next)?;
            }
            if c == '.' {
                let (c2, n2) = self.char_at(next);
                return self.fraction(c2, n2);
            }
            if matches!(c, 'e' | 'E' | 'j' | 'J') {
                return self.exponent_and_suffix(c, next, NumberKind::Int);
            }
            if nonzero {
                return Err(NumError {
                    msg: "leading zeros in decimal integer literals are not permitted; \
                          use an 0o prefix for octal integers"
                        .into(),
                    start,
                    end: zeros_end.max(start + 1),
                });
            }
            self.verify_end(c, next, "decimal")?;
            return Ok((end_of(c, next), NumberKind::Int));
        }
        // A decimal starting with 1-9.
        let (c, next) = self.decimal_tail(start + 1)?;
        if c == '.' {
            let (c2, n2) = self.char_at(next);
            return self.fraction(c2, n2);
        }
        self.exponent_and_suffix(c, next, NumberKind::Int)
    }

    /// After the `.` of a float: `c` at `next - len(c)` was read.
    fn fraction(&self, c: char, next: usize) -> Scan<(usize, NumberKind)> {
        if c.is_ascii_digit() {
            let (c, next) = self.decimal_tail(next)?;
            return self.exponent_and_suffix(c, next, NumberKind::Float);
        }
        self.exponent_and_suffix(c, next, NumberKind::Float)
    }

    /// `c` (just read, ending at `next`) may start an exponent or a `j`.
    fn exponent_and_suffix(&self, c: char, next: usize, kind: NumberKind) -> Scan<(usize, NumberKind)> {
        let (mut c, mut next, mut kind) = (c, next, kind);
        if c == 'e' || c == 'E' {
            let e_pos = next - 1;
            let (c2, n2) = self.char_at(next);
            if c2 == '+' || c2 == '-' {
                let (c3, n3) = self.char_at(n2);
                if !c3.is_ascii_digit() {
                    return Err(self.err_before(n2, "invalid decimal literal"));
                }
                (c, next) = self.decimal_tail(n3)?;
            } else if !c2.is_ascii_digit() {
                // Not an exponent after all: `1else`, or an error.
                self.verify_end('e', next, "decimal")?;
                return Ok((e_pos, kind));
            } else {
                (c, next) = self.decimal_tail(n2)?;
            }
            kind = NumberKind::Float;
        }
        if c == 'j' || c == 'J' {
            let (c2, n2) = self.char_at(next);
            self.verify_end(c2, n2, "imaginary")?;
            return Ok((next, NumberKind::Imaginary));
        }
        self.verify_end(c, next, "decimal")?;
        Ok((end_of(c, next), kind))
    }

    /// `0x`, `0o`, `0b` literals; `p` is just after the prefix letter.
    fn radix(&self, p: usize, radix: u32, name: &str) -> Scan<(usize, NumberKind)> {
        let (mut c, mut next) = self.char_at(p);
        loop {
            if c == '_' {
                (c, next) = self.char_at(next);
            }
            if !c.is_digit(radix) {
                if radix < 10 && c.is_ascii_digit() {
                    let at = next - 1;
                    return Err(NumError {
                        msg: format!("invalid digit '{c}' in {name} literal"),
                        start: at,
                        end: next,
                    });
                }
                return Err(self.err_before(end_of(c, next), format!("invalid {name} literal")));
            }
            while c.is_digit(radix) {
                (c, next) = self.char_at(next);
            }
            if c != '_' {
                break;
            }
        }
        if radix < 10 && c.is_ascii_digit() {
            let at = next - 1;
            return Err(NumError { msg: format!("invalid digit '{c}' in {name} literal"), start: at, end: next });
        }
        self.verify_end(c, next, name)?;
        Ok((end_of(c, next), NumberKind::Int))
    }
}

/// Where the character `c`, read up to `next`, starts: the end of the
/// literal when `c` is the first character after it.
fn end_of(c: char, next: usize) -> usize {
    next - c.len_utf8()
}
