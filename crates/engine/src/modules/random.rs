//! `random`, bit for bit CPython's (see `crate::pyrandom`).

use super::{fns, new_module};
use crate::builtins::args::{ArgParse, PySig, Sig};
use crate::value::*;
use crate::vm::ops::value_to_big;
use crate::vm::{PyResult, Vm};
use num_bigint::BigInt;

pub fn module(vm: &mut Vm) -> Value {
    let mut items = fns(
            &[
                ("seed", seed),
                ("random", random),
                ("uniform", uniform),
                ("randint", randint),
                ("randrange", randrange),
                ("choice", choice),
                ("choices", choices),
                ("shuffle", shuffle),
                ("sample", sample),
                ("gauss", gauss),
                ("normalvariate", normalvariate),
                ("expovariate", expovariate),
                ("triangular", triangular),
                ("betavariate", betavariate),
                ("gammavariate", gammavariate),
                ("getrandbits", getrandbits),
            ],
            "random",
        );
    items.push(("Random", Value::Class(random_class(vm))));
    new_module("random", items)
}

/// `random.Random`: instances with their own generator (kept in
/// `vm.ext.randoms`); each method runs the module function with the
/// instance's generator swapped in.
fn random_class(vm: &mut Vm) -> std::rc::Rc<Class> {
    if let Some(c) = vm.ext.classes.get("random.Random") {
        return c.clone();
    }
    let c = crate::vm::types::new_class("Random", "random", std::slice::from_ref(&vm.types.object), None, BuiltinType::Object);
    let methods: &[(&str, NativeFn)] = &[
        ("__init__", r_init),
        ("seed", r_seed),
        ("random", r_random),
        ("uniform", r_uniform),
        ("randint", r_randint),
        ("randrange", r_randrange),
        ("choice", r_choice),
        ("choices", r_choices),
        ("shuffle", r_shuffle),
        ("sample", r_sample),
        ("gauss", r_gauss),
        ("normalvariate", r_normalvariate),
        ("expovariate", r_expovariate),
        ("triangular", r_triangular),
        ("betavariate", r_betavariate),
        ("gammavariate", r_gammavariate),
        ("getrandbits", r_getrandbits),
    ];
    for (n, f) in methods {
        crate::builtins::add_method(&c, n, *f);
    }
    vm.ext.classes.insert("random.Random", c.clone());
    c
}

fn with_gen(vm: &mut Vm, a: Args, f: NativeFn) -> PyResult<Value> {
    let Some(Value::Instance(inst)) = a.pos.first() else {
        return vm.type_error("descriptor requires a 'random.Random' object");
    };
    let key = std::rc::Rc::as_ptr(inst) as usize;
    let gen = vm.ext.randoms.remove(&key).unwrap_or_default();
    let saved = std::mem::replace(&mut vm.random, gen);
    let rest = Args { pos: a.pos[1..].to_vec(), kw: a.kw };
    let r = f(vm, rest);
    let gen = std::mem::replace(&mut vm.random, saved);
    vm.ext.randoms.insert(key, gen);
    r
}

fn r_init(vm: &mut Vm, a: Args) -> PyResult<Value> {
    with_gen(vm, a, seed)
}

macro_rules! instance_methods {
    ($($w:ident => $f:ident),* $(,)?) => {
        $(fn $w(vm: &mut Vm, a: Args) -> PyResult<Value> {
            with_gen(vm, a, $f)
        })*
    };
}

instance_methods!(
    r_seed => seed, r_random => random, r_uniform => uniform, r_randint => randint, r_randrange => randrange,
    r_choice => choice, r_choices => choices, r_shuffle => shuffle, r_sample => sample, r_gauss => gauss,
    r_normalvariate => normalvariate, r_expovariate => expovariate, r_triangular => triangular,
    r_betavariate => betavariate, r_gammavariate => gammavariate, r_getrandbits => getrandbits,
);

fn rerr<T>(vm: &Vm, r: Result<T, crate::format::PyErr>) -> PyResult<T> {
    vm.fmt_err(r)
}

fn seed_impl(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    a.take_kw("version");
    let v = a.get(0, "a").unwrap_or(Value::None);
    match &v {
        Value::None => vm.random = crate::pyrandom::Random::new(),
        Value::Int(_) | Value::BigInt(_) | Value::Bool(_) => {
            let b = value_to_big(&v).unwrap_or_default();
            vm.random.seed_int(&b);
        }
        Value::Float(f) => vm.random.seed_float(*f),
        Value::Str(s) => vm.random.seed_str(s),
        Value::Bytes(b) => vm.random.seed_bytes(b),
        other => {
            let tn = vm.type_name(other);
            return vm.type_error(format!("The only supported seed types are: None,\nint, float, str, bytes, and bytearray. Not {tn}").replace(",\nint", ", int"));
        }
    }
    Ok(Value::None)
}

fn random_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "random", 0, 0)?;
    Ok(Value::Float(vm.random.random()))
}

