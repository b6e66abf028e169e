//! A program file's bytes to the text the lexer reads, as the reference
//! runner (`runpy.run_path`: CPython's tokenizer on the file's bytes) takes
//! them: a UTF-8 BOM is dropped; bytes that are not UTF-8 are allowed in a
//! comment (and left to the bytes-literal check in a `b'...'`), and are
//! CPython's "(unicode error) 'utf-8' codec can't decode ..." SyntaxError
//! anywhere else, with the position counted from the start of the string
//! literal's body or of the name they are in.

use crate::error::{CompileError, SyntaxError};
use crate::lexer::{tokenize, TokenKind};
use crate::span::Span;

/// One run of bytes that are not UTF-8: where it is in the file and where
/// its U+FFFD is in the text.
struct Bad {
    byte: usize,
    len: usize,
    text: usize,
}

/// The program's text (with U+FFFD for bytes that are not UTF-8), and
/// CPython's SyntaxError when such bytes are where CPython decodes them
/// (its span is in the text).
pub fn decode_source(bytes: &[u8]) -> (String, Option<CompileError>) {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), None);
    }
    let mut text = String::with_capacity(bytes.len());
    let mut bad = Vec::new();
    let mut at = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        at += chunk.valid().len();
        if !chunk.invalid().is_empty() {
            bad.push(Bad { byte: at, len: chunk.invalid().len(), text: text.len() });
            text.push('\u{FFFD}');
            at += chunk.invalid().len();
        }
    }
    // The file offset of a text offset (before or at a bad run's mark).
    let byte_of = |t: usize| -> usize {
        let mut shift: isize = 0;
        for b in bad.iter().take_while(|b| b.text < t) {
            shift += b.len as isize - '\u{FFFD}'.len_utf8() as isize;
        }
        (t as isize + shift) as usize
    };
    let (tokens, _) = tokenize(&text);
    for b in &bad {
        let token = tokens.iter().find(|t| (t.span.start as usize) <= b.text && b.text < t.span.end as usize);
        // The piece the tokenizer decodes: a string literal's body, or a name.
        let (start, end) = match token {
            Some(t) if t.kind == TokenKind::Comment => continue,
            Some(t) if t.kind == TokenKind::String => {
                let literal = &text[t.span.start as usize..t.span.end as usize];
                let prefix = literal.find(['\'', '"']).unwrap_or(0);
                if literal[..prefix].contains(['b', 'B']) {
                    continue; // "bytes can only contain ASCII literal characters"
                }
                let quote = literal.as_bytes().get(prefix).copied().unwrap_or(b'"');
                let triple = literal[prefix..].bytes().take(3).all(|c| c == quote) && literal.len() >= prefix + 6;
                let q = if triple { 3 } else { 1 };
                let closed = literal.len() >= prefix + 2 * q && literal.ends_with(quote as char);
                let end = byte_of(t.span.end as usize) - if closed { q } else { 0 };
                (byte_of(t.span.start as usize + prefix + q), end.max(b.byte + b.len))
            }
            // A name: CPython's tokenizer takes every byte over 127 as part of
            // one, and decodes the name when it ends.
            _ => {
                let part = |c: u8| c >= 0x80 || c.is_ascii_alphanumeric() || c == b'_';
                let mut s = b.byte;
                while s > 0 && part(bytes[s - 1]) {
                    s -= 1;
                }
                let mut e = b.byte + b.len;
                while e < bytes.len() && part(bytes[e]) {
                    e += 1;
                }
                (s, e)
            }
        };
        let msg = crate::builtins::codecs::utf8_error(&bytes[start..end], b.byte - start);
        let span = Span::new(b.text as u32, b.text as u32 + '\u{FFFD}'.len_utf8() as u32);
        let error = CompileError::Syntax(vec![SyntaxError::syntax(format!("(unicode error) {msg}"), span)]);
        return (text, Some(error));
    }
    (text, None)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn error(bytes: &[u8]) -> String {
        match decode_source(bytes) {
            (_, Some(CompileError::Syntax(e))) => e[0].msg.clone(),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn bad_bytes_in_comments_and_a_bom_are_fine() {
        assert_eq!(decode_source(b"\xef\xbb\xbfprint(1)\n"), ("print(1)\n".to_string(), None));
        let (text, error) = decode_source(b"print('ok')  # caf\xe9\n");
        assert!(text.starts_with("print('ok')") && error.is_none());
    }

    #[test]
    fn bad_bytes_elsewhere_are_the_reference_runners_error() {
        // Each message is what cpython_ref.py printed for the same bytes.
        assert_eq!(error(b"print(1)\n\xff\xfe = 2\n"), "(unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte");
        assert_eq!(error(b"x = \"ab\xe2\x28\xa1\"\n"), "(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 2: invalid continuation byte");
        assert_eq!(error(b"x = \"\xe2\"\nprint(1)\n"), "(unicode error) 'utf-8' codec can't decode byte 0xe2 in position 0: unexpected end of data");
        assert_eq!(error(b"x = 1\nab\xe9cd = 2\n"), "(unicode error) 'utf-8' codec can't decode byte 0xe9 in position 2: invalid continuation byte");
        assert_eq!(error(b"print('ok')  # caf\xe9\nx = '\xc3\xa9\xff'\n"), "(unicode error) 'utf-8' codec can't decode byte 0xff in position 2: invalid start byte");
    }
}
