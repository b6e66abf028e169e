//! Every public name of CPython 3.11's asyncio module, of its event loop,
//! of Task and of Future (the lists are generated from CPython by
//! tools/surface/make_surface.py) either works or is refused by name —
//! `UNSUPPORTED asyncio.<name>` with the line — never an AttributeError or
//! NameError CPython would not raise.

use engine::internals::cpython_names;
use engine::Outcome;

fn check(src: &str, name: &str, failures: &mut Vec<String>) {
    let r = engine::run_source(src, "surface.py");
    match &r.outcome {
        Some(Outcome::Ok) => {}
        Some(Outcome::Unsupported { what, line: Some(_) }) if what.ends_with(name) => {}
        other => failures.push(format!("{name}: {other:?}\n{}", r.stdout)),
    }
}

#[test]
fn every_name_of_the_asyncio_module_works_or_is_refused_by_name() {
    let names = cpython_names("asyncio");
    assert!(names.len() > 100, "{}", names.len());
    let mut failures = Vec::new();
    for n in &names {
        check(&format!("import asyncio\nx = asyncio.{n}\n"), &format!("asyncio.{n}"), &mut failures);
        check(&format!("from asyncio import {n}\nprint('imported')\n"), &format!("asyncio.{n}"), &mut failures);
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn every_method_of_the_loop_task_and_future_works_or_is_refused_by_name() {
    let mut failures = Vec::new();
    for (list, expr, shown) in [
        ("asyncio.loop", "asyncio.get_running_loop()", "loop"),
        ("asyncio.Task", "asyncio.current_task()", "Task"),
        ("asyncio.Future", "asyncio.get_running_loop().create_future()", "Future"),
    ] {
        let names = cpython_names(list);
        assert!(names.len() > 8, "{list}");
        for n in names {
            let src = format!("import asyncio\nasync def main():\n    obj = {expr}\n    x = obj.{n}\nasyncio.run(main())\n");
            check(&src, &format!("{shown}.{n}"), &mut failures);
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
