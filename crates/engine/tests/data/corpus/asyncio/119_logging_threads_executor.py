import asyncio, logging, threading, time
logging.basicConfig(level=logging.DEBUG, format="%(asctime)s %(threadName)s %(name)s %(levelname)s %(funcName)s:%(lineno)d %(filename)s %(module)s %(msecs)d %(message)s", stream=__import__('sys').stdout)
log = logging.getLogger("demo")
def blocking(n):
    time.sleep(n)
    log.info("blocking %s in %s", n, threading.current_thread().name)
    return n
async def main():
    log.debug("start")
    await asyncio.sleep(1.2345)
    r = await asyncio.gather(asyncio.to_thread(blocking, 1), asyncio.to_thread(blocking, 2), asyncio.get_running_loop().run_in_executor(None, blocking, 0.5))
    log.warning("results %r", r)
    print(threading.current_thread().name, threading.main_thread().name)
asyncio.run(main())
logging.info("root %d", 5)
