print('start')
f = lambda: 0
for i in range(200000):
    f = (lambda g: (lambda: g))(f)
print('built')
del f
print('end')
