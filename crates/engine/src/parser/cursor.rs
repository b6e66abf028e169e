//! The parser's state and its token cursor.

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::{Keyword, Op, Token, TokenKind};
use crate::span::Span;

pub(crate) type PResult<T> = Result<T, SyntaxError>;

pub(crate) struct Parser<'a> {
    pub(crate) src: &'a str,
    /// The tokens without comments and non-logical newlines.
    pub(crate) toks: Vec<Token>,
    /// Bracket depth after each token.
    levels: Vec<u32>,
    pub(crate) pos: usize,
    /// The furthest token looked at outside of error-rule lookahead
    /// (CPython reports generic errors there, and decides from its line
    /// whether an unclosed bracket is to blame).
    furthest: std::cell::Cell<usize>,
    /// The furthest token looked at by any rule (CPython's `p->fill`).
    fetched: std::cell::Cell<usize>,
    /// Nesting depth, guarded by `MAX_DEPTH`.
    pub(crate) depth: u32,
    /// Non-zero while CPython's error rules are switched off (inside its
    /// `expression_without_invalid`).
    pub(crate) no_invalid: u32,
    /// Non-zero while re-reading text only to explain an error (CPython's
    /// second pass): error rules apply, the furthest token does not move.
    pub(crate) second_pass: u32,
    /// Address of a local at the start of parsing: with `stack_addr` it
    /// measures how much stack the recursion uses.
    pub(crate) stack_base: usize,
    /// Parenthesised expressions: inner span → span with the parentheses
    /// (CPython's group node keeps the inner span, but enclosing nodes
    /// start or end at the parentheses).
    pub(crate) groups: std::collections::HashMap<(u32, u32), Span>,
}

/// How much stack the parser may use before it reports "too many nested
/// expressions": enough for the 200 nested brackets CPython allows (about
/// 700 KB), within the 2 MB stack the wasm build links with
/// (.cargo/config.toml) and the 2 MB of a test thread.
const STACK_BUDGET: usize = 900_000;

/// The address of a local variable: a position on the stack.
#[inline(never)]
pub(crate) fn stack_addr() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

impl<'a> Parser<'a> {
    pub(crate) fn new(src: &'a str, tokens: Vec<Token>, base_level: u32) -> Parser<'a> {
        let toks: Vec<Token> = tokens.into_iter().filter(|t| !t.kind.is_trivia()).collect();
        let mut levels = Vec::with_capacity(toks.len());
        let mut level = base_level;
        for t in &toks {
            match t.kind {
                TokenKind::Op(Op::LPar | Op::LSqb | Op::LBrace) => level += 1,
                TokenKind::Op(Op::RPar | Op::RSqb | Op::RBrace) => level = level.saturating_sub(1).max(base_level),
                _ => {}
            }
            levels.push(level);
        }
        Parser { src, toks, levels, pos: 0, furthest: std::cell::Cell::new(0), fetched: std::cell::Cell::new(0), depth: 0, no_invalid: 0, second_pass: 0, stack_base: stack_addr(), groups: Default::default() }
    }

    // ----- looking at tokens

    pub(crate) fn tok(&self, i: usize) -> Token {
        match self.toks.get(i) {
            Some(t) => t.clone(),
            None => {
                let end = self.toks.last().map_or(0, |t| t.span.end);
                Token { kind: TokenKind::EndOfFile, span: Span::new(end, end) }
            }
        }
    }

    pub(crate) fn kind(&self) -> TokenKind {
        self.look(self.pos);
        self.tok(self.pos).kind
    }

    pub(crate) fn kind_at(&self, offset: usize) -> TokenKind {
        self.look(self.pos + offset);
        self.tok(self.pos + offset).kind
    }

    /// Records that token `i` was looked at.
    fn look(&self, i: usize) {
        let i = i.min(self.toks.len().saturating_sub(1));
        if i > self.fetched.get() {
            self.fetched.set(i);
        }
        if self.no_invalid == 0 && self.second_pass == 0 && i > self.furthest.get() {
            self.furthest.set(i);
        }
    }

    pub(crate) fn span(&self) -> Span {
        self.tok(self.pos).span
    }

    /// Span of the token before the current one.
    pub(crate) fn prev_span(&self) -> Span {
        if self.pos == 0 {
            return Span::new(0, 0);
        }
        self.tok(self.pos - 1).span
    }

    pub(crate) fn text(&self, span: Span) -> &'a str {
        self.src.get(span.start as usize..span.end as usize).unwrap_or("")
    }

