# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/HEAD/src/04_asyncio_hello_world/02_hello_world_error.py
# SuperFastPython.com
# example of calling a coroutine directly
import asyncio

# define a coroutine
async def main():
	# report a message
    print('Hello world')

# create a coroutine
main() # error
