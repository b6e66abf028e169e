//! Flow: source → tokens → AST → **bytecode** → frames → event loop → recorded steps → view.
//!
//! AST → bytecode. One `Unit` per code object being compiled; statements
//! in `stmt.rs`, expressions in `expr.rs`, the unwinding of `try`/`with`/
//! loops for `return`/`break`/`continue` in `blocks.rs`. Constructs outside
//! the supported subset are refused here with a span.

pub mod code;
mod blocks;
mod defs;
mod expr;
mod stmt;
mod try_with;
pub mod symtable;

use crate::ast::{self, Expr, Stmt};
use crate::error::{CompileError, SyntaxError, Unsupported};
use crate::span::{LineIndex, Span};
use crate::value::Value;
use code::{Code, CodeKind, ExcEntry, Op};
use std::rc::Rc;
use symtable::{NameScope, ScopeKind, Symtable};

pub type CResult<T> = Result<T, CompileError>;

/// A jump target, resolved to an instruction index when the unit ends.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Label(u32);

/// An active exception handler while compiling.
#[derive(Clone, Copy, Debug)]
struct Handler {
    label: Label,
    depth: u32,
}

/// Blocks that `return`/`break`/`continue` must unwind through.
#[derive(Clone, Copy)]
struct FBlock<'a> {
    kind: FBlockKind<'a>,
    /// Handlers active outside the block.
    hlen: usize,
}

#[derive(Clone, Copy)]
enum FBlockKind<'a> {
    While { start: Label, end: Label },
    For { start: Label, end: Label },
    AsyncFor { start: Label, end: Label },
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of a `try` with a `finally`.
    FinallyTry { body: &'a [Stmt] },
    /// Inside a finally block run for an exception (prev_exc, exc on the stack).
    FinallyEnd,
    With { is_async: bool },
    /// Inside an `except` clause body (prev_exc on the stack); the name to
    /// clear on exit.
    HandlerCleanup { name: Option<&'a str> },
    /// A `return` value waiting under a finally body being run for it.
    PopValue,
}

struct Unit<'a> {
    scope: usize,
    kind: CodeKind,
    name: Rc<str>,
    qualname: Rc<str>,
    ops: Vec<Op>,
    lines: Vec<u32>,
    spans: Vec<Span>,
    handlers_of_ops: Vec<Option<Handler>>,
    consts: Vec<Value>,
    names: Vec<Rc<str>>,
    varnames: Vec<Rc<str>>,
    cellvars: Vec<Rc<str>>,
    freevars: Vec<Rc<str>>,
    labels: Vec<Option<u32>>,
    handlers: Vec<Handler>,
    fblocks: Vec<FBlock<'a>>,
    /// Stack depth at the current statement (for handler depths).
    depth: u32,
    span: Span,
    /// The line to mark on the next emitted instruction (a statement start).
    pending_start: u32,
    starts: Vec<u32>,
    first_line: u32,
    doc: Option<Rc<str>>,
}

pub struct Compiler<'a> {
    line_index: LineIndex,
    table: Symtable,
    units: Vec<Unit<'a>>,
    internal: bool,
    source_id: u32,
    /// (argcount, posonly, kwonly, *args, **kwargs) of function scopes.
    signatures: std::collections::HashMap<usize, (u32, u32, u32, bool, bool)>,
}

/// Options for one compilation.
#[derive(Clone, Copy, Debug, Default)]
pub struct CompileOptions {
    /// Library code (the asyncio prelude): not stepped, not shown.
    pub internal: bool,
    pub source_id: u32,
}

/// Parse and compile a whole program.
pub fn compile_source(source: &str, opts: CompileOptions) -> CResult<Rc<Code>> {
    let module = crate::parser::parse_module(source).map_err(|errors| match errors.first().and_then(|e| Some((crate::parser::refusal(e)?, e.span))) {
        Some((what, span)) => CompileError::Unsupported(Unsupported::new(what, span)),
        None => CompileError::Syntax(errors),
    })?;
    compile_module(&module, source, opts)
}

