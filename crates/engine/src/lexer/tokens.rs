//! Token types.

use crate::span::Span;

#[derive(Clone, Debug, PartialEq)]
pub struct Token {
    pub kind: TokenKind,
    pub span: Span,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TokenKind {
    /// An identifier, including soft keywords (`match`, `case`, `_`).
    Name,
    Keyword(Keyword),
    Number(NumberKind),
    /// A whole string literal with its prefix (f-strings included: Python
    /// 3.11 tokenizes them as one token and parses the inside later).
    String,
    Op(Op),
    /// End of a logical line.
    Newline,
    Indent,
    Dedent,
    /// A newline that does not end a logical line (blank line, comment
    /// line, inside brackets).
    Nl,
    Comment,
    /// Text the tokenizer could not read.
    Error,
    EndOfFile,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum NumberKind {
    Int,
    Float,
    Imaginary,
}

macro_rules! keywords {
    ($($variant:ident => $text:literal),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Keyword { $($variant),* }

        impl Keyword {
            pub fn as_str(self) -> &'static str {
                match self { $(Keyword::$variant => $text),* }
            }

            pub fn lookup(text: &str) -> Option<Keyword> {
                match text { $($text => Some(Keyword::$variant),)* _ => None }
            }
        }
    };
}

keywords! {
    False => "False", None => "None", True => "True", And => "and", As => "as",
    Assert => "assert", Async => "async", Await => "await", Break => "break",
    Class => "class", Continue => "continue", Def => "def", Del => "del",
    Elif => "elif", Else => "else", Except => "except", Finally => "finally",
    For => "for", From => "from", Global => "global", If => "if",
    Import => "import", In => "in", Is => "is", Lambda => "lambda",
    Nonlocal => "nonlocal", Not => "not", Or => "or", Pass => "pass",
    Raise => "raise", Return => "return", Try => "try", While => "while",
    With => "with", Yield => "yield",
}

macro_rules! operators {
    ($($variant:ident => $text:literal),* $(,)?) => {
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Op { $($variant),* }

        impl Op {
            pub fn as_str(self) -> &'static str {
                match self { $(Op::$variant => $text),* }
            }

            /// Every operator, longest first (so the scanner can take the
            /// longest match).
            pub const ALL: &'static [Op] = &[$(Op::$variant),*];
        }
    };
}

// Listed longest first: the scanner takes the first that matches.
operators! {
    Ellipsis => "...", DoubleStarEqual => "**=", DoubleSlashEqual => "//=",
    LeftShiftEqual => "<<=", RightShiftEqual => ">>=",
    Arrow => "->", ColonEqual => ":=", PlusEqual => "+=", MinusEqual => "-=",
    StarEqual => "*=", SlashEqual => "/=", PercentEqual => "%=", AtEqual => "@=",
    AmperEqual => "&=", VbarEqual => "|=", CircumflexEqual => "^=",
    DoubleStar => "**", DoubleSlash => "//", LeftShift => "<<", RightShift => ">>",
    LessEqual => "<=", GreaterEqual => ">=", EqEqual => "==", NotEqual => "!=",
    LPar => "(", RPar => ")", LSqb => "[", RSqb => "]", LBrace => "{", RBrace => "}",
    Comma => ",", Colon => ":", Semi => ";", Dot => ".", Equal => "=",
    Plus => "+", Minus => "-", Star => "*", Slash => "/", Percent => "%", At => "@",
    Amper => "&", Vbar => "|", Circumflex => "^", Tilde => "~", Less => "<",
    Greater => ">",
}

impl TokenKind {
    /// True for tokens the parser never sees (comments, non-logical
    /// newlines).
    pub fn is_trivia(self) -> bool {
        matches!(self, TokenKind::Comment | TokenKind::Nl)
    }
}
