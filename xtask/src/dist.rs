//! `cargo xtask dist`: the release page, and the npm package made of it.
//!
//! The package holds the page (index.html), the embed view (embed.html),
//! the author script (embed.js), demo.html, their scripts, styles and the
//! engine, and `standalone.html`: the embed view as one self-contained file
//! (styles, script and the raw-deflated engine inline) that the notebook
//! magic shows in an iframe's srcdoc and that works opened from disk.

use crate::proc;
use crate::tools::Env;
use std::path::{Path, PathBuf};

/// Builds the release page into `out` (trunk; `--release` spelled out so
/// nothing after it is read as its value).
pub fn build_page(root: &Path, env: &Env, out: &Path) -> Result<(), String> {
    let mut build = env.command("trunk");
    build
        .args(["build", "--release=true", "--offline=true", "--dist"])
        .arg(out)
        .current_dir(root);
    proc::status(&mut build).map_err(|e| format!("page did not build: {e}"))
}

/// The workspace's version (the web app's Cargo.toml), for both packages.
pub fn version(root: &Path) -> Result<String, String> {
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).map_err(|e| e.to_string())?;
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("version = \"")?.strip_suffix('"').map(str::to_string))
        .ok_or_else(|| "no version in Cargo.toml".into())
}

/// Where `cargo xtask dist` puts things.
pub struct Layout {
    /// The unpacked npm package (also what a static host serves).
    pub package: PathBuf,
    /// The `npm pack` tarball.
    pub tarball: PathBuf,
}

/// Makes the npm package from a built page in `page`, packs it with
/// `npm pack` (printing its file list and sizes) and returns where it is.
pub fn package(root: &Path, env: &Env, page: &Path) -> Result<Layout, String> {
    let out = root.join("target/dist");
    let package = out.join("npm");
    let _ = std::fs::remove_dir_all(&package);
    std::fs::create_dir_all(&package).map_err(|e| e.to_string())?;
    for entry in std::fs::read_dir(page).map_err(|e| format!("{}: {e}", page.display()))? {
        let entry = entry.map_err(|e| e.to_string())?;
        if entry.file_type().map_err(|e| e.to_string())?.is_file() {
            copy(&entry.path(), &package.join(entry.file_name()))?;
        }
    }
    let version = version(root)?;
    write(&package.join("standalone.html"), &standalone(page)?)?;
    write(&package.join("package.json"), &package_json(&version))?;
    copy(&root.join("packaging/npm/README.md"), &package.join("README.md"))?;
    copy(&root.join("LICENSE"), &package.join("LICENSE"))?;

    let mut pack = env.command("npm");
    pack.args(["pack", "--pack-destination"]).arg(&out).current_dir(&package);
    proc::status(&mut pack)?;
    let tarball = out.join(format!("loopscope-{version}.tgz"));
    let size = std::fs::metadata(&tarball).map_err(|e| format!("{}: {e}", tarball.display()))?.len();
    eprintln!("xtask: npm package {} ({:.0} KB)", tarball.display(), size as f64 / 1024.0);
    Ok(Layout { package, tarball })
}

fn copy(from: &Path, to: &Path) -> Result<(), String> {
    std::fs::copy(from, to).map(|_| ()).map_err(|e| format!("copy {}: {e}", from.display()))
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|e| format!("{}: {e}", path.display()))
}

fn package_json(version: &str) -> String {
    format!(
        r#"{{
  "name": "loopscope",
  "version": "{version}",
  "description": "Step through Python's asyncio event loop in the browser: embeds for tutorials, an author script that upgrades code blocks",
  "license": "MIT",
  "keywords": ["python", "asyncio", "event-loop", "visualizer", "teaching", "embed", "webassembly"],
  "browser": "embed.js",
  "jsdelivr": "embed.js",
  "unpkg": "embed.js",
  "files": ["*.html", "*.js", "*.css", "*.wasm", "README.md", "LICENSE"],
  "sideEffects": true
}}
"#
    )
}

