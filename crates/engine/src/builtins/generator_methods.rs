//! Methods of generators and async generators (`send`, `throw`, `close`,
//! `__anext__`, `asend`, `athrow`, `aclose`).

use super::add_method;
use super::args::Sig;
use crate::value::*;
use crate::vm::generator::{AgenOpKind, GenOutcome};
use crate::vm::{Flow, PyResult, Vm};
use std::rc::Rc;

pub fn install(vm: &mut Vm) {
    let g = vm.types.generator.clone();
    add_method(&g, "send", gen_send);
    add_method(&g, "throw", gen_throw);
    add_method(&g, "close", gen_close);
    add_method(&g, "__next__", gen_next);
    add_method(&g, "__iter__", gen_iter);
    let ag = vm.types.iterators["async_generator"].clone();
    add_method(&ag, "__anext__", agen_anext);
    add_method(&ag, "__aiter__", gen_iter);
    add_method(&ag, "asend", agen_asend);
    add_method(&ag, "athrow", agen_athrow);
    add_method(&ag, "aclose", agen_aclose);
    for name in ["async_generator_asend", "async_generator_athrow"] {
        let c = vm.types.iterators[name].clone();
        add_method(&c, "_thrown_in", agen_op_thrown_in);
    }
}

fn this(vm: &Vm, a: &Args, want_async: bool) -> PyResult<Rc<Generator>> {
    match a.pos.first() {
        Some(Value::Generator(g)) if g.is_async() == want_async => Ok(g.clone()),
        _ => vm.type_error("descriptor requires a generator"),
    }
}

fn gen_iter(_vm: &mut Vm, a: Args) -> PyResult<Value> {
    Ok(a.pos.first().cloned().unwrap_or(Value::None))
}

fn gen_next(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(vm, &a, false)?;
    vm.gen_send(&g, Value::None)
}

fn gen_send(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(vm, &a, false)?;
    let rest = Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() };
    vm.fn_args::<1>(&rest, Sig::One("send"))?;
    vm.gen_send(&g, rest.pos[0].clone())
}

fn throw_exc(vm: &mut Vm, a: &Args, name: &str) -> PyResult<Value> {
    let rest = Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() };
    vm.fn_args::<3>(&rest, Sig::Pos(name, name, 1, 3))?;
    vm.throw_arg(rest.pos[0].clone(), rest.pos.get(1).cloned())
}

fn gen_throw(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(vm, &a, false)?;
    let exc = throw_exc(vm, &a, "throw")?;
    match vm.gen_throw(&g, exc)? {
        GenOutcome::Yielded(v) => Ok(v),
        GenOutcome::Returned(r) => Err(Flow::Exc(vm.stop_iteration(r))),
    }
}

fn gen_close(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(vm, &a, false)?;
    vm.fn_args::<0>(&Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() }, Sig::NoArgs("close"))?;
    vm.gen_close(&g)?;
    Ok(Value::None)
}

fn agen_anext(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(vm, &a, true)?;
    Ok(vm.agen_op(&g, AgenOpKind::Send(Value::None)))
}

fn agen_asend(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(vm, &a, true)?;
    let rest = Args { pos: a.pos[1..].to_vec(), kw: a.kw.clone() };
    vm.fn_args::<1>(&rest, Sig::One("asend"))?;
    Ok(vm.agen_op(&g, AgenOpKind::Send(rest.pos[0].clone())))
}

fn agen_athrow(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(vm, &a, true)?;
    let exc = throw_exc(vm, &a, "athrow")?;
    Ok(vm.agen_op(&g, AgenOpKind::Throw(exc)))
}

fn agen_aclose(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let g = this(vm, &a, true)?;
    Ok(vm.agen_op(&g, AgenOpKind::Close(None)))
}

/// The prelude's `op._thrown_in(exc)`: the awaitable that throws `exc`
/// into the generator instead (a task cancelled before it awaited `op`).
fn agen_op_thrown_in(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let exc = a.pos.get(1).cloned().unwrap_or(Value::None);
    match a.pos.first() {
        Some(Value::Native(n)) => match &**n {
            crate::aio::native::NativeObj::AgenOp(op) => {
                op.used.set(true);
                let kind = match &op.kind {
                    AgenOpKind::Close(_) => AgenOpKind::Close(Some(exc)),
                    AgenOpKind::Send(_) => AgenOpKind::ThrowRaw(exc),
                    _ => AgenOpKind::Throw(exc),
                };
                Ok(vm.agen_op(&op.agen, kind))
            }
            _ => vm.type_error("not an async generator awaitable"),
        },
        _ => vm.type_error("not an async generator awaitable"),
    }
}
