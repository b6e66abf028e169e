//! The program's output: stdout as lines stamped with the virtual time of
//! their first character (as the reference runner stamps them), and
//! stderr (warnings, tracebacks), which is not part of the reference.

/// One complete line of stdout.
#[derive(Clone, Debug, PartialEq)]
pub struct OutLine {
    pub t: f64,
    pub text: String,
}

impl OutLine {
    /// The line as the reference runner prints it: `{t:.3f}\t{line}\n`.
    pub fn stamped(&self) -> String {
        format!("{:.3}\t{}\n", self.t, self.text)
    }
}

#[derive(Debug, Default)]
pub struct Output {
    pub lines: Vec<OutLine>,
    /// The current unfinished line: (time of its first character, text).
    pub partial: Option<(f64, String)>,
    /// Lines printed by executor jobs, held until the main clock passes
    /// their time (the reference runner merges them in time order).
    pub held: Vec<(f64, u64, String)>,
    held_seq: u64,
    pub stderr: String,
    /// Bytes written to stdout so far.
    pub bytes: usize,
}

impl Output {
    /// Write `s` at virtual time `now`.
    pub fn write(&mut self, now: f64, s: &str) {
        self.bytes += s.len();
        let mut parts = s.split('\n').peekable();
        while let Some(part) = parts.next() {
            if !part.is_empty() {
                match &mut self.partial {
                    Some((_, text)) => text.push_str(part),
                    None => self.partial = Some((now, part.to_string())),
                }
            }
            if parts.peek().is_some() {
                let (t, text) = self.partial.take().unwrap_or((now, String::new()));
                self.emit(t, text);
            }
        }
    }

    /// A line printed by an executor job at worker time `t`.
    pub fn write_held(&mut self, t: f64, s: &str) {
        self.bytes += s.len();
        for line in s.split_inclusive('\n') {
            self.held_seq += 1;
            self.held.push((t, self.held_seq, line.trim_end_matches('\n').to_string()));
        }
    }

    fn emit(&mut self, t: f64, text: String) {
        self.release_held(t);
        self.lines.push(OutLine { t, text });
    }

    fn release_held(&mut self, upto: f64) {
        if self.held.is_empty() {
            return;
        }
        crate::order::sort_by(&mut self.held, |a, b| a.0.partial_cmp(&b.0).unwrap_or(std::cmp::Ordering::Equal).then(a.1.cmp(&b.1)));
        while let Some(first) = self.held.first() {
            if first.0 <= upto {
                let (t, _, text) = self.held.remove(0);
                self.lines.push(OutLine { t, text });
            } else {
                break;
            }
        }
    }

    /// At the end of the run: the unfinished line and held lines go out.
    pub fn flush_partial(&mut self, now: f64) {
        if let Some((t, text)) = self.partial.take() {
            self.held_seq += 1;
            self.held.push((t, self.held_seq, text));
        }
        self.release_held(f64::INFINITY);
        let _ = now;
    }

    pub fn err(&mut self, s: &str) {
        self.stderr.push_str(s);
    }

    /// Plain stdout text, as `python3 prog.py` prints it.
    pub fn text(&self) -> String {
        self.text_from(0)
    }

    /// `text()` without its first `skip` lines (already written out).
    pub fn text_from(&self, skip: usize) -> String {
        let mut s = String::new();
        for l in self.lines.iter().skip(skip) {
            s.push_str(&l.text);
            s.push('\n');
        }
        if let Some((_, p)) = &self.partial {
            s.push_str(p);
        }
        s
    }

    /// `{t:.3f}\t{line}` lines, as the reference runner prints them.
    pub fn stamped(&self) -> String {
        self.stamped_from(0)
    }

    /// `stamped()` without its first `skip` lines.
    pub fn stamped_from(&self, skip: usize) -> String {
        self.lines.iter().skip(skip).map(OutLine::stamped).collect()
    }
}
