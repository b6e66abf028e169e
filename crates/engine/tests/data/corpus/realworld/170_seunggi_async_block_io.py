# source: https://github.com/seunggi-coding/Network-Programming/blob/HEAD/after_midterm/async_block_io.py
import asyncio, time

def blocking_io():
    print(f'start blocking_io at {time.strftime("%X")}')
    time.sleep(1)
    print(f'blocking_io complete at {time.strftime("%X")}')
    
async def main():
    print(f'start main at {time.strftime("%X")}')
    await asyncio.gather(
        asyncio.to_thread(blocking_io),
        asyncio.sleep(1)
    )
    print(f'main complete at {time.strftime("%X")}')
    
asyncio.run(main())
