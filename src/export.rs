//! Export: the trace as JSON (the same writer and bytes as `loopscope
//! trace --json`, docs/trace-schema.md) and the timeline as a standalone
//! SVG in the current theme, each saved as a file.

use crate::look::PALETTE;
use crate::run::{Run, FILENAME};
use crate::state::Axis;
use crate::svg::{timeline_svg, Palette};
use engine::view::Lane;
use wasm_bindgen::JsCast;
use web_sys::{Blob, BlobPropertyBag, Element, HtmlAnchorElement, HtmlElement, Url};

/// The largest trace exported from the page (bytes); the CLI has no limit.
pub const MAX_JSON: usize = 64 << 20;

/// Offers `parts` (strings) to the reader as the file `name`.
fn download(name: &str, mime: &str, parts: &js_sys::Array) -> Option<()> {
    let options = BlobPropertyBag::new();
    options.set_type(mime);
    let blob = Blob::new_with_str_sequence_and_options(parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let document = web_sys::window()?.document()?;
    let a: HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    a.set_href(&url);
    a.set_download(name);
    a.click();
    // The click has started the download; the URL can go after it.
    let revoke = url.clone();
    gloo_timers::callback::Timeout::new(10_000, move || {
        let _ = Url::revoke_object_url(&revoke);
    })
    .forget();
    Some(())
}

/// Saves the run's trace as `trace.json`; an error message if it is too big.
pub fn export_json(run: &Run) -> Result<(), String> {
    let parts = js_sys::Array::new();
    let mut size = 0usize;
    let mut too_big = false;
    run.history(|h| {
        engine::trace_json(h, FILENAME, |line| {
            size += line.len() + 1;
            too_big = size > MAX_JSON;
            if !too_big {
                parts.push(&format!("{line}\n").into());
            }
            !too_big
        })
    });
    if too_big {
        return Err(format!("The trace is over {} MB: export it with `loopscope trace --json` instead.", MAX_JSON >> 20));
    }
    download("trace.json", "application/json", &parts).ok_or_else(|| "The browser refused the download.".to_string())
}

/// A colour as the page draws it: `css` (e.g. `var(--muted)`) resolved on
/// a probe element with `class`.
fn resolved(root: &Element, class: &str, css: &str) -> String {
    let probe = || -> Option<String> {
        let document = web_sys::window()?.document()?;
        let el: HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
        el.set_class_name(class);
        el.style().set_property("color", css).ok()?;
        root.append_child(&el).ok()?;
        let colour = web_sys::window()?.get_computed_style(&el).ok()??.get_property_value("color").ok();
        el.remove();
        colour
    };
    probe().unwrap_or_else(|| "#888".into())
}

/// The current theme's colours, read from the page.
fn palette(root: &Element) -> Palette {
    Palette {
        background: resolved(root, "", "var(--panel)"),
        text: resolved(root, "", "var(--fg)"),
        muted: resolved(root, "", "var(--muted)"),
        grid: resolved(root, "", "var(--panel-2)"),
        tasks: (0..PALETTE).map(|i| resolved(root, &format!("tc{i}"), "var(--task)")).collect(),
        blocking: resolved(root, "", "var(--bad)"),
    }
}

/// Saves the timeline as `timeline.svg`.
pub fn export_svg(root: &Element, lanes: &[Lane], axis: Axis, end_clock: f64, last_step: usize, title: &str) -> Result<(), String> {
    let svg = timeline_svg(lanes, axis, end_clock, last_step, &palette(root), title);
    let parts = js_sys::Array::of1(&svg.into());
    download("timeline.svg", "image/svg+xml", &parts).ok_or_else(|| "The browser refused the download.".to_string())
}
