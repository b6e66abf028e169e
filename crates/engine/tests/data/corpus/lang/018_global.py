# global statement: rebinding module-level names from a function.
counter = 0
log = []

def bump():
    global counter
    counter += 1

def record(msg):
    log.append(msg)   # mutation of a global needs no 'global'

for _ in range(3):
    bump()
record("hello")
print(counter, log)

def read_only():
    return counter * 10

print(read_only())

def create():
    global created_later
    created_later = "made inside a function"

create()
print(created_later)

def shadow():
    counter = -1      # a new local; the global is untouched
    return counter

print(shadow(), counter)
