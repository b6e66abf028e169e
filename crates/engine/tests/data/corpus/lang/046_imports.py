# Import forms of the supported modules.
import time
import random
import asyncio
import random as rnd
import asyncio as aio
from random import randint, choice
from time import sleep as pause
from asyncio import sleep, gather

print(type(time).__name__, time.__name__)
print(rnd is random, aio is asyncio)
print(randint(1, 1), choice("z"), pause(0))
print(sleep is asyncio.sleep, gather is aio.gather)
print(random.randint(5, 5), rnd.choice([7]))

random.seed(1)
a = randint(1, 100)
rnd.seed(1)
b = random.randint(1, 100)
print(a == b)

def local_import():
    import random as r2
    return r2 is random

print(local_import())
