# source: https://github.com/Apress/asyncio-recipes/blob/HEAD/chapter_02/sol_11_option_1.py
import asyncio


async def main(loop):
    assert loop == asyncio.get_running_loop()


loop = asyncio.get_event_loop()
loop.run_until_complete(main(loop))
