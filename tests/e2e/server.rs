//! A tiny static file server for the built page (dist/), on a free port of
//! 127.0.0.1, in a background thread for the life of the test process; and
//! one that answers as jsDelivr does (any origin may read, `.html` served
//! as text/plain), for the npm package's files.

use std::io::{BufRead, BufReader, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Component, Path, PathBuf};
use std::sync::OnceLock;

fn content_type(path: &Path) -> &'static str {
    match path.extension().and_then(|e| e.to_str()) {
        Some("html") => "text/html; charset=utf-8",
        Some("js") => "text/javascript",
        Some("wasm") => "application/wasm",
        Some("css") => "text/css",
        Some("svg") => "image/svg+xml",
        Some("png") => "image/png",
        Some("json") => "application/json",
        _ => "application/octet-stream",
    }
}

/// How a server answers.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Host {
    /// As a site serves its own files.
    Site,
    /// As jsDelivr serves a package: CORS for all, HTML as plain text.
    Cdn,
    /// A site's own files that any origin may read (CORS for all), e.g. for
    /// a sandboxed frame, whose origin is opaque.
    Open,
}

fn respond(stream: &mut TcpStream, host: Host, status: &str, kind: &str, body: &[u8]) {
    let (kind, cors) = match host {
        Host::Site => (kind, ""),
        Host::Cdn if kind.starts_with("text/html") => ("text/plain; charset=utf-8", "Access-Control-Allow-Origin: *\r\n"),
        Host::Cdn | Host::Open => (kind, "Access-Control-Allow-Origin: *\r\n"),
    };
    let head = format!("HTTP/1.1 {status}\r\nContent-Type: {kind}\r\n{cors}Content-Length: {}\r\nConnection: close\r\n\r\n", body.len());
    let _ = stream
        .write_all(head.as_bytes())
        .and_then(|_| stream.write_all(body));
}

fn handle(root: &Path, host: Host, mut stream: TcpStream) {
    let mut reader = BufReader::new(stream.try_clone().expect("clone stream"));
    let mut request = String::new();
    if reader.read_line(&mut request).is_err() {
        return;
    }
    // Drain the headers.
    let mut line = String::new();
    while reader.read_line(&mut line).map(|n| n > 2).unwrap_or(false) {
        line.clear();
    }
    let target = request.split_whitespace().nth(1).unwrap_or("/");
    let target = target
        .split(['?', '#'])
        .next()
        .unwrap_or("/")
        .trim_start_matches('/');
    let relative = Path::new(if target.is_empty() {
        "index.html"
    } else {
        target
    });
    if relative
        .components()
        .any(|c| !matches!(c, Component::Normal(_)))
    {
        return respond(&mut stream, host, "400 Bad Request", "text/plain", b"bad path");
    }
    let file = root.join(relative);
    match std::fs::read(&file) {
        Ok(body) => respond(&mut stream, host, "200 OK", content_type(&file), &body),
        Err(_) => respond(&mut stream, host, "404 Not Found", "text/plain", b"not found"),
    }
}

/// Serves `dist` and returns its base URL, e.g. `http://127.0.0.1:40123/`.
/// Started once per process, shared by the tests.
pub fn serve(dist: PathBuf) -> &'static str {
    static URL: OnceLock<String> = OnceLock::new();
    URL.get_or_init(|| start(dist, Host::Site))
}

/// Serves `root` on a new free port, as `host` would; returns its base URL.
pub fn start(root: PathBuf, host: Host) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a free port");
    let url = format!("http://{}/", listener.local_addr().unwrap());
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || handle(&root, host, stream));
        }
    });
    url
}
