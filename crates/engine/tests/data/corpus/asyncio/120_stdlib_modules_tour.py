import asyncio, contextlib, textwrap, bisect, inspect, types, warnings, queue, traceback, os, threading
from concurrent.futures import ThreadPoolExecutor
import logging
import sys

@contextlib.contextmanager
def timer(name):
    print("enter", name)
    try:
        yield name.upper()
    finally:
        print("exit", name)

@contextlib.asynccontextmanager
async def session(n):
    print("open", n)
    await asyncio.sleep(0.1)
    try:
        yield n * 2
    finally:
        await asyncio.sleep(0.1)
        print("close", n)

async def work():
    with timer("a") as t:
        print("inside", t)
    async with session(3) as s:
        print("session", s)
    with contextlib.suppress(KeyError):
        {}["x"]
    async with contextlib.AsyncExitStack() as stack:
        vals = [await stack.enter_async_context(session(i)) for i in range(2)]
        print(vals)
    with contextlib.ExitStack() as st:
        st.callback(print, "callback ran")
        st.enter_context(timer("b"))
    try:
        with timer("c"):
            raise ValueError("boom")
    except ValueError as e:
        print("caught", e)
    with contextlib.nullcontext(5) as x:
        print("null", x)
    class R:
        async def aclose(self):
            print("aclosed")
    async with contextlib.aclosing(R()):
        pass

asyncio.run(work())
print(textwrap.dedent("""
    hello
      world
    \tx
    """))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.fill("The quick brown fox jumps over the lazy dog, a well-known pangram used for type-setting tests.", 20))
print(textwrap.wrap("abcdefghijklmnopqrstuvwxyz " * 3, 10))
print(textwrap.shorten("Hello  world! This is a long sentence that goes on.", width=25))
a = [1, 3, 5, 7]
bisect.insort(a, 4); print(a, bisect.bisect_left(a, 5), bisect.bisect(a, 5), bisect.bisect_right([{"k": 1}, {"k": 3}], 2, key=lambda d: d["k"]))
async def co(): pass
def gen(): yield
print(inspect.iscoroutinefunction(co), inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(gen), inspect.isawaitable(co().__await__()) if False else None, inspect.isclass(int), inspect.isfunction(co))
ns = types.SimpleNamespace(a=1, b="x"); print(ns, ns.a)
q = queue.Queue(); q.put(1); q.put(2); print(q.get(), q.qsize(), q.empty())
try:
    q2 = queue.Queue(maxsize=1); q2.put_nowait(1); q2.put_nowait(2)
except queue.Full:
    print("full")
try:
    1/0
except ZeroDivisionError as e:
    print(traceback.format_exception_only(e), sys.exc_info()[0].__name__)
print(os.path.join("a", "b", "c.txt"), os.path.basename("/x/y/z.py"), os.path.splitext("archive.tar.gz"), os.sep, os.path.dirname("/x/y/z.py"), os.name)
print(threading.current_thread().name, threading.active_count())
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("careful", DeprecationWarning)
    print(len(w), w[0].category.__name__, str(w[0].message))
warnings.simplefilter("error")
try:
    warnings.warn("now an error")
except UserWarning as e:
    print("raised", e)
async def ex():
    loop = asyncio.get_running_loop()
    with ThreadPoolExecutor(max_workers=2, thread_name_prefix="pool") as pool:
        r = await loop.run_in_executor(pool, lambda: threading.current_thread().name)
        print("ran in", r)
    with ThreadPoolExecutor() as p2:
        print(await loop.run_in_executor(p2, lambda: threading.current_thread().name))
asyncio.run(ex())
