//! Argument checking for native functions, with CPython's messages.

use crate::value::{Args, Value};
use crate::vm::{PyResult, Vm};
use std::rc::Rc;

pub trait ArgParse {
    /// Between `min` and `max` positional arguments, no keywords left.
    fn check(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()>;
    /// Remove and return a keyword argument.
    fn take_kw(&mut self, name: &str) -> Option<Value>;
    /// Fail if any keyword argument is left.
    fn no_kw(&self, vm: &Vm, name: &str) -> PyResult<()>;
    /// Positional argument `i` or keyword `name` (removed from keywords).
    fn get(&mut self, i: usize, name: &str) -> Option<Value>;
}

impl ArgParse for Args {
    fn check(&self, vm: &Vm, name: &str, min: usize, max: usize) -> PyResult<()> {
        self.no_kw(vm, name)?;
        let n = self.pos.len();
        if n >= min && n <= max {
            return Ok(());
        }
        let msg = if min == max {
            match min {
                0 => format!("{name}() takes no arguments ({n} given)"),
                1 => format!("{name}() takes exactly one argument ({n} given)"),
                _ => format!("{name} expected {min} arguments, got {n}"),
            }
        } else if n < min {
            format!("{name} expected at least {min} argument{}, got {n}", if min == 1 { "" } else { "s" })
        } else {
            format!("{name} expected at most {max} argument{}, got {n}", if max == 1 { "" } else { "s" })
        };
        vm.type_error(msg)
    }

    fn take_kw(&mut self, name: &str) -> Option<Value> {
        let i = self.kw.iter().position(|(k, _)| &**k == name)?;
        Some(self.kw.remove(i).1)
    }

    fn no_kw(&self, vm: &Vm, name: &str) -> PyResult<()> {
        if let Some((k, _)) = self.kw.first() {
            if name.contains('.') {
                return vm.type_error(format!("{name}() takes no keyword arguments"));
            }
            return vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
        }
        Ok(())
    }

