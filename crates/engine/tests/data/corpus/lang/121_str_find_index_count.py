# find / rfind / index / rindex / count.
s = "hello world, hello python"
print(s.find("hello"), s.find("hello", 1), s.rfind("hello"), s.find("java"))
print(s.index("world"), s.rindex("o"), s.find("o", 5, 10), s.find(""))
print(s.count("hello"), s.count("o"), s.count("l", 0, 5), s.count(""))
print("aaaa".count("aa"), "banana".find("na", 3))
try:
    s.index("java")
except ValueError as e:
    print("ValueError:", e)
print("abc".find("c", -1), "abc".rfind("a", -2))
positions = []
start = 0
while True:
    i = s.find("l", start)
    if i == -1:
        break
    positions.append(i)
    start = i + 1
print(positions)
