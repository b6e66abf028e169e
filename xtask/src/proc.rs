//! Running child processes: plain, captured, or echoed while captured.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};

fn describe(cmd: &Command) -> String {
    let mut s = cmd.get_program().to_string_lossy().into_owned();
    for a in cmd.get_args() {
        s.push(' ');
        s.push_str(&a.to_string_lossy());
    }
    s
}

/// Runs `cmd` with inherited output; Ok only if it exits 0.
pub fn status(cmd: &mut Command) -> Result<(), String> {
    eprintln!("xtask: $ {}", describe(cmd));
    match cmd.status() {
        Ok(s) if s.success() => Ok(()),
        Ok(s) => Err(format!("`{}` failed ({s})", describe(cmd))),
        Err(e) => Err(format!("could not start `{}`: {e}", describe(cmd))),
    }
}

/// The trimmed stdout of `cmd` if it starts and exits 0 (for `--version`).
pub fn output(cmd: &mut Command) -> Option<String> {
    let out = cmd.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// Runs `cmd`, echoing its stdout as it comes and returning it with the exit
/// success. Err if it cannot start.
pub fn tee(cmd: &mut Command) -> Result<(bool, String), String> {
    eprintln!("xtask: $ {}", describe(cmd));
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start `{}`: {e}", describe(cmd)))?;
    let mut captured = String::new();
    let mut reader = BufReader::new(child.stdout.take().expect("piped stdout"));
    let mut line = Vec::new();
    let stdout = std::io::stdout();
    while reader
        .read_until(b'\n', &mut line)
        .map_err(|e| e.to_string())?
        > 0
    {
        let text = String::from_utf8_lossy(&line);
        let mut out = stdout.lock();
        let _ = out.write_all(text.as_bytes());
        let _ = out.flush();
        captured.push_str(&text);
        line.clear();
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    Ok((status.success(), captured))
}