fn float_args(vm: &mut Vm, a: &Args, n: usize, name: &str) -> PyResult<Vec<f64>> {
    a.check(vm, name, n, n)?;
    let mut out = Vec::with_capacity(n);
    for v in &a.pos {
        out.push(vm.to_f64(v)?);
    }
    Ok(out)
}

fn uniform_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_args(vm, &a, 2, "uniform")?;
    Ok(Value::Float(vm.random.uniform(f[0], f[1])))
}

fn int_arg(vm: &mut Vm, v: &Value) -> PyResult<BigInt> {
    match value_to_big(v) {
        Some(b) => Ok(b),
        None => {
            let tn = vm.type_name(v);
            vm.type_error(format!("'{tn}' object cannot be interpreted as an integer"))
        }
    }
}

fn randint_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "randint", 2, 2)?;
    let lo = int_arg(vm, &a.pos[0])?;
    let hi = int_arg(vm, &a.pos[1])?;
    let r = vm.random.randint(&lo, &hi);
    Ok(Value::bigint(rerr(vm, r)?))
}

fn randrange_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "randrange", 1, 3)?;
    let start = int_arg(vm, &a.pos[0])?;
    let stop = match a.pos.get(1) {
        Some(v) if !v.is_none() => Some(int_arg(vm, v)?),
        _ => None,
    };
    let step = match a.pos.get(2) {
        Some(v) if !v.is_none() => Some(int_arg(vm, v)?).filter(|s| *s != BigInt::from(1)),
        _ => None,
    };
    let r = vm.random.randrange(&start, stop.as_ref(), step.as_ref());
    Ok(Value::bigint(rerr(vm, r)?))
}

fn seq_of(vm: &mut Vm, v: &Value) -> PyResult<Vec<Value>> {
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Str(_) | Value::Range(_) => vm.collect_iterable(v),
        Value::Set(_) | Value::Dict(_) => {
            let tn = vm.type_name(v);
            let _ = tn;
            vm.collect_iterable(v)
        }
        other => vm.collect_iterable(other),
    }
}

fn choice_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "choice", 1, 1)?;
    let items = seq_of(vm, &a.pos[0])?;
    let i = vm.random.choice(items.len());
    let i = rerr(vm, i)?;
    Ok(items[i].clone())
}

fn choices_impl(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let weights = a.take_kw("weights");
    let cum = a.take_kw("cum_weights");
    let k = a.take_kw("k");
    a.check(vm, "choices", 1, 2)?;
    let items = seq_of(vm, &a.pos[0])?;
    let weights = match weights.or_else(|| a.pos.get(1).cloned()) {
        Some(w) if !w.is_none() => {
            let ws = vm.collect_iterable(&w)?;
            let mut out = Vec::new();
            for x in ws {
                out.push(vm.to_f64(&x)?);
            }
            Some(out)
        }
        _ => None,
    };
    let cum = match cum {
        Some(w) if !w.is_none() => {
            let ws = vm.collect_iterable(&w)?;
            let mut out = Vec::new();
            for x in ws {
                out.push(vm.to_f64(&x)?);
            }
            Some(out)
        }
        _ => None,
    };
    let k = match k {
        Some(v) => vm.to_index(&v)?,
        None => 1,
    };
    let r = vm.random.choices(items.len(), k.max(0), weights.as_deref(), cum.as_deref());
    let idx = rerr(vm, r)?;
    Ok(Value::list(idx.into_iter().map(|i| items[i].clone()).collect()))
}

fn shuffle_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "shuffle", 1, 1)?;
    match &a.pos[0] {
        Value::List(l) => {
            let mut items = l.snapshot();
            vm.random.shuffle(&mut items);
            *l.borrow_mut() = items;
            Ok(Value::None)
        }
        other => {
            let tn = vm.type_name(other);
            vm.type_error(format!("'{tn}' object does not support item assignment"))
        }
    }
}

fn sample_impl(vm: &mut Vm, mut a: Args) -> PyResult<Value> {
    let k = a.take_kw("k");
    a.take_kw("counts");
    a.check(vm, "sample", 1, 2)?;
    if let Value::Set(_) = &a.pos[0] {
        return vm.type_error("Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    let items = seq_of(vm, &a.pos[0])?;
    let k = match k.or_else(|| a.pos.get(1).cloned()) {
        Some(v) => vm.to_index(&v)?,
        None => return vm.type_error("Random.sample() missing 1 required positional argument: 'k'"),
    };
    let r = vm.random.sample(items.len(), k);
    let idx = rerr(vm, r)?;
    Ok(Value::list(idx.into_iter().map(|i| items[i].clone()).collect()))
}

fn gauss_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_args(vm, &a, 2, "gauss")?;
    Ok(Value::Float(vm.random.gauss(f[0], f[1])))
}

fn normalvariate_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_args(vm, &a, 2, "normalvariate")?;
    Ok(Value::Float(vm.random.normalvariate(f[0], f[1])))
}

