# source: https://github.com/Apress/asyncio-recipes/blob/HEAD/chapter_02/sol_01_option_1.py
import asyncio
loop = asyncio.get_event_loop()