//! A scrolling list of equal-height rows that renders only the rows in
//! view (plus a few either side), so 10,000 tasks or a long output cost
//! the same as forty.

use web_sys::Element;
use yew::prelude::*;

/// Rows rendered beyond each edge of the view.
const OVERSCAN: usize = 6;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub count: usize,
    /// Row height in px (the CSS must give rows exactly this height).
    pub row_height: u32,
    /// Renders row `i`; it is placed absolutely at `i * row_height`.
    pub row: Callback<usize, Html>,
    #[prop_or_default]
    pub class: Classes,
    #[prop_or_default]
    pub testid: Option<AttrValue>,
    /// Keep this row in view when it changes (the last output line, the
    /// running task).
    #[prop_or_default]
    pub follow: Option<usize>,
    #[prop_or_default]
    pub label: Option<AttrValue>,
}

/// The range of rows to render for a scroll position.
pub fn window(count: usize, row_height: u32, scroll_top: i32, height: i32) -> (usize, usize) {
    let rh = row_height.max(1) as i32;
    let first = (scroll_top.max(0) / rh) as usize;
    let shown = (height.max(rh) + rh - 1) / rh + 1;
    let start = first.saturating_sub(OVERSCAN).min(count);
    let end = (first + shown as usize + OVERSCAN).min(count);
    (start, end)
}

/// The scroller's visible height: never more than the window's, even
/// before its CSS gives it a height.
fn visible_height(el: &Element) -> i32 {
    let window = web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(1000.0) as i32;
    el.client_height().min(window.max(100))
}

#[function_component(VirtualList)]
pub fn virtual_list(props: &Props) -> Html {
    let node = use_node_ref();
    // (scrollTop, clientHeight) of the scroller, as last seen.
    let viewport = use_state(|| (0i32, 600i32));

    let onscroll = {
        let (node, viewport) = (node.clone(), viewport.clone());
        move |_: Event| {
            if let Some(el) = node.cast::<Element>() {
                let seen = (el.scroll_top(), visible_height(&el));
                if seen != *viewport {
                    viewport.set(seen);
                }
            }
        }
    };

    // Measure once mounted (the only layout read outside a scroll event),
    // then keep the followed row in view from the last measurement, so a
    // step never forces a synchronous layout.
    {
        let (node, viewport) = (node.clone(), viewport.clone());
        use_effect_with((), move |_| {
            if let Some(el) = node.cast::<Element>() {
                let seen = (el.scroll_top(), visible_height(&el));
                if seen != *viewport {
                    viewport.set(seen);
                }
            }
        });
    }
    {
        let node = node.clone();
        let (scroll, height) = *viewport;
        let rh = props.row_height as i32;
        use_effect_with((props.follow, props.count, height), move |&(follow, _, _)| {
            if let (Some(row), Some(el)) = (follow, node.cast::<Element>()) {
                let top = row as i32 * rh;
                if top < scroll {
                    el.set_scroll_top(top);
                } else if top + rh > scroll + height {
                    el.set_scroll_top(top + rh - height);
                }
            }
        });
    }

    let (start, end) = window(props.count, props.row_height, viewport.0, viewport.1);
    let rh = props.row_height as usize;
    let rows = (start..end).map(|i| {
        html! {
            <div class="vrow" role="listitem" key={i} style={format!("top:{}px;height:{}px", i * rh, rh)}>
                { props.row.emit(i) }
            </div>
        }
    });
    html! {
        <div
            ref={node}
            class={classes!("vlist", props.class.clone())}
            data-testid={props.testid.clone()}
            aria-label={props.label.clone()}
            role="list"
            // A scrollable region: reachable with Tab, scrolled with ↑ ↓.
            tabindex="0"
            {onscroll}
        >
            <div class="vlist-space" style={format!("height:{}px", props.count * rh)}>
                { for rows }
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::window;

    #[test]
    fn renders_the_rows_in_view_and_a_few_more() {
        assert_eq!(window(10_000, 20, 0, 200), (0, 17));
        assert_eq!(window(10_000, 20, 2000, 200), (94, 117));
        assert_eq!(window(10, 20, 0, 200), (0, 10));
        assert_eq!(window(0, 20, 0, 200), (0, 0));
        assert_eq!(window(100, 20, 99_999, 200), (100, 100));
    }
}
