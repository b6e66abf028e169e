//! Frames and fibers. Execution state lives here, on the heap — never on
//! the Rust call stack — so any frame can be suspended at an `await` or a
//! line boundary and resumed later.

use crate::compiler::code::Code;
use crate::value::{Coroutine, Generator, Globals, Instance, Value};
use std::cell::RefCell;
use std::rc::Rc;

/// What happens to a frame's return value.
#[derive(Debug, Clone)]
pub enum FrameKind {
    /// A plain call: the value is pushed on the caller's stack.
    Call,
    /// `Class(...)` running `__init__`: the return value must be None; the
    /// instance is pushed instead.
    Init(Rc<Instance>),
    /// The frame of a coroutine: when it returns the coroutine finishes,
    /// and the value is pushed on the awaiting frame's stack.
    Coroutine(Rc<Coroutine>),
    /// A generator frame resumed by `ForIter` (on exhaustion, the caller
    /// jumps to `exit`) or by `next()` (nested run).
    Generator(Rc<Generator>, GenResume),
    /// Module code.
    Module,
    /// A class body: on return, the namespace becomes the class.
    ClassBody(Rc<ClassBuild>),
}

/// What a class statement is building while its body runs.
#[derive(Debug)]
pub struct ClassBuild {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub bases: Vec<Rc<crate::value::Class>>,
    pub module: Rc<str>,
}

#[derive(Debug, Clone, Copy)]
pub enum GenResume {
    ForIter { exit: u32 },
    /// Resumed on a nested fiber (`next()`, `send()`, `throw()`, `close()`).
    Next,
    /// Resumed by `yield from` in the frame below: a yielded value goes on
    /// its stack; the return value replaces the iterator, then `exit`.
    Send { exit: u32 },
    /// An async generator resumed by an awaited `asend()` / `athrow()`:
    /// a yielded value is the await's result; returning raises
    /// StopAsyncIteration in the awaiting frame.
    AsyncSend,
    /// An async generator resumed by an awaited `aclose()`.
    AsyncClose,
    /// An awaitable's `__await__` generator (or one it delegates to with
    /// `yield from`) running inline on the awaiting task's fiber: a value
    /// it yields goes to the task, as an awaited future's does; its return
    /// value is the await's result.
    Await,
}

/// One activation.
#[derive(Debug)]
pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: usize,
    pub stack: Vec<Value>,
    pub fast: Vec<Value>,
    pub cells: Vec<Rc<RefCell<Value>>>,
    pub globals: Globals,
    /// Module and class-body frames: the namespace names are stored in.
    /// For module frames it is the globals themselves.
    pub namespace: Option<Globals>,
    pub kind: FrameKind,
    /// The line the frame last reported (0 before its first line).
    pub line: u32,
    /// Pending keyword names for the next `Call`.
    pub kwnames: Option<Rc<crate::value::Tuple>>,
}

impl Frame {
    /// Moves out the values it holds (its stack, locals and cells).
    pub fn take_values(&mut self, into: &mut Vec<Value>) {
        into.append(&mut self.stack);
        into.append(&mut self.fast);
        into.extend(std::mem::take(&mut self.cells).into_iter().map(Value::Cell));
    }
}

impl Drop for Frame {
    fn drop(&mut self) {
        let room = self.stack.capacity() as u32;
        if room > self.code.stack_room.get() {
            self.code.stack_room.set(room);
        }
        let mut values = Vec::new();
        self.take_values(&mut values);
        if !values.is_empty() {
            crate::value::drop_values(values);
        }
    }
}

impl Frame {
    pub fn new(code: Rc<Code>, globals: Globals, kind: FrameKind) -> Frame {
        let fast = vec![Value::Null; code.varnames.len()];
        Frame::with_locals(code, globals, kind, fast)
    }

    /// A frame whose fast locals are already bound (a function call's).
    pub fn with_locals(code: Rc<Code>, globals: Globals, kind: FrameKind, fast: Vec<Value>) -> Frame {
        let ncells = code.cellvars.len() + code.freevars.len();
        let stack = Vec::with_capacity(code.stack_room.get() as usize);
        Frame {
            code,
            pc: 0,
            stack,
            fast,
            cells: (0..ncells).map(|_| Rc::new(RefCell::new(Value::Null))).collect(),
            globals,
            namespace: None,
            kind,
            line: 0,
            kwnames: None,
        }
    }

    /// The source line of the instruction about to run (or that is
    /// suspended: an awaiting frame's pc points past its `Await`).
    pub fn current_line(&self) -> u32 {
        let pc = if self.pc > 0 { self.pc - 1 } else { 0 };
        self.code.line_at(pc)
    }

    /// Local variables that are bound, by name, in definition order
    /// (fast locals then cells), for display.
    pub fn locals(&self) -> Vec<(Rc<str>, Value)> {
        let mut out = Vec::new();
        for (i, name) in self.code.varnames.iter().enumerate() {
            if let Some(v) = self.fast.get(i) {
                if !v.is_null() {
                    out.push((name.clone(), v.clone()));
                }
            }
        }
        let cellnames = self.code.cellvars.iter().chain(self.code.freevars.iter());
        for (i, name) in cellnames.enumerate() {
            if let Some(cell) = self.cells.get(i) {
                let v = cell.borrow().clone();
                if !v.is_null() && !out.iter().any(|(n, _)| n == name) {
                    out.push((name.clone(), v));
                }
            }
        }
        out
    }
}

/// Who a fiber runs for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FiberOwner {
    /// The program's module code.
    Main,
    /// A task (by its id).
    Task(u32),
    /// A callback run by the event loop (`call_soon(f)`).
    Callback,
    /// A synchronous call made by built-in code (a `key=` function,
    /// `__repr__`, ...): runs to completion without suspending.
    Nested,
}

/// A stack of frames that runs until it returns or suspends: the main
/// program, a task's coroutine chain, or a callback.
#[derive(Debug)]
pub struct Fiber {
    pub frames: Vec<Frame>,
    /// The exception being handled (`sys.exc_info()`), for bare `raise`
    /// and implicit chaining.
    pub handled: Option<Value>,
    pub owner: FiberOwner,
    /// Operations run since the fiber last yielded to the loop.
    pub ops_since_yield: u64,
}

impl Fiber {
    pub fn new(owner: FiberOwner) -> Fiber {
        Fiber { frames: Vec::new(), handled: None, owner, ops_since_yield: 0 }
    }

    pub fn is_empty(&self) -> bool {
        self.frames.is_empty()
    }

    /// Pushes a frame. A suspended task's fiber mostly holds one or two
    /// frames, so its room grows 1, 2, 4, ... (not straight to four):
    /// 100,000 sleeping tasks keep 29 MB less.
    pub fn push(&mut self, frame: Frame) {
        let cap = self.frames.capacity();
        if self.frames.len() == cap && cap < 4 {
            self.frames.reserve_exact(cap.max(1));
        }
        self.frames.push(frame);
    }
}
