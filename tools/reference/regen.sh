#!/usr/bin/env bash
# Regenerate every expected file of the conformance corpora in
# crates/engine/tests/data/corpus/ by running real CPython 3.11.
#
#   tools/reference/regen.sh           rewrite the expected files
#   tools/reference/regen.sh --check   regenerate into a temp dir and report
#                                      any difference (exit 1), write nothing
#
# lang/      NNN.out = stdout of `PYTHONHASHSEED=0 python3 NNN.py` (cwd = lang/);
#            NNN.err = last line of stderr, only when the exit status is non-zero
# asyncio/, compare/, robust/
#            NN.out  = stdout of `python3 cpython_ref.py NN.py`; NN.code = exit status
# reference/ the tutorial corpus: expected/*.out via run_corpus.py's format
#
# Set PYTHON=/path/to/python3.11 to pick the interpreter.
set -euo pipefail
shopt -s nullglob

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
CORPUS="$ROOT/crates/engine/tests/data/corpus"
PY=${PYTHON:-python3}
REF="$HERE/cpython_ref.py"

ver=$("$PY" -c 'import sys; print("%d.%d" % sys.version_info[:2])')
if [ "$ver" != "3.11" ]; then
    echo "regen.sh: need CPython 3.11, $PY is $ver (set PYTHON=...)" >&2
    exit 2
fi

CHECK=0
if [ "${1:-}" = "--check" ]; then CHECK=1; fi

export PYTHONHASHSEED=0 PYTHONUTF8=1 PYTHONIOENCODING=utf-8 PYTHONDONTWRITEBYTECODE=1
unset PYTHONSTARTUP PYTHONPATH PYTHONWARNINGS || true

TMP=$(mktemp -d)
trap 'rm -rf "$TMP"' EXIT
problems=0

# put SRC DEST: install a freshly generated file (or compare it in --check mode)
put() {
    local src=$1 dest=$2
    if [ "$CHECK" = 1 ]; then
        if ! cmp -s "$src" "$dest"; then
            echo "DIFFERS: ${dest#"$ROOT"/}"
            problems=$((problems + 1))
        fi
    else
        cp "$src" "$dest"
    fi
}

# absent DEST: the file must not exist (remove it, or report it in --check mode)
absent() {
    if [ -e "$1" ]; then
        if [ "$CHECK" = 1 ]; then
            echo "STALE: ${1#"$ROOT"/}"
            problems=$((problems + 1))
        else
            rm -f "$1"
        fi
    fi
}

# ---- lang/: plain python3 -------------------------------------------------
n=0
cd "$CORPUS/lang"
for f in [0-9]*.py; do
    base=${f%.py}
    set +e
    timeout 60 "$PY" "$f" </dev/null >"$TMP/out" 2>"$TMP/err"
    rc=$?
    set -e
    put "$TMP/out" "$base.out"
    if [ "$rc" -ne 0 ]; then
        printf '%s\n' "$(tail -n 1 "$TMP/err")" >"$TMP/last"
        put "$TMP/last" "$base.err"
    else
        absent "$base.err"
    fi
    n=$((n + 1))
done
echo "lang: $n programs"

# ---- asyncio/ and compare/: cpython_ref.py (virtual clock) -----------------
for folder in asyncio compare robust; do
n=0
cd "$CORPUS/$folder"
for f in [0-9]*.py; do
    base=${f%.py}
    set +e
    "$PY" "$REF" "$f" </dev/null >"$TMP/out" 2>"$TMP/err"
    rc=$?
    set -e
    if grep -q '^\[cpython_ref\] tie' "$TMP/err"; then
        echo "note: $f has a timer tie (see cpython_ref README)" >&2
    fi
    put "$TMP/out" "$base.out"
    echo "$rc" >"$TMP/code"
    put "$TMP/code" "$base.code"
    n=$((n + 1))
done
echo "$folder: $n programs"
done

# ---- reference/: the tutorial corpus and the simulated-aiohttp corpus -------
regen_ref() {  # PROGRAMS_DIR EXPECTED_DIR
    local prog=$1 exp=$2 n=0 f base
    for f in "$prog"/[0-9]*.py; do
        base=$(basename "${f%.py}")
        set +e
        (cd "$prog" && "$PY" "$REF" "$(basename "$f")" </dev/null >"$TMP/out" 2>/dev/null)
        set -e
        put "$TMP/out" "$exp/$base.out"
        n=$((n + 1))
    done
    echo "${prog#"$CORPUS"/}: $n programs"
}
regen_ref "$CORPUS/reference/programs" "$CORPUS/reference/expected"
regen_ref "$CORPUS/reference/aiohttp/programs" \
          "$CORPUS/reference/aiohttp/expected"

if [ "$CHECK" = 1 ]; then
    echo "$problems difference(s)"
    [ "$problems" -eq 0 ]
fi
