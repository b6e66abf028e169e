//! The page's state and the actions that change it (a `Reducible`, used with
//! `use_reducer`): the program, its run, and where the learner stands in it.

use crate::compare::Compare;
use crate::examples::{EXAMPLES, PAIRS};
use crate::link::{CompareLink, Launch, LinkError, Program, Theme};
pub use crate::track::Nav;
use crate::track::Track;
use engine::Granularity;
use std::rc::Rc;
use yew::prelude::*;

/// How far ← / → move (Shift+← / → always move one line).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Stride {
    Poll,
    Line,
    Iteration,
}

impl Stride {
    pub const ALL: [Stride; 3] = [Stride::Poll, Stride::Line, Stride::Iteration];

    pub fn granularity(self) -> Granularity {
        match self {
            Stride::Poll => Granularity::Poll,
            Stride::Line => Granularity::Line,
            Stride::Iteration => Granularity::Iteration,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Stride::Poll => "poll",
            Stride::Line => "line",
            Stride::Iteration => "iteration",
        }
    }

    pub fn hint(self) -> &'static str {
        match self {
            Stride::Poll => "One handle from the ready queue: a task runs to its next await",
            Stride::Line => "One line of the running code",
            Stride::Iteration => "One whole pass of the event loop (_run_once)",
        }
    }
}

/// The timeline's horizontal axis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Axis {
    Time,
    Steps,
}


/// The program the learner keeps (localStorage): its text and the example
/// it started from.
pub type Saved = Option<(String, Option<usize>)>;

#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The program in the editor.
    pub source: AttrValue,
    /// The example last picked from the menu.
    pub example: Option<usize>,
    /// Whether the program was edited since that example was loaded.
    pub edited: bool,
    pub menu_open: bool,
    /// The run of the program (its source lags `source` while typing) and
    /// where the learner stands in it.
    pub track: Track,
    pub stride: Stride,
    pub playing: bool,
    /// Play speed in steps per second.
    pub speed: u32,
    pub axis: Axis,
    pub projector: bool,
    /// Lines with a breakpoint, sorted.
    pub breakpoints: Rc<Vec<u32>>,
    /// The program came from a link: it is not saved, and the learner's
    /// own program stays as it was, one click away.
    pub shared: bool,
    /// What went wrong with the link the page was opened with.
    pub notice: Option<AttrValue>,
    pub theme: Theme,
    /// The learner's own program, put aside when an example replaced it
    /// (one click brings it back).
    pub aside: Option<AttrValue>,
    /// The list of keyboard shortcuts is shown.
    pub help: bool,
    /// Compare mode: two programs on one time axis (the single program
    /// above stays as it was, for when compare mode ends).
    pub compare: Option<Box<Compare>>,
}

pub enum Action {
    Edit(String),
    /// Runs the editor's program anew (after typing settles).
    Rerun,
    LoadExample(usize),
    /// A slice of run `id` was recorded.
    Recorded(u64),
    Go(Nav),
    /// ← / →: one stride back or forward.
    Back,
    Forward,
    SetStride(Stride),
    TogglePlay,
    /// One step of play.
    Tick,
    SetSpeed(u32),
    ToggleAxis,
    ToggleProjector,
    ToggleMenu,
    CloseMenu,
    ToggleBreakpoint(u32),
    /// Opens a link (or, with an empty `Launch`, the learner's own
    /// program), as when the page loads.
    Open { saved: Saved, link: Result<Launch, LinkError> },
    /// The shared program becomes the learner's own (saved from now on).
    KeepShared,
    DismissNotice,
    SetTheme(Theme),
    /// Brings back the program put aside, putting the current one aside
    /// if it is the learner's own.
    BackToAside,
    ToggleHelp,
    CloseHelp,
    /// Enters compare mode (with the first pair) or leaves it.
    ToggleCompare,
    /// Compare mode with a built-in pair.
    LoadPair(usize),
    /// A compare side's program changed in its editor.
    EditSide(usize, String),
    /// Runs a compare side's program anew (after typing settles).
    RerunSide(usize),
    /// Compare mode: both programs at their last step by virtual time `t`.
    ToTime(f64),
}

pub const SPEEDS: [u32; 6] = [1, 2, 4, 8, 16, 32];

