//! The packages (issue: ship it), end to end: the npm package's files
//! served as a CDN serves them upgrade another site's code blocks; the wheel,
//! installed in a fresh environment, gives the `loopscope` command; a
//! notebook using the magic executes headlessly and its embed steps in
//! JupyterLab. `cargo xtask test` makes the packages first and says where
//! they are in LOOPSCOPE_NPM, LOOPSCOPE_NPM_TARBALL and LOOPSCOPE_VENV_BIN.

use super::*;
use crate::server::{self, Host};
use std::path::Path;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn made(var: &str) -> PathBuf {
    let path = std::env::var(var).map(PathBuf::from).unwrap_or_else(|_| {
        panic!("{var} is not set: `cargo xtask test` makes the packages and sets it (see its log if they could not be made)")
    });
    assert!(path.exists(), "{var}: {} does not exist", path.display());
    path
}

const PROGRAM: &str = include_str!("../../crates/engine/tests/data/corpus/reference/programs/07_tut_say_after_times.py");
const EXPECTED: &str = include_str!("../../crates/engine/tests/data/corpus/reference/expected/07_tut_say_after_times.out");

#[test]
fn the_npm_tarball_holds_the_page_the_embed_the_script_and_the_standalone_page() {
    let tarball = made("LOOPSCOPE_NPM_TARBALL");
    let out = Command::new("tar").arg("-tvzf").arg(&tarball).output().expect("tar");
    assert!(out.status.success());
    let listing = String::from_utf8_lossy(&out.stdout);
    println!("{} ({} bytes):\n{listing}", tarball.display(), std::fs::metadata(&tarball).unwrap().len());
    for file in ["package/package.json", "package/README.md", "package/LICENSE", "package/index.html", "package/embed.html", "package/embed.js", "package/demo.html", "package/standalone.html"] {
        assert!(listing.lines().any(|l| l.ends_with(file)), "{file} missing from the package");
    }
    assert!(listing.lines().any(|l| l.ends_with("_bg.wasm")), "no engine in the package");
    let manifest = std::fs::read_to_string(made("LOOPSCOPE_NPM").join("package.json")).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).expect("package.json parses");
    assert_eq!(manifest["name"], "loopscope");
    assert_eq!(manifest["jsdelivr"], "embed.js");
}

