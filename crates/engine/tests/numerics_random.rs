//! pyrandom: streams of CPython 3.11 `random.Random` calls for many seeds
//! (tools/numerics/make_random.py), compared bit for bit.

#[path = "common/numerics.rs"]
mod numerics;
use engine::internals::format::PyErr;
use engine::internals::Random;
use num_bigint::BigInt;
use numerics::*;

fn seeded(seed: &str) -> Random {
    let mut r = Random::new();
    let (kind, payload) = seed.split_once(':').unwrap();
    match kind {
        "i" => r.seed_int(&hexint(payload)),
        "s" => r.seed_str(payload),
        "b" => {
            let bytes: Vec<u8> = (0..payload.len())
                .step_by(2)
                .map(|i| u8::from_str_radix(&payload[i..i + 2], 16).unwrap())
                .collect();
            r.seed_bytes(&bytes)
        }
        _ => r.seed_float(f(payload)),
    }
    r
}

fn hx(n: &BigInt) -> String {
    let s = n.magnitude().to_str_radix(16);
    if n.sign() == num_bigint::Sign::Minus {
        format!("-0x{s}")
    } else {
        format!("0x{s}")
    }
}

fn fb(x: f64) -> String {
    format!("{:016x}", x.to_bits())
}

fn fl(s: &str) -> f64 {
    f(s.trim_start_matches('f'))
}

fn list(v: Vec<usize>) -> String {
    v.iter()
        .map(|x| x.to_string())
        .collect::<Vec<_>>()
        .join(" ")
}

fn run(r: &mut Random, call: &str) -> Result<String, PyErr> {
    let parts: Vec<&str> = call.split(' ').collect();
    let a = &parts[1..];
    let int = |i: usize| hexint(a[i]);
    Ok(match parts[0] {
        "random" => fb(r.random()),
        "getrandbits" => hx(&r.getrandbits_checked(int(0).try_into().unwrap())?),
        "randrange" => {
            let stop = (a.len() > 1).then(|| int(1));
            let step = (a.len() > 2).then(|| int(2));
            hx(&r.randrange(&int(0), stop.as_ref(), step.as_ref())?)
        }
        "randint" => hx(&r.randint(&int(0), &int(1))?),
        "choice" => r.choice(usize::try_from(&int(0)).unwrap())?.to_string(),
        "shuffle" => {
            let mut v: Vec<usize> = (0..usize::try_from(&int(0)).unwrap()).collect();
            r.shuffle(&mut v);
            list(v)
        }
        "sample" => list(r.sample(
            usize::try_from(&int(0)).unwrap(),
            i64::try_from(&int(1)).unwrap(),
        )?),
        "choices" => {
            let ws = |s: &str| -> Option<Vec<f64>> {
                (s != "-").then(|| s.split(',').map(fl).collect())
            };
            let (w, cw) = (ws(a[2]), ws(a[3]));
            list(r.choices(
                usize::try_from(&int(0)).unwrap(),
                i64::try_from(&int(1)).unwrap(),
                w.as_deref(),
                cw.as_deref(),
            )?)
        }
        "uniform" => fb(r.uniform(fl(a[0]), fl(a[1]))),
        "triangular" => fb(r.triangular(fl(a[0]), fl(a[1]), (a[2] != "-").then(|| fl(a[2])))),
        "gauss" => fb(r.gauss(fl(a[0]), fl(a[1]))),
        "normalvariate" => fb(r.normalvariate(fl(a[0]), fl(a[1]))),
        "expovariate" => fb(r.expovariate(fl(a[0]))?),
        "gammavariate" => fb(r.gammavariate(fl(a[0]), fl(a[1]))?),
        "betavariate" => fb(r.betavariate(fl(a[0]), fl(a[1]))?),
        other => panic!("unknown call {other}"),
    })
}

#[test]
fn random_streams_match_cpython() {
    let mut c = Checker::default();
    let mut current: Option<(String, Random)> = None;
    for row in rows("random.txt") {
        let (seed, call, want) = (&row[0], &row[1], &row[2]);
        // A new stream (a fresh Random) starts whenever the seed changes.
        let restart = match &current {
            Some((s, _)) => s != seed,
            None => true,
        };
        if restart {
            current = Some((seed.clone(), seeded(seed)));
        }
        let r = &mut current.as_mut().unwrap().1;
        c.check(&format!("{seed} {call}"), &show(run(r, call)), want);
    }
    c.finish("random");
}

#[test]
fn default_seed_is_zero() {
    let mut a = Random::new();
    let mut b = Random::new();
    b.seed_u64(0);
    for _ in 0..10 {
        assert_eq!(a.random().to_bits(), b.random().to_bits());
    }
}