impl State {
    /// The page as it opens: the link's program, else the learner's saved
    /// one, else the first example; at the link's step, granularity and
    /// breakpoints. A bad link leaves a notice and opens the saved program.
    pub fn open(saved: Saved, link: Result<Launch, LinkError>) -> State {
        let (launch, notice) = match link {
            Ok(launch) => (launch, None),
            Err(e) => (Launch::default(), Some(AttrValue::from(e.message()))),
        };
        let mut state = State {
            track: Track::new("", None),
            source: AttrValue::Static(EXAMPLES[0].source),
            example: Some(0),
            edited: false,
            menu_open: false,
            stride: launch.stride.unwrap_or(Stride::Poll),
            playing: false,
            speed: launch.speed.unwrap_or(4),
            axis: Axis::Time,
            projector: false,
            breakpoints: Rc::new(launch.breakpoints),
            shared: launch.program.is_some(),
            notice,
            theme: Theme::Auto,
            aside: None,
            help: false,
            compare: launch.compare.as_ref().map(|c| Box::new(Compare::open(c))),
        };
        match launch.program {
            Some(Program::Example(i)) => state.set_example(i),
            Some(Program::Code(source)) => {
                // A link to an unedited example still names it.
                match EXAMPLES.iter().position(|e| e.source == source) {
                    Some(i) => state.set_example(i),
                    None => state.set_program(source, None),
                }
            }
            None => {
                if let Some((source, example)) = saved {
                    state.set_program(source, example);
                }
            }
        }
        state.start_run(launch.step);
        if let Some(embed) = &launch.embed {
            state.theme = embed.theme;
            state.playing = embed.autoplay;
        }
        state
    }

    fn set_example(&mut self, i: usize) {
        self.source = AttrValue::Static(EXAMPLES[i].source);
        self.example = Some(i);
        self.edited = false;
    }

    fn set_program(&mut self, source: String, example: Option<usize>) {
        let example = example.filter(|&i| i < EXAMPLES.len());
        self.edited = example.is_none_or(|i| EXAMPLES[i].source != source);
        self.example = example;
        self.source = AttrValue::from(source);
    }

    /// The link that opens this program at this step (`at_step`), with
    /// its granularity and breakpoints.
    pub fn launch(&self, at_step: bool) -> Launch {
        if let Some(c) = &self.compare {
            let steps = if at_step { [c.sides[0].track.step, c.sides[1].track.step] } else { [0, 0] };
            let sides = c.pair.is_none().then(|| [c.sides[0].source.to_string(), c.sides[1].source.to_string()]);
            return Launch {
                compare: Some(CompareLink { pair: c.pair, sides, steps }),
                stride: Some(self.stride),
                ..Launch::default()
            };
        }
        let program = match self.example {
            Some(i) if !self.edited => Program::Example(i),
            _ => Program::Code(self.source.to_string()),
        };
        Launch {
            program: Some(program),
            step: at_step.then_some(self.track.step),
            stride: Some(self.stride),
            breakpoints: self.breakpoints.to_vec(),
            ..Launch::default()
        }
    }

    /// Replaces the run with one of the current source; `keep` is the step
    /// to come back to.
    fn start_run(&mut self, keep: Option<usize>) {
        self.track = Track::new(&self.source, keep);
        self.playing = false;
    }

    fn go(&mut self, nav: Nav) {
        let Some(c) = self.compare.as_mut() else {
            return self.track.go(nav, &self.breakpoints);
        };
        match nav {
            Nav::Forward(g) => c.forward(g),
            Nav::Back(g) => c.back(g),
            Nav::Start => c.start(),
            Nav::End => c.end(),
            // The compare controls' scrubber runs over milliseconds.
            Nav::To(ms) => c.to_time(ms as f64 / 1000.0),
            Nav::NextBreakpoint | Nav::PrevBreakpoint => {}
        }
    }

    /// The program is the learner's own work: edited away from any
    /// example, and not a shared one.
    pub fn is_own(&self) -> bool {
        self.edited && !self.shared && !EXAMPLES.iter().any(|e| e.source == &*self.source)
    }

    /// The program is still recognisably its example (most of the
    /// example's lines are still there); otherwise it is "your program".
    pub fn still_the_example(&self) -> bool {
        let Some(example) = self.example.and_then(|i| EXAMPLES.get(i)) else {
            return false;
        };
        if !self.edited {
            return true;
        }
        let have: std::collections::HashSet<&str> = self.source.lines().map(str::trim).collect();
        let lines: Vec<&str> = example.source.lines().map(str::trim).filter(|l| !l.is_empty()).collect();
        let kept = lines.iter().filter(|l| have.contains(*l)).count();
        kept * 2 >= lines.len()
    }

