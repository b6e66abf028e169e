//! Small inline SVG icons for the step buttons (no icon font needed).

use yew::prelude::*;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Icon {
    ToStart,
    Back,
    Play,
    Pause,
    Forward,
    ToEnd,
}

pub fn icon(which: Icon) -> Html {
    let path = match which {
        Icon::ToStart => "M5 4h2v16H5zM19 4v16L8 12z",
        Icon::Back => "M18 4v16L6 12z",
        Icon::Play | Icon::Forward => "M6 4v16l12-8z",
        Icon::Pause => "M6 4h4v16H6zM14 4h4v16h-4z",
        Icon::ToEnd => "M17 4h2v16h-2zM5 4v16l11-8z",
    };
    html! {
        <svg class="svg-icon" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="currentColor" />
        </svg>
    }
}
