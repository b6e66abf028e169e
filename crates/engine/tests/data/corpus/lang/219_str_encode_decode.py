# Encoding text to bytes and decoding it back.
text = "Café ☕"
data = text.encode()
print(data, len(text), len(data))
print(data.decode("utf-8"), data.decode("utf-8") == text)
print(text.encode("ascii", "ignore"), text.encode("ascii", "replace"), text.encode("ascii", "backslashreplace"))
print("café".encode("latin-1"), b"caf\xe9".decode("latin-1"))
print(b"ok \xff!".decode("utf-8", "replace"), b"ok \xff!".decode("utf-8", "ignore"))
try:
    text.encode("ascii")
except UnicodeEncodeError as e:
    print("UnicodeEncodeError:", e)
print(str(b"abc", "ascii"), bytes("abc", "utf-8"))
