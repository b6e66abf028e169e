//! What the editor shows beside the text, derived from the run: the line
//! marks of the step shown, the errors, and the fix for a paste accident.
//! Marks and errors belong to the text that ran: none while it differs.

use crate::components::editor::LineMarks;
use crate::run::CodeError;
use crate::state::State;
use std::rc::Rc;
use yew::prelude::*;

pub struct Derived {
    pub marks: Rc<LineMarks>,
    pub errors: Rc<Vec<CodeError>>,
    pub paste_help: Rc<Option<engine::PasteHelp>>,
}

#[hook]
pub fn use_derived(state: &UseReducerHandle<State>) -> Derived {
    let current = *state.track.run.source == *state.source;
    let marks = use_memo((state.track.view.clone(), current), |(view, current)| match view {
        Some(v) if *current => LineMarks::of(v),
        _ => LineMarks::default(),
    });
    let errors = use_memo((state.track.run.clone(), state.track.over, current), |(run, _, current)| {
        if *current {
            run.code_errors()
        } else {
            Vec::new()
        }
    });
    let paste_help = use_memo((state.track.run.clone(), current), |(run, current)| {
        if !*current {
            return None;
        }
        run.compile_error().and_then(|e| engine::paste_help(&run.source, e))
    });
    Derived { marks, errors, paste_help }
}
