//! Source positions. Every token, AST node and error carries a `Span`:
//! byte offsets into the program's source text.

/// A half-open byte range `start..end` in the source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn to(self, other: Span) -> Span {
        Span { start: self.start.min(other.start), end: self.end.max(other.end) }
    }

    pub fn len(self) -> u32 {
        self.end.saturating_sub(self.start)
    }

    pub fn is_empty(self) -> bool {
        self.end <= self.start
    }
}

/// Maps byte offsets to 1-based lines and columns.
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset at which each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    len: u32,
}

impl LineIndex {
    pub fn new(source: &str) -> LineIndex {
        let mut line_starts = vec![0];
        for (i, b) in source.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        LineIndex { line_starts, len: source.len() as u32 }
    }

    /// 1-based line number containing `offset`.
    pub fn line(&self, offset: u32) -> u32 {
        let offset = offset.min(self.len);
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset of the start of 1-based `line`.
    pub fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) - 1) as usize;
        self.line_starts.get(i).copied().unwrap_or(self.len)
    }

    /// 1-based (line, column); the column counts characters, as CPython's
    /// caret does, not bytes.
    pub fn line_col(&self, source: &str, offset: u32) -> (u32, u32) {
        let line = self.line(offset);
        let start = self.line_start(line) as usize;
        let end = (offset as usize).min(source.len());
        let col = source.get(start..end).map(|s| s.chars().count()).unwrap_or(0);
        (line, col as u32 + 1)
    }

    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    /// The text of 1-based `line`, without its newline.
    pub fn line_text<'a>(&self, source: &'a str, line: u32) -> &'a str {
        let start = self.line_start(line) as usize;
        let end = if (line as usize) < self.line_starts.len() {
            self.line_starts[line as usize] as usize
        } else {
            source.len()
        };
        source.get(start..end).unwrap_or("").trim_end_matches(['\n', '\r'])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "ab\ncdé\n\nx";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 1);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.line_col(src, 7), (2, 4));
        assert_eq!(idx.line_text(src, 2), "cdé");
        assert_eq!(idx.line_text(src, 4), "x");
        assert_eq!(idx.line_count(), 4);
    }
}
