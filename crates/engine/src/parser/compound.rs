//! Compound statements and blocks: `if`, `while`, `for`, `try`, `with`,
//! `def`, `class`, decorators, and `match` (recognised, not parsed).

use super::cursor::{PResult, Parser};
use super::targets::TargetKind;
use crate::ast::{ClassDef, ExceptHandler, Expr, FunctionDef, Stmt, StmtKind, WithItem};
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::lexer::{Keyword, Op, TokenKind};
use crate::span::{LineIndex, Span};

impl Parser<'_> {
    fn line_of(&self, span: Span) -> u32 {
        LineIndex::new(self.src).line(span.start)
    }

    /// A block after `:`: an indented suite or simple statements on the
    /// same line. `what` names the statement for CPython's
    /// "expected an indented block after ..." message.
    pub(crate) fn block(&mut self, what: &str, kw: Span) -> PResult<Vec<Stmt>> {
        let mut body = Vec::new();
        if self.kind() != TokenKind::Newline {
            self.simple_statements(&mut body)?;
            return Ok(body);
        }
        self.bump();
        if self.kind() != TokenKind::Indent {
            let line = self.line_of(kw);
            let mut at = self.span();
            let mut next = self.pos;
            while self.tok(next).kind == TokenKind::Dedent {
                next += 1;
            }
            if self.kind() == TokenKind::Dedent && self.tok(next).kind != TokenKind::EndOfFile {
                // CPython has no column for a DEDENT: the line start.
                let index = LineIndex::new(self.src);
                let start = index.line_start(index.line(at.start));
                at = Span::new(start, start);
            }
            return Err(SyntaxError::new(
                SyntaxErrorKind::IndentationError,
                format!("expected an indented block after {what} on line {line}"),
                at,
            ));
        }
        self.bump();
        while !matches!(self.kind(), TokenKind::Dedent | TokenKind::EndOfFile) {
            self.statement_into(&mut body)?;
        }
        self.eat_dedent();
        Ok(body)
    }

    fn eat_dedent(&mut self) {
        if self.kind() == TokenKind::Dedent {
            self.bump();
        }
    }

    /// The `:` after a header whose CPython rule is `... NEWLINE { expected ':' }`
    /// (if / elif / while / with / class / except): only a newline right
    /// after the header gets `expected ':'`.
    fn header_colon(&mut self) -> PResult<()> {
        if self.eat_op(Op::Colon).is_some() {
            return Ok(());
        }
        if self.kind() == TokenKind::Newline {
            return Err(self.error("expected ':'", self.span()));
        }
        Err(self.invalid_syntax())
    }

    pub(crate) fn compound_statement(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let is_async = self.at_kw(Keyword::Async);
        let async_span = if is_async { Some(self.bump()) } else { None };
        match self.kind() {
            TokenKind::Keyword(Keyword::If) => self.if_statement(),
            TokenKind::Keyword(Keyword::While) => self.while_statement(),
            TokenKind::Keyword(Keyword::For) => self.for_statement(async_span),
            TokenKind::Keyword(Keyword::Try) => self.try_statement(),
            TokenKind::Keyword(Keyword::With) => self.with_statement(async_span),
            TokenKind::Keyword(Keyword::Def) => self.function_def(decorators, async_span),
            TokenKind::Keyword(Keyword::Class) if !is_async => self.class_def(decorators),
            _ => Err(self.invalid_syntax()),
        }
    }

    fn if_statement(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.named_expression()?;
        self.header_colon()?;
        let what = if self.text(kw) == "elif" { "'elif' statement" } else { "'if' statement" };
        let body = self.block(what, kw)?;
        let mut end = body.last().map_or(kw, |s| s.span);
        let orelse = if self.at_kw(Keyword::Elif) {
            let s = self.if_statement()?;
            end = s.span;
            vec![s]
        } else if let Some(else_kw) = self.eat_kw(Keyword::Else) {
            self.expect_forced(Op::Colon)?;
            let b = self.block("'else' statement", else_kw)?;
            end = b.last().map_or(end, |s| s.span);
            b
        } else {
            Vec::new()
        };
        Ok(Stmt::new(StmtKind::If { test, body, orelse }, kw.to(end)))
    }

    fn else_block(&mut self, end: &mut Span) -> PResult<Vec<Stmt>> {
        let Some(else_kw) = self.eat_kw(Keyword::Else) else { return Ok(Vec::new()) };
        self.expect_forced(Op::Colon)?;
        let b = self.block("'else' statement", else_kw)?;
        *end = b.last().map_or(*end, |s| s.span);
        Ok(b)
    }

    fn while_statement(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        let test = self.named_expression()?;
        self.header_colon()?;
        let body = self.block("'while' statement", kw)?;
        let mut end = body.last().map_or(kw, |s| s.span);
        let orelse = self.else_block(&mut end)?;
        Ok(Stmt::new(StmtKind::While { test, body, orelse }, kw.to(end)))
    }

    fn for_statement(&mut self, async_span: Option<Span>) -> PResult<Stmt> {
        let kw = self.bump();
        let target = self.target_list(TargetKind::For)?;
        if self.eat_kw(Keyword::In).is_none() {
            return Err(self.invalid_syntax());
        }
        let iter = self.star_expressions()?;
        self.header_colon()?;
        let body = self.block("'for' statement", kw)?;
        let mut end = body.last().map_or(kw, |s| s.span);
        let orelse = self.else_block(&mut end)?;
        let start = async_span.unwrap_or(kw);
        Ok(Stmt::new(
            StmtKind::For { target, iter, body, orelse, is_async: async_span.is_some() },
            start.to(end),
        ))
    }

    fn try_statement(&mut self) -> PResult<Stmt> {
        let kw = self.bump();
        self.expect_forced(Op::Colon)?;
        let body = self.block("'try' statement", kw)?;
        let mut end = body.last().map_or(kw, |s| s.span);
        let mut handlers = Vec::new();
        let mut star: Option<bool> = None;
        let mut bare_except: Option<Span> = None;
        while self.at_kw(Keyword::Except) {
            let (handler, is_star) = self.except_handler()?;
            if let Some(prev) = star {
                if prev != is_star {
                    let kw_span = handler.span;
                    let at = Span::new(kw_span.start, kw_span.start + if is_star { 7 } else { 6 });
                    return Err(self.error("cannot have both 'except' and 'except*' on the same 'try'", at));
                }
            }
            if let Some(bare) = bare_except {
                return Err(self.error("default 'except:' must be last", bare));
            }
            if handler.typ.is_none() {
                bare_except = Some(handler.span);
            }
            star = Some(is_star);
            end = handler.span;
            handlers.push(handler);
        }
        let orelse = if !handlers.is_empty() { self.else_block(&mut end)? } else { Vec::new() };
        let finalbody = if let Some(fkw) = self.eat_kw(Keyword::Finally) {
            self.expect_forced(Op::Colon)?;
            let b = self.block("'finally' statement", fkw)?;
            end = b.last().map_or(end, |s| s.span);
            b
        } else {
            Vec::new()
        };
        if handlers.is_empty() && finalbody.is_empty() {
            return Err(self.error("expected 'except' or 'finally' block", self.span()));
        }
        Ok(Stmt::new(
            StmtKind::Try { body, handlers, orelse, finalbody, is_star: star == Some(true) },
            kw.to(end),
        ))
    }

    fn except_handler(&mut self) -> PResult<(ExceptHandler, bool)> {
        let kw = self.bump();
        let is_star = self.eat_op(Op::Star).is_some();
        let mut typ = None;
        let mut name = None;
        if is_star && matches!(self.kind(), TokenKind::Op(Op::Colon) | TokenKind::Newline) {
            return Err(self.error("expected one or more exception types", self.span()));
        }
        if !self.at_op(Op::Colon) && self.kind() != TokenKind::Newline {
            let t = self.expression()?;
            if self.at_op(Op::Comma) && self.no_invalid == 0 {
                let save = self.pos;
                let rest = self.without_invalid(|p| {
                    let mut last = t.span;
                    while p.eat_op(Op::Comma).is_some() {
                        last = p.expression()?.span;
                    }
                    Ok(last)
                });
                let ok_end = matches!(self.kind(), TokenKind::Op(Op::Colon)) || self.at_kw(Keyword::As);
                self.pos = save;
                if let (Ok(last), true) = (rest, ok_end) {
                    return Err(self.error("multiple exception types must be parenthesized", t.span.to(last)));
                }
            }
            typ = Some(t);
            if self.eat_kw(Keyword::As).is_some() {
                name = Some(self.expect_name()?);
            }
        }
        self.header_colon()?;
        let what = if is_star { "'except*' statement" } else { "'except' statement" };
        let body = self.block(what, kw)?;
        let end = body.last().map_or(kw, |s| s.span);
        Ok((ExceptHandler { typ, name, body, span: kw.to(end) }, is_star))
    }

    fn with_statement(&mut self, async_span: Option<Span>) -> PResult<Stmt> {
        let kw = self.bump();
        let items = match self.parenthesized_with_items()? {
            Some(items) => items,
            None => {
                let mut items = vec![self.with_item()?];
                while self.eat_op(Op::Comma).is_some() {
                    items.push(self.with_item()?);
                }
                self.header_colon()?;
                items
            }
        };
        let body = self.block("'with' statement", kw)?;
        let end = body.last().map_or(kw, |s| s.span);
        let start = async_span.unwrap_or(kw);
        Ok(Stmt::new(StmtKind::With { items, body, is_async: async_span.is_some() }, start.to(end)))
    }

    /// `with (a as b, c as d):` — tried first, as in CPython's grammar;
    /// `None` when the parentheses turn out to belong to an expression.
    /// A specific error found on the way is reported.
    fn parenthesized_with_items(&mut self) -> PResult<Option<Vec<WithItem>>> {
        if !self.at_op(Op::LPar) {
            return Ok(None);
        }
        let save = self.pos;
        let attempt = (|p: &mut Self| {
            p.bump();
            let mut items = vec![p.with_item()?];
            while p.eat_op(Op::Comma).is_some() {
                if p.at_op(Op::RPar) {
                    break;
                }
                items.push(p.with_item()?);
            }
            p.expect_op(Op::RPar)?;
            if !p.at_op(Op::Colon) {
                return Err(p.invalid_syntax());
            }
            p.bump();
            Ok(items)
        })(self);
        match attempt {
            Ok(items) => Ok(Some(items)),
            Err(e) if super::cursor::is_generic(&e) => {
                self.pos = save;
                Ok(None)
            }
            Err(e) => Err(e),
        }
    }

    fn with_item(&mut self) -> PResult<WithItem> {
        let context = self.expression()?;
        let target = if self.eat_kw(Keyword::As).is_some() {
            Some(self.target_list_single()?)
        } else {
            None
        };
        Ok(WithItem { context, target })
    }

    /// A single `with ... as` target (a tuple needs parentheses).
    fn target_list_single(&mut self) -> PResult<Expr> {
        let start = self.pos;
        let parsed = if let Some(star) = self.eat_op(Op::Star) {
            self.primary().map(|v| {
                let span = star.to(self.o(&v));
                Expr::new(crate::ast::ExprKind::Starred(Box::new(v)), span)
            })
        } else {
            self.primary()
        };
        let ends = |p: &Self| matches!(p.tok(p.pos).kind, TokenKind::Op(Op::Comma | Op::RPar | Op::Colon));
        let generic_failure = matches!(&parsed, Err(e) if super::cursor::is_generic(e));
        if (generic_failure || (parsed.is_ok() && !ends(self))) && self.no_invalid == 0 && self.second_pass == 0 {
            // CPython's `invalid_with_item` re-reads the target as an
            // expression to say why it cannot be assigned to.
            let end = self.pos;
            self.pos = start;
            self.second_pass += 1;
            let reread = self.expression();
            self.second_pass -= 1;
            match reread {
                Ok(e) if ends(self) => {
                    if let Some(err) = super::targets::invalid_target_error(&e, TargetKind::Star) {
                        return Err(err);
                    }
                }
                Err(err) if !super::cursor::is_generic(&err) => return Err(err),
                _ => {}
            }
            self.pos = end;
        }
        let t = parsed?;
        if let Some(err) = super::targets::invalid_target_error(&t, TargetKind::Star) {
            return Err(err);
        }
        Ok(t)
    }

    fn function_def(&mut self, decorators: Vec<Expr>, async_span: Option<Span>) -> PResult<Stmt> {
        let kw = self.bump();
        let name = self.expect_name()?;
        self.expect_forced(Op::LPar)?;
        let params = self.parameters(false)?;
        self.expect_op(Op::RPar)?;
        let returns = if let Some(arrow) = self.eat_op(Op::Arrow) {
            match self.expression() {
                Ok(e) => Some(e),
                // `def f() -> :` — CPython backtracks and expects ':' at '->'.
                Err(e) if super::cursor::is_generic(&e) && self.no_invalid == 0 => {
                    return Err(self.error("expected ':'", arrow));
                }
                Err(e) => return Err(e),
            }
        } else {
            None
        };
        self.expect_forced(Op::Colon)?;
        let body = self.block("function definition", kw)?;
        let end = body.last().map_or(kw, |s| s.span);
        let start = async_span.unwrap_or(kw);
        let def = FunctionDef { name, params, body, decorators, returns, is_async: async_span.is_some() };
        Ok(Stmt::new(StmtKind::FunctionDef(Box::new(def)), start.to(end)))
    }

    fn class_def(&mut self, decorators: Vec<Expr>) -> PResult<Stmt> {
        let kw = self.bump();
        let name = self.expect_name()?;
        let (mut bases, mut keywords) = (Vec::new(), Vec::new());
        if self.at_op(Op::LPar) {
            let dummy = Expr::new(crate::ast::ExprKind::Name(String::new()), name.span);
            let call = self.call_with(dummy, false)?;
            if let crate::ast::ExprKind::Call { args, keywords: kws, .. } = call.kind {
                bases = args;
                keywords = kws;
            }
        }
        self.header_colon()?;
        let body = self.block("class definition", kw)?;
        let end = body.last().map_or(kw, |s| s.span);
        let def = ClassDef { name, bases, keywords, body, decorators };
        Ok(Stmt::new(StmtKind::ClassDef(Box::new(def)), kw.to(end)))
    }

    pub(crate) fn decorated(&mut self) -> PResult<Stmt> {
        let mut decorators = Vec::new();
        while self.eat_op(Op::At).is_some() {
            decorators.push(self.named_expression()?);
            if self.kind() != TokenKind::Newline {
                return Err(self.invalid_syntax());
            }
            self.bump();
        }
        match self.kind() {
            TokenKind::Keyword(Keyword::Def | Keyword::Class) => self.compound_statement(decorators),
            TokenKind::Keyword(Keyword::Async) if self.kind_at(1) == TokenKind::Keyword(Keyword::Def) => {
                self.compound_statement(decorators)
            }
            _ => Err(self.invalid_syntax()),
        }
    }

    /// `match subject:` followed by an indented `case`: a match statement.
    pub(crate) fn is_match_statement(&self) -> bool {
        let mut i = self.pos + 1;
        let mut last = TokenKind::Name;
        loop {
            let k = self.tok(i).kind;
            if matches!(k, TokenKind::Newline | TokenKind::EndOfFile) {
                break;
            }
            last = k;
            i += 1;
        }
        last == TokenKind::Op(Op::Colon)
            && i > self.pos + 2
            && self.tok(i + 1).kind == TokenKind::Indent
            && self.tok(i + 2).kind == TokenKind::Name
            && self.text(self.tok(i + 2).span) == "case"
    }

    /// Skips a whole `match` statement, kept as `Unsupported`.
    pub(crate) fn match_statement(&mut self) -> PResult<Stmt> {
        let start = self.span();
        while self.kind() != TokenKind::Newline {
            self.bump();
        }
        self.bump();
        let mut depth = 0u32;
        let mut end = start;
        loop {
            match self.kind() {
                TokenKind::Indent => depth += 1,
                TokenKind::Dedent => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.bump();
                        break;
                    }
                }
                TokenKind::EndOfFile => break,
                TokenKind::Newline => {}
                _ => end = self.span(),
            }
            self.bump();
        }
        Ok(Stmt::new(StmtKind::Unsupported { what: "`match` statement".into() }, start.to(end)))
    }
}
