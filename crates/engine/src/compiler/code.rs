//! Code objects: the bytecode of one function, module, class body or
//! comprehension, with its line table and exception table. Modelled on
//! CPython 3.11's code objects (a value stack, fast locals, cells, and an
//! exception table instead of a block stack).

use crate::ast::{BinOp, CmpOp, UnaryOp};
use crate::span::Span;
use crate::value::Value;
use std::rc::Rc;

/// One instruction. Operands are indices into the code's tables
/// (`consts`, `names`, `varnames`, cells) or jump targets (instruction
/// indices).
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Op {
    Nop,
    Pop,
    /// Push a copy of the n-th item from the top (1 = top).
    Copy(u32),
    /// Swap the top with the n-th item from the top (n >= 2).
    Swap(u32),
    PushNull,

    LoadConst(u32),
    LoadFast(u32),
    StoreFast(u32),
    DeleteFast(u32),
    /// Cells are numbered cellvars first, then freevars.
    LoadDeref(u32),
    StoreDeref(u32),
    DeleteDeref(u32),
    /// Push the cell object itself (to build a closure).
    LoadClosure(u32),
    /// In a class body: the class namespace first, then the cell.
    LoadClassDeref(u32),
    LoadGlobal(u32),
    StoreGlobal(u32),
    DeleteGlobal(u32),
    /// Module/class-body scope: the frame's namespace, globals, builtins.
    LoadName(u32),
    StoreName(u32),
    DeleteName(u32),

    LoadAttr(u32),
    StoreAttr(u32),
    DeleteAttr(u32),
    /// Pushes `[method, self]` for an unbound method found on the type, or
    /// `[NULL, attribute]` otherwise; `Call` handles both.
    LoadMethod(u32),
    /// Look up a special method on the type of TOS (for `with`): replaces
    /// TOS with the bound method; AttributeError-like TypeError if missing.
    LoadSpecial(SpecialMethod),
    BinarySubscr,
    StoreSubscr,
    DeleteSubscr,
    /// Build a slice from 2 or 3 stack items.
    BuildSlice(u32),

    Binary(BinOp),
    Inplace(BinOp),
    Unary(UnaryOp),
    Compare(CmpOp),

    BuildTuple(u32),
    BuildList(u32),
    BuildSet(u32),
    /// A display of 3+ constants (`{'a', 'b', 'c'}`): CPython folds it
    /// into a frozenset constant (rebuilt in its own iteration order when
    /// the code object is made) and merges that into a new set; the
    /// element order follows from that.
    BuildConstSet(u32),
    /// n key/value pairs.
    BuildMap(u32),
    /// Concatenate n strings (f-strings).
    BuildString(u32),
    /// Append TOS to the list at stack depth n (below TOS), popping TOS.
    ListAppend(u32),
    SetAdd(u32),
    /// Pop value, key; insert into the dict at depth n.
    MapAdd(u32),
    ListExtend(u32),
    SetUpdate(u32),
    DictUpdate(u32),
    /// Like DictUpdate but rejects duplicate keys (for `**` in calls).
    DictMerge(u32),
    ListToTuple,
    /// Format TOS for an f-string: flags = conversion (0 none, 1 !s, 2 !r,
    /// 3 !a) | 4 if a format spec is on the stack above the value.
    FormatValue(u32),

    UnpackSequence(u32),
    /// `a, *b, c = ...`: (count before star, count after star).
    UnpackEx(u32, u32),

    Jump(u32),
    PopJumpIfFalse(u32),
    PopJumpIfTrue(u32),
    PopJumpIfNone(u32),
    PopJumpIfNotNone(u32),
    JumpIfFalseOrPop(u32),
    JumpIfTrueOrPop(u32),

    GetIter,
    /// TOS is an iterator: push its next value, or pop it and jump.
    ForIter(u32),
    /// TOS: an async iterable → its async iterator (`__aiter__`).
    GetAIter,
    /// Push the awaitable for the next item of the async iterator at TOS.
    GetANext,
    /// Async for: at the end of iteration (StopAsyncIteration raised by the
    /// awaited `__anext__`), pop the iterator and jump. Installed as a
    /// handler target by the compiler.
    EndAsyncFor,

    /// argc positional arguments; stack: callable-or-NULL, self-or-callable,
    /// args. With a preceding `KwNames`, the last names.len() args are
    /// keyword arguments.
    Call(u32),
    /// The const index of a tuple of keyword names for the next `Call`.
    KwNames(u32),
    /// Stack: NULL/callable, callable/self, args tuple, [kwargs dict] (flag 1).
    CallEx(u32),
    /// flags: 1 defaults tuple, 2 kw-defaults dict, 8 closure tuple; the code
    /// object is TOS.
    MakeFunction(u32),
    /// Stack: function (class body), name, bases tuple, [keywords dict if
    /// flag 1] → calls the body in a new namespace and builds the class.
    BuildClass(u32),
    ReturnValue,

    /// TOS must be awaitable: a coroutine, a Future/Task, or an object
    /// whose `__await__` gives one. Error if not (`object int can't be used
    /// in 'await' expression`). Flag: 0 plain await, 1 `__aenter__`,
    /// 2 `__aexit__` (for messages).
    GetAwaitable(u32),
    /// Await TOS: run a coroutine inline, or suspend the task on a pending
    /// future; leaves the result on the stack.
    Await,
    /// Yield TOS from a generator frame; resumed, the sent value is on
    /// the stack.
    YieldValue,
    /// `yield from`: TOS → an iterator (generators are kept as they are;
    /// a coroutine is refused).
    GetYieldFromIter,
    /// `yield from` step: stack `iter, value` → send `value` into `iter`.
    /// If it yields `y`: stack `iter, y` (the next op yields it). If it
    /// returns `r`: stack `r`, jump to the target.
    Send(u32),

    /// Raise: 0 = re-raise the handled exception, 1 = TOS, 2 = TOS1 from TOS.
    Raise(u32),
    /// Re-raise TOS (keeps its traceback).
    Reraise,
    /// Exception handler prologue: TOS exc → push previous handled
    /// exception below it and make TOS the handled exception.
    PushExcInfo,
    /// Pop the saved previous exception and restore it as handled.
    PopExcept,
    /// TOS type(s), TOS1 exception: push bool (does not pop the exception).
    CheckExcMatch,
    /// `except*`: TOS type, TOS1 exception group: pushes (rest, match).
    CheckEgMatch,
    /// `except*` end: combine raised/unhandled parts and re-raise.
    PrepReraiseStar,
    LoadAssertionError,

    /// `import a.b.c` (name index): push the top-level module (or `a.b.c`
    /// itself when arg 1: for `import a.b as x`).
    ImportName(u32, u32),
    /// `from m import name`: TOS is the module; push the attribute.
    ImportFrom(u32),

    /// Module or class body with annotations: make `__annotations__`.
    SetupAnnotations,
    /// `with` exception path: stack `exit_func, ctx, prev_exc, exc` →
    /// calls `exit_func(ctx, type(exc), exc, tb)` and pushes its result.
    WithExceptStart,
}

