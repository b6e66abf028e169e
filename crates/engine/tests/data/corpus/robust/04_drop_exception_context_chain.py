print('start')
e = None
for i in range(100000):
    n = ValueError(i)
    n.__context__ = e
    e = n
print('built')
e = None
print('end')
