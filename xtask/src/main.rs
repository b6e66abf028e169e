//! Project tasks, std-only. `cargo xtask serve` serves the app on
//! http://127.0.0.1:8080; `cargo xtask test` runs every test suite. Both
//! first install whatever tool is missing (see `tools.rs`).

mod bench;
mod compress;
mod counts;
mod dist;
mod fuzz;
mod proc;
mod python;
mod suites;
mod tools;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask serve [--release]   serve the app on http://127.0.0.1:8080
       cargo xtask test              run every test suite (native, wasm in Chromium, end-to-end)
       cargo xtask dist              build the release page and the npm package (target/dist/)
       cargo xtask wheel             that, and the Python wheel (target/dist/wheels/)
       cargo xtask fuzz [SECONDS]    fuzz the engine (cargo-fuzz), each target SECONDS (default 600)
       cargo xtask bench [RUNS]      every performance figure against CPython (RUNS runs, default 3), into the README
       cargo xtask setup             only install the missing tools";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let root = workspace_root();
    let result = match args.first().map(String::as_str) {
        Some("serve") => serve(&root, args[1..].iter().any(|a| a == "--release")),
        Some("test") => suites::run_all(&root),
        Some("dist") => package(&root).map(|_| ()),
        Some("fuzz") => {
            let seconds = args.get(1).and_then(|s| s.parse().ok()).unwrap_or(600);
            tools::ensure(&root, tools::Need::Build).and_then(|env| fuzz::run(&root, &env, seconds))
        }
        Some("bench") => bench::run(&root, args.get(1).and_then(|s| s.parse().ok()).unwrap_or(3)),
        Some("wheel") => package(&root).and_then(|(env, layout)| python::wheel(&root, &env, &layout.package).map(|_| ())),
        Some("setup") => tools::ensure(&root, tools::Need::All).map(|_| ()),
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// The release page in target/dist/page, then the npm package.
fn package(root: &Path) -> Result<(tools::Env, dist::Layout), String> {
    let env = tools::ensure(root, tools::Need::Build)?;
    let page = root.join("target/dist/page");
    let _ = std::fs::remove_dir_all(&page);
    dist::build_page(root, &env, &page)?;
    let layout = dist::package(root, &env, &page)?;
    // After the package took its copy: the site gets .gz and .br files.
    let weights = compress::precompress(&page)?;
    let page_files = weights.iter().filter(|w| compress::is_page_file(&w.file));
    let (gz, br) = page_files.fold((0, 0), |(g, b), w| (g + w.gzip, b + w.brotli));
    eprintln!("xtask: {} with .gz and .br copies; the page weighs {:.1} KB gzip, {:.1} KB brotli", page.display(), gz as f64 / 1024.0, br as f64 / 1024.0);
    Ok((env, layout))
}

fn serve(root: &Path, release: bool) -> Result<(), String> {
    let env = tools::ensure(root, tools::Need::Build)?;
    let mut cmd = env.command("trunk");
    cmd.args(["serve", "--address", "127.0.0.1", "--port", "8080"]);
    if release {
        cmd.arg("--release=true");
    }
    proc::status(&mut cmd)
}
