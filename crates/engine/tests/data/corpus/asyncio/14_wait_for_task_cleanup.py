# wait_for on a task: the task is cancelled and its cleanup runs before
# TimeoutError reaches the caller.
import asyncio


async def transfer(log):
    try:
        for i in range(5):
            await asyncio.sleep(1)
            log.append(i)
            print("chunk", i)
    except asyncio.CancelledError:
        print("transfer: rolling back", len(log), "chunks")
        await asyncio.sleep(0.5)
        print("transfer: rollback done")
        raise
    finally:
        print("transfer: finally")


async def main():
    log = []
    task = asyncio.create_task(transfer(log))
    try:
        await asyncio.wait_for(task, timeout=2.5)
    except asyncio.TimeoutError:
        print(f"main: timeout, task cancelled={task.cancelled()}")
    print(f"main at {asyncio.get_running_loop().time():.1f}")


asyncio.run(main())
