//! Reading the visible state out of a live VM (for the recorder): tasks
//! with their stacks and locals, the ready queue, the timers. Never runs
//! Python code: values are shown with `safe_repr`.

use crate::aio::event_loop::Handle;
use crate::aio::future::{FutState, Future};
use crate::value::{CoroState, Descriptor, Value};
use crate::view::*;
use crate::vm::frame::{Fiber, Frame, FrameKind};
use crate::vm::Vm;
use std::rc::Rc;

/// Longest repr shown for one local.
pub const REPR_LIMIT: usize = 60;

impl Vm {
    /// A short repr that never runs Python code (user classes show as
    /// `<Point object>`), cut at `limit` characters.
    pub fn safe_repr(&mut self, v: &Value, limit: usize) -> String {
        let mut out = String::new();
        self.safe_repr_into(v, limit, &mut out, 0);
        if out.chars().count() > limit {
            let cut: String = out.chars().take(limit.saturating_sub(1)).collect();
            return format!("{cut}…");
        }
        out
    }

    fn safe_repr_into(&mut self, v: &Value, limit: usize, out: &mut String, depth: u32) {
        if out.len() > limit * 4 || depth > 6 {
            out.push('…');
            return;
        }
        match v {
            Value::None | Value::Bool(_) | Value::Int(_) | Value::Float(_) | Value::Str(_) | Value::Bytes(_) | Value::Range(_) | Value::Ellipsis | Value::NotImplemented => {
                let r = match v {
                    Value::Str(s) if s.len() > limit * 2 => {
                        let cut: String = s.chars().take(limit).collect();
                        crate::format::parse::py_str_repr(&cut)
                    }
                    _ => self.repr(v).unwrap_or_default(),
                };
                out.push_str(&r);
            }
            Value::BigInt(b) => {
                let s = b.to_string();
                if s.len() > limit {
                    out.push_str(&format!("<int with {} digits>", s.len()));
                } else {
                    out.push_str(&s);
                }
            }
            Value::List(l) => self.safe_seq(&l.snapshot(), "[", "]", limit, out, depth),
            Value::Tuple(t) => {
                if t.len() == 1 {
                    out.push('(');
                    self.safe_repr_into(&t[0], limit, out, depth + 1);
                    out.push_str(",)");
                } else {
                    self.safe_seq(&t.to_vec(), "(", ")", limit, out, depth)
                }
            }
            Value::Set(s) => {
                let items = s.items();
                if items.is_empty() {
                    out.push_str(if s.frozen { "frozenset()" } else { "set()" });
                } else {
                    self.safe_seq(&items, "{", "}", limit, out, depth)
                }
            }
            Value::Dict(d) => {
                out.push('{');
                for (i, (k, val)) in d.items().into_iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    if out.len() > limit * 2 {
                        out.push('…');
                        break;
                    }
                    self.safe_repr_into(&k, limit, out, depth + 1);
                    out.push_str(": ");
                    self.safe_repr_into(&val, limit, out, depth + 1);
                }
                out.push('}');
            }
            Value::Instance(i) => {
                if i.exc.is_some() {
                    let args = Vm::exc_args(v);
                    out.push_str(&i.class.name);
                    self.safe_seq(&args, "(", ")", limit, out, depth);
                } else {
                    out.push_str(&format!("<{} object>", i.class.name));
                }
            }
            Value::Future(f) => out.push_str(&short_future(f)),
            Value::Coroutine(c) => out.push_str(&format!("<coroutine {}>", c.qualname)),
            Value::Function(f) => out.push_str(&format!("<function {}>", f.qualname)),
            Value::Class(c) => out.push_str(&format!("<class '{}'>", c.name)),
            Value::Module(m) => out.push_str(&format!("<module '{}'>", m.name)),
            Value::Descriptor(d) => match &**d {
                Descriptor::DictView(..) => out.push_str("<dict view>"),
                _ => out.push_str("<descriptor>"),
            },
            other => {
                let tn = self.type_name(other);
                out.push_str(&format!("<{tn}>"));
            }
        }
    }

    fn safe_seq(&mut self, items: &[Value], open: &str, close: &str, limit: usize, out: &mut String, depth: u32) {
        out.push_str(open);
        for (i, it) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            if out.len() > limit * 2 {
                out.push('…');
                break;
            }
            self.safe_repr_into(it, limit, out, depth + 1);
        }
        out.push_str(close);
    }

    fn frame_view(&mut self, f: &Frame, running_top: bool) -> Option<FrameView> {
        if f.code.internal {
            return None;
        }
        // The statement being run (its first line), as line stepping shows it.
        let _ = running_top;
        let line = if f.line != 0 { f.line } else { f.current_line() };
        let mut locals = Vec::new();
        if !matches!(f.kind, FrameKind::Module) {
            for (name, val) in f.locals() {
                if name.starts_with('.') {
                    continue;
                }
                locals.push((name.clone(), Rc::from(self.safe_repr(&val, REPR_LIMIT).as_str())));
            }
        }
        let function: Text = match f.kind {
            FrameKind::Module => Rc::from("<module>"),
            _ => f.code.name.clone(),
        };
        Some(FrameView { function, line, locals })
    }

    /// The learner frames of a fiber, outermost first.
    pub fn fiber_view(&mut self, fiber: &Fiber, running: bool) -> Vec<FrameView> {
        let n = fiber.frames.len();
        let mut out = Vec::new();
        for (i, f) in fiber.frames.iter().enumerate() {
            if let Some(v) = self.frame_view(f, running && i + 1 == n) {
                out.push(v);
            }
        }
        out
    }

    /// The label shown: the task's current name, then the handle's text.
    fn shown_label(&self, h: &Handle) -> Text {
        match h.task.and_then(|id| self.aio.tasks.get(id as usize - 1)).and_then(|t| t.name()) {
            Some(n) => Rc::from(format!("{n} {}", h.label).as_str()),
            None => h.label.clone(),
        }
    }

    pub fn handle_view(&self, h: &Handle) -> HandleView {
        HandleView { task: h.task, label: self.shown_label(h) }
    }

    pub fn timer_view(&self, h: &Handle) -> TimerView {
        TimerView { when: h.when, task: h.task, label: self.shown_label(h) }
    }

    /// A task's state and stack as the visualizer shows them now.
    pub fn task_view(&mut self, t: &Rc<Future>) -> TaskView {
        let data = t.task().expect("a task");
        let is_current = self.aio.current_task.as_ref().map(|c| Rc::ptr_eq(c, t)).unwrap_or(false);
        let in_ready = data.in_ready.get() > 0;
        let state = match t.state.get() {
            FutState::Cancelled => TaskState::Cancelled,
            FutState::Finished if t.exception.borrow().is_some() => TaskState::Failed,
            FutState::Finished => TaskState::Done,
            FutState::Pending if is_current => TaskState::Running,
            FutState::Pending if !data.started.get() => TaskState::Scheduled,
            FutState::Pending if in_ready => TaskState::Ready,
            FutState::Pending => TaskState::Waiting,
        };
        let stack = if is_current {
            let fiber = std::mem::replace(&mut self.cur, Fiber::new(crate::vm::frame::FiberOwner::Nested));
            let v = self.fiber_view(&fiber, true);
            self.cur = fiber;
            v
        } else {
            let fiber = data.fiber.borrow_mut().take();
            match fiber {
                Some(fb) => {
                    let v = self.fiber_view(&fb, false);
                    *data.fiber.borrow_mut() = Some(fb);
                    v
                }
                None => match &data.coro {
                    Value::Coroutine(c) if c.state.get() == CoroState::Created => {
                        let fr = c.frame.borrow_mut().take();
                        match fr {
                            Some(f) => {
                                let v = self.frame_view(&f, false).map(|mut fv| {
                                    fv.line = f.code.first_line;
                                    vec![fv]
                                });
                                *c.frame.borrow_mut() = Some(f);
                                v.unwrap_or_default()
                            }
                            None => Vec::new(),
                        }
                    }
                    _ => Vec::new(),
                },
            }
        };
        let waiting_on = if state == TaskState::Waiting { Some(Rc::from(self.describe_wait(t).as_str())) } else { None };
        let result: Option<Text> = match state {
            TaskState::Done => {
                let r = t.result.borrow().clone();
                Some(Rc::from(self.safe_repr(&r, REPR_LIMIT).as_str()))
            }
            TaskState::Failed => {
                let e = t.exception.borrow().clone().unwrap_or(Value::None);
                Some(Rc::from(self.safe_repr(&e, REPR_LIMIT).as_str()))
            }
            _ => None,
        };
        let coro: Text = match &data.coro {
            // Tasks the prelude makes for async generators, named for
            // the learner rather than by their helper functions.
            Value::Coroutine(c) if c.code.internal && &*c.code.name == "_agen_awaitable" => Rc::from("async generator op"),
            Value::Coroutine(c) if c.code.internal && &*c.code.name == "_shutdown_asyncgens" => Rc::from("shutdown_asyncgens"),
            Value::Coroutine(c) => c.code.name.clone(),
            _ => Rc::from(""),
        };
        let internal = matches!(&data.coro, Value::Coroutine(c) if c.code.internal);
        TaskView { id: data.id, name: data.name(), coro, state, waiting_on, stack, result, internal }
    }

    /// Ready queue and timers of the loop that is running (or the last one
    /// that ran).
    pub fn capture_loop(&self) -> (Vec<HandleView>, Vec<TimerView>) {
        let loop_id = self.aio.running.or(self.aio.current).or_else(|| (self.aio.loops.len() as u32).checked_sub(1));
        let (ready, timers): (Vec<Rc<Handle>>, Vec<Rc<Handle>>) = match loop_id.and_then(|id| self.aio.loop_ref(id)) {
            Some(l) => (l.ready.iter().filter(|h| !h.cancelled.get()).cloned().collect(), l.sorted_timers()),
            None => (Vec::new(), Vec::new()),
        };
        let ready_views: Vec<HandleView> = ready.iter().map(|h| self.handle_view(h)).collect();
        let timer_views: Vec<TimerView> = timers.iter().map(|h| self.timer_view(h)).collect();
        (ready_views, timer_views)
    }
}

/// `<Task-2 pending>`-style short repr.
fn short_future(f: &Future) -> String {
    let state = match f.state.get() {
        FutState::Pending => "pending",
        FutState::Cancelled => "cancelled",
        FutState::Finished => "finished",
    };
    match f.name() {
        Some(n) => format!("<Task {n} {state}>"),
        None => format!("<Future {state}>"),
    }
}