    pub fn at_end(&self) -> bool {
        match &self.compare {
            Some(c) => c.at_end(),
            None => self.track.at_end(),
        }
    }

    /// At the very start (both programs, in compare mode).
    pub fn at_start(&self) -> bool {
        match &self.compare {
            Some(c) => c.sides.iter().all(|s| s.track.step == 0),
            None => self.track.step == 0,
        }
    }

    /// Where the learner stands, in words: "step 17 (line steps)", or in
    /// compare mode the shared time.
    pub fn whereabouts(&self) -> String {
        match &self.compare {
            Some(c) => format!("t = {} s", crate::look::time(c.time())),
            None => format!("step {} ({} steps)", crate::look::thousands(self.track.step), self.stride.name()),
        }
    }

    /// Waiting for a link's step to be recorded.
    fn waiting(&self) -> bool {
        match &self.compare {
            Some(c) => c.sides.iter().any(|s| s.track.target.is_some()),
            None => self.track.target.is_some(),
        }
    }
}

impl Default for State {
    fn default() -> Self {
        State::open(None, Ok(Launch::default()))
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
            Action::Rerun => {
                if *self.track.run.source == *self.source {
                    return self;
                }
                let keep = self.track.target.unwrap_or(self.track.step);
                next.start_run(Some(keep));
            }
            Action::LoadExample(i) => {
                let Some(example) = EXAMPLES.get(i) else {
                    return self;
                };
                next.compare = None;
                if self.is_own() {
                    next.aside = Some(self.source.clone());
                }
                next.source = AttrValue::Static(example.source);
                next.example = Some(i);
                next.edited = false;
                next.menu_open = false;
                next.start_run(None);
            }
            Action::Recorded(id) => {
                let side = next.compare.as_mut().is_some_and(|c| c.recorded(id));
                if !next.track.recorded(id) && !side {
                    return self;
                }
            }
            Action::Go(nav) => next.go(nav),
            Action::Back => next.go(Nav::Back(self.stride.granularity())),
            Action::Forward => next.go(Nav::Forward(self.stride.granularity())),
            Action::SetStride(stride) => next.stride = stride,
            Action::TogglePlay => {
                next.playing = !self.playing;
                if next.playing && self.at_end() {
                    next.go(Nav::Start);
                }
            }
            Action::Tick => {
                // Waiting for a link's step to be recorded: stay put.
                if !self.playing || self.waiting() {
                    return self;
                }
                next.go(Nav::Forward(self.stride.granularity()));
                if next.at_end() {
                    next.playing = false;
                }
            }
            Action::SetSpeed(speed) => next.speed = speed.clamp(SPEEDS[0], SPEEDS[SPEEDS.len() - 1]),
            Action::ToggleAxis => {
                next.axis = match self.axis {
                    Axis::Time => Axis::Steps,
                    Axis::Steps => Axis::Time,
                }
            }
            Action::ToggleProjector => next.projector = !self.projector,
            Action::ToggleMenu => next.menu_open = !self.menu_open,
            Action::CloseMenu => {
                if !self.menu_open {
                    return self;
                }
                next.menu_open = false;
            }
            Action::ToggleBreakpoint(line) => {
                let mut lines = self.breakpoints.to_vec();
                match lines.binary_search(&line) {
                    Ok(i) => {
                        lines.remove(i);
                    }
                    Err(i) => lines.insert(i, line),
                }
                next.breakpoints = Rc::new(lines);
            }
            Action::Open { saved, link } => {
                next = State::open(saved, link);
                next.theme = self.theme;
                next.projector = self.projector;
                next.aside = self.aside.clone();
            }
            Action::KeepShared => next.shared = false,
            Action::DismissNotice => next.notice = None,
            Action::SetTheme(theme) => next.theme = theme,
            Action::BackToAside => {
                let Some(aside) = self.aside.clone() else {
                    return self;
                };
                next.aside = self.is_own().then(|| self.source.clone());
                next.set_program(aside.to_string(), None);
                next.start_run(None);
            }
            Action::ToggleHelp => next.help = !self.help,
            Action::ToggleCompare => {
                next.compare = match self.compare {
                    Some(_) => None,
                    None => Some(Box::new(Compare::of_pair(0))),
                };
                next.playing = false;
            }
            Action::LoadPair(i) => {
                if i >= PAIRS.len() {
                    return self;
                }
                next.compare = Some(Box::new(Compare::of_pair(i)));
                next.menu_open = false;
                next.playing = false;
            }
            Action::EditSide(side, source) => {
                if !next.compare.as_mut().is_some_and(|c| c.edit(side.min(1), source)) {
                    return self;
                }
            }
            Action::RerunSide(side) => {
                if !next.compare.as_mut().is_some_and(|c| c.rerun(side.min(1))) {
                    return self;
                }
                next.playing = false;
            }
            Action::ToTime(t) => {
                let Some(c) = next.compare.as_mut() else {
                    return self;
                };
                c.to_time(t);
            }
            Action::CloseHelp => {
                if !self.help {
                    return self;
                }
                next.help = false;
            }
        }
        if next == *self {
            return self;
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

    /// Records the current run to its end, as the page's slices would.
    fn record(s: Rc<State>) -> Rc<State> {
        s.track.run.work_to_end();
        let id = s.track.run.id;
        s.reduce(Action::Recorded(id))
    }

    #[test]
    fn starts_with_the_first_example_at_step_zero() {
        let s = State::default();
        assert_eq!(s.source.as_str(), EXAMPLES[0].source);
        assert_eq!(s.example, Some(0));
        assert!(!s.edited && !s.menu_open);
        assert_eq!(s.track.step, 0);
        assert_eq!(s.track.len, 1);
        assert_eq!(s.track.view.as_ref().unwrap().index, 0);
    }

    #[test]
    fn picking_an_example_replaces_the_text_and_closes_the_menu() {
        let s = run([
            Action::Edit("x = 1\n".into()),
            Action::ToggleMenu,
            Action::LoadExample(3),
        ]);
        assert_eq!(s.source.as_str(), EXAMPLES[3].source);
        assert_eq!(*s.track.run.source, *EXAMPLES[3].source);
        assert_eq!(s.example, Some(3));
        assert!(!s.edited && !s.menu_open);
    }

    #[test]
    fn editing_marks_the_program_edited_and_rerun_runs_it() {
        let s = run([Action::Edit("print(1)\n".into())]);
        assert_eq!(s.source.as_str(), "print(1)\n");
        assert!(s.edited);
        assert_eq!(*s.track.run.source, *EXAMPLES[0].source, "runs only after Rerun");
        let s = record(s.reduce(Action::Rerun));
        assert_eq!(*s.track.run.source, *"print(1)\n");
        assert!(s.track.over);
        assert_eq!(s.track.run.history(|h| h.output[0].text.clone()).unwrap(), "1");
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
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Rerun)));
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::Recorded(9999))));
    }

    #[test]
    fn steps_forward_and_back_and_to_either_end() {
        let s = record(Rc::new(State::default()));
        assert!(s.track.len > 3);
        let s = s.reduce(Action::Forward);
        let first_poll = s.track.step;
        assert!(first_poll > 0);
        let s = s.reduce(Action::Go(Nav::End));
        assert_eq!(s.track.step, s.track.len - 1);
        assert!(s.at_end());
        assert_eq!(s.track.view.as_ref().unwrap().index, s.track.step);
        let s = s.reduce(Action::Back).reduce(Action::Go(Nav::Start));
        assert_eq!(s.track.step, 0);
        let s = s.reduce(Action::SetStride(Stride::Line)).reduce(Action::Forward);
        assert_eq!(s.track.step, 1);
        let s = s.reduce(Action::Go(Nav::To(99_999)));
        assert_eq!(s.track.step, s.track.len - 1, "clamped to the last step");
        assert!(!s.track.lanes.is_empty(), "lanes are built at the end");
    }

    #[test]
    fn a_rerun_keeps_the_step_number_where_it_still_exists() {
        let s = record(Rc::new(State::default()));
        let s = s.reduce(Action::Go(Nav::To(4)));
        let edited = EXAMPLES[0].source.replace("sleep(3)", "sleep(2)");
        assert_ne!(edited, EXAMPLES[0].source);
        let s = record(s.reduce(Action::Edit(edited)).reduce(Action::Rerun));
        assert_eq!(s.track.step, 4);
        assert_eq!(s.track.target, None);

        // A shorter program: the last step instead.
        let s = s.reduce(Action::Go(Nav::End));
        let far = s.track.step;
        let s = record(s.reduce(Action::Edit("print(1)\n".into())).reduce(Action::Rerun));
        assert!(s.track.len < far);
        assert_eq!(s.track.step, s.track.len - 1);
    }

    #[test]
    fn play_stops_at_the_end_and_restarts_from_the_start() {
        let mut s = record(Rc::new(State::default())).reduce(Action::TogglePlay);
        assert!(s.playing);
        for _ in 0..1000 {
            s = s.reduce(Action::Tick);
        }
        assert!(!s.playing && s.at_end());
        let s = s.reduce(Action::TogglePlay);
        assert!(s.playing);
        assert_eq!(s.track.step, 0);
    }

    #[test]
    fn a_program_that_does_not_compile_has_no_steps() {
        let s = run([Action::Edit("def (:\n".into()), Action::Rerun]);
        assert!(s.track.run.compile_error().is_some());
        assert_eq!(s.track.len, 0);
        assert!(s.track.view.is_none());
        let s = s.reduce(Action::Forward);
        assert_eq!(s.track.step, 0);
    }

    fn open(saved: Saved, fragment: &str) -> State {
        State::open(saved, Launch::parse("/", "", fragment))
    }

    fn mine() -> Saved {
        Some(("print('mine')\n".into(), None))
    }

    #[test]
    fn a_saved_program_opens_as_it_was_left() {
        let s = open(mine(), "");
        assert_eq!(s.source.as_str(), "print('mine')\n");
        assert!(s.edited && s.example.is_none() && !s.shared);
        let s = open(Some((EXAMPLES[2].source.into(), Some(2))), "");
        assert!(!s.edited);
        assert_eq!(s.example, Some(2));
    }

    #[test]
    fn a_link_opens_its_program_at_its_step_and_the_saved_one_stays_one_click_away() {
        let shared = "import asyncio\nasync def main():\n    await asyncio.sleep(1)\n    print('shared')\nasyncio.run(main())\n";
        let link = Launch { program: Some(Program::Code(shared.into())), step: Some(3), stride: Some(Stride::Line), breakpoints: vec![4], ..Launch::default() };
        let s = record(Rc::new(open(mine(), &link.fragment())));
        assert_eq!(s.source.as_str(), shared);
        assert!(s.shared && s.notice.is_none());
        assert_eq!((s.track.step, s.stride, s.breakpoints.to_vec()), (3, Stride::Line, vec![4]));
        assert_eq!(s.launch(true), link, "the share link of what opened is the same link");

        let s = s.reduce(Action::Open { saved: mine(), link: Ok(Launch::default()) });
        assert_eq!(s.source.as_str(), "print('mine')\n");
        assert!(!s.shared && s.breakpoints.is_empty());

        // An example by number, and an example's text, both name it.
        let s = open(mine(), "example=12");
        assert_eq!((s.example, s.edited, s.shared), (Some(11), false, true));
        let s = open(None, &format!("code={}", crate::link::pack(EXAMPLES[4].source)));
        assert_eq!((s.example, s.edited), (Some(4), false));
        assert_eq!(s.launch(false).fragment(), "v=1&example=5");
        assert!(!Rc::new(s).reduce(Action::KeepShared).shared);
    }

    #[test]
    fn a_bad_link_keeps_the_saved_program_and_says_why() {
        for bad in ["v=7&example=1", "code=eJzLSM3JyVcozy/KSQEAGgQEXQ", "example=400", "step=x"] {
            let s = open(mine(), bad);
            assert_eq!(s.source.as_str(), "print('mine')\n", "{bad}");
            assert!(!s.shared, "{bad}");
            assert!(s.notice.as_ref().is_some_and(|n| n.len() > 20), "{bad}");
            let s = Rc::new(s).reduce(Action::DismissNotice);
            assert!(s.notice.is_none());
        }
    }

    #[test]
    fn picking_an_example_puts_the_learners_program_aside_one_click_away() {
        let s = Rc::new(open(mine(), ""));
        assert!(s.is_own() && !s.still_the_example());
        let s = s.reduce(Action::LoadExample(3));
        assert_eq!(s.aside.as_deref(), Some("print('mine')\n"));
        assert!(s.still_the_example());
        // An example over an example puts nothing aside.
        let s = s.reduce(Action::LoadExample(5));
        assert_eq!(s.aside.as_deref(), Some("print('mine')\n"));
        let s = s.reduce(Action::BackToAside);
        assert_eq!(s.source.as_str(), "print('mine')\n");
        assert!(s.aside.is_none() && s.edited && s.example.is_none());
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::BackToAside)));

        // An edited example is still its example until most of it is gone.
        let s = s.reduce(Action::LoadExample(11));
        let tweak = EXAMPLES[11].source.replacen("3)", "4)", 1);
        let s = s.reduce(Action::Edit(tweak));
        assert!(s.edited && s.still_the_example());
        let s = s.reduce(Action::Edit("import asyncio\nprint('other')\n".into()));
        assert!(!s.still_the_example() && s.is_own());
    }

    #[test]
    fn compare_mode_steps_both_programs_and_leaves_the_single_one_alone() {
        let s = record(Rc::new(State::default()));
        let single = s.track.clone();
        let mut s = s.reduce(Action::ToggleCompare);
        let ids: Vec<u64> = s.compare.as_ref().unwrap().sides.iter().map(|x| x.track.run.id).collect();
        for side in 0..2 {
            s.compare.as_ref().unwrap().sides[side].track.run.work_to_end();
            s = s.reduce(Action::Recorded(ids[side]));
        }
        let c = s.compare.as_ref().unwrap();
        assert_eq!((c.sides[0].total(), c.sides[1].total()), (Some(3.0), Some(2.0)));
        let s = s.reduce(Action::Forward).reduce(Action::Forward);
        assert!(s.compare.as_ref().unwrap().sides.iter().all(|x| x.track.step > 0));
        let s = s.reduce(Action::Go(Nav::End));
        assert!(s.at_end());
        let s = s.reduce(Action::ToTime(1.0));
        assert_eq!(s.compare.as_ref().unwrap().time(), 1.0);
        // The share link opens the same view.
        let link = s.launch(true);
        let opened = State::open(None, Launch::parse("/", "", &link.fragment()));
        assert_eq!(opened.compare.as_ref().unwrap().pair, Some(0));
        let steps: Vec<usize> = opened.compare.as_ref().unwrap().sides.iter().map(|x| x.track.target.unwrap_or(0)).collect();
        assert_eq!(steps, s.compare.as_ref().unwrap().sides.iter().map(|x| x.track.step).collect::<Vec<_>>());
        // Leaving compare mode shows the single program as it was.
        let s = s.reduce(Action::ToggleCompare);
        assert!(s.compare.is_none());
        assert_eq!(s.track, single);
    }

    #[test]
    fn help_toggles_and_escape_closes_it() {
        let s = Rc::new(State::default()).reduce(Action::ToggleHelp);
        assert!(s.help);
        let s = s.reduce(Action::CloseHelp);
        assert!(!s.help);
        assert!(Rc::ptr_eq(&s, &s.clone().reduce(Action::CloseHelp)));
    }

    #[test]
    fn breakpoints_toggle_and_stop_the_run_forward_and_back() {
        let src = EXAMPLES[11].source;
        let s = record(Rc::new(State::default()).reduce(Action::LoadExample(11)));
        let lines: Vec<u32> = src.lines().enumerate().filter(|(_, l)| l.contains("await asyncio.sleep")).map(|(i, _)| i as u32 + 1).take(1).collect();
        assert_eq!(lines.len(), 1);
        let line = lines[0];
        let s = s.reduce(Action::ToggleBreakpoint(line)).reduce(Action::ToggleBreakpoint(1)).reduce(Action::ToggleBreakpoint(1));
        assert_eq!(*s.breakpoints, vec![line]);
        let s = s.reduce(Action::Go(Nav::NextBreakpoint));
        let first = s.track.step;
        assert_eq!(s.track.view.as_ref().unwrap().line, Some(line));
        let s = s.reduce(Action::Go(Nav::NextBreakpoint));
        assert!(s.track.step > first);
        assert_eq!(s.track.view.as_ref().unwrap().line, Some(line));
        let s = s.reduce(Action::Go(Nav::PrevBreakpoint));
        assert_eq!(s.track.step, first);
    }
}
