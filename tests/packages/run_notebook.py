"""Executes a notebook that uses the loopscope magic, headlessly (nbclient),
checks its outputs and saves it executed: `python run_notebook.py OUT.ipynb`.

Run by the end-to-end tests with the Python of a fresh environment that has
only the built wheel and the notebook packages; the saved notebook is then
opened in JupyterLab. Exits 1 with the reason when an output is not the
steppable embed it should be."""

import html
import re
import sys

import nbformat
from nbclient import NotebookClient

PROGRAM = """import asyncio

async def greet(name, delay):
    await asyncio.sleep(delay)
    print(f'hello {name} <b>')

async def main():
    await asyncio.gather(greet('ada', 2), greet('bob', 1))
    print('done')

asyncio.run(main())"""

nb = nbformat.v4.new_notebook()
nb.cells = [
    nbformat.v4.new_code_cell("%load_ext loopscope"),
    nbformat.v4.new_code_cell("%%loopscope --step 4 --panels loop,tasks,console\n" + PROGRAM),
    nbformat.v4.new_code_cell("import loopscope\nloopscope.show(example=3, editor='readonly')"),
    nbformat.v4.new_code_cell("%%loopscope --granularity word\n" + PROGRAM),
]
NotebookClient(nb, timeout=60, kernel_name="python3").execute()


def fail(why):
    print("run_notebook:", why, file=sys.stderr)
    sys.exit(1)


def frame_of(cell):
    htmls = [o["data"]["text/html"] for o in cell.outputs
             if o.get("output_type") in ("display_data", "execute_result") and "text/html" in o.get("data", {})]
    if len(htmls) != 1:
        fail(f"cell {cell.source[:30]!r} has {len(htmls)} HTML outputs: {str(cell.outputs)[:2000]}")
    match = re.search(r'<iframe [^>]*srcdoc="([^"]*)"', htmls[0])
    if not match:
        fail("no srcdoc iframe in the output")
    return html.unescape(match.group(1))


for i, (cell, wants) in enumerate([(nb.cells[1], "step=4&panels=loop,tasks,console"),
                                   (nb.cells[2], "example=3&editor=readonly"),
                                   (nb.cells[3], "granularity=word")]):
    page = frame_of(cell)
    opening = re.search(r'about:srcdoc#([^"]*)"', page)
    if not opening or wants not in opening.group(1) or "embed" not in opening.group(1):
        fail(f"output {i}: the frame does not open {wants}: {opening and opening.group(1)}")
    if "LOOPSCOPE_WASM" not in page or "document.baseURI))" in page or "rel=stylesheet" in page:
        fail(f"output {i}: the engine is not inline")
    print(f"output {i}: embed of {len(page)} characters opening #{opening.group(1)[:60]}")

nbformat.write(nb, sys.argv[1])
