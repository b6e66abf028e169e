# Methods of bytes objects.
raw = b"  GET /index.html HTTP/1.1\r\n"
line = raw.strip()
method, path, version = line.split()
print(line, method, path, version)
print(line.lower(), line.startswith(b"GET"), line.find(b"/"), line.count(b"T"))
print(b",".join([b"a", b"b", b"c"]), b"a-b-c".replace(b"-", b"+"), b"x".center(5, b"."))
print(b"hello world".title(), b"Hello".swapcase(), b"abc".upper().isupper(), b"123".isdigit())
print(b"key: value".partition(b": "), b"a\nb\r\nc".splitlines(), b"data".zfill(8))
print(list(b"AB"), bytes([72, 105]), b"abc"[1], b"abc"[::-1], 98 in b"abc")
print(b"abc".translate(bytes.maketrans(b"abc", b"xyz")), b"hello".removeprefix(b"he"))
try:
    b"abc" + "def"
except TypeError as e:
    print("TypeError:", e)
