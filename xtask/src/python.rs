//! `cargo xtask wheel`: the Python package (maturin, binary bindings: the
//! `loopscope` command, plus the notebook magic and the standalone page),
//! and the virtual environments that build and check it, under target/py/.

use crate::dist;
use crate::proc;
use crate::tools::Env;
use std::path::{Path, PathBuf};

pub const MATURIN_VERSION: &str = "1.16.0";
/// What the checks install beside the wheel: a kernel, the notebook
/// runner, and JupyterLab for the browser test.
pub const CHECK_PACKAGES: &[&str] = &["ipykernel==7.4.0", "nbclient==0.11.0", "nbformat==5.11.1", "jupyterlab==4.6.6"];

fn python() -> String {
    std::env::var("PYTHON").unwrap_or_else(|_| "python3".into())
}

/// A virtual environment at `dir` (made if missing); returns its bin folder.
fn venv(dir: &Path) -> Result<PathBuf, String> {
    let bin = dir.join("bin");
    if !bin.join("python").exists() {
        proc::status(std::process::Command::new(python()).args(["-m", "venv"]).arg(dir))
            .map_err(|e| format!("{e}\nxtask: the Python package needs python3 with venv (apt-get install python3-venv)"))?;
    }
    Ok(bin)
}

/// `pip install` into the environment whose bin folder is `bin`, unless
/// `pip freeze` already lists every pinned `name==version`.
fn pip_install(bin: &Path, packages: &[&str]) -> Result<(), String> {
    let frozen = proc::output(std::process::Command::new(bin.join("pip")).arg("freeze")).unwrap_or_default();
    let frozen = frozen.to_lowercase();
    if packages.iter().all(|p| p.contains("==") && frozen.lines().any(|l| l == p.to_lowercase())) {
        return Ok(());
    }
    let mut cmd = std::process::Command::new(bin.join("pip"));
    cmd.args(["install", "--quiet", "--disable-pip-version-check"]).args(packages);
    proc::status(&mut cmd)
}

/// Builds the wheel from the npm package's standalone page (see
/// `dist::package`) and returns its path.
pub fn wheel(root: &Path, env: &Env, package: &Path) -> Result<PathBuf, String> {
    std::fs::copy(package.join("standalone.html"), root.join("python/loopscope/standalone.html"))
        .map_err(|e| format!("standalone.html: {e}"))?;
    let tools = venv(&root.join("target/py/tools"))?;
    pip_install(&tools, &[&format!("maturin=={MATURIN_VERSION}")])?;
    let out = root.join("target/dist/wheels");
    let _ = std::fs::remove_dir_all(&out);
    let mut build = env.command(&tools.join("maturin").to_string_lossy());
    build.args(["build", "--out"]).arg(&out).current_dir(root);
    proc::status(&mut build)?;
    let version = dist::version(root)?;
    let wheel = std::fs::read_dir(&out)
        .map_err(|e| e.to_string())?
        .flatten()
        .map(|e| e.path())
        .find(|p| p.extension().is_some_and(|e| e == "whl") && p.to_string_lossy().contains(&version))
        .ok_or("maturin made no wheel")?;
    let size = std::fs::metadata(&wheel).map_err(|e| e.to_string())?.len();
    eprintln!("xtask: wheel {} ({:.0} KB)", wheel.display(), size as f64 / 1024.0);
    Ok(wheel)
}

/// A fresh environment with only the wheel and the check packages, as a
/// user who has Python and nothing else gets; returns its bin folder.
pub fn check_env(root: &Path, wheel: &Path) -> Result<PathBuf, String> {
    let dir = root.join("target/py/check");
    let bin = venv(&dir)?;
    pip_install(&bin, CHECK_PACKAGES)?;
    let mut install = std::process::Command::new(bin.join("pip"));
    install
        .args(["install", "--quiet", "--disable-pip-version-check", "--force-reinstall", "--no-deps"])
        .arg(wheel);
    proc::status(&mut install)?;
    Ok(bin)
}
