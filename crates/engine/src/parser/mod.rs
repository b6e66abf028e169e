//! Flow: source → tokens → **AST** → bytecode → frames → event loop → recorded steps → view.
//!
//! Parser: tokens → `ast::Module`, with CPython 3.11's syntax-error messages.
//!
//! A hand-written recursive-descent parser following the grammar of CPython
//! 3.11 (`Grammar/python.gram`), including the error rules its second pass
//! uses to produce specific messages (`expected ':'`, `cannot assign to
//! function call here. Maybe you meant '==' instead of '='?`, ...). Which
//! error is reported first follows CPython too: tokenizer errors anywhere
//! in the file win over parser errors, an unclosed bracket before the error
//! line wins, and compile-time errors (`'return' outside function`) only
//! come when the whole file parses.

mod arguments;
mod atoms;
mod checks;
mod compound;
mod cursor;
mod expressions;
mod fstring;
mod names;
mod params;
mod statements;
mod strings;
mod scope_checks;
mod targets;
pub(crate) mod walk;

use crate::ast::{Expr, Module};
use crate::error::SyntaxError;
use crate::lexer::{self, TokenKind};
use crate::span::{LineIndex, Span};
pub(crate) use cursor::Parser;
pub(crate) use strings::LONE_SURROGATE;

/// How deep expressions and blocks may nest before the parser gives up
/// with a SyntaxError instead of risking the stack (wasm has 1 MB).
pub(crate) const MAX_DEPTH: u32 = 300;

/// The parser's error past its nesting limit (MAX_DEPTH, or its stack
/// budget). CPython's own limits are elsewhere (it parses `-` nested 2,000
/// deep, and raises MemoryError or RecursionError further on), so the
/// compiler turns this into a refusal by name, not a SyntaxError.
pub(crate) const TOO_DEEP: &str = "too many nested expressions";

/// The start of the lexer's message for a name NFKC normalization changes.
pub(crate) const NFKC_NAME: &str = "name that NFKC normalization changes";

/// What the compiler refuses by name instead of reporting a SyntaxError:
/// nesting past the parser's limit, a lone surrogate, a name NFKC changes.
pub(crate) fn refusal(e: &SyntaxError) -> Option<String> {
    if e.msg == TOO_DEEP {
        Some("expression nested this deep".into())
    } else if e.msg.starts_with(LONE_SURROGATE) || e.msg.starts_with(NFKC_NAME) {
        Some(e.msg.clone())
    } else {
        None
    }
}

/// Parses a whole program. On failure, the errors in source order; the
/// first one is the one CPython would report.
/// The editor marks at most this many syntax errors (the first is CPython's).
const MAX_ERRORS: usize = 100;

pub fn parse_module(source: &str) -> Result<Module, Vec<SyntaxError>> {
    let lexed = lexer::lex(source);
    let mut parser = Parser::new(source, lexed.tokens.clone(), 0);
    let result = parser.parse_file();
    let fatal: Vec<&lexer::LexError> = lexed.errors.iter().filter(|e| e.fatal).collect();
    let index = LineIndex::new(source);
    // Where CPython's tokenizer would raise a deferred error: at the start
    // of its line (indentation) or at its position.
    let trigger = |e: &lexer::LexError| -> u32 {
        if e.error.kind == crate::error::SyntaxErrorKind::SyntaxError {
            e.error.span.start.saturating_sub(1)
        } else {
            index.line_start(index.line(e.error.span.start))
        }
    };
    let mut recovered = Vec::new();
    let first = match result {
        Ok(body) => {
            if let Some(first) = fatal.first() {
                first.error.clone()
            } else {
                let module = Module { body };
                match checks::check_module(source, &module) {
                    None => return Ok(module),
                    Some(err) => return Err(vec![err]),
                }
            }
        }
        Err(perr) => {
            let perr = parser.relocate_generic(perr);
            let reached = parser.fetched_span().start;
            let lexer_wins = match fatal.first() {
                None => false,
                Some(f) if f.deferred => trigger(f) <= reached,
                Some(f) => {
                    let indent_error = perr.msg == "unexpected indent";
                    !(indent_error && perr.span.start < f.error.span.start)
                }
            };
            if lexer_wins {
                fatal[0].error.clone()
            } else {
                let first = unclosed_override(source, &lexed.unclosed, &parser, perr.clone());
                if first == perr && lexed.unclosed.is_empty() && fatal.is_empty() {
                    recovered = parser.recover_more_errors();
                }
                first
            }
        }
    };
    // Later tokenizer errors are reliable: report them too, for the editor;
    // and errors in later top-level statements when the text's structure
    // is sound.
    // Each one kept starts after all kept before it (so after the last):
    // linear, however many there are.
    let mut errors = vec![first];
    for e in recovered.into_iter().chain(fatal.into_iter().map(|e| e.error.clone())) {
        if errors.len() >= MAX_ERRORS {
            break;
        }
        if errors.last().is_some_and(|x| x.span.start < e.span.start) {
            errors.push(e);
        }
    }
    Err(errors)
}

