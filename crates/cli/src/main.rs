fn main() {
    eprintln!("loopscope: not yet implemented");
    std::process::exit(2);
}
