# source: https://github.com/Apress/asyncio-recipes/blob/HEAD/chapter_02/sol_07_option_1.py
import asyncio


async def main():
    pass


asyncio.run(main())
