//! `print()`, and writing the program's output at the current virtual
//! time (an executor job's output at the job's own clock).

use super::args::ArgParse;
use crate::value::*;
use crate::vm::{Flow, PyResult, Signal, Vm};

pub(super) fn print(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let sep = a.take_kw("sep");
    let end = a.take_kw("end");
    let file = a.take_kw("file");
    a.take_kw("flush");
    a.no_kw(vm, "print")?;
    let sep = match sep {
        None | Some(Value::None) => " ".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("sep must be None or a string, not {tn}"));
        }
    };
    let end = match end {
        None | Some(Value::None) => "\n".to_string(),
        Some(Value::Str(s)) => s.to_string(),
        Some(other) => {
            let tn = vm.type_name(&other);
            return vm.type_error(format!("end must be None or a string, not {tn}"));
        }
    };
    let mut out = String::new();
    for (i, v) in a.pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(&vm.str(v)?);
    }
    out.push_str(&end);
    let to_stderr = match &file {
        Some(Value::Native(_)) | Some(Value::Instance(_)) => crate::modules::is_stderr(&file),
        _ => false,
    };
    vm.write_out(&out, to_stderr)?;
    Ok(Value::None)
}

impl Vm {
    /// Write program output at the current (virtual) time.
    pub fn write_out(&mut self, s: &str, to_stderr: bool) -> PyResult<()> {
        if to_stderr {
            self.out.err(s);
            return Ok(());
        }
        if self.out.bytes + s.len() > self.limits.max_output_bytes {
            return Err(Flow::Signal(Signal::Limit(format!(
                "more than {} bytes of output",
                crate::format::group_thousands(self.limits.max_output_bytes as u64)
            ))));
        }
        match self.aio.worker_clock {
            Some(elapsed) => {
                let t = crate::aio::event_loop::round_ns(self.clock + elapsed);
                self.out.write_held(t, s);
            }
            None => {
                let t = self.clock;
                self.out.write(t, s);
            }
        }
        self.trace.output();
        Ok(())
    }
}
