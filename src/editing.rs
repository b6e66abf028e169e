//! Text edits of the editor's Tab / Shift-Tab, as pure functions on the text
//! and its selection. Offsets are bytes; the textarea counts UTF-16 units, so
//! the conversions live here too.

pub const INDENT: &str = "    ";

/// Text after an edit, with the new selection (byte offsets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Edit {
    pub text: String,
    pub start: usize,
    pub end: usize,
}

/// Byte offset of a UTF-16 offset (clamped to the text).
pub fn byte_offset(text: &str, utf16: u32) -> usize {
    let mut units = 0;
    for (i, c) in text.char_indices() {
        if units >= utf16 {
            return i;
        }
        units += c.len_utf16() as u32;
    }
    text.len()
}

/// UTF-16 offset of a byte offset.
pub fn utf16_offset(text: &str, byte: usize) -> u32 {
    text[..byte.min(text.len())]
        .chars()
        .map(|c| c.len_utf16() as u32)
        .sum()
}

/// Start offsets of the lines that the selection touches. A multi-line
/// selection ending at the start of a line does not touch that line.
fn touched_lines(text: &str, start: usize, end: usize) -> Vec<usize> {
    let first = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let last_end = if end > start && text[..end].ends_with('\n') {
        end - 1
    } else {
        end
    };
    let mut lines = vec![first];
    lines.extend(
        text[first..last_end]
            .match_indices('\n')
            .map(|(i, _)| first + i + 1),
    );
    lines
}

/// Tab: a selection inside one line becomes four spaces; a selection over
/// several lines indents each of them by four.
pub fn indent(text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (start.min(end), start.max(end));
    if !text[start..end].contains('\n') {
        let text = format!("{}{INDENT}{}", &text[..start], &text[end..]);
        let caret = start + INDENT.len();
        return Edit {
            text,
            start: caret,
            end: caret,
        };
    }
    let lines = touched_lines(text, start, end);
    let mut out = String::with_capacity(text.len() + lines.len() * INDENT.len());
    let mut from = 0;
    for &line in &lines {
        out.push_str(&text[from..line]);
        out.push_str(INDENT);
        from = line;
    }
    out.push_str(&text[from..]);
    Edit {
        text: out,
        start: start + INDENT.len(),
        end: end + lines.len() * INDENT.len(),
    }
}

/// Shift-Tab: removes up to four leading spaces from each touched line.
pub fn dedent(text: &str, start: usize, end: usize) -> Edit {
    let (start, end) = (start.min(end), start.max(end));
    let removed: Vec<(usize, usize)> = touched_lines(text, start, end)
        .into_iter()
        .map(|line| {
            (
                line,
                text[line..]
                    .bytes()
                    .take(INDENT.len())
                    .take_while(|&b| b == b' ')
                    .count(),
            )
        })
        .collect();
    let mut out = String::with_capacity(text.len());
    let mut from = 0;
    for &(line, spaces) in &removed {
        out.push_str(&text[from..line]);
        from = line + spaces;
    }
    out.push_str(&text[from..]);
    // An offset moves left by the removed spaces before it.
    let map = |o: usize| {
        o - removed
            .iter()
            .map(|&(line, spaces)| o.saturating_sub(line).min(spaces))
            .sum::<usize>()
    };
    Edit {
        text: out,
        start: map(start),
        end: map(end),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tab_inserts_four_spaces_at_the_caret() {
        let e = indent("ab", 1, 1);
        assert_eq!(
            e,
            Edit {
                text: "a    b".into(),
                start: 5,
                end: 5
            }
        );
    }

    #[test]
    fn tab_replaces_a_selection_within_a_line() {
        assert_eq!(indent("abcd", 1, 3).text, "a    d");
    }

    #[test]
    fn tab_indents_every_selected_line() {
        let text = "a\nb\nc\n";
        let e = indent(text, 0, 4); // "a\nb\n": the c line is not touched
        assert_eq!(e.text, "    a\n    b\nc\n");
        assert_eq!((e.start, e.end), (4, 12));
    }

    #[test]
    fn shift_tab_dedents_the_current_line() {
        let e = dedent("x\n      y", 8, 8);
        assert_eq!(e.text, "x\n  y");
        assert_eq!((e.start, e.end), (4, 4));
    }

    #[test]
    fn shift_tab_removes_only_spaces_that_are_there() {
        let e = dedent("  a\n    b\nc", 0, 10);
        assert_eq!(e.text, "a\nb\nc");
        assert_eq!((e.start, e.end), (0, 4));
    }

    #[test]
    fn shift_tab_with_the_caret_inside_the_indent() {
        let e = dedent("      y", 2, 2);
        assert_eq!(e.text, "  y");
        assert_eq!((e.start, e.end), (0, 0));
    }

    #[test]
    fn utf16_offsets_round_trip() {
        let text = "é😀x";
        assert_eq!(byte_offset(text, 0), 0);
        assert_eq!(byte_offset(text, 1), 2);
        assert_eq!(byte_offset(text, 3), 6);
        assert_eq!(byte_offset(text, 99), 7);
        assert_eq!(utf16_offset(text, 6), 3);
    }
}
