//! The standard modules: every module Loopscope lists as available
//! imports and runs its Python prelude cleanly; a standard module it does
//! not have imports as a placeholder that is refused (UNSUPPORTED, with the
//! line) where the program first uses it; a module that is not in the
//! standard library is not found, as in CPython without it installed.

#[test]
fn every_available_module_imports() {
    for name in engine::internals::AVAILABLE {
        let src = format!("import {name}\nprint({name}.__name__)\n");
        let r = engine::run_source(&src, "m.py");
        assert_eq!(r.exit_code, 0, "import {name}: {} {}", r.stdout, r.stderr);
        assert_eq!(r.stdout, format!("{name}\n"), "import {name}");
    }
}

#[test]
fn a_lacking_standard_module_is_refused_where_it_is_first_used() {
    for name in ["socket", "subprocess", "xml.etree.ElementTree", "sqlite3"] {
        let src = format!("print('start')\nimport {name}\nprint('imported')\nx = {name}.something\nprint('never')\n");
        let r = engine::run_source(&src, "m.py");
        assert_eq!(r.exit_code, 5, "{name}: {} {}", r.stdout, r.stderr);
        let top = name.split('.').next().unwrap();
        let want = if name.contains('.') { format!("UNSUPPORTED {top}.") } else { format!("UNSUPPORTED {name}.something (line 4)") };
        assert!(r.stdout.starts_with("start\nimported\n"), "{name}: {}", r.stdout);
        assert!(r.stdout.contains(&want), "{name}: {}", r.stdout);
        assert!(!r.stdout.contains("never"), "{name}");
    }
    // Imported and never used: the program runs, as in CPython.
    let r = engine::run_source("import socket\nfrom sqlite3 import connect\nprint('fine')\n", "m.py");
    assert_eq!((r.exit_code, r.stdout.as_str()), (0, "fine\n"));
}

#[test]
fn a_module_outside_the_standard_library_is_not_found() {
    let r = engine::run_source("try:\n    import numpy\nexcept ImportError as e:\n    print(type(e).__name__, e)\nimport requests\n", "m.py");
    assert_eq!(r.stdout, "ModuleNotFoundError No module named 'numpy'\n");
    assert_eq!(r.stamped.lines().last(), Some("0.000\tUNCAUGHT ModuleNotFoundError: No module named 'requests'"));
}

#[test]
fn a_name_cpython_has_is_refused_and_one_it_lacks_is_its_error() {
    let r = engine::run_source("import asyncio\nfrom asyncio import start_server\nprint('ok')\nstart_server()\n", "m.py");
    assert_eq!(r.stdout, "ok\nUNSUPPORTED asyncio.start_server (line 4)\n");
    let r = engine::run_source("import asyncio\nasyncio.open_connection\n", "m.py");
    assert_eq!(r.stdout, "UNSUPPORTED asyncio.open_connection (line 2)\n");
    let r = engine::run_source("import asyncio\ntry:\n    asyncio.no_such_thing\nexcept AttributeError as e:\n    print(e)\nfrom asyncio import nope\n", "m.py");
    assert_eq!(r.stdout, "module 'asyncio' has no attribute 'no_such_thing'\n");
    assert!(r.stamped.ends_with("UNCAUGHT ImportError: cannot import name 'nope' from 'asyncio'\n"), "{}", r.stamped);
}
