# source: https://github.com/goutomroy/digging_asyncio/blob/HEAD/event_loop/run_in_executor.py
import asyncio
import concurrent.futures
import time


def blocking_io():
    # File operations (such as logging) can block the
    # event loop: run them in a thread pool.
    with open('demo_text.txt', 'rb') as f:
        return f.read(100)


def cpu_bound():
    # CPU-bound operations will block the event loop:
    # in general it is preferable to run them in a
    # process pool.
    return sum(i * i for i in range(10 ** 7))


async def main():
    loop = asyncio.get_running_loop()

    # Options:

    # 1. Run in the default loop's executor:
    result = await loop.run_in_executor(None, blocking_io)
    print('default thread pool', result)

    # 2. Run in a custom thread pool:
    with concurrent.futures.ThreadPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, blocking_io)
        print('custom thread pool', result)
    await asyncio.sleep(10)
    # 3. Run in a custom process pool:
    with concurrent.futures.ProcessPoolExecutor() as pool:
        result = await loop.run_in_executor(pool, cpu_bound)
        print('custom process pool', result)

    print('000000000000')

asyncio.run(main())