//! The site's precompressed copies and the page's weight.
//!
//! `cargo xtask dist` writes `NAME.gz` (gzip -9) and `NAME.br` (brotli,
//! quality 11) next to each text and wasm file of the page, for static
//! hosts that serve precompressed files (nginx `gzip_static` /
//! `brotli_static`, Caddy `precompressed`); `cargo xtask bench` reports
//! the page's weight in both.

use std::io::Write;
use std::path::Path;

/// What a file weighs as served.
#[derive(Clone, Debug)]
pub struct Weight {
    pub file: String,
    pub raw: u64,
    pub gzip: u64,
    pub brotli: u64,
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    enc.write_all(bytes).and_then(|_| enc.finish()).expect("gzip into memory")
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams { quality: 11, lgwin: 22, ..Default::default() };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("brotli into memory");
    out
}

fn compressible(path: &Path) -> bool {
    matches!(path.extension().and_then(|e| e.to_str()), Some("html" | "js" | "css" | "wasm" | "svg" | "json" | "md"))
}

/// Writes `.gz` and `.br` next to every compressible file of `dir`;
/// returns each file's weight, heaviest first.
pub fn precompress(dir: &Path) -> Result<Vec<Weight>, String> {
    let mut weights = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        if !path.is_file() || !compressible(&path) {
            continue;
        }
        let bytes = std::fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let (gz, br) = (gzip(&bytes), brotli(&bytes));
        for (ext, data) in [("gz", &gz), ("br", &br)] {
            let mut name = path.clone().into_os_string();
            name.push(format!(".{ext}"));
            std::fs::write(&name, data).map_err(|e| format!("{}: {e}", Path::new(&name).display()))?;
        }
        let file = path.file_name().unwrap_or_default().to_string_lossy().into_owned();
        weights.push(Weight { file, raw: bytes.len() as u64, gzip: gz.len() as u64, brotli: br.len() as u64 });
    }
    weights.sort_by(|a, b| b.gzip.cmp(&a.gzip));
    Ok(weights)
}

/// The files a visit to the page loads: index.html, the app's script and
/// engine (trunk names them `loopscope-web-HASH.js` / `_bg.wasm`) and
/// every stylesheet. The author script, demo and embed view are not the
/// page (the embed view loads the same script, engine and styles).
pub fn is_page_file(name: &str) -> bool {
    name == "index.html" || name.ends_with(".css") || (name.starts_with("loopscope-web-") && (name.ends_with(".js") || name.ends_with(".wasm")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn both_compressions_round_trip() {
        let text = "async def main():\n    await asyncio.sleep(1)\n".repeat(50);
        let gz = gzip(text.as_bytes());
        let mut back = String::new();
        std::io::Read::read_to_string(&mut flate2::read::GzDecoder::new(&gz[..]), &mut back).unwrap();
        assert_eq!(back, text);
        let br = brotli(text.as_bytes());
        let mut back = Vec::new();
        brotli::BrotliDecompress(&mut &br[..], &mut back).unwrap();
        assert_eq!(back, text.as_bytes());
        assert!(br.len() < text.len() / 10 && gz.len() < text.len() / 10);
    }

    #[test]
    fn the_page_is_its_html_script_engine_and_styles() {
        assert!(is_page_file("index.html") && is_page_file("loopscope-web-3a47.js") && is_page_file("loopscope-web-3a47_bg.wasm") && is_page_file("base-631a.css"));
        assert!(!is_page_file("embed.js") && !is_page_file("demo.html") && !is_page_file("embed.html") && !is_page_file("index.html.gz"));
    }
}
