//! Headless Chromium driven over WebDriver: one chromedriver and one fresh
//! browser profile per test, torn down even when the test fails.

use std::future::Future;
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use thirtyfour::prelude::*;

/// How long a wait-until waits before the test fails.
pub const PATIENCE: Duration = Duration::from_secs(20);

fn env_path(var: &str, default: &str) -> String {
    std::env::var(var).unwrap_or_else(|_| default.to_string())
}

pub fn screenshot_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/screenshots");
    std::fs::create_dir_all(&dir).expect("create target/screenshots");
    dir
}

/// Kills chromedriver (and so its browser) and removes the profile.
struct Driver {
    child: Child,
    profile: PathBuf,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.profile);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// True once chromedriver's own `/status` says it is ready (another
/// program, say a browser's DevTools, may hold the port instead).
fn chromedriver_ready(port: u16) -> bool {
    let Ok(mut stream) = TcpStream::connect(("127.0.0.1", port)) else {
        return false;
    };
    let _ = stream.set_read_timeout(Some(Duration::from_secs(2)));
    let request =
        format!("GET /status HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n");
    if stream.write_all(request.as_bytes()).is_err() {
        return false;
    }
    // Read until the answer says so; chromedriver may keep the connection open.
    let (mut reply, mut buf) = (Vec::new(), [0u8; 1024]);
    while let Ok(n @ 1..) = stream.read(&mut buf) {
        reply.extend_from_slice(&buf[..n]);
        if String::from_utf8_lossy(&reply).contains("\"ready\":true") {
            return true;
        }
    }
    false
}

/// Starts chromedriver on a free port, trying another port if it loses the
/// race for one.
fn start_chromedriver(name: &str) -> (Driver, String) {
    let chromedriver = env_path("CHROMEDRIVER", "/usr/bin/chromedriver");
    let profile = std::env::temp_dir().join(format!("loopscope-e2e-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&profile);
    let deadline = Instant::now() + PATIENCE;
    loop {
        let port = free_port();
        let child = Command::new(&chromedriver)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {chromedriver}: {e} (cargo xtask test installs it)")
            });
        let mut driver = Driver {
            child,
            profile: profile.clone(),
        };
        while Instant::now() < deadline {
            if chromedriver_ready(port) {
                return (driver, format!("http://127.0.0.1:{port}"));
            }
            if driver.child.try_wait().ok().flatten().is_some() {
                break; // it exited: the port was taken; try another
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        assert!(
            Instant::now() < deadline,
            "chromedriver did not become ready"
        );
    }
}

/// The window a test looks through.
#[derive(Clone, Copy, Debug)]
pub struct Viewport {
    pub width: u32,
    pub height: u32,
    /// Dark colour scheme (the page follows the system's).
    pub dark: bool,
}

impl Viewport {
    pub const WIDE: Viewport = Viewport {
        width: 1400,
        height: 1000,
        dark: false,
    };
}

/// Opens `url` in a fresh headless Chromium and runs `test` on it. On
/// failure, saves `target/screenshots/FAILED-<name>.png` before panicking.
pub async fn with_page<F, Fut>(name: &str, url: &str, test: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: Future<Output = WebDriverResult<()>> + Send + 'static,
{
    with_page_in(name, url, Viewport::WIDE, test).await
}

/// `with_page` in a given viewport: narrow ones (a phone's 360 px) are
/// emulated, since a desktop window cannot be made that narrow.
pub async fn with_page_in<F, Fut>(name: &str, url: &str, view: Viewport, test: F)
where
    F: FnOnce(WebDriver) -> Fut,
    Fut: Future<Output = WebDriverResult<()>> + Send + 'static,
{
    use thirtyfour::common::capabilities::chromium::ChromiumLikeCapabilities;
    let (guard, server) = start_chromedriver(name);
    let mut caps = DesiredCapabilities::chrome();
    caps.set_binary(&env_path("CHROME_BIN", "/usr/bin/chromium"))
        .unwrap();
    for arg in [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
    ] {
        caps.add_arg(arg).unwrap();
    }
    caps.add_arg(&format!("--window-size={},{}", view.width.max(500), view.height))
        .unwrap();
    if view.dark {
        caps.add_arg("--force-dark-mode").unwrap();
    }
    if view.width < 500 {
        caps.add_experimental_option(
            "mobileEmulation",
            serde_json::json!({ "deviceMetrics": { "width": view.width, "height": view.height, "pixelRatio": 1 } }),
        )
        .unwrap();
    }
    caps.add_arg(&format!("--user-data-dir={}", guard.profile.display()))
        .unwrap();
    let driver = WebDriver::new(&server, caps)
        .await
        .expect("start a Chromium session");
    driver.goto(url).await.expect("open the page");
    if view.width >= 500 {
        // The window holds the viewport and (even headless) its toolbars:
        // grow the window until the page itself has the size asked for.
        let inner: Vec<i64> = driver
            .execute("return [innerWidth, innerHeight]", vec![])
            .await
            .and_then(|v| v.convert())
            .unwrap_or_default();
        if let [w, h] = inner[..] {
            let (dw, dh) = (view.width as i64 - w, view.height as i64 - h);
            if dw != 0 || dh != 0 {
                let _ = driver
                    .set_window_rect(0, 0, (view.width.max(500) as i64 + dw) as u32, (view.height as i64 + dh) as u32)
                    .await;
            }
        }
    }

    let outcome = tokio::spawn(test(driver.clone())).await;
    let failed = !matches!(outcome, Ok(Ok(())));
    if failed {
        let _ = driver
            .screenshot(&screenshot_dir().join(format!("FAILED-{name}.png")))
            .await;
    }
    let _ = driver.quit().await;
    drop(guard);
    match outcome {
        Ok(Ok(())) => {}
        Ok(Err(e)) => panic!("{name}: WebDriver error: {e}"),
        Err(e) => std::panic::resume_unwind(e.into_panic()),
    }
}

/// Waits until `probe` gives Some, polling; fails with `what` after PATIENCE.
pub async fn until<T, F, Fut>(what: &str, mut probe: F) -> T
where
    F: FnMut() -> Fut,
    Fut: Future<Output = WebDriverResult<Option<T>>>,
{
    let deadline = Instant::now() + PATIENCE;
    loop {
        if let Ok(Some(value)) = probe().await {
            return value;
        }
        assert!(Instant::now() < deadline, "timed out waiting until {what}");
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
