# pass as a placeholder in every block kind.
def todo():
    pass

class Empty:
    pass

for _ in range(2):
    pass

if True:
    pass
else:
    pass

try:
    pass
except Exception:
    pass

print(todo())
print(type(Empty()).__name__)
print(Ellipsis, ...)

def stub():
    ...

print(stub() is None)
