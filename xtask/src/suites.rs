//! The three test suites of `cargo xtask test`: native, wasm in headless
//! Chromium, and end-to-end on the release page. Each prints its counts; a
//! suite that fails, cannot start or runs no test fails the whole run.

use crate::counts::{self, Counts};
use crate::dist;
use crate::python;
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

/// The packages made from the release page: the npm package, the wheel,
/// and a fresh Python environment with the wheel installed. Returns the
/// variables that tell the end-to-end tests where they are.
fn packages(root: &Path, env: &Env, page: &Path) -> Result<Vec<(&'static str, std::path::PathBuf)>, String> {
    let layout = dist::package(root, env, page)?;
    let wheel = python::wheel(root, env, &layout.package)?;
    let bin = python::check_env(root, &wheel)?;
    Ok(vec![
        ("LOOPSCOPE_NPM", layout.package),
        ("LOOPSCOPE_NPM_TARBALL", layout.tarball),
        ("LOOPSCOPE_VENV_BIN", bin),
    ])
}

/// Builds the release page with trunk (not `trunk serve`, which injects a
/// live-reload script) and the packages, then drives them in Chromium (the
/// packages' tests fail if they could not be made).
fn e2e(root: &Path, env: &Env) -> Outcome {
    let page = root.join("target/e2e-dist");
    if let Err(e) = dist::build_page(root, env, &page) {
        return Outcome {
            name: "e2e",
            counts: Counts::default(),
            problem: Some(e),
        };
    }
    let made = packages(root, env, &page).unwrap_or_else(|e| {
        eprintln!("xtask: the packages could not be made: {e}");
        Vec::new()
    });
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
        cmd.env("LOOPSCOPE_DIST", &page);
        cmd.env("CHROMEDRIVER", &env.chromedriver);
        cmd.env("CHROME_BIN", &env.chrome);
        cmd.envs(made);
    })
}

/// A short fuzzing run of both targets (the long campaign is `cargo xtask
/// fuzz`): each target that runs its time without a crash, hang or memory
/// blow-up counts as one pass.
fn fuzz(root: &Path, env: &Env) -> Outcome {
    const SECONDS: u64 = 20;
    let problem = crate::fuzz::run(root, env, SECONDS).err();
    let mut counts = Counts::default();
    if problem.is_none() {
        counts.passed = 2;
    } else {
        counts.failed = 1;
    }
    Outcome { name: "fuzz", counts, problem }
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
    let outcome = fuzz(root, &env);
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
