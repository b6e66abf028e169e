//! The page's state and the actions that change it (a `Reducible`, used with
//! `use_reducer`).

use crate::examples::EXAMPLES;
use std::rc::Rc;
use yew::prelude::*;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The program in the editor.
    pub source: AttrValue,
    /// The example last picked from the menu.
    pub example: Option<usize>,
    /// Whether the program was edited since that example was loaded.
    pub edited: bool,
    pub menu_open: bool,
}

pub enum Action {
    Edit(String),
    LoadExample(usize),
    ToggleMenu,
    CloseMenu,
}

impl Default for State {
    fn default() -> Self {
        State {
            source: AttrValue::Static(EXAMPLES[0].source),
            example: Some(0),
            edited: false,
            menu_open: false,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut next = (*self).clone();
        match action {
            Action::Edit(source) => {
                if *source == *self.source {
                    return self;
                }
                next.source = AttrValue::from(source);
                next.edited = true;
            }
            Action::LoadExample(i) => {
                let Some(example) = EXAMPLES.get(i) else {
                    return self;
                };
                next.source = AttrValue::Static(example.source);
                next.example = Some(i);
                next.edited = false;
                next.menu_open = false;
            }
            Action::ToggleMenu => next.menu_open = !self.menu_open,
            Action::CloseMenu => {
                if !self.menu_open {
                    return self;
                }
                next.menu_open = false;
            }
        }
        Rc::new(next)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(actions: impl IntoIterator<Item = Action>) -> Rc<State> {
        actions
            .into_iter()
            .fold(Rc::new(State::default()), |s, a| s.reduce(a))
    }

    #[test]
    fn starts_with_the_first_example() {
        let s = State::default();
        assert_eq!(s.source.as_str(), EXAMPLES[0].source);
        assert_eq!(s.example, Some(0));
        assert!(!s.edited && !s.menu_open);
    }

    #[test]
    fn picking_an_example_replaces_the_text_and_closes_the_menu() {
        let s = run([
            Action::Edit("x = 1\n".into()),
            Action::ToggleMenu,
            Action::LoadExample(3),
        ]);
        assert_eq!(s.source.as_str(), EXAMPLES[3].source);
        assert_eq!(s.example, Some(3));
        assert!(!s.edited && !s.menu_open);
    }

    #[test]
    fn editing_marks_the_program_edited() {
        let s = run([Action::Edit("print(1)\n".into())]);
        assert_eq!(s.source.as_str(), "print(1)\n");
        assert!(s.edited);
    }

    #[test]
    fn unknown_example_and_same_text_change_nothing() {
        let s = Rc::new(State::default());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::LoadExample(999))));
        assert!(Rc::ptr_eq(
            &s,
            &s.clone().reduce(Action::Edit(EXAMPLES[0].source.into()))
        ));
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::CloseMenu)));
    }
}
