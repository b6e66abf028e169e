//! Syntax highlighting for the editor, from the engine's own lexer, so what
//! is coloured is exactly what is parsed.

use crate::lexer::{self, Keyword, Op, TokenKind};
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum HighlightClass {
    Keyword,
    Builtin,
    Name,
    /// A name right after `def` / `class`.
    Definition,
    Number,
    String,
    Comment,
    Operator,
    Punctuation,
    Decorator,
    /// Text the lexer could not read (underlined in the editor).
    Error,
}

impl HighlightClass {
    /// CSS class name used by the web UI: `hl-keyword`, ...
    pub fn css(self) -> &'static str {
        match self {
            HighlightClass::Keyword => "hl-keyword",
            HighlightClass::Builtin => "hl-builtin",
            HighlightClass::Name => "hl-name",
            HighlightClass::Definition => "hl-def",
            HighlightClass::Number => "hl-number",
            HighlightClass::String => "hl-string",
            HighlightClass::Comment => "hl-comment",
            HighlightClass::Operator => "hl-operator",
            HighlightClass::Punctuation => "hl-punct",
            HighlightClass::Decorator => "hl-decorator",
            HighlightClass::Error => "hl-error",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Highlight {
    pub span: Span,
    pub class: HighlightClass,
}

/// Python's builtin functions, types and exceptions (not module names).
const BUILTINS: &[&str] = &[
    "abs", "aiter", "all", "anext", "any", "ascii", "bin", "bool", "breakpoint", "bytearray", "bytes",
    "callable", "chr", "classmethod", "compile", "complex", "delattr", "dict", "dir", "divmod",
    "enumerate", "eval", "exec", "filter", "float", "format", "frozenset", "getattr", "globals",
    "hasattr", "hash", "help", "hex", "id", "input", "int", "isinstance", "issubclass", "iter", "len",
    "list", "locals", "map", "max", "memoryview", "min", "next", "object", "oct", "open", "ord", "pow",
    "print", "property", "range", "repr", "reversed", "round", "set", "setattr", "slice", "sorted",
    "staticmethod", "str", "sum", "super", "tuple", "type", "vars", "zip", "__import__",
    "BaseException", "BaseExceptionGroup", "Exception", "ExceptionGroup", "ArithmeticError",
    "AssertionError", "AttributeError", "EOFError", "GeneratorExit", "ImportError", "IndexError",
    "KeyError", "KeyboardInterrupt", "LookupError", "MemoryError", "ModuleNotFoundError", "NameError",
    "NotImplementedError", "OSError", "OverflowError", "RecursionError", "RuntimeError",
    "StopAsyncIteration", "StopIteration", "SyntaxError", "SystemExit", "TimeoutError", "TypeError",
    "UnboundLocalError", "ValueError", "ZeroDivisionError", "ConnectionError", "FileNotFoundError",
    "PermissionError", "UnicodeError", "Warning", "DeprecationWarning", "UserWarning",
    "NotImplemented", "Ellipsis", "__name__", "__file__", "__doc__",
];

/// Coloured spans of `source`, in order, non-overlapping. Text not covered
/// (whitespace) is plain. Never fails: errors become `Error` spans.
pub fn highlight(source: &str) -> Vec<Highlight> {
    let lexed = lexer::lex(source);
    let mut out = Vec::with_capacity(lexed.tokens.len());
    let mut prev: Option<TokenKind> = None;
    let mut in_decorator = false;
    let mut at_line_start = true;
    for tok in &lexed.tokens {
        let span = tok.span;
        let text = source.get(span.start as usize..span.end as usize).unwrap_or("");
        let class = match tok.kind {
            TokenKind::Newline | TokenKind::Nl | TokenKind::Indent | TokenKind::Dedent | TokenKind::EndOfFile => {
                if matches!(tok.kind, TokenKind::Newline | TokenKind::Nl) {
                    at_line_start = true;
                    in_decorator = false;
                }
                continue;
            }
            TokenKind::Comment => HighlightClass::Comment,
            TokenKind::Keyword(_) => HighlightClass::Keyword,
            TokenKind::Number(_) => HighlightClass::Number,
            TokenKind::String => {
                string_spans(source, span, &mut out);
                prev = Some(tok.kind);
                at_line_start = false;
                continue;
            }
            TokenKind::Error => HighlightClass::Error,
            TokenKind::Op(Op::At) if at_line_start => {
                in_decorator = true;
                HighlightClass::Decorator
            }
            TokenKind::Op(Op::Dot) if in_decorator => HighlightClass::Decorator,
            TokenKind::Op(op) => {
                in_decorator = false;
                if is_punctuation(op) {
                    HighlightClass::Punctuation
                } else {
                    HighlightClass::Operator
                }
            }
            TokenKind::Name => {
                if in_decorator {
                    HighlightClass::Decorator
                } else if matches!(prev, Some(TokenKind::Keyword(Keyword::Def | Keyword::Class))) {
                    HighlightClass::Definition
                } else if BUILTINS.contains(&text) && !matches!(prev, Some(TokenKind::Op(Op::Dot))) {
                    HighlightClass::Builtin
                } else {
                    HighlightClass::Name
                }
            }
        };
        if !span.is_empty() {
            out.push(Highlight { span, class });
        }
        if tok.kind != TokenKind::Comment {
            prev = Some(tok.kind);
            at_line_start = false;
        }
    }
    out
}

fn is_punctuation(op: Op) -> bool {
    matches!(
        op,
        Op::LPar | Op::RPar | Op::LSqb | Op::RSqb | Op::LBrace | Op::RBrace | Op::Comma | Op::Colon | Op::Semi | Op::Dot
    )
}

/// A string token; the replacement fields of an f-string are coloured as
/// code.
fn string_spans(source: &str, span: Span, out: &mut Vec<Highlight>) {
    let (start, end) = (span.start as usize, span.end as usize);
    let text = source.get(start..end).unwrap_or("");
    let prefix_len = text.find(['\'', '"']).unwrap_or(0);
    let is_f = text[..prefix_len].to_ascii_lowercase().contains('f');
    if !is_f {
        out.push(Highlight { span, class: HighlightClass::String });
        return;
    }
    let bytes = text.as_bytes();
    let mut last = start;
    let mut i = prefix_len + 1;
    while i < bytes.len() {
        let b = bytes[i];
        if b == b'{' {
            if bytes.get(i + 1) == Some(&b'{') {
                i += 2;
                continue;
            }
            let Some(close) = field_end(bytes, i) else { break };
            let (fs, fe) = (start + i + 1, start + close);
            if fs > last {
                out.push(Highlight { span: Span::new(last as u32, fs as u32), class: HighlightClass::String });
            }
            // `{value!r:>{width}.2f}`: code, then the conversion and the
            // format spec (its own `{...}` fields are code again).
            let ce = start + spec_start(bytes, i + 1, close);
            code_spans(source, fs, ce, out);
            if ce < fe {
                spec_spans(source, bytes, start, ce, fe, out);
            }
            last = fe;
            i = close;
            continue;
        }
        i += 1;
    }
    if end > last {
        out.push(Highlight { span: Span::new(last as u32, end as u32), class: HighlightClass::String });
    }
}

/// The code of a replacement field, lexed and coloured.
fn code_spans(source: &str, fs: usize, fe: usize, out: &mut Vec<Highlight>) {
    for tok in lexer::lex_fragment(source, fs, fe).tokens {
        let class = match tok.kind {
            TokenKind::Keyword(_) => HighlightClass::Keyword,
            TokenKind::Number(_) => HighlightClass::Number,
            TokenKind::String => HighlightClass::String,
            TokenKind::Name => HighlightClass::Name,
            TokenKind::Op(op) if is_punctuation(op) => HighlightClass::Punctuation,
            TokenKind::Op(_) => HighlightClass::Operator,
            TokenKind::Error => HighlightClass::Error,
            _ => continue,
        };
        if !tok.span.is_empty() && tok.span.start as usize >= fs && tok.span.end as usize <= fe {
            out.push(Highlight { span: tok.span, class });
        }
    }
}

/// Where a field's code ends (index into the token): at a top-level `!`
/// conversion (not `!=`) or `:` format spec, else at `close`.
fn spec_start(bytes: &[u8], from: usize, close: usize) -> usize {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    for (i, &b) in bytes.iter().enumerate().take(close).skip(from) {
        match quote {
            Some(q) if b == q => quote = None,
            Some(_) => {}
            None => match b {
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => depth = depth.saturating_sub(1),
                b'!' if depth == 0 && bytes.get(i + 1) != Some(&b'=') => return i,
                b':' if depth == 0 => return i,
                _ => {}
            },
        }
    }
    close
}

/// A field's `!r` conversion and `:spec` (absolute offsets `from..to`,
/// the token starting at `start`): the conversion is an operator, the
/// spec a string, and nested `{...}` fields code.
fn spec_spans(source: &str, bytes: &[u8], start: usize, from: usize, to: usize, out: &mut Vec<Highlight>) {
    let mut last = from;
    let mut i = from - start;
    if bytes[i] == b'!' {
        // `!` and the conversion character (which may be any character
        // in broken text).
        let conv_len = source.get(from + 1..to).and_then(|r| r.chars().next()).map_or(0, char::len_utf8);
        let conv_end = i + 1 + conv_len;
        out.push(Highlight { span: Span::new(from as u32, (start + conv_end) as u32), class: HighlightClass::Operator });
        last = start + conv_end;
        i = conv_end;
    }
    while start + i < to {
        if bytes[i] == b'{' {
            if let Some(close) = field_end(bytes, i).filter(|&c| start + c <= to) {
                if start + i > last {
                    out.push(Highlight { span: Span::new(last as u32, (start + i) as u32), class: HighlightClass::String });
                }
                code_spans(source, start + i + 1, start + close, out);
                last = start + close + 1;
                i = close + 1;
                continue;
            }
        }
        i += 1;
    }
    if to > last {
        out.push(Highlight { span: Span::new(last as u32, to as u32), class: HighlightClass::String });
    }
}

/// The index of the `}` closing the replacement field opened at `open`
/// (nested brackets and quoted strings skipped), if there is one.
fn field_end(bytes: &[u8], open: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut quote: Option<u8> = None;
    let mut i = open + 1;
    while i < bytes.len() {
        let b = bytes[i];
        match quote {
            Some(q) => {
                if b == q {
                    quote = None;
                }
            }
            None => match b {
                b'\'' | b'"' => quote = Some(b),
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' => depth = depth.saturating_sub(1),
                b'}' if depth == 0 => return Some(i),
                b'}' => depth -= 1,
                b'\n' => return None,
                _ => {}
            },
        }
        i += 1;
    }
    None
}
