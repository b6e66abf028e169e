//! Fits the page to the window: measures the top bar and the controls and
//! sets `--chrome-h` on the page, so that the code, the loop, the tasks
//! and the output below them take exactly the rest of the window (see
//! styles/layout.css), however the controls wrap or the narration grows.

use wasm_bindgen::prelude::*;
use web_sys::{Element, HtmlElement, ResizeObserver};
use yew::prelude::*;

/// Space around the work area: the layout's top padding, the gap below the
/// controls, and a margin at the bottom (px).
const AROUND: f64 = 14.0 + 14.0 + 14.0;

fn measure(root: &Element) {
    let height = |selector: &str| {
        root.query_selector(selector).ok().flatten().map_or(0.0, |e| e.get_bounding_client_rect().height())
    };
    let chrome = height(".topbar") + height(".layout > .controls-panel") + AROUND;
    if let Some(root) = root.dyn_ref::<HtmlElement>() {
        let _ = root.style().set_property("--chrome-h", &format!("{}px", chrome.ceil()));
    }
}

#[hook]
pub fn use_fit(root: NodeRef, enabled: bool) {
    use_effect_with(enabled, move |&enabled| {
        let el = root.cast::<Element>().filter(|_| enabled);
        let watched = el.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_: js_sys::Array| {
            if let Some(el) = &watched {
                measure(el);
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(el)) = (&observer, &el) {
            for selector in [".topbar", ".layout > .controls-panel"] {
                if let Some(part) = el.query_selector(selector).ok().flatten() {
                    observer.observe(&part);
                }
            }
        }
        move || {
            if let Some(observer) = observer {
                observer.disconnect();
            }
            drop(callback);
        }
    });
}
