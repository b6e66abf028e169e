# source: https://github.com/Apress/asyncio-recipes/blob/HEAD/chapter_02/sol_06.py
import asyncio


async def main():
    pass


asyncio.run(main())
