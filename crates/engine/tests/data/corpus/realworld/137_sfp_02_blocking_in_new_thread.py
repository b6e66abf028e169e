# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/HEAD/src/22_advanced_blocking/02_blocking_in_new_thread.py
# SuperFastPython.com
# example of a blocking function call in a thread
import time
import asyncio

# blocking function
def blocking_task():
    # report a message
    print('task is running')
    # block
    time.sleep(2)
    # report a message
    print('task is done')

# background coroutine task
async def background():
    # loop forever
    while True:
        # report a message
        print('>background task running')
        # sleep for a moment
        await asyncio.sleep(0.5)

# main coroutine
async def main():
    # run the background task
    _= asyncio.create_task(background())
    # create a coroutine for the blocking function call
    coro = asyncio.to_thread(blocking_task)
    # execute the call in a new thread and await
    await coro

# start the asyncio event loop
asyncio.run(main())