/// CPython reports `'(' was never closed` instead of a parser error when
/// the parser stopped on a later line than the innermost unclosed bracket
/// (or ran into the end of the text inside it).
fn unclosed_override(source: &str, unclosed: &[(char, Span)], parser: &Parser, perr: SyntaxError) -> SyntaxError {
    let Some(&(c, span)) = unclosed.last() else { return perr };
    if perr.msg == "unexpected indent" {
        return perr;
    }
    let index = LineIndex::new(source);
    let stop = parser.fetched_span();
    let err_line = index.line(stop.start).max(index.line(perr.span.start));
    if parser.reached_eof() || err_line > index.line(span.start) {
        return SyntaxError::syntax(format!("'{c}' was never closed"), span);
    }
    perr
}

/// Parses one expression from the text of an f-string replacement field
/// (`source[start..end]`), as CPython compiles it: errors get the
/// `f-string: ` prefix.
pub(crate) fn parse_fstring_expr(source: &str, start: usize, end: usize, depth: u32, stack_base: usize) -> Result<Expr, SyntaxError> {
    let lexed = lexer::lex_fragment(source, start, end);
    if let Some(e) = lexed.errors.iter().find(|e| e.fatal) {
        return Err(fstring_error(e.error.clone()));
    }
    let mut parser = Parser::new(source, lexed.tokens, 1);
    parser.depth = depth;
    parser.stack_base = stack_base;
    let expr = parser.parse_fstring_body().map_err(|e| fstring_error(parser.relocate_generic(e)))?;
    Ok(expr)
}

fn fstring_error(mut e: SyntaxError) -> SyntaxError {
    if !e.msg.starts_with("f-string") {
        e.msg = format!("f-string: {}", e.msg);
    }
    e
}

impl Parser<'_> {
    fn parse_file(&mut self) -> Result<Vec<crate::ast::Stmt>, SyntaxError> {
        let mut body = Vec::new();
        while self.kind() != TokenKind::EndOfFile {
            self.statement_into(&mut body)?;
        }
        Ok(body)
    }

    /// After an error, parses each later top-level statement on its own
    /// and returns their errors (at most a few).
    fn recover_more_errors(&mut self) -> Vec<SyntaxError> {
        let mut errors = Vec::new();
        let mut guard = 0;
        while errors.len() < 20 && guard < 10_000 {
            guard += 1;
            let Some(next) = self.next_top_level_statement() else { break };
            self.pos = next;
            self.depth = 0;
            self.no_invalid = 0;
            let mut body = Vec::new();
            loop {
                if self.kind() == TokenKind::EndOfFile {
                    return errors;
                }
                if let Err(e) = self.statement_into(&mut body) {
                    errors.push(self.relocate_generic(e));
                    break;
                }
            }
        }
        errors
    }

    /// The index of the first token after the current one that starts a
    /// statement at indentation level 0.
    fn next_top_level_statement(&self) -> Option<usize> {
        let mut depth: i64 = 0;
        let mut candidate = None;
        for (i, t) in self.toks.iter().enumerate() {
            match t.kind {
                TokenKind::Indent => depth += 1,
                TokenKind::Dedent => depth -= 1,
                _ => {}
            }
            if i <= self.pos {
                continue;
            }
            let prev = self.toks[i - 1].kind;
            if depth == 0
                && matches!(prev, TokenKind::Newline | TokenKind::Dedent)
                && !matches!(t.kind, TokenKind::Dedent | TokenKind::Indent | TokenKind::Newline)
            {
                candidate = Some(i);
                break;
            }
        }
        candidate
    }

    fn parse_fstring_body(&mut self) -> Result<Expr, SyntaxError> {
        let expr = self.star_expressions_or_yield()?;
        if self.kind() != TokenKind::EndOfFile {
            return Err(self.invalid_syntax());
        }
        Ok(expr)
    }
}
