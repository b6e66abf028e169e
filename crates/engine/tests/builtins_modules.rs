//! The standard modules: every module Loopscope lists as available
//! imports and runs its Python prelude cleanly; modules it does not have
//! are refused before the run (compile time), never half-imported.

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
fn unknown_modules_are_refused_before_the_run() {
    for name in ["re", "datetime", "os", "socket", "contextlib", "threading", "numpy", "subprocess"] {
        let src = format!("print('start')\nimport {name}\n");
        let r = engine::run_source(&src, "m.py");
        assert_eq!(r.exit_code, 5, "import {name} should be UNSUPPORTED: {}", r.stdout);
        assert!(r.outcome.is_none(), "import {name} must be refused at compile time, not during the run");
        assert!(!r.stdout.contains("start"), "import {name}: the run must not start");
    }
}