fn compile_module(module: &ast::Module, source: &str, opts: CompileOptions) -> CResult<Rc<Code>> {
    let table = symtable::build(module);
    let mut c = Compiler { line_index: LineIndex::new(source), table, units: Vec::new(), internal: opts.internal, source_id: opts.source_id, signatures: Default::default() };
    c.push_unit(0, CodeKind::Module, "<module>", "<module>", Span::new(0, 0));
    let doc = docstring(&module.body);
    c.units.last_mut().unwrap().doc = doc.clone();
    if Compiler::has_annotations(&module.body) {
        c.emit(Op::SetupAnnotations);
    }
    if let Some(d) = doc {
        // `__doc__ = "..."` first, as CPython does.
        let k = c.const_(Value::Str(d));
        c.emit(Op::LoadConst(k));
        let n = c.name_idx("__doc__");
        c.emit(Op::StoreGlobal(n));
        c.stmts(&module.body[1..])?;
    } else {
        c.stmts(&module.body)?;
    }
    let none = c.const_(Value::None);
    c.emit(Op::LoadConst(none));
    c.emit(Op::ReturnValue);
    Ok(c.pop_unit())
}

fn docstring(body: &[Stmt]) -> Option<Rc<str>> {
    if let Some(Stmt { kind: ast::StmtKind::Expr(Expr { kind: ast::ExprKind::Constant(ast::Constant::Str(s)), .. }), .. }) = body.first() {
        return Some(Rc::from(s.as_str()));
    }
    None
}

fn unsupported<T>(what: impl Into<String>, span: Span) -> CResult<T> {
    Err(CompileError::Unsupported(Unsupported::new(what, span)))
}

fn syntax_err<T>(msg: impl Into<String>, span: Span) -> CResult<T> {
    Err(CompileError::Syntax(vec![SyntaxError::syntax(msg, span)]))
}

