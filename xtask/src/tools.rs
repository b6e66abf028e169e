//! Installs the tools the build and the tests need, skipping each one whose
//! installed version is already the right one.

use crate::proc;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;

pub const TRUNK_VERSION: &str = "0.21.14";
pub const BINARYEN_VERSION: &str = "132";
/// axe-core, the accessibility checker the end-to-end tests run in the page.
pub const AXE_VERSION: &str = "4.10.3";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// What `trunk build` / `trunk serve` need.
    Build,
    /// That, plus Chromium and chromedriver for the browser suites.
    All,
}

/// Where the tools are, and the PATH that finds them.
pub struct Env {
    path: OsString,
    pub chrome: PathBuf,
    pub chromedriver: PathBuf,
}

impl Env {
    /// A command whose PATH has the project's node_modules/.bin and
    /// cargo's bin directory first.
    pub fn command(&self, program: &str) -> Command {
        let mut cmd = Command::new(program);
        cmd.env("PATH", &self.path);
        cmd
    }
}

pub fn cargo() -> String {
    std::env::var("CARGO").unwrap_or_else(|_| "cargo".into())
}

fn cargo_bin_dir() -> PathBuf {
    match std::env::var_os("CARGO_HOME") {
        Some(home) => PathBuf::from(home).join("bin"),
        None => PathBuf::from(std::env::var_os("HOME").unwrap_or_default()).join(".cargo/bin"),
    }
}

pub fn ensure(root: &Path, need: Need) -> Result<Env, String> {
    let mut dirs = vec![root.join("node_modules/.bin"), cargo_bin_dir()];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    let env = Env {
        path: std::env::join_paths(dirs).map_err(|e| e.to_string())?,
        chrome: std::env::var_os("CHROME_BIN").map_or("/usr/bin/chromium".into(), PathBuf::from),
        chromedriver: std::env::var_os("CHROMEDRIVER")
            .map_or("/usr/bin/chromedriver".into(), PathBuf::from),
    };
    ensure_wasm_target()?;
    ensure_cargo_tool(
        &env,
        "trunk",
        "trunk",
        TRUNK_VERSION,
        &["--locked", &format!("trunk@{TRUNK_VERSION}")],
    )?;
    let bindgen = locked_version(root, "wasm-bindgen")?;
    // Without --locked: the tool's own lockfile pins crates this registry lacks.
    let bindgen_args = ["wasm-bindgen-cli", "--version", bindgen.as_str()];
    ensure_cargo_tool(
        &env,
        "wasm-bindgen",
        "wasm-bindgen",
        &bindgen,
        &bindgen_args,
    )?;
    ensure_cargo_tool(
        &env,
        "wasm-bindgen-test-runner",
        "wasm-bindgen-test-runner",
        &bindgen,
        &bindgen_args,
    )?;
    ensure_node_tools(root, &env)?;
    if need == Need::All {
        ensure_chromium(&env)?;
    }
    Ok(env)
}

fn ensure_wasm_target() -> Result<(), String> {
    let installed = proc::output(Command::new("rustup").args(["target", "list", "--installed"]));
    if installed
        .as_deref()
        .is_some_and(|list| list.lines().any(|l| l.trim() == WASM_TARGET))
    {
        return Ok(());
    }
    proc::status(Command::new("rustup").args(["target", "add", WASM_TARGET]))
        .map_err(|e| format!("{e}\nxtask: install rustup (https://rustup.rs) and run `rustup target add {WASM_TARGET}`"))
}

/// `--version` prints "NAME X.Y.Z"; installs with `cargo install ARGS` unless
/// the version is `version`.
fn ensure_cargo_tool(
    env: &Env,
    bin: &str,
    name: &str,
    version: &str,
    args: &[&str],
) -> Result<(), String> {
    let found = proc::output(env.command(bin).arg("--version"));
    if found.as_deref().and_then(|v| v.split_whitespace().nth(1)) == Some(version) {
        return Ok(());
    }
    eprintln!(
        "xtask: {name} {version} is missing (found: {}); installing it",
        found.as_deref().unwrap_or("none")
    );
    proc::status(env.command(&cargo()).arg("install").args(args))
}

