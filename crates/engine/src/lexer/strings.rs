//! String literals: finding where they end. (Their value is decoded by the
//! parser, which also parses f-strings' replacement fields.)

use super::scanner::Scanner;
use super::tokens::TokenKind;

/// Is `text` one of Python 3's string prefixes (any case): r, u, b, f, br,
/// rb, fr, rf?
pub fn is_string_prefix(text: &str) -> bool {
    matches!(
        text.to_ascii_lowercase().as_str(),
        "r" | "u" | "b" | "f" | "br" | "rb" | "fr" | "rf"
    )
}

impl Scanner<'_> {
    /// A string literal whose prefix starts at `start` and whose opening
    /// quote is at `quote_pos`.
    pub(super) fn string(&mut self, start: usize, quote_pos: usize) {
        let bytes = self.src.as_bytes();
        let quote = bytes[quote_pos];
        let triple = bytes.get(quote_pos + 1) == Some(&quote) && bytes.get(quote_pos + 2) == Some(&quote);
        let mut p = quote_pos + if triple { 3 } else { 1 };
        loop {
            let Some(&b) = bytes.get(p) else {
                // End of text inside the string.
                let last = self.src.len().saturating_sub(1);
                let line = self.line_of(last);
                let msg = if triple {
                    format!("unterminated triple-quoted string literal (detected at line {line})")
                } else {
                    format!("unterminated string literal (detected at line {line})")
                };
                self.syntax_error(msg, start, start);
                self.pos = self.src.len();
                self.push(TokenKind::String, start, self.pos);
                return;
            };
            if b == quote {
                if !triple {
                    p += 1;
                    break;
                }
                if bytes.get(p + 1) == Some(&quote) && bytes.get(p + 2) == Some(&quote) {
                    p += 3;
                    break;
                }
                p += 1;
            } else if b == b'\\' {
                // Whatever follows a backslash never ends the string (in raw
                // strings too); `\` + newline continues it.
                p += 1;
                if self.src[p..].starts_with("\r\n") {
                    p += 2;
                } else if let Some(c) = self.peek_at(p) {
                    p += c.len_utf8();
                }
            } else if (b == b'\n' || b == b'\r') && !triple {
                let line = self.line_of(p);
                self.syntax_error(
                    format!("unterminated string literal (detected at line {line})"),
                    start,
                    start,
                );
                self.pos = p;
                self.push(TokenKind::String, start, p);
                return;
            } else if b == 0 {
                self.syntax_error("source code string cannot contain null bytes", p, p + 1);
                p += 1;
            } else {
                p += self.peek_at(p).map_or(1, char::len_utf8);
            }
        }
        self.pos = p;
        self.push(TokenKind::String, start, p);
    }
}
