# source: https://github.com/Smile-Cats/asyncio-demo/blob/HEAD/my_asyncio_demo/使用信号量Semaphore限制并发访问数量.py
import asyncio


async def run(i, semaphore: asyncio.Semaphore):
    async with semaphore:
        print(f'{i} working')
        return await asyncio.sleep(1)


async def main():
    semaphore = asyncio.Semaphore(3)  # 只允许3个协程
    await asyncio.gather(*[run(i, semaphore) for i in range(10)])


asyncio.run(main())