/// Special methods looked up on the type (never the instance).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SpecialMethod {
    Enter,
    Exit,
    AEnter,
    AExit,
}

impl SpecialMethod {
    pub fn name(self) -> &'static str {
        match self {
            SpecialMethod::Enter => "__enter__",
            SpecialMethod::Exit => "__exit__",
            SpecialMethod::AEnter => "__aenter__",
            SpecialMethod::AExit => "__aexit__",
        }
    }
}

/// Which kind of body a code object holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Function,
    /// `async def`: calling it makes a coroutine object.
    AsyncFunction,
    Lambda,
    ClassBody,
    /// List/set/dict comprehension: called at once, returns the collection.
    Comprehension,
    /// Generator expression: calling it makes a generator object.
    GeneratorExp,
    /// `def` with `yield`: calling it makes a generator object.
    Generator,
    /// `async def` with `yield`: calling it makes an async generator.
    AsyncGenerator,
}

/// A region of instructions guarded by a handler.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub target: u32,
    /// Stack depth to unwind to before pushing the exception.
    pub depth: u32,
}

/// A compiled body.
#[derive(Debug)]
pub struct Code {
    pub name: Rc<str>,
    pub qualname: Rc<str>,
    pub kind: CodeKind,
    pub ops: Vec<Op>,
    /// The 1-based source line of each instruction.
    pub lines: Vec<u32>,
    /// The source span of each instruction (for tracebacks/underlines).
    pub spans: Vec<Span>,
    /// For the first instruction of each statement (and each loop head):
    /// the statement's line, where a line step stops. 0 elsewhere.
    pub starts: Vec<u32>,
    pub consts: Vec<Value>,
    pub names: Vec<Rc<str>>,
    /// Fast locals: parameters first, in signature order.
    pub varnames: Vec<Rc<str>>,
    pub cellvars: Vec<Rc<str>>,
    pub freevars: Vec<Rc<str>>,
    /// For each cellvar that is also a parameter: (cell index, arg index).
    pub cell_args: Vec<(u32, u32)>,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    pub exc_table: Vec<ExcEntry>,
    pub first_line: u32,
    /// Loopscope's own library code (the asyncio prelude): its lines are
    /// not stepped into and not shown as the learner's code.
    pub internal: bool,
    /// Which source the code came from (0 = the learner's program).
    pub source_id: u32,
    /// The docstring, if any.
    pub doc: Option<Rc<str>>,
    /// The value-stack room its frames start with: 4 slots, raised to
    /// what an earlier frame of this code grew to (see `Frame`'s drop).
    pub stack_room: std::cell::Cell<u32>,
}

