//! The scanner's main loop: one pass over the text producing tokens.

use super::chars::{invalid_character_message, is_identifier_continue, is_identifier_start,
    is_potential_identifier_char};
use super::tokens::{Keyword, Op, Token, TokenKind};
use super::{LexError, Lexed};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::span::Span;

/// CPython's limit on bracket nesting (`MAXLEVEL`).
pub(super) const MAX_PAREN_LEVEL: usize = 200;

pub(super) struct Scanner<'a> {
    pub(super) src: &'a str,
    pub(super) pos: usize,
    pub(super) tokens: Vec<Token>,
    pub(super) errors: Vec<LexError>,
    /// Open brackets: the bracket and its byte offset.
    pub(super) parens: Vec<(char, usize)>,
    /// Indentation stack: (column with tabs to multiples of 8, column with
    /// tabs as 1), as CPython keeps `indstack` / `altindstack`.
    pub(super) indents: Vec<(u32, u32)>,
    /// The current line has only whitespace and comments so far.
    pub(super) blank_line: bool,
    at_line_start: bool,
    /// Scanning an f-string expression: as if inside brackets.
    fragment: bool,
    /// Line starts, made at the first error that names a line.
    lines: std::cell::OnceCell<crate::span::LineIndex>,
    fatal_errors: usize,
}

const MAX_FATAL: usize = 1000;