    fn get(&mut self, i: usize, name: &str) -> Option<Value> {
        if let Some(v) = self.take_kw(name) {
            return Some(v);
        }
        self.pos.get(i).cloned()
    }
}

/// How a built-in checks its arguments, with CPython 3.11's wording for
/// each calling convention. Counts never include the receiver of a method
/// (`skip` leading positional arguments are left out).
#[derive(Clone, Copy, Debug)]
pub enum Sig<'a> {
    /// METH_NOARGS: `str.upper() takes no arguments (1 given)`.
    NoArgs(&'a str),
    /// METH_O: `list.append() takes exactly one argument (0 given)`.
    One(&'a str),
    /// Positional only, checked by `_PyArg_CheckPositional`:
    /// `replace expected at least 2 arguments, got 1`; keywords:
    /// `str.replace() takes no keyword arguments` (name, qualname, min, max).
    Pos(&'a str, &'a str, usize, usize),
    /// Positional only, checked by `PyArg_ParseTuple`:
    /// `count() takes at least 1 argument (0 given)` (name, qualname, min, max).
    Tuple(&'a str, &'a str, usize, usize),
    /// With keywords (`_PyArg_UnpackKeywords`).
    Kw(&'static KwSig),
    /// A function written in Python in CPython (json.dumps, random.randint):
    /// the interpreter's own messages.
    Py(&'static PySig),
}

/// The signature of a function CPython writes in Python: positional-or-
/// keyword `params` (the first `required` without defaults), then
/// keyword-only ones.
#[derive(Debug)]
pub struct PySig {
    /// The function's qualified name: `dumps`, `Random.randint`.
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub required: usize,
    pub kwonly: &'static [&'static str],
    /// CPython counts `self` (a bound method of a hidden instance).
    pub self_counted: bool,
    /// Unknown keywords go on to this function (`**kw`), which rejects them.
    pub kw_owner: Option<&'static str>,
}

/// A signature with keyword arguments: `params` lists positional-only
/// names first, then positional-or-keyword ones, then keyword-only ones.
#[derive(Debug)]
pub struct KwSig {
    pub name: &'static str,
    pub params: &'static [&'static str],
    pub posonly: usize,
    /// Required positional parameters.
    pub required: usize,
    /// Parameters that can be given by position.
    pub maxpos: usize,
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

impl Sig<'_> {
    /// Check the arguments after the first `skip` positional ones and bind
    /// them to the signature's parameters (absent ones are `None`).
    pub fn bind(&self, vm: &Vm, a: &Args, skip: usize) -> PyResult<Vec<Option<Value>>> {
        let pos = a.pos.get(skip..).unwrap_or(&[]);
        let n = pos.len();
        match *self {
            Sig::NoArgs(q) => {
                if !a.kw.is_empty() {
                    return vm.type_error(format!("{q}() takes no keyword arguments"));
                }
                if n != 0 {
                    return vm.type_error(format!("{q}() takes no arguments ({n} given)"));
                }
                Ok(Vec::new())
            }
            Sig::One(q) => {
                if !a.kw.is_empty() {
                    return vm.type_error(format!("{q}() takes no keyword arguments"));
                }
                if n != 1 {
                    return vm.type_error(format!("{q}() takes exactly one argument ({n} given)"));
                }
                Ok(vec![Some(pos[0].clone())])
            }
            Sig::Pos(name, q, min, max) => {
                if !a.kw.is_empty() {
                    return vm.type_error(format!("{q}() takes no keyword arguments"));
                }
                if n < min || n > max {
                    let msg = if min == max {
                        format!("{name} expected {min} argument{}, got {n}", plural(min))
                    } else if n < min {
                        format!("{name} expected at least {min} argument{}, got {n}", plural(min))
                    } else {
                        format!("{name} expected at most {max} argument{}, got {n}", plural(max))
                    };
                    return vm.type_error(msg);
                }
                Ok((0..max).map(|i| pos.get(i).cloned()).collect())
            }
            Sig::Tuple(name, q, min, max) => {
                if !a.kw.is_empty() {
                    return vm.type_error(format!("{q}() takes no keyword arguments"));
                }
                if n < min || n > max {
                    let (how, k) = if min == max {
                        ("exactly", min)
                    } else if n < min {
                        ("at least", min)
                    } else {
                        ("at most", max)
                    };
                    return vm.type_error(format!("{name}() takes {how} {k} argument{} ({n} given)", plural(k)));
                }
                Ok((0..max).map(|i| pos.get(i).cloned()).collect())
            }
            Sig::Kw(s) => s.bind(vm, pos, &a.kw),
            Sig::Py(s) => s.bind(vm, pos, &a.kw),
        }
    }
}

impl KwSig {
    fn bind(&self, vm: &Vm, pos: &[Value], kw: &[(Rc<str>, Value)]) -> PyResult<Vec<Option<Value>>> {
        let name = self.name;
        let n = pos.len();
        let maxargs = self.params.len();
        let find = |p: &str| kw.iter().find(|(k, _)| &**k == p).map(|(_, v)| v.clone());
        if n + kw.len() > maxargs {
            let kwd = if n == 0 { "keyword " } else { "" };
            return vm.type_error(format!("{name}() takes at most {maxargs} {kwd}argument{} ({} given)", plural(maxargs), n + kw.len()));
        }
        if n > self.maxpos {
            if self.maxpos == 0 {
                return vm.type_error(format!("{name}() takes no positional arguments"));
            }
            let how = if self.required < self.maxpos { "at most" } else { "exactly" };
            return vm.type_error(format!("{name}() takes {how} {} positional argument{} ({n} given)", self.maxpos, plural(self.maxpos)));
        }
        let minposonly = self.required.min(self.posonly);
        if n < minposonly {
            let how = if minposonly < self.maxpos { "at least" } else { "exactly" };
            return vm.type_error(format!("{name}() takes {how} {minposonly} positional argument{} ({n} given)", plural(minposonly)));
        }
        let mut out: Vec<Option<Value>> = (0..maxargs).map(|i| pos.get(i).cloned()).collect();
        let mut used = 0;
        for i in n.max(self.posonly)..maxargs {
            let v = find(self.params[i]);
            if v.is_some() {
                used += 1;
            } else if i < self.required {
                return vm.type_error(format!("{name}() missing required argument '{}' (pos {})", self.params[i], i + 1));
            }
            out[i] = v;
        }
        if used < kw.len() {
            for i in self.posonly..n {
                if find(self.params[i]).is_some() {
                    return vm.type_error(format!("argument for {name}() given by name ('{}') and position ({})", self.params[i], i + 1));
                }
            }
            for (k, _) in kw {
                let known = self.params[self.posonly..].iter().any(|p| *p == &**k);
                if !known {
                    return vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()"));
                }
            }
        }
        Ok(out)
    }
}

impl PySig {
    fn bind(&self, vm: &Vm, pos: &[Value], kw: &[(Rc<str>, Value)]) -> PyResult<Vec<Option<Value>>> {
        let name = self.name;
        let np = self.params.len();
        let mut out: Vec<Option<Value>> = (0..np + self.kwonly.len()).map(|i| if i < np { pos.get(i).cloned() } else { None }).collect();
        for (k, v) in kw {
            if let Some(i) = self.params.iter().position(|p| *p == &**k) {
                if i < pos.len() {
                    return vm.type_error(format!("{name}() got multiple values for argument '{k}'"));
                }
                out[i] = Some(v.clone());
            } else if let Some(i) = self.kwonly.iter().position(|p| *p == &**k) {
                out[np + i] = Some(v.clone());
            } else {
                let owner = self.kw_owner.unwrap_or(name);
                return vm.type_error(format!("{owner}() got an unexpected keyword argument '{k}'"));
            }
        }
        let extra = usize::from(self.self_counted);
        if pos.len() > np {
            let takes = if self.required < np {
                format!("from {} to {} positional arguments", self.required + extra, np + extra)
            } else {
                format!("{} positional argument{}", np + extra, plural(np + extra))
            };
            let given = pos.len() + extra;
            let was = if given == 1 { "was" } else { "were" };
            return vm.type_error(format!("{name}() takes {takes} but {given} {was} given"));
        }
        let missing: Vec<&str> = (0..self.required).filter(|i| out[*i].is_none()).map(|i| self.params[i]).collect();
        if !missing.is_empty() {
            let m = missing.len();
            let names = match m {
                1 => format!("'{}'", missing[0]),
                2 => format!("'{}' and '{}'", missing[0], missing[1]),
                _ => {
                    let head: Vec<String> = missing[..m - 1].iter().map(|n| format!("'{n}'")).collect();
                    format!("{}, and '{}'", head.join(", "), missing[m - 1])
                }
            };
            return vm.type_error(format!("{name}() missing {m} required positional argument{}: {names}", plural(m)));
        }
        Ok(out)
    }
}

impl Vm {
    /// Bind a method's arguments (the receiver, `a.pos[0]`, excluded).
    pub fn method_args<const N: usize>(&self, a: &Args, sig: Sig<'_>) -> PyResult<[Option<Value>; N]> {
        let v = sig.bind(self, a, 1)?;
        Ok(std::array::from_fn(|i| v.get(i).cloned().flatten()))
    }

    /// Bind a function's arguments.
    pub fn fn_args<const N: usize>(&self, a: &Args, sig: Sig<'_>) -> PyResult<[Option<Value>; N]> {
        let v = sig.bind(self, a, 0)?;
        Ok(std::array::from_fn(|i| v.get(i).cloned().flatten()))
    }
}
