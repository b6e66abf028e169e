//! Record a program and print step count, time and store size:
//! `cargo run --release --example record FILE.py`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: record FILE.py");
    let src = std::fs::read_to_string(&path).expect("readable file");
    let t0 = std::time::Instant::now();
    let rec = engine::Recording::new(&src, "prog.py").expect("compiles");
    let h = rec.run_to_end(&Default::default());
    let dt = t0.elapsed();
    println!("steps {} in {:.3}s; store {} bytes ({:.1} B/step)", h.len(), dt.as_secs_f64(), h.bytes(), h.bytes() as f64 / h.len() as f64);
    for (what, b) in h.bytes_breakdown() {
        println!("  {what:>15}: {b} bytes ({:.1} B/step)", b as f64 / h.len() as f64);
    }
    let t1 = std::time::Instant::now();
    let n = if std::env::var("NOVIEW").is_ok() { 0 } else { 200.min(h.len()) };
    for i in 0..n {
        let s = h.step(i * h.len() / n);
        let _ = h.lists(&s);
    }
    println!("view: {:.3} ms average", t1.elapsed().as_secs_f64() * 1000.0 / n.max(1) as f64);
}
