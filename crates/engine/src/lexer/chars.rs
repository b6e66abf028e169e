//! Character classes: identifiers and printability, approximating the
//! Unicode properties CPython uses with what `std` offers.

/// Can `c` start an identifier (XID_Start or `_`)?
pub fn is_identifier_start(c: char) -> bool {
    c == '_' || c.is_ascii_alphabetic() || (!c.is_ascii() && c.is_alphabetic())
}

/// Can `c` continue an identifier (XID_Continue)?
pub fn is_identifier_continue(c: char) -> bool {
    c == '_'
        || c.is_ascii_alphanumeric()
        || (!c.is_ascii()
            && (c.is_alphanumeric()
                || is_combining_mark(c)
                || c == '\u{00B7}'
                || c == '\u{0387}'
                || ('\u{203F}'..='\u{2040}').contains(&c)))
}

/// A rough test for the combining marks (Mn, Mc) of the common scripts.
fn is_combining_mark(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{0483}'..='\u{0487}' | '\u{0591}'..='\u{05BD}'
        | '\u{0610}'..='\u{061A}' | '\u{064B}'..='\u{065F}' | '\u{0900}'..='\u{0903}'
        | '\u{093A}'..='\u{094F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE00}'..='\u{FE0F}' | '\u{FE20}'..='\u{FE2F}')
}

/// Could `c` be part of an identifier-like run, as CPython's tokenizer
/// first scans it (ASCII letters, digits, `_`, anything non-ASCII)?
pub fn is_potential_identifier_char(c: char) -> bool {
    c == '_' || c.is_ascii_alphanumeric() || !c.is_ascii()
}

/// Python's `str.isprintable()` for one character, approximately: false for
/// control, format, separator (except the ASCII space) and private-use
/// characters.
pub fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(c,
        '\u{00AD}' | '\u{0600}'..='\u{0605}' | '\u{061C}' | '\u{06DD}' | '\u{070F}'
        | '\u{180E}' | '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}' | '\u{2066}'..='\u{206F}' | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}' | '\u{E000}'..='\u{F8FF}')
}

/// CPython's message for a character that cannot appear in source.
pub fn invalid_character_message(c: char) -> String {
    if is_printable(c) {
        format!("invalid character '{}' (U+{:04X})", c, c as u32)
    } else {
        format!("invalid non-printable character U+{:04X}", c as u32)
    }
}
