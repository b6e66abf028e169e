//! Above the editor when the page was opened with a link: what went wrong
//! with a bad link, or that the program is a shared one and the learner's
//! own is kept (back to it, or keep the shared one instead), or that an
//! example put the learner's program aside (back to it).

use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct Props {
    pub notice: Option<AttrValue>,
    pub shared: bool,
    pub on_dismiss: Callback<()>,
    pub on_mine: Callback<()>,
    pub on_keep: Callback<()>,
    /// The learner's own program was put aside by an example.
    #[prop_or_default]
    pub aside: bool,
    #[prop_or_default]
    pub on_aside: Callback<()>,
}

#[function_component(LinkBanner)]
pub fn link_banner(props: &Props) -> Html {
    html! {
        <>
            if let Some(notice) = &props.notice {
                <p class="banner banner-bad" role="alert" data-testid="link-notice">
                    <span>{ notice.clone() }</span>
                    <button class="button small" onclick={props.on_dismiss.reform(|_: MouseEvent| ())} aria-label="Dismiss">{ "OK" }</button>
                </p>
            }
            if props.shared {
                <p class="banner" data-testid="shared-banner">
                    <span>{ "Opened from a link. Your own program is kept, unchanged." }</span>
                    <button class="button small" data-testid="my-program" onclick={props.on_mine.reform(|_: MouseEvent| ())}
                        title="Leave this one and open the program you had">{ "Back to my program" }</button>
                    <button class="button small" data-testid="keep-shared" onclick={props.on_keep.reform(|_: MouseEvent| ())}
                        title="Make this program yours (it replaces the one you had)">{ "Keep this one" }</button>
                </p>
            } else if props.aside {
                <p class="banner" data-testid="aside-banner">
                    <span>{ "Your own program is put aside, unchanged." }</span>
                    <button class="button small" data-testid="my-program" onclick={props.on_aside.reform(|_: MouseEvent| ())}
                        title="Bring your program back (this one is put aside in turn if you changed it)">{ "Back to my program" }</button>
                </p>
            }
        </>
    }
}