impl Code {
    /// Number of parameters that occupy fast-local slots.
    pub fn total_args(&self) -> usize {
        (self.argcount + self.kwonlyargcount) as usize
            + self.has_varargs as usize
            + self.has_varkw as usize
    }

    /// The innermost handler guarding instruction `pc`.
    pub fn handler_for(&self, pc: u32) -> Option<ExcEntry> {
        // Entries are emitted innermost-first for overlapping ranges; the
        // compiler never emits partially overlapping ranges.
        self.exc_table.iter().copied().find(|e| e.start <= pc && pc < e.end)
    }

    pub fn line_at(&self, pc: usize) -> u32 {
        self.lines.get(pc).copied().unwrap_or(self.first_line)
    }

    pub fn is_async(&self) -> bool {
        self.kind == CodeKind::AsyncFunction
    }

    /// Does calling it make a generator (or async generator) object?
    pub fn is_generator(&self) -> bool {
        matches!(self.kind, CodeKind::GeneratorExp | CodeKind::Generator | CodeKind::AsyncGenerator)
    }
}

impl Code {
    /// A readable listing of the bytecode (for debugging the compiler).
    pub fn disassemble(&self) -> String {
        let mut out = format!("== {} ({:?})\n", self.qualname, self.kind);
        for (i, op) in self.ops.iter().enumerate() {
            let start = if self.starts[i] != 0 { format!("{:>4}", self.starts[i]) } else { "    ".to_string() };
            out.push_str(&format!("{start} {i:>4} {op:?}"));
            match op {
                Op::LoadConst(c) => out.push_str(&format!("  ; {:?}", self.consts.get(*c as usize))),
                Op::LoadGlobal(n) | Op::StoreGlobal(n) | Op::LoadName(n) | Op::StoreName(n) | Op::LoadAttr(n) | Op::StoreAttr(n) | Op::LoadMethod(n) => {
                    out.push_str(&format!("  ; {}", self.names.get(*n as usize).map(|s| &**s).unwrap_or("?")))
                }
                Op::LoadFast(n) | Op::StoreFast(n) | Op::DeleteFast(n) => {
                    out.push_str(&format!("  ; {}", self.varnames.get(*n as usize).map(|s| &**s).unwrap_or("?")))
                }
                _ => {}
            }
            out.push('\n');
        }
        for e in &self.exc_table {
            out.push_str(&format!("  handler {}..{} -> {} depth {}\n", e.start, e.end, e.target, e.depth));
        }
        for c in &self.consts {
            if let Value::Code(inner) = c {
                out.push_str(&inner.disassemble());
            }
        }
        out
    }
}
