//! Errors found before a program runs: syntax errors (as CPython reports
//! them) and constructs Loopscope refuses. Both carry a span.

use crate::span::{LineIndex, Span};

/// Which of CPython's compile-time exception classes an error is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// A syntax error with CPython's message (`expected ':'`, `invalid syntax`,
/// `'(' was never closed`, ...) and the span CPython's caret points at.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub span: Span,
}

impl SyntaxError {
    pub fn new(kind: SyntaxErrorKind, msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError { kind, msg: msg.into(), span }
    }

    pub fn syntax(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::SyntaxError, msg, span)
    }

    pub fn indentation(msg: impl Into<String>, span: Span) -> SyntaxError {
        SyntaxError::new(SyntaxErrorKind::IndentationError, msg, span)
    }

    /// CPython's traceback for this error, as `python3 file.py` prints it:
    /// `  File "f.py", line N`, the source line, a caret line, `Kind: msg`.
    pub fn render(&self, source: &str, filename: &str) -> String {
        let idx = LineIndex::new(source);
        let (line, col) = idx.line_col(source, self.span.start);
        let text = idx.line_text(source, line);
        let trimmed = text.trim_start();
        let indent = text.chars().count() - trimmed.chars().count();
        let mut out = format!("  File \"{filename}\", line {line}\n");
        if !trimmed.is_empty() {
            out.push_str(&format!("    {}\n", trimmed.trim_end()));
            let caret_col = (col as usize).saturating_sub(1).saturating_sub(indent);
            let (end_line, end_col) = idx.line_col(source, self.span.end);
            let width = if end_line == line && end_col > col { (end_col - col) as usize } else { 1 };
            out.push_str(&format!("    {}{}\n", " ".repeat(caret_col), "^".repeat(width.max(1))));
        }
        out.push_str(&format!("{}: {}\n", self.kind.name(), self.msg));
        out
    }
}

/// A construct outside the subset Loopscope runs. Printed by the CLI as
/// `UNSUPPORTED <what>` (exit 5) and underlined in the editor.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Unsupported {
    /// A short description: "`match` statement".
    pub what: String,
    pub span: Span,
}

impl Unsupported {
    pub fn new(what: impl Into<String>, span: Span) -> Unsupported {
        Unsupported { what: what.into(), span }
    }

    /// The sentence shown to a learner.
    pub fn message(&self) -> String {
        format!("{} is not supported by Loopscope yet", self.what)
    }
}

/// Why a program could not start.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum CompileError {
    Syntax(Vec<SyntaxError>),
    Unsupported(Unsupported),
}
