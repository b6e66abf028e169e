//! Splits the program into plain and coloured pieces for the editor's
//! highlight layer, from the engine's highlight spans.

use engine::highlight::Highlight;

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

#[cfg(test)]
mod tests {
    use super::*;
    use engine::highlight::HighlightClass;
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
