//! Help for code pasted from a web page. CPython's error stays CPython's;
//! when its cause is one of the usual paste accidents, this names the
//! accident and gives the program with it fixed, for a one-click repair:
//! non-breaking spaces and typographic quotes, `>>>` / `...` prompts of an
//! interactive session, and a top-level `await`.

use crate::error::CompileError;

/// What is wrong with pasted code, and the code fixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PasteHelp {
    pub kind: PasteFix,
    /// One sentence for the learner.
    pub message: &'static str,
    /// The button's label.
    pub action: &'static str,
    /// The program with the fix applied.
    pub fixed: String,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PasteFix {
    /// Non-breaking spaces, typographic quotes or dashes.
    Characters,
    /// `>>> ` / `... ` prompts and the session's output lines.
    Prompts,
    /// `await` outside a function.
    TopLevelAwait,
}

const LOOKALIKES: &[(char, &str)] = &[
    ('\u{a0}', " "),
    ('\u{2007}', " "),
    ('\u{202f}', " "),
    ('\u{2018}', "'"),
    ('\u{2019}', "'"),
    ('\u{201c}', "\""),
    ('\u{201d}', "\""),
    ('\u{2032}', "'"),
    ('\u{2013}', "-"),
    ('\u{2212}', "-"),
];

/// Help for `source`, which failed to compile with `err`, if the failure
/// looks like a paste accident.
pub fn paste_help(source: &str, err: &CompileError) -> Option<PasteHelp> {
    let CompileError::Syntax(errors) = err else { return None };
    let msg = errors.first().map(|e| e.msg.as_str()).unwrap_or("");
    if source.chars().any(|c| LOOKALIKES.iter().any(|(l, _)| *l == c)) && (msg.starts_with("invalid character") || msg.starts_with("invalid non-printable character")) {
        let mut fixed = source.to_string();
        for (from, to) in LOOKALIKES {
            fixed = fixed.replace(*from, to);
        }
        return Some(PasteHelp {
            kind: PasteFix::Characters,
            message: "The code contains look-alike characters from a web page (non-breaking spaces, typographic quotes or dashes) that Python does not accept.",
            action: "Replace them",
            fixed,
        });
    }
    let prompt = |l: &str| l.starts_with(">>>") || l.starts_with("...");
    if source.lines().any(|l| l.trim_start().starts_with(">>>")) {
        let mut fixed = String::new();
        for line in source.lines() {
            let t = line.trim_start();
            if prompt(t) {
                let rest = &t[3..];
                fixed.push_str(rest.strip_prefix(' ').unwrap_or(rest));
                fixed.push('\n');
            }
        }
        return Some(PasteHelp {
            kind: PasteFix::Prompts,
            message: "This looks like an interactive session: the >>> and ... prompts (and the output lines between them) are not part of the program.",
            action: "Strip the prompts",
            fixed,
        });
    }
    if msg == "'await' outside function" || msg == "'async with' outside async function" || msg == "'async for' outside async function" {
        let mut fixed = String::new();
        if !source.lines().any(|l| l.trim_start().starts_with("import asyncio")) {
            fixed.push_str("import asyncio\n\n");
        }
        fixed.push_str("async def main():\n");
        for line in source.lines() {
            if line.trim().is_empty() {
                fixed.push('\n');
            } else {
                fixed.push_str("    ");
                fixed.push_str(line);
                fixed.push('\n');
            }
        }
        fixed.push_str("\nasyncio.run(main())\n");
        return Some(PasteHelp {
            kind: PasteFix::TopLevelAwait,
            message: "`await` works only inside an `async def` (notebooks and the asyncio REPL allow it at the top level; a program does not).",
            action: "Wrap it in async def main() + asyncio.run(main())",
            fixed,
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn help(src: &str) -> Option<PasteHelp> {
        let err = crate::compiler::compile_source(src, Default::default()).err()?;
        paste_help(src, &err)
    }

    #[test]
    fn each_accident_is_named_and_its_fix_compiles() {
        for (src, kind) in [
            ("import asyncio\nasync def main():\n\u{a0}\u{a0}\u{a0}\u{a0}print(\u{201c}hi\u{201d})\nasyncio.run(main())\n", PasteFix::Characters),
            (">>> import asyncio\n>>> async def main():\n...     print('hello')\n...\n>>> asyncio.run(main())\nhello\n", PasteFix::Prompts),
            ("import asyncio\nawait asyncio.sleep(1)\nprint('done')\n", PasteFix::TopLevelAwait),
        ] {
            let h = help(src).unwrap_or_else(|| panic!("no help for {src:?}"));
            assert_eq!(h.kind, kind);
            assert!(crate::compiler::compile_source(&h.fixed, Default::default()).is_ok(), "{}", h.fixed);
        }
        assert_eq!(help("print(1\n"), None);
    }
}
