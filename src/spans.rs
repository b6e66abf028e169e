//! Splits the program into plain and coloured pieces for the editor's
//! highlight layer, from the engine's highlight spans.

use engine::Highlight;

/// A piece of the source: its CSS class (None for plain text) and its text.
pub type Segment<'a> = (Option<&'static str>, &'a str);

/// Covers all of `source`, in order. Spans that are out of order, overlap,
/// run past the end or cut a character are dropped rather than trusted.
pub fn segments<'a>(source: &'a str, highlights: &[Highlight]) -> Vec<Segment<'a>> {
    let mut out = Vec::with_capacity(highlights.len() * 2 + 1);
    let mut at = 0;
    for h in highlights {
        let (start, end) = (h.span.start as usize, h.span.end as usize);
        if start < at
            || end <= start
            || end > source.len()
            || !source.is_char_boundary(start)
            || !source.is_char_boundary(end)
        {
            continue;
        }
        if start > at {
            out.push((None, &source[at..start]));
        }
        out.push((Some(h.class.css()), &source[start..end]));
        at = end;
    }
    if at < source.len() {
        out.push((None, &source[at..]));
    }
    out
}

/// Widens an empty error span to the character before it (CPython's
/// caret can point just past the end of a line), or after it.
pub fn visible_range(source: &str, start: usize, end: usize) -> (usize, usize) {
    let start = start.min(source.len());
    let end = end.clamp(start, source.len());
    let at_break = source[start..].starts_with(['\n', '\r']) || start == source.len();
    if end > start && !(end == start + 1 && at_break) {
        return (start, end);
    }
    if at_break {
        // The last visible character before the line break.
        match source[..start].char_indices().next_back() {
            Some((i, c)) if c != '\n' => (i, start),
            _ => (start, start),
        }
    } else {
        let next = source[start..].chars().next().map_or(0, char::len_utf8);
        (start, start + next)
    }
}

/// Splits the segments at the edges of `errors` (byte ranges); a piece
/// inside an error is flagged `true`.
pub fn mark_errors<'a>(
    segments: Vec<Segment<'a>>,
    errors: &[(usize, usize)],
) -> Vec<(Option<&'static str>, &'a str, bool)> {
    let mut out = Vec::with_capacity(segments.len() + errors.len() * 2);
    let mut at = 0;
    for (class, text) in segments {
        let (from, to) = (at, at + text.len());
        at = to;
        // Cut points inside this piece, at char boundaries.
        let mut cuts: Vec<usize> = errors
            .iter()
            .flat_map(|&(s, e)| [s, e])
            .filter(|&c| c > from && c < to && text.is_char_boundary(c - from))
            .collect();
        engine::sort(&mut cuts);
        cuts.dedup();
        let mut start = from;
        for end in cuts.into_iter().chain(std::iter::once(to)) {
            let inside = errors.iter().any(|&(s, e)| s < e && start >= s && end <= e);
            out.push((class, &text[start - from..end - from], inside));
            start = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use engine::HighlightClass;
    use engine::Span;

    fn hl(start: u32, end: u32, class: HighlightClass) -> Highlight {
        Highlight {
            span: Span::new(start, end),
            class,
        }
    }

    #[test]
    fn fills_the_gaps_with_plain_text() {
        let src = "await x  # hi";
        let hs = [
            hl(0, 5, HighlightClass::Keyword),
            hl(9, 13, HighlightClass::Comment),
        ];
        assert_eq!(
            segments(src, &hs),
            vec![
                (Some("hl-keyword"), "await"),
                (None, " x  "),
                (Some("hl-comment"), "# hi")
            ]
        );
    }

    #[test]
    fn bad_spans_are_dropped_and_the_text_kept() {
        let src = "é = 1";
        let hs = [
            hl(0, 1, HighlightClass::Name),
            hl(3, 99, HighlightClass::Number),
            hl(5, 6, HighlightClass::Number),
        ];
        let joined: String = segments(src, &hs).iter().map(|s| s.1).collect();
        assert_eq!(joined, src);
    }

    #[test]
    fn no_highlights_is_one_plain_piece() {
        assert_eq!(segments("pass", &[]), vec![(None, "pass")]);
        assert!(segments("", &[]).is_empty());
    }
}

#[cfg(test)]
mod error_tests {
    use super::*;

    #[test]
    fn errors_split_the_pieces_they_cover() {
        let pieces = mark_errors(vec![(Some("hl-keyword"), "raise"), (None, " X(1)\n")], &[(3, 9)]);
        assert_eq!(
            pieces,
            vec![
                (Some("hl-keyword"), "rai", false),
                (Some("hl-keyword"), "se", true),
                (None, " X(1", true),
                (None, ")\n", false),
            ]
        );
        let joined: String = pieces.iter().map(|p| p.1).collect();
        assert_eq!(joined, "raise X(1)\n");
    }

    #[test]
    fn an_empty_span_at_a_line_end_marks_the_character_before() {
        let src = "def f()\n    pass\n";
        assert_eq!(visible_range(src, 7, 7), (6, 7));
        assert_eq!(visible_range(src, 7, 8), (6, 7));
        assert_eq!(visible_range(src, 0, 0), (0, 1));
        assert_eq!(visible_range(src, 2, 5), (2, 5));
        assert_eq!(visible_range("", 0, 0), (0, 0));
        assert_eq!(visible_range("x\n\n", 2, 2), (2, 2));
    }
}
