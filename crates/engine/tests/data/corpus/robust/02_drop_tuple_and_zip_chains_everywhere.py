def build():
    t = ()
    for i in range(200000):
        t = (t, i)
    return t
build()
print('dropped')
x = build()
x = None
print('dropped2')
def h():
    t = build()
h()
print('dropped3')
it = iter(range(3))
for i in range(100000):
    it = zip(it)
it = 5
print('dropped4')