#[tokio::test]
async fn a_page_with_one_script_tag_from_the_cdn_upgrades_its_code_blocks() {
    let cdn = server::start(made("LOOPSCOPE_NPM"), Host::Cdn);
    let site = std::env::temp_dir().join(format!("loopscope-site-{}", std::process::id()));
    std::fs::create_dir_all(&site).unwrap();
    let escaped = PROGRAM.replace('&', "&amp;").replace('<', "&lt;");
    std::fs::write(
        site.join("post.html"),
        format!("<!doctype html><html lang=en><meta charset=utf-8><title>A post</title>\
                 <script src=\"{cdn}embed.js\" defer></script><h1>Say after</h1>\
                 <pre data-loopscope data-step=\"3\" data-panels=\"loop,console\">{escaped}</pre></html>"),
    )
    .unwrap();
    let host = server::start(site.clone(), Host::Site);
    assert_ne!(cdn, host);
    with_page("cdn-post", &format!("{host}post.html"), |driver| async move {
        let d = driver.clone();
        let button = until("the script's button", || {
            let d = d.clone();
            async move { Ok(d.find_all(By::Css("[data-testid=activate]")).await?.into_iter().next()) }
        })
        .await;
        button.click().await?;
        let d = driver.clone();
        until("the embed opens at step 3", || {
            let d = d.clone();
            async move {
                let at: String = js(&d, "const f = document.querySelector('iframe'); const b = f && f.contentDocument && f.contentDocument.querySelector('[data-testid=step-counter] b'); return b ? b.textContent : ''").await?;
                Ok((at == "3").then_some(()))
            }
        })
        .await;
        js::<()>(&driver, "document.querySelector('iframe').contentDocument.querySelector('[data-testid=step-end]').click()").await?;
        let d = driver.clone();
        let console = until("the program's output", || {
            let d = d.clone();
            async move {
                let text: String = js(&d, "return document.querySelector('iframe').contentDocument.querySelector('[data-testid=console]').textContent").await?;
                Ok(text.contains("Finished at").then_some(text))
            }
        })
        .await;
        assert!(console.contains("World"), "{console}");
        // Styled: every stylesheet arrived from the CDN (and passed its
        // integrity check), so the page looks as it does at home.
        let sheets: usize = js(&driver, "const doc = document.querySelector('iframe').contentDocument;
            return [...doc.styleSheets].filter(s => { try { return s.cssRules.length > 0; } catch (e) { return false; } }).length").await?;
        let links: usize = js(&driver, "return document.querySelector('iframe').contentDocument.querySelectorAll('link[rel=stylesheet]').length").await?;
        assert!(links > 0 && sheets == links, "{sheets} of {links} stylesheets applied");
        // Everything but the post itself came from the CDN.
        let foreign: Vec<String> = js(&driver, &format!("const f = document.querySelector('iframe').contentWindow;
            return f.performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('{cdn}'))")).await?;
        assert!(foreign.is_empty(), "fetched from elsewhere: {foreign:?}");
        shot(&driver, "cdn-post").await
    })
    .await;
    let _ = std::fs::remove_dir_all(site);
}

fn venv_bin() -> PathBuf {
    made("LOOPSCOPE_VENV_BIN")
}

fn run(cmd: &mut Command) -> std::process::Output {
    let out = cmd.output().unwrap_or_else(|e| panic!("{cmd:?}: {e}"));
    assert!(out.status.success(), "{cmd:?} failed: {}", String::from_utf8_lossy(&out.stderr));
    out
}

#[test]
fn the_wheel_gives_the_loopscope_command() {
    let dir = std::env::temp_dir().join(format!("loopscope-wheel-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let program = dir.join("say_after.py");
    std::fs::write(&program, PROGRAM).unwrap();
    let bin = venv_bin();
    let out = run(Command::new(bin.join("loopscope")).args(["run", "--clock"]).arg(&program));
    assert_eq!(String::from_utf8_lossy(&out.stdout), EXPECTED);
    let out = run(Command::new(bin.join("loopscope")).arg("explain").arg(&program));
    let explained = String::from_utf8_lossy(&out.stdout);
    assert!(explained.contains("say_after") && explained.lines().count() > 10, "{explained}");
    // The package is importable and finds its page.
    let out = run(Command::new(bin.join("python")).args(["-c", "import loopscope; print(len(loopscope.show(example=1).page()))"]));
    let size: usize = String::from_utf8_lossy(&out.stdout).trim().parse().unwrap();
    println!("the standalone page: {size} characters");
    assert!(size > 100_000);
    let _ = std::fs::remove_dir_all(dir);
}

/// A JupyterLab server on a free port, its configuration and data in a
/// temporary folder; stopped when dropped.
struct Lab {
    child: std::process::Child,
    dir: PathBuf,
    url: String,
}

impl Drop for Lab {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

fn jupyter(bin: &Path, dir: &Path) -> Command {
    let mut cmd = Command::new(bin.join("jupyter"));
    cmd.env("JUPYTER_CONFIG_DIR", dir.join("config"))
        .env("JUPYTER_DATA_DIR", dir.join("data"))
        .env("JUPYTER_RUNTIME_DIR", dir.join("runtime"))
        .env("IPYTHONDIR", dir.join("ipython"))
        .current_dir(dir.join("notebooks"));
    cmd
}

/// Executes the notebook headlessly, trusts it, and serves it in JupyterLab.
fn lab_with_executed_notebook() -> Lab {
    let bin = venv_bin();
    let dir = std::env::temp_dir().join(format!("loopscope-lab-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("notebooks")).unwrap();
    // No "official Jupyter news?" toast over the page.
    std::fs::create_dir_all(dir.join("config/labconfig")).unwrap();
    std::fs::write(
        dir.join("config/labconfig/page_config.json"),
        r#"{"disabledExtensions": {"@jupyterlab/apputils-extension:announcements": true}}"#,
    )
    .unwrap();
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/packages/run_notebook.py");
    let out = run(jupyter(&bin, &dir).env("PATH", prepend(&bin)).arg("--version"));
    println!("{}", String::from_utf8_lossy(&out.stdout).lines().filter(|l| l.contains("lab") || l.contains("nbclient")).collect::<Vec<_>>().join("; "));
    let started = Instant::now();
    let out = run(Command::new(bin.join("python")).arg(&script).arg(dir.join("notebooks/steps.ipynb"))
        .env("PATH", prepend(&bin)).env("JUPYTER_DATA_DIR", dir.join("data")).env("IPYTHONDIR", dir.join("ipython")));
    println!("{}executed in {:.1} s", String::from_utf8_lossy(&out.stdout), started.elapsed().as_secs_f64());
    run(jupyter(&bin, &dir).args(["trust", "steps.ipynb"]));
    let port = std::net::TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port();
    let child = jupyter(&bin, &dir)
        .env("PATH", prepend(&bin))
        .args(["lab", "--no-browser", "--allow-root", "--ip=127.0.0.1", &format!("--port={port}"),
               "--ServerApp.token=", "--ServerApp.password=", "--ServerApp.disable_check_xsrf=True",
               "--LabApp.check_for_updates_class=jupyterlab.NeverCheckForUpdate"])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("start jupyter lab");
    let lab = Lab { child, dir, url: format!("http://127.0.0.1:{port}/") };
    let deadline = Instant::now() + Duration::from_secs(60);
    while std::net::TcpStream::connect(("127.0.0.1", port)).is_err() {
        assert!(Instant::now() < deadline, "JupyterLab did not start");
        std::thread::sleep(Duration::from_millis(200));
    }
    lab
}

fn prepend(bin: &Path) -> std::ffi::OsString {
    let mut paths = vec![bin.to_path_buf()];
    paths.extend(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default()));
    std::env::join_paths(paths).unwrap()
}

#[tokio::test]
async fn a_notebook_cell_steps_an_example_in_jupyterlab() {
    let lab = lab_with_executed_notebook();
    let url = format!("{}lab/tree/steps.ipynb", lab.url);
    with_page("jupyterlab", &url, |driver| async move {
        // The outputs of the three embed cells (the fourth shows the page's message for a bad option).
        let d = driver.clone();
        until("JupyterLab shows the notebook's embeds", || {
            let d = d.clone();
            async move {
                let n: usize = js(&d, "return [...document.querySelectorAll('.jp-OutputArea-output iframe')].filter(f => f.contentDocument && f.contentDocument.querySelector('[data-testid=step-counter]')).length").await?;
                Ok((n >= 3).then_some(()))
            }
        })
        .await;
        // An output's page, by the options in its opening address.
        const FRAME: &str = "const doc = [...document.querySelectorAll('.jp-OutputArea-output iframe')].find(f => f.srcdoc.includes(arguments[0])).contentDocument;";
        let at = |i: &'static str| {
            let d = driver.clone();
            async move {
                let v: String = d.execute(&format!("{FRAME} return doc.querySelector('[data-testid=step-counter] b').textContent"), vec![serde_json::json!(i)]).await?.convert()?;
                WebDriverResult::Ok(v)
            }
        };
        until("the magic's cell opens at step 4", || {
            let at = at("step=4");
            async move { Ok((at.await? == "4").then_some(())) }
        })
        .await;
        driver.execute(&format!("{FRAME} doc.querySelector('[data-testid=step-forward]').click()"), vec![serde_json::json!("step=4")]).await?;
        until("a step forward", || {
            let at = at("step=4");
            async move { Ok((at.await?.parse::<u32>().unwrap_or(0) > 4).then_some(())) }
        })
        .await;
        let d = driver.clone();
        driver.execute(&format!("{FRAME} doc.querySelector('[data-testid=step-end]').click()"), vec![serde_json::json!("step=4")]).await?;
        let console = until("the program's output, at its virtual times", || {
            let d = d.clone();
            async move {
                let text: String = d.execute(&format!("{FRAME} return doc.querySelector('[data-testid=console]').textContent"), vec![serde_json::json!("step=4")]).await?.convert()?;
                Ok(text.contains("done").then_some(text))
            }
        })
        .await;
        assert!(console.contains("hello bob <b>") && console.contains("hello ada"), "{console}");
        // The bad option of the last cell is named, as a bad link is.
        driver.execute("document.querySelector('.jp-WindowedPanel-outer').scrollTop = 1e6", vec![]).await?;
        let d = driver.clone();
        let notice = until("the last cell's embed", || {
            let d = d.clone();
            async move {
                let notice: Option<String> = d.execute(&format!("{FRAME} const n = doc && doc.querySelector('[data-testid=link-notice]'); return n ? n.textContent : null").replace(".contentDocument;", "?.contentDocument;"), vec![serde_json::json!("granularity=word")]).await?.convert()?;
                Ok(notice)
            }
        })
        .await;
        assert!(notice.contains("granularity"), "{notice:?}");
        driver.execute("document.querySelector('.jp-WindowedPanel-outer').scrollTop = 0", vec![]).await?;
        tokio::time::sleep(Duration::from_millis(300)).await;
        shot(&driver, "jupyterlab").await
    })
    .await;
    drop(lab);
}
