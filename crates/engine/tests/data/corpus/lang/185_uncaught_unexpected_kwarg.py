# A misspelled keyword argument.
def connect(host, port=80, timeout=5.0):
    return f"{host}:{port} ({timeout}s)"

print(connect("example.com", timeout=1.0))
print(connect("example.com", tiemout=2.0))
