//! The page's address: the link it was opened with (read once, and again
//! when only the fragment changes), and the addresses of the full page and
//! the embed view beside it, for share links and embed snippets.

use crate::link::{Launch, LinkError};

fn location() -> Option<web_sys::Location> {
    web_sys::window().map(|w| w.location())
}

/// The link the page was opened with.
pub fn launch() -> Result<Launch, LinkError> {
    let Some(loc) = location() else {
        return Ok(Launch::default());
    };
    let path = loc.pathname().unwrap_or_default();
    let query = loc.search().unwrap_or_default();
    let fragment = loc.hash().unwrap_or_default();
    Launch::parse(&path, query.trim_start_matches('?'), fragment.trim_start_matches('#'))
}

/// True when the address asks for the embed view (even a bad link).
pub fn is_embed() -> bool {
    let Some(loc) = location() else {
        return false;
    };
    let query = loc.search().unwrap_or_default();
    let fragment = loc.hash().unwrap_or_default();
    crate::link::wants_embed(&loc.pathname().unwrap_or_default(), query.trim_start_matches('?'), fragment.trim_start_matches('#'))
}

/// True when the page is an iframe's `srcdoc` (an embed shown from a CDN by
/// the author script, or a notebook's output): it has no address of its own.
pub fn is_srcdoc() -> bool {
    location().and_then(|l| l.protocol().ok()).is_some_and(|p| p == "about:")
}

/// The folder the page's files are served from, e.g.
/// `https://example.org/loopscope/` (its `<base>` when it has one).
pub fn folder() -> String {
    let base = web_sys::window().and_then(|w| w.document()).and_then(|d| d.base_uri().ok().flatten());
    let href = base.or_else(|| location().and_then(|l| l.href().ok())).unwrap_or_default();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    let path = &href[..end];
    match path.rfind('/') {
        Some(i) => path[..=i].to_string(),
        None => String::new(),
    }
}

/// This page's address (no query or fragment) opening `launch`.
pub fn here(launch: &Launch) -> String {
    let href = location().and_then(|l| l.href().ok()).unwrap_or_default();
    let end = href.find(['?', '#']).unwrap_or(href.len());
    format!("{}#{}", &href[..end], launch.fragment())
}

/// The full page's address opening `launch`.
pub fn full_page(launch: &Launch) -> String {
    format!("{}index.html#{}", folder(), launch.fragment())
}

/// The embed view's address opening `launch` (with its embed options).
pub fn embed_page(launch: &Launch) -> String {
    format!("{}embed.html#{}", folder(), launch.fragment())
}

/// Drops the fragment from the address bar (the page no longer shows the
/// link's program), without a reload or a history entry.
pub fn clear_fragment() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let loc = window.location();
    let path = loc.pathname().unwrap_or_default();
    let query = loc.search().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{path}{query}")));
    }
}
