//! Flow: source → **tokens** → AST → bytecode → frames → event loop → recorded steps → view.
//!
//! Tokenizer: source text → tokens with spans, indentation as INDENT/DEDENT.
//!
//! It follows CPython 3.11's tokenizer (`Parser/tokenizer.c`): the same
//! tokens, the same indentation rules (tabs to multiples of 8, TabError when
//! tabs and spaces are mixed inconsistently) and the same error messages. It
//! never panics and resynchronises after an error, so the editor can colour
//! the whole text.

mod chars;
mod indent;
mod numbers;
mod scanner;
mod strings;
mod tokens;

pub use tokens::{Keyword, NumberKind, Op, Token, TokenKind};

use crate::error::SyntaxError;
use crate::span::Span;

/// An error found by the tokenizer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct LexError {
    pub error: SyntaxError,
    /// True for errors CPython's tokenizer raises itself (unterminated
    /// strings, bad numbers, invalid characters, bad indentation, bracket
    /// mismatches): those win over any parser error. False for text CPython
    /// turns into an error token that the parser then reports as `invalid
    /// syntax` (`$`, `?`, `!`, `<>`).
    pub fatal: bool,
    /// For fatal errors CPython's tokenizer reports only when the parser
    /// reads that far (bad indentation, line continuation problems): an
    /// earlier parser error wins over them. Others (unterminated strings,
    /// bad numbers, invalid characters, brackets) win wherever they are.
    pub deferred: bool,
}

/// Everything the tokenizer learns about a source text.
#[derive(Clone, Debug, Default)]
pub struct Lexed {
    pub tokens: Vec<Token>,
    pub errors: Vec<LexError>,
    /// Brackets still open at the end of the text: (bracket char, its span).
    pub unclosed: Vec<(char, Span)>,
}

/// The tokens of `source` and every error met on the way. Never panics;
/// after an error it resynchronises and goes on, so the editor can colour
/// the whole text.
pub fn tokenize(source: &str) -> (Vec<Token>, Vec<SyntaxError>) {
    let lexed = lex(source);
    (lexed.tokens, lexed.errors.into_iter().map(|e| e.error).collect())
}

/// Like [`tokenize`], with the details the parser needs.
pub fn lex(source: &str) -> Lexed {
    scanner::Scanner::new(source, false).run()
}

/// Tokenizes `source[start..end]` as if inside brackets (no NEWLINE, no
/// indentation), with spans into `source`: the expression of an f-string
/// replacement field.
pub fn lex_fragment(source: &str, start: usize, end: usize) -> Lexed {
    let Some(text) = source.get(start..end) else {
        return Lexed::default();
    };
    let mut lexed = scanner::Scanner::new(text, true).run();
    let shift = |s: &mut Span| {
        s.start += start as u32;
        s.end += start as u32;
    };
    lexed.tokens.iter_mut().for_each(|t| shift(&mut t.span));
    lexed.errors.iter_mut().for_each(|e| shift(&mut e.error.span));
    lexed.unclosed.iter_mut().for_each(|u| shift(&mut u.1));
    lexed
}

/// Does the program define a coroutine function (an `async def` token
/// pair, not the words in a string or comment)?
pub fn defines_coroutines(source: &str) -> bool {
    let toks = tokenize(source).0;
    toks.windows(2).any(|w| matches!((&w[0].kind, &w[1].kind), (TokenKind::Keyword(Keyword::Async), TokenKind::Keyword(Keyword::Def))))
}
