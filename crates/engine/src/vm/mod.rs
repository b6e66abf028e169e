//! Flow: source → tokens → AST → bytecode → **frames** → event loop → recorded steps → view.
//!
//! The interpreter: runs code objects on fibers of heap frames.
//!
//! `exec.rs` holds the instruction loop, `call.rs` calls and argument
//! binding, `ops.rs` operators, `attr.rs` attributes, `iter.rs` iteration,
//! `exc.rs` exceptions, `repr.rs` str/repr, `hash.rs` hashing. Built-in
//! functions and types live in `crate::builtins`.

pub mod attr;
pub mod call;
pub mod compare;
pub mod coroutine;
pub mod exc;
pub mod exec;
pub mod excgroup;
pub mod frame;
pub mod generator;
pub mod hash;
pub mod iter;
pub mod ops;
pub mod output;
pub mod protocols;
pub mod repr;
pub mod subscript;
mod teardown;
mod variables;
pub mod suggest;
pub mod transfer;
pub mod types;

use crate::value::{AttrMap, Globals, Value, WarningSink};
use frame::{Fiber, FiberOwner};
use std::cell::RefCell;
use std::rc::Rc;
pub use types::Types;

/// Why normal execution stopped inside an operation.
#[derive(Debug, Clone)]
pub enum Flow {
    /// A Python exception (an exception instance).
    Exc(Value),
    /// Something only the driver can handle.
    Signal(Signal),
}

#[derive(Debug, Clone)]
pub enum Signal {
    /// `asyncio.run(coro)` / `loop.run_until_complete(x)` called by the
    /// program's main code: the driver runs the event loop and resumes the
    /// main fiber with the outcome.
    RunLoop(crate::aio::RunRequest),
    /// A run limit was reached (the message is the reason).
    Limit(String),
    /// `sys.exit(code)` — raised as SystemExit; this is its final form.
    Exit(i32),
    /// A construct Loopscope refuses (what it is, e.g. "anext() with a
    /// default"): the run ends with `UNSUPPORTED what (line N)`.
    Unsupported(String),
    /// An engine bug: reported, never a panic.
    Internal(String),
}

pub type PyResult<T> = Result<T, Flow>;

/// Limits on a run (PRODUCT.md §1.6).
#[derive(Clone, Debug)]
pub struct Limits {
    /// Operations one task may run without yielding to the loop. PRODUCT.md
    /// suggested 1,000,000, but reference program 18 (a tutorial CPU loop)
    /// runs about 1.2 million without yielding and CPython finishes it, so
    /// the default is 20,000,000 (about half a second of CPython's time).
    pub max_ops_without_yield: u64,
    pub max_virtual_time: f64,
    pub max_iterations: u64,
    pub max_output_bytes: usize,
    pub recursion_limit: usize,
    /// Rough cap on the size of one container (MemoryError past it).
    pub max_collection_len: usize,
    /// Tasks one run may create (LIMIT past it).
    pub max_tasks: usize,
    /// Nesting of native operations that recurse on the Rust stack
    /// (a call from native code, repr or comparison of nested
    /// containers): RecursionError past it. Each level uses native stack
    /// (several KB in release builds), so this bounds the stack a program
    /// can use whatever `sys.setrecursionlimit` says.
    pub max_native_depth: usize,
    /// Bytes of native (Rust) stack those nested operations may use, as
    /// measured from the outermost one: RecursionError past it, so deep
    /// nesting can never overflow the stack (the browser's is 1 MB, test
    /// threads' 2 MB, and debug builds use much more per level).
    pub max_native_stack: usize,
    /// Bytes the run's objects may take, all together (MemoryError past
    /// it; 0: no budget). Counted only where the binary installs
    /// `memory::Counting` as its allocator (the page and the CLI do).
    pub max_memory: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_ops_without_yield: 20_000_000,
            max_virtual_time: 86400.0,
            max_iterations: 2_000_000,
            max_output_bytes: 4 << 20,
            recursion_limit: 1000,
            max_collection_len: 10_000_000,
            max_tasks: 1_000_000,
            max_native_depth: 250,
            // Release builds use about 1 KB per nested repr and 5 KB per
            // call from native code; unoptimised builds ten times more,
            // so they get more of the 2 MB of a test thread.
            max_native_stack: if cfg!(all(debug_assertions, not(target_arch = "wasm32"))) { 1536 * 1024 } else { 512 * 1024 },
            // A browser tab's WebAssembly memory can grow to 4 GB, and
            // phones give much less: 1 GB of objects is well past any
            // tutorial's needs and leaves the page room.
            max_memory: 1 << 30,
        }
    }
}