impl<'a> Scanner<'a> {
    pub(super) fn new(src: &'a str, fragment: bool) -> Scanner<'a> {
        Scanner {
            src,
            pos: 0,
            tokens: Vec::new(),
            errors: Vec::new(),
            parens: Vec::new(),
            indents: vec![(0, 0)],
            blank_line: true,
            at_line_start: !fragment,
            fragment,
            lines: std::cell::OnceCell::new(),
            fatal_errors: 0,
        }
    }

    /// 1-based line number of byte offset `pos` (a binary search: errors
    /// on every line of a huge text stay linear).
    pub(super) fn line_of(&self, pos: usize) -> usize {
        self.lines.get_or_init(|| crate::span::LineIndex::new(self.src)).line(pos as u32) as usize
    }

    pub(super) fn peek(&self) -> Option<char> {
        self.src.get(self.pos..).and_then(|s| s.chars().next())
    }

    pub(super) fn peek_at(&self, pos: usize) -> Option<char> {
        self.src.get(pos..).and_then(|s| s.chars().next())
    }

    pub(super) fn byte(&self, pos: usize) -> u8 {
        self.src.as_bytes().get(pos).copied().unwrap_or(0)
    }

    pub(super) fn push(&mut self, kind: TokenKind, start: usize, end: usize) {
        if !matches!(kind, TokenKind::Comment | TokenKind::Nl | TokenKind::Indent | TokenKind::Dedent)
        {
            self.blank_line = false;
        }
        self.tokens.push(Token { kind, span: Span::new(start as u32, end as u32) });
    }

    /// Records a fatal error; past `MAX_FATAL` of them (a megabyte of NUL
    /// bytes) only the count grows: the first is the one reported, and the
    /// editor marks a hundred.
    pub(super) fn error_at(&mut self, kind: SyntaxErrorKind, msg: impl Into<String>, start: usize, end: usize) -> bool {
        if self.fatal_errors >= MAX_FATAL {
            return false;
        }
        self.fatal_errors += 1;
        let error = SyntaxError::new(kind, msg, Span::new(start as u32, end as u32));
        self.errors.push(LexError { error, fatal: true, deferred: false });
        true
    }

    pub(super) fn syntax_error(&mut self, msg: impl Into<String>, start: usize, end: usize) {
        self.error_at(SyntaxErrorKind::SyntaxError, msg, start, end);
    }

    /// A fatal error CPython only reports if the parser gets that far.
    pub(super) fn deferred_error(&mut self, kind: SyntaxErrorKind, msg: &str, start: usize, end: usize) {
        if !self.error_at(kind, msg, start, end) {
            return;
        }
        if let Some(last) = self.errors.last_mut() {
            last.deferred = true;
        }
    }

    /// Byte offset of the character just before `pos` (CPython's tokenizer
    /// reports many errors one character before its read position).
    pub(super) fn prev_char_start(&self, pos: usize) -> usize {
        let mut p = pos.min(self.src.len());
        if p == 0 {
            return 0;
        }
        p -= 1;
        while p > 0 && !self.src.is_char_boundary(p) {
            p -= 1;
        }
        p
    }

    /// Byte offset of the end of the line containing `pos` (its newline,
    /// or the end of the text).
    pub(super) fn line_end(&self, pos: usize) -> usize {
        let bytes = self.src.as_bytes();
        let mut p = pos.min(bytes.len());
        while p < bytes.len() && bytes[p] != b'\n' && bytes[p] != b'\r' {
            p += 1;
        }
        p
    }

    pub(super) fn run(mut self) -> Lexed {
        if self.src.starts_with('\u{FEFF}') {
            self.pos = '\u{FEFF}'.len_utf8();
        }
        loop {
            if self.at_line_start {
                self.at_line_start = false;
                self.blank_line = true;
                self.line_start();
            }
            self.skip_blanks();
            let Some(c) = self.peek() else { break };
            let start = self.pos;
            match c {
                '#' => {
                    let end = self.line_end(start);
                    self.pos = end;
                    self.push(TokenKind::Comment, start, end);
                }
                '\n' | '\r' => {
                    let len = if self.src[start..].starts_with("\r\n") { 2 } else { 1 };
                    self.pos += len;
                    let kind = if self.parens.is_empty() && !self.blank_line && !self.fragment {
                        TokenKind::Newline
                    } else {
                        TokenKind::Nl
                    };
                    // CPython's NEWLINE token starts at a comment before it.
                    let nl_start = match self.tokens.last() {
                        Some(t) if t.kind == TokenKind::Comment && kind == TokenKind::Newline => t.span.start as usize,
                        _ => start,
                    };
                    self.tokens.push(Token { kind, span: Span::new(nl_start as u32, (start + len) as u32) });
                    self.at_line_start = self.parens.is_empty() && !self.fragment;
                    self.blank_line = self.parens.is_empty();
                }
                '\\' => self.continuation(start),
                '0'..='9' => self.number(start),
                '.' if self.byte(start + 1).is_ascii_digit() => self.number(start),
                '\'' | '"' => self.string(start, start),
                c if is_potential_identifier_char(c) => self.identifier(start),
                _ => self.operator(start, c),
            }
        }
        self.finish()
    }

    fn skip_blanks(&mut self) {
        while matches!(self.byte(self.pos), b' ' | b'\t' | b'\x0c') {
            self.pos += 1;
        }
    }

    fn continuation(&mut self, start: usize) {
        let next = start + 1;
        let nl_len = if self.src[next..].starts_with("\r\n") {
            2
        } else if matches!(self.byte(next), b'\n' | b'\r') {
            1
        } else {
            0
        };
        if next >= self.src.len() || (nl_len > 0 && next + nl_len >= self.src.len()) {
            // A continuation at the very end: CPython reads an EOF where the
            // next line should be (inside brackets, the parser then reports
            // the unclosed bracket).
            if self.parens.is_empty() {
                self.deferred_error(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing", next, next);
            }
            self.pos = (next + nl_len).min(self.src.len());
            self.push(TokenKind::Error, start, start + 1);
            return;
        }
        if nl_len == 0 {
            let at = next;
            let end = at + self.peek_at(at).map_or(1, char::len_utf8);
            self.deferred_error(
                SyntaxErrorKind::SyntaxError,
                "unexpected character after line continuation character",
                at,
                end,
            );
            self.pos = start + 1;
            self.push(TokenKind::Error, start, start + 1);
            return;
        }
        self.pos = next + nl_len;
    }

    fn identifier(&mut self, start: usize) {
        let mut end = start;
        let mut ascii = true;
        for (i, ch) in self.src[start..].char_indices() {
            if !is_potential_identifier_char(ch) {
                break;
            }
            ascii &= ch.is_ascii();
            end = start + i + ch.len_utf8();
        }
        let text = &self.src[start..end];
        if text.len() <= 2 && super::strings::is_string_prefix(text)
            && matches!(self.byte(end), b'\'' | b'"')
        {
            self.string(start, end);
            return;
        }
        if !ascii {
            let mut first = true;
            for (i, ch) in text.char_indices() {
                let ok = if first { is_identifier_start(ch) } else { is_identifier_continue(ch) };
                first = false;
                if !ok {
                    let at = start + i;
                    self.syntax_error(invalid_character_message(ch), at, at + ch.len_utf8());
                    self.pos = end;
                    self.push(TokenKind::Error, start, end);
                    return;
                }
            }
            // CPython reads `ﬁ` as `fi` (NFKC); Loopscope has no such tables
            // and refuses the name (the compiler names it).
            use crate::builtins::unicode_tables::{in_table, NFKC_CHANGES};
            if text.chars().any(|c| in_table(NFKC_CHANGES, c)) {
                self.syntax_error(format!("{} '{text}'", crate::parser::NFKC_NAME), start, end);
            }
        }
        self.pos = end;
        let kind = match Keyword::lookup(text) {
            Some(kw) => TokenKind::Keyword(kw),
            None => TokenKind::Name,
        };
        self.push(kind, start, end);
    }

    fn operator(&mut self, start: usize, c: char) {
        let rest = &self.src[start..];
        if rest.starts_with("<>") {
            self.soft_error(start, start + 2);
            return;
        }
        // Every operator starts with ASCII punctuation: anything else (a
        // megabyte of NUL bytes) is an error at once.
        let op = if c.is_ascii_punctuation() { Op::ALL.iter().copied().find(|op| rest.starts_with(op.as_str())) } else { None };
        let Some(op) = op else {
            let end = start + c.len_utf8();
            if c == '\0' {
                self.syntax_error("source code string cannot contain null bytes", start, end);
                self.pos = end;
                self.push(TokenKind::Error, start, end);
            } else if matches!(c, '!' | '$' | '?' | '`') {
                self.soft_error(start, end);
            } else {
                self.syntax_error(invalid_character_message(c), start, end);
                self.pos = end;
                self.push(TokenKind::Error, start, end);
            }
            return;
        };
        let end = start + op.as_str().len();
        self.pos = end;
        match op {
            Op::LPar | Op::LSqb | Op::LBrace => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    self.syntax_error("too many nested parentheses", start, end);
                    self.push(TokenKind::Error, start, end);
                    return;
                }
                self.parens.push((c, start));
            }
            Op::RPar | Op::RSqb | Op::RBrace => match self.parens.pop() {
                None => {
                    self.syntax_error(format!("unmatched '{c}'"), start, end);
                    self.push(TokenKind::Error, start, end);
                    return;
                }
                Some((open, open_pos)) => {
                    let expected = match open {
                        '(' => ')',
                        '[' => ']',
                        _ => '}',
                    };
                    if c != expected {
                        let open_line = self.line_of(open_pos);
                        let line = self.line_of(start);
                        let msg = if open_line != line {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}' on line {open_line}")
                        } else {
                            format!("closing parenthesis '{c}' does not match opening parenthesis '{open}'")
                        };
                        self.syntax_error(msg, start, end);
                    }
                }
            },
            _ => {}
        }
        self.push(TokenKind::Op(op), start, end);
    }

    /// Text CPython turns into an error token: the parser reports it as
    /// `invalid syntax`.
    fn soft_error(&mut self, start: usize, end: usize) {
        let error = SyntaxError::syntax("invalid syntax", Span::new(start as u32, end as u32));
        self.errors.push(LexError { error, fatal: false, deferred: false });
        self.pos = end;
        self.push(TokenKind::Error, start, end);
    }

    fn finish(mut self) -> Lexed {
        let len = self.src.len();
        let eof = if self.src.ends_with('\n') { len - 1 } else { len };
        if self.parens.is_empty() && !self.blank_line && !self.fragment {
            self.tokens.push(Token { kind: TokenKind::Newline, span: Span::new(len as u32, len as u32) });
        }
        // Keep tokens in order when the last one ran to the end of the text
        // (an unterminated triple-quoted string).
        let eof = eof.max(self.tokens.last().map_or(0, |t| t.span.start as usize));
        if self.parens.is_empty() && !self.fragment {
            while self.indents.len() > 1 {
                self.indents.pop();
                self.tokens.push(Token { kind: TokenKind::Dedent, span: Span::new(eof as u32, eof as u32) });
            }
        }
        self.tokens.push(Token { kind: TokenKind::EndOfFile, span: Span::new(eof as u32, eof as u32) });
        let unclosed = self
            .parens
            .iter()
            .map(|&(c, p)| (c, Span::new(p as u32, p as u32 + 1)))
            .collect();
        Lexed { tokens: self.tokens, errors: self.errors, unclosed }
    }
}