/// The embed view as one file: the page's styles in a `<style>`, the JS glue
/// imported from a blob, the engine raw-deflated in base64, all fed to the
/// page's own loader (its two addresses replaced).
pub fn standalone(page: &Path) -> Result<String, String> {
    let html = std::fs::read_to_string(page.join("embed.html")).map_err(|e| format!("embed.html: {e}"))?;
    let start = html.find("<script type=module>").ok_or("embed.html: no loader script")?;
    let end = start + html[start..].find("</script>").ok_or("embed.html: loader not closed")? + "</script>".len();
    let loader = &html[start + "<script type=module>".len()..end - "</script>".len()];

    let wasm_url = between(loader, "compile(new URL('", "'")?;
    let js_url = between(loader, "import('", "'")?;
    let read = |name: &str| std::fs::read(page.join(name.trim_start_matches("./"))).map_err(|e| format!("{name}: {e}"));
    let wasm = read(wasm_url)?;
    let glue = String::from_utf8(read(js_url)?).map_err(|e| e.to_string())?;
    let deflated = miniz_oxide::deflate::compress_to_vec(&wasm, 10);

    let loader = loader
        .replace(
            &format!("compile(new URL('{wasm_url}', document.baseURI))"),
            "new Response(new Blob([Uint8Array.from(atob(LOOPSCOPE_WASM), (c) => c.charCodeAt(0))]).stream()\
             .pipeThrough(new DecompressionStream('deflate-raw'))).arrayBuffer().then((b) => WebAssembly.compile(b))",
        )
        .replace(
            &format!("import('{js_url}')"),
            "import(URL.createObjectURL(new Blob([LOOPSCOPE_GLUE], { type: 'text/javascript' })))",
        );
    let mut styles = String::new();
    let mut rest = &html[end..];
    while let Some(at) = rest.find("<link ") {
        let tag_end = at + rest[at..].find('>').ok_or("embed.html: <link> not closed")?;
        let tag = &rest[at..tag_end];
        if tag.contains("rel=stylesheet") {
            let href = between(tag, "href=", " ")?;
            styles.push_str(&String::from_utf8(read(href)?).map_err(|e| e.to_string())?);
        }
        rest = &rest[tag_end..];
    }
    let head = &html[..start];
    Ok(format!(
        "{head}<style>{styles}</style><script type=module>\nconst LOOPSCOPE_WASM = \"{}\";\nconst LOOPSCOPE_GLUE = {};\n{loader}</script><body></body></html>\n",
        base64(&deflated),
        js_string(&glue)
    ))
}

fn between<'a>(text: &'a str, open: &str, close: &str) -> Result<&'a str, String> {
    let from = text.find(open).ok_or_else(|| format!("embed.html: no `{open}`"))? + open.len();
    let to = from + text[from..].find(close).ok_or_else(|| format!("embed.html: `{open}` not closed"))?;
    Ok(&text[from..to])
}

fn base64(bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::with_capacity(bytes.len().div_ceil(3) * 4);
    for chunk in bytes.chunks(3) {
        let n = chunk.iter().enumerate().fold(0u32, |n, (i, b)| n | (*b as u32) << (16 - 8 * i));
        for i in 0..4 {
            out.push(if i <= chunk.len() { ALPHABET[(n >> (18 - 6 * i) & 63) as usize] as char } else { '=' });
        }
    }
    out
}

/// A JavaScript string literal that is also safe inside a `<script>`.
fn js_string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '<' => out.push_str("\\x3c"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_pads_as_atob_expects() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(&[0xfb, 0xff]), "+/8=");
    }

    #[test]
    fn js_strings_cannot_close_the_script() {
        assert_eq!(js_string("a\"b</script>\n"), "\"a\\\"b\\x3c/script>\\n\"");
    }
}
