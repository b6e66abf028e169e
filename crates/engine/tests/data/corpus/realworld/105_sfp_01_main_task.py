# source: https://github.com/SuperFastPython/PythonAsyncioMastery/blob/HEAD/src/12_task_main_current/01_main_task.py
# SuperFastPython.com
# example of getting the task for the main coroutine
import asyncio

# define a main coroutine
async def main():
    # report a message
    print('main coroutine started')
    # get the current task
    task = asyncio.current_task()
    # report its details
    print(task)

# start the asyncio event loop
asyncio.run(main())