    pub(crate) fn cur_text(&self) -> &'a str {
        self.text(self.span())
    }

    /// Bracket depth after the previous token.
    pub(crate) fn prev_level(&self) -> u32 {
        if self.pos == 0 {
            return 0;
        }
        self.levels.get(self.pos - 1).copied().unwrap_or(0)
    }

    pub(crate) fn at_op(&self, op: Op) -> bool {
        self.kind() == TokenKind::Op(op)
    }

    pub(crate) fn at_kw(&self, kw: Keyword) -> bool {
        self.kind() == TokenKind::Keyword(kw)
    }

    pub(crate) fn at_name(&self) -> bool {
        self.kind() == TokenKind::Name
    }

    /// The span of `e` including any parentheses around it.
    pub(crate) fn o<T: HasSpan + ?Sized>(&self, e: &T) -> Span {
        let span = e.node_span();
        self.groups.get(&(span.start, span.end)).copied().unwrap_or(span)
    }

    // ----- moving

    pub(crate) fn bump(&mut self) -> Span {
        let span = self.span();
        self.look(self.pos);
        if self.pos < self.toks.len() {
            self.pos += 1;
        }
        span
    }

    pub(crate) fn eat_op(&mut self, op: Op) -> Option<Span> {
        if self.at_op(op) {
            Some(self.bump())
        } else {
            None
        }
    }

    pub(crate) fn eat_kw(&mut self, kw: Keyword) -> Option<Span> {
        if self.at_kw(kw) {
            Some(self.bump())
        } else {
            None
        }
    }

    pub(crate) fn expect_op(&mut self, op: Op) -> PResult<Span> {
        self.eat_op(op).ok_or_else(|| self.invalid_syntax())
    }

    /// A forced token (`&&':'` in CPython's grammar): `expected ':'`.
    pub(crate) fn expect_forced(&mut self, op: Op) -> PResult<Span> {
        if let Some(s) = self.eat_op(op) {
            return Ok(s);
        }
        if matches!(self.kind(), TokenKind::Indent | TokenKind::Dedent | TokenKind::Error) {
            return Err(self.invalid_syntax());
        }
        Err(SyntaxError::syntax(format!("expected '{}'", op.as_str()), self.span()))
    }

    pub(crate) fn expect_name(&mut self) -> PResult<crate::ast::Ident> {
        if self.at_name() {
            let span = self.bump();
            Ok(crate::ast::Ident { name: self.text(span).to_string(), span })
        } else {
            Err(self.invalid_syntax())
        }
    }

    // ----- errors

    /// CPython's generic error at the current token.
    pub(crate) fn invalid_syntax(&self) -> SyntaxError {
        let t = self.tok(self.pos);
        match t.kind {
            TokenKind::Indent => {
                let at = t.span.end.saturating_sub(1).max(t.span.start);
                SyntaxError::new(SyntaxErrorKind::IndentationError, "unexpected indent", Span::new(at, at))
            }
            TokenKind::Dedent => SyntaxError::new(SyntaxErrorKind::IndentationError, "unexpected unindent", t.span),
            _ => SyntaxError::syntax("invalid syntax", t.span),
        }
    }

    pub(crate) fn error(&self, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::syntax(msg, span)
    }

    pub(crate) fn fetched_span(&self) -> Span {
        self.tok(self.fetched.get()).span
    }

    pub(crate) fn reached_eof(&self) -> bool {
        self.tok(self.fetched.get()).kind == TokenKind::EndOfFile
    }

    /// CPython's generic error: `invalid syntax` at the furthest token
    /// read, `unexpected indent` if that is an INDENT.
    pub(crate) fn relocate_generic(&self, e: SyntaxError) -> SyntaxError {
        if !is_generic(&e) {
            return e;
        }
        let t = self.tok(self.furthest.get());
        if t.span.start < e.span.start {
            return e;
        }
        match t.kind {
            TokenKind::Indent => {
                let at = t.span.end.saturating_sub(1).max(t.span.start);
                SyntaxError::new(SyntaxErrorKind::IndentationError, "unexpected indent", Span::new(at, at))
            }
            _ => SyntaxError::syntax("invalid syntax", t.span),
        }
    }

    /// Enters one level of nesting; errors past `MAX_DEPTH`.
    pub(crate) fn enter(&mut self) -> PResult<()> {
        self.depth += 1;
        if self.depth > super::MAX_DEPTH || self.stack_base.saturating_sub(stack_addr()) > STACK_BUDGET {
            return Err(self.error(super::TOO_DEEP, self.span()));
        }
        Ok(())
    }

    pub(crate) fn leave(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }
}

/// Is this the generic error (which CPython places at the furthest token
/// read, after trying every alternative)?
pub(crate) fn is_generic(e: &SyntaxError) -> bool {
    (e.kind == SyntaxErrorKind::SyntaxError && e.msg == "invalid syntax")
        || (e.kind == SyntaxErrorKind::IndentationError && e.msg == "unexpected indent")
}

/// Nodes with a span.
pub(crate) trait HasSpan {
    fn node_span(&self) -> Span;
}

impl HasSpan for crate::ast::Expr {
    fn node_span(&self) -> Span {
        self.span
    }
}

impl HasSpan for crate::ast::Ident {
    fn node_span(&self) -> Span {
        self.span
    }
}

impl<T: HasSpan + ?Sized> HasSpan for &T {
    fn node_span(&self) -> Span {
        (**self).node_span()
    }
}