fn expovariate_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_args(vm, &a, 1, "expovariate")?;
    let r = vm.random.expovariate(f[0]);
    Ok(Value::Float(rerr(vm, r)?))
}

fn triangular_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "triangular", 0, 3)?;
    let low = match a.pos.first() {
        Some(v) => vm.to_f64(v)?,
        None => 0.0,
    };
    let high = match a.pos.get(1) {
        Some(v) => vm.to_f64(v)?,
        None => 1.0,
    };
    let mode = match a.pos.get(2) {
        Some(v) if !v.is_none() => Some(vm.to_f64(v)?),
        _ => None,
    };
    Ok(Value::Float(vm.random.triangular(low, high, mode)))
}

fn betavariate_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_args(vm, &a, 2, "betavariate")?;
    let r = vm.random.betavariate(f[0], f[1]);
    Ok(Value::Float(rerr(vm, r)?))
}

fn gammavariate_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    let f = float_args(vm, &a, 2, "gammavariate")?;
    let r = vm.random.gammavariate(f[0], f[1]);
    Ok(Value::Float(rerr(vm, r)?))
}

fn getrandbits_impl(vm: &mut Vm, a: Args) -> PyResult<Value> {
    a.check(vm, "getrandbits", 1, 1)?;
    let k = vm.to_index(&a.pos[0])?;
    let r = vm.random.getrandbits_checked(k);
    Ok(Value::bigint(rerr(vm, r)?))
}

/// Bind `a` to a Python-style signature (CPython's random functions are
/// methods written in Python) and pass every parameter positionally,
/// absent optional ones as their `defaults` (keyword-only ones stay
/// keywords).
fn normalize(vm: &mut Vm, a: Args, sig: &'static PySig, defaults: &[Value]) -> PyResult<Args> {
    let bound = Sig::Py(sig).bind(vm, &a, 0)?;
    let np = sig.params.len();
    let mut pos = Vec::with_capacity(np);
    for (i, v) in bound.iter().take(np).enumerate() {
        match v {
            Some(v) => pos.push(v.clone()),
            None => pos.push(defaults.get(i - sig.required).cloned().unwrap_or(Value::None)),
        }
    }
    let kw = sig.kwonly.iter().zip(bound[np..].iter()).filter_map(|(k, v)| v.clone().map(|v| (std::rc::Rc::from(*k), v))).collect();
    Ok(Args { pos, kw })
}

macro_rules! python_signature {
    ($($f:ident => $imp:ident, $q:literal, [$($p:literal),*], $req:expr, [$($k:literal),*], [$($d:expr),*]);* $(;)?) => {
        $(fn $f(vm: &mut Vm, a: Args) -> PyResult<Value> {
            static SIG: PySig = PySig { name: $q, params: &[$($p),*], required: $req, kwonly: &[$($k),*], self_counted: true, kw_owner: None };
            let a = normalize(vm, a, &SIG, &[$($d),*])?;
            $imp(vm, a)
        })*
    };
}

python_signature!(
    seed => seed_impl, "Random.seed", ["a", "version"], 0, [], [Value::None, Value::Int(2)];
    uniform => uniform_impl, "Random.uniform", ["a", "b"], 2, [], [];
    randint => randint_impl, "Random.randint", ["a", "b"], 2, [], [];
    randrange => randrange_impl, "Random.randrange", ["start", "stop", "step"], 1, [], [Value::None, Value::Int(1)];
    choice => choice_impl, "Random.choice", ["seq"], 1, [], [];
    choices => choices_impl, "Random.choices", ["population", "weights"], 1, ["cum_weights", "k"], [Value::None];
    shuffle => shuffle_impl, "Random.shuffle", ["x"], 1, [], [];
    sample => sample_impl, "Random.sample", ["population", "k"], 2, ["counts"], [];
    gauss => gauss_impl, "Random.gauss", ["mu", "sigma"], 0, [], [Value::Float(0.0), Value::Float(1.0)];
    normalvariate => normalvariate_impl, "Random.normalvariate", ["mu", "sigma"], 0, [], [Value::Float(0.0), Value::Float(1.0)];
    expovariate => expovariate_impl, "Random.expovariate", ["lambd"], 1, [], [];
    triangular => triangular_impl, "Random.triangular", ["low", "high", "mode"], 0, [], [Value::Float(0.0), Value::Float(1.0), Value::None];
    betavariate => betavariate_impl, "Random.betavariate", ["alpha", "beta"], 2, [], [];
    gammavariate => gammavariate_impl, "Random.gammavariate", ["alpha", "beta"], 2, [], [];
);

fn random(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<0>(&a, Sig::NoArgs("Random.random"))?;
    random_impl(vm, a)
}

fn getrandbits(vm: &mut Vm, a: Args) -> PyResult<Value> {
    vm.fn_args::<1>(&a, Sig::One("Random.getrandbits"))?;
    getrandbits_impl(vm, a)
}