impl<'a> Compiler<'a> {
    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("a unit is always open")
    }

    fn scope(&self) -> &symtable::Scope {
        &self.table.scopes[self.units.last().expect("unit").scope]
    }

    fn push_unit(&mut self, scope: usize, kind: CodeKind, name: &str, qualname: &str, span: Span) {
        let s = &self.table.scopes[scope];
        let varnames: Vec<Rc<str>> = if matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension) {
            s.local_names().iter().map(|n| Rc::from(n.as_str())).collect()
        } else {
            Vec::new()
        };
        let cellvars = s.cellvars.iter().map(|n| Rc::from(n.as_str())).collect();
        let freevars = s.freevars.iter().map(|n| Rc::from(n.as_str())).collect();
        let first_line = self.line_index.line(span.start);
        self.units.push(Unit {
            scope,
            kind,
            name: Rc::from(name),
            qualname: Rc::from(qualname),
            ops: Vec::new(),
            lines: Vec::new(),
            spans: Vec::new(),
            handlers_of_ops: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            varnames,
            cellvars,
            freevars,
            labels: Vec::new(),
            handlers: Vec::new(),
            fblocks: Vec::new(),
            depth: 0,
            span,
            pending_start: 0,
            starts: Vec::new(),
            first_line,
            doc: None,
        });
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("unit");
        let resolve = |l: u32| u.labels[l as usize].unwrap_or(u.ops.len() as u32);
        let ops: Vec<Op> = u
            .ops
            .iter()
            .map(|op| match *op {
                Op::Jump(l) => Op::Jump(resolve(l)),
                Op::PopJumpIfFalse(l) => Op::PopJumpIfFalse(resolve(l)),
                Op::PopJumpIfTrue(l) => Op::PopJumpIfTrue(resolve(l)),
                Op::PopJumpIfNone(l) => Op::PopJumpIfNone(resolve(l)),
                Op::PopJumpIfNotNone(l) => Op::PopJumpIfNotNone(resolve(l)),
                Op::JumpIfFalseOrPop(l) => Op::JumpIfFalseOrPop(resolve(l)),
                Op::JumpIfTrueOrPop(l) => Op::JumpIfTrueOrPop(resolve(l)),
                Op::ForIter(l) => Op::ForIter(resolve(l)),
                Op::Send(l) => Op::Send(resolve(l)),
                other => other,
            })
            .collect();
        // Exception table: runs of instructions with the same handler.
        let mut exc_table: Vec<ExcEntry> = Vec::new();
        for (i, h) in u.handlers_of_ops.iter().enumerate() {
            if let Some(h) = h {
                let target = resolve(h.label.0);
                match exc_table.last_mut() {
                    Some(e) if e.end == i as u32 && e.target == target && e.depth == h.depth => e.end += 1,
                    _ => exc_table.push(ExcEntry { start: i as u32, end: i as u32 + 1, target, depth: h.depth }),
                }
            }
        }
        let scope = &self.table.scopes[u.scope];
        let mut argcount = 0;
        let mut posonly = 0;
        let mut kwonly = 0;
        let mut varargs = false;
        let mut varkw = false;
        if let Some(sig) = self.signatures.get(&u.scope) {
            argcount = sig.0;
            posonly = sig.1;
            kwonly = sig.2;
            varargs = sig.3;
            varkw = sig.4;
        } else if scope.kind == ScopeKind::Comprehension {
            argcount = 1;
        }
        let cell_args = u
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| u.varnames.iter().position(|v| v == name).filter(|p| *p < scope.params.len()).map(|p| (ci as u32, p as u32)))
            .collect();
        Rc::new(Code {
            name: u.name,
            qualname: u.qualname,
            kind: u.kind,
            ops,
            lines: u.lines,
            spans: u.spans,
            starts: u.starts,
            consts: u.consts,
            names: u.names,
            varnames: u.varnames,
            cellvars: u.cellvars,
            freevars: u.freevars,
            cell_args,
            argcount,
            posonlyargcount: posonly,
            kwonlyargcount: kwonly,
            has_varargs: varargs,
            has_varkw: varkw,
            exc_table,
            first_line: u.first_line,
            internal: self.internal,
            source_id: self.source_id,
            doc: u.doc,
            stack_room: std::cell::Cell::new(4),
        })
    }

    // ----- emitting -------------------------------------------------------

    fn emit(&mut self, op: Op) -> usize {
        let line_index = &self.line_index;
        let u = self.units.last_mut().expect("unit");
        let line = line_index.line(u.span.start);
        u.ops.push(op);
        u.lines.push(line);
        u.spans.push(u.span);
        u.starts.push(std::mem::take(&mut u.pending_start));
        u.handlers_of_ops.push(u.handlers.last().copied());
        u.ops.len() - 1
    }

    fn new_label(&mut self) -> Label {
        let u = self.unit();
        u.labels.push(None);
        Label(u.labels.len() as u32 - 1)
    }

    fn bind(&mut self, l: Label) {
        let u = self.unit();
        u.labels[l.0 as usize] = Some(u.ops.len() as u32);
    }

    fn jump(&mut self, make: fn(u32) -> Op, l: Label) {
        self.emit(make(l.0));
    }

    /// Start guarding the following instructions with a handler at
    /// `label`, unwinding to the current depth (+ `extra`).
    fn push_handler(&mut self, label: Label, extra: u32) {
        let u = self.unit();
        let depth = u.depth + extra;
        u.handlers.push(Handler { label, depth });
    }

    fn pop_handler(&mut self) {
        self.unit().handlers.pop();
    }

    fn set_span(&mut self, span: Span) -> Span {
        let u = self.unit();
        std::mem::replace(&mut u.span, span)
    }

    fn const_(&mut self, v: Value) -> u32 {
        let u = self.unit();
        // Reuse simple equal constants.
        for (i, c) in u.consts.iter().enumerate() {
            let same = match (c, &v) {
                (Value::None, Value::None) => true,
                (Value::Bool(a), Value::Bool(b)) => a == b,
                (Value::Int(a), Value::Int(b)) => a == b,
                (Value::Str(a), Value::Str(b)) => a == b,
                (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
                _ => false,
            };
            if same {
                return i as u32;
            }
        }
        u.consts.push(v);
        u.consts.len() as u32 - 1
    }

    fn name_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|n| &**n == name) {
            return i as u32;
        }
        u.names.push(Rc::from(name));
        u.names.len() as u32 - 1
    }

    fn var_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.varnames.iter().position(|n| &**n == name) {
            return i as u32;
        }
        u.varnames.push(Rc::from(name));
        u.varnames.len() as u32 - 1
    }

    fn cell_idx(&mut self, name: &str) -> u32 {
        let u = self.unit();
        if let Some(i) = u.cellvars.iter().position(|n| &**n == name) {
            return i as u32;
        }
        if let Some(i) = u.freevars.iter().position(|n| &**n == name) {
            return (u.cellvars.len() + i) as u32;
        }
        u.freevars.push(Rc::from(name));
        (u.cellvars.len() + u.freevars.len() - 1) as u32
    }

    fn line_of(&self, span: Span) -> u32 {
        self.line_index.line(span.start)
    }

    // ----- names ------------------------------------------------------------

    fn load_name(&mut self, name: &str) {
        let scope = self.scope().lookup(name);
        let kind = self.scope().kind;
        match scope {
            NameScope::Local => {
                let i = self.var_idx(name);
                self.emit(Op::LoadFast(i));
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.cell_idx(name);
                if kind == ScopeKind::Class {
                    let n = self.name_idx(name);
                    let _ = n;
                    self.emit(Op::LoadClassDeref(i));
                } else {
                    self.emit(Op::LoadDeref(i));
                }
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let i = self.name_idx(name);
                if kind == ScopeKind::Class && scope == NameScope::GlobalImplicit {
                    self.emit(Op::LoadName(i));
                } else {
                    self.emit(Op::LoadGlobal(i));
                }
            }
            NameScope::Name => {
                let i = self.name_idx(name);
                if kind == ScopeKind::Module {
                    self.emit(Op::LoadGlobal(i));
                } else {
                    self.emit(Op::LoadName(i));
                }
            }
        }
    }

    fn store_name(&mut self, name: &str) {
        let scope = self.scope().lookup(name);
        let kind = self.scope().kind;
        match scope {
            NameScope::Local => {
                let i = self.var_idx(name);
                self.emit(Op::StoreFast(i));
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.cell_idx(name);
                self.emit(Op::StoreDeref(i));
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let i = self.name_idx(name);
                self.emit(Op::StoreGlobal(i));
            }
            NameScope::Name => {
                let i = self.name_idx(name);
                if kind == ScopeKind::Module {
                    self.emit(Op::StoreGlobal(i));
                } else {
                    self.emit(Op::StoreName(i));
                }
            }
        }
    }

    fn delete_name(&mut self, name: &str) {
        let scope = self.scope().lookup(name);
        let kind = self.scope().kind;
        match scope {
            NameScope::Local => {
                let i = self.var_idx(name);
                self.emit(Op::DeleteFast(i));
            }
            NameScope::Cell | NameScope::Free => {
                let i = self.cell_idx(name);
                self.emit(Op::DeleteDeref(i));
            }
            NameScope::GlobalExplicit | NameScope::GlobalImplicit => {
                let i = self.name_idx(name);
                self.emit(Op::DeleteGlobal(i));
            }
            NameScope::Name => {
                let i = self.name_idx(name);
                if kind == ScopeKind::Module {
                    self.emit(Op::DeleteGlobal(i));
                } else {
                    self.emit(Op::DeleteName(i));
                }
            }
        }
    }

    /// Qualified name for a child scope named `name`.
    fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        let s = &self.table.scopes[u.scope];
        match s.kind {
            ScopeKind::Module => name.to_string(),
            ScopeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    fn in_async_function(&self) -> bool {
        let u = self.units.last().expect("unit");
        self.table.scopes[u.scope].is_async
    }

    fn in_function(&self) -> bool {
        let u = self.units.last().expect("unit");
        matches!(self.table.scopes[u.scope].kind, ScopeKind::Function | ScopeKind::Comprehension)
    }
}
