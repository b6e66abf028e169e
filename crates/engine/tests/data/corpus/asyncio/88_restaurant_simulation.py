# A kitchen: orders go into a queue, two cooks prepare them, a waiter serves.
import asyncio

MENU = {"soup": 1.0, "salad": 0.5, "steak": 2.5, "pasta": 1.5}


async def cook(name, orders, ready):
    while True:
        table, dish = await orders.get()
        print(f"{name} starts {dish} for table {table}")
        await asyncio.sleep(MENU[dish])
        await ready.put((table, dish))
        orders.task_done()


async def waiter(ready, served):
    while True:
        table, dish = await ready.get()
        served.append((table, dish))
        print(f"waiter serves {dish} to table {table}")


async def main():
    loop = asyncio.get_running_loop()
    orders, ready = asyncio.Queue(), asyncio.Queue()
    served = []
    staff = [asyncio.create_task(cook("cook-A", orders, ready)),
             asyncio.create_task(cook("cook-B", orders, ready)),
             asyncio.create_task(waiter(ready, served))]
    for table, dish in [(1, "soup"), (2, "steak"), (1, "salad"), (3, "pasta"), (2, "soup")]:
        orders.put_nowait((table, dish))
    await orders.join()
    await asyncio.sleep(0)
    print(f"kitchen idle at {loop.time():.1f}, served {len(served)} dishes")
    for task in staff:
        task.cancel()
    await asyncio.gather(*staff, return_exceptions=True)


asyncio.run(main())
