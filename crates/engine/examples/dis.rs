//! Print the bytecode of a program: `cargo run --example dis FILE.py`.
fn main() {
    let path = std::env::args().nth(1).expect("usage: dis FILE.py");
    let src = std::fs::read_to_string(&path).expect("readable file");
    match engine::internals::disassemble(&src) {
        Ok(text) => print!("{text}"),
        Err(e) => eprintln!("{e:?}"),
    }
}
