//! The `loopscope` command: output and exit codes as PRODUCT.md §3 and the
//! reference runner define them.

use std::path::PathBuf;
use std::process::Command;

fn bin() -> Command {
    Command::new(env!("CARGO_BIN_EXE_loopscope"))
}

fn corpus(rel: &str) -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../engine/tests/data/corpus").join(rel)
}

fn write_tmp(name: &str, text: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("loopscope-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let p = dir.join(name);
    std::fs::write(&p, text).unwrap();
    p
}

fn run(args: &[&str]) -> (String, String, i32) {
    output(bin().args(args))
}

/// Runs with `p`'s folder as the working directory and `p` named by its
/// file name: tracebacks and reprs then name it as CPython would, by the
/// path as given.
fn run_beside(p: &std::path::Path, args: &[&str]) -> (String, String, i32) {
    let name = p.file_name().unwrap().to_str().unwrap();
    output(bin().current_dir(p.parent().unwrap()).args(args).arg(name))
}

fn output(cmd: &mut Command) -> (String, String, i32) {
    let out = cmd.output().expect("runs");
    (String::from_utf8_lossy(&out.stdout).into(), String::from_utf8_lossy(&out.stderr).into(), out.status.code().unwrap_or(-1))
}

#[test]
fn run_clock_matches_the_reference_byte_for_byte() {
    for name in ["02_tut_hello_world", "12_sequential_vs_gather", "39_deadlock_event", "42_uncaught_exception"] {
        let prog = corpus(&format!("reference/programs/{name}.py"));
        let expected = std::fs::read_to_string(corpus(&format!("reference/expected/{name}.out"))).unwrap();
        let (out, _, code) = run(&["run", "--clock", prog.to_str().unwrap()]);
        assert_eq!(out, expected, "{name}");
        let want = if expected.contains("\tDEADLOCK") { 3 } else if expected.contains("\tUNCAUGHT") { 1 } else { 0 };
        assert_eq!(code, want, "{name}");
    }
}

#[test]
fn plain_run_prints_stdout_and_a_traceback() {
    let p = write_tmp("plain.py", "print('hi')\nx = {}['k']\n");
    let (out, err, code) = run(&["run", p.to_str().unwrap()]);
    assert_eq!(out, "hi\n");
    assert_eq!(code, 1);
    assert!(err.starts_with("Traceback (most recent call last):"), "{err}");
    assert_eq!(err.trim_end().lines().last(), Some("KeyError: 'k'"));
}

#[test]
fn limits_unsupported_and_syntax_errors_have_their_codes() {
    let p = write_tmp("limit.py", "import asyncio\nasync def main():\n    while True:\n        await asyncio.sleep(3600)\nasyncio.run(main())\n");
    let (out, _, code) = run(&["run", "--clock", p.to_str().unwrap()]);
    assert_eq!(code, 4);
    assert!(out.trim_end().ends_with("LIMIT virtual time would pass 86400s"), "{out}");

    let p = write_tmp("match.py", "match 1:\n    case 1:\n        pass\n");
    let (out, _, code) = run(&["run", p.to_str().unwrap()]);
    assert_eq!(code, 5);
    assert!(out.starts_with("UNSUPPORTED `match` statement"), "{out}");

    let p = write_tmp("syntax.py", "if True\n    pass\n");
    let (out, err, code) = run(&["run", "--clock", p.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(out, "0.000\tUNCAUGHT SyntaxError: expected ':'\n");
    assert!(err.contains("SyntaxError: expected ':'"));
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(run(&[]).2, 2);
    assert_eq!(run(&["frobnicate", "x.py"]).2, 2);
    assert_eq!(run(&["run"]).2, 2);
    assert_eq!(run(&["run", "/nonexistent/x.py"]).2, 2);
}

#[test]
fn trace_and_explain_describe_every_step() {
    let prog = corpus("reference/programs/14_create_task_start_order.py");
    let (out, _, code) = run(&["trace", prog.to_str().unwrap()]);
    assert_eq!(code, 0);
    let lines: Vec<&str> = out.lines().collect();
    assert!(lines.len() > 20);
    for (i, l) in lines.iter().enumerate() {
        let cols: Vec<&str> = l.split('\t').collect();
        assert_eq!(cols.len(), 6, "{l}");
        assert_eq!(cols[0], i.to_string());
        assert!(!cols[5].is_empty());
    }
    assert!(out.contains("Task-2 (worker) starts"), "{out}");

    let (json, _, code) = run(&["trace", "--json", prog.to_str().unwrap()]);
    assert_eq!(code, 0);
    let mut it = json.lines();
    let header: serde_json::Value = serde_json::from_str(it.next().unwrap()).unwrap();
    assert_eq!(header["schema"], "loopscope-trace");
    assert_eq!(header["version"], 1);
    let mut steps: Vec<serde_json::Value> = it.map(|l| serde_json::from_str(l).unwrap()).collect();
    let footer = steps.pop().unwrap();
    assert_eq!(footer["outcome"], "ok");
    assert_eq!(footer["output"].as_array().unwrap().last().unwrap()["text"], "main: all done");
    assert_eq!(steps.len() as u64, header["steps"].as_u64().unwrap());
    assert_eq!(steps.len(), lines.len());
    assert!(steps.iter().any(|s| s["ready"].as_array().map(|r| r.len() == 3).unwrap_or(false)), "a step with A, B, C ready");

    let (story, _, code) = run(&["explain", prog.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(story.contains("| main: all done"));
    assert!(story.contains("Nothing is ready: the clock jumps from t=0.000 to t=1.000"));
}

#[test]
fn help_goes_to_stdout_and_succeeds() {
    let (out, _, code) = run(&["--help"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("usage: loopscope run"), "{out}");
    assert!(out.contains("Exit codes"), "{out}");
}

#[test]
fn trace_and_explain_exit_with_the_programs_code() {
    let p = write_tmp("fails.py", "import asyncio\nasync def main():\n    raise ValueError('x')\nasyncio.run(main())\n");
    let (story, err, code) = run(&["explain", p.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert!(story.trim_end().ends_with("An uncaught ValueError ended the program at t=0.000: x"), "{story}");
    assert_eq!(err.trim_end().lines().last(), Some("ValueError: x"));
    let (json, _, code) = run(&["trace", "--json", p.to_str().unwrap()]);
    assert_eq!(code, 1);
    let footer: serde_json::Value = serde_json::from_str(json.lines().last().unwrap()).unwrap();
    assert_eq!((footer["outcome"].as_str(), footer["message"].as_str(), footer["exit_code"].as_i64()), (Some("uncaught"), Some("ValueError: x"), Some(1)));

    let p = write_tmp("deadlock.py", "import asyncio\nasync def main():\n    await asyncio.Event().wait()\nasyncio.run(main())\n");
    let (json, _, code) = run(&["trace", "--json", p.to_str().unwrap()]);
    assert_eq!(code, 3);
    let footer: serde_json::Value = serde_json::from_str(json.lines().last().unwrap()).unwrap();
    assert_eq!(footer["outcome"], "deadlock");
    assert!(footer["message"].as_str().unwrap().contains("Task-1"), "{footer}");
}

#[test]
fn paths_are_named_as_given() {
    let p = write_tmp("where.py", "import asyncio\nasync def main():\n    print(repr(asyncio.current_task()))\n    1 / 0\nasyncio.run(main())\n");
    let given = p.to_str().unwrap();
    let (out, err, code) = run(&["run", given]);
    assert_eq!(code, 1);
    assert!(out.starts_with(&format!("<Task pending name='Task-1' coro=<main() running at {given}:")), "{out}");
    assert!(err.contains(&format!("  File \"{given}\", line 4, in main")), "{err}");
}

#[test]
fn an_unretrieved_task_exception_is_logged_as_cpython_does() {
    let src = "import asyncio\n\nasync def boom():\n    raise KeyError('k')\n\nasync def main():\n    asyncio.create_task(boom())\n    t = asyncio.create_task(boom())\n    await asyncio.sleep(0.1)\n    t.exception()\n    print('done')\n\nasyncio.run(main())\n";
    let p = write_tmp("unretrieved.py", src);
    let (out, err, code) = run_beside(&p, &["run"]);
    assert_eq!((out.as_str(), code), ("done\n", 0));
    // Only Task-2: Task-3's exception was retrieved.
    assert_eq!(
        err,
        "Task exception was never retrieved\n\
         future: <Task finished name='Task-2' coro=<boom() done, defined at unretrieved.py:3> exception=KeyError('k')>\n\
         Traceback (most recent call last):\n  File \"unretrieved.py\", line 4, in boom\n    raise KeyError('k')\nKeyError: 'k'\n"
    );
}

#[test]
fn an_exception_in_a_callback_names_the_callback_and_its_handle() {
    let src = "import asyncio\n\nclass K:\n    def meth(self, x):\n        raise KeyError(x)\n\ndef bad(a, b='s'):\n    return 1 / 0\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    loop.call_later(0.5, bad, 1, 'a' * 40)\n    loop.call_soon(K().meth, [1, 2])\n    await asyncio.sleep(1)\n    print('ok')\n\nasyncio.run(main())\n";
    let p = write_tmp("callback_error.py", src);
    let (out, err, code) = run_beside(&p, &["run"]);
    assert_eq!((out.as_str(), code), ("ok\n", 0));
    let heads: Vec<&str> = err.lines().filter(|l| !l.starts_with(' ') && !l.starts_with("Traceback")).collect();
    assert_eq!(
        heads,
        [
            "Exception in callback K.meth([1, 2])",
            "handle: <Handle K.meth([1, 2])>",
            "KeyError: [1, 2]",
            "Exception in callback bad(1, 'aaaaaaaaaaaa...aaaaaaaaaaaaa') at callback_error.py:7",
            "handle: <_SeqTimerHandle when=0.5 bad(1, 'aaaaaaaaaaaa...aaaaaaaaaaaaa') at callback_error.py:7>",
            "ZeroDivisionError: division by zero",
        ]
    );
}

/// A reader that goes away after one line (`loopscope run x.py | head -1`):
/// the command ends quietly with 141, never a panic, whichever command.
#[test]
fn a_closed_pipe_ends_every_command_quietly() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = std::env::temp_dir().join(format!("loopscope-pipe-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prog = dir.join("many.py");
    std::fs::write(&prog, "for i in range(200000):\n    print(i)\n").unwrap();
    for args in [&["run"][..], &["run", "--clock"], &["trace"], &["trace", "--json"], &["explain"]] {
        for _ in 0..5 {
            let mut child = Command::new(env!("CARGO_BIN_EXE_loopscope"))
                .args(args)
                .arg(&prog)
                .stdout(Stdio::piped())
                .stderr(Stdio::piped())
                .spawn()
                .unwrap();
            let mut first = String::new();
            BufReader::new(child.stdout.take().unwrap()).read_line(&mut first).unwrap();
            assert!(!first.is_empty(), "{args:?}");
            // The reader is dropped here: the pipe is closed.
            let out = child.wait_with_output().unwrap();
            let code = out.status.code();
            assert!(matches!(code, Some(141) | Some(0)), "{args:?}: {code:?}");
            assert!(out.stderr.is_empty(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
        }
    }
    let _ = std::fs::remove_dir_all(dir);
}

/// Output reaches stdout while the program runs: a reader sees the first
/// line long before a program that then loops for a long time ends.
#[test]
fn run_writes_each_line_as_it_is_printed() {
    use std::io::{BufRead, BufReader};
    use std::process::Stdio;
    let dir = std::env::temp_dir().join(format!("loopscope-stream-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let prog = dir.join("slow.py");
    std::fs::write(&prog, "print('start')\nn = 0\nwhile True:\n    n += 1\n").unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_loopscope"))
        .args(["run", "--clock"])
        .arg(&prog)
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let mut reader = BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    reader.read_line(&mut first).unwrap();
    // Read while the loop still runs (it ends at the operation limit).
    let running = child.try_wait().unwrap().is_none();
    assert_eq!(first, "0.000\tstart\n");
    assert!(running, "the line came only at the end");
    let mut rest = String::new();
    std::io::Read::read_to_string(&mut reader, &mut rest).unwrap();
    assert!(rest.contains("LIMIT"), "{rest}");
    child.wait().unwrap();
    let _ = std::fs::remove_dir_all(dir);
}

/// Bytes that are not UTF-8: CPython's SyntaxError (exit 1), as the
/// reference runner prints it; in a comment they are fine.
#[test]
fn a_file_that_is_not_utf8_gets_cpythons_syntax_error() {
    let dir = std::env::temp_dir().join(format!("loopscope-utf8-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let bad = dir.join("bad.py");
    std::fs::write(&bad, b"print(1)\n\xff\xfe = 2\n").unwrap();
    let (out, _, code) = output(bin().args(["run", "--clock"]).arg(&bad));
    assert_eq!(code, 1);
    // cpython_ref.py's line for these bytes.
    assert_eq!(out, "0.000\tUNCAUGHT SyntaxError: (unicode error) 'utf-8' codec can't decode byte 0xff in position 0: invalid start byte\n");
    let fine = dir.join("fine.py");
    std::fs::write(&fine, b"\xef\xbb\xbfprint('ok')  # caf\xe9\n").unwrap();
    let (out, _, code) = output(bin().args(["run"]).arg(&fine));
    assert_eq!((out.as_str(), code), ("ok\n", 0));
    let _ = std::fs::remove_dir_all(dir);
}
