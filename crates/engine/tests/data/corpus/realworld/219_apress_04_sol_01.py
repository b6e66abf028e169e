# source: https://github.com/Apress/asyncio-recipes/blob/HEAD/chapter_04/sol_01.py

import random
import asyncio

async def random_number_gen(delay,start,end):
    while True:
        yield random.randint(start,end)
        await asyncio.sleep(delay)
