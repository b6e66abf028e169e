//! The three test suites of `cargo xtask test`: native, wasm in headless
//! Chromium, and end-to-end on the release page. Each prints its counts; a
//! suite that fails, cannot start or runs no test fails the whole run.

use crate::counts::{self, Counts};
use crate::proc;
use crate::tools::{self, Env, Need};
use std::path::Path;
use std::time::Instant;

struct Outcome {
    name: &'static str,
    counts: Counts,
    problem: Option<String>,
}

/// Runs a cargo test command and reads its counts.
fn cargo_suite(
    name: &'static str,
    env: &Env,
    configure: impl FnOnce(&mut std::process::Command),
) -> Outcome {
    let mut cmd = env.command(&tools::cargo());
    configure(&mut cmd);
    let (ok, output) = match proc::tee(&mut cmd) {
        Ok(run) => run,
        Err(e) => {
            return Outcome {
                name,
                counts: Counts::default(),
                problem: Some(e),
            }
        }
    };
    let counts = counts::parse(&output);
    let problem = if !ok {
        Some(if counts.binaries == 0 {
            "did not build or start".into()
        } else {
            "tests failed".into()
        })
    } else if counts.passed == 0 {
        Some("ran no test".into())
    } else {
        None
    };
    Outcome {
        name,
        counts,
        problem,
    }
}

fn native(env: &Env) -> Outcome {
    cargo_suite("native", env, |cmd| {
        cmd.args(["test", "--workspace", "--no-fail-fast"]);
    })
}

fn wasm(env: &Env) -> Outcome {
    cargo_suite("wasm", env, |cmd| {
        cmd.args([
            "test",
            "-p",
            "loopscope-web",
            "--target",
            "wasm32-unknown-unknown",
            "--test",
            "web",
        ]);
        cmd.env(
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUNNER",
            "wasm-bindgen-test-runner",
        );
        cmd.env("CHROMEDRIVER", &env.chromedriver);
    })
}

/// Builds the release page with trunk (not `trunk serve`, which injects a
/// live-reload script), then drives it in Chromium.
fn e2e(root: &Path, env: &Env) -> Outcome {
    let dist = root.join("target/e2e-dist");
    let mut build = env.command("trunk");
    // `--release` takes an optional value: spell it out so nothing after it is read as one.
    build
        .args(["build", "--release=true", "--offline=true", "--dist"])
        .arg(&dist)
        .current_dir(root);
    if let Err(e) = proc::status(&mut build) {
        return Outcome {
            name: "e2e",
            counts: Counts::default(),
            problem: Some(format!("page did not build: {e}")),
        };
    }
    let _ = std::fs::remove_dir_all(root.join("target/screenshots"));
    cargo_suite("e2e", env, |cmd| {
        cmd.args([
            "test",
            "-p",
            "loopscope-web",
            "--features",
            "e2e",
            "--test",
            "e2e",
        ]);
        cmd.env("LOOPSCOPE_DIST", &dist);
        cmd.env("CHROMEDRIVER", &env.chromedriver);
        cmd.env("CHROME_BIN", &env.chrome);
    })
}

fn report(o: &Outcome) -> String {
    let c = o.counts;
    let mut line = format!("{}: {} passed, {} failed", o.name, c.passed, c.failed);
    if c.ignored > 0 {
        line += &format!(", {} skipped", c.ignored);
    }
    if let Some(problem) = &o.problem {
        line += &format!("   <- {problem}");
    }
    line
}

pub fn run_all(root: &Path) -> Result<(), String> {
    let started = Instant::now();
    let env = tools::ensure(root, Need::All)?;
    let mut outcomes = Vec::new();
    for suite in [native as fn(&Env) -> Outcome, wasm] {
        let outcome = suite(&env);
        eprintln!("xtask: {}", report(&outcome));
        outcomes.push(outcome);
    }
    let outcome = e2e(root, &env);
    eprintln!("xtask: {}", report(&outcome));
    outcomes.push(outcome);

    println!(
        "\n== cargo xtask test ({:.0} s) ==",
        started.elapsed().as_secs_f64()
    );
    let mut total = Counts::default();
    for o in &outcomes {
        println!("{}", report(o));
        total.add(o.counts);
    }
    println!("total: {} passed, {} failed", total.passed, total.failed);
    let failed: Vec<&str> = outcomes
        .iter()
        .filter(|o| o.problem.is_some())
        .map(|o| o.name)
        .collect();
    if failed.is_empty() {
        Ok(())
    } else {
        Err(format!("failed suites: {}", failed.join(", ")))
    }
}
