//! The callbacks the page hands its components, made once: the dispatcher
//! never changes, so components whose other props did not change skip
//! re-rendering.

use crate::state::{Action, Nav, State};
use std::rc::Rc;
use yew::prelude::*;

/// Every callback the page hands its components.
pub struct Callbacks {
    pub toggle_menu: Callback<()>,
    pub close_menu: Callback<()>,
    pub projector: Callback<()>,
    pub pick: Callback<usize>,
    pub change: Callback<String>,
    pub go: Callback<Nav>,
    pub jump: Callback<usize>,
    pub back: Callback<()>,
    pub forward: Callback<()>,
    pub stride: Callback<crate::state::Stride>,
    pub speed: Callback<u32>,
    pub play: Callback<()>,
    pub axis: Callback<()>,
    pub breakpoint: Callback<u32>,
    pub theme: Callback<crate::link::Theme>,
    pub dismiss_notice: Callback<()>,
    /// Leaves a shared program for the learner's own.
    pub my_program: Callback<()>,
    /// Makes a shared program the learner's own.
    pub keep_shared: Callback<()>,
    pub back_to_aside: Callback<()>,
    pub help: Callback<()>,
    pub compare: Callback<()>,
    pub pick_pair: Callback<usize>,
    /// Compare mode: a side's program changed.
    pub edit_side: Callback<(usize, String)>,
    /// Compare mode: both programs to a virtual time.
    pub to_time: Callback<f64>,
}

impl Callbacks {
    fn new(d: UseReducerDispatcher<State>) -> Callbacks {
        let act = |make: fn() -> Action| {
            let d = d.clone();
            Callback::from(move |()| d.dispatch(make()))
        };
        fn with<T: 'static>(d: &UseReducerDispatcher<State>, make: fn(T) -> Action) -> Callback<T> {
            let d = d.clone();
            Callback::from(move |x| d.dispatch(make(x)))
        }
        let go: Callback<Nav> = with(&d, Action::Go);
        Callbacks {
            toggle_menu: act(|| Action::ToggleMenu),
            close_menu: act(|| Action::CloseMenu),
            projector: act(|| Action::ToggleProjector),
            pick: with(&d, Action::LoadExample),
            change: with(&d, Action::Edit),
            jump: go.reform(Nav::To),
            go,
            back: act(|| Action::Back),
            forward: act(|| Action::Forward),
            stride: with(&d, Action::SetStride),
            speed: with(&d, Action::SetSpeed),
            play: act(|| Action::TogglePlay),
            axis: act(|| Action::ToggleAxis),
            breakpoint: with(&d, Action::ToggleBreakpoint),
            theme: with(&d, Action::SetTheme),
            dismiss_notice: act(|| Action::DismissNotice),
            my_program: {
                let d = d.clone();
                Callback::from(move |()| {
                    crate::address::clear_fragment();
                    d.dispatch(Action::Open { saved: crate::storage::load(), link: Ok(Default::default()) })
                })
            },
            back_to_aside: act(|| Action::BackToAside),
            compare: act(|| Action::ToggleCompare),
            pick_pair: with(&d, Action::LoadPair),
            edit_side: with(&d, |(side, text)| Action::EditSide(side, text)),
            to_time: with(&d, Action::ToTime),
            help: act(|| Action::ToggleHelp),
            keep_shared: {
                let d = d.clone();
                Callback::from(move |()| {
                    crate::address::clear_fragment();
                    d.dispatch(Action::KeepShared)
                })
            },
        }
    }
}

#[hook]
pub fn use_callbacks(state: &UseReducerHandle<State>) -> Rc<Callbacks> {
    let dispatcher = state.dispatcher();
    use_memo((), move |_| Callbacks::new(dispatcher))
}
