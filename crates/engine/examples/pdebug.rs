fn main() {
    let arg = std::env::args().nth(1).unwrap();
    let src = if arg == "-" { std::io::read_to_string(std::io::stdin()).unwrap() } else { arg };
    let (toks, errs) = engine::lexer::tokenize(&src);
    if std::env::var("TOKS").is_ok() {
        for t in &toks { println!("{:?} {:?}", t.kind, &src[t.span.start as usize..t.span.end as usize]); }
    }
    println!("lex errors: {:?}", errs);
    match engine::parser::parse_module(&src) {
        Ok(m) => println!("{:#?}", m),
        Err(e) => {
            let idx = engine::LineIndex::new(&src);
            for x in e { println!("{} {:?} at {:?}", x.kind.name(), x.msg, idx.line_col(&src, x.span.start)); }
        }
    }
}
