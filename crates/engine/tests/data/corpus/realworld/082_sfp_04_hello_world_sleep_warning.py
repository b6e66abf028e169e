# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/HEAD/src/04_asyncio_hello_world/04_hello_world_sleep_warning.py
# SuperFastPython.com
# hello world program for asyncio that tries to sleep
import asyncio

# define a coroutine
async def main():
    # block
    asyncio.sleep(1) # warning
    # report a message
    print('Hello world')

# start the asyncio event loop
asyncio.run(main())
