//! An embed tells the page around it how tall its content is, so the
//! iframe can be sized to fit: `postMessage({type: "loopscope:resize",
//! height})` to the parent whenever the height changes.

use wasm_bindgen::prelude::*;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The message's `type`.
pub const RESIZE: &str = "loopscope:resize";

fn tell_parent(height: f64) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Ok(Some(parent)) = window.parent() else {
        return;
    };
    if parent == window {
        return;
    }
    let message = js_sys::Object::new();
    let _ = js_sys::Reflect::set(&message, &"type".into(), &RESIZE.into());
    let _ = js_sys::Reflect::set(&message, &"height".into(), &height.ceil().into());
    let _ = parent.post_message(&message, "*");
}

/// Watches the element behind `root` and reports its height.
#[hook]
pub fn use_resize_report(root: NodeRef, enabled: bool) {
    use_effect_with(enabled, move |&enabled| {
        let el = root.cast::<Element>().filter(|_| enabled);
        let mut last = -1.0;
        let watched = el.clone();
        let callback = Closure::<dyn FnMut(js_sys::Array)>::new(move |_entries: js_sys::Array| {
            // The content's own height, not the frame's (never less than
            // the frame's viewport, and so never shrinking).
            let Some(height) = watched.as_ref().map(|e| e.get_bounding_client_rect().height()) else {
                return;
            };
            if height != last {
                last = height;
                tell_parent(height);
            }
        });
        let observer = ResizeObserver::new(callback.as_ref().unchecked_ref()).ok();
        if let (Some(observer), Some(el)) = (&observer, el) {
            observer.observe(&el);
        }
        move || {
            if let Some(observer) = observer {
                observer.disconnect();
            }
            drop(callback);
        }
    });
}