/// A source the code objects refer to (the program, the prelude).
#[derive(Debug)]
pub struct Source {
    pub name: String,
    pub text: Rc<str>,
    pub lines: crate::span::LineIndex,
}

pub struct Vm {
    /// The running fiber.
    pub cur: Fiber,
    /// Frames below the current fiber (nested runs, the loop machinery),
    /// counted against the recursion limit.
    pub depth_base: usize,
    pub builtins: Globals,
    pub types: Types,
    /// Imported modules by name.
    pub modules: AttrMap,
    pub main_globals: Globals,
    pub out: output::Output,
    /// The virtual clock, in seconds.
    pub clock: f64,
    pub warnings: WarningSink,
    /// Coroutines reported as never awaited, in the order reported.
    pub never_awaited: Vec<Rc<str>>,
    /// Code of generator functions decorated with `@types.coroutine`: their
    /// generators may be awaited.
    pub iterable_coroutines: Vec<Rc<crate::compiler::code::Code>>,
    /// Generators dropped while suspended, to finalize.
    pub finalize: crate::value::FinalizeSink,
    /// Async generators first iterated under a loop (`loop._asyncgens`).
    pub asyncgens: Vec<std::rc::Weak<crate::value::Generator>>,
    /// Generator-function generators that have started (see
    /// `finalize_at_exit`).
    pub started_gens: Vec<std::rc::Weak<crate::value::Generator>>,
    pub random: crate::pyrandom::Random,
    pub aio: crate::aio::Runtime,
    pub sources: Vec<Source>,
    pub limits: Limits,
    /// Instructions left in the current slice (the driver refills it).
    pub budget: i64,
    /// Total instructions run.
    pub ops_total: u64,
    /// Set after stopping before a line: the next instruction runs without
    /// stopping again.
    pub(crate) skip_line_stop: bool,
    /// Stop before each new line of learner code (line stepping).
    pub stop_at_lines: bool,
    pub trace: crate::aio::events::Tracer,
    /// Stable fake addresses / identity hashes, in order of first use.
    pub addr_ids: std::collections::HashMap<usize, u64>,
    /// Containers being repr'd (to print `[...]` for cycles).
    pub repr_stack: Vec<usize>,
    /// Nested native operations in progress (see `Limits::max_native_depth`).
    pub native_depth: usize,
    /// `sys.get_int_max_str_digits()` (0: no limit); the driver puts it in
    /// force whenever this VM runs (`format::set_int_digits_limit`).
    pub int_max_str_digits: usize,
    /// Stack position of the outermost native operation in progress.
    pub native_stack_base: usize,
    /// Bytes held when the VM was made (the page's own), not the run's.
    pub memory_base: usize,
    /// A MemoryError was raised and memory has not gone back under budget.
    pub memory_grace: bool,
    /// State of the standard modules (random.Random instances, ...).
    pub ext: crate::modules::ModState,
}

