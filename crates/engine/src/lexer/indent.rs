//! Indentation at the start of a line: INDENT / DEDENT tokens, TabError and
//! "unindent does not match any outer indentation level", as CPython's
//! tokenizer computes them.

use super::scanner::Scanner;
use super::tokens::TokenKind;
use crate::error::SyntaxErrorKind;

const TAB_SIZE: u32 = 8;
/// CPython's `MAXINDENT`.
const MAX_INDENT: usize = 100;

impl Scanner<'_> {
    /// Called at the start of each physical line that begins a logical line.
    pub(super) fn line_start(&mut self) {
        let line_start = self.pos;
        let (mut col, mut altcol) = (0u32, 0u32);
        loop {
            match self.byte(self.pos) {
                b' ' => {
                    col += 1;
                    altcol += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                b'\x0c' => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let indent_end = self.pos;
        // Blank lines, comment-only lines and the end of the text do not
        // count for indentation.
        if self.pos >= self.src.len() || matches!(self.byte(self.pos), b'#' | b'\n' | b'\r') {
            return;
        }
        if !self.parens.is_empty() {
            return;
        }
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        if col == top {
            if altcol != alttop {
                self.tab_error(line_start);
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                self.deferred_error(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                    line_start,
                    line_start,
                );
                return;
            }
            if altcol <= alttop {
                self.tab_error(line_start);
            }
            self.indents.push((col, altcol));
            self.push(TokenKind::Indent, line_start, indent_end);
        } else {
            while self.indents.len() > 1 && col < self.indents.last().map_or(0, |t| t.0) {
                self.indents.pop();
                self.push(TokenKind::Dedent, indent_end, indent_end);
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                let at = self.line_end(indent_end);
                self.deferred_error(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    at,
                    at,
                );
            } else if altcol != alttop {
                self.tab_error(line_start);
            }
        }
    }

    fn tab_error(&mut self, line_start: usize) {
        self.deferred_error(
            SyntaxErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            line_start,
            line_start,
        );
    }
}
