//! Syntax highlighting for the editor, from the engine's own lexer, so what
//! is coloured is exactly what is parsed.
//! (Being written on the `parser` branch; this stub keeps the API stable.)

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

/// Coloured spans of `source`, in order, non-overlapping. Text not covered
/// (whitespace) is plain. Never fails: errors become `Error` spans.
pub fn highlight(source: &str) -> Vec<Highlight> {
    let _ = source;
    Vec::new()
}