impl Vm {
    pub fn new() -> Vm {
        let types = Types::new();
        let builtins: Globals = Rc::new(RefCell::new(crate::value::new_attrmap()));
        let main_globals: Globals = Rc::new(RefCell::new(crate::value::new_attrmap()));
        let mut vm = Vm {
            cur: Fiber::new(FiberOwner::Main),
            depth_base: 0,
            builtins,
            types,
            modules: crate::value::new_attrmap(),
            main_globals,
            out: output::Output::default(),
            clock: 0.0,
            warnings: Rc::new(RefCell::new(Vec::new())),
            never_awaited: Vec::new(),
            iterable_coroutines: Vec::new(),
            finalize: Rc::new(RefCell::new(Vec::new())),
            asyncgens: Vec::new(),
            started_gens: Vec::new(),
            random: crate::pyrandom::Random::new(),
            aio: crate::aio::Runtime::default(),
            sources: Vec::new(),
            limits: Limits::default(),
            budget: i64::MAX,
            ops_total: 0,
            skip_line_stop: false,
            stop_at_lines: false,
            trace: crate::aio::events::Tracer::default(),
            addr_ids: std::collections::HashMap::new(),
            repr_stack: Vec::new(),
            native_depth: 0,
            int_max_str_digits: crate::format::INT_MAX_STR_DIGITS,
            native_stack_base: 0,
            memory_base: crate::memory::in_use(),
            memory_grace: false,
            ext: Default::default(),
        };
        crate::builtins::install(&mut vm);
        {
            let mut g = vm.main_globals.borrow_mut();
            g.insert(Rc::from("__name__"), Value::str("__main__"));
            g.insert(Rc::from("__doc__"), Value::None);
        }
        vm
    }

    pub fn add_source(&mut self, name: &str, text: &str) -> u32 {
        self.sources.push(Source { name: name.to_string(), text: Rc::from(text), lines: crate::span::LineIndex::new(text) });
        self.sources.len() as u32 - 1
    }

    /// Depth of Python frames, as the recursion limit counts them.
    pub fn depth(&self) -> usize {
        self.depth_base + self.cur.frames.len() + self.native_depth
    }

    /// Enter a native operation that may recurse (`what` ends the
    /// RecursionError message: " while getting the repr of an object").
    /// Pair with `leave_native`.
    pub fn enter_native(&mut self, what: &str) -> PyResult<()> {
        let here = stack_position();
        if self.native_depth == 0 {
            self.native_stack_base = here;
        }
        let used = self.native_stack_base.abs_diff(here);
        if self.native_depth >= self.limits.max_native_depth || used > self.limits.max_native_stack || self.depth() + 1 > self.limits.recursion_limit {
            return self.err("RecursionError", format!("maximum recursion depth exceeded{what}"));
        }
        self.native_depth += 1;
        Ok(())
    }

    /// The budget now: after a MemoryError the program gets some room to
    /// handle it (an `except MemoryError:` that drops the big list), as
    /// CPython's handler runs in the memory freed by the failed request.
    fn memory_limit(&self) -> usize {
        self.limits.max_memory + if self.memory_grace { self.limits.max_memory / 16 } else { 0 }
    }

    /// True when the run's objects take more than the budget (checked
    /// between instructions).
    pub fn over_memory(&mut self) -> bool {
        if self.limits.max_memory == 0 {
            return false;
        }
        let used = crate::memory::in_use().saturating_sub(self.memory_base);
        if self.memory_grace && used < self.limits.max_memory {
            self.memory_grace = false;
        }
        used > self.memory_limit()
    }

    /// MemoryError if the run is over its memory budget, or would be with
    /// `more` bytes (before building a big container).
    pub fn check_memory(&mut self, more: usize) -> PyResult<()> {
        let used = crate::memory::in_use().saturating_sub(self.memory_base);
        if self.limits.max_memory != 0 && used.saturating_add(more) > self.memory_limit() {
            self.memory_grace = true;
            return self.err("MemoryError", "");
        }
        Ok(())
    }

    pub fn leave_native(&mut self) {
        self.native_depth = self.native_depth.saturating_sub(1);
    }
}

/// An address on the current stack (to measure how much is in use).
#[inline(never)]
fn stack_position() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

impl Default for Vm {
    fn default() -> Self {
        Vm::new()
    }
}
