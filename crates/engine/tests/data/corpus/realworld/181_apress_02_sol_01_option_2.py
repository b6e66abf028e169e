# source: https://github.com/Apress/asyncio-recipes/blob/HEAD/chapter_02/sol_01_option_2.py
import asyncio
try:
    loop = asyncio.get_running_loop()

except RuntimeError:
    print("No loop running")
