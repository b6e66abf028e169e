# Decoding bytes that are not valid UTF-8 ends the program.
payload = b"name=J\xf6rg"
print("received", len(payload), "bytes")
print(payload.decode("latin-1"))
print(payload.decode())