/// The version of package `name` in Cargo.lock.
pub fn locked_version(root: &Path, name: &str) -> Result<String, String> {
    let lock =
        std::fs::read_to_string(root.join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    version_in_lock(&lock, name).ok_or_else(|| format!("{name} is not in Cargo.lock"))
}

fn version_in_lock(lock: &str, name: &str) -> Option<String> {
    let wanted = format!("name = \"{name}\"");
    let mut lines = lock.lines();
    while let Some(line) = lines.next() {
        if line.trim() == wanted {
            let version = lines.next()?.trim().strip_prefix("version = \"")?;
            return Some(version.trim_end_matches('"').to_string());
        }
    }
    None
}

/// From npm, into the project's node_modules: wasm-opt (binaryen; Debian's
/// and crates.io's builds cannot read the wasm this stack emits) and
/// axe-core (the accessibility checks of the end-to-end tests). One npm
/// command installs both, so that neither prunes the other.
fn ensure_node_tools(root: &Path, env: &Env) -> Result<(), String> {
    let wasm_opt = root.join("node_modules/.bin/wasm-opt");
    let found = proc::output(Command::new(&wasm_opt).arg("--version"));
    let binaryen_ok = found
        .as_deref()
        .is_some_and(|v| v.contains(&format!("version {BINARYEN_VERSION} ")));
    let axe = std::fs::read_to_string(root.join("node_modules/axe-core/package.json")).unwrap_or_default();
    let axe_ok = axe.contains(&format!("\"version\": \"{AXE_VERSION}\""));
    if binaryen_ok && axe_ok {
        return Ok(());
    }
    eprintln!(
        "xtask: installing wasm-opt {BINARYEN_VERSION} (found: {}) and axe-core {AXE_VERSION} (found: {}) from npm",
        found.as_deref().unwrap_or("none"),
        if axe_ok { "yes" } else { "no" }
    );
    if proc::output(env.command("npm").arg("--version")).is_none() {
        ensure_apt(&["nodejs", "npm"], "Node.js and npm")?;
    }
    let mut cmd = env.command("npm");
    cmd.args([
        "install",
        "--no-save",
        "--no-package-lock",
        "--no-audit",
        "--no-fund",
        "--prefix",
    ]);
    cmd.arg(root)
        .arg(format!("binaryen@{BINARYEN_VERSION}.0.0"))
        .arg(format!("axe-core@{AXE_VERSION}"));
    proc::status(&mut cmd)
}

/// The first number of the first dotted version in `text`
/// ("Chromium 148.0.7778.96 built on Debian" gives 148).
fn major_version(text: &str) -> Option<u32> {
    text.split_whitespace()
        .find(|w| w.contains('.'))?
        .split('.')
        .next()?
        .parse()
        .ok()
}

fn ensure_chromium(env: &Env) -> Result<(), String> {
    let majors = || {
        let chrome = proc::output(Command::new(&env.chrome).arg("--version"));
        let driver = proc::output(Command::new(&env.chromedriver).arg("--version"));
        let major = |v: Option<String>| v.as_deref().and_then(major_version);
        (major(chrome), major(driver))
    };
    let show = |v: Option<u32>| v.map_or("none".to_string(), |v| v.to_string());
    match majors() {
        (Some(c), Some(d)) if c == d => return Ok(()),
        (c, d) => eprintln!(
            "xtask: Chromium {} / chromedriver {}: missing or different; installing them",
            show(c),
            show(d)
        ),
    }
    ensure_apt(
        &["chromium", "chromium-driver"],
        "Chromium and chromedriver",
    )?;
    match majors() {
        (Some(c), Some(d)) if c == d => Ok(()),
        (c, d) => Err(format!(
            "need Chromium and chromedriver of one version at {} and {} (found {} and {}); \
             set CHROME_BIN / CHROMEDRIVER if they are elsewhere",
            env.chrome.display(),
            env.chromedriver.display(),
            show(c),
            show(d)
        )),
    }
}

fn is_root() -> bool {
    proc::output(Command::new("id").arg("-u")).as_deref() == Some("0")
}

fn ensure_apt(packages: &[&str], what: &str) -> Result<(), String> {
    if !is_root() {
        return Err(format!(
            "{what} missing: install them with `sudo apt-get install -y {}`",
            packages.join(" ")
        ));
    }
    let install = || {
        let mut cmd = Command::new("apt-get");
        cmd.env("DEBIAN_FRONTEND", "noninteractive")
            .args(["install", "-y", "--no-install-recommends"])
            .args(packages);
        proc::status(&mut cmd)
    };
    install().or_else(|_| {
        proc::status(Command::new("apt-get").arg("update"))?;
        install()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_a_version_from_cargo_lock() {
        let lock = "[[package]]\nname = \"wasm-bindgen-macro\"\nversion = \"0.2.1\"\n\n\
                    [[package]]\nname = \"wasm-bindgen\"\nversion = \"0.2.130\"\n";
        assert_eq!(
            version_in_lock(lock, "wasm-bindgen").as_deref(),
            Some("0.2.130")
        );
        assert_eq!(version_in_lock(lock, "trunk"), None);
    }

    #[test]
    fn majors() {
        assert_eq!(
            major_version("Chromium 148.0.7778.96 built on Debian"),
            Some(148)
        );
        assert_eq!(
            major_version("ChromeDriver 148.0.7778.96 (abc-refs/branch-heads/1@{#2})"),
            Some(148)
        );
        assert_eq!(major_version("bash: chromium: not found"), None);
    }
}
