# source: https://github.com/Apress/asyncio-recipes/blob/HEAD/chapter_03/sol_01.py
import asyncio

@asyncio.coroutine
def coro():
    value = yield from inner()
    print(value)

@asyncio.coroutine
def inner():
    return [1, 2, 3]

asyncio.run(coro()) # will print [1, 2, 3]