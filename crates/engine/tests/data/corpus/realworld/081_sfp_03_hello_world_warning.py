# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/HEAD/src/04_asyncio_hello_world/03_hello_world_warning.py
# SuperFastPython.com
# example of calling a coroutine directly
import asyncio

# define a coroutine
async def main():
	# report a message
    print('Hello world')

# create the coroutine and assign it to a variable
coro = main() # warning
