# source: https://github.com/Apress/asyncio-recipes/blob/HEAD/chapter_03/sol_02.py
import asyncio


async def coroutine(*args, **kwargs):
    pass


assert asyncio.iscoroutine(coroutine())
assert asyncio.iscoroutinefunction(coroutine)
