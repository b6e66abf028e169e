//! Colour codes in program output (`\x1b[31m` ... `\x1b[0m`, as coloured
//! logging and terminal tutorials print them): shown as colour, and any
//! other escape sequence dropped, never as boxes.

/// A piece of output text and the CSS classes of its style.
#[derive(Debug, PartialEq, Eq)]
pub struct Piece {
    pub class: String,
    pub text: String,
}

const COLOURS: [&str; 8] = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"];

/// Splits `text` at its escape sequences into styled pieces.
pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out: Vec<Piece> = Vec::new();
    let (mut bold, mut colour): (bool, Option<&str>) = (false, None);
    let mut rest = text;
    while let Some(i) = rest.find('\u{1b}') {
        push(&mut out, &rest[..i], bold, colour);
        let after = &rest[i + 1..];
        let Some(body) = after.strip_prefix('[') else {
            rest = after;
            continue;
        };
        // ESC [ params final-byte
        let end = body.find(|c: char| ('@'..='~').contains(&c)).unwrap_or(body.len());
        let (params, fin) = (&body[..end], body[end..].chars().next());
        if fin == Some('m') {
            for p in params.split(';') {
                match p.parse::<u32>().unwrap_or(0) {
                    0 => (bold, colour) = (false, None),
                    1 => bold = true,
                    22 => bold = false,
                    n @ 30..=37 => colour = Some(COLOURS[(n - 30) as usize]),
                    n @ 90..=97 => colour = Some(COLOURS[(n - 90) as usize]),
                    39 => colour = None,
                    _ => {}
                }
            }
        }
        rest = &body[(end + fin.map_or(0, char::len_utf8)).min(body.len())..];
    }
    push(&mut out, rest, bold, colour);
    out
}

fn push(out: &mut Vec<Piece>, text: &str, bold: bool, colour: Option<&str>) {
    if text.is_empty() {
        return;
    }
    let mut class = String::new();
    if bold {
        class.push_str("ansi-bold");
    }
    if let Some(c) = colour {
        if !class.is_empty() {
            class.push(' ');
        }
        class.push_str("ansi-");
        class.push_str(c);
    }
    out.push(Piece { class, text: text.to_string() });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_become_classes_and_other_escapes_vanish() {
        let p = pieces("\u{1b}[1;31mERROR\u{1b}[0m done\u{1b}[2K!");
        assert_eq!(p, vec![
            Piece { class: "ansi-bold ansi-red".into(), text: "ERROR".into() },
            Piece { class: String::new(), text: " done".into() },
            Piece { class: String::new(), text: "!".into() },
        ]);
        assert_eq!(pieces("plain"), vec![Piece { class: String::new(), text: "plain".into() }]);
    }
}
