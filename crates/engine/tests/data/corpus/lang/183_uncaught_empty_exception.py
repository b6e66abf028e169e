# Raising an exception class without arguments: the last line has no colon.
class Shutdown(Exception):
    pass

for step in range(5):
    print("step", step)
    if step == 2:
        raise Shutdown
