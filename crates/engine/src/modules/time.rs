//! `time`: every clock reads the virtual clock; `time.sleep` blocks the
//! loop by advancing it without yielding.

use super::fns;
use crate::builtins::args::ArgParse;
use crate::value::*;
use crate::vm::{PyResult, Vm};

/// The natives, then `prelude/time.py` (struct_time, localtime, gmtime,
/// strftime, ...).
pub fn module(vm: &mut Vm) -> PyResult<Value> {
    super::prelude::python_module(
        vm,
        "time",
        fns(
            &[
                ("sleep", sleep),
                ("time", now),
                ("monotonic", now),
                ("perf_counter", now),
                ("time_ns", now_ns),
                ("monotonic_ns", now_ns),
                ("perf_counter_ns", now_ns),
            ],
            "time",
        ),
    )
}

fn now(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "time", 0, 0)?;
    Ok(Value::Float(vm.now()))
}

fn now_ns(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "time_ns", 0, 0)?;
    Ok(Value::Int((vm.now() * 1e9).round() as i64))
}

fn sleep(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "sleep", 1, 1)?;
    let secs = match &a.pos[0] {
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) | Value::Float(_) => vm.to_f64(&a.pos[0])?,
        other => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"));
        }
    };
    if secs.is_nan() {
        return vm.value_error("Invalid value NaN (not a number)");
    }
    if secs < 0.0 {
        return vm.value_error("sleep length must be non-negative");
    }
    vm.block_for(secs);
    Ok(Value::None)
}

impl Vm {
    /// A blocking call: the clock moves, nothing else runs.
    pub fn block_for(&mut self, secs: f64) {
        match self.aio.worker_clock {
            Some(e) => {
                self.aio.worker_clock = Some(crate::aio::event_loop::round_ns(e + secs));
            }
            None => {
                let from = self.clock;
                self.clock = crate::aio::event_loop::round_ns(self.clock + secs);
                self.aio.blocked_for += secs;
                self.trace.blocked(from, self.clock);
            }
        }
    }
}
